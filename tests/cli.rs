//! Integration tests: run the `claimex` binary on temp dirs and the bundled
//! corpus, parse the JSONL back, check stderr and exit codes.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use claimex::record::DocumentRecord;
use claimex::span::slice_chars;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn claimex(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimex"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run claimex")
}

fn claimex_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimex"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn claimex");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn records(out: &Output) -> Vec<DocumentRecord> {
    String::from_utf8(out.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad record {l}: {e}")))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn ids(records: &[DocumentRecord]) -> Vec<&str> {
    records.iter().map(|r| r.id.as_str()).collect()
}

#[test]
fn bundled_corpus_gives_five_records_with_ids_dates_and_languages() {
    let out = claimex(&["extract", "corpus/"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = records(&out);
    let got: Vec<(&str, Option<&str>, Option<&str>)> = recs
        .iter()
        .map(|r| (r.id.as_str(), r.date.as_deref(), r.lang.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("000_9dc8fd0fd63d7dac", Some("2019-09-23"), Some("en")),
            ("001_dcd239643171508a", Some("2020-11-08"), Some("en")),
            ("002_964f05b932671a37", None, Some("en")),
            ("003_13046ecc9fe8d186", None, Some("en")),
            ("004_ec41727df11fa0f7", Some("2020-11"), Some("nl")),
        ]
    );
    for r in &recs {
        let c = r.lang_confidence.expect("confidence with a language");
        assert!((0.0..=1.0).contains(&c));
    }
    assert!(stderr(&out).contains("5 articles read, 0 skipped"));
}

#[test]
fn translations_match_the_gold() {
    let out = claimex(&["extract", "corpus/", "tests/data/corpus-extra/"]);
    for r in records(&out) {
        let gold_path = ["gold", "tests/data/gold-extra"]
            .iter()
            .map(|d| root().join(d).join(format!("{}.json", r.id)))
            .find(|p| p.exists())
            .expect("gold file");
        let gold: DocumentRecord =
            serde_json::from_str(&std::fs::read_to_string(gold_path).unwrap()).unwrap();
        assert_eq!(r.translated_from, gold.translated_from, "{}", r.id);
        assert_eq!(r.lang, gold.lang, "{}", r.id);
        assert_eq!(r.date, gold.date, "{}", r.id);
    }
}

#[test]
fn every_mention_text_equals_the_article_at_its_offsets() {
    let out = claimex(&["extract", "corpus/", "tests/data/corpus-extra/"]);
    for r in records(&out) {
        let text = std::fs::read_to_string(root().join(r.source.as_ref().unwrap())).unwrap();
        for m in &r.mentions {
            assert_eq!(
                slice_chars(&text, m.start, m.end),
                Some(m.text.as_str()),
                "{}",
                r.id
            );
        }
        for c in &r.claims {
            assert_eq!(slice_chars(&text, c.start, c.end), Some(c.text.as_str()));
            assert_eq!(
                slice_chars(&text, c.company_start, c.company_end),
                Some(c.company.as_str())
            );
        }
        let starts: Vec<usize> = r.mentions.iter().map(|m| m.start).collect();
        assert!(
            starts.windows(2).all(|w| w[0] <= w[1]),
            "mentions sorted in {}",
            r.id
        );
    }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn jsonl_dump_with_mixed_field_names() {
    let dir = tempfile::tempdir().unwrap();
    let dump = concat!(
        r#"{"id": "a", "text": "Alibaba Cloud said its revenue rose in the fourth quarter.", "date": "2019-09-23 10:00:00"}"#,
        "\n",
        r#"{"id": 42, "maintext": "De omzet van het bedrijf steeg in het derde kwartaal.", "date_publish": "2020-11-02T08:00:00Z", "title": "Omzet", "url": "https://example.com/x"}"#,
        "\n",
        r#"{"body": "Le chiffre d'affaires de la société a progressé au troisième trimestre.", "language": "fr"}"#,
        "\n",
        r#"{"id": "d", "content": "Short", "language": "de"}"#,
        "\n",
    );
    let path = write(dir.path(), "dump.ndjson", dump.as_bytes());
    let out = claimex(&["extract", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = records(&out);
    assert_eq!(ids(&recs), vec!["a", "42", "dump:3", "d"]);
    assert_eq!(recs[0].date.as_deref(), Some("2019-09-23"));
    assert_eq!(recs[1].date.as_deref(), Some("2020-11-02"));
    assert_eq!(recs[1].lang.as_deref(), Some("nl"));
    assert_eq!(recs[1].title.as_deref(), Some("Omzet"));
    assert_eq!(recs[1].url.as_deref(), Some("https://example.com/x"));
    assert_eq!(
        (recs[2].lang.as_deref(), recs[2].lang_confidence),
        (Some("fr"), Some(1.0))
    );
    // A declared language wins, even for text too short to detect…
    assert_eq!(recs[3].lang.as_deref(), Some("de"));
    // …unless detection is asked for.
    let out = claimex(&["extract", "--lang", "auto", path.to_str().unwrap()]);
    let recs = records(&out);
    assert_eq!(recs[2].lang.as_deref(), Some("fr"));
    assert_eq!(recs[2].lang_confidence.map(|c| c < 1.0), Some(true));
    assert_eq!(recs[3].lang, None);
    assert_eq!(recs[3].lang_confidence, None);
    // --lang CODE forces one language everywhere.
    let out = claimex(&["extract", "--lang", "nl", path.to_str().unwrap()]);
    assert!(records(&out)
        .iter()
        .all(|r| r.lang.as_deref() == Some("nl")));
}

#[test]
fn gzip_dumps_and_text_files_are_streamed() {
    use flate2::write::GzEncoder;
    let dir = tempfile::tempdir().unwrap();
    let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::default());
    for i in 0..100 {
        writeln!(
            gz,
            r#"{{"id": "g{i}", "text": "Article number {i} about the cloud market."}}"#
        )
        .unwrap();
    }
    write(dir.path(), "dump.jsonl.gz", &gz.finish().unwrap());
    let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(" date 2021-03 The company said that revenue was up.".as_bytes())
        .unwrap();
    write(dir.path(), "note.txt.gz", &gz.finish().unwrap());
    let out = claimex(&["extract", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = records(&out);
    assert_eq!(recs.len(), 101);
    assert_eq!(recs[0].id, "g0");
    assert_eq!(recs[99].id, "g99");
    assert_eq!(
        (recs[100].id.as_str(), recs[100].date.as_deref()),
        ("note", Some("2021-03"))
    );
}

#[test]
fn stdin_is_read_as_jsonl() {
    let input = b"{\"text\": \"The company said that revenue was up in the quarter.\"}\n\n{\"id\": \"x\", \"text\": \"Another article about the cloud.\"}\n";
    for args in [&["extract"][..], &["extract", "-"][..]] {
        let out = claimex_stdin(args, input);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let recs = records(&out);
        assert_eq!(ids(&recs), vec!["stdin:1", "x"]);
        assert_eq!(recs[0].source.as_deref(), Some("-"));
    }
}

#[test]
fn bad_input_is_named_counted_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a_good.txt",
        b"The company said that revenue was up in the quarter.",
    );
    write(
        dir.path(),
        "b_latin1.txt",
        b"Revenue of Soci\xe9t\xe9 G\xe9n\xe9rale rose.",
    );
    write(
        dir.path(),
        "c_dump.jsonl",
        b"{\"id\": \"ok1\", \"text\": \"fine text here\"}\n{\"id\": \"broken\", \"text\": \n{\"id\": \"ok2\", \"text\": \"more fine text\"}\n{\"id\": \"nobody\"}\n",
    );
    write(dir.path(), "d_empty.txt", b"");
    write(
        dir.path(),
        "e_notes.md",
        b"not an article: unsupported files in directories are ignored",
    );
    let missing = dir.path().join("missing.txt");
    let out = claimex(&[
        "extract",
        dir.path().to_str().unwrap(),
        missing.to_str().unwrap(),
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert_eq!(ids(&records(&out)), vec!["a_good", "ok1", "ok2"]);
    assert!(err.contains("b_latin1.txt:1: not valid UTF-8"), "{err}");
    assert!(err.contains("c_dump.jsonl:2: not a JSON object"), "{err}");
    assert!(err.contains("c_dump.jsonl:4: no article body"), "{err}");
    assert!(err.contains("d_empty.txt: empty file"), "{err}");
    assert!(err.contains("missing.txt: cannot read"), "{err}");
    assert!(err.contains("3 articles read, 5 skipped"), "{err}");
    // For pipelines that fail a task on any non-zero exit.
    let out = claimex(&["extract", "--allow-skipped", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(records(&out).len(), 3);
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["extract", "--lang", "english", "corpus/"][..],
        &["extract", "--shard", "4/4", "corpus/"][..],
        &["extract", "--shard", "x", "corpus/"][..],
        &["extract", "--no-such-flag"][..],
        &["frobnicate"][..],
        &[][..],
    ] {
        let out = claimex(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
    let help = claimex(&["extract", "--help"]);
    assert_eq!(help.status.code(), Some(0));
    let text = String::from_utf8_lossy(&help.stdout);
    for option in [
        "--claims",
        "--threads",
        "--lang",
        "--shard",
        "--gazetteer",
        "Example",
    ] {
        assert!(text.contains(option), "help lacks {option}");
    }
}

#[test]
fn output_file_and_unwritable_output() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("out.jsonl");
    let out = claimex(&["extract", "corpus/", "-o", out_path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert_eq!(
        std::fs::read_to_string(&out_path).unwrap().lines().count(),
        5
    );
    let bad = dir.path().join("no/such/dir/out.jsonl");
    let out = claimex(&["extract", "corpus/", "-o", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("cannot write"));
}

#[test]
fn unreadable_gazetteer_fails_with_1() {
    let out = claimex(&[
        "extract",
        "--gazetteer",
        "/no/such/gazetteer.tsv",
        "corpus/",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("/no/such/gazetteer.tsv"));
}

#[test]
fn shards_partition_the_input() {
    let all = ids(&records(&claimex(&["extract", "corpus/"])))
        .into_iter()
        .map(String::from)
        .collect::<Vec<_>>();
    let mut seen = Vec::new();
    for i in 0..3 {
        let shard = format!("{i}/3");
        let recs = records(&claimex(&["extract", "--shard", &shard, "corpus/"]));
        let expected: Vec<String> = all.iter().skip(i).step_by(3).cloned().collect();
        assert_eq!(
            ids(&recs),
            expected.iter().map(String::as_str).collect::<Vec<_>>()
        );
        seen.extend(expected);
    }
    seen.sort();
    assert_eq!(seen, all);
}

#[test]
fn output_is_identical_for_any_thread_count() {
    let one = claimex(&[
        "extract",
        "--threads",
        "1",
        "corpus/",
        "tests/data/corpus-extra/",
    ]);
    let four = claimex(&[
        "extract",
        "--threads",
        "4",
        "corpus/",
        "tests/data/corpus-extra/",
    ]);
    assert_eq!(one.stdout, four.stdout);
}

#[test]
fn claims_export_has_doc_ids() {
    let out = claimex(&["extract", "--claims", "corpus/"]);
    assert_eq!(out.status.code(), Some(0));
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["doc_id"].is_string(), "{line}");
        assert!(v["entity"].is_string() && v["metric"].is_string(), "{line}");
    }
}

#[test]
fn generated_dump_gives_identical_output_for_any_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump.jsonl.gz");
    let generated = Command::new("python3")
        .arg(root().join("scripts/gen-dump"))
        .args(["--mb", "3", "--seed", "11", "-o"])
        .arg(&dump)
        .output()
        .expect("python3 runs scripts/gen-dump");
    assert!(generated.status.success(), "{}", stderr(&generated));
    let dump = dump.to_str().unwrap();
    let one = claimex(&["extract", "--threads", "1", dump]);
    let four = claimex(&["extract", "--threads", "4", dump]);
    assert_eq!(one.status.code(), Some(0), "{}", stderr(&one));
    assert!(
        one.stdout == four.stdout,
        "outputs differ between 1 and 4 threads"
    );
    // Input order is kept across batches.
    let ids: Vec<String> = records(&one).into_iter().map(|r| r.id).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    assert!(ids.len() > 1000, "several batches");
}

#[test]
fn quiet_drops_the_summary_and_progress_is_silent_when_piped() {
    let out = claimex(&["extract", "-q", "corpus/"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    // `--progress` draws only on a terminal: piped stderr stays clean.
    let out = claimex(&["extract", "--progress", "corpus/"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    assert_eq!(records(&out).len(), 5);
}
