//! The `claimex` command line: argument parsing, I/O and exit codes.
//! Everything else lives in the library.

use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};

use claimex::batch::{self, BatchOptions, Observer, OutputMode, Summary};
use claimex::eval::import::{ImportFormat, LabelMap, Offsets};
use claimex::eval::report::{self, parse_threshold, Show, Threshold};
use claimex::eval::{self as evaluation, EvalInputs, GoldInput};
use claimex::load::{Input, LoadError};
use claimex::{Extractor, LanguageChoice, Options};

/// Exit codes, the same for every subcommand (SPEC section 6).
mod exit {
    pub const OK: u8 = 0;
    pub const FAILED: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const SKIPPED: u8 = 3;
    pub const BELOW_THRESHOLD: u8 = 4;
}

const EXIT_CODES: &str = "\
Exit codes:
  0  done; all input read
  1  failed: nothing or not everything could be written (unreadable gazetteer, output not writable)
  2  usage error
  3  done, but some input was skipped (each one named on stderr; --allow-skipped makes this 0)
  4  eval: a --min-f1 threshold was not met";

#[derive(Parser)]
#[command(
    name = "claimex",
    version,
    about = "Extract company – metric – value – period claims from financial news (en, nl, fr)",
    after_help = EXIT_CODES
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract mentions and claims from articles, one JSON record per line.
    #[command(after_help = concat!(
        "Examples:\n",
        "  claimex extract corpus/                       # every .txt/.jsonl(.gz) below corpus/\n",
        "  claimex extract dump.jsonl.gz -o out.jsonl    # a gzipped JSONL dump\n",
        "  cat dump.jsonl | claimex extract              # JSONL on stdin\n",
        "  claimex extract --claims corpus/ > claims.jsonl\n",
        "\n",
        "Exit codes:\n",
        "  0 all input read; 1 output failed; 2 usage error; 3 some input skipped"
    ))]
    Extract(ExtractArgs),
    /// Score predictions (or the extractor itself) against gold (SPEC section 5).
    #[command(after_help = concat!(
        "Examples:\n",
        "  claimex eval --gold gold corpus/                        # extract corpus/, score against gold/\n",
        "  claimex eval --gold gold --pred out.jsonl corpus/       # score a prediction file\n",
        "  claimex eval --gold gold corpus/ --errors --per-doc     # every FP/FN with context\n",
        "  claimex eval --gold gold corpus/ --json > scores.json\n",
        "  claimex eval --gold gold corpus/ --min-f1 lang=1.0 money.value=0.8\n",
        "  claimex eval --gold-format labelstudio --gold export.json --pred out.jsonl\n",
        "  claimex eval --gold-format doccano --offsets utf16 --label-map ORG=company,CUR=money --gold ann.jsonl\n",
        "\n",
        "Levels (--min-f1 names): strict, lenient, value and company./money./percent. of each;\n",
        "claim_link, claim_link.sentence, claim_full, claim_full.sentence; lang, translated_from.\n",
        "Put PATH… before --min-f1 (it takes several values), or end its list with --.\n",
        "\n",
        "Exit codes:\n",
        "  0 done; 1 failed; 2 usage error; 3 some gold or input skipped (--allow-skipped: 0);\n",
        "  4 a --min-f1 threshold was not met"
    ))]
    Eval(EvalArgs),
    /// Check gold files against their articles (text at every span, types,
    /// metrics, links), as `eval` does before scoring.
    #[command(after_help = concat!(
        "Examples:\n",
        "  claimex check-gold --gold gold corpus/\n",
        "  claimex check-gold --gold tests/data/gold-extra tests/data/corpus-extra\n",
        "\n",
        "Exit codes:\n",
        "  0 every gold file is good; 2 usage error; 3 some gold file has problems (named on stderr)"
    ))]
    CheckGold(CheckGoldArgs),
}

#[derive(Args)]
struct GoldArgs {
    /// Gold: a directory of <id>.json records, a JSONL file of records, or
    /// an annotation tool's export (see --gold-format). Example: `--gold gold`
    #[arg(long, value_name = "DIR|FILE")]
    gold: PathBuf,

    /// What --gold holds: `records` (SPEC section 4), a `doccano` JSONL
    /// export, or a `labelstudio` JSON export (scored at the strict and
    /// lenient levels only).
    #[arg(long, value_name = "FORMAT", default_value = "records")]
    gold_format: GoldFormat,

    /// Annotation labels to mention types for imported gold,
    /// case-insensitive. Example: `--label-map ORG=company,AMOUNT=money`
    #[arg(
        long,
        value_name = "LABEL=TYPE,…",
        default_value = "ORG=company,COMPANY=company,MONEY=money,PERCENT=percent",
        value_parser = LabelMap::parse
    )]
    label_map: LabelMap,

    /// How doccano offsets count: `codepoints` or `utf16`. (Label Studio
    /// spans are checked against their recorded text and converted.)
    #[arg(long, value_name = "UNIT", default_value = "codepoints")]
    offsets: OffsetUnit,

    /// Articles (.txt, .jsonl, .ndjson, optionally .gz, or directories):
    /// the texts gold offsets are checked against and errors are shown in.
    #[arg(value_name = "PATH")]
    paths: Vec<String>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum GoldFormat {
    Records,
    Doccano,
    Labelstudio,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum OffsetUnit {
    Codepoints,
    Utf16,
}

#[derive(Args)]
struct EvalArgs {
    #[command(flatten)]
    gold: GoldArgs,

    /// Score this JSONL file of document records (as `extract` writes)
    /// instead of extracting PATH…. Example: `--pred out.jsonl`
    #[arg(long, value_name = "PRED.jsonl")]
    pred: Option<PathBuf>,

    /// Write the scores as JSON instead of a table.
    #[arg(long)]
    json: bool,

    /// Also show the scores of each document.
    #[arg(long)]
    per_doc: bool,

    /// Also list every false positive and false negative with its context,
    /// grouped by type (mentions at the value level, claims at claim_full).
    #[arg(long)]
    errors: bool,

    /// Fail (exit 4) when a level's F1 (accuracy for lang,
    /// translated_from) is below VALUE. Example: `--min-f1 value=0.8 lang=1.0`
    #[arg(long, value_name = "LEVEL=VALUE", num_args = 1.., value_delimiter = ',', value_parser = parse_threshold)]
    min_f1: Vec<Threshold>,

    /// Language of every article when extracting (a two-letter code, or
    /// `auto`). Example: `--lang fr`
    #[arg(long, value_name = "CODE|auto")]
    lang: Option<String>,

    /// Add this gazetteer file to the bundled one when extracting. Repeatable.
    #[arg(long, value_name = "FILE")]
    gazetteer: Vec<PathBuf>,

    /// Use only this gazetteer file when extracting.
    #[arg(long, value_name = "FILE", conflicts_with = "gazetteer")]
    gazetteer_only: Option<PathBuf>,

    /// Exit 0 instead of 3 when some gold or input was skipped; skips are
    /// still reported on stderr.
    #[arg(long)]
    allow_skipped: bool,
}

#[derive(Args)]
struct CheckGoldArgs {
    #[command(flatten)]
    gold: GoldArgs,
}

#[derive(Args)]
struct CommonArgs {
    /// Files (.txt, .jsonl, .ndjson, each optionally .gz) or directories
    /// (read recursively, sorted). `-` or nothing reads JSONL from stdin.
    /// Example: `corpus/ extra/dump.jsonl.gz`
    #[arg(value_name = "PATH")]
    paths: Vec<String>,

    /// Language of every article: an ISO 639-1 code (`nl`) forces it;
    /// `auto` detects it even where the input declares one. Default: the
    /// input's `language` field, else detection. Example: `--lang fr`
    #[arg(long, value_name = "CODE|auto")]
    lang: Option<String>,

    /// Add the companies of this gazetteer file (TSV, see data/companies.tsv)
    /// to the bundled one. Repeatable. Example: `--gazetteer my-companies.tsv`
    #[arg(long, value_name = "FILE")]
    gazetteer: Vec<PathBuf>,

    /// Use only this gazetteer file, not the bundled one.
    /// Example: `--gazetteer-only my-companies.tsv`
    #[arg(long, value_name = "FILE", conflicts_with = "gazetteer")]
    gazetteer_only: Option<PathBuf>,

    /// Worker threads (default: one per core). Output is identical for any
    /// value. Example: `--threads 4`
    #[arg(long, value_name = "N", default_value_t = 0)]
    threads: usize,

    /// Process only the articles whose position in the input (from 0) is I
    /// modulo N, to split a dump across machines. Example: `--shard 0/4`
    #[arg(long, value_name = "I/N", value_parser = parse_shard)]
    shard: Option<(usize, usize)>,

    /// Exit 0 instead of 3 when some input was skipped (for Spark `pipe`,
    /// Hadoop Streaming); skips are still reported on stderr.
    #[arg(long)]
    allow_skipped: bool,

    /// No summary line on stderr (skipped inputs are still reported).
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Args)]
struct ExtractArgs {
    #[command(flatten)]
    common: CommonArgs,

    /// Write to FILE instead of stdout. Example: `-o records.jsonl`
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,

    /// Write one claim per line (with `doc_id`) instead of one document per
    /// line: the export for pandas, DuckDB and spreadsheets.
    #[arg(long)]
    claims: bool,

    /// Show a progress bar on stderr even for small inputs (it is shown
    /// by default when stderr is a terminal and the input is large).
    #[arg(long)]
    progress: bool,
}

fn parse_shard(s: &str) -> Result<(usize, usize), String> {
    let (i, n) = s.split_once('/').ok_or("expected I/N, for example 0/4")?;
    let i: usize = i.trim().parse().map_err(|_| format!("not a number: {i}"))?;
    let n: usize = n.trim().parse().map_err(|_| format!("not a number: {n}"))?;
    if n == 0 || i >= n {
        return Err(format!("need 0 <= I < N, got {i}/{n}"));
    }
    Ok((i, n))
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Extract(args) => extract(args),
        Command::Eval(args) => eval(args),
        Command::CheckGold(args) => check_gold(args),
    }
}

/// Builds the extractor from the common options, or reports why not.
fn build_extractor(common: &CommonArgs) -> Result<Extractor, ExitCode> {
    let language = match common.lang.as_deref() {
        None => LanguageChoice::Declared,
        Some("auto") => LanguageChoice::Detect,
        Some(code) if code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic()) => {
            LanguageChoice::Force(code.to_ascii_lowercase())
        }
        Some(other) => {
            eprintln!("claimex: --lang takes a two-letter ISO 639-1 code or `auto`, not `{other}`");
            return Err(ExitCode::from(exit::USAGE));
        }
    };
    let (gazetteers, gazetteer_only) = match &common.gazetteer_only {
        Some(path) => (vec![path.clone()], true),
        None => (common.gazetteer.clone(), false),
    };
    let options = Options {
        language,
        gazetteers,
        gazetteer_only,
    };
    match Extractor::new(options) {
        Ok(extractor) => {
            for warning in &extractor.gazetteer_warnings {
                eprintln!("claimex: {warning}");
            }
            Ok(extractor)
        }
        Err(e) => {
            eprintln!("claimex: {e}");
            Err(ExitCode::from(exit::FAILED))
        }
    }
}

fn inputs_of(paths: &[String]) -> Vec<Input> {
    if paths.is_empty() {
        vec![Input::Stdin]
    } else {
        paths.iter().map(|p| Input::parse(p)).collect()
    }
}

/// Reports skipped inputs on stderr and drives the progress bar.
struct Reporter {
    bar: Option<ProgressBar>,
}

impl Observer for Reporter {
    fn skipped(&mut self, error: &LoadError) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{error}")),
            None => eprintln!("{error}"),
        }
    }

    fn progress(&mut self, summary: &Summary) {
        if let Some(bar) = &self.bar {
            let secs = summary.elapsed.as_secs_f64().max(1e-9);
            bar.set_position(summary.articles as u64);
            bar.set_message(format!(
                "{:.0} articles/s, {:.1} MB/s, {} skipped",
                summary.articles as f64 / secs,
                summary.text_bytes as f64 / 1e6 / secs,
                summary.skipped
            ));
        }
    }
}

/// Inputs big enough to deserve a progress bar: stdin, or more than 8 MB.
fn large_input(inputs: &[Input]) -> bool {
    fn size(path: &std::path::Path) -> u64 {
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => std::fs::read_dir(path)
                .map(|entries| entries.flatten().map(|e| size(&e.path())).sum())
                .unwrap_or(0),
            Ok(m) => m.len(),
            Err(_) => 0,
        }
    }
    let mut total = 0;
    for input in inputs {
        match input {
            Input::Stdin => return true,
            Input::Path(p) => total += size(p),
        }
        if total > 8 << 20 {
            return true;
        }
    }
    false
}

fn progress_bar() -> ProgressBar {
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos} articles, {elapsed} — {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

fn extract(args: ExtractArgs) -> ExitCode {
    let extractor = match build_extractor(&args.common) {
        Ok(e) => e,
        Err(code) => return code,
    };
    let inputs = inputs_of(&args.common.paths);
    // No `BufWriter`: the batch runner writes whole chunks of records,
    // tens of kilobytes each, and a buffer would only copy them once more.
    let out: Box<dyn Write> = match &args.output {
        Some(path) => match File::create(path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("claimex: cannot write {}: {e}", path.display());
                return ExitCode::from(exit::FAILED);
            }
        },
        None => Box::new(io::stdout().lock()),
    };
    let show_bar = io::stderr().is_terminal() && (args.progress || large_input(&inputs));
    let mut reporter = Reporter {
        bar: show_bar.then(progress_bar),
    };
    let options = BatchOptions {
        output: if args.claims {
            OutputMode::Claims
        } else {
            OutputMode::Documents
        },
        threads: args.common.threads,
        shard: args.common.shard,
        ..BatchOptions::default()
    };
    let mut out = out;
    let result = batch::run(&extractor, inputs, &mut out, &options, &mut reporter);
    if let Some(bar) = reporter.bar.take() {
        bar.finish_and_clear();
    }
    let summary = match result {
        Ok(summary) => summary,
        // A closed pipe (`| head`) is the reader's choice, not a failure.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return ExitCode::from(exit::OK),
        Err(e) => {
            eprintln!("claimex: cannot write output: {e}");
            return ExitCode::from(exit::FAILED);
        }
    };
    finish(&summary, &args.common)
}

/// Prints the summary line and picks the exit code.
fn finish(summary: &Summary, common: &CommonArgs) -> ExitCode {
    if !common.quiet {
        let secs = summary.elapsed.as_secs_f64();
        eprintln!(
            "claimex: {} articles read, {} skipped, {} claims, {:.2} MB in {:.2} s",
            summary.articles,
            summary.skipped,
            summary.claims,
            summary.text_bytes as f64 / 1e6,
            secs
        );
    }
    if summary.skipped > 0 && !common.allow_skipped {
        ExitCode::from(exit::SKIPPED)
    } else {
        ExitCode::from(exit::OK)
    }
}

fn gold_input(args: &GoldArgs) -> GoldInput {
    let format = match args.gold_format {
        GoldFormat::Records => return GoldInput::Records(args.gold.clone()),
        GoldFormat::Doccano => ImportFormat::Doccano,
        GoldFormat::Labelstudio => ImportFormat::LabelStudio,
    };
    GoldInput::Import {
        path: args.gold.clone(),
        format,
        labels: args.label_map.clone(),
        offsets: match args.offsets {
            OffsetUnit::Codepoints => Offsets::CodePoints,
            OffsetUnit::Utf16 => Offsets::Utf16,
        },
    }
}

fn eval(args: EvalArgs) -> ExitCode {
    let extractor = if args.pred.is_none() {
        let common = CommonArgs {
            paths: Vec::new(),
            lang: args.lang.clone(),
            gazetteer: args.gazetteer.clone(),
            gazetteer_only: args.gazetteer_only.clone(),
            threads: 0,
            shard: None,
            allow_skipped: args.allow_skipped,
            quiet: true,
        };
        match build_extractor(&common) {
            Ok(e) => Some(e),
            Err(code) => return code,
        }
    } else {
        None
    };
    let inputs = EvalInputs {
        gold: gold_input(&args.gold),
        predictions: args.pred.clone(),
        articles: args.gold.paths.iter().map(|p| Input::parse(p)).collect(),
    };
    let outcome = match evaluation::run(&inputs, extractor.as_ref()) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("claimex: {e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    for line in outcome.skipped.iter().chain(&outcome.notes) {
        eprintln!("{line}");
    }
    let failed = match report::check_thresholds(&outcome.report, &args.min_f1) {
        Ok(failed) => failed,
        Err(e) => {
            eprintln!("claimex: {e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    let show = Show {
        per_doc: args.per_doc,
        errors: args.errors,
    };
    let text = if args.json {
        let value = report::to_json(&outcome.report, &outcome.texts, show, &outcome.skipped);
        format!("{value:#}\n")
    } else {
        report::table(&outcome.report, &outcome.texts, show)
    };
    let mut stdout = io::stdout().lock();
    if let Err(e) = stdout
        .write_all(text.as_bytes())
        .and_then(|_| stdout.flush())
    {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("claimex: cannot write output: {e}");
            return ExitCode::from(exit::FAILED);
        }
    }
    for message in &failed {
        eprintln!("claimex: --min-f1 not met: {message}");
    }
    if !failed.is_empty() {
        ExitCode::from(exit::BELOW_THRESHOLD)
    } else if !outcome.skipped.is_empty() && !args.allow_skipped {
        ExitCode::from(exit::SKIPPED)
    } else {
        ExitCode::from(exit::OK)
    }
}

fn check_gold(args: CheckGoldArgs) -> ExitCode {
    let mut skipped = Vec::new();
    let articles = evaluation::load_articles(
        &args
            .gold
            .paths
            .iter()
            .map(|p| Input::parse(p))
            .collect::<Vec<_>>(),
        &mut skipped,
    );
    let texts: evaluation::gold::Texts = articles.into_iter().map(|a| (a.id, a.text)).collect();
    let given = !args.gold.paths.is_empty();
    let gold = match evaluation::load_gold_input(&gold_input(&args.gold), given.then_some(&texts)) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("claimex: {e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    skipped.extend(gold.problems.iter().map(ToString::to_string));
    for line in skipped.iter().chain(&gold.notes) {
        eprintln!("{line}");
    }
    if !given {
        eprintln!(
            "claimex: no articles given: offsets checked only against texts the gold carries"
        );
    }
    if skipped.is_empty() {
        println!(
            "OK {} files, {} mentions, {} claims",
            gold.docs.len(),
            gold.mentions(),
            gold.claims()
        );
        ExitCode::from(exit::OK)
    } else {
        println!(
            "{} good files, {} skipped (problems above)",
            gold.docs.len(),
            gold.skipped
        );
        ExitCode::from(exit::SKIPPED)
    }
}
