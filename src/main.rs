//! The `claimex` command line: argument parsing, I/O and exit codes.
//! Everything else lives in the library.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};

use claimex::batch::{self, BatchOptions, Observer, OutputMode, Summary};
use claimex::load::{Input, LoadError};
use claimex::{Extractor, LanguageChoice, Options};

/// Exit codes, the same for every subcommand (SPEC section 6).
mod exit {
    pub const OK: u8 = 0;
    pub const FAILED: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const SKIPPED: u8 = 3;
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
                "{:.0} articles/s, {} skipped",
                summary.articles as f64 / secs,
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
    let out: Box<dyn Write> = match &args.output {
        Some(path) => match File::create(path) {
            Ok(f) => Box::new(BufWriter::with_capacity(1 << 16, f)),
            Err(e) => {
                eprintln!("claimex: cannot write {}: {e}", path.display());
                return ExitCode::from(exit::FAILED);
            }
        },
        None => Box::new(BufWriter::with_capacity(1 << 16, io::stdout().lock())),
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
