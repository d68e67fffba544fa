//! Showing a [`Report`]: the table for people, the JSON for machines, the
//! list of errors with their context, and the `--min-f1` gate.

use std::fmt::Write as _;

use serde_json::{json, Map, Value};

use crate::eval::gold::Texts;
use crate::eval::score::{Accuracy, Counts, ErrorItem, GoldScope, Scores};
use crate::eval::score::{ACCURACY_LEVELS, F1_LEVELS};
use crate::eval::Report;
use crate::span::slice_chars;

/// What to show besides the totals.
#[derive(Clone, Copy, Debug, Default)]
pub struct Show {
    pub per_doc: bool,
    pub errors: bool,
}

/// A `--min-f1 LEVEL=VALUE` threshold.
#[derive(Clone, Debug, PartialEq)]
pub struct Threshold {
    pub level: String,
    pub min: f64,
}

/// Parses `LEVEL=VALUE`; the level must be one of SPEC section 5's names
/// and the value in [0, 1].
pub fn parse_threshold(s: &str) -> Result<Threshold, String> {
    let (level, min) = s
        .split_once('=')
        .ok_or_else(|| format!("expected LEVEL=VALUE (e.g. value=0.8), not {s:?}"))?;
    let level = level.trim();
    if !F1_LEVELS.contains(&level) && !ACCURACY_LEVELS.contains(&level) {
        return Err(format!(
            "unknown level {level:?}; levels: {}, {}",
            F1_LEVELS.join(", "),
            ACCURACY_LEVELS.join(", ")
        ));
    }
    let min: f64 = min
        .trim()
        .parse()
        .map_err(|_| format!("not a number: {min:?}"))?;
    if !(0.0..=1.0).contains(&min) {
        return Err(format!("a threshold is between 0 and 1, not {min}"));
    }
    Ok(Threshold {
        level: level.to_string(),
        min,
    })
}

/// The figure a threshold is compared with: F1, or the accuracy.
pub fn figure(scores: &Scores, level: &str) -> Option<f64> {
    match scores.get(level) {
        Some(counts) => counts.f1(),
        None => scores.accuracy(level).and_then(|a| a.value()),
    }
}

/// Checks thresholds. `Err` names a level the gold cannot score (a usage
/// error); `Ok` lists one message per figure below its threshold.
pub fn check_thresholds(report: &Report, thresholds: &[Threshold]) -> Result<Vec<String>, String> {
    let mut failed = Vec::new();
    for t in thresholds {
        if !report.scope.scores(&t.level) {
            return Err(format!(
                "--min-f1 {}: imported gold has no values, claims or languages; only the strict and lenient levels are scored",
                t.level
            ));
        }
        let kind = if ACCURACY_LEVELS.contains(&t.level.as_str()) {
            "accuracy"
        } else {
            "F1"
        };
        match figure(&report.total, &t.level) {
            Some(v) if v + 1e-12 >= t.min => {}
            Some(v) => failed.push(format!(
                "{} {kind} {v:.4} is below the threshold {}",
                t.level, t.min
            )),
            None => failed.push(format!(
                "{} {kind} is undefined (no gold and no predictions at this level), threshold {}",
                t.level, t.min
            )),
        }
    }
    Ok(failed)
}

fn opt(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_string(), |v| format!("{v:.3}"))
}

fn scored_levels(scope: GoldScope) -> impl Iterator<Item = (usize, &'static str)> {
    F1_LEVELS
        .iter()
        .copied()
        .enumerate()
        .filter(move |(_, l)| scope.scores(l))
}

/// The readable table.
pub fn table(report: &Report, texts: &Texts, show: Show) -> String {
    let mut out = String::new();
    let total = &report.total;
    let langs: Vec<String> = report
        .per_language
        .iter()
        .map(|(l, s)| format!("{l} {}", s.documents))
        .collect();
    let _ = writeln!(
        out,
        "{} gold documents scored ({}); {} without prediction; {} predicted documents without gold not scored ({} mentions, {} claims)",
        total.documents,
        langs.join(", "),
        report.missing_predictions.len(),
        report.not_scored.documents,
        report.not_scored.mentions,
        report.not_scored.claims,
    );
    if report.scope == GoldScope::SpansOnly {
        let _ = writeln!(
            out,
            "imported gold: the value level was not scored (nor claims and language)"
        );
    }
    let _ = writeln!(
        out,
        "\n{:<22} {:>6} {:>6} {:>6} {:>9} {:>7} {:>7}",
        "level", "TP", "FP", "FN", "precision", "recall", "F1"
    );
    for (i, name) in scored_levels(report.scope) {
        let c = total.levels[i];
        let indent = if name.contains('.') && !name.starts_with("claim") {
            "  "
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "{:<22} {:>6} {:>6} {:>6} {:>9} {:>7} {:>7}",
            format!("{indent}{name}"),
            c.tp,
            c.fp,
            c.fn_,
            opt(c.precision()),
            opt(c.recall()),
            opt(c.f1())
        );
    }
    if report.scope == GoldScope::Full {
        let _ = writeln!(
            out,
            "\n{:<22} {:>7} {:>6} {:>9}",
            "accuracy", "correct", "of", "accuracy"
        );
        for name in ACCURACY_LEVELS {
            let a = total.accuracy(name).unwrap_or_default();
            let _ = writeln!(
                out,
                "{:<22} {:>7} {:>6} {:>9}",
                name,
                a.correct,
                a.total,
                opt(a.value())
            );
        }
        let s = total.shares;
        let share = |n: usize| opt((s.matched > 0).then(|| n as f64 / s.matched as f64));
        let _ = writeln!(
            out,
            "\nclaims matched at claim_link: {}; same period {} ({}); same equivalents {} ({})",
            s.matched,
            s.same_period,
            share(s.same_period),
            s.same_equivalents,
            share(s.same_equivalents)
        );
        if !total.per_metric.is_empty() {
            let _ = writeln!(
                out,
                "\n{:<16} {:>7} {:>5} {:>5} {:>7}   {:>7} {:>5} {:>5} {:>7}",
                "claims by metric", "link TP", "FP", "FN", "F1", "full TP", "FP", "FN", "F1"
            );
            for (metric, m) in &total.per_metric {
                let _ = writeln!(
                    out,
                    "{:<16} {:>7} {:>5} {:>5} {:>7}   {:>7} {:>5} {:>5} {:>7}",
                    metric,
                    m.link.tp,
                    m.link.fp,
                    m.link.fn_,
                    opt(m.link.f1()),
                    m.full.tp,
                    m.full.fp,
                    m.full.fn_,
                    opt(m.full.f1())
                );
            }
        }
    }
    let _ = writeln!(out, "\nper language");
    out.push_str(&summary_rows(
        report.scope,
        report.per_language.iter().map(|(l, s)| (l.as_str(), s)),
    ));
    if show.per_doc {
        let _ = writeln!(out, "\nper document");
        out.push_str(&summary_rows(
            report.scope,
            report.per_doc.iter().map(|d| (d.id.as_str(), &d.scores)),
        ));
    }
    if show.errors {
        out.push_str(&errors_text(&report.errors, texts));
    }
    out
}

/// One row of F1 figures per language or document.
fn summary_rows<'a>(scope: GoldScope, rows: impl Iterator<Item = (&'a str, &'a Scores)>) -> String {
    let columns: Vec<&str> = ["strict", "lenient", "value", "claim_link", "claim_full"]
        .into_iter()
        .filter(|l| scope.scores(l))
        .collect();
    let mut out = String::new();
    let _ = write!(out, "{:<24} {:>4}", "", "docs");
    for c in &columns {
        let _ = write!(out, " {:>10}", format!("{c} F1"));
    }
    if scope == GoldScope::Full {
        let _ = write!(out, " {:>6} {:>6}", "lang", "transl");
    }
    out.push('\n');
    for (name, s) in rows {
        let _ = write!(out, "{:<24} {:>4}", name, s.documents);
        for c in &columns {
            let _ = write!(out, " {:>10}", opt(s.get(c).and_then(|c| c.f1())));
        }
        if scope == GoldScope::Full {
            let _ = write!(
                out,
                " {:>6} {:>6}",
                opt(s.lang.value()),
                opt(s.translated_from.value())
            );
        }
        out.push('\n');
    }
    out
}

const GROUPS: [&str; 4] = ["company", "money", "percent", "claim"];

/// Every error, grouped by type, each with its context.
pub fn errors_text(errors: &[ErrorItem], texts: &Texts) -> String {
    let mut out = String::new();
    for group in GROUPS {
        let items: Vec<&ErrorItem> = errors.iter().filter(|e| e.group == group).collect();
        if items.is_empty() {
            continue;
        }
        let fp = items.iter().filter(|e| e.false_positive).count();
        let _ = writeln!(
            out,
            "\nerrors: {group} (at {}): {} false negatives, {fp} false positives",
            items[0].level,
            items.len() - fp
        );
        for e in items {
            let _ = write!(
                out,
                "  {} {} {}..{} {:?} [{}]",
                if e.false_positive { "FP" } else { "FN" },
                e.doc,
                e.start,
                e.end,
                e.text,
                e.detail
            );
            if let Some(c) = texts
                .get(&e.doc)
                .and_then(|t| context(t, e.start, e.end, 40))
            {
                let _ = write!(out, "  {c}");
            }
            out.push('\n');
        }
    }
    out
}

/// `width` code points either side of `[start, end)`, the span marked
/// `[[…]]`, line breaks shown as spaces, cuts as `…`. `None` when the span
/// does not fit the text.
pub fn context(text: &str, start: usize, end: usize, width: usize) -> Option<String> {
    let span = slice_chars(text, start, end)?;
    let from = start.saturating_sub(width);
    let before = slice_chars(text, from, start)?;
    let after: String = text.chars().skip(end).take(width + 1).collect::<String>();
    let cut_after = after.chars().count() > width;
    let after: String = after.chars().take(width).collect();
    let flat = |s: &str| s.replace(['\n', '\r', '\t'], " ");
    Some(format!(
        "{}{}[[{}]]{}{}",
        if from > 0 { "…" } else { "" },
        flat(before),
        flat(span),
        flat(&after),
        if cut_after { "…" } else { "" }
    ))
}

fn counts_json(c: Counts) -> Value {
    json!({
        "tp": c.tp, "fp": c.fp, "fn": c.fn_,
        "precision": c.precision(), "recall": c.recall(), "f1": c.f1(),
    })
}

fn accuracy_json(a: Accuracy) -> Value {
    json!({"correct": a.correct, "total": a.total, "accuracy": a.value()})
}

/// The JSON of one set of scores.
pub fn scores_json(scores: &Scores, scope: GoldScope) -> Value {
    let mut levels = Map::new();
    for (i, name) in scored_levels(scope) {
        levels.insert(name.to_string(), counts_json(scores.levels[i]));
    }
    let mut out = json!({"documents": scores.documents, "levels": levels});
    if scope == GoldScope::Full {
        let mut accuracy = Map::new();
        for name in ACCURACY_LEVELS {
            accuracy.insert(
                name.to_string(),
                accuracy_json(scores.accuracy(name).unwrap_or_default()),
            );
        }
        let metrics: Map<String, Value> = scores
            .per_metric
            .iter()
            .map(|(m, c)| {
                let v =
                    json!({"claim_link": counts_json(c.link), "claim_full": counts_json(c.full)});
                (m.clone(), v)
            })
            .collect();
        let s = scores.shares;
        let share = |n: usize| (s.matched > 0).then(|| n as f64 / s.matched as f64);
        out["accuracy"] = Value::Object(accuracy);
        out["claims_per_metric"] = Value::Object(metrics);
        out["claim_link_matched"] = json!({
            "matched": s.matched,
            "same_period": s.same_period,
            "period_share": share(s.same_period),
            "same_equivalents": s.same_equivalents,
            "equivalents_share": share(s.same_equivalents),
        });
    }
    out
}

/// The whole report as JSON.
pub fn to_json(report: &Report, texts: &Texts, show: Show, skipped: &[String]) -> Value {
    let mut out = scores_json(&report.total, report.scope);
    let not_scored: Vec<&str> = F1_LEVELS
        .iter()
        .chain(&ACCURACY_LEVELS)
        .copied()
        .filter(|l| !report.scope.scores(l))
        .collect();
    out["gold"] = json!(match report.scope {
        GoldScope::Full => "records",
        GoldScope::SpansOnly => "imported",
    });
    out["levels_not_scored"] = json!(not_scored);
    out["missing_predictions"] = json!(report.missing_predictions);
    out["not_scored"] = json!({
        "documents": report.not_scored.documents,
        "mentions": report.not_scored.mentions,
        "claims": report.not_scored.claims,
    });
    out["skipped"] = json!(skipped);
    let per_language: Map<String, Value> = report
        .per_language
        .iter()
        .map(|(l, s)| (l.clone(), scores_json(s, report.scope)))
        .collect();
    out["per_language"] = Value::Object(per_language);
    if show.per_doc {
        out["per_doc"] = report
            .per_doc
            .iter()
            .map(|d| {
                let mut v = scores_json(&d.scores, report.scope);
                v["id"] = json!(d.id);
                v["lang"] = json!(d.lang);
                v
            })
            .collect();
    }
    if show.errors {
        out["errors"] = report
            .errors
            .iter()
            .map(|e| {
                json!({
                    "doc": e.doc,
                    "kind": if e.false_positive { "fp" } else { "fn" },
                    "type": e.group,
                    "level": e.level,
                    "start": e.start,
                    "end": e.end,
                    "text": e.text,
                    "detail": e.detail,
                    "context": texts.get(&e.doc).and_then(|t| context(t, e.start, e.end, 40)),
                })
            })
            .collect();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_marks_the_span_and_cuts_with_ellipses() {
        let text = "Alibaba Cloud reported revenue of $9.95 billion.\nAccording to analysts";
        let start = text.find('$').unwrap();
        let end = start + "$9.95 billion".len();
        assert_eq!(
            context(text, start, end, 11).unwrap(),
            "…revenue of [[$9.95 billion]]. According…"
        );
        assert_eq!(context("€5 m", 0, 2, 10).unwrap(), "[[€5]] m");
        assert_eq!(context("abc", 2, 9, 10), None);
    }

    #[test]
    fn thresholds_parse_and_unknown_levels_are_refused() {
        assert_eq!(
            parse_threshold("money.strict=0.5"),
            Ok(Threshold {
                level: "money.strict".into(),
                min: 0.5
            })
        );
        assert!(parse_threshold("lang=1.0").is_ok());
        assert!(parse_threshold("claim_full.sentence=0").is_ok());
        assert!(parse_threshold("money.loose=0.5").is_err());
        assert!(parse_threshold("value=2").is_err());
        assert!(parse_threshold("value").is_err());
    }
}
