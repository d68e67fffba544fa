//! A fast path for the usual JSONL line: one object whose fields claimex
//! reads hold strings, integers, booleans or nulls.
//!
//! serde_json reads such a line well, but generically: every string value
//! goes through its escape scanner into a scratch buffer and then into a
//! `Value`, whether the field is read or not. That was some 70 % of the
//! reader thread's instructions, and the reader runs beside the extraction
//! workers: on two cores every instruction it spends is taken from
//! extraction. [`parse`] reads the fields of [`Fields`] straight from the
//! line: a string without a backslash is borrowed, one with escapes is
//! unescaped once, and the values of other fields, nested or not, are only
//! checked and stepped over.
//!
//! It is a fast path, not a second JSON reader: on anything it does not
//! fully understand (a lone surrogate `\u` escape, an escaped key, a field
//! read twice, an object, array or non-integer number in a field that is
//! read, very deep nesting, invalid JSON of any kind, trailing bytes) it
//! answers `None`, and the line goes to serde_json, which gives the article
//! or the error message exactly as before. Everything it does accept,
//! serde_json accepts too and reads to the same values; the tests compare
//! the two on hand-picked and generated lines.

use std::borrow::Cow;

use super::{Fields, Scalar};

/// How deeply the values of skipped fields may nest; deeper lines go to
/// serde_json (whose own limit is 128).
const MAX_DEPTH: usize = 32;

/// The fields of a line, or `None` when serde_json has to read it.
pub(super) fn parse(line: &str) -> Option<Fields<'_>> {
    let mut parser = Parser { line, pos: 0 };
    let fields = parser.object()?;
    parser.skip_whitespace();
    (parser.pos == line.len()).then_some(fields)
}

struct Parser<'a> {
    line: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn bytes(&self) -> &'a [u8] {
        self.line.as_bytes()
    }

    fn peek(&self) -> Option<u8> {
        self.bytes().get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    /// Whitespace, then `byte`.
    fn expect(&mut self, byte: u8) -> Option<()> {
        self.skip_whitespace();
        (self.peek()? == byte).then(|| self.pos += 1)
    }

    /// The top-level object, keeping the fields claimex reads.
    fn object(&mut self) -> Option<Fields<'a>> {
        self.expect(b'{')?;
        let mut fields = Fields::default();
        self.skip_whitespace();
        if self.peek()? == b'}' {
            self.pos += 1;
            return Some(fields);
        }
        loop {
            self.expect(b'"')?;
            let key = self.key()?;
            self.expect(b':')?;
            self.skip_whitespace();
            match fields.slot(key) {
                // serde_json reports a field given twice.
                Some(slot) if slot.is_some() => return None,
                Some(slot) => *slot = Some(self.scalar()?),
                None => self.skip_value(0)?,
            }
            if !self.end_of_member(b'}')? {
                return Some(fields);
            }
        }
    }

    /// After a member or element: `true` on a comma, `false` on `close`.
    fn end_of_member(&mut self, close: u8) -> Option<bool> {
        self.skip_whitespace();
        let byte = self.peek()?;
        self.pos += 1;
        match byte {
            b',' => Some(true),
            _ if byte == close => Some(false),
            _ => None,
        }
    }

    /// The value of a field claimex reads.
    fn scalar(&mut self) -> Option<Scalar<'a>> {
        match self.peek()? {
            b'"' => {
                self.pos += 1;
                self.string(true).map(Scalar::Str)
            }
            b'-' | b'0'..=b'9' => {
                let start = self.pos;
                self.number()?;
                let number = &self.line[start..self.pos];
                // Only a plain integer that fits an i64 prints back as
                // itself from serde_json's `Number` (`-0` becomes `-0.0`).
                let digits = number.strip_prefix('-').unwrap_or(number);
                let plain = digits.len() <= 18 && digits.bytes().all(|b| b.is_ascii_digit());
                (plain && number != "-0").then_some(Scalar::Number(Cow::Borrowed(number)))
            }
            b't' => self.literal("true").map(|()| Scalar::Other),
            b'f' => self.literal("false").map(|()| Scalar::Other),
            b'n' => self.literal("null").map(|()| Scalar::Null),
            _ => None,
        }
    }

    /// Checks and steps over the value of a field claimex does not read.
    fn skip_value(&mut self, depth: usize) -> Option<()> {
        if depth > MAX_DEPTH {
            return None;
        }
        match self.peek()? {
            b'"' => {
                self.pos += 1;
                self.string(false).map(drop)
            }
            b'{' => {
                self.pos += 1;
                self.skip_whitespace();
                if self.peek()? == b'}' {
                    self.pos += 1;
                    return Some(());
                }
                loop {
                    self.expect(b'"')?;
                    self.string(false)?;
                    self.expect(b':')?;
                    self.skip_whitespace();
                    self.skip_value(depth + 1)?;
                    if !self.end_of_member(b'}')? {
                        return Some(());
                    }
                }
            }
            b'[' => {
                self.pos += 1;
                self.skip_whitespace();
                if self.peek()? == b']' {
                    self.pos += 1;
                    return Some(());
                }
                loop {
                    self.skip_whitespace();
                    self.skip_value(depth + 1)?;
                    if !self.end_of_member(b']')? {
                        return Some(());
                    }
                }
            }
            b'-' | b'0'..=b'9' => self.number(),
            b't' => self.literal("true"),
            b'f' => self.literal("false"),
            b'n' => self.literal("null"),
            _ => None,
        }
    }

    fn literal(&mut self, word: &str) -> Option<()> {
        self.line[self.pos..]
            .starts_with(word)
            .then(|| self.pos += word.len())
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    fn number(&mut self) -> Option<()> {
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek()? {
            b'0' => self.pos += 1,
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            self.some_digits()?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            self.some_digits()?;
        }
        // `01`: serde_json's error.
        (!self.peek().is_some_and(|b| b.is_ascii_digit())).then_some(())
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
        }
    }

    fn some_digits(&mut self) -> Option<()> {
        let start = self.pos;
        self.digits();
        (self.pos > start).then_some(())
    }

    /// A key, after its opening quote: only keys without escapes.
    fn key(&mut self) -> Option<&'a str> {
        let start = self.pos;
        let end = start + memchr::memchr2(b'"', b'\\', &self.bytes()[start..])?;
        if self.bytes()[end] != b'"' || has_control(&self.bytes()[start..end]) {
            return None;
        }
        self.pos = end + 1;
        Some(&self.line[start..end])
    }

    /// A string, after its opening quote. Unescaped only when `keep`
    /// (otherwise only checked, and the raw text returned).
    fn string(&mut self, keep: bool) -> Option<Cow<'a, str>> {
        let bytes = self.bytes();
        let start = self.pos;
        let mut unescaped: Option<String> = None;
        // The start of the run of plain characters under way.
        let mut run = start;
        loop {
            let end = run + memchr::memchr2(b'"', b'\\', &bytes[run..])?;
            // serde_json refuses raw control characters in strings.
            if has_control(&bytes[run..end]) {
                return None;
            }
            if bytes[end] == b'"' {
                self.pos = end + 1;
                return Some(match unescaped {
                    Some(mut s) => {
                        s.push_str(&self.line[run..end]);
                        Cow::Owned(s)
                    }
                    None => Cow::Borrowed(&self.line[start..end]),
                });
            }
            let (c, len) = escape(&bytes[end + 1..])?;
            if keep {
                // The rest of the line bounds the string's length.
                let s = unescaped.get_or_insert_with(|| String::with_capacity(bytes.len() - start));
                s.push_str(&self.line[run..end]);
                s.push(c);
            }
            run = end + 1 + len;
        }
    }
}

/// The character of an escape, given the bytes after its backslash, and
/// the number of those bytes it takes: one, four more for `\uXXXX`, and
/// ten more for a surrogate pair `\uD83D\uDE00`. `None` for a bad escape
/// and a lone surrogate, which serde_json refuses.
fn escape(after: &[u8]) -> Option<(char, usize)> {
    let c = match *after.first()? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let code = hex(after.get(1..5)?)?;
            if !(0xD800..0xDC00).contains(&code) {
                // No leading surrogate: a char, unless a lone trailing one.
                return Some((char::from_u32(code)?, 5));
            }
            if after.get(5..7)? != b"\\u" {
                return None;
            }
            let low = hex(after.get(7..11)?)?;
            if !(0xDC00..0xE000).contains(&low) {
                return None;
            }
            let code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            return Some((char::from_u32(code)?, 11));
        }
        _ => return None,
    };
    Some((c, 1))
}

/// The number of four hex digits.
fn hex(digits: &[u8]) -> Option<u32> {
    digits
        .iter()
        .try_fold(0, |code, &b| Some(code * 16 + char::from(b).to_digit(16)?))
}

/// Whether `bytes` has a byte below 0x20. Without an early exit, so that
/// it runs over whole vectors.
fn has_control(bytes: &[u8]) -> bool {
    bytes.iter().fold(false, |found, &b| found | (b < 0x20))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::{Fields, LinePlace, RawArticle};
    use super::parse;

    fn place() -> LinePlace {
        LinePlace {
            source: "d.jsonl".into(),
            stem: "d".into(),
            line: 3,
        }
    }

    /// The article (or error message) of `fields`, as the reader makes it.
    fn article(fields: Fields<'_>) -> String {
        match place().article(fields) {
            Ok(article) => format!("{article:?}"),
            Err(e) => e.to_string(),
        }
    }

    /// What serde_json makes of `line`.
    fn slow(line: &str) -> Result<String, String> {
        serde_json::from_str::<RawArticle>(line)
            .map(|raw| article(Fields::from_raw(raw)))
            .map_err(|e| e.to_string())
    }

    /// Whether the fast path took `line`; panics when it read it otherwise
    /// than serde_json.
    fn fast_agrees(line: &str) -> bool {
        let Some(fields) = parse(line) else {
            return false;
        };
        let fast = article(fields);
        match slow(line) {
            Ok(slow) => assert_eq!(fast, slow, "{line}"),
            Err(e) => panic!("fast path took a line serde_json refuses ({e}): {line}"),
        }
        true
    }

    #[test]
    fn hand_picked_lines() {
        // (line, whether the fast path takes it)
        let cases: &[(&str, bool)] = &[
            (r#"{"id": "a", "text": "plain"}"#, true),
            (r#"{"text":"no spaces","id":"b"}"#, true),
            ("\t{ \"id\" :\r\"c\" , \"text\" : \"tabs\" }\r", true),
            (r#"{"id": "e", "text": "a\nb\tc\"d\\e\/f\bg\fh\ri"}"#, true),
            (
                r#"{"id": "u", "text": "caf\u00e9 \u00C9 \u20ac \u0000"}"#,
                true,
            ),
            (r#"{"id": "raw", "text": "café € … 日本"}"#, true),
            (
                r#"{"id": "s", "text": "\ud83d\ude00 pair \uD83D\uDE00"}"#,
                true,
            ),
            (
                r#"{"id": "s", "other": "\ud83d\ude00 pair, skipped"}"#,
                true,
            ),
            (r#"{"id": "s", "text": "\ud83d lone"}"#, false),
            (r#"{"id": "s", "text": "\ud83d\n"}"#, false),
            (r#"{"id": "s", "text": "\ud83d\ud83d"}"#, false),
            (r#"{"id": "s", "text": "\ude00 lone low"}"#, false),
            (r#"{"id": "s", "text": "\ud83d\ude0"}"#, false),
            (r#"{"id": "s", "other": "\ud83d lone, skipped"}"#, false),
            (r#"{"id": "x", "text": "bad \x escape"}"#, false),
            (r#"{"id": "x", "text": "short \u12"}"#, false),
            (r#"{"id": "x", "text": "sign \u+123"}"#, false),
            ("{\"id\": \"x\", \"text\": \"raw \u{1} control\"}", false),
            ("{\"id\": \"x\", \"text\": \"raw \t tab\"}", false),
            (r#"{"maintext": "m", "text": "t"}"#, true),
            (
                r#"{"text": "", "maintext": "", "body": "b", "content": "c"}"#,
                true,
            ),
            (
                r#"{"text": null, "maintext": 5, "body": true, "content": "c"}"#,
                true,
            ),
            (r#"{"id": "nobody", "title": "t"}"#, true),
            (r#"{"id": "nobody", "text": ""}"#, true),
            (r#"{}"#, true),
            (r#"{"id": 7, "text": "t"}"#, true),
            (r#"{"id": -7, "text": "t"}"#, true),
            (r#"{"id": 0, "text": "t"}"#, true),
            (r#"{"id": -0, "text": "t"}"#, false),
            (r#"{"id": 123456789012345678, "text": "t"}"#, true),
            (r#"{"id": 12345678901234567890, "text": "t"}"#, false),
            (r#"{"id": 1.5, "text": "t"}"#, false),
            (r#"{"id": 1e3, "text": "t"}"#, false),
            (r#"{"id": 01, "text": "t"}"#, false),
            (r#"{"id": null, "text": "t"}"#, true),
            (r#"{"id": "", "text": "t"}"#, true),
            (r#"{"id": true, "text": "t"}"#, true),
            (r#"{"id": {"a": 1}, "text": "t"}"#, false),
            (r#"{"id": ["a"], "text": "t"}"#, false),
            (
                r#"{"id": "a", "text": "t", "n": -1.5e-3, "m": 1E+400, "z": 0}"#,
                true,
            ),
            (r#"{"id": "a", "text": "t", "n": 1.}"#, false),
            (r#"{"id": "a", "text": "t", "n": .5}"#, false),
            (r#"{"id": "a", "text": "t", "n": 1e}"#, false),
            (r#"{"id": "a", "text": "t", "n": 012}"#, false),
            (r#"{"id": "a", "text": "t", "n": -}"#, false),
            (r#"{"id": "a", "text": "t", "n": +1}"#, false),
            (
                r#"{"id": "a", "authors": ["x", {"k": [1, null, {}]}, []], "text": "t"}"#,
                true,
            ),
            (r#"{"id": "a", "x": [1, 2,], "text": "t"}"#, false),
            (r#"{"id": "a", "x": {"k": 1,}, "text": "t"}"#, false),
            (r#"{"id": "a", "x": {"k" 1}, "text": "t"}"#, false),
            (r#"{"id": "a", "x": {1: 1}, "text": "t"}"#, false),
            (r#"{"id": "a", "x": tru, "text": "t"}"#, false),
            (r#"{"id": "a", "x": nul}"#, false),
            (r#"{"id": "a", "x": "\ud800", "text": "t"}"#, false),
            (r#"{"id": "a", "text": "t", "id": "b"}"#, false),
            (r#"{"id": "a", "text": "t", "text": "u"}"#, false),
            (r#"{"id": null, "text": "t", "id": "b"}"#, false),
            (r#"{"id": "a", "x": 1, "x": 2, "text": "t"}"#, true),
            (r#"{"te\u0078t": "escaped key"}"#, false),
            (r#"{"id": "a", "text": "t"} trailing"#, false),
            (r#"{"id": "a", "text": "t"}}"#, false),
            (r#"{"id": "a", "text": "t",}"#, false),
            (r#"{"id": "a" "text": "t"}"#, false),
            (r#"{"id": "a", "text": "unterminated}"#, false),
            (r#"{"id": "a", "text": "t""#, false),
            (r#"["id", "text"]"#, false),
            (r#"[1, 2]"#, false),
            (r#""text""#, false),
            (r#"{not json"#, false),
            (r#"{"id": "a", "TEXT": "upper", "text": "lower"}"#, true),
            (
                r#"{"id": "d", "text": "t", "date": "2020-11-02T10:00:00Z", "date_publish": "2019-01-01"}"#,
                true,
            ),
            (
                r#"{"id": "d", "text": "t", "date": "soon", "date_publish": "2019-01-01 10:00"}"#,
                true,
            ),
            (
                r#"{"id": "d", "text": "t", "date": 2020, "date_publish": "2019"}"#,
                true,
            ),
            (r#"{"id": "l", "text": "t", "language": " NL "}"#, true),
            (
                r#"{"id": "l", "text": "t", "language": "nld", "title": "T", "url": "u"}"#,
                true,
            ),
            (r#"{"id": "l", "text": "t", "language": "\u004eL"}"#, true),
        ];
        for &(line, taken) in cases {
            assert_eq!(fast_agrees(line), taken, "{line}");
        }
    }

    #[test]
    fn deep_nesting_goes_to_serde_json() {
        let deep = |n: usize| {
            format!(
                r#"{{"x": {}{}, "text": "t"}}"#,
                "[".repeat(n),
                "]".repeat(n)
            )
        };
        assert!(fast_agrees(&deep(super::MAX_DEPTH)));
        assert!(!fast_agrees(&deep(super::MAX_DEPTH + 2)));
        assert!(!fast_agrees(&deep(200)));
    }

    /// A string of pieces the fast path reads, or, when not `clean`, some
    /// that it leaves to serde_json.
    fn string(clean: bool) -> BoxedStrategy<String> {
        let good = prop_oneof![
            Just("a"),
            Just("Word "),
            Just("é"),
            Just("…"),
            Just("\\n"),
            Just("\\\""),
            Just("\\\\"),
            Just("\\/"),
            Just("\\t"),
            Just("\\u00e9"),
            Just("\\u20AC"),
            Just("\\ud83d\\ude00"),
            Just("2020-11-02"),
            Just(" NL"),
        ];
        let odd = prop_oneof![Just("\\ud83d"), Just("\\udc00"), Just("\\x"), Just("\u{1}"),];
        let piece = if clean {
            good.boxed()
        } else {
            prop_oneof![8 => good, 1 => odd].boxed()
        };
        prop::collection::vec(piece, 0..6)
            .prop_map(|p| format!("\"{}\"", p.concat()))
            .boxed()
    }

    /// An integer, as a read field may hold (the id).
    fn integer() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("0"),
            Just("7"),
            Just("-12"),
            Just("123456789012345678")
        ]
        .prop_map(String::from)
    }

    /// A number: fine in a skipped field, and when `clean` valid JSON.
    fn number(clean: bool) -> BoxedStrategy<String> {
        let other = prop_oneof![
            Just("1.5"),
            Just("-2e10"),
            Just("1E+400"),
            Just("-0"),
            Just("12345678901234567890"),
        ];
        let bad = prop_oneof![Just("01"), Just("1."), Just("1e"), Just("-")];
        let number = prop_oneof![integer(), other.prop_map(String::from)];
        match clean {
            true => number.boxed(),
            false => prop_oneof![4 => number, 1 => bad.prop_map(String::from)].boxed(),
        }
    }

    fn literal() -> impl Strategy<Value = String> {
        prop_oneof![Just("true"), Just("false"), Just("null")].prop_map(String::from)
    }

    /// A value of a field claimex does not read, of any shape.
    fn value(clean: bool) -> impl Strategy<Value = String> {
        let leaf = prop_oneof![
            4 => string(clean),
            2 => number(clean),
            1 => literal(),
        ];
        leaf.prop_recursive(3, 12, 4, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4)
                    .prop_map(|v| format!("[{}]", v.join(", "))),
                prop::collection::vec((key(), inner), 0..4).prop_map(|m| {
                    let members: Vec<String> =
                        m.into_iter().map(|(k, v)| format!("{k}: {v}")).collect();
                    format!("{{{}}}", members.join(","))
                }),
            ]
        })
    }

    const READ: [&str; 10] = [
        "id",
        "text",
        "maintext",
        "body",
        "content",
        "title",
        "url",
        "date",
        "date_publish",
        "language",
    ];

    fn key() -> impl Strategy<Value = String> {
        let other = prop_oneof![Just("x"), Just("Text"), Just(""), Just("te\\u0078t")];
        prop_oneof![prop::sample::select(&READ[..]), other].prop_map(|k| format!("\"{k}\""))
    }

    fn space() -> impl Strategy<Value = &'static str> {
        prop_oneof![Just(""), Just(" "), Just("\t"), Just("\r"), Just("  ")]
    }

    fn object(members: Vec<(String, String, &str, &str)>) -> String {
        let members: Vec<String> = members
            .into_iter()
            .map(|(k, v, s1, s2)| format!("{s1}{k}{s2}:{s1}{v}{s2}"))
            .collect();
        format!("{{{}}}", members.join(","))
    }

    /// A line of any members, read fields given twice, odd values and all.
    fn line() -> impl Strategy<Value = String> {
        let value = prop_oneof![value(false), string(false), number(false), literal()];
        prop::collection::vec((key(), value, space(), space()), 0..6).prop_map(object)
    }

    /// A line the fast path must take: each read field at most once, with
    /// a string, an integer or a literal; other fields with anything.
    fn clean_line() -> impl Strategy<Value = String> {
        let read = prop::sample::subsequence(&READ[..], 0..=READ.len())
            .prop_shuffle()
            .prop_flat_map(|keys| {
                keys.into_iter()
                    .map(|k| {
                        let value = prop_oneof![string(true), integer(), literal()];
                        (Just(format!("\"{k}\"")), value, space(), space())
                    })
                    .collect::<Vec<_>>()
            });
        let other = prop::collection::vec(
            (Just("\"other\"".to_string()), value(true), space(), space()),
            0..3,
        );
        (read, other, any::<prop::sample::Index>()).prop_map(|(mut read, other, at)| {
            let at = at.index(read.len() + 1);
            read.splice(at..at, other);
            object(read)
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn fast_path_takes_clean_lines_and_reads_them_like_serde_json(line in clean_line()) {
            prop_assert!(fast_agrees(&line), "{}", line);
        }

        #[test]
        fn fast_path_reads_lines_like_serde_json(line in line()) {
            fast_agrees(&line);
        }

        #[test]
        fn fast_path_reads_mutated_lines_like_serde_json(
            line in line(),
            edits in prop::collection::vec((any::<prop::sample::Index>(), 0..3u8, prop_oneof![
                Just('"'), Just('\\'), Just(','), Just(':'), Just('{'), Just('}'), Just('['),
                Just(']'), Just(' '), Just('0'), Just('e'), Just('-'), Just('n'), Just('é'),
            ]), 1..4),
        ) {
            let mut chars: Vec<char> = line.chars().collect();
            for (at, edit, c) in edits {
                let at = at.index(chars.len() + 1);
                match edit {
                    0 => chars.insert(at, c),
                    1 if at < chars.len() => { chars.remove(at); }
                    _ if at < chars.len() => chars[at] = c,
                    _ => chars.push(c),
                }
            }
            fast_agrees(&chars.into_iter().collect::<String>());
        }
    }
}
