//! Reading articles from files, directories, gzip and stdin (SPEC section 1).
//!
//! [`ArticleReader`] turns a list of inputs into a stream of
//! `Result<Article, LoadError>`, one input at a time and one JSONL line at a
//! time, so that a dump of any size is read in constant memory. A bad file
//! or line becomes one [`LoadError`] in the stream and the stream goes on:
//! the caller reports it and counts it; nothing here stops a batch.

use std::borrow::Cow;
use std::collections::VecDeque;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;
use serde::Deserialize;
use serde_json::Value;

use crate::article::{date_field, date_header, Article};

mod flat_json;

/// Why an input, or one line of it, was skipped.
#[derive(Debug)]
pub enum LoadErrorKind {
    Unreadable(io::Error),
    NotUtf8,
    Empty,
    BadJson(String),
    NoBody,
}

/// A skipped input: the file, the line when there is one, and why.
/// Its `Display` is the `path:line: reason` line of SPEC section 1.
#[derive(Debug)]
pub struct LoadError {
    pub path: String,
    pub line: Option<usize>,
    pub kind: LoadErrorKind,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        match &self.kind {
            LoadErrorKind::Unreadable(e) => write!(f, ": cannot read: {e}"),
            LoadErrorKind::NotUtf8 => write!(f, ": not valid UTF-8"),
            LoadErrorKind::Empty => write!(f, ": empty file"),
            LoadErrorKind::BadJson(e) => write!(f, ": not a JSON object: {e}"),
            LoadErrorKind::NoBody => write!(
                f,
                ": no article body (none of text, maintext, body, content is a non-empty string)"
            ),
        }
    }
}

impl std::error::Error for LoadError {}

/// One thing to read: a path (file or directory) or standard input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Path(PathBuf),
    Stdin,
}

impl Input {
    /// `-` is standard input; anything else a path.
    pub fn parse(arg: &str) -> Input {
        if arg == "-" {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }
}

/// How a file's content is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Jsonl,
}

/// The format and the id stem of a file name: `a.txt`, `a.jsonl.gz` → `a`.
/// `None` for a name no reader supports.
fn classify(path: &Path) -> Option<(Format, bool, String)> {
    let name = path.file_name()?.to_string_lossy();
    let (name, gz) = match name.strip_suffix(".gz") {
        Some(inner) => (inner.to_string(), true),
        None => (name.to_string(), false),
    };
    for (ext, format) in [
        (".txt", Format::Text),
        (".jsonl", Format::Jsonl),
        (".ndjson", Format::Jsonl),
    ] {
        if let Some(stem) = name.strip_suffix(ext) {
            return Some((format, gz, stem.to_string()));
        }
    }
    None
}

/// Every supported file below `dir`, sorted by path.
fn walk(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<LoadError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(unreadable(dir, e));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, out, errors);
        } else if classify(&path).is_some() {
            out.push(path);
        }
    }
}

fn unreadable(path: &Path, e: io::Error) -> LoadError {
    LoadError {
        path: path.display().to_string(),
        line: None,
        kind: LoadErrorKind::Unreadable(e),
    }
}

/// The size of a JSONL input's read buffer. Generous, because zlib copies
/// the last 32 KiB of every read's output into its window: with 64 KiB
/// reads that was a byte copied for every two inflated.
const READ_BUFFER: usize = 1 << 18;

type Items = Box<dyn Iterator<Item = Result<Article, LoadError>> + Send>;

/// A stream of articles from a list of inputs, in input order.
///
/// ```no_run
/// use claimex::load::{ArticleReader, Input};
/// for item in ArticleReader::new(vec![Input::parse("corpus/")]) {
///     match item {
///         Ok(article) => println!("{} {}", article.id, article.text.len()),
///         Err(skipped) => eprintln!("{skipped}"),
///     }
/// }
/// ```
pub struct ArticleReader {
    pending: VecDeque<Input>,
    current: Option<Items>,
}

impl ArticleReader {
    pub fn new(inputs: Vec<Input>) -> ArticleReader {
        ArticleReader {
            pending: inputs.into(),
            current: None,
        }
    }

    /// Opens the next input: a file gives its reader, a directory expands
    /// into its files at the front of the queue.
    fn open_next(&mut self) -> Option<Items> {
        let input = self.pending.pop_front()?;
        let path = match input {
            Input::Stdin => {
                let reader = BufReader::with_capacity(READ_BUFFER, io::stdin());
                return Some(Box::new(JsonlLines::new(
                    reader,
                    "-".into(),
                    "stdin".into(),
                )));
            }
            Input::Path(path) => path,
        };
        if path.is_dir() {
            let mut files = Vec::new();
            let mut errors = Vec::new();
            walk(&path, &mut files, &mut errors);
            for file in files.into_iter().rev() {
                self.pending.push_front(Input::Path(file));
            }
            return Some(Box::new(errors.into_iter().map(Err)));
        }
        // An explicit file with an unknown extension is read as text.
        let (format, gz, stem) = classify(&path).unwrap_or_else(|| {
            let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
            (Format::Text, false, stem.unwrap_or_default())
        });
        let file = match File::open(&path) {
            Ok(file) => file,
            Err(e) => return Some(Box::new(std::iter::once(Err(unreadable(&path, e))))),
        };
        let raw: Box<dyn Read + Send> = if gz {
            Box::new(MultiGzDecoder::new(file))
        } else {
            Box::new(file)
        };
        let source = path.display().to_string();
        Some(match format {
            Format::Text => Box::new(std::iter::once(read_text(raw, source, stem))),
            Format::Jsonl => {
                let reader = BufReader::with_capacity(READ_BUFFER, raw);
                Box::new(JsonlLines::new(reader, source, stem))
            }
        })
    }
}

impl Iterator for ArticleReader {
    type Item = Result<Article, LoadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(items) = &mut self.current {
                if let Some(item) = items.next() {
                    return Some(item);
                }
            }
            self.current = Some(self.open_next()?);
        }
    }
}

/// A whole `.txt` file as one article.
fn read_text(mut raw: impl Read, source: String, stem: String) -> Result<Article, LoadError> {
    let error = |line, kind| LoadError {
        path: source.clone(),
        line,
        kind,
    };
    let mut bytes = Vec::new();
    if let Err(e) = raw.read_to_end(&mut bytes) {
        return Err(error(None, LoadErrorKind::Unreadable(e)));
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let bad = e.utf8_error().valid_up_to();
            let line = 1 + e.as_bytes()[..bad].iter().filter(|&&b| b == b'\n').count();
            return Err(error(Some(line), LoadErrorKind::NotUtf8));
        }
    };
    if text.trim().is_empty() {
        return Err(error(None, LoadErrorKind::Empty));
    }
    Ok(Article {
        id: stem,
        date: date_header(&text),
        source,
        text,
        ..Article::default()
    })
}

/// The fields of a JSONL article that SPEC section 1 reads, as serde_json
/// reads them (the slow path; see [`flat_json`] for the usual one).
#[derive(Deserialize)]
struct RawArticle {
    id: Option<Value>,
    text: Option<Value>,
    maintext: Option<Value>,
    body: Option<Value>,
    content: Option<Value>,
    title: Option<Value>,
    url: Option<Value>,
    date: Option<Value>,
    date_publish: Option<Value>,
    language: Option<Value>,
}

/// The value of a field that SPEC section 1 reads, as far as it matters:
/// a string, a number (for the id) as serde_json prints it, or anything
/// else.
#[derive(Clone, Debug, PartialEq)]
enum Scalar<'a> {
    Str(Cow<'a, str>),
    Number(Cow<'a, str>),
    /// `null`, read like an absent field. serde_json reads it as absent;
    /// the fast path keeps it, to notice a field given twice.
    Null,
    Other,
}

impl Scalar<'_> {
    fn from_value(value: Value) -> Scalar<'static> {
        match value {
            Value::String(s) => Scalar::Str(Cow::Owned(s)),
            Value::Number(n) => Scalar::Number(Cow::Owned(n.to_string())),
            Value::Null => Scalar::Null,
            _ => Scalar::Other,
        }
    }
}

fn string(value: Option<Scalar<'_>>) -> Option<Cow<'_, str>> {
    match value {
        Some(Scalar::Str(s)) => Some(s),
        _ => None,
    }
}

/// The fields of [`RawArticle`], from either path; `None` when absent
/// (serde_json reads a `null` into an `Option` as absent too).
#[derive(Debug, Default, PartialEq)]
struct Fields<'a> {
    id: Option<Scalar<'a>>,
    text: Option<Scalar<'a>>,
    maintext: Option<Scalar<'a>>,
    body: Option<Scalar<'a>>,
    content: Option<Scalar<'a>>,
    title: Option<Scalar<'a>>,
    url: Option<Scalar<'a>>,
    date: Option<Scalar<'a>>,
    date_publish: Option<Scalar<'a>>,
    language: Option<Scalar<'a>>,
}

impl<'a> Fields<'a> {
    fn from_raw(raw: RawArticle) -> Fields<'static> {
        let scalar = |v: Option<Value>| v.map(Scalar::from_value);
        Fields {
            id: scalar(raw.id),
            text: scalar(raw.text),
            maintext: scalar(raw.maintext),
            body: scalar(raw.body),
            content: scalar(raw.content),
            title: scalar(raw.title),
            url: scalar(raw.url),
            date: scalar(raw.date),
            date_publish: scalar(raw.date_publish),
            language: scalar(raw.language),
        }
    }

    /// The place of the field named `key`, when it is one of ours.
    fn slot(&mut self, key: &str) -> Option<&mut Option<Scalar<'a>>> {
        Some(match key {
            "id" => &mut self.id,
            "text" => &mut self.text,
            "maintext" => &mut self.maintext,
            "body" => &mut self.body,
            "content" => &mut self.content,
            "title" => &mut self.title,
            "url" => &mut self.url,
            "date" => &mut self.date,
            "date_publish" => &mut self.date_publish,
            "language" => &mut self.language,
            _ => return None,
        })
    }
}

/// Where a line is, for its article's id and its error messages.
struct LinePlace {
    source: String,
    stem: String,
    /// The number of the line, from 1.
    line: usize,
}

impl LinePlace {
    fn error(&self, line: Option<usize>, kind: LoadErrorKind) -> LoadError {
        LoadError {
            path: self.source.clone(),
            line,
            kind,
        }
    }

    /// The article of a line (`None` for a blank one), as the next line.
    fn read(&mut self, line: &[u8]) -> Option<Result<Article, LoadError>> {
        self.line += 1;
        let Ok(line) = std::str::from_utf8(line) else {
            return Some(Err(self.error(Some(self.line), LoadErrorKind::NotUtf8)));
        };
        let line = line.trim();
        if line.is_empty() {
            return None;
        }
        Some(self.parse_line(line))
    }

    fn parse_line(&self, line: &str) -> Result<Article, LoadError> {
        let fields = match flat_json::parse(line) {
            Some(fields) => fields,
            None => serde_json::from_str(line)
                .map(Fields::from_raw)
                .map_err(|e| self.error(Some(self.line), LoadErrorKind::BadJson(e.to_string())))?,
        };
        self.article(fields)
    }

    fn article(&self, fields: Fields<'_>) -> Result<Article, LoadError> {
        let text = [fields.text, fields.maintext, fields.body, fields.content]
            .into_iter()
            .find_map(|v| string(v).filter(|s| !s.is_empty()))
            .ok_or_else(|| self.error(Some(self.line), LoadErrorKind::NoBody))?;
        let id = match fields.id {
            Some(Scalar::Str(s)) if !s.is_empty() => s.into_owned(),
            Some(Scalar::Number(n)) => n.into_owned(),
            _ => format!("{}:{}", self.stem, self.line),
        };
        let date = string(fields.date)
            .and_then(|d| date_field(&d))
            .or_else(|| string(fields.date_publish).and_then(|d| date_field(&d)));
        let declared_language = string(fields.language)
            .map(|l| l.trim().to_ascii_lowercase())
            .filter(|l| l.len() == 2 && l.bytes().all(|b| b.is_ascii_lowercase()));
        Ok(Article {
            id,
            source: self.source.clone(),
            text: text.into_owned(),
            date,
            title: string(fields.title).map(Cow::into_owned),
            url: string(fields.url).map(Cow::into_owned),
            declared_language,
        })
    }
}

/// The articles of a JSONL stream, one per non-blank line.
///
/// A line that lies wholly in the reader's buffer, as nearly all do, is
/// read in place; only one that straddles a refill is gathered into `buf`.
struct JsonlLines<R> {
    reader: R,
    place: LinePlace,
    buf: Vec<u8>,
    seen_content: bool,
    done: bool,
}

impl<R: BufRead> JsonlLines<R> {
    fn new(reader: R, source: String, stem: String) -> JsonlLines<R> {
        JsonlLines {
            reader,
            place: LinePlace {
                source,
                stem,
                line: 0,
            },
            buf: Vec::new(),
            seen_content: false,
            done: false,
        }
    }
}

impl<R: BufRead> Iterator for JsonlLines<R> {
    type Item = Result<Article, LoadError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let available = match self.reader.fill_buf() {
                Ok(available) => available,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    // A truncated gzip stream or a failing disk: report the
                    // line we stopped at and give up on this input only.
                    self.done = true;
                    self.seen_content = true;
                    let at = Some(self.place.line + 1);
                    return Some(Err(self.place.error(at, LoadErrorKind::Unreadable(e))));
                }
            };
            let item = if available.is_empty() {
                // The end of the input, perhaps after a last line without
                // a newline.
                if self.buf.is_empty() {
                    self.done = true;
                    if !self.seen_content {
                        return Some(Err(self.place.error(None, LoadErrorKind::Empty)));
                    }
                    return None;
                }
                let item = self.place.read(&self.buf);
                self.buf.clear();
                item
            } else if let Some(end) = memchr::memchr(b'\n', available) {
                // (memchr, not `read_until`: the standard library's byte
                // search is a plain word loop over every byte of the dump.)
                let item = if self.buf.is_empty() {
                    self.place.read(&available[..end])
                } else {
                    self.buf.extend_from_slice(&available[..end]);
                    let item = self.place.read(&self.buf);
                    self.buf.clear();
                    item
                };
                self.reader.consume(end + 1);
                item
            } else {
                // A line that goes on in the next refill.
                self.buf.extend_from_slice(available);
                let used = available.len();
                self.reader.consume(used);
                continue;
            };
            if let Some(item) = item {
                self.seen_content = true;
                return Some(item);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jsonl(input: &str) -> Vec<Result<Article, LoadError>> {
        JsonlLines::new(input.as_bytes(), "dump.jsonl".into(), "dump".into()).collect()
    }

    #[test]
    fn field_aliases_in_order() {
        let items = jsonl(concat!(
            r#"{"id": "a", "text": "first", "body": "ignored"}"#,
            "\n",
            r#"{"id": 7, "maintext": "second", "date_publish": "2019-09-23 10:00:00"}"#,
            "\n",
            "\n",
            r#"{"text": "", "body": "third", "language": "NL", "title": "T", "url": "u"}"#,
            "\n",
            r#"{"text": 5, "content": "fourth", "date": "2020-11-02T10:00:00Z"}"#,
            "\n",
        ));
        let articles: Vec<Article> = items.into_iter().map(Result::unwrap).collect();
        assert_eq!(articles.len(), 4);
        assert_eq!(
            (articles[0].id.as_str(), articles[0].text.as_str()),
            ("a", "first")
        );
        assert_eq!(
            (articles[1].id.as_str(), articles[1].text.as_str()),
            ("7", "second")
        );
        assert_eq!(articles[1].date.as_deref(), Some("2019-09-23"));
        assert_eq!(articles[2].id, "dump:4");
        assert_eq!(articles[2].text, "third");
        assert_eq!(articles[2].declared_language.as_deref(), Some("nl"));
        assert_eq!(articles[2].title.as_deref(), Some("T"));
        assert_eq!(articles[3].text, "fourth");
        assert_eq!(articles[3].date.as_deref(), Some("2020-11-02"));
    }

    #[test]
    fn bad_lines_are_reported_with_their_number_and_reading_goes_on() {
        let mut input = br#"{"id": "ok1", "text": "fine"}"#.to_vec();
        input.extend_from_slice(b"\n{not json\n");
        input.extend_from_slice(b"{\"id\": \"x\", \"text\": \"caf\xe9\"}\n");
        input.extend_from_slice(b"{\"id\": \"nobody\", \"title\": \"t\"}\n");
        input.extend_from_slice(b"[1, 2]\n");
        input.extend_from_slice(br#"{"id": "ok2", "text": "fine"}"#);
        let items: Vec<_> = JsonlLines::new(&input[..], "d.jsonl".into(), "d".into()).collect();
        let shown: Vec<String> = items
            .iter()
            .map(|r| match r {
                Ok(a) => a.id.clone(),
                Err(e) => e.to_string(),
            })
            .collect();
        assert_eq!(shown[0], "ok1");
        assert!(
            shown[1].starts_with("d.jsonl:2: not a JSON object"),
            "{}",
            shown[1]
        );
        assert_eq!(shown[2], "d.jsonl:3: not valid UTF-8");
        assert!(
            shown[3].starts_with("d.jsonl:4: no article body"),
            "{}",
            shown[3]
        );
        assert!(
            shown[4].starts_with("d.jsonl:5: not a JSON object"),
            "{}",
            shown[4]
        );
        assert_eq!(shown[5], "ok2");
    }

    #[test]
    fn lines_the_fast_path_leaves_get_serde_json_messages() {
        // The messages of claimex before the fast path existed.
        let cases = [
            (
                r#"{"id": "a", "text": "t", "id": "b"}"#,
                "duplicate field `id` at line 1 column 29",
            ),
            (
                r#"{"id": "a", "text": "t"} x"#,
                "trailing characters at line 1 column 26",
            ),
            (
                r#"{"id": "a", "text": "\ud83d lone"}"#,
                "unexpected end of hex escape at line 1 column 28",
            ),
            (
                "{\"id\": \"a\", \"text\": \"raw \u{1}\"}",
                "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 26",
            ),
            (
                r#"{"id": "a", "text": "t",}"#,
                "trailing comma at line 1 column 25",
            ),
            (
                r#"{"id": "a", "text": "bad \x"}"#,
                "invalid escape at line 1 column 27",
            ),
            (
                r#"{"id": 1.5e400, "text": "t"}"#,
                "number out of range at line 1 column 14",
            ),
            (
                r#"{"id": "a", "x": [1, 2,], "text": "t"}"#,
                "expected value at line 1 column 24",
            ),
            (
                "[1, 2]",
                "invalid length 2, expected struct RawArticle with 10 elements at line 1 column 6",
            ),
        ];
        for (line, message) in cases {
            let items = jsonl(line);
            let shown = items[0].as_ref().unwrap_err().to_string();
            assert_eq!(shown, format!("dump.jsonl:1: not a JSON object: {message}"));
        }
        let ids: Vec<String> = jsonl(concat!(
            r#"{"id": -0, "text": "t"}"#,
            "\n",
            r#"{"id": 12345678901234567890, "text": "t"}"#,
            "\n",
            r#"{"id": "\ud83d\ude00", "text": "t"}"#,
        ))
        .into_iter()
        .map(|a| a.unwrap().id)
        .collect();
        assert_eq!(ids, ["-0.0", "12345678901234567890", "\u{1f600}"]);
    }

    #[test]
    fn lines_are_read_alike_whatever_the_buffer() {
        let input = concat!(
            r#"{"id": "a", "text": "one"}"#,
            "\n\n  \r\n",
            r#"{"id": "b", "text": "two\n"}"#,
            "\r\n{bad\n",
            r#"{"id": "c", "text": "without newline"}"#,
        );
        let shown = |capacity| -> Vec<String> {
            let reader = BufReader::with_capacity(capacity, input.as_bytes());
            JsonlLines::new(reader, "d.jsonl".into(), "d".into())
                .map(|r| match r {
                    Ok(a) => format!("{} {:?}", a.id, a.text),
                    Err(e) => e.to_string(),
                })
                .collect()
        };
        let whole = shown(1 << 16);
        assert_eq!(whole.len(), 4);
        assert_eq!(whole[0], r#"a "one""#);
        assert_eq!(whole[1], r#"b "two\n""#);
        assert!(
            whole[2].starts_with("d.jsonl:5: not a JSON object"),
            "{}",
            whole[2]
        );
        assert_eq!(whole[3], r#"c "without newline""#);
        for capacity in [1, 2, 3, 5, 17, 64] {
            assert_eq!(shown(capacity), whole, "capacity {capacity}");
        }
    }

    #[test]
    fn empty_stream_is_one_error() {
        let items = jsonl("\n  \n");
        assert_eq!(items.len(), 1);
        assert!(matches!(
            items[0],
            Err(LoadError {
                kind: LoadErrorKind::Empty,
                ..
            })
        ));
    }

    #[test]
    fn text_files_keep_their_header_and_report_bad_bytes_by_line() {
        let a = read_text(&b" date 2020-11 Body"[..], "x/a.txt".into(), "a".into()).unwrap();
        assert_eq!(a.text, " date 2020-11 Body");
        assert_eq!(a.date.as_deref(), Some("2020-11"));
        let e = read_text(&b"one\ntwo \xff"[..], "b.txt".into(), "b".into()).unwrap_err();
        assert_eq!(e.to_string(), "b.txt:2: not valid UTF-8");
        let e = read_text(&b" \n"[..], "c.txt".into(), "c".into()).unwrap_err();
        assert_eq!(e.to_string(), "c.txt: empty file");
    }

    #[test]
    fn names_are_classified() {
        let c = |n: &str| classify(Path::new(n));
        assert_eq!(
            c("a/000_x.txt"),
            Some((Format::Text, false, "000_x".into()))
        );
        assert_eq!(c("d.jsonl.gz"), Some((Format::Jsonl, true, "d".into())));
        assert_eq!(c("d.ndjson"), Some((Format::Jsonl, false, "d".into())));
        assert_eq!(c("README.md"), None);
        assert_eq!(c("x.gz"), None);
    }
}
