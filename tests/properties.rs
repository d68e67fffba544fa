//! Property tests over the whole pipeline: for any article text, extraction
//! does not panic and every offset written points at the text it claims.

use claimex::article::Article;
use claimex::span::slice_chars;
use claimex::{Extractor, Options};
use proptest::prelude::*;
use std::sync::LazyLock;

static EXTRACTOR: LazyLock<Extractor> =
    LazyLock::new(|| Extractor::new(Options::default()).expect("bundled gazetteer"));

/// Text that looks like financial news: names, amounts, percentages,
/// multi-byte punctuation, in any order.
fn newsy_text() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            Just("Alibaba Cloud".to_string()),
            Just("Amazon’s".to_string()),
            Just("AWS".to_string()),
            Just("KPN-topman".to_string()),
            Just("Dassault Systèmes".to_string()),
            Just("$1.54 billion".to_string()),
            Just("€\u{a0}1,2 miljard".to_string()),
            Just("1\u{202f}200 millions d'euros".to_string()),
            Just("58,5\u{a0}%".to_string()),
            Just("(29%)".to_string()),
            Just("revenue rose".to_string()),
            Just("the company".to_string()),
            Just("respectively".to_string()),
            Just(" the fourth quarter of 2019".to_string()),
            Just(".".to_string()),
            Just("\n".to_string()),
            "[ a-zA-Z0-9.,%$€¥£'’()\\-]{0,12}",
            "\\PC{0,6}",
        ],
        0..40,
    );
    pieces.prop_map(|p| p.join(" "))
}

fn check(text: &str, lang: Option<&str>) {
    let article = Article {
        id: "p".into(),
        text: text.to_string(),
        declared_language: lang.map(String::from),
        date: Some("2024-08-07".into()),
        ..Article::default()
    };
    let record = EXTRACTOR.record(&article);
    let mut previous_start = 0;
    for m in &record.mentions {
        assert_eq!(slice_chars(text, m.start, m.end), Some(m.text.as_str()));
        assert!(m.start >= previous_start, "mentions sorted by start");
        previous_start = m.start;
    }
    for c in &record.claims {
        assert_eq!(slice_chars(text, c.start, c.end), Some(c.text.as_str()));
        assert_eq!(
            slice_chars(text, c.company_start, c.company_end),
            Some(c.company.as_str())
        );
        for e in &c.equivalents {
            assert_eq!(slice_chars(text, e.start, e.end), Some(e.text.as_str()));
        }
    }
    serde_json::to_string(&record).expect("records serialize");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn offsets_hold_on_news_like_text(text in newsy_text(), lang in prop_oneof![Just(None), Just(Some("en")), Just(Some("nl")), Just(Some("fr")), Just(Some("de"))]) {
        check(&text, lang);
    }

    #[test]
    fn any_string_is_handled(text in "\\PC{0,300}") {
        check(&text, None);
    }
}
