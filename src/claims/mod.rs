//! Claims: which company a value is about, what it measures and for which
//! period (SPEC section 3, ANNOTATION.md section Claims).
//!
//! The linker reads an article sentence by sentence and keeps one piece of
//! state: the *topic*, the company the text is currently about. For each
//! money or percent value it weighs the candidates of the value's sentence:
//!
//! - company names, minus sources (`according to Gartner`, `schrijft
//!   TechCrunch`) and preferring the name before the value in the same
//!   clause over names after it, in other clauses, after a preposition
//!   (`the acquisition of Distell`) or in a closed relative clause
//!   (`Tencent, qui détient 10 % du capital d'Ubisoft, a investi …`);
//! - references back to the topic (`the company`, `het bedrijf`, `le
//!   groupe`) and to the companies of the previous sentence (`the first …
//!   the second`).
//!
//! With no candidate at all, the value belongs to the topic (`link:
//! coref`). Values about a market, and other parties' forecasts, make no
//! claim. `respectively` lists pair in order, and an amount restated in
//! another currency right after a value (`10.7 billion yuan ($1.54
//! billion)`) is that claim's equivalent, never a claim of its own.
//!
//! Every phrase comes from the per-language tables in [`tables`]; no rule
//! names a company.
//!
//! The submodules, in the order the linker uses them: `sentence` (what is
//! known about a sentence), `candidates` (choosing the company), `metric`
//! (what the value measures), `blocking` (values that make no claim),
//! [`period`] (the period).

mod blocking;
mod candidates;
pub mod cues;
mod metric;
pub mod period;
mod sentence;
pub mod tables;
#[cfg(test)]
mod tests;

use std::sync::LazyLock;

use regex::Regex;

use crate::amounts::Amounts;
use crate::article::Article;
use crate::companies::CompanyMention;
use crate::cue_scan::{CueOccurrences, CueScanner};
use crate::language::Lang;
use crate::sentences::sentences;
use crate::span::Span;
use cues::{CueFinder, CueMatch};
use period::{find_periods_into, ArticleDate, Part, Period, PeriodMention};
use tables::{Cue, RELATIVE_PRONOUNS};

use blocking::blocked;
use candidates::{choose, resolve, respectively};
use metric::classify;
use sentence::*;

/// What a value measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Metric {
    Revenue,
    RevenueGrowth,
    MarketShare,
    Investment,
    Profit,
    Other,
}

impl Metric {
    pub fn name(self) -> &'static str {
        match self {
            Metric::Revenue => "revenue",
            Metric::RevenueGrowth => "revenue_growth",
            Metric::MarketShare => "market_share",
            Metric::Investment => "investment",
            Metric::Profit => "profit",
            Metric::Other => "other",
        }
    }
}

/// How the company was found for a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Link {
    Sentence,
    Coref,
}

impl Link {
    pub fn name(self) -> &'static str {
        match self {
            Link::Sentence => "sentence",
            Link::Coref => "coref",
        }
    }
}

/// A value: an index into `Amounts::money` or `Amounts::percents`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueRef {
    Money(usize),
    Percent(usize),
}

/// One claim, pointing into the article's mentions.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Index into the company mentions.
    pub company: usize,
    pub value: ValueRef,
    pub metric: Metric,
    /// Indexes into `Amounts::money`: the same amount in other currencies.
    pub equivalents: Vec<usize>,
    /// Written out as its text (`2019-Q4`) only in the record.
    pub period: Option<Period>,
    pub link: Link,
    /// The value's sentence.
    pub sentence: Span,
}

/// Links mentions into claims. Build once, share across threads.
#[derive(Debug, Default)]
pub struct ClaimLinker {
    cues: CueFinder,
}

/// How many sentences a topic lasts without being named again.
const TOPIC_REACH: usize = 6;

/// What the value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Money,
    Percent,
}

/// A value to link.
#[derive(Clone, Copy, Debug)]
struct Value {
    of: ValueRef,
    kind: Kind,
    span: Span,
}

/// Who a candidate points at.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Target {
    /// A company mention in the value's sentence.
    Mention(usize),
    /// The topic (`the company`).
    Topic,
    /// The topic's parent group where the text names it, else the topic
    /// (`the group`).
    Group,
    /// The first or second company of the previous sentence.
    Ordinal(usize),
}

impl ClaimLinker {
    pub fn new() -> ClaimLinker {
        ClaimLinker {
            cues: CueFinder::new(),
        }
    }

    /// Links the values of one article to its companies.
    pub fn link(
        &self,
        article: &Article,
        lang: Lang,
        companies: &[CompanyMention],
        amounts: &Amounts,
    ) -> Vec<Claim> {
        let cues = CueScanner::shared().scan(&article.text, lang);
        self.link_with_cues(article, lang, companies, amounts, &cues.claims)
    }

    /// [`ClaimLinker::link`] with the occurrences of the claim cues in the
    /// article already found ([`crate::cue_scan`]).
    pub(crate) fn link_with_cues(
        &self,
        article: &Article,
        lang: Lang,
        companies: &[CompanyMention],
        amounts: &Amounts,
        cues: &CueOccurrences,
    ) -> Vec<Claim> {
        let text = article.text.as_str();
        let (values, equivalents) = values_of(text, amounts);
        if values.is_empty() || companies.is_empty() {
            return Vec::new();
        }
        let date = ArticleDate::parse(article.date.as_deref());
        let mut state = State::default();
        // At most one claim per value: sized once, never grown.
        let mut claims = Vec::with_capacity(values.len());
        // The periods of the sentence being linked, one list for them all.
        let mut periods: Vec<PeriodMention> = Vec::new();
        let mut next_value = 0;
        let mut next_company = 0;
        let mut sentence = Sentence::new(text);
        for (index, span) in sentences(text).enumerate() {
            // What comes after the last value only changes the state.
            if next_value == values.len() {
                break;
            }
            let first_value = next_value;
            while next_value < values.len() && values[next_value].span.start < span.end {
                next_value += 1;
            }
            let first_company = next_company;
            while next_company < companies.len() && companies[next_company].span.start < span.end {
                next_company += 1;
            }
            let sentence_values = &values[first_value..next_value];
            if sentence_values.is_empty() && first_company == next_company {
                continue;
            }
            let sentence_companies = first_company..next_company;
            self.read_sentence(
                &mut sentence,
                span,
                lang,
                sentence_companies,
                companies,
                cues,
            );
            state.note_subject(&sentence, companies, index);
            if !sentence_values.is_empty() {
                // The periods of a sentence that makes a claim, read when
                // first needed.
                let mut periods_read = false;
                let paired = respectively(&sentence, sentence_values, companies);
                for (i, value) in sentence_values.iter().enumerate() {
                    let chosen = match paired.get(i).copied().flatten() {
                        Some(company) => Some((Target::Mention(company), Link::Sentence)),
                        None => choose(&sentence, value, companies, &state, index),
                    };
                    let Some((target, link)) = chosen else {
                        continue;
                    };
                    let mut metric = classify(&sentence, value);
                    // A sale's price is the buyer's investment, and only the
                    // seller's `other` (`qui a cédé sa filiale pour 1 Md€`).
                    if let Target::Mention(c) = target {
                        if is_buyer(&sentence, c, companies) {
                            metric = Metric::Investment;
                        }
                    }
                    let implicit = link == Link::Coref;
                    let paired = paired.get(i).copied().flatten().is_some();
                    if blocked(
                        &sentence, value, target, implicit, paired, companies, metric,
                    ) {
                        continue;
                    }
                    let Some((company, link)) =
                        resolve(target, &sentence, value, companies, &state)
                    else {
                        continue;
                    };
                    if !periods_read {
                        periods.clear();
                        find_periods_into(&mut periods, text, span, lang, date);
                        periods_read = true;
                    }
                    let period = period_of(&sentence, value, &periods, &state, metric);
                    claims.push(Claim {
                        company,
                        value: value.of,
                        metric,
                        equivalents: equivalents_of(value, &equivalents),
                        period,
                        link,
                        sentence: span,
                    });
                }
                if periods_read {
                    state.note_periods(&periods);
                }
            }
            // A reference back (`the company's goal`) or a claim made through
            // one keeps the topic alive.
            let refers_back = sentence.has(Cue::Reference)
                || sentence.has(Cue::GroupReference)
                || claims
                    .last()
                    .is_some_and(|c: &Claim| c.sentence == span && c.link == Link::Coref);
            if refers_back {
                state.keep_topic(index);
            }
            state.previous.clear();
            state.previous.extend(
                sentence
                    .companies
                    .iter()
                    .copied()
                    .filter(|&c| !is_source(&sentence, c, companies, None)),
            );
        }
        claims
    }
}

/// What the linker remembers across sentences.
#[derive(Default)]
struct State {
    /// The company mention that set the topic, and its sentence.
    topic: Option<(usize, usize)>,
    /// The companies of the previous sentence, sources left out.
    previous: Vec<usize>,
    /// The periods named so far, latest last.
    periods: Vec<Period>,
}

impl State {
    /// The subject of a sentence becomes the topic: its first company that
    /// is not a source, unless that one follows a preposition or sits in a
    /// relative clause (`behind Amazon, Microsoft and Google`).
    fn note_subject(
        &mut self,
        sentence: &Sentence<'_>,
        companies: &[CompanyMention],
        index: usize,
    ) {
        let first = sentence
            .companies
            .iter()
            .copied()
            .find(|&c| !is_source(sentence, c, companies, None));
        let Some(c) = first else { return };
        let span = companies[c].span;
        // `La banque détient 25 % de l'assureur Ageas`: the sentence is
        // about the topic it refers to, not about the name after.
        // (`le groupe Thales` is the name itself, not a reference).
        let references = sentence.has(Cue::Reference) || sentence.has(Cue::GroupReference);
        let reference_first = references
            && sentence.cues.iter().any(|cue| {
                matches!(cue.cue, Cue::Reference | Cue::GroupReference)
                    && cue.span.end <= span.start
                    && span.start - cue.span.end > 2
            });
        if reference_first {
            return;
        }
        let in_relative = sentence
            .relatives
            .iter()
            .any(|r| r.start < span.start && span.end <= r.end);
        // What is bought (`It acquired the brand Seres`) is no subject.
        let bought = sentence.cues_of(Cue::Acquisition).any(|cue| {
            cue.span.end <= span.start
                && span.start - cue.span.end <= 40
                && sentence.same_clause(cue.span, span)
        });
        if !sentence.company_after_preposition(c, companies) && !in_relative && !bought {
            self.topic = Some((c, index));
        }
    }

    fn note_periods(&mut self, periods: &[PeriodMention]) {
        self.periods.extend(
            periods
                .iter()
                .filter(|p| !p.comparison)
                .filter_map(|p| p.period),
        );
    }

    fn keep_topic(&mut self, sentence_index: usize) {
        if let Some((_, at)) = &mut self.topic {
            if sentence_index.saturating_sub(*at) <= TOPIC_REACH {
                *at = sentence_index;
            }
        }
    }

    fn topic(&self, sentence_index: usize) -> Option<usize> {
        self.topic
            .filter(|&(_, at)| sentence_index.saturating_sub(at) <= TOPIC_REACH)
            .map(|(c, _)| c)
    }
}

/// The values to link, and the restatements: `(equivalent, of value)`.
fn values_of(text: &str, amounts: &Amounts) -> (Vec<Value>, Vec<(usize, Span)>) {
    static RESTATED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*\(\s*(?:or|ou|of|soit|about|around|approximately|roughly|environ|ongeveer|circa|ca\.|≈|~|i\.e\.)?\s*$")
            .expect("restatement pattern")
    });
    let money = &amounts.money;
    let mut restatements = Vec::new();
    // Whether the amount before `money[i]` restates another one.
    let mut previous_restates = false;
    for i in 1..money.len() {
        let (before, after) = (&money[i - 1], &money[i]);
        let restates = before.currency != after.currency
            && !previous_restates
            && before.span.end <= after.span.start
            && RESTATED.is_match(&text[before.span.end..after.span.start]);
        if restates {
            restatements.push((i, before.span));
        }
        previous_restates = restates;
    }
    let mut values: Vec<Value> = Vec::with_capacity(money.len() + amounts.percents.len());
    // The restatements are in order: each is passed over as it comes.
    let mut restated = restatements.iter().map(|&(i, _)| i).peekable();
    values.extend(
        (money.iter().enumerate())
            .filter(|&(i, _)| restated.next_if_eq(&i).is_none())
            .map(|(i, m)| Value {
                of: ValueRef::Money(i),
                kind: Kind::Money,
                span: m.span,
            }),
    );
    values.extend(amounts.percents.iter().enumerate().map(|(i, p)| Value {
        of: ValueRef::Percent(i),
        kind: Kind::Percent,
        span: p.span,
    }));
    values.sort_by_key(|v| v.span.start);
    (values, restatements)
}

fn equivalents_of(value: &Value, restatements: &[(usize, Span)]) -> Vec<usize> {
    restatements
        .iter()
        .filter(|(_, of)| *of == value.span)
        .map(|&(i, _)| i)
        .collect()
}

/// The period of a value: the nearest period named in its clause or an
/// earlier clause of its sentence, else
/// one the sentence ties to an earlier sentence (`the same period`).
fn period_of(
    sentence: &Sentence<'_>,
    value: &Value,
    periods: &[PeriodMention],
    state: &State,
    metric: Metric,
) -> Option<Period> {
    let named = || periods.iter().filter(|p| !p.comparison);
    let distance = |p: &&PeriodMention| value.span.gap(p.span);
    // In the value's clause, else in a clause before it (`Au deuxième
    // trimestre 2024, l'éditeur a réalisé …`); never in a later clause.
    let clause = sentence.clause_of(value.span);
    let own = named()
        .filter(|p| p.span.start >= clause.start && p.span.end <= clause.end)
        .min_by_key(distance)
        .or_else(|| {
            named()
                .filter(|p| p.span.end <= clause.start)
                .min_by_key(distance)
        });
    if let Some(p) = own {
        return p.period;
    }
    if let Some(tie) = sentence.cues_of(Cue::SamePeriod).next() {
        let words = tie.span.slice(sentence.text).to_lowercase();
        let wanted = |p: &&Period| {
            if words.contains("semestre") || words.contains("half") {
                matches!(p.part, Part::Half(_))
            } else if words.contains("trimestre")
                || words.contains("kwartaal")
                || words.contains("quarter")
            {
                matches!(p.part, Part::Quarter(_))
            } else {
                true
            }
        };
        return state.periods.iter().rev().find(wanted).copied();
    }
    // A results figure (revenue, its growth, profit) with no period of its
    // own is for the quarter or half the article reports on: the latest
    // one named before it (`Revenue rose 16%` after `the second quarter of
    // 2024`). Stocks and other figures (`38% of Fortune 500 companies`)
    // are not.
    if matches!(
        metric,
        Metric::Revenue | Metric::RevenueGrowth | Metric::Profit
    ) {
        return state
            .periods
            .iter()
            .rev()
            .find(|p| matches!(p.part, Part::Quarter(_) | Part::Half(_)))
            .copied();
    }
    None
}
