//! Gold mentions imported from annotation tools (SPEC section 4): doccano
//! JSONL exports and Label Studio JSON exports.
//!
//! Imported gold has spans and labels only: labels become mention types by
//! a [`LabelMap`], and the records have no values, entities, claims or
//! language, so they are scored at the strict and lenient levels alone.
//!
//! Label Studio counts offsets in UTF-16 code units (label-studio issue
//! #1347): after an emoji a span drifts by one per astral character. Each
//! span is checked against the `text` Label Studio recorded for it, taken
//! as code points when they agree and converted from UTF-16 when that makes
//! them agree; a span that agrees with neither is reported and skipped.
//! doccano records no span text, so its offsets are taken as code points,
//! or as UTF-16 with [`Offsets::Utf16`].

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::eval::gold::{GoldDoc, GoldProblem, GoldSet};
use crate::record::{DocumentRecord, MentionRecord, MentionType};
use crate::span::slice_chars;

/// The export formats understood.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportFormat {
    Doccano,
    LabelStudio,
}

/// How doccano offsets count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Offsets {
    #[default]
    CodePoints,
    Utf16,
}

/// Annotation labels to mention types, compared case-insensitively.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelMap(BTreeMap<String, MentionType>);

impl Default for LabelMap {
    fn default() -> LabelMap {
        LabelMap::parse("ORG=company,COMPANY=company,MONEY=money,PERCENT=percent")
            .expect("the default label map parses")
    }
}

impl LabelMap {
    /// Parses `LABEL=type,LABEL=type` (types: company, money, percent).
    pub fn parse(s: &str) -> Result<LabelMap, String> {
        let mut map = BTreeMap::new();
        for pair in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (label, kind) = pair
                .split_once('=')
                .ok_or_else(|| format!("expected LABEL=TYPE, not {pair:?}"))?;
            let kind = MentionType::ALL
                .into_iter()
                .find(|t| t.name() == kind.trim().to_ascii_lowercase())
                .ok_or_else(|| {
                    format!("unknown mention type {kind:?} (company, money, percent)")
                })?;
            map.insert(label.trim().to_lowercase(), kind);
        }
        if map.is_empty() {
            return Err("an empty label map".into());
        }
        Ok(LabelMap(map))
    }

    pub fn get(&self, label: &str) -> Option<MentionType> {
        self.0.get(&label.to_lowercase()).copied()
    }
}

/// One span as the tool exported it.
struct RawSpan {
    start: usize,
    end: usize,
    label: String,
    /// The text the tool recorded for the span (Label Studio only).
    text: Option<String>,
}

/// One annotated document as the tool exported it.
struct RawDoc {
    label: String,
    id: String,
    text: String,
    spans: Vec<RawSpan>,
}

/// Reads an export into gold records.
pub fn import_gold(
    path: &Path,
    format: ImportFormat,
    labels: &LabelMap,
    offsets: Offsets,
) -> std::io::Result<GoldSet> {
    let content = std::fs::read_to_string(path)?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = path.display().to_string();
    let mut set = GoldSet::default();
    let docs = match format {
        ImportFormat::Doccano => read_doccano(&content, &name, &stem, &mut set),
        ImportFormat::LabelStudio => read_label_studio(&content, &name, &stem, &mut set),
    };
    let utf16 = match format {
        ImportFormat::Doccano => offsets == Offsets::Utf16,
        ImportFormat::LabelStudio => true,
    };
    let mut ignored: BTreeMap<String, usize> = BTreeMap::new();
    for doc in docs {
        let mut mentions = Vec::new();
        for (i, span) in doc.spans.iter().enumerate() {
            let Some(kind) = labels.get(&span.label) else {
                *ignored.entry(span.label.clone()).or_default() += 1;
                continue;
            };
            match resolve(&doc.text, span, utf16) {
                Ok((start, end, text)) => mentions.push(MentionRecord {
                    kind,
                    start,
                    end,
                    text,
                    entity: None,
                    parent: None,
                    value: None,
                    currency: None,
                    currency_inferred: false,
                }),
                Err(message) => {
                    set.problems.push(GoldProblem {
                        file: doc.label.clone(),
                        field: format!("spans[{i}]"),
                        message,
                    });
                    set.skipped += 1;
                }
            }
        }
        mentions.sort_by_key(|m| (m.start, m.end, m.kind));
        set.docs.push(GoldDoc {
            file: doc.label,
            record: DocumentRecord {
                id: doc.id,
                mentions,
                ..DocumentRecord::default()
            },
            text: Some(doc.text),
        });
    }
    for (label, n) in ignored {
        set.notes.push(format!(
            "{name}: label {label:?} is not in the label map: {n} span(s) ignored"
        ));
    }
    Ok(set)
}

/// The code-point span of an exported span, or why it cannot be trusted.
fn resolve(text: &str, span: &RawSpan, utf16: bool) -> Result<(usize, usize, String), String> {
    let as_points = slice_chars(text, span.start, span.end);
    let converted = utf16_to_points(text, span.start, span.end);
    let from_utf16 = converted.and_then(|(s, e)| slice_chars(text, s, e).map(|t| (s, e, t)));
    match &span.text {
        Some(recorded) => {
            if as_points == Some(recorded.as_str()) {
                Ok((span.start, span.end, recorded.clone()))
            } else if let Some((s, e, t)) = from_utf16.filter(|(_, _, t)| t == recorded) {
                Ok((s, e, t.to_string()))
            } else {
                Err(format!(
                    "{:?} at {}..{} agrees with the text neither in code points ({}) nor in UTF-16 units ({}); skipped",
                    recorded,
                    span.start,
                    span.end,
                    as_points.map_or("out of range".into(), |t| format!("{t:?}")),
                    from_utf16.map_or("out of range".into(), |(_, _, t)| format!("{t:?}")),
                ))
            }
        }
        None if utf16 => from_utf16
            .map(|(s, e, t)| (s, e, t.to_string()))
            .ok_or_else(|| {
                format!(
                    "{}..{} is not a span of UTF-16 units in the text; skipped",
                    span.start, span.end
                )
            }),
        None => as_points
            .filter(|_| span.start < span.end)
            .map(|t| (span.start, span.end, t.to_string()))
            .ok_or_else(|| {
                format!(
                    "{}..{} is not a span of the text ({} code points); skipped",
                    span.start,
                    span.end,
                    text.chars().count()
                )
            }),
    }
}

/// Converts UTF-16 offsets to code points; `None` when one falls inside a
/// surrogate pair or past the end.
pub fn utf16_to_points(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let mut units = 0;
    let (mut s, mut e) = (None, None);
    for (points, c) in text.chars().chain(std::iter::once('\0')).enumerate() {
        if units == start {
            s = Some(points);
        }
        if units == end {
            e = Some(points);
        }
        units += c.len_utf16();
    }
    Some((s?, e?)).filter(|(s, e)| s <= e)
}

/// The id of an exported document: its `id` (a string or a number), else
/// `<file stem>:<position>` counted from 1.
fn id_of(v: Option<&Value>, stem: &str, position: usize) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => format!("{stem}:{position}"),
    }
}

fn usize_of(v: Option<&Value>) -> Option<usize> {
    v.and_then(Value::as_u64)
        .and_then(|n| usize::try_from(n).ok())
}

/// doccano JSONL: `{"text", "label" | "entities" | "spans": [[start, end,
/// "LABEL"], …]}`; spans may also be objects with `start_offset`,
/// `end_offset`, `label`.
fn read_doccano(content: &str, name: &str, stem: &str, set: &mut GoldSet) -> Vec<RawDoc> {
    let mut docs = Vec::new();
    for (i, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let label = format!("{name}:{}", i + 1);
        let mut bad = |message: String| {
            set.problems.push(GoldProblem {
                file: label.clone(),
                field: String::new(),
                message,
            });
            set.skipped += 1;
        };
        let v: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                bad(format!("broken JSON: {e}"));
                continue;
            }
        };
        let Some(text) = v.get("text").and_then(Value::as_str) else {
            bad("no \"text\" string".into());
            continue;
        };
        let list = ["label", "entities", "spans"]
            .iter()
            .find_map(|k| v.get(*k).and_then(Value::as_array));
        let mut spans = Vec::new();
        for (j, item) in list.into_iter().flatten().enumerate() {
            let parsed = match item {
                Value::Array(t) if t.len() == 3 => {
                    Some((usize_of(t.first()), usize_of(t.get(1)), t[2].as_str()))
                }
                Value::Object(o) => Some((
                    usize_of(o.get("start_offset").or(o.get("start"))),
                    usize_of(o.get("end_offset").or(o.get("end"))),
                    o.get("label").and_then(Value::as_str),
                )),
                _ => None,
            };
            match parsed {
                Some((Some(start), Some(end), Some(l))) => spans.push(RawSpan {
                    start,
                    end,
                    label: l.to_string(),
                    text: None,
                }),
                _ => set.problems.push(GoldProblem {
                    file: label.clone(),
                    field: format!("spans[{j}]"),
                    message: format!("not [start, end, \"LABEL\"]: {item}; skipped"),
                }),
            }
        }
        docs.push(RawDoc {
            id: id_of(v.get("id"), stem, i + 1),
            label,
            text: text.to_string(),
            spans,
        });
    }
    docs
}

/// Label Studio JSON: a list of tasks, `{"id", "data": {"text"},
/// "annotations": [{"result": [{"value": {"start", "end", "text",
/// "labels"}}]}]}`. The first annotation not cancelled is used; the id is
/// `data.id` when there is one, else the task id.
fn read_label_studio(content: &str, name: &str, stem: &str, set: &mut GoldSet) -> Vec<RawDoc> {
    let mut bad = |file: String, message: String| {
        set.problems.push(GoldProblem {
            file,
            field: String::new(),
            message,
        });
        set.skipped += 1;
    };
    let tasks = match serde_json::from_str::<Value>(content) {
        Ok(Value::Array(tasks)) => tasks,
        Ok(_) => {
            bad(name.to_string(), "not a list of tasks".into());
            return Vec::new();
        }
        Err(e) => {
            bad(name.to_string(), format!("broken JSON: {e}"));
            return Vec::new();
        }
    };
    let mut docs = Vec::new();
    for (i, task) in tasks.iter().enumerate() {
        let label = format!("{name}: task {}", i + 1);
        let data = task.get("data");
        let Some(text) = data.and_then(|d| d.get("text")).and_then(Value::as_str) else {
            bad(label, "no data.text string".into());
            continue;
        };
        let annotation = task
            .get("annotations")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .find(|a| a.get("was_cancelled").and_then(Value::as_bool) != Some(true));
        let results = annotation
            .and_then(|a| a.get("result"))
            .and_then(Value::as_array);
        let mut spans = Vec::new();
        for r in results.into_iter().flatten() {
            let Some(value) = r.get("value") else {
                continue;
            };
            let labels = value.get("labels").and_then(Value::as_array);
            let (Some(start), Some(end), Some(l)) = (
                usize_of(value.get("start")),
                usize_of(value.get("end")),
                labels.and_then(|ls| ls.first()).and_then(Value::as_str),
            ) else {
                continue; // relations, choices and other non-span results
            };
            spans.push(RawSpan {
                start,
                end,
                label: l.to_string(),
                text: value
                    .get("text")
                    .and_then(Value::as_str)
                    .map(str::to_string),
            });
        }
        let id = data
            .and_then(|d| d.get("id"))
            .or(task.get("id"))
            .filter(|v| v.is_string() || v.is_number());
        docs.push(RawDoc {
            id: id_of(id, stem, i + 1),
            label,
            text: text.to_string(),
            spans,
        });
    }
    docs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_after_an_emoji() {
        let text = "😀 Alibaba";
        // Python: text[2:9] == "Alibaba"; UTF-16: the emoji is two units.
        assert_eq!(utf16_to_points(text, 3, 10), Some((2, 9)));
        assert_eq!(utf16_to_points(text, 1, 3), None); // inside the pair
    }

    #[test]
    fn spans_agree_as_points_or_as_utf16_or_are_skipped() {
        let text = "😀 Alibaba";
        let span = |start, end, t: &str| RawSpan {
            start,
            end,
            label: "ORG".into(),
            text: Some(t.into()),
        };
        assert_eq!(
            resolve(text, &span(2, 9, "Alibaba"), true),
            Ok((2, 9, "Alibaba".into()))
        );
        assert_eq!(
            resolve(text, &span(3, 10, "Alibaba"), true),
            Ok((2, 9, "Alibaba".into()))
        );
        assert!(resolve(text, &span(4, 8, "Alibaba"), true).is_err());
    }

    #[test]
    fn label_map_is_case_insensitive() {
        let map = LabelMap::default();
        assert_eq!(map.get("org"), Some(MentionType::Company));
        assert_eq!(map.get("Money"), Some(MentionType::Money));
        assert_eq!(map.get("PERSON"), None);
        assert!(LabelMap::parse("ORG=organisation").is_err());
    }
}
