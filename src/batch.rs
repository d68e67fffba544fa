//! Running the pipeline over a stream of articles: in parallel, in bounded
//! memory, with output in input order.
//!
//! Three things go on at once, each on its own batch:
//!
//! - a reader thread loads articles into batches (a fixed number of
//!   articles or bytes, whichever comes first) and hands them over a
//!   channel that holds at most two batches;
//! - the rayon pool extracts batches N+1 and N+2 and renders their records;
//! - the calling thread writes the records of batch N, in input order.
//!
//! Writing used to wait for the extraction of a batch and the pool for the
//! writing, so a pool of two threads idled while the records went out, and
//! again at the end of every batch while the last article was extracted.
//! Now the calling thread writes a batch while the pool extracts the next
//! two (`IN_FLIGHT`), so that a worker that runs out of articles of one
//! batch goes on with the next. At most six batches exist at once (one
//! being filled, two in the channel, two extracted, one written), whatever
//! the input size, and batches are written strictly in turn, so the output
//! is the same for any number of threads.

use std::collections::VecDeque;
use std::io::{self, Write};
use std::sync::{mpsc, Mutex};
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
    let spare = Spare::default();
    let spare = &spare;
    pool.in_place_scope(|scope| {
        // Batches handed to the pool, oldest first, each with the channel
        // its rendered lines come back on.
        let mut extracting: VecDeque<mpsc::Receiver<Rendered>> = VecDeque::new();
        let mut batches = receiver.into_iter();
        loop {
            let next = batches.next();
            let more = next.is_some();
            if let Some(batch) = next {
                let (done, rendered) = mpsc::sync_channel(1);
                scope.spawn(move |_| {
                    // The receiver is gone only when writing failed.
                    let _ = done.send(render_batch(extractor, batch, options.output, spare));
                });
                extracting.push_back(rendered);
            }
            if extracting.len() <= IN_FLIGHT && more {
                continue;
            }
            let Some(oldest) = extracting.pop_front() else {
                break;
            };
            // An error here means the extraction panicked; the scope
            // passes the panic on when it ends.
            let Ok(lines) = oldest.recv() else { break };
            result = write_batch(lines, out, &mut summary, started, observer, spare);
            if result.is_err() {
                break;
            }
        }
        // Dropping the batch receiver (on error) ends the reader at its
        // next send; the scope waits for the extractions under way.
    });
    let _ = reader.join();
    result?;
    out.flush()?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// How many batches the pool extracts while the calling thread writes one.
/// With two, a worker that runs out of articles of the older batch takes
/// some of the newer one instead of waiting for the last article of the
/// older batch to finish.
const IN_FLIGHT: usize = 2;

/// A batch after extraction, as runs of consecutive items.
struct Rendered {
    chunks: Vec<Chunk>,
    text_bytes: usize,
}

/// A run of consecutive items of a batch after extraction: the output
/// lines of all its articles in one buffer, and for each item its number
/// of claims or why it was skipped. One buffer for a few articles, sized
/// once for all of them, instead of one allocation per article (freed by
/// the writing thread, the other thread's heap) and one small write each.
struct Chunk {
    out: Vec<u8>,
    items: Vec<Result<usize, LoadError>>,
}

/// Output buffers written out and emptied, for the next chunks: the same
/// buffers go round between the pool and the writing thread. Fresh ones
/// for every chunk cost a page fault every few kilobytes of output.
#[derive(Default)]
struct Spare(Mutex<Vec<Vec<u8>>>);

impl Spare {
    /// More than the chunks of all the batches that exist at once.
    const MOST: usize = 1024;

    fn take(&self) -> Vec<u8> {
        let mut spare = self.0.lock().unwrap_or_else(|e| e.into_inner());
        spare.pop().unwrap_or_default()
    }

    fn give(&self, mut buffer: Vec<u8>) {
        buffer.clear();
        let mut spare = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if spare.len() < Spare::MOST {
            spare.push(buffer);
        }
    }
}

/// How many items of a batch are rendered into one [`Chunk`]: few enough
/// that the pool's threads share a batch evenly.
const CHUNK_ITEMS: usize = 8;

/// Extracts and renders a batch on the current rayon pool. The articles
/// are dropped here too, on the pool, not on the writing thread.
fn render_batch(
    extractor: &Extractor,
    batch: Vec<Result<Article, LoadError>>,
    mode: OutputMode,
    spare: &Spare,
) -> Rendered {
    let text_bytes = batch.iter().flatten().map(|a| a.text.len()).sum();
    let mut items = batch.into_iter();
    let mut runs = Vec::with_capacity(items.len().div_ceil(CHUNK_ITEMS));
    loop {
        let run: Vec<_> = items.by_ref().take(CHUNK_ITEMS).collect();
        if run.is_empty() {
            break;
        }
        runs.push(run);
    }
    let chunks = runs
        .into_par_iter()
        .map(|run| render_chunk(extractor, run, mode, spare.take()))
        .collect();
    Rendered { chunks, text_bytes }
}

fn render_chunk(
    extractor: &Extractor,
    run: Vec<Result<Article, LoadError>>,
    mode: OutputMode,
    mut out: Vec<u8>,
) -> Chunk {
    // Records run to about four times the text.
    let room: usize = run.iter().flatten().map(|a| a.text.len() * 4 + 256).sum();
    out.reserve(room);
    let items = run
        .into_iter()
        .map(|item| item.map(|article| render(extractor, &article, mode, &mut out)))
        .collect();
    Chunk { out, items }
}

/// Writes a rendered batch in input order, reports its skipped items and
/// the progress; stops at the first write error.
fn write_batch(
    batch: Rendered,
    out: &mut dyn Write,
    summary: &mut Summary,
    started: Instant,
    observer: &mut dyn Observer,
    spare: &Spare,
) -> io::Result<()> {
    for chunk in batch.chunks {
        for item in chunk.items {
            match item {
                Ok(claims) => {
                    summary.articles += 1;
                    summary.claims += claims;
                }
                Err(error) => {
                    summary.skipped += 1;
                    observer.skipped(&error);
                }
            }
        }
        out.write_all(&chunk.out)?;
        spare.give(chunk.out);
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

/// Appends one article's output lines to `out` and returns its number of
/// claims; written straight from the extraction (see [`crate::record`]),
/// the same bytes as serializing [`Extractor::record`].
fn render(extractor: &Extractor, article: &Article, mode: OutputMode, out: &mut Vec<u8>) -> usize {
    let found = extractor.extract(article);
    match mode {
        OutputMode::Documents => {
            crate::record::write_document(out, article, &found);
            out.push(b'\n');
        }
        OutputMode::Claims => crate::record::write_claims(out, article, &found),
    }
    found.claims.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Counts {
        skipped: usize,
        progress: usize,
    }

    impl Observer for Counts {
        fn skipped(&mut self, _error: &LoadError) {
            self.skipped += 1;
        }
        fn progress(&mut self, _summary: &Summary) {
            self.progress += 1;
        }
    }

    /// A dump of `n` short articles with a bad line every seventh.
    fn dump(n: usize) -> tempfile::NamedTempFile {
        let mut file = tempfile::Builder::new()
            .suffix(".jsonl")
            .tempfile()
            .unwrap();
        for i in 0..n {
            if i % 7 == 3 {
                writeln!(file, "{{not json").unwrap();
            } else {
                writeln!(
                    file,
                    r#"{{"id": "a{i}", "text": "Alibaba said revenue rose {i}% to ${i} billion in 2019."}}"#
                )
                .unwrap();
            }
        }
        file
    }

    fn run_with(
        file: &tempfile::NamedTempFile,
        threads: usize,
        out: &mut dyn Write,
    ) -> (io::Result<Summary>, Counts) {
        let extractor = Extractor::new(crate::Options::default()).unwrap();
        let options = BatchOptions {
            threads,
            batch_articles: 3,
            ..BatchOptions::default()
        };
        let mut counts = Counts {
            skipped: 0,
            progress: 0,
        };
        let inputs = vec![Input::Path(file.path().to_path_buf())];
        let result = run(&extractor, inputs, out, &options, &mut counts);
        (result, counts)
    }

    #[test]
    fn many_small_batches_come_out_in_order_for_any_pool() {
        let file = dump(50);
        let mut one = Vec::new();
        let (summary, counts) = run_with(&file, 1, &mut one);
        let summary = summary.unwrap();
        assert_eq!((summary.articles, summary.skipped), (43, 7));
        assert_eq!((counts.skipped, counts.progress), (7, 17));
        let ids: Vec<String> = String::from_utf8(one.clone())
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].to_string())
            .collect();
        let expected: Vec<String> = (0..50)
            .filter(|i| i % 7 != 3)
            .map(|i| format!("\"a{i}\""))
            .collect();
        assert_eq!(ids, expected);
        let mut three = Vec::new();
        run_with(&file, 3, &mut three).0.unwrap();
        assert!(one == three, "outputs differ between 1 and 3 threads");
    }

    /// A writer that fails after a few bytes.
    struct Full(usize);

    impl Write for Full {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.0 < buf.len() {
                return Err(io::Error::other("disk full"));
            }
            self.0 -= buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_write_error_ends_the_run() {
        let (result, _) = run_with(&dump(50), 2, &mut Full(1000));
        assert_eq!(result.unwrap_err().to_string(), "disk full");
    }
}
