//! Runs the amount finder over the peer test cases (Recognizers-Text and
//! Duckling, converted in `shared/peer/cases.jsonl`) and scores them the way
//! `shared/peer/README.md` ("Scoring a case") says: each case's `lang` is
//! the declared language; a case passes when the mentions of its `scope`
//! kind equal the expected ones as a multiset of (value, currency), values
//! within 0.5 %. Out-of-scope cases are listed with the reason.
//!
//! usage: cargo run --release --example peer_bench -- [PATH]
//! (default `../shared/peer/cases.jsonl`; absent file: a message, exit 0)

use std::collections::BTreeMap;
use std::path::PathBuf;

use claimex::amounts::AmountFinder;
use claimex::language::Lang;
use serde_json::Value;

/// One expected or found value: (value, currency or `None` for percent or
/// an uncompared currency).
type Item = (f64, Option<String>);

fn out_of_scope(case: &Value) -> Option<String> {
    if case["peer_model"] == "PercentModelPercentMode" {
        return Some("PercentMode (fractions read as percentages)".into());
    }
    for m in case["expected"].as_array().into_iter().flatten() {
        if m["span_only"] == true {
            return Some("span_only (no value to compare)".into());
        }
        if m["subunit"] == true {
            return Some("sub-unit without main currency".into());
        }
        match m["kind"].as_str() {
            Some("percent") => {
                if m["value"].is_null() {
                    return Some("percent without value".into());
                }
            }
            _ => {
                let cur = m["currency"].as_str().unwrap_or("null");
                if !matches!(cur, "USD" | "EUR" | "CNY") {
                    return Some(format!("currency {cur}"));
                }
                if m["kind"] == "money" && m["value"].is_null() {
                    return Some("money without value".into());
                }
            }
        }
        let text = m["text"].as_str().unwrap_or("");
        if !text.bytes().any(|b| b.is_ascii_digit()) {
            return Some("spelled-out number (not supported)".into());
        }
    }
    None
}

fn expected(case: &Value) -> Vec<Item> {
    let mut out = Vec::new();
    for m in case["expected"].as_array().into_iter().flatten() {
        let cur = m["currency"].as_str().map(str::to_string);
        match m["kind"].as_str() {
            Some("percent") => out.extend(m["value"].as_f64().map(|v| (v, None))),
            Some("money_range") => {
                for end in ["min", "max"] {
                    out.extend(m[end].as_f64().map(|v| (v, cur.clone())));
                }
            }
            _ => out.extend(m["value"].as_f64().map(|v| (v, cur.clone()))),
        }
    }
    out
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.005 * b.abs().max(1e-12)
}

/// Multiset equality, values within 0.5 %, a `None` expected currency
/// matching any.
fn same(want: &[Item], got: &[Item]) -> bool {
    if want.len() != got.len() {
        return false;
    }
    let mut used = vec![false; got.len()];
    want.iter().all(|(v, c)| {
        let hit = got
            .iter()
            .enumerate()
            .position(|(i, (gv, gc))| !used[i] && close(*gv, *v) && (c.is_none() || c == gc));
        hit.map(|i| used[i] = true).is_some()
    })
}

fn kind(case: &Value) -> String {
    let scope = case["scope"].as_str().unwrap_or("?");
    if case["negative"] == true {
        return format!("negative ({scope})");
    }
    let ranged = case["expected"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|m| m["kind"] == "money_range");
    if ranged {
        "money_range".into()
    } else {
        scope.into()
    }
}

fn show(items: &[Item]) -> String {
    let parts: Vec<String> = items
        .iter()
        .map(|(v, c)| {
            format!("{v} {}", c.as_deref().unwrap_or(""))
                .trim()
                .to_string()
        })
        .collect();
    format!("[{}]", parts.join(", "))
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/peer/cases.jsonl"));
    let Ok(data) = std::fs::read_to_string(&path) else {
        println!("peer-bench: {} not found, skipping", path.display());
        return;
    };
    let finder = AmountFinder::new();
    // (source, lang, kind) → (cases, passed)
    let mut table: BTreeMap<(String, String, String), (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut skipped = Vec::new();
    for (n, line) in data.lines().enumerate() {
        let Ok(case) = serde_json::from_str::<Value>(line) else {
            eprintln!("{}:{}: not JSON", path.display(), n + 1);
            continue;
        };
        let text = case["text"].as_str().unwrap_or("");
        let id = case["id"].as_str().unwrap_or("?").to_string();
        if let Some(reason) = out_of_scope(&case) {
            skipped.push(format!("{id}\t{reason}\t{text}"));
            continue;
        }
        let lang = Lang::from_code(case["lang"].as_str());
        let found = finder.find(text, lang);
        let got: Vec<Item> = if case["scope"] == "percent" {
            found
                .percents
                .iter()
                .map(|p| (p.value.to_f64(), None))
                .collect()
        } else {
            found
                .money
                .iter()
                .map(|m| (m.value.to_f64(), Some(m.currency.to_string())))
                .collect()
        };
        let want = expected(&case);
        let key = (
            case["source"].as_str().unwrap_or("?").to_string(),
            case["lang"].as_str().unwrap_or("?").to_string(),
            kind(&case),
        );
        let entry = table.entry(key).or_default();
        entry.0 += 1;
        if same(&want, &got) {
            entry.1 += 1;
        } else {
            failures.push(format!(
                "{id}\t{text}\n    expected {}\n    got      {}",
                show(&want),
                show(&got)
            ));
        }
    }
    println!(
        "{:<18}{:<5}{:<20}{:>6}{:>8}{:>8}",
        "source", "lang", "kind", "cases", "passed", "rate"
    );
    let (mut all, mut ok) = (0, 0);
    for ((source, lang, kind), (cases, passed)) in &table {
        all += cases;
        ok += passed;
        let rate = 100.0 * *passed as f64 / (*cases).max(1) as f64;
        println!("{source:<18}{lang:<5}{kind:<20}{cases:>6}{passed:>8}{rate:>7.1}%");
    }
    println!(
        "in scope: {all} cases, {ok} passed ({:.1}%); out of scope: {}",
        100.0 * ok as f64 / all.max(1) as f64,
        skipped.len()
    );
    println!("\n== failures ({})", failures.len());
    for f in &failures {
        println!("{f}");
    }
    println!("\n== out of scope ({})", skipped.len());
    for s in &skipped {
        println!("{s}");
    }
}
