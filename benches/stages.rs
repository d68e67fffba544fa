//! Criterion benchmarks, one per pipeline stage (load, language, money and
//! percentages, companies, claims, JSON output) and all stages together,
//! over the bundled corpus and the extra articles (repeated so that each run
//! sees ~1 MB of text).
//!
//! `cargo bench --bench stages` prints MB/s (`thrpt`) for every stage.

use std::path::Path;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

use claimex::amounts::AmountFinder;
use claimex::article::Article;
use claimex::claims::ClaimLinker;
use claimex::companies::{CompanyFinder, Gazetteer};
use claimex::language::{detect_language, Lang};
use claimex::load::{ArticleReader, Input};
use claimex::{Extractor, Options};

fn articles() -> Vec<Article> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let inputs = vec![
        Input::Path(root.join("corpus")),
        Input::Path(root.join("tests/data/corpus-extra")),
    ];
    let base: Vec<Article> = ArticleReader::new(inputs).filter_map(Result::ok).collect();
    // ~1 MB, so that per-call overheads are measured in proportion.
    let per_round: usize = base.iter().map(|a| a.text.len()).sum();
    let rounds = (1 << 20) / per_round.max(1) + 1;
    (0..rounds).flat_map(|_| base.iter().cloned()).collect()
}

fn stages(c: &mut Criterion) {
    let articles = articles();
    let bytes: u64 = articles.iter().map(|a| a.text.len() as u64).sum();
    let langs: Vec<Lang> = articles
        .iter()
        .map(|a| Lang::from_code(detect_language(&a.text).map(|d| d.code)))
        .collect();
    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);

    // Loading: the articles as a JSONL dump in memory, parsed back.
    let dump: String = articles
        .iter()
        .map(|a| serde_json::json!({"id": a.id, "text": a.text}).to_string() + "\n")
        .collect();
    let dump_path = std::env::temp_dir().join("claimex-bench-dump.jsonl");
    std::fs::write(&dump_path, &dump).expect("write the bench dump");
    group.bench_function("load_jsonl", |b| {
        b.iter(|| {
            let n = ArticleReader::new(vec![Input::Path(dump_path.clone())])
                .filter_map(Result::ok)
                .count();
            black_box(n)
        })
    });

    group.bench_function("language", |b| {
        b.iter(|| {
            for a in &articles {
                black_box(detect_language(&a.text));
            }
        })
    });

    let finder = AmountFinder::new();
    group.bench_function("money_percent", |b| {
        b.iter(|| {
            for (a, &lang) in articles.iter().zip(&langs) {
                black_box(finder.find(&a.text, lang));
            }
        })
    });

    let companies = CompanyFinder::new(&Gazetteer::bundled());
    group.bench_function("companies", |b| {
        b.iter(|| {
            for (a, &lang) in articles.iter().zip(&langs) {
                black_box(companies.find(&a.text, lang));
            }
        })
    });

    // Claims alone, on mentions found beforehand.
    let found: Vec<_> = articles
        .iter()
        .zip(&langs)
        .map(|(a, &lang)| (companies.find(&a.text, lang), finder.find(&a.text, lang)))
        .collect();
    let linker = ClaimLinker::new();
    group.bench_function("claims", |b| {
        b.iter(|| {
            for ((a, &lang), (c, m)) in articles.iter().zip(&langs).zip(&found) {
                black_box(linker.link(a, lang, c, m));
            }
        })
    });

    let extractor = Extractor::new(Options::default()).expect("bundled gazetteer");
    group.bench_function("extract_all_stages", |b| {
        b.iter(|| {
            for a in &articles {
                black_box(extractor.extract(a));
            }
        })
    });

    let extractions: Vec<_> = articles.iter().map(|a| extractor.extract(a)).collect();
    group.bench_function("json_output", |b| {
        let mut out = Vec::with_capacity(4 << 20);
        b.iter(|| {
            out.clear();
            for (a, found) in articles.iter().zip(&extractions) {
                claimex::record::write_document(&mut out, a, found);
                out.push(b'\n');
            }
            black_box(out.len())
        })
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
