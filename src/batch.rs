//! Running the pipeline over a stream of articles: in parallel, in bounded
//! memory, with output in input order.
//!
//! A reader thread loads articles into batches (a fixed number of articles
//! or bytes, whichever comes first) and hands them over a channel that holds
//! at most two batches. The calling thread extracts each batch on the rayon
//! pool and writes the records in input order while the reader fills the
//! next one. At most four batches exist at once, whatever the input size,
//! and the output is the same for any number of threads.

use std::io::{self, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::article::Article;
use crate::load::{ArticleReader, Input, LoadError};
use crate::Extractor;

/// What each output line is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OutputMode {
    /// One document record per article (SPEC section 2).
    #[default]
    Documents,
    /// One claim per line, with `doc_id` (SPEC section 3).
    Claims,
}

/// How a batch run is shaped.
#[derive(Clone, Debug)]
pub struct BatchOptions {
    pub output: OutputMode,
    /// Worker threads; 0 means one per core.
    pub threads: usize,
    /// `(i, n)`: keep only the items whose position, from 0, is `i` mod `n`.
    pub shard: Option<(usize, usize)>,
    /// A batch is full at this many articles…
    pub batch_articles: usize,
    /// …or this many bytes of text.
    pub batch_bytes: usize,
}

impl Default for BatchOptions {
    fn default() -> BatchOptions {
        BatchOptions {
            output: OutputMode::Documents,
            threads: 0,
            shard: None,
            batch_articles: 512,
            batch_bytes: 4 << 20,
        }
    }
}

/// Counts of a run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// Articles extracted and written.
    pub articles: usize,
    /// Inputs or lines skipped, each reported.
    pub skipped: usize,
    /// Bytes of article text processed.
    pub text_bytes: u64,
    pub claims: usize,
    pub elapsed: Duration,
}

/// Something that watches a run: told about every skipped input, in input
/// order, and about progress after every batch.
pub trait Observer {
    fn skipped(&mut self, error: &LoadError);
    fn progress(&mut self, _summary: &Summary) {}
}

/// Extracts every article of `inputs` and writes one line per record to
/// `out`. Returns the counts; fails only when writing fails.
pub fn run(
    extractor: &Extractor,
    inputs: Vec<Input>,
    out: &mut dyn Write,
    options: &BatchOptions,
    observer: &mut dyn Observer,
) -> io::Result<Summary> {
    let started = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads)
        .build()
        .map_err(io::Error::other)?;
    let (sender, receiver) = mpsc::sync_channel::<Vec<Result<Article, LoadError>>>(2);
    let reader_options = options.clone();
    let reader = std::thread::spawn(move || read_batches(inputs, &reader_options, sender));

    let mut summary = Summary::default();
    let mut result = Ok(());
    for batch in receiver {
        let batch_bytes: usize = batch.iter().flatten().map(|a| a.text.len()).sum();
        let lines: Vec<Result<(Vec<u8>, usize), LoadError>> = pool.install(|| {
            batch
                .into_par_iter()
                .map(|item| item.map(|article| render(extractor, &article, options.output)))
                .collect()
        });
        for line in lines {
            match line {
                Ok((bytes, claims)) => {
                    summary.articles += 1;
                    summary.claims += claims;
                    if let Err(e) = out.write_all(&bytes) {
                        result = Err(e);
                        break;
                    }
                }
                Err(error) => {
                    summary.skipped += 1;
                    observer.skipped(&error);
                }
            }
        }
        if result.is_err() {
            break;
        }
        summary.text_bytes += batch_bytes as u64;
        summary.elapsed = started.elapsed();
        observer.progress(&summary);
    }
    // Dropping the receiver (on error) ends the reader at its next send.
    let _ = reader.join();
    result?;
    out.flush()?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// The reader thread: fills batches and sends them.
fn read_batches(
    inputs: Vec<Input>,
    options: &BatchOptions,
    sender: mpsc::SyncSender<Vec<Result<Article, LoadError>>>,
) {
    let mut batch = Vec::new();
    let mut batch_bytes = 0usize;
    for (position, item) in ArticleReader::new(inputs).enumerate() {
        if let Some((i, n)) = options.shard {
            if position % n != i {
                continue;
            }
        }
        if let Ok(article) = &item {
            batch_bytes += article.text.len();
        }
        batch.push(item);
        if batch.len() >= options.batch_articles || batch_bytes >= options.batch_bytes {
            if sender.send(std::mem::take(&mut batch)).is_err() {
                return;
            }
            batch_bytes = 0;
        }
    }
    if !batch.is_empty() {
        let _ = sender.send(batch);
    }
}

/// One article's output lines and its number of claims, written straight
/// from the extraction (see [`crate::record`]); the same bytes as
/// serializing [`Extractor::record`].
fn render(extractor: &Extractor, article: &Article, mode: OutputMode) -> (Vec<u8>, usize) {
    let found = extractor.extract(article);
    let mut bytes = Vec::with_capacity(article.text.len() * 4 + 256);
    match mode {
        OutputMode::Documents => {
            crate::record::write_document(&mut bytes, article, &found);
            bytes.push(b'\n');
        }
        OutputMode::Claims => crate::record::write_claims(&mut bytes, article, &found),
    }
    (bytes, found.claims.len())
}
