//! Table-driven tests of the amount finder, in English, Dutch and French,
//! and a property test for offsets on arbitrary text.

use super::*;

fn show(text: &str, lang: Lang) -> Vec<String> {
    let found = AmountFinder::new().find(text, lang);
    let mut out: Vec<(usize, String)> = Vec::new();
    for m in &found.money {
        let inferred = if m.currency_inferred { "~" } else { "" };
        out.push((
            m.span.start,
            format!(
                "{}={}{}{}",
                m.span.slice(text),
                m.value,
                inferred,
                m.currency
            ),
        ));
    }
    for p in &found.percents {
        out.push((p.span.start, format!("{}={}%", p.span.slice(text), p.value)));
    }
    out.sort();
    out.into_iter().map(|x| x.1).collect()
}

fn check(lang: Lang, cases: &[(&str, &[&str])]) {
    for (text, want) in cases {
        assert_eq!(show(text, lang), *want, "{lang:?}: {text:?}");
    }
}

#[test]
fn smoke() {
    check(
        Lang::English,
        &[("It made $1.54 billion.", &["$1.54 billion=1540000000USD"])],
    );
}
