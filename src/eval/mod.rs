//! Scoring the extractor against hand-labelled gold (SPEC sections 4 and 5).
//!
//! | step | module |
//! | --- | --- |
//! | load and check gold records | [`gold`] |
//! | import doccano / Label Studio exports | [`import`] |
//! | greedy one-to-one matching | [`matching`] |
//! | counts at every level, per document | [`score`] |
//! | tables, JSON, errors, `--min-f1` | [`report`] |
//!
//! [`run`] ties them together: it reads the articles, the gold and the
//! predictions (or extracts them), scores every gold document and sums the
//! counts into a [`Report`]. Problems with the input are collected, not
//! fatal: a gold file that fails validation is left out and named, the
//! others are scored.
//!
//! ```
//! use claimex::eval::{evaluate, gold::GoldDoc, score::GoldScope};
//! use claimex::record::DocumentRecord;
//! let gold = GoldDoc {
//!     file: "a.json".into(),
//!     record: DocumentRecord { id: "a".into(), lang: Some("en".into()), ..Default::default() },
//!     text: None,
//! };
//! let pred = DocumentRecord { id: "a".into(), lang: Some("en".into()), ..Default::default() };
//! let report = evaluate(&[gold], &[pred], GoldScope::Full);
//! assert_eq!(report.total.lang.value(), Some(1.0));
//! ```

pub mod gold;
pub mod import;
pub mod matching;
pub mod report;
pub mod score;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use rayon::prelude::*;
use serde_json::Value;

use crate::article::Article;
use crate::load::{ArticleReader, Input};
use crate::record::DocumentRecord;
use crate::Extractor;
use gold::{GoldDoc, GoldSet, Texts};
use import::{ImportFormat, LabelMap, Offsets};
use score::{score_document, ErrorItem, GoldScope, Scores};

/// The scores of one gold document.
#[derive(Clone, Debug, PartialEq)]
pub struct DocScores {
    pub id: String,
    pub lang: Option<String>,
    pub scores: Scores,
}

/// Predictions that had no gold to be scored against.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NotScored {
    pub documents: usize,
    pub mentions: usize,
    pub claims: usize,
}

/// Everything `eval` reports.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub scope: GoldScope,
    pub total: Scores,
    /// By the gold document's `lang` (`unknown` when it has none).
    pub per_language: BTreeMap<String, Scores>,
    pub per_doc: Vec<DocScores>,
    /// Every false positive and false negative (mentions at the value
    /// level, strict for imported gold; claims at the full level).
    pub errors: Vec<ErrorItem>,
    /// Gold documents no prediction was given for.
    pub missing_predictions: Vec<String>,
    pub not_scored: NotScored,
}

/// Scores predictions against gold. Predictions are matched to gold by
/// id; the first prediction of an id is used.
pub fn evaluate(gold: &[GoldDoc], predictions: &[DocumentRecord], scope: GoldScope) -> Report {
    let mut by_id: HashMap<&str, &DocumentRecord> = HashMap::new();
    for p in predictions {
        by_id.entry(p.id.as_str()).or_insert(p);
    }
    let mut report = Report {
        scope,
        total: Scores::default(),
        per_language: BTreeMap::new(),
        per_doc: Vec::new(),
        errors: Vec::new(),
        missing_predictions: Vec::new(),
        not_scored: NotScored::default(),
    };
    let mut gold_ids = std::collections::HashSet::new();
    for g in gold {
        gold_ids.insert(g.record.id.as_str());
        let pred = by_id.get(g.record.id.as_str()).copied();
        if pred.is_none() {
            report.missing_predictions.push(g.record.id.clone());
        }
        let (scores, errors) = score_document(&g.record, pred, scope);
        report.total += &scores;
        let lang = g.record.lang.clone().unwrap_or_else(|| "unknown".into());
        *report.per_language.entry(lang).or_default() += &scores;
        report.errors.extend(errors);
        report.per_doc.push(DocScores {
            id: g.record.id.clone(),
            lang: g.record.lang.clone(),
            scores,
        });
    }
    for p in predictions
        .iter()
        .filter(|p| !gold_ids.contains(p.id.as_str()))
    {
        report.not_scored.documents += 1;
        report.not_scored.mentions += p.mentions.len();
        report.not_scored.claims += p.claims.len();
    }
    report
}

/// Where the gold comes from.
#[derive(Clone, Debug)]
pub enum GoldInput {
    /// A directory of `<id>.json` records or a JSONL file of them.
    Records(PathBuf),
    /// An annotation tool's export.
    Import {
        path: PathBuf,
        format: ImportFormat,
        labels: LabelMap,
        offsets: Offsets,
    },
}

/// What a run reads.
#[derive(Clone, Debug)]
pub struct EvalInputs {
    pub gold: GoldInput,
    /// A JSONL file of document records; `None`: extract the articles.
    pub predictions: Option<PathBuf>,
    /// The articles (`PATH…`).
    pub articles: Vec<Input>,
}

/// A run's report and what it found wrong with its input.
#[derive(Debug)]
pub struct Outcome {
    pub report: Report,
    pub gold: GoldSet,
    /// Article texts by id, for error context.
    pub texts: Texts,
    /// Input left out, one line each (articles, gold, predictions).
    pub skipped: Vec<String>,
    /// Remarks that skip nothing.
    pub notes: Vec<String>,
}

/// Why a run could not start.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("nothing to extract: give the articles as PATH… or --pred a prediction file")]
    NoArticles,
}

/// Reads articles; skipped ones are described in `skipped`.
pub fn load_articles(inputs: &[Input], skipped: &mut Vec<String>) -> Vec<Article> {
    let mut articles = Vec::new();
    for item in ArticleReader::new(inputs.to_vec()) {
        match item {
            Ok(a) => articles.push(a),
            Err(e) => skipped.push(e.to_string()),
        }
    }
    articles
}

/// Loads the gold as `input` says, checking records against `articles`.
pub fn load_gold_input(input: &GoldInput, articles: Option<&Texts>) -> Result<GoldSet, EvalError> {
    let (path, result) = match input {
        GoldInput::Records(path) => (path, gold::load_gold(path, articles)),
        GoldInput::Import {
            path,
            format,
            labels,
            offsets,
        } => (path, import::import_gold(path, *format, labels, *offsets)),
    };
    result.map_err(|source| EvalError::Read {
        path: path.display().to_string(),
        source,
    })
}

/// Reads a JSONL file of document records, with the `text` of those that
/// carry one. Lines that do not parse are described in `skipped`.
pub fn load_predictions(
    path: &std::path::Path,
    skipped: &mut Vec<String>,
) -> Result<(Vec<DocumentRecord>, Texts), EvalError> {
    let content = std::fs::read_to_string(path).map_err(|source| EvalError::Read {
        path: path.display().to_string(),
        source,
    })?;
    let mut records = Vec::new();
    let mut texts = Texts::new();
    for (i, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let parsed = serde_json::from_str::<Value>(line).and_then(|v| {
            let text = v.get("text").and_then(Value::as_str).map(str::to_string);
            serde_json::from_value::<DocumentRecord>(v).map(|r| (r, text))
        });
        match parsed {
            Ok((record, text)) => {
                if let Some(text) = text {
                    texts.insert(record.id.clone(), text);
                }
                records.push(record);
            }
            Err(e) => skipped.push(format!(
                "{}:{}: not a document record: {e}",
                path.display(),
                i + 1
            )),
        }
    }
    Ok((records, texts))
}

/// Runs the extractor on every article, in parallel, in order.
pub fn predict(extractor: &Extractor, articles: &[Article]) -> Vec<DocumentRecord> {
    articles.par_iter().map(|a| extractor.record(a)).collect()
}

/// Loads everything, extracts when there is no prediction file
/// (`extractor` must then be given), and scores.
pub fn run(inputs: &EvalInputs, extractor: Option<&Extractor>) -> Result<Outcome, EvalError> {
    let mut skipped = Vec::new();
    let mut notes = Vec::new();
    let articles = load_articles(&inputs.articles, &mut skipped);
    let article_texts: Texts = articles
        .iter()
        .map(|a| (a.id.clone(), a.text.clone()))
        .collect();
    let given = !inputs.articles.is_empty();
    let gold = load_gold_input(&inputs.gold, given.then_some(&article_texts))?;
    skipped.extend(gold.problems.iter().map(ToString::to_string));
    notes.extend(gold.notes.iter().cloned());
    let scope = match inputs.gold {
        GoldInput::Records(_) => GoldScope::Full,
        GoldInput::Import { .. } => {
            notes.push("imported gold: scored at the strict and lenient levels only; the value, claim and language levels were not scored".into());
            GoldScope::SpansOnly
        }
    };
    if !given && matches!(inputs.gold, GoldInput::Records(_)) && inputs.predictions.is_some() {
        let unchecked = gold.docs.iter().filter(|d| d.text.is_none()).count();
        if unchecked > 0 {
            notes.push(format!(
                "{unchecked} gold record(s) have no article text: their offsets were not checked (give the articles as PATH…)"
            ));
        }
    }

    let mut texts: Texts = Texts::new();
    let predictions = match (&inputs.predictions, extractor) {
        (Some(path), _) => {
            let (records, pred_texts) = load_predictions(path, &mut skipped)?;
            texts.extend(pred_texts);
            records
        }
        (None, Some(extractor)) => {
            let articles = if given {
                articles
            } else {
                // Imported gold and gold with a `text` carry their articles.
                gold.docs
                    .iter()
                    .filter_map(|d| {
                        Some(Article {
                            id: d.record.id.clone(),
                            source: d.file.clone(),
                            text: d.text.clone()?,
                            ..Article::default()
                        })
                    })
                    .collect()
            };
            if articles.is_empty() && !given {
                return Err(EvalError::NoArticles);
            }
            predict(extractor, &articles)
        }
        (None, None) => return Err(EvalError::NoArticles),
    };
    // Article files win over texts carried by records.
    for d in &gold.docs {
        if let Some(t) = &d.text {
            texts.insert(d.record.id.clone(), t.clone());
        }
    }
    texts.extend(article_texts);

    let report = evaluate(&gold.docs, &predictions, scope);
    Ok(Outcome {
        report,
        gold,
        texts,
        skipped,
        notes,
    })
}
