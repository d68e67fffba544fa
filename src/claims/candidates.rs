//! Choosing the company a value is about: the candidates of its sentence
//! weighed by position, `respectively` lists, and references resolved to
//! the topic.

use super::sentence::*;
use super::*;

/// Nouns counted by an ordinal (`the second quarter`): no reference then.
pub(super) const ORDINAL_NOUNS: &[&str] = &[
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

/// Pairs `X, Y and Z … 10 %, 7 % and 5 %, respectively`: for each value of
/// the sentence, the company it is paired with, if any (an empty list when
/// the sentence has no `respectively`).
pub(super) fn respectively(
    sentence: &Sentence<'_>,
    values: &[Value],
    companies: &[CompanyMention],
) -> Vec<Option<usize>> {
    // Most sentences pair nothing: an empty list, no allocation.
    let Some(cue) = sentence.cues_of(Cue::Respectively).next() else {
        return Vec::new();
    };
    let mut paired = vec![None; values.len()];
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
pub(super) fn choose(
    sentence: &Sentence<'_>,
    value: &Value,
    companies: &[CompanyMention],
    state: &State,
    index: usize,
) -> Option<(Target, Link)> {
    let mut best: Option<(i32, Target)> = None;
    let mut bought_names: Vec<usize> = Vec::new();
    // The holder of a stake told from the owned side, if the value's
    // clause tells one: the same for every candidate.
    let holder = passive_holder(sentence, value, companies);
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
        if sentence.company_after_preposition(c, companies) {
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
        if span.end <= value.span.start && trim(between) == "(" {
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
                trim(&sentence.text[span.end..value.span.start]),
                "at" | "à" | "op" | "with" | "met" | "avec"
            );
        if at_it {
            score += 60;
        }
        // `24% for Lyft`: a share given to the company named right after.
        let for_it = value.kind == Kind::Percent
            && span.start >= value.span.end
            && matches!(
                trim(&sentence.text[value.span.end..span.start]),
                "for" | "voor" | "pour"
            );
        if for_it {
            score += 60;
        }
        // What is bought is not the buyer: `agreed to acquire Fusion for
        // $2.4 billion`, `the takeover of Alexion`.
        // (`le rachat de Fosroc …, et celui du canadien Bailey`), and
        // neither is the seller (`racheter AXA IM à AXA`).
        let bought = sentence
            .cues_of(Cue::Acquisition)
            .any(|cue| cue.span.end <= span.start && span.start - cue.span.end <= 120);
        if bought {
            bought_names.push(c);
            score -= 40;
            if preceded_by(sentence, span, &["from", "van", "à", "au", "de"]) {
                score -= 20;
            }
        }
        // A stake told from the owned side belongs to the company after
        // `by` / `van` / `par` (`in handen is van Naspers`), not to the
        // owned one before it.
        if let Some(holder) = holder {
            if holder == c {
                score += 80;
            } else if span.end <= value.span.start {
                score -= 40;
            }
        }
        // The company of a speaker (`added Alibaba CEO Daniel Zhang`).
        let role = sentence
            .cues_of(Cue::Role)
            .any(|cue| cue.span.start >= span.end && cue.span.start - span.end <= 2);
        if role {
            score += 25;
        }
        consider(score, Target::Mention(c));
    }
    let references = [Cue::Reference, Cue::GroupReference, Cue::First, Cue::Second];
    let cues: &[CueMatch] = if references.iter().any(|&kind| sentence.has(kind)) {
        &sentence.cues
    } else {
        &[]
    };
    for cue in cues {
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
        // Only what was bought is named (`It acquired the brand Aesop for
        // $2.5 billion`): the buyer is the topic the sentence goes on about.
        Some((_, Target::Mention(c)))
            if bought_names.contains(&c) && state.topic(index).is_some() =>
        {
            Some((Target::Topic, Link::Coref))
        }
        Some((_, target)) => Some((target, Link::Sentence)),
        // No candidate: the value is about the topic, if there is one.
        None => state.topic(index).map(|_| (Target::Topic, Link::Coref)),
    }
}

/// For a value in a clause that tells a stake from the owned side
/// (`is owned 28% by`, `voor 43 procent in handen is van`), the company
/// named first after the next `by` / `van` / `par`, with no other value in
/// between.
pub(super) fn passive_holder(
    sentence: &Sentence<'_>,
    value: &Value,
    companies: &[CompanyMention],
) -> Option<usize> {
    if !sentence.has(Cue::PassiveStake) {
        return None;
    }
    let clause = sentence.clause_of(value.span);
    (sentence.cues_between(clause.start, clause.end).iter())
        .find(|cue| cue.cue == Cue::PassiveStake)?;
    let rest = &sentence.text[value.span.end..clause.end];
    let by = [" by ", " van ", " par "]
        .iter()
        .filter_map(|w| rest.find(w).map(|i| value.span.end + i + w.len()))
        .min()?;
    let c = sentence
        .companies
        .iter()
        .copied()
        .find(|&c| companies[c].span.start >= by)?;
    let between = &sentence.text[value.span.end..companies[c].span.start];
    let another_value =
        between.bytes().any(|b| b == b'%') || between.chars().any(|c| matches!(c, '$' | '€' | '£'));
    (!another_value && companies[c].span.start - by <= 40).then_some(c)
}

/// Whether an ordinal cue (`the second`) is followed by a noun it counts
/// (`quarter`, `half`, `time`), so that it refers to no company.
pub(super) fn ordinal_of_a_noun(sentence: &Sentence<'_>, cue: Span) -> bool {
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
pub(super) fn position_score(sentence: &Sentence<'_>, candidate: Span, value: Span) -> i32 {
    let before = candidate.end <= value.start;
    let same = sentence.same_clause(candidate, value);
    let base = match (before, same) {
        (true, true) => 60,
        (true, false) => 40,
        (false, true) => 30,
        (false, false) => 10,
    };
    base - (value.gap(candidate) / 40).min(15) as i32
}

/// Turns the chosen target into a company mention and a link.
pub(super) fn resolve(
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
