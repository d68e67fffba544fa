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

pub mod cues;
pub mod period;
pub mod tables;

use std::sync::LazyLock;

use regex::Regex;

use crate::amounts::Amounts;
use crate::article::Article;
use crate::companies::CompanyMention;
use crate::language::Lang;
use crate::sentences::sentence_spans;
use crate::span::Span;
use cues::{CueFinder, CueMatch};
use period::{find_periods, ArticleDate, Part, Period, PeriodMention};
use tables::{Cue, RELATIVE_PRONOUNS};

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
    pub period: Option<String>,
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

/// Prepositions: a company right after one is rarely the subject.
const PREPOSITIONS: &[&str] = &[
    "of",
    "for",
    "from",
    "into",
    "in",
    "by",
    "with",
    "than",
    "behind",
    "after",
    "to",
    "at",
    "against",
    "via",
    "including",
    "van",
    "voor",
    "door",
    "met",
    "dan",
    "naar",
    "bij",
    "achter",
    "tegen",
    "de",
    "du",
    "des",
    "d",
    "dans",
    "pour",
    "par",
    "avec",
    "chez",
    "derrière",
    "contre",
    "à",
    "au",
    "aux",
];

/// Determiners and adjectives that may stand between a preposition and a
/// name (`van het Zuid-Afrikaanse Distell`).
const FILLERS: &[&str] = &[
    "the",
    "its",
    "their",
    "het",
    "de",
    "een",
    "zijn",
    "haar",
    "le",
    "la",
    "les",
    "l",
    "son",
    "sa",
    "ses",
    "leur",
    "a",
    "an",
    "un",
    "une",
    "group",
    "groupe",
    "groep",
    "company",
    "société",
    "bedrijf",
    "firm",
    "firme",
    "operator",
    "opérateur",
    "maison",
    "brand",
    "marque",
    "merk",
    "unit",
    "filiale",
    "subsidiary",
    "dochter",
    "rival",
    "concurrent",
    "chain",
    "keten",
    "chaîne",
    "italienne",
    "italien",
    "allemand",
    "allemande",
    "américain",
    "américaine",
    "britannique",
    "chinois",
    "chinoise",
    "français",
    "française",
    "espagnol",
    "espagnole",
    "suédois",
    "suédoise",
    "néerlandais",
    "néerlandaise",
    "japonais",
    "japonaise",
    "suisse",
    "belge",
    "qatari",
    "italiaanse",
    "duitse",
    "amerikaanse",
    "britse",
    "chinese",
    "franse",
    "spaanse",
    "zweedse",
    "japanse",
    "zwitserse",
    "belgische",
    "italian",
    "german",
    "american",
    "british",
    "french",
    "spanish",
    "swedish",
    "dutch",
    "japanese",
    "swiss",
    "belgian",
    "assureur",
    "insurer",
    "verzekeraar",
    "bank",
    "banque",
    "lender",
    "retailer",
    "distributeur",
    "specialist",
    "spécialiste",
    "developer",
    "maker",
    "fabricant",
    "constructeur",
    "concern",
];

/// Nouns counted by an ordinal (`the second quarter`): no reference then.
const ORDINAL_NOUNS: &[&str] = &[
    "quarter",
    "half",
    "time",
    "year",
    "day",
    "week",
    "month",
    "place",
    "largest",
    "biggest",
    "kwartaal",
    "helft",
    "halfjaar",
    "jaar",
    "keer",
    "plaats",
    "grootste",
    "trimestre",
    "semestre",
    "fois",
    "année",
    "jour",
    "mois",
    "rang",
    "plus",
];

/// Reporting verbs after a source at the end of a clause (`…, CNBC reported`).
const REPORTED: &[&str] = &[
    " reported",
    " reports",
    " said",
    " says",
    " wrote",
    " writes",
    " a rapporté",
    " rapporte",
    " meldde",
    " meldt",
    " schreef",
    " schrijft",
];

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

/// Everything the linker knows about one sentence.
struct Sentence<'a> {
    span: Span,
    text: &'a str,
    cues: Vec<CueMatch>,
    /// Byte offsets of clause separators.
    separators: Vec<usize>,
    /// Relative clauses (`, which …,`), as byte spans.
    relatives: Vec<Span>,
    /// Company mentions (indexes) in the sentence.
    companies: Vec<usize>,
    /// The companies cited as sources by an attribution cue.
    cited: Vec<usize>,
}

impl Sentence<'_> {
    fn same_clause(&self, a: Span, b: Span) -> bool {
        let (from, to) = if a.end <= b.start {
            (a.end, b.start)
        } else {
            (b.end, a.start)
        };
        !self.separators.iter().any(|&s| s >= from && s < to)
    }

    fn clause_of(&self, at: Span) -> Span {
        let start = self
            .separators
            .iter()
            .rev()
            .find(|&&s| s < at.start)
            .map_or(self.span.start, |&s| s + 1);
        let end = self
            .separators
            .iter()
            .find(|&&s| s >= at.end)
            .copied()
            .unwrap_or(self.span.end);
        Span::new(start, end.max(start))
    }

    fn cue_between(&self, from: usize, to: usize, cue: Cue) -> bool {
        self.cues
            .iter()
            .any(|c| c.cue == cue && c.span.start >= from && c.span.end <= to)
    }
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
        let text = article.text.as_str();
        let (values, equivalents) = values_of(text, amounts);
        if values.is_empty() || companies.is_empty() {
            return Vec::new();
        }
        let date = ArticleDate::parse(article.date.as_deref());
        let mut state = State::default();
        let mut article_periods: Option<Vec<PeriodMention>> = None;
        let mut claims = Vec::new();
        let mut next_value = 0;
        let mut next_company = 0;
        for (index, span) in sentence_spans(text).into_iter().enumerate() {
            let first_value = next_value;
            while next_value < values.len() && values[next_value].span.start < span.end {
                next_value += 1;
            }
            let first_company = next_company;
            while next_company < companies.len() && companies[next_company].span.start < span.end {
                next_company += 1;
            }
            let sentence_values = &values[first_value..next_value];
            let sentence_companies: Vec<usize> = (first_company..next_company).collect();
            if sentence_values.is_empty() && sentence_companies.is_empty() {
                continue;
            }
            let sentence = self.read_sentence(text, span, lang, sentence_companies, companies);
            state.note_subject(&sentence, companies, index);
            if !sentence_values.is_empty() {
                // The periods of a sentence that makes a claim: a range of
                // the article's periods, read in one pass when first needed.
                let mut periods: Option<std::ops::Range<usize>> = None;
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
                    let all = article_periods.get_or_insert_with(|| find_periods(text, lang, date));
                    let range = periods.get_or_insert_with(|| {
                        let from = all.partition_point(|p| p.span.start < span.start);
                        let to = all.partition_point(|p| p.span.start < span.end);
                        from..to
                    });
                    let period = period_of(&sentence, value, &all[range.clone()], &state, metric);
                    claims.push(Claim {
                        company,
                        value: value.of,
                        metric,
                        equivalents: equivalents_of(value, &equivalents),
                        period: period.map(|p| p.to_string()),
                        link,
                        sentence: span,
                    });
                }
                if let (Some(range), Some(all)) = (periods, &article_periods) {
                    state.note_periods(&all[range]);
                }
            }
            // A reference back (`the company's goal`) or a claim made through
            // one keeps the topic alive.
            let refers_back = sentence
                .cues
                .iter()
                .any(|c| matches!(c.cue, Cue::Reference | Cue::GroupReference))
                || claims
                    .last()
                    .is_some_and(|c: &Claim| c.sentence == span && c.link == Link::Coref);
            if refers_back {
                state.keep_topic(index);
            }
            state.previous = sentence
                .companies
                .iter()
                .copied()
                .filter(|&c| !is_source(&sentence, c, companies, None))
                .collect();
        }
        claims
    }

    fn read_sentence<'a>(
        &self,
        text: &'a str,
        span: Span,
        lang: Lang,
        companies: Vec<usize>,
        mentions: &[CompanyMention],
    ) -> Sentence<'a> {
        let s = span.slice(text);
        let bytes = s.as_bytes();
        let mut separators = Vec::new();
        // Clause breaks: `,` `;` `:` and a dash between spaces (` - `,
        // ` – `), found with vectorised searches.
        for i in memchr::memchr3_iter(b',', b';', b':', bytes) {
            // A comma between digits is a decimal mark or a thousands
            // separator, not a clause break.
            if bytes[i] != b',' || !bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
                separators.push(span.start + i);
            }
        }
        for i in memchr::memmem::find_iter(bytes, " - ") {
            separators.push(span.start + i + 1);
        }
        for i in memchr::memmem::find_iter(bytes, " – ") {
            separators.push(span.start + i + 1);
        }
        separators.sort_unstable();
        // A relative clause goes on over a list of names
        // (`, waar het ketens als Food Lion, Stop & Shop en Hannaford uitbaat,`).
        let relatives = relative_clauses(s)
            .map(|clause| {
                let mut end = span.start + clause.end;
                while let Some(&c) = companies.iter().find(|&&c| {
                    let start = mentions[c].span.start;
                    start >= end && text[end..start].trim().is_empty()
                }) {
                    let after = mentions[c].span.end;
                    match text[after..span.end].find([',', ';']) {
                        Some(i) if text.as_bytes()[after + i] == b',' => end = after + i + 1,
                        _ => break,
                    }
                }
                Span::new(span.start + clause.start, end)
            })
            .collect();
        let mut sentence = Sentence {
            span,
            text,
            cues: self.cues.find(text, span, lang),
            separators,
            relatives,
            companies,
            cited: Vec::new(),
        };
        sentence.cited = sentence
            .companies
            .iter()
            .copied()
            .filter(|&c| cited_by_cue(&sentence, c, mentions))
            .collect();
        sentence
    }
}

/// The relative clauses of a sentence: from a comma followed by a relative
/// pronoun (`, which`, `, dat`, `, qui`) to the next comma, as byte spans
/// of `sentence`. A clause that ends at `;` or `:` or with the sentence is
/// not closed, and not returned.
fn relative_clauses(sentence: &str) -> impl Iterator<Item = Span> + '_ {
    sentence.match_indices(',').filter_map(move |(comma, _)| {
        let rest = &sentence[comma + 1..];
        let word_start = rest.len() - rest.trim_start().len();
        let word: String = rest[word_start..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        let relative = RELATIVE_PRONOUNS.contains(&word.as_str())
            || (word.starts_with("waar") && word.len() > 4);
        if !relative {
            return None;
        }
        let end = rest.find([',', ';', ':'])?;
        (rest.as_bytes()[end] == b',').then(|| Span::new(comma, comma + 1 + end + 1))
    })
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
        let reference_first = sentence.cues.iter().any(|cue| {
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
        if !after_preposition(sentence, span) && !in_relative {
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
    let mut is_restatement = vec![false; money.len()];
    for i in 1..money.len() {
        let (before, after) = (&money[i - 1], &money[i]);
        if before.currency != after.currency
            && !is_restatement[i - 1]
            && before.span.end <= after.span.start
            && RESTATED.is_match(&text[before.span.end..after.span.start])
        {
            is_restatement[i] = true;
            restatements.push((i, before.span));
        }
    }
    let mut values: Vec<Value> = money
        .iter()
        .enumerate()
        .filter(|(i, _)| !is_restatement[*i])
        .map(|(i, m)| Value {
            of: ValueRef::Money(i),
            kind: Kind::Money,
            span: m.span,
        })
        .collect();
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

/// Whether company `c` is cited as a source here: right after an
/// attribution cue (`according to`, `volgens marktonderzoeker`), or (for a
/// value before it) a name followed by a reporting verb (`…, CNBC reported`).
fn is_source(
    sentence: &Sentence<'_>,
    c: usize,
    companies: &[CompanyMention],
    value: Option<&Value>,
) -> bool {
    if sentence.cited.contains(&c) {
        return true;
    }
    let Some(value) = value else { return false };
    let span = companies[c].span;
    let after = &sentence.text[span.end..sentence.span.end];
    value.span.end <= span.start && REPORTED.iter().any(|verb| after.starts_with(verb))
}

/// Whether company `c` comes right after an attribution cue: the first
/// name after it, in the same clause, at most 50 bytes on.
fn cited_by_cue(sentence: &Sentence<'_>, c: usize, companies: &[CompanyMention]) -> bool {
    let span = companies[c].span;
    sentence.cues.iter().any(|cue| {
        matches!(cue.cue, Cue::Attribution | Cue::Forecast)
            && cue.span.end <= span.start
            && span.start - cue.span.end <= 50
            && !sentence.companies.iter().any(|&o| {
                let s = companies[o].span;
                s.start >= cue.span.end && s.end <= span.start
            })
            && !sentence
                .separators
                .iter()
                .any(|&s| s >= cue.span.end && s < span.start)
    })
}

/// Whether a possessive (`its`, `zijn`, `son`) comes shortly before `span`
/// in its clause (`its second-biggest market`).
fn after_possessive(sentence: &Sentence<'_>, span: Span) -> bool {
    let clause = sentence.clause_of(span);
    sentence.text[clause.start..span.start]
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .take(3)
        .any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "its" | "their" | "zijn" | "haar" | "hun" | "son" | "sa" | "ses" | "leur"
            )
        })
}

/// Whether company `c` is the buyer in a sale: named after a sale cue and
/// right after `to` / `aan` / `à` (`sold its bank to Barclays`).
fn is_buyer(sentence: &Sentence<'_>, c: usize, companies: &[CompanyMention]) -> bool {
    let span = companies[c].span;
    sentence
        .cues
        .iter()
        .any(|cue| cue.cue == Cue::Sale && cue.span.end <= span.start)
        && preceded_by(sentence, span, &["to", "aan", "à", "au"])
}

/// Whether company `c` is one of two names joined by `and` (`X and Y`,
/// `X en Y`, `X et Y`), which then share what follows.
fn jointly_named(sentence: &Sentence<'_>, c: usize, companies: &[CompanyMention]) -> bool {
    let span = companies[c].span;
    let joined = |gap: &str| matches!(gap.trim(), "and" | "en" | "et" | "&");
    sentence.companies.iter().any(|&o| {
        let other = companies[o].span;
        o != c
            && ((other.start >= span.end && joined(&sentence.text[span.end..other.start]))
                || (other.end <= span.start && joined(&sentence.text[other.end..span.start])))
    })
}

/// Whether one of `words` comes right before `span`, at most two
/// determiners or adjectives away (`aan het Duitse Vantage`).
fn preceded_by(sentence: &Sentence<'_>, span: Span, words: &[&str]) -> bool {
    let head = &sentence.text[sentence.span.start..span.start];
    head.rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .take(3)
        .any(|w| words.contains(&w.to_lowercase().as_str()))
}

/// Whether a preposition comes before `span` in its clause, at most a couple
/// of determiners or adjectives away.
fn after_preposition(sentence: &Sentence<'_>, span: Span) -> bool {
    let clause = sentence.clause_of(span);
    let head = &sentence.text[clause.start..span.start];
    let words = head
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty());
    let mut lower = String::new();
    for (n, word) in words.enumerate() {
        lower.clear();
        lower.extend(word.chars().flat_map(char::to_lowercase));
        if PREPOSITIONS.contains(&lower.as_str()) {
            return true;
        }
        let adjective = word.chars().next().is_some_and(char::is_uppercase) && word.contains('-');
        if n >= 3 || !(FILLERS.contains(&lower.as_str()) || adjective) {
            return false;
        }
    }
    false
}

/// Pairs `X, Y and Z … 10 %, 7 % and 5 %, respectively`: for each value of
/// the sentence, the company it is paired with, if any.
fn respectively(
    sentence: &Sentence<'_>,
    values: &[Value],
    companies: &[CompanyMention],
) -> Vec<Option<usize>> {
    let mut paired = vec![None; values.len()];
    let Some(cue) = sentence.cues.iter().find(|c| c.cue == Cue::Respectively) else {
        return paired;
    };
    // The run of values just before the cue, separated only by commas and
    // `and`.
    let list_gap = |gap: &str| {
        let gap = gap.trim().trim_matches(',').trim();
        gap.is_empty() || matches!(gap.to_lowercase().as_str(), "and" | "en" | "et" | "or")
    };
    let Some(last) = values.iter().rposition(|v| v.span.end <= cue.span.start) else {
        return paired;
    };
    let mut first = last;
    while first > 0
        && list_gap(&sentence.text[values[first - 1].span.end..values[first].span.start])
    {
        first -= 1;
    }
    let n = last - first + 1;
    // `… 36% en 34% voor respectievelijk KPN en VodafoneZiggo`: the names
    // after the cue, in the same clause.
    let after: Vec<usize> = sentence
        .companies
        .iter()
        .copied()
        .filter(|&c| {
            let span = companies[c].span;
            span.start >= cue.span.end && sentence.same_clause(cue.span, span)
        })
        .collect();
    if n >= 2 && after.len() >= n {
        for (k, &c) in after[..n].iter().enumerate() {
            paired[first + k] = Some(c);
        }
        return paired;
    }
    let before: Vec<usize> = sentence
        .companies
        .iter()
        .copied()
        .filter(|&c| companies[c].span.end <= values[first].span.start)
        .filter(|&c| !is_source(sentence, c, companies, None))
        .collect();
    if n < 2 || before.len() < n {
        return paired;
    }
    for (k, &c) in before[before.len() - n..].iter().enumerate() {
        paired[first + k] = Some(c);
    }
    paired
}

/// Weighs the candidates of the value's sentence and returns the best.
fn choose(
    sentence: &Sentence<'_>,
    value: &Value,
    companies: &[CompanyMention],
    state: &State,
    index: usize,
) -> Option<(Target, Link)> {
    let mut best: Option<(i32, Target)> = None;
    let mut consider = |score: i32, target: Target| {
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, target));
        }
    };
    for &c in &sentence.companies {
        if is_source(sentence, c, companies, Some(value)) {
            continue;
        }
        let span = companies[c].span;
        let mut score = position_score(sentence, span, value.span);
        if after_preposition(sentence, span) {
            score -= 25;
        }
        let closed_relative = sentence
            .relatives
            .iter()
            .any(|r| r.start < span.start && span.end <= r.end && r.end <= value.span.start);
        if closed_relative {
            score -= 35;
        }
        // `Amazon Web Service (29%)`: the value in brackets right after it.
        let between = &sentence.text[span.end.min(value.span.start)..value.span.start];
        if span.end <= value.span.start && between.trim() == "(" {
            score += 100;
        }
        // A price belongs to the buyer: `sold its bank to Barclays for £600m`.
        if is_buyer(sentence, c, companies) {
            score += 50;
        }
        // `with NXP at 10.2%`, `Bridgestone (13%)`-like: the value right
        // after the name and `at` / `à` / `op`.
        let at_it = value.kind == Kind::Percent
            && span.end <= value.span.start
            && matches!(
                sentence.text[span.end..value.span.start].trim(),
                "at" | "à" | "op" | "with" | "met" | "avec"
            );
        if at_it {
            score += 60;
        }
        // `24% for Lyft`: a share given to the company named right after.
        let for_it = value.kind == Kind::Percent
            && span.start >= value.span.end
            && matches!(
                sentence.text[value.span.end..span.start].trim(),
                "for" | "voor" | "pour"
            );
        if for_it {
            score += 60;
        }
        // What is bought is not the buyer: `agreed to acquire Fusion for
        // $2.4 billion`, `the takeover of Alexion`.
        // (`le rachat de Fosroc …, et celui du canadien Bailey`), and
        // neither is the seller (`racheter AXA IM à AXA`).
        let bought = sentence.cues.iter().any(|cue| {
            cue.cue == Cue::Acquisition
                && cue.span.end <= span.start
                && span.start - cue.span.end <= 120
        });
        if bought {
            score -= 40;
            if preceded_by(sentence, span, &["from", "van", "à", "au", "de"]) {
                score -= 20;
            }
        }
        // The company of a speaker (`added Alibaba CEO Daniel Zhang`).
        let role = sentence.cues.iter().any(|cue| {
            cue.cue == Cue::Role && cue.span.start >= span.end && cue.span.start - span.end <= 2
        });
        if role {
            score += 25;
        }
        consider(score, Target::Mention(c));
    }
    for cue in &sentence.cues {
        let target = match cue.cue {
            Cue::Reference => Target::Topic,
            Cue::GroupReference => Target::Group,
            Cue::First => Target::Ordinal(0),
            Cue::Second => Target::Ordinal(1),
            _ => continue,
        };
        // `le groupe Thales`: a description right before a name is the name's.
        let names_follow = sentence.companies.iter().any(|&c| {
            let s = companies[c].span;
            s.start >= cue.span.end && s.start - cue.span.end <= 2
        });
        if names_follow {
            continue;
        }
        // `the second quarter`, `de eerste helft`: an ordinal, no reference.
        if matches!(target, Target::Ordinal(_)) && ordinal_of_a_noun(sentence, cue.span) {
            continue;
        }
        let available = match target {
            Target::Topic | Target::Group => state.topic(index).is_some(),
            Target::Ordinal(k) => state.previous.len() >= 2 && k < 2,
            Target::Mention(_) => true,
        };
        if available {
            consider(position_score(sentence, cue.span, value.span), target);
        }
    }
    match best {
        Some((_, target)) => Some((target, Link::Sentence)),
        // No candidate: the value is about the topic, if there is one.
        None => state.topic(index).map(|_| (Target::Topic, Link::Coref)),
    }
}

/// Whether an ordinal cue (`the second`) is followed by a noun it counts
/// (`quarter`, `half`, `time`), so that it refers to no company.
fn ordinal_of_a_noun(sentence: &Sentence<'_>, cue: Span) -> bool {
    let next: String = sentence.text[cue.end..sentence.span.end]
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .flat_map(char::to_lowercase)
        .collect();
    ORDINAL_NOUNS.iter().any(|noun| next.starts_with(noun))
}

/// Before the value beats after it, the same clause beats another, near
/// beats far.
fn position_score(sentence: &Sentence<'_>, candidate: Span, value: Span) -> i32 {
    let before = candidate.end <= value.start;
    let same = sentence.same_clause(candidate, value);
    let base = match (before, same) {
        (true, true) => 60,
        (true, false) => 40,
        (false, true) => 30,
        (false, false) => 10,
    };
    let gap = if before {
        value.start - candidate.end
    } else {
        candidate.start.saturating_sub(value.end)
    };
    base - (gap / 40).min(15) as i32
}

/// Turns the chosen target into a company mention and a link.
fn resolve(
    target: Target,
    sentence: &Sentence<'_>,
    value: &Value,
    companies: &[CompanyMention],
    state: &State,
) -> Option<(usize, Link)> {
    let named = match target {
        Target::Mention(c) => return Some((c, Link::Sentence)),
        Target::Topic => state.topic.map(|(c, _)| c)?,
        Target::Group => {
            let topic = state.topic.map(|(c, _)| c)?;
            let parent = companies[topic].parent.as_ref();
            // The parent, where it was named before this sentence.
            parent
                .and_then(|p| companies[..topic].iter().rposition(|m| m.entity == *p))
                .unwrap_or(topic)
        }
        Target::Ordinal(k) => {
            let n = state.previous.len();
            *state.previous.get(n.checked_sub(2)? + k)?
        }
    };
    let entity = &companies[named].entity;
    // Named in this sentence too: a sentence link to that name.
    if let Some(&c) = sentence.companies.iter().find(|&&c| {
        companies[c].entity == *entity && !is_source(sentence, c, companies, Some(value))
    }) {
        return Some((c, Link::Sentence));
    }
    // Otherwise the latest earlier name of the same company.
    let latest = companies
        .iter()
        .enumerate()
        .filter(|(_, m)| m.span.end <= sentence.span.start && m.entity == *entity)
        .map(|(i, _)| i)
        .next_back()?;
    Some((latest, Link::Coref))
}

/// Values that make no claim: about a market, a person's fortune or pay,
/// another party's forecast, a stake held by someone else, and (for a value
/// linked to the topic with no word, `implicit`) a source's statement.
#[allow(clippy::too_many_arguments)]
fn blocked(
    sentence: &Sentence<'_>,
    value: &Value,
    target: Target,
    implicit: bool,
    paired: bool,
    companies: &[CompanyMention],
    metric: Metric,
) -> bool {
    let from = match target {
        Target::Mention(c) if companies[c].span.end <= value.span.start => companies[c].span.end,
        Target::Mention(_) => sentence.clause_of(value.span).start,
        _ => sentence.span.start,
    };
    // `Tesco shares, a member of the FTSE 100 index, were up 2.7%`: the
    // shares are the company's, whatever market they trade in.
    let shares = sentence.cue_between(sentence.span.start, value.span.start, Cue::SharePrice);
    // `its second-biggest market` is the company's own market.
    // For a value linked to the topic, a market word anywhere in its clause
    // counts (`la dette publique atteint 112 % du PIB`).
    let to = match target {
        Target::Mention(_) => value.span.start,
        _ => sentence.clause_of(value.span).end,
    };
    let about_a_market = sentence.cues.iter().any(|cue| {
        cue.cue == Cue::Market
            && cue.span.start >= from
            && cue.span.end <= to
            && !after_possessive(sentence, cue.span)
    });
    if metric != Metric::MarketShare && !shares && about_a_market {
        return true;
    }
    let clause = sentence.clause_of(value.span);
    // A person's fortune or pay (`Murphy, whose total pay rose to £9.9m`).
    if sentence.cue_between(clause.start, clause.end, Cue::Personal) {
        return true;
    }
    // A government's or a regulator's money or stake: `The UK government,
    // which spends £17 billion`, `EDF, détenu à 100 % par l'État`.
    // The government must be nearer the value than a company named before it.
    // A company inside a relative clause (`L'État, qui possède 23 % du
    // capital d'Engie, touchera …`) is not the clause's subject.
    let chosen_start = match target {
        Target::Mention(c)
            if companies[c].span.end <= value.span.start
                && !sentence.relatives.iter().any(|r| {
                    r.start < companies[c].span.start && companies[c].span.end <= r.end
                }) =>
        {
            companies[c].span.start
        }
        _ => sentence.span.start,
    };
    let government = sentence.cues.iter().any(|cue| {
        cue.cue == Cue::Government
            && ((cue.span.start >= clause.start && cue.span.end <= clause.end)
                || (cue.span.end <= value.span.start && cue.span.start >= chosen_start))
    });
    if government {
        return true;
    }
    // A sentence that opens with the forecasters (`Analysts expect`,
    // `Analisten van ING verwachten dat …`) is their forecast throughout.
    let forecast_sentence = sentence.cues.iter().any(|cue| {
        cue.cue == Cue::Forecast
            && cue.span.start - sentence.span.start <= 12
            && cue.span.end <= value.span.start
    });
    if forecast_sentence {
        return true;
    }
    // `beating the 90.9 billion yuan expected by analysts`.
    let forecast_after = sentence.cues.iter().any(|cue| {
        cue.cue == Cue::Forecast
            && cue.span.start >= value.span.end
            && cue.span.start - value.span.end <= 40
            && sentence.same_clause(value.span, cue.span)
    });
    if forecast_after {
        return true;
    }
    // A stake belongs to its holder, named before `holds`: `The French
    // State, which holds 10.8 % of the capital of Airbus` is no claim.
    if let Target::Mention(c) = target {
        let holder_after_stake = sentence.cues.iter().any(|cue| {
            cue.cue == Cue::Stake
                && cue.span.end <= value.span.start
                && cue.span.start >= clause.start
                && companies[c].span.start >= cue.span.end
        });
        if holder_after_stake && value.kind == Kind::Percent {
            return true;
        }
    }
    // A value shared by two companies (`Apax Partners en Warburg Pincus
    // kochten … voor 5,1 miljard euro`) is neither's claim.
    if let Target::Mention(c) = target {
        if !paired && jointly_named(sentence, c, companies) {
            return true;
        }
    }
    // A value with no company nor reference of its own, in a sentence whose
    // only names are sources, is the source's statement (`According to Cirium, air traffic
    // should grow 3.6%`), not a fact about the topic.
    let cited_only = !sentence.companies.is_empty()
        && sentence.companies.iter().all(|&c| {
            is_source(sentence, c, companies, Some(value))
                && companies[c].span.end <= value.span.start
        });
    if implicit && cited_only {
        return true;
    }
    // A forecast cue before the value, in its clause or with no company
    // named in between except the forecaster itself.
    sentence.cues.iter().any(|cue| {
        cue.cue == Cue::Forecast
            && cue.span.end <= value.span.start
            && (sentence.same_clause(cue.span, value.span)
                || !sentence.companies.iter().any(|&c| {
                    let s = companies[c].span;
                    s.start >= cue.span.end
                        && s.end <= value.span.start
                        && !is_source(sentence, c, companies, Some(value))
                }))
    })
}

/// The metric of a value, from the cues of its clause, else its sentence.
fn classify(sentence: &Sentence<'_>, value: &Value) -> Metric {
    let clause = sentence.clause_of(value.span);
    let metric_cues = |within: Span| -> Vec<CueMatch> {
        sentence
            .cues
            .iter()
            .filter(|c| c.span.start >= within.start && c.span.end <= within.end)
            .filter(|c| {
                matches!(
                    c.cue,
                    Cue::Revenue
                        | Cue::Growth
                        | Cue::MarketShare
                        | Cue::Investment
                        | Cue::Profit
                        | Cue::SharePrice
                        | Cue::Stake
                        | Cue::OtherMetric
                        | Cue::Sale
                        | Cue::Acquisition
                        | Cue::Buyback
                )
            })
            .copied()
            .collect()
    };
    let mut cues = metric_cues(clause);
    // A clause that only says `up 8%` does not say what grew: the sentence
    // does (`a dividend of 4.25 pence, up 8%`).
    let says_what = |cues: &[CueMatch]| match value.kind {
        Kind::Money => cues
            .iter()
            .any(|c| c.cue != Cue::Growth && c.cue != Cue::MarketShare),
        Kind::Percent => cues.iter().any(|c| c.cue != Cue::Growth),
    };
    if !says_what(&cues) {
        let growth_in_clause = cues.iter().any(|c| c.cue == Cue::Growth);
        let wider = metric_cues(sentence.span);
        if says_what(&wider) || !growth_in_clause {
            cues = wider;
        }
    }
    // A cue after the value counts a little further away: it more often
    // introduces the next figure (`bookings of $41.75 billion and EBITDA`).
    let distance = |c: &CueMatch| {
        if c.span.end <= value.span.start {
            value.span.start - c.span.end
        } else {
            c.span.start.saturating_sub(value.span.end) + 10
        }
    };
    let nearest = |allowed: &[Cue]| {
        cues.iter()
            .filter(|c| allowed.contains(&c.cue))
            .min_by_key(|c| distance(c))
            .map(|c| c.cue)
    };
    match value.kind {
        // A price paid for a stake is an investment: the stake only counts
        // when nothing else says what the amount is.
        // A buyback counts at half its distance: `koopt voor 1 miljard euro
        // eigen aandelen in` is a buyback, not a purchase.
        Kind::Money
            if cues.iter().filter(|c| c.cue == Cue::Buyback).any(|b| {
                distance(b) / 2
                    < cues
                        .iter()
                        .filter(|c| c.cue != Cue::Buyback && c.cue != Cue::Growth)
                        .map(&distance)
                        .min()
                        .unwrap_or(usize::MAX)
            }) =>
        {
            Metric::Other
        }
        Kind::Money => match nearest(&[
            Cue::Revenue,
            Cue::Investment,
            Cue::Sale,
            Cue::Acquisition,
            Cue::Profit,
            Cue::SharePrice,
            Cue::OtherMetric,
        ]) {
            Some(Cue::Revenue) => Metric::Revenue,
            Some(Cue::Investment | Cue::Acquisition) => Metric::Investment,
            Some(Cue::Profit) => Metric::Profit,
            _ => Metric::Other,
        },
        Kind::Percent => {
            let has = |cue: Cue| cues.iter().any(|c| c.cue == cue);
            let level = nearest(&[
                Cue::SharePrice,
                Cue::Stake,
                Cue::OtherMetric,
                Cue::Profit,
                Cue::MarketShare,
                Cue::Revenue,
            ]);
            // `24% of total revenue`: a share of the company's own sales.
            // A margin is a profit even when written `of the sales`.
            let margin_before = cues.iter().any(|c| {
                c.cue == Cue::Profit
                    && c.span.end <= value.span.start
                    && sentence.same_clause(c.span, value.span)
            });
            let of_revenue = !margin_before
                && cues.iter().any(|c| {
                    c.cue == Cue::Revenue
                        && c.span.start >= value.span.end
                        && sentence.same_clause(value.span, c.span)
                        && sentence.text[value.span.end..c.span.start]
                            .split_whitespace()
                            .any(|w| matches!(w, "of" | "van" | "du" | "de" | "des" | "d'"))
                });
            // `holds 15% of the world market`: a share of a market.
            let of_a_market = cues.iter().chain(&sentence.cues).any(|c| {
                c.cue == Cue::Market
                    && c.span.start >= value.span.end
                    && c.span.start - value.span.end <= 30
                    && sentence.same_clause(value.span, c.span)
            });
            if of_a_market && !of_revenue {
                Metric::MarketShare
            } else if of_revenue
                || matches!(level, Some(Cue::SharePrice | Cue::Stake | Cue::OtherMetric))
            {
                Metric::Other
            } else if has(Cue::Profit) {
                Metric::Profit
            } else if has(Cue::MarketShare) {
                // `accounts for 8% of its total sales` is a share of the
                // company's own revenue, not of a market.
                let of_sales = cues
                    .iter()
                    .any(|c| c.cue == Cue::Revenue && c.span.start >= value.span.end);
                if of_sales {
                    Metric::Other
                } else {
                    Metric::MarketShare
                }
            } else if has(Cue::Growth) || has(Cue::Revenue) {
                Metric::RevenueGrowth
            } else {
                Metric::Other
            }
        }
    }
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
    let distance = |p: &&PeriodMention| {
        if p.span.end <= value.span.start {
            value.span.start - p.span.end
        } else {
            p.span.start.saturating_sub(value.span.end)
        }
    };
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
    if let Some(tie) = sentence.cues.iter().find(|c| c.cue == Cue::SamePeriod) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::amounts::{MoneyMention, PercentMention};
    use crate::number::Decimal;

    /// Finds every whole-word occurrence of `needle`.
    fn occurrences(text: &str, needle: &str) -> Vec<Span> {
        text.match_indices(needle)
            .filter(|(i, _)| {
                let before = text[..*i].chars().next_back();
                let after = text[i + needle.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
            .map(|(i, _)| Span::new(i, i + needle.len()))
            .collect()
    }

    /// Links a text whose mentions are given by hand: company names with
    /// their slugs, money amounts with their currencies, percentages.
    /// Returns `(entity, value text, metric, period, link)` per claim.
    fn link(
        lang: Lang,
        date: Option<&str>,
        text: &str,
        names: &[(&str, &str)],
        money: &[(&str, &'static str)],
        percents: &[&str],
    ) -> Vec<(String, String, &'static str, Option<String>, &'static str)> {
        let mut companies: Vec<CompanyMention> = names
            .iter()
            .flat_map(|(name, entity)| {
                occurrences(text, name)
                    .into_iter()
                    .map(|span| CompanyMention {
                        span,
                        entity: entity.to_string(),
                        parent: None,
                    })
            })
            .collect();
        companies.sort_by_key(|c| c.span.start);
        let mut amounts = Amounts::default();
        for (amount, currency) in money {
            for span in occurrences(text, amount) {
                amounts.money.push(MoneyMention {
                    span,
                    value: Decimal::ZERO,
                    currency,
                    currency_inferred: false,
                });
            }
        }
        for percent in percents {
            for span in occurrences(text, percent) {
                amounts.percents.push(PercentMention {
                    span,
                    value: Decimal::ZERO,
                });
            }
        }
        amounts.money.sort_by_key(|m| m.span.start);
        amounts.percents.sort_by_key(|p| p.span.start);
        let article = Article {
            text: text.to_string(),
            date: date.map(String::from),
            ..Article::default()
        };
        ClaimLinker::new()
            .link(&article, lang, &companies, &amounts)
            .into_iter()
            .map(|c| {
                let value = match c.value {
                    ValueRef::Money(i) => amounts.money[i].span,
                    ValueRef::Percent(i) => amounts.percents[i].span,
                };
                (
                    companies[c.company].entity.clone(),
                    value.slice(text).to_string(),
                    c.metric.name(),
                    c.period,
                    c.link.name(),
                )
            })
            .collect()
    }

    fn claim(
        entity: &str,
        value: &str,
        metric: &'static str,
        period: Option<&str>,
        link: &'static str,
    ) -> (String, String, &'static str, Option<String>, &'static str) {
        (
            entity.into(),
            value.into(),
            metric,
            period.map(String::from),
            link,
        )
    }

    #[test]
    fn sentence_links_in_english() {
        let got = link(
            Lang::English,
            None,
            "Siemens reported revenue of €20 billion in the third quarter of 2023.",
            &[("Siemens", "siemens")],
            &[("€20 billion", "EUR")],
            &[],
        );
        assert_eq!(
            got,
            vec![claim(
                "siemens",
                "€20 billion",
                "revenue",
                Some("2023-Q3"),
                "sentence"
            )]
        );

        // The company the fact is about, not the nearest name.
        let got = link(
            Lang::English,
            None,
            "Its rival Samsung's chip unit Samsung Foundry posted revenues of $5 billion.",
            &[
                ("Samsung Foundry", "samsung-foundry"),
                ("Samsung", "samsung"),
            ],
            &[("$5 billion", "USD")],
            &[],
        );
        assert_eq!(
            got,
            vec![claim(
                "samsung-foundry",
                "$5 billion",
                "revenue",
                None,
                "sentence"
            )]
        );

        // The investor, not the business invested in.
        let got = link(
            Lang::English,
            None,
            "Tencent plans to invest $2 billion into its Weixin Pay unit over five years.",
            &[("Tencent", "tencent"), ("Weixin Pay", "weixin-pay")],
            &[("$2 billion", "USD")],
            &[],
        );
        assert_eq!(
            got,
            vec![claim(
                "tencent",
                "$2 billion",
                "investment",
                None,
                "sentence"
            )]
        );

        // A source is never the subject, before or after the value.
        let got = link(
            Lang::English,
            None,
            "According to IDC, Lenovo led the PC market with a 24% share. Xiaomi's revenue reached $10 billion, Bloomberg reported.",
            &[("IDC", "idc"), ("Lenovo", "lenovo"), ("Xiaomi", "xiaomi"), ("Bloomberg", "bloomberg")],
            &[("$10 billion", "USD")],
            &["24%"],
        );
        assert_eq!(
            got,
            vec![
                claim("lenovo", "24%", "market_share", None, "sentence"),
                claim("xiaomi", "$10 billion", "revenue", None, "sentence"),
            ]
        );
    }

    #[test]
    fn respectively_lists_pair_in_order() {
        let got = link(
            Lang::English,
            None,
            "Dell held 30 percent, while HP, Lenovo and Acer had 20 percent, 15 percent and 5 percent, respectively.",
            &[("Dell", "dell"), ("HP", "hp"), ("Lenovo", "lenovo"), ("Acer", "acer")],
            &[],
            &["30 percent", "20 percent", "15 percent", "5 percent"],
        );
        let pairs: Vec<(String, String)> = got.into_iter().map(|c| (c.0, c.1)).collect();
        assert_eq!(
            pairs,
            vec![
                ("dell".into(), "30 percent".into()),
                ("hp".into(), "20 percent".into()),
                ("lenovo".into(), "15 percent".into()),
                ("acer".into(), "5 percent".into()),
            ]
        );
    }

    #[test]
    fn markets_and_forecasts_make_no_claim() {
        let cases = [
            (Lang::English, "The global smartphone market is worth $400 billion, and Apple wants more of it.", ("Apple", "apple"), "$400 billion"),
            (Lang::English, "Analysts expect Nvidia to report revenue of $30 billion.", ("Nvidia", "nvidia"), "$30 billion"),
            (Lang::Dutch, "De Europese chipmarkt groeide met 5 miljard euro, aldus ASML.", ("ASML", "asml"), "5 miljard euro"),
            (Lang::French, "Selon le cabinet Gartner, le marché mondial du cloud atteindra 600 milliards de dollars.", ("Gartner", "gartner"), "600 milliards de dollars"),
            (Lang::French, "Un analyste de Jefferies anticipe un chiffre d'affaires de 2 milliards d'euros pour Kering.", ("Kering", "kering"), "2 milliards d'euros"),
        ];
        for (lang, text, name, amount) in cases {
            let got = link(
                lang,
                None,
                text,
                &[name, ("Jefferies", "jefferies")],
                &[(amount, "EUR")],
                &[],
            );
            assert_eq!(got, vec![], "{text:?}");
        }
    }

    #[test]
    fn equivalents_are_not_claims() {
        let text = "BYD reported revenue of 180 billion yuan ($25 billion) for 2023.";
        let mut amounts = Amounts::default();
        for (needle, currency) in [("180 billion yuan", "CNY"), ("$25 billion", "USD")] {
            let start = text.find(needle).unwrap();
            amounts.money.push(MoneyMention {
                span: Span::new(start, start + needle.len()),
                value: Decimal::ZERO,
                currency,
                currency_inferred: false,
            });
        }
        let companies = vec![CompanyMention {
            span: Span::new(0, 3),
            entity: "byd".into(),
            parent: None,
        }];
        let article = Article {
            text: text.into(),
            ..Article::default()
        };
        let claims = ClaimLinker::new().link(&article, Lang::English, &companies, &amounts);
        assert_eq!(claims.len(), 1);
        assert_eq!(claims[0].value, ValueRef::Money(0));
        assert_eq!(claims[0].equivalents, vec![1]);
        assert_eq!(claims[0].period.as_deref(), Some("2023"));
    }

    #[test]
    fn references_across_sentences() {
        // `The company` and no word at all refer back to the topic.
        let got = link(
            Lang::English,
            None,
            "Ericsson published its results on Thursday. The company's operating margin was 8.5%. Net sales rose 12% to SEK 60 billion.",
            &[("Ericsson", "ericsson")],
            &[("SEK 60 billion", "SEK")],
            &["8.5%", "12%"],
        );
        assert_eq!(
            got,
            vec![
                claim("ericsson", "8.5%", "profit", None, "coref"),
                claim("ericsson", "12%", "revenue_growth", None, "coref"),
                claim("ericsson", "SEK 60 billion", "revenue", None, "coref"),
            ]
        );
        // `the first … the second` take the companies of the sentence before.
        let got = link(
            Lang::English,
            None,
            "Oracle and SAP both grew faster than expected. The first recorded sales of $12 billion, while the second reached $8 billion.",
            &[("Oracle", "oracle"), ("SAP", "sap")],
            &[("$12 billion", "USD"), ("$8 billion", "USD")],
            &[],
        );
        assert_eq!(
            got,
            vec![
                claim("oracle", "$12 billion", "revenue", None, "coref"),
                claim("sap", "$8 billion", "revenue", None, "coref"),
            ]
        );
    }

    #[test]
    fn dutch_sentences() {
        let got = link(
            Lang::Dutch,
            Some("2024-05-01"),
            "ASML zag de omzet in het eerste kwartaal van 2024 met 10 procent stijgen tot 5,3 miljard euro. \
             Philips-topman Roy Jakobs zei dat het bedrijf dit jaar 1 miljard euro wil investeren. \
             Prosus, dat een belang van 25 procent in Tencent heeft, investeerde 500 miljoen euro in Swiggy.",
            &[("ASML", "asml"), ("Philips", "philips"), ("Prosus", "prosus"), ("Tencent", "tencent"), ("Swiggy", "swiggy")],
            &[("5,3 miljard euro", "EUR"), ("1 miljard euro", "EUR"), ("500 miljoen euro", "EUR")],
            &["10 procent", "25 procent"],
        );
        assert_eq!(
            got,
            vec![
                claim(
                    "asml",
                    "10 procent",
                    "revenue_growth",
                    Some("2024-Q1"),
                    "sentence"
                ),
                claim(
                    "asml",
                    "5,3 miljard euro",
                    "revenue",
                    Some("2024-Q1"),
                    "sentence"
                ),
                claim(
                    "philips",
                    "1 miljard euro",
                    "investment",
                    Some("2024"),
                    "sentence"
                ),
                claim("prosus", "25 procent", "other", None, "sentence"),
                claim("prosus", "500 miljoen euro", "investment", None, "sentence"),
            ]
        );
    }

    #[test]
    fn french_sentences() {
        let got = link(
            Lang::French,
            Some("2024-07-30"),
            "Au premier semestre 2024, le groupe Danone a réalisé un chiffre d'affaires de 14 milliards d'euros. \
             Le groupe prévoit d'investir 2 milliards d'euros. \
             L'action Kering a chuté de 9 %. \
             Vivendi, qui détient 29 % de Lagardère, a investi 600 millions d'euros dans Canal+.",
            &[("Danone", "danone"), ("Kering", "kering"), ("Vivendi", "vivendi"), ("Lagardère", "lagardere"), ("Canal+", "canal-plus")],
            &[("14 milliards d'euros", "EUR"), ("2 milliards d'euros", "EUR"), ("600 millions d'euros", "EUR")],
            &["9 %", "29 %"],
        );
        assert_eq!(
            got,
            vec![
                claim(
                    "danone",
                    "14 milliards d'euros",
                    "revenue",
                    Some("2024-H1"),
                    "sentence"
                ),
                claim("danone", "2 milliards d'euros", "investment", None, "coref"),
                claim("kering", "9 %", "other", None, "sentence"),
                claim("vivendi", "29 %", "other", None, "sentence"),
                claim(
                    "vivendi",
                    "600 millions d'euros",
                    "investment",
                    None,
                    "sentence"
                ),
            ]
        );
    }

    #[test]
    fn the_group_is_the_parent_where_the_text_names_it() {
        let text =
            "Inditex grew fast. Its brand Zara opened 30 stores. Sales of the whole group rose 7%.";
        let mention = |name: &str, entity: &str, parent: Option<&str>| {
            let start = text.find(name).unwrap();
            CompanyMention {
                span: Span::new(start, start + name.len()),
                entity: entity.into(),
                parent: parent.map(String::from),
            }
        };
        let companies = vec![
            mention("Inditex", "inditex", None),
            mention("Zara", "zara", Some("inditex")),
        ];
        let start = text.find("7%").unwrap();
        let amounts = Amounts {
            money: vec![],
            percents: vec![PercentMention {
                span: Span::new(start, start + 2),
                value: Decimal::ZERO,
            }],
        };
        let article = Article {
            text: text.into(),
            ..Article::default()
        };
        let claims = ClaimLinker::new().link(&article, Lang::English, &companies, &amounts);
        assert_eq!(claims.len(), 1);
        assert_eq!(companies[claims[0].company].entity, "inditex");
        assert_eq!(
            (claims[0].metric, claims[0].link),
            (Metric::RevenueGrowth, Link::Coref)
        );
    }

    #[test]
    fn prices_stakes_and_pairs_go_to_the_right_company() {
        // A price is the buyer's investment.
        let got = link(
            Lang::English,
            None,
            "Sainsbury's agreed to sell its bank to NatWest for about £500 million.",
            &[("Sainsbury's", "sainsburys"), ("NatWest", "natwest")],
            &[("£500 million", "GBP")],
            &[],
        );
        assert_eq!(
            got,
            vec![claim(
                "natwest",
                "£500 million",
                "investment",
                None,
                "sentence"
            )]
        );
        // A stake held by a state is nobody's claim; one held by a company
        // is the holder's.
        let got = link(
            Lang::English,
            None,
            "The German state, which holds 10.9% of the capital of Airbus, did not comment. Exor holds 14% of Ferrari.",
            &[("Airbus", "airbus"), ("Exor", "exor"), ("Ferrari", "ferrari")],
            &[],
            &["10.9%", "14%"],
        );
        assert_eq!(got, vec![claim("exor", "14%", "other", None, "sentence")]);
        // `respectievelijk` followed by the names.
        let got = link(
            Lang::Dutch,
            None,
            "Volgens Telecompaper heeft T-Mobile een aandeel van 20 procent, tegen 40% en 30% voor respectievelijk Vodafone en Orange.",
            &[("Telecompaper", "telecompaper"), ("T-Mobile", "t-mobile"), ("Vodafone", "vodafone"), ("Orange", "orange")],
            &[],
            &["20 procent", "40%", "30%"],
        );
        let pairs: Vec<(String, &str)> = got.iter().map(|c| (c.0.clone(), c.2)).collect();
        assert_eq!(
            pairs,
            vec![
                ("t-mobile".into(), "market_share"),
                ("vodafone".into(), "market_share"),
                ("orange".into(), "market_share"),
            ]
        );
        // The parent after `maison mère de l'opérateur` is not the subject.
        let got = link(
            Lang::French,
            None,
            "Le groupe Orange, maison mère de l'opérateur Sosh, a publié un chiffre d'affaires de 10 milliards d'euros, en hausse de 2 %.",
            &[("Orange", "orange"), ("Sosh", "sosh")],
            &[("10 milliards d'euros", "EUR")],
            &["2 %"],
        );
        let entities: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(entities, vec!["orange", "orange"]);
    }

    #[test]
    fn results_figures_keep_the_reported_quarter() {
        let got = link(
            Lang::English,
            None,
            "Lyft reported bookings of $4 billion for the second quarter of 2024. \
             Revenue rose 41% to $1.3 billion. Lyft has served 40% of US adults.",
            &[("Lyft", "lyft")],
            &[("$4 billion", "USD"), ("$1.3 billion", "USD")],
            &["41%", "40%"],
        );
        let periods: Vec<(&str, Option<&str>)> =
            got.iter().map(|c| (c.1.as_str(), c.3.as_deref())).collect();
        assert_eq!(
            periods,
            vec![
                ("$4 billion", Some("2024-Q2")),
                ("41%", Some("2024-Q2")),
                ("$1.3 billion", Some("2024-Q2")),
                ("40%", None),
            ]
        );
    }

    #[test]
    fn a_value_shared_by_two_companies_is_neither_claim() {
        let got = link(
            Lang::Dutch,
            None,
            "KKR en Blackstone kochten de onderneming in 2022 voor 5 miljard euro.",
            &[("KKR", "kkr"), ("Blackstone", "blackstone")],
            &[("5 miljard euro", "EUR")],
            &[],
        );
        assert_eq!(got, vec![]);
    }

    #[test]
    fn forecasters_and_states_opening_a_sentence() {
        let got = link(
            Lang::Dutch,
            None,
            "Analisten van Rabobank verwachten dat de omzet van Philips dit jaar daalt, tot 17 miljard euro. \
             De Franse staat, die 15 procent van Renault bezit, ontvangt ruim 50 miljoen euro dividend.",
            &[("Rabobank", "rabobank"), ("Philips", "philips"), ("Renault", "renault")],
            &[("17 miljard euro", "EUR"), ("50 miljoen euro", "EUR")],
            &["15 procent"],
        );
        assert_eq!(got, vec![]);
    }

    #[test]
    fn people_forecasts_and_dividends() {
        let got = link(
            Lang::English,
            Some("2024-10-01"),
            "Nike, whose founder's personal fortune is put at $40 billion, beat the $11.6 billion expected by analysts. \
             Nike will pay a dividend of 40 cents per share, up 9%.",
            &[("Nike", "nike")],
            &[("$40 billion", "USD"), ("$11.6 billion", "USD"), ("40 cents", "USD")],
            &["9%"],
        );
        assert_eq!(
            got,
            vec![
                claim("nike", "40 cents", "other", None, "sentence"),
                claim("nike", "9%", "other", None, "sentence"),
            ]
        );
    }

    #[test]
    fn values_about_people_or_countries_without_a_company_make_no_claim() {
        let got = link(
            Lang::English,
            None,
            "China's economy grew 5% last year. The president said exports rose 7%.",
            &[],
            &[],
            &["5%", "7%"],
        );
        assert_eq!(got, vec![]);
    }
}
