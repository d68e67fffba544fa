//! `claimex eval` and `claimex check-gold` run as a binary on hand-made
//! gold, articles and predictions with known errors, in a temp dir.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::{json, Value};

const A: &str = "Alibaba Cloud earned $1.54 billion in 2019, up 62 percent.";
const B: &str = "Tencent grew 10 percent.";
const C: &str = "KPN made €2 billion.";

/// The code-point span of `needle` in `text`.
fn cp(text: &str, needle: &str) -> (usize, usize) {
    let byte = text.find(needle).expect("needle in text");
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

fn mention(text: &str, kind: &str, needle: &str, extra: Value) -> Value {
    let (start, end) = cp(text, needle);
    let mut m = json!({"type": kind, "start": start, "end": end, "text": needle});
    m.as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    m
}

#[allow(clippy::too_many_arguments)]
fn claim(
    text: &str,
    company: &str,
    entity: &str,
    metric: &str,
    value_text: &str,
    value: f64,
    unit: &str,
    period: Option<&str>,
    link: &str,
) -> Value {
    let (cs, ce) = cp(text, company);
    let (start, end) = cp(text, value_text);
    json!({"company": company, "entity": entity, "company_start": cs, "company_end": ce,
           "metric": metric, "value": value, "unit": unit, "text": value_text,
           "start": start, "end": end, "equivalents": [], "period": period, "link": link})
}

fn write(path: &Path, content: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, content).unwrap();
}

/// corpus/{a,b,c}.txt, gold/{a,b,c}.json (c drifted), pred.jsonl.
fn fixture(dir: &Path) {
    write(&dir.join("corpus/a.txt"), A);
    write(&dir.join("corpus/b.txt"), B);
    write(&dir.join("corpus/c.txt"), C);
    let gold_a = json!({"id": "a", "date": null, "lang": "en", "translated_from": null,
    "mentions": [
        mention(A, "company", "Alibaba Cloud", json!({"entity": "alibaba-cloud"})),
        mention(A, "money", "$1.54 billion", json!({"value": 1.54e9, "currency": "USD"})),
        mention(A, "percent", "62 percent", json!({"value": 62})),
    ],
    "claims": [
        claim(A, "Alibaba Cloud", "alibaba-cloud", "revenue", "$1.54 billion", 1.54e9, "USD", Some("2019"), "sentence"),
        claim(A, "Alibaba Cloud", "alibaba-cloud", "revenue_growth", "62 percent", 62.0, "%", None, "coref"),
    ]});
    let gold_b = json!({"id": "b", "date": null, "lang": "en", "translated_from": "fr",
    "mentions": [
        mention(B, "company", "Tencent", json!({"entity": "tencent"})),
        mention(B, "percent", "10 percent", json!({"value": 10})),
    ],
    "claims": [
        claim(B, "Tencent", "tencent", "revenue_growth", "10 percent", 10.0, "%", None, "sentence"),
    ]});
    // c: the company span is one code point short.
    let gold_c = json!({"id": "c", "date": null, "lang": "en", "translated_from": null,
        "mentions": [{"type": "company", "start": 0, "end": 2, "text": "KPN", "entity": "kpn"}],
        "claims": []});
    write(&dir.join("gold/a.json"), &gold_a.to_string());
    write(&dir.join("gold/b.json"), &gold_b.to_string());
    write(&dir.join("gold/c.json"), &gold_c.to_string());

    let pred_a = json!({"id": "a", "lang": "en", "translated_from": null,
    "mentions": [
        mention(A, "company", "Alibaba Cloud", json!({"entity": "alibaba-cloud"})),
        // right span, wrong currency: strict and lenient hit, value miss
        mention(A, "money", "$1.54 billion", json!({"value": 1.54e9, "currency": "HKD"})),
        // short span: strict miss, lenient and value hit
        mention(A, "percent", "62", json!({"value": 62})),
    ],
    "claims": [
        claim(A, "Alibaba Cloud", "alibaba-cloud", "revenue", "$1.54 billion", 1.54e9, "USD", Some("2019"), "sentence"),
        // matches the coref gold claim at the link level, wrong metric
        claim(A, "Alibaba Cloud", "alibaba-cloud", "profit", "62 percent", 62.0, "%", None, "sentence"),
    ]});
    let pred_b = json!({"id": "b", "lang": "en", "translated_from": null,
        "mentions": [
            mention(B, "company", "grew", json!({"entity": "grew"})),
            mention(B, "percent", "10 percent", json!({"value": 10})),
        ],
        "claims": []});
    let pred_z = json!({"id": "z", "lang": "en", "translated_from": null,
        "mentions": [{"type": "percent", "start": 0, "end": 2, "text": "5%", "value": 5}],
        "claims": []});
    write(
        &dir.join("pred.jsonl"),
        &format!("{pred_a}\n{pred_b}\n{pred_z}\n"),
    );
}

fn claimex(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimex"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("claimex runs")
}

fn eval_json(dir: &Path, extra: &[&str]) -> (Value, Output) {
    let mut args = vec!["eval", "--gold", "gold", "--pred", "pred.jsonl", "--json"];
    args.extend_from_slice(extra);
    args.push("corpus");
    let out = claimex(dir, &args);
    let value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (value, out)
}

#[test]
fn every_figure_of_the_json_report() {
    let dir = tempfile::tempdir().unwrap();
    fixture(dir.path());
    let (v, out) = eval_json(dir.path(), &["--errors"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    // c.json is reported with file and field, and skipped: exit 3.
    assert!(
        stderr.contains(
            r#"c.json: mentions[0]: text "KPN" does not match article text "KP" at 0..2"#
        ),
        "{stderr}"
    );
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(v["documents"], 2);

    let expected = [
        ("strict", 3, 2, 2),
        ("lenient", 4, 1, 1),
        ("value", 3, 2, 2),
        ("company.strict", 1, 1, 1),
        ("company.lenient", 1, 1, 1),
        ("company.value", 1, 1, 1),
        ("money.strict", 1, 0, 0),
        ("money.lenient", 1, 0, 0),
        ("money.value", 0, 1, 1),
        ("percent.strict", 1, 1, 1),
        ("percent.lenient", 2, 0, 0),
        ("percent.value", 2, 0, 0),
        ("claim_link", 2, 0, 1),
        ("claim_link.sentence", 1, 0, 1),
        ("claim_full", 1, 1, 2),
        ("claim_full.sentence", 1, 1, 1),
    ];
    let levels = v["levels"].as_object().unwrap();
    assert_eq!(levels.len(), expected.len());
    for (name, tp, fp, fn_) in expected {
        let l = &levels[name];
        assert_eq!(
            (l["tp"].as_u64(), l["fp"].as_u64(), l["fn"].as_u64()),
            (Some(tp), Some(fp), Some(fn_)),
            "{name}"
        );
        let p = tp as f64 / (tp + fp) as f64;
        let r = tp as f64 / (tp + fn_) as f64;
        let f = 2.0 * tp as f64 / (2 * tp + fp + fn_) as f64;
        for (key, want) in [("precision", p), ("recall", r), ("f1", f)] {
            let got = l[key].as_f64().unwrap();
            assert!((got - want).abs() < 1e-9, "{name} {key}: {got} != {want}");
        }
    }
    assert_eq!(
        v["accuracy"],
        json!({"lang": {"correct": 2, "total": 2, "accuracy": 1.0},
               "translated_from": {"correct": 1, "total": 2, "accuracy": 0.5}})
    );
    assert_eq!(
        v["claim_link_matched"],
        json!({"matched": 2, "same_period": 2, "period_share": 1.0,
               "same_equivalents": 2, "equivalents_share": 1.0})
    );
    let metric = |m: &str, level: &str| {
        let c = &v["claims_per_metric"][m][level];
        (c["tp"].as_u64(), c["fp"].as_u64(), c["fn"].as_u64())
    };
    assert_eq!(metric("revenue", "claim_full"), (Some(1), Some(0), Some(0)));
    assert_eq!(
        metric("revenue_growth", "claim_link"),
        (Some(1), Some(0), Some(1))
    );
    assert_eq!(
        metric("revenue_growth", "claim_full"),
        (Some(0), Some(0), Some(2))
    );
    assert_eq!(metric("profit", "claim_full"), (Some(0), Some(1), Some(0)));
    assert_eq!(
        v["not_scored"],
        json!({"documents": 1, "mentions": 1, "claims": 0})
    );
    assert_eq!(v["missing_predictions"], json!([]));
    assert_eq!(
        v["per_language"]["en"]["levels"]["strict"],
        v["levels"]["strict"]
    );
    assert_eq!(v["skipped"].as_array().unwrap().len(), 1);

    // --errors: every FP and FN with its context.
    let errors = v["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 2 + 2 + 3); // value level (4) + claim_full (3)
    let money_fn = errors
        .iter()
        .find(|e| e["type"] == "money" && e["kind"] == "fn")
        .unwrap();
    assert_eq!(
        money_fn["context"],
        "Alibaba Cloud earned [[$1.54 billion]] in 2019, up 62 percent."
    );
    assert_eq!(money_fn["detail"], "1540000000 USD");
}

#[test]
fn min_f1_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    fixture(dir.path());
    let (_, out) = eval_json(dir.path(), &["--allow-skipped"]);
    assert_eq!(out.status.code(), Some(0));
    // value F1 is 0.6
    let run = |thresholds: &[&str]| {
        let mut args = vec!["eval", "--gold", "gold", "--pred", "pred.jsonl", "corpus"];
        args.push("--allow-skipped");
        args.push("--min-f1");
        args.extend_from_slice(thresholds);
        claimex(dir.path(), &args)
    };
    let out = run(&["value=0.6", "lang=1.0"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = run(&[
        "value=0.7",
        "translated_from=0.5",
        "claim_full.sentence=0.9",
    ]);
    assert_eq!(out.status.code(), Some(4));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("value F1 0.6000 is below the threshold 0.7"),
        "{stderr}"
    );
    assert!(
        stderr.contains("claim_full.sentence F1 0.5000 is below"),
        "{stderr}"
    );
    assert!(!stderr.contains("translated_from"), "{stderr}");
    let out = run(&["money.loose=0.5"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown level \"money.loose\""));
}

#[test]
fn check_gold_reports_the_broken_file() {
    let dir = tempfile::tempdir().unwrap();
    fixture(dir.path());
    write(&dir.path().join("gold/d.json"), "{\"id\": \"d\",");
    let out = claimex(dir.path(), &["check-gold", "--gold", "gold", "corpus"]);
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("c.json: mentions[0]: text \"KPN\""),
        "{stderr}"
    );
    assert!(stderr.contains("d.json: broken JSON"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("2 good files, 2 skipped"));
}

#[test]
fn label_studio_import_converts_utf16_offsets_after_an_emoji() {
    let dir = tempfile::tempdir().unwrap();
    let text = "😀 Alibaba earned $5 billion, 3% more.";
    // Label Studio counts UTF-16 units: the emoji is two.
    let export = json!([{"id": 7, "data": {"id": "ls1", "text": text},
    "annotations": [{"result": [
        {"value": {"start": 3, "end": 10, "text": "Alibaba", "labels": ["ORG"]}},
        {"value": {"start": 18, "end": 28, "text": "$5 billion", "labels": ["Money"]}},
        {"value": {"start": 30, "end": 32, "text": "3%", "labels": ["PERCENT"]}},
        {"value": {"start": 0, "end": 2, "text": "xx", "labels": ["ORG"]}},
        {"value": {"start": 11, "end": 17, "text": "earned", "labels": ["VERB"]}}
    ]}]}]);
    write(&dir.path().join("ls.json"), &export.to_string());
    let pred = json!({"id": "ls1", "lang": "en", "mentions": [
        mention(text, "company", "Alibaba", json!({"entity": "alibaba-group"})),
        mention(text, "money", "$5 billion", json!({"value": 5e9, "currency": "USD"})),
        mention(text, "percent", "3", json!({"value": 3})),
    ], "claims": []});
    write(&dir.path().join("pred.jsonl"), &format!("{pred}\n"));
    let out = claimex(
        dir.path(),
        &[
            "eval",
            "--gold-format",
            "labelstudio",
            "--gold",
            "ls.json",
            "--pred",
            "pred.jsonl",
            "--json",
        ],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains("\"xx\" at 0..2 agrees with the text neither"),
        "{stderr}"
    );
    assert!(
        stderr.contains("label \"VERB\" is not in the label map"),
        "{stderr}"
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["gold"], "imported");
    assert!(v["levels_not_scored"]
        .as_array()
        .unwrap()
        .contains(&json!("value")));
    assert!(v["levels"].get("value").is_none());
    let l = &v["levels"];
    assert_eq!(
        (
            l["strict"]["tp"].as_u64(),
            l["strict"]["fp"].as_u64(),
            l["strict"]["fn"].as_u64()
        ),
        (Some(2), Some(1), Some(1))
    );
    assert_eq!(
        (l["lenient"]["tp"].as_u64(), l["lenient"]["fn"].as_u64()),
        (Some(3), Some(0))
    );

    let table = claimex(
        dir.path(),
        &[
            "eval",
            "--gold-format",
            "labelstudio",
            "--gold",
            "ls.json",
            "--pred",
            "pred.jsonl",
            "--allow-skipped",
        ],
    );
    assert_eq!(table.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&table.stdout).contains("the value level was not scored"));
}

#[test]
fn doccano_import_with_utf16_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let text = "😀 Alibaba earned $5 billion.";
    let line = json!({"id": 1, "text": text, "label": [[3, 10, "ORG"], [18, 28, "MONEY"]]});
    write(&dir.path().join("d.jsonl"), &format!("{line}\n"));
    let pred = json!({"id": "1", "lang": "en", "mentions": [
        mention(text, "company", "Alibaba", json!({"entity": "alibaba-group"})),
        mention(text, "money", "$5 billion", json!({"value": 5e9, "currency": "USD"})),
    ], "claims": []});
    write(&dir.path().join("pred.jsonl"), &format!("{pred}\n"));
    let args = [
        "eval",
        "--gold-format",
        "doccano",
        "--gold",
        "d.jsonl",
        "--pred",
        "pred.jsonl",
        "--json",
    ];
    let strict_tp = |extra: &[&str]| {
        let mut a = args.to_vec();
        a.extend_from_slice(extra);
        let out = claimex(dir.path(), &a);
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["levels"]["strict"]["tp"].as_u64()
    };
    assert_eq!(strict_tp(&["--offsets", "utf16"]), Some(2));
    assert_eq!(strict_tp(&[]), Some(0));
}
