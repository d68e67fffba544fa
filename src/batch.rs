//! Running the pipeline over a stream of articles: in parallel, in bounded
//! memory, with output in input order.
//!
//! Three things go on at once, each on its own batch:
//!
//! - a reader thread loads articles into batches (a fixed number of
//!   articles or bytes, whichever comes first) and hands them over a
//!   channel that holds at most two batches;
//! - the rayon pool extracts batch N+1 and renders its records;
//! - the calling thread writes the records of batch N, in input order.
//!
//! Writing used to wait for the extraction of a batch and the pool for the
//! writing, so a pool of two threads idled while the records went out. Now
//! the calling thread hands batch N+1 to the pool first and writes batch N
//! while it is extracted. At most five batches exist at once (two in the
//! channel, one being filled, one extracted, one written), whatever the
//! input size, and batches are written strictly in turn, so the output is
//! the same for any number of threads.

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
    // The rendered lines of the batch extracted last, waiting to be written.
    let mut rendered: Option<Rendered> = None;
    for batch in receiver {
        let mut next = None;
        let slot = &mut next;
        pool.in_place_scope(|scope| {
            scope.spawn(move |_| *slot = Some(render_batch(extractor, batch, options.output)));
            if let Some(done) = rendered.take() {
                result = write_batch(done, out, &mut summary, started, observer);
            }
        });
        if result.is_err() {
            break;
        }
        rendered = next;
    }
    if let (Some(done), Ok(())) = (rendered, &result) {
        result = write_batch(done, out, &mut summary, started, observer);
    }
    // Dropping the receiver (on error) ends the reader at its next send.
    let _ = reader.join();
    result?;
    out.flush()?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// A batch after extraction: each item's output lines and number of
/// claims, or why it was skipped; and the bytes of text it held.
struct Rendered {
    lines: Vec<Result<(Vec<u8>, usize), LoadError>>,
    text_bytes: usize,
}

/// Extracts and renders a batch on the current rayon pool. The articles
/// are dropped here too, on the pool, not on the writing thread.
fn render_batch(
    extractor: &Extractor,
    batch: Vec<Result<Article, LoadError>>,
    mode: OutputMode,
) -> Rendered {
    let text_bytes = batch.iter().flatten().map(|a| a.text.len()).sum();
    let lines = batch
        .into_par_iter()
        .map(|item| item.map(|article| render(extractor, &article, mode)))
        .collect();
    Rendered { lines, text_bytes }
}

/// Writes a rendered batch in input order, reports its skipped items and
/// the progress; stops at the first write error.
fn write_batch(
    batch: Rendered,
    out: &mut dyn Write,
    summary: &mut Summary,
    started: Instant,
    observer: &mut dyn Observer,
) -> io::Result<()> {
    for line in batch.lines {
        match line {
            Ok((bytes, claims)) => {
                summary.articles += 1;
                summary.claims += claims;
                out.write_all(&bytes)?;
            }
            Err(error) => {
                summary.skipped += 1;
                observer.skipped(&error);
            }
        }
    }
    summary.text_bytes += batch.text_bytes as u64;
    summary.elapsed = started.elapsed();
    observer.progress(summary);
    Ok(())
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
