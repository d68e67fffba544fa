//! Gold files: loading and validation (SPEC section 4).
//!
//! Gold is a directory of `<id>.json` records or one JSONL file of them.
//! Each record is checked before it is scored: it parses, its types,
//! metrics and links are known, the items carry what their level needs,
//! its id is an article, and every `text` equals the article at
//! `[start, end)` in code points. A record that fails any check is
//! reported (file and field) and left out; the others are scored.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use serde_json::Value;

use crate::record::DocumentRecord;
use crate::span::slice_chars;

pub const TYPES: [&str; 3] = ["company", "money", "percent"];
pub const METRICS: [&str; 6] = [
    "revenue",
    "revenue_growth",
    "market_share",
    "investment",
    "profit",
    "other",
];
pub const LINKS: [&str; 2] = ["sentence", "coref"];

/// Article texts by id.
pub type Texts = HashMap<String, String>;

/// One problem with a gold file: where (file, field) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldProblem {
    /// The file, or `file:line` for JSONL.
    pub file: String,
    /// The field (`mentions[3]`, `claims[0].equivalents[1]`), empty when
    /// the problem is with the whole file.
    pub field: String,
    pub message: String,
}

impl fmt::Display for GoldProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.field, self.message)
        }
    }
}

/// A gold record that passed validation.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldDoc {
    pub file: String,
    pub record: DocumentRecord,
    /// The article text it was checked against, when there was one.
    pub text: Option<String>,
}

/// The gold of a run: the records to score and the problems of the others.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GoldSet {
    pub docs: Vec<GoldDoc>,
    pub problems: Vec<GoldProblem>,
    /// Files (or JSONL lines, or imported spans) left out.
    pub skipped: usize,
    /// Remarks that do not skip anything (labels not in the label map…).
    pub notes: Vec<String>,
}

impl GoldSet {
    pub fn mentions(&self) -> usize {
        self.docs.iter().map(|d| d.record.mentions.len()).sum()
    }

    pub fn claims(&self) -> usize {
        self.docs.iter().map(|d| d.record.claims.len()).sum()
    }
}

/// Loads gold records from a directory of `*.json` files or a JSONL file.
///
/// `articles` are the article texts by id when articles were given: then a
/// record whose id is not among them is a problem. Without articles, each
/// record is checked against its own `text` field when it has one, and its
/// offsets are not checked when it has none.
pub fn load_gold(path: &Path, articles: Option<&Texts>) -> std::io::Result<GoldSet> {
    let mut set = GoldSet::default();
    if path.is_dir() {
        let mut files: Vec<_> = std::fs::read_dir(path)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        if files.is_empty() {
            set.notes
                .push(format!("{}: no gold files (*.json)", path.display()));
        }
        for file in files {
            let label = file.display().to_string();
            let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned());
            match std::fs::read_to_string(&file) {
                Ok(content) => set.add(&label, &content, stem.as_deref(), articles),
                Err(e) => set.problem(&label, "", format!("cannot read: {e}")),
            }
        }
    } else {
        let content = std::fs::read_to_string(path)?;
        for (i, line) in content.lines().enumerate() {
            if !line.trim().is_empty() {
                let label = format!("{}:{}", path.display(), i + 1);
                set.add(&label, line, None, articles);
            }
        }
    }
    Ok(set)
}

impl GoldSet {
    fn problem(&mut self, file: &str, field: &str, message: String) {
        self.problems.push(GoldProblem {
            file: file.to_string(),
            field: field.to_string(),
            message,
        });
        self.skipped += 1;
    }

    /// Parses and checks one record; keeps it or records why not.
    fn add(&mut self, label: &str, json: &str, stem: Option<&str>, articles: Option<&Texts>) {
        match check_record(label, json, stem, articles) {
            Ok(doc) => self.docs.push(doc),
            Err(problems) => {
                self.problems.extend(problems);
                self.skipped += 1;
            }
        }
    }
}

/// Checks one gold record (the JSON of a file or a line).
pub fn check_record(
    label: &str,
    json: &str,
    stem: Option<&str>,
    articles: Option<&Texts>,
) -> Result<GoldDoc, Vec<GoldProblem>> {
    let mut problems = Problems {
        file: label,
        list: Vec::new(),
    };
    let value: Value = match serde_json::from_str(json) {
        Ok(v) => v,
        Err(e) => {
            problems.add("", format!("broken JSON: {e}"));
            return Err(problems.list);
        }
    };
    let Some(object) = value.as_object() else {
        problems.add("", "not a JSON object".into());
        return Err(problems.list);
    };
    // Known types, metrics and links first: serde would only say "unknown
    // variant" without the field.
    let list = |key: &str| object.get(key).and_then(Value::as_array);
    for (i, m) in list("mentions").into_iter().flatten().enumerate() {
        let kind = m.get("type");
        if !kind
            .and_then(Value::as_str)
            .is_some_and(|k| TYPES.contains(&k))
        {
            problems.add(
                &format!("mentions[{i}]"),
                format!("type {} is not one of {}", show(kind), TYPES.join(", ")),
            );
        }
    }
    for (i, c) in list("claims").into_iter().flatten().enumerate() {
        for (key, allowed) in [("metric", &METRICS[..]), ("link", &LINKS[..])] {
            let v = c.get(key);
            if !v
                .and_then(Value::as_str)
                .is_some_and(|s| allowed.contains(&s))
            {
                problems.add(
                    &format!("claims[{i}]"),
                    format!("{key} {} is not one of {}", show(v), allowed.join(", ")),
                );
            }
        }
    }
    let own_text = object
        .get("text")
        .and_then(Value::as_str)
        .map(str::to_string);
    if !problems.list.is_empty() {
        return Err(problems.list);
    }
    let record: DocumentRecord = match serde_json::from_value(value) {
        Ok(r) => r,
        Err(e) => {
            problems.add("", format!("not a document record: {e}"));
            return Err(problems.list);
        }
    };
    if let Some(stem) = stem {
        if record.id != stem {
            problems.add(
                "id",
                format!("{:?} differs from the file name {stem:?}", record.id),
            );
        }
    }
    let text = match articles {
        Some(texts) => match texts.get(&record.id) {
            Some(t) => Some(t.clone()),
            None => {
                problems.add(
                    "id",
                    format!("{:?} is no article of the given paths", record.id),
                );
                None
            }
        },
        None => own_text,
    };
    for (i, m) in record.mentions.iter().enumerate() {
        let field = format!("mentions[{i}]");
        if let Some(t) = &text {
            check_span(&mut problems, &field, "text", t, m.start, m.end, &m.text);
        }
        use crate::record::MentionType::*;
        let missing = match m.kind {
            Company if m.entity.is_none() => Some("a company needs an entity"),
            Money if m.value.is_none() || m.currency.is_none() => {
                Some("money needs a value and a currency")
            }
            Percent if m.value.is_none() => Some("a percent needs a value"),
            _ => None,
        };
        if let Some(message) = missing {
            problems.add(&field, message.into());
        }
    }
    if let Some(t) = &text {
        for (i, c) in record.claims.iter().enumerate() {
            let field = format!("claims[{i}]");
            check_span(&mut problems, &field, "text", t, c.start, c.end, &c.text);
            let (s, e) = (c.company_start, c.company_end);
            check_span(&mut problems, &field, "company", t, s, e, &c.company);
            for (j, q) in c.equivalents.iter().enumerate() {
                let field = format!("{field}.equivalents[{j}]");
                check_span(&mut problems, &field, "text", t, q.start, q.end, &q.text);
            }
        }
    }
    if problems.list.is_empty() {
        Ok(GoldDoc {
            file: label.to_string(),
            record,
            text,
        })
    } else {
        Err(problems.list)
    }
}

/// The problems of one record.
struct Problems<'a> {
    file: &'a str,
    list: Vec<GoldProblem>,
}

impl Problems<'_> {
    fn add(&mut self, field: &str, message: String) {
        self.list.push(GoldProblem {
            file: self.file.to_string(),
            field: field.to_string(),
            message,
        });
    }
}

/// A JSON value as it would be written, for messages (`missing` for none).
fn show(v: Option<&Value>) -> String {
    v.map_or_else(|| "missing".to_string(), Value::to_string)
}

/// Reports a `text` that is not the article at `[start, end)`.
fn check_span(
    problems: &mut Problems<'_>,
    field: &str,
    key: &str,
    article: &str,
    start: usize,
    end: usize,
    text: &str,
) {
    match slice_chars(article, start, end) {
        Some(found) if found == text => {}
        Some(found) => problems.add(
            field,
            format!("{key} {text:?} does not match article text {found:?} at {start}..{end}"),
        ),
        None => problems.add(
            field,
            format!(
                "{key} {text:?} at {start}..{end} is outside the article ({} code points)",
                article.chars().count()
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts() -> Texts {
        Texts::from([("a".to_string(), "Alibaba made $5 billion.".to_string())])
    }

    fn check(json: &str) -> Result<GoldDoc, Vec<String>> {
        check_record("g/a.json", json, Some("a"), Some(&texts()))
            .map_err(|ps| ps.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn a_good_record_passes() {
        let doc = check(
            r#"{"id": "a", "lang": "en", "mentions": [
                {"type": "company", "start": 0, "end": 7, "text": "Alibaba", "entity": "alibaba-group"},
                {"type": "money", "start": 13, "end": 23, "text": "$5 billion", "value": 5e9, "currency": "USD"}]}"#,
        )
        .unwrap();
        assert_eq!(doc.record.mentions.len(), 2);
    }

    #[test]
    fn drifted_offsets_name_file_and_field() {
        let errors = check(
            r#"{"id": "a", "lang": "en", "mentions": [
                {"type": "company", "start": 1, "end": 7, "text": "Alibab", "entity": "alibaba-group"}]}"#,
        )
        .unwrap_err();
        assert_eq!(
            errors,
            vec![
                r#"g/a.json: mentions[0]: text "Alibab" does not match article text "libaba" at 1..7"#
            ]
        );
    }

    #[test]
    fn unknown_type_metric_and_broken_json() {
        let errors = check(
            r#"{"id": "a", "lang": "en", "mentions": [
                {"type": "org", "start": 0, "end": 7, "text": "Alibaba"}],
                "claims": [{"metric": "sales", "link": "sentence"}]}"#,
        )
        .unwrap_err();
        assert_eq!(
            errors,
            vec![
                r#"g/a.json: mentions[0]: type "org" is not one of company, money, percent"#,
                r#"g/a.json: claims[0]: metric "sales" is not one of revenue, revenue_growth, market_share, investment, profit, other"#,
            ]
        );
        let errors = check(r#"{"id": "a", "#).unwrap_err();
        assert!(
            errors[0].starts_with("g/a.json: broken JSON: "),
            "{errors:?}"
        );
    }

    #[test]
    fn a_record_without_article_is_reported() {
        let errors = check_record(
            "g/b.json",
            r#"{"id": "b", "lang": "en", "mentions": []}"#,
            Some("b"),
            Some(&texts()),
        )
        .unwrap_err();
        assert_eq!(
            errors[0].to_string(),
            r#"g/b.json: id: "b" is no article of the given paths"#
        );
    }
}
