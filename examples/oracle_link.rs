// Temporary: link with gold companies, compare claims to gold.
use claimex::amounts::AmountFinder;
use claimex::claims::{ClaimLinker, ValueRef};
use claimex::companies::CompanyMention;
use claimex::language::{detect_language, Lang};
use claimex::load::{ArticleReader, Input};
use claimex::record::DocumentRecord;
use claimex::span::{byte_of_char, CharOffsets, Span};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (corpus, gold) = (&args[0], &args[1]);
    let (mut tp, mut fp, mut fnn, mut full) = (0, 0, 0, 0);
    for a in ArticleReader::new(vec![Input::parse(corpus)]).flatten() {
        let g: DocumentRecord = serde_json::from_str(&std::fs::read_to_string(format!("{gold}/{}.json", a.id)).unwrap()).unwrap();
        let lang = Lang::from_code(g.lang.as_deref().or(detect_language(&a.text).map(|d| d.code)));
        let companies: Vec<CompanyMention> = g.mentions.iter().filter(|m| m.entity.is_some()).map(|m| CompanyMention {
            span: Span::new(byte_of_char(&a.text, m.start).unwrap(), byte_of_char(&a.text, m.end).unwrap()),
            entity: m.entity.clone().unwrap(), parent: None }).collect();
        let amounts = AmountFinder::new().find(&a.text, lang);
        let claims = ClaimLinker::new().link(&a, lang, &companies, &amounts);
        let mut off = CharOffsets::new(&a.text);
        let mut got: Vec<(String, usize, String, String, Option<String>, String)> = claims.iter().map(|c| {
            let span = match c.value { ValueRef::Money(i) => amounts.money[i].span, ValueRef::Percent(i) => amounts.percents[i].span };
            (companies[c.company].entity.clone(), off.char_of(span.start), span.slice(&a.text).to_string(), c.metric.name().to_string(), c.period.clone(), c.link.name().to_string())
        }).collect();
        got.sort_by_key(|x| x.1);
        let mut used = vec![false; got.len()];
        for gc in &g.claims {
            let m = got.iter().enumerate().position(|(i, x)| !used[i] && x.0 == gc.entity && x.1 >= gc.start && x.1 < gc.end);
            match m {
                Some(i) => { used[i] = true; tp += 1; let ok = got[i].3 == gc.metric; if ok { full += 1; }
                    if !ok || got[i].4 != gc.period { println!("  ~ {} {:?} gold {} {:?} {} | got {} {:?}", gc.entity, gc.text, gc.metric, gc.period, gc.link, got[i].3, got[i].4); } }
                None => { fnn += 1; println!("FN {} {} {:?} {} {:?} {}", a.id, gc.entity, gc.text, gc.metric, gc.period, gc.link); }
            }
        }
        for (i, x) in got.iter().enumerate() { if !used[i] { fp += 1; println!("FP {} {} {:?} {} {:?} {}", a.id, x.0, x.2, x.3, x.4, x.5); } }
    }
    println!("TP {tp} FP {fp} FN {fnn} full {full}");
}
