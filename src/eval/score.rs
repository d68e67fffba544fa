//! Counting: the levels of SPEC section 5 for one document, and the sums
//! over many.
//!
//! [`score_document`] matches one gold record against one prediction at
//! every level and returns [`Scores`], plain counts that add up with `+=`:
//! the totals, the per-language and the per-document figures are all sums
//! of these. Precision, recall, F1 and the accuracies are computed from the
//! counts only when they are shown.

use std::collections::BTreeMap;
use std::ops::AddAssign;

use crate::eval::matching::{greedy, CharSpan, Matching};
use crate::record::{ClaimRecord, DocumentRecord, EquivalentRecord, MentionRecord, MentionType};

/// Every level scored with precision, recall and F1, by its `--min-f1`
/// name, in the order reports show them.
pub const F1_LEVELS: [&str; 16] = [
    "strict",
    "lenient",
    "value",
    "company.strict",
    "company.lenient",
    "company.value",
    "money.strict",
    "money.lenient",
    "money.value",
    "percent.strict",
    "percent.lenient",
    "percent.value",
    "claim_link",
    "claim_link.sentence",
    "claim_full",
    "claim_full.sentence",
];

/// The levels scored as accuracies over gold documents.
pub const ACCURACY_LEVELS: [&str; 2] = ["lang", "translated_from"];

/// A money value matches when it is within this share of the gold value.
pub const MONEY_TOLERANCE: f64 = 0.005;

/// The three mention levels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionLevel {
    Strict,
    Lenient,
    Value,
}

impl MentionLevel {
    pub const ALL: [MentionLevel; 3] = [
        MentionLevel::Strict,
        MentionLevel::Lenient,
        MentionLevel::Value,
    ];

    pub fn name(self) -> &'static str {
        match self {
            MentionLevel::Strict => "strict",
            MentionLevel::Lenient => "lenient",
            MentionLevel::Value => "value",
        }
    }
}

/// True positives, false positives, false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn new(tp: usize, fp: usize, fn_: usize) -> Counts {
        Counts { tp, fp, fn_ }
    }

    fn of(m: &Matching) -> Counts {
        Counts::new(m.true_positives(), m.false_positives(), m.false_negatives())
    }

    /// `tp / (tp + fp)`; `None` when nothing was predicted.
    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fp)
    }

    /// `tp / (tp + fn)`; `None` when there is no gold.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// `2 tp / (2 tp + fp + fn)`; `None` when there is neither gold nor
    /// prediction (nothing to score).
    pub fn f1(&self) -> Option<f64> {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
}

impl AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

fn ratio(num: usize, den: usize) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

/// Correct documents out of those scored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Accuracy {
    pub correct: usize,
    pub total: usize,
}

impl Accuracy {
    pub fn value(&self) -> Option<f64> {
        ratio(self.correct, self.total)
    }

    fn add(&mut self, correct: bool) {
        self.total += 1;
        self.correct += usize::from(correct);
    }
}

impl AddAssign for Accuracy {
    fn add_assign(&mut self, other: Accuracy) {
        self.correct += other.correct;
        self.total += other.total;
    }
}

/// Claims matched at the link level, and how many of them also agree on
/// the period and on the equivalents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shares {
    pub matched: usize,
    pub same_period: usize,
    pub same_equivalents: usize,
}

impl AddAssign for Shares {
    fn add_assign(&mut self, other: Shares) {
        self.matched += other.matched;
        self.same_period += other.same_period;
        self.same_equivalents += other.same_equivalents;
    }
}

/// Claim counts of one metric at the link and the full level.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MetricCounts {
    pub link: Counts,
    pub full: Counts,
}

/// Everything counted for a set of documents. Sums with `+=`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scores {
    /// Indexed like [`F1_LEVELS`].
    pub levels: [Counts; 16],
    /// Claims per metric: true positives and false negatives count under
    /// the gold claim's metric, false positives under the prediction's.
    pub per_metric: BTreeMap<String, MetricCounts>,
    pub lang: Accuracy,
    pub translated_from: Accuracy,
    pub shares: Shares,
    /// Gold documents counted.
    pub documents: usize,
}

impl Scores {
    /// The counts of a level by its `--min-f1` name.
    pub fn get(&self, name: &str) -> Option<Counts> {
        F1_LEVELS
            .iter()
            .position(|&n| n == name)
            .map(|i| self.levels[i])
    }

    fn add_level(&mut self, name: &str, counts: Counts) {
        let i = F1_LEVELS
            .iter()
            .position(|&n| n == name)
            .expect("a known level");
        self.levels[i] += counts;
    }

    /// The accuracy of `lang` or `translated_from`.
    pub fn accuracy(&self, name: &str) -> Option<Accuracy> {
        match name {
            "lang" => Some(self.lang),
            "translated_from" => Some(self.translated_from),
            _ => None,
        }
    }
}

impl AddAssign<&Scores> for Scores {
    fn add_assign(&mut self, other: &Scores) {
        for (a, b) in self.levels.iter_mut().zip(other.levels) {
            *a += b;
        }
        for (metric, counts) in &other.per_metric {
            let mine = self.per_metric.entry(metric.clone()).or_default();
            mine.link += counts.link;
            mine.full += counts.full;
        }
        self.lang += other.lang;
        self.translated_from += other.translated_from;
        self.shares += other.shares;
        self.documents += other.documents;
    }
}

/// What the gold carries, and so which levels can be scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoldScope {
    /// Gold records (SPEC section 4): every level.
    Full,
    /// Imported from an annotation tool: spans and types only, so the
    /// strict and lenient levels alone.
    SpansOnly,
}

impl GoldScope {
    /// Whether a level (a [`F1_LEVELS`] or [`ACCURACY_LEVELS`] name) is scored.
    pub fn scores(self, level: &str) -> bool {
        match self {
            GoldScope::Full => true,
            GoldScope::SpansOnly => level.ends_with("strict") || level.ends_with("lenient"),
        }
    }
}

/// A false positive or a false negative, for `--errors`.
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorItem {
    pub doc: String,
    /// `true` for a false positive (predicted, not in gold).
    pub false_positive: bool,
    /// `company`, `money`, `percent` or `claim`.
    pub group: &'static str,
    /// The level the error was found at.
    pub level: &'static str,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The value, currency, entity, metric… in a few words.
    pub detail: String,
}

/// Scores one gold document against its prediction (`None`: the document
/// was not predicted at all, so every gold item is missed and the language
/// is wrong). Errors are listed at the value level for mentions (strict for
/// imported gold) and at the full level for claims.
pub fn score_document(
    gold: &DocumentRecord,
    pred: Option<&DocumentRecord>,
    scope: GoldScope,
) -> (Scores, Vec<ErrorItem>) {
    let empty = DocumentRecord::default();
    let pred = pred.unwrap_or(&empty);
    let mut scores = Scores {
        documents: 1,
        ..Scores::default()
    };
    let mut errors = Vec::new();

    for kind in MentionType::ALL {
        let g: Vec<&MentionRecord> = gold.mentions.iter().filter(|m| m.kind == kind).collect();
        let p: Vec<&MentionRecord> = pred.mentions.iter().filter(|m| m.kind == kind).collect();
        for level in MentionLevel::ALL {
            if !scope.scores(level.name()) {
                continue;
            }
            let m = match_mentions(&g, &p, level);
            let counts = Counts::of(&m);
            scores.add_level(level.name(), counts);
            scores.add_level(&format!("{}.{}", kind.name(), level.name()), counts);
            let error_level = match scope {
                GoldScope::Full => MentionLevel::Value,
                GoldScope::SpansOnly => MentionLevel::Strict,
            };
            if level == error_level {
                errors.extend(mention_errors(&gold.id, &g, &p, &m, level));
            }
        }
    }

    if scope == GoldScope::Full {
        score_claims(
            &gold.id,
            &gold.claims,
            &pred.claims,
            &mut scores,
            &mut errors,
        );
        scores
            .lang
            .add(pred.lang == gold.lang && pred.id == gold.id);
        scores
            .translated_from
            .add(pred.translated_from == gold.translated_from && pred.id == gold.id);
    }
    (scores, errors)
}

fn span_of(m: &&MentionRecord) -> CharSpan {
    CharSpan::new(m.start, m.end)
}

/// Matches mentions of one type at one level.
pub fn match_mentions(
    gold: &[&MentionRecord],
    pred: &[&MentionRecord],
    level: MentionLevel,
) -> Matching {
    greedy(gold, pred, span_of, span_of, |g, p| match level {
        MentionLevel::Strict => g.start == p.start && g.end == p.end,
        MentionLevel::Lenient => span_of(g).overlap(span_of(p)) > 0,
        MentionLevel::Value => span_of(g).overlap(span_of(p)) > 0 && same_value(g, p),
    })
}

/// The value test of the value level: money by currency and value within
/// 0.5 %, percent by value, company by entity.
pub fn same_value(gold: &MentionRecord, pred: &MentionRecord) -> bool {
    match gold.kind {
        MentionType::Company => gold.entity.is_some() && gold.entity == pred.entity,
        MentionType::Money => {
            gold.currency.is_some()
                && gold.currency == pred.currency
                && matches!((gold.value, pred.value), (Some(g), Some(p)) if money_close(g, p))
        }
        MentionType::Percent => {
            matches!((gold.value, pred.value), (Some(g), Some(p)) if same_number(g, p))
        }
    }
}

fn money_close(gold: f64, pred: f64) -> bool {
    (pred - gold).abs() <= MONEY_TOLERANCE * gold.abs()
}

/// Equal up to floating-point noise (`58.5` written as `58.500000001`).
fn same_number(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(1.0)
}

fn mention_errors(
    doc: &str,
    gold: &[&MentionRecord],
    pred: &[&MentionRecord],
    m: &Matching,
    level: MentionLevel,
) -> Vec<ErrorItem> {
    let item = |mention: &MentionRecord, false_positive: bool| ErrorItem {
        doc: doc.to_string(),
        false_positive,
        group: mention.kind.name(),
        level: level.name(),
        start: mention.start,
        end: mention.end,
        text: mention.text.clone(),
        detail: mention_detail(mention),
    };
    let missed = gold
        .iter()
        .zip(&m.gold_to_pred)
        .filter(|(_, p)| p.is_none())
        .map(|(g, _)| item(g, false));
    let spurious = pred
        .iter()
        .zip(&m.pred_to_gold)
        .filter(|(_, g)| g.is_none())
        .map(|(p, _)| item(p, true));
    missed.chain(spurious).collect()
}

fn number(value: Option<f64>) -> String {
    value.map_or_else(|| "no value".to_string(), |v| v.to_string())
}

fn mention_detail(m: &MentionRecord) -> String {
    match m.kind {
        MentionType::Company => m.entity.clone().unwrap_or_else(|| "no entity".into()),
        MentionType::Money => format!(
            "{} {}",
            number(m.value),
            m.currency.as_deref().unwrap_or("no currency")
        ),
        MentionType::Percent => format!("{} %", number(m.value)),
    }
}

fn claim_span(c: &&ClaimRecord) -> CharSpan {
    CharSpan::new(c.start, c.end)
}

/// Matches claims at the link level (`full == false`) or the full level.
pub fn match_claims(gold: &[&ClaimRecord], pred: &[&ClaimRecord], full: bool) -> Matching {
    greedy(gold, pred, claim_span, claim_span, |g, p| {
        g.entity == p.entity
            && claim_span(g).overlap(claim_span(p)) > 0
            && (!full || g.metric == p.metric)
    })
}

/// Counts of a claim matching against all gold, and against the
/// `link: sentence` gold alone, where predictions matched to `coref` gold
/// are left out.
fn claim_counts(gold: &[&ClaimRecord], m: &Matching) -> (Counts, Counts) {
    let all = Counts::of(m);
    let is_sentence = |g: usize| gold[g].link == "sentence";
    let tp = m.pairs.iter().filter(|&&(g, _)| is_sentence(g)).count();
    let sentence_gold = (0..gold.len()).filter(|&g| is_sentence(g)).count();
    let sentence = Counts::new(tp, m.false_positives(), sentence_gold - tp);
    (all, sentence)
}

fn score_claims(
    doc: &str,
    gold: &[ClaimRecord],
    pred: &[ClaimRecord],
    scores: &mut Scores,
    errors: &mut Vec<ErrorItem>,
) {
    let g: Vec<&ClaimRecord> = gold.iter().collect();
    let p: Vec<&ClaimRecord> = pred.iter().collect();
    for (full, name) in [(false, "claim_link"), (true, "claim_full")] {
        let m = match_claims(&g, &p, full);
        let (all, sentence) = claim_counts(&g, &m);
        scores.add_level(name, all);
        scores.add_level(&format!("{name}.sentence"), sentence);
        for (i, claim) in g.iter().enumerate() {
            let counts = scores.per_metric.entry(claim.metric.clone()).or_default();
            let slot = if full {
                &mut counts.full
            } else {
                &mut counts.link
            };
            match m.gold_to_pred[i] {
                Some(_) => slot.tp += 1,
                None => slot.fn_ += 1,
            }
        }
        for (i, claim) in p.iter().enumerate() {
            if m.pred_to_gold[i].is_none() {
                let counts = scores.per_metric.entry(claim.metric.clone()).or_default();
                if full {
                    counts.full.fp += 1;
                } else {
                    counts.link.fp += 1;
                }
            }
        }
        if full {
            errors.extend(claim_errors(doc, &g, &p, &m));
        } else {
            for &(gi, pi) in &m.pairs {
                scores.shares.matched += 1;
                scores.shares.same_period += usize::from(g[gi].period == p[pi].period);
                scores.shares.same_equivalents +=
                    usize::from(same_equivalents(&g[gi].equivalents, &p[pi].equivalents));
            }
        }
    }
}

/// The same restatements, by unit and value (money within 0.5 %), in any
/// order.
pub fn same_equivalents(gold: &[EquivalentRecord], pred: &[EquivalentRecord]) -> bool {
    if gold.len() != pred.len() {
        return false;
    }
    let mut used = vec![false; pred.len()];
    gold.iter().all(|g| {
        let found = pred
            .iter()
            .enumerate()
            .position(|(i, p)| !used[i] && p.unit == g.unit && money_close(g.value, p.value));
        if let Some(i) = found {
            used[i] = true;
        }
        found.is_some()
    })
}

fn claim_errors(
    doc: &str,
    gold: &[&ClaimRecord],
    pred: &[&ClaimRecord],
    m: &Matching,
) -> Vec<ErrorItem> {
    let item = |c: &ClaimRecord, false_positive: bool| ErrorItem {
        doc: doc.to_string(),
        false_positive,
        group: "claim",
        level: "claim_full",
        start: c.start,
        end: c.end,
        text: c.text.clone(),
        detail: format!(
            "{} {} {} {} {} ({})",
            c.entity,
            c.metric,
            c.value,
            c.unit,
            c.period.as_deref().unwrap_or("no period"),
            c.link
        ),
    };
    let missed = gold
        .iter()
        .zip(&m.gold_to_pred)
        .filter(|(_, p)| p.is_none())
        .map(|(g, _)| item(g, false));
    let spurious = pred
        .iter()
        .zip(&m.pred_to_gold)
        .filter(|(_, g)| g.is_none())
        .map(|(p, _)| item(p, true));
    missed.chain(spurious).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str =
        "Alibaba Cloud earned $1.54 billion, up 62 percent; Tencent grew 62 percent.";

    fn span(text: &str) -> (usize, usize) {
        let b = TEXT.find(text).expect("in TEXT");
        let start = TEXT[..b].chars().count();
        (start, start + text.chars().count())
    }

    fn money(text: &str, value: f64, currency: &str) -> MentionRecord {
        let (start, end) = span(text);
        MentionRecord {
            kind: MentionType::Money,
            start,
            end,
            text: text.into(),
            entity: None,
            parent: None,
            value: Some(value),
            currency: Some(currency.into()),
            currency_inferred: false,
        }
    }

    fn company(text: &str, entity: &str) -> MentionRecord {
        MentionRecord {
            kind: MentionType::Company,
            entity: Some(entity.into()),
            value: None,
            currency: None,
            ..money(text, 0.0, "")
        }
    }

    fn percent(text: &str, value: f64) -> MentionRecord {
        MentionRecord {
            kind: MentionType::Percent,
            currency: None,
            ..money(text, value, "")
        }
    }

    fn doc(mentions: Vec<MentionRecord>, claims: Vec<ClaimRecord>) -> DocumentRecord {
        DocumentRecord {
            id: "d".into(),
            lang: Some("en".into()),
            mentions,
            claims,
            ..DocumentRecord::default()
        }
    }

    fn gold_mentions() -> Vec<MentionRecord> {
        vec![
            company("Alibaba Cloud", "alibaba-cloud"),
            money("$1.54 billion", 1.54e9, "USD"),
            percent("62 percent", 62.0),
        ]
    }

    fn level(s: &Scores, name: &str) -> (usize, usize, usize) {
        let c = s.get(name).unwrap();
        (c.tp, c.fp, c.fn_)
    }

    fn score(gold: &DocumentRecord, pred: &DocumentRecord) -> Scores {
        score_document(gold, Some(pred), GoldScope::Full).0
    }

    #[test]
    fn perfect_prediction() {
        let gold = doc(gold_mentions(), vec![]);
        let s = score(&gold, &gold.clone());
        for name in ["strict", "lenient", "value"] {
            assert_eq!(level(&s, name), (3, 0, 0), "{name}");
            assert_eq!(s.get(name).unwrap().f1(), Some(1.0));
        }
        assert_eq!(
            s.lang,
            Accuracy {
                correct: 1,
                total: 1
            }
        );
    }

    #[test]
    fn empty_prediction() {
        let gold = doc(gold_mentions(), vec![]);
        let (s, errors) = score_document(&gold, None, GoldScope::Full);
        assert_eq!(level(&s, "strict"), (0, 0, 3));
        assert_eq!(s.get("strict").unwrap().precision(), None);
        assert_eq!(s.get("strict").unwrap().recall(), Some(0.0));
        assert_eq!(s.get("strict").unwrap().f1(), Some(0.0));
        assert_eq!(
            s.lang,
            Accuracy {
                correct: 0,
                total: 1
            }
        );
        assert_eq!(errors.len(), 3);
        assert!(errors.iter().all(|e| !e.false_positive));
    }

    #[test]
    fn off_by_one_span_misses_strict_but_hits_lenient_and_value() {
        let gold = doc(vec![money("$1.54 billion", 1.54e9, "USD")], vec![]);
        let mut p = money("$1.54 billion", 1.54e9, "USD");
        p.start += 1; // "1.54 billion"
        let s = score(&gold, &doc(vec![p], vec![]));
        assert_eq!(level(&s, "money.strict"), (0, 1, 1));
        assert_eq!(level(&s, "money.lenient"), (1, 0, 0));
        assert_eq!(level(&s, "money.value"), (1, 0, 0));
    }

    #[test]
    fn wrong_currency_misses_value() {
        let gold = doc(vec![money("$1.54 billion", 1.54e9, "USD")], vec![]);
        let pred = doc(vec![money("$1.54 billion", 1.54e9, "HKD")], vec![]);
        let s = score(&gold, &pred);
        assert_eq!(level(&s, "money.strict"), (1, 0, 0));
        assert_eq!(level(&s, "money.value"), (0, 1, 1));
    }

    #[test]
    fn money_value_within_half_a_percent() {
        let gold = doc(vec![money("$1.54 billion", 1.54e9, "USD")], vec![]);
        for (value, hit) in [
            (1.5477e9, true),
            (1.5323e9, true),
            (1.548e9, false),
            (1.53e9, false),
        ] {
            let pred = doc(vec![money("$1.54 billion", value, "USD")], vec![]);
            let expected = if hit { (1, 0, 0) } else { (0, 1, 1) };
            assert_eq!(level(&score(&gold, &pred), "value"), expected, "{value}");
        }
        // Percent values must be the same; company entities too.
        let gold = doc(
            vec![percent("62 percent", 62.0), company("Tencent", "tencent")],
            vec![],
        );
        let pred = doc(
            vec![
                percent("62 percent", 62.2),
                company("Tencent", "tencent-music"),
            ],
            vec![],
        );
        let s = score(&gold, &pred);
        assert_eq!(level(&s, "percent.value"), (0, 1, 1));
        assert_eq!(level(&s, "company.value"), (0, 1, 1));
        assert_eq!(level(&s, "lenient"), (2, 0, 0));
    }

    #[test]
    fn duplicate_predictions_are_one_hit_and_one_false_positive() {
        let gold = doc(vec![money("$1.54 billion", 1.54e9, "USD")], vec![]);
        let m = money("$1.54 billion", 1.54e9, "USD");
        let s = score(&gold, &doc(vec![m.clone(), m], vec![]));
        for name in ["strict", "lenient", "value"] {
            assert_eq!(level(&s, name), (1, 1, 0), "{name}");
        }
    }

    #[test]
    fn gold_overlapped_by_two_predictions_goes_to_the_larger_overlap() {
        let gold = doc(vec![money("$1.54 billion", 1.54e9, "USD")], vec![]);
        let mut small = money("$1.54 billion", 1.54e9, "USD");
        small.end = small.start + 2; // "$1"
        let mut large = money("$1.54 billion", 1.54e9, "USD");
        large.start += 1; // "1.54 billion"
        let pred = doc(vec![small, large], vec![]);
        let g: Vec<&MentionRecord> = gold.mentions.iter().collect();
        let p: Vec<&MentionRecord> = pred.mentions.iter().collect();
        let m = match_mentions(&g, &p, MentionLevel::Lenient);
        assert_eq!(m.pairs, vec![(0, 1)]);
        assert_eq!(level(&score(&gold, &pred), "lenient"), (1, 1, 0));
    }

    fn claim(entity: &str, value_text: &str, metric: &str, link: &str) -> ClaimRecord {
        let (start, end) = span(value_text);
        ClaimRecord {
            doc_id: None,
            company: entity.into(),
            entity: entity.into(),
            company_start: 0,
            company_end: 1,
            metric: metric.into(),
            value: 62.0,
            unit: "%".into(),
            text: value_text.into(),
            start,
            end,
            equivalents: vec![],
            period: None,
            link: link.into(),
            sentence: None,
        }
    }

    #[test]
    fn equal_values_for_different_companies_are_told_apart_by_entity() {
        // Both companies grew by the same "62 percent" value span.
        let gold = doc(
            vec![],
            vec![
                claim("alibaba-cloud", "62 percent", "revenue_growth", "sentence"),
                claim("tencent", "62 percent", "revenue_growth", "sentence"),
            ],
        );
        let s = score(&gold, &gold.clone());
        assert_eq!(level(&s, "claim_full"), (2, 0, 0));
        let pred = doc(
            vec![],
            vec![
                claim("tencent", "62 percent", "revenue_growth", "sentence"),
                claim("tencent", "62 percent", "revenue_growth", "sentence"),
            ],
        );
        let s = score(&gold, &pred);
        assert_eq!(level(&s, "claim_link"), (1, 1, 1));
        let pred = doc(
            vec![],
            vec![claim("alibaba-cloud", "62 percent", "profit", "sentence")],
        );
        let s = score(&gold, &pred);
        assert_eq!(level(&s, "claim_link"), (1, 0, 1));
        assert_eq!(level(&s, "claim_full"), (0, 1, 2));
        assert_eq!(s.per_metric["revenue_growth"].full, Counts::new(0, 0, 2));
        assert_eq!(s.per_metric["profit"].full, Counts::new(0, 1, 0));
    }

    #[test]
    fn sentence_scores_leave_out_predictions_matching_coref_gold() {
        let gold = doc(
            vec![],
            vec![
                claim("alibaba-cloud", "$1.54 billion", "revenue", "sentence"),
                claim("alibaba-cloud", "62 percent", "revenue_growth", "coref"),
            ],
        );
        let pred = doc(
            vec![],
            vec![
                claim("alibaba-cloud", "62 percent", "revenue_growth", "sentence"),
                claim("tencent", "$1.54 billion", "revenue", "sentence"),
            ],
        );
        let s = score(&gold, &pred);
        assert_eq!(level(&s, "claim_link"), (1, 1, 1));
        // The prediction matching the coref claim is neither TP nor FP.
        assert_eq!(level(&s, "claim_link.sentence"), (0, 1, 1));
        assert_eq!(level(&s, "claim_full.sentence"), (0, 1, 1));
    }

    #[test]
    fn period_and_equivalents_shares_of_link_matches() {
        let mut g = claim("alibaba-cloud", "$1.54 billion", "revenue", "sentence");
        g.period = Some("2019-Q4".into());
        g.equivalents = vec![EquivalentRecord {
            value: 10.7e9,
            unit: "CNY".into(),
            text: "x".into(),
            start: 0,
            end: 1,
        }];
        let mut p = g.clone();
        p.metric = "profit".into();
        p.equivalents[0].value = 10.71e9;
        let s = score(&doc(vec![], vec![g.clone()]), &doc(vec![], vec![p.clone()]));
        assert_eq!(
            s.shares,
            Shares {
                matched: 1,
                same_period: 1,
                same_equivalents: 1
            }
        );
        p.period = None;
        p.equivalents[0].unit = "USD".into();
        let s = score(&doc(vec![], vec![g]), &doc(vec![], vec![p]));
        assert_eq!((s.shares.same_period, s.shares.same_equivalents), (0, 0));
    }
}
