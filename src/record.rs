//! The JSON records of SPEC sections 2 and 3, written by `extract` and read
//! back by `eval` (gold files have the same shape).
//!
//! Inside the pipeline offsets are bytes; here they become code points, once
//! per article (see [`crate::span::CharOffsets`]).

use serde::{Deserialize, Serialize};

use crate::number::{serialize_number, serialize_opt_number};

/// One article's record: SPEC section 2.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub lang_confidence: Option<f64>,
    #[serde(default)]
    pub translated_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default)]
    pub mentions: Vec<MentionRecord>,
    #[serde(default)]
    pub claims: Vec<ClaimRecord>,
}

/// The three kinds of mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionType {
    Company,
    Money,
    Percent,
}

impl MentionType {
    pub const ALL: [MentionType; 3] = [
        MentionType::Company,
        MentionType::Money,
        MentionType::Percent,
    ];

    pub fn name(self) -> &'static str {
        match self {
            MentionType::Company => "company",
            MentionType::Money => "money",
            MentionType::Percent => "percent",
        }
    }
}

/// A mention: code-point offsets, the text, and what the type carries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MentionRecord {
    #[serde(rename = "type")]
    pub kind: MentionType,
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_opt_number"
    )]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub currency_inferred: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A claim: SPEC section 3.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord {
    /// Set only in the `extract --claims` export.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_id: Option<String>,
    pub company: String,
    pub entity: String,
    pub company_start: usize,
    pub company_end: usize,
    pub metric: String,
    #[serde(serialize_with = "serialize_number")]
    pub value: f64,
    pub unit: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub equivalents: Vec<EquivalentRecord>,
    #[serde(default)]
    pub period: Option<String>,
    pub link: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<String>,
}

/// The same amount restated in another currency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EquivalentRecord {
    #[serde(serialize_with = "serialize_number")]
    pub value: f64,
    pub unit: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_mention_shape() {
        let m = MentionRecord {
            kind: MentionType::Money,
            start: 1249,
            end: 1266,
            text: "10.7 billion yuan".into(),
            entity: None,
            parent: None,
            value: Some(10_700_000_000.0),
            currency: Some("CNY".into()),
            currency_inferred: false,
        };
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"type":"money","start":1249,"end":1266,"text":"10.7 billion yuan","value":10700000000,"currency":"CNY"}"#
        );
    }

    #[test]
    fn gold_records_read_back() {
        let gold = r#"{"id": "x", "date": null, "lang": "en", "translated_from": null,
            "mentions": [{"type": "percent", "start": 1, "end": 4, "text": "62%", "value": 62},
                         {"type": "money", "start": 5, "end": 6, "text": "1", "value": 1e9,
                          "currency": "EUR", "currency_inferred": true}],
            "claims": []}"#;
        let d: DocumentRecord = serde_json::from_str(gold).unwrap();
        assert_eq!(d.mentions[0].value, Some(62.0));
        assert!(d.mentions[1].currency_inferred);
        assert_eq!(d.lang_confidence, None);
    }
}
