//! The JSON records of SPEC sections 2 and 3, written by `extract` and read
//! back by `eval` (gold files have the same shape).
//!
//! Inside the pipeline offsets are bytes; here they become code points, in
//! one sweep per article (see `MentionOffsets`).
//!
//! Two ways lead to the same bytes. [`crate::to_record`] builds an owned
//! [`DocumentRecord`], which the library API and `eval` use. `extract`
//! writes millions of records, and there building one — a `String` for
//! every mention text, entity, company and sentence — only to serialize it
//! cost more than the writing itself; so [`write_document`] and
//! [`write_claims`] write the identical JSON straight from the article and
//! its [`Extraction`], into a buffer the caller reuses. A test holds them to
//! `serde_json::to_writer(&to_record(..))` byte for byte.

use std::cell::Cell;

use serde::{Deserialize, Serialize};

use crate::article::Article;
use crate::claims::{Claim, Link, Metric, ValueRef};
use crate::number::{serialize_number, serialize_opt_number};
use crate::span::{CharCursor, Span};
use crate::Extraction;

/// One article's record: SPEC section 2.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub lang_confidence: Option<f64>,
    #[serde(default)]
    pub translated_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default)]
    pub mentions: Vec<MentionRecord>,
    #[serde(default)]
    pub claims: Vec<ClaimRecord>,
}

/// The three kinds of mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionType {
    Company,
    Money,
    Percent,
}

impl MentionType {
    pub const ALL: [MentionType; 3] = [
        MentionType::Company,
        MentionType::Money,
        MentionType::Percent,
    ];

    pub fn name(self) -> &'static str {
        match self {
            MentionType::Company => "company",
            MentionType::Money => "money",
            MentionType::Percent => "percent",
        }
    }
}

/// A mention: code-point offsets, the text, and what the type carries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MentionRecord {
    #[serde(rename = "type")]
    pub kind: MentionType,
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_opt_number"
    )]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub currency_inferred: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A claim: SPEC section 3.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord {
    /// Set only in the `extract --claims` export.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_id: Option<String>,
    pub company: String,
    pub entity: String,
    pub company_start: usize,
    pub company_end: usize,
    pub metric: String,
    #[serde(serialize_with = "serialize_number")]
    pub value: f64,
    pub unit: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub equivalents: Vec<EquivalentRecord>,
    #[serde(default)]
    pub period: Option<String>,
    pub link: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<String>,
}

/// The same amount restated in another currency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EquivalentRecord {
    #[serde(serialize_with = "serialize_number")]
    pub value: f64,
    pub unit: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// Where a mention sits in an article's record: its byte span, its type
/// and its index in the extraction's list of that type.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Listed {
    start: usize,
    end: usize,
    kind: MentionType,
    index: usize,
}

/// A mention's code-point `(start, end)`.
type CharSpan = (usize, usize);

/// The mentions of an article in record order, with the code-point offsets
/// of each.
///
/// Records list mentions by start (then end and type), and every offset a
/// record writes is a bound of some mention (a claim's company and values
/// are mentions too). So one forward sweep in that order gives them all:
/// a [`CharCursor`] steps from a mention's start to its end, then to the
/// next start (back, should they overlap). Each byte before the last
/// mention is counted about once, and no offset is looked up twice.
pub(crate) struct MentionOffsets {
    /// Every mention, in record order.
    order: Vec<Listed>,
    /// Code-point `(start, end)` of the companies, then of the money
    /// mentions, then of the percent mentions, each in extraction order.
    chars: Vec<CharSpan>,
    /// Where the money and the percent mentions begin in `chars`.
    money_from: usize,
    percents_from: usize,
}

thread_local! {
    /// The two lists of this thread's last [`MentionOffsets`], once it is
    /// dropped: reused for the next article's.
    static SPARE_LISTS: Cell<(Vec<Listed>, Vec<CharSpan>)> =
        const { Cell::new((Vec::new(), Vec::new())) };
}

impl Drop for MentionOffsets {
    fn drop(&mut self) {
        SPARE_LISTS.set((
            std::mem::take(&mut self.order),
            std::mem::take(&mut self.chars),
        ));
    }
}

impl MentionOffsets {
    pub(crate) fn new(text: &str, found: &Extraction) -> MentionOffsets {
        let (companies, money, percents) = (
            &found.companies,
            &found.amounts.money,
            &found.amounts.percents,
        );
        let total = companies.len() + money.len() + percents.len();
        let listed = |kind, span: Span, index| Listed {
            start: span.start,
            end: span.end,
            kind,
            index,
        };
        let lists = [
            (MentionType::Company, companies.len()),
            (MentionType::Money, money.len()),
            (MentionType::Percent, percents.len()),
        ];
        let listed_at = |list: usize, index: usize| {
            let span = match list {
                0 => companies[index].span,
                1 => money[index].span,
                _ => percents[index].span,
            };
            listed(lists[list].0, span, index)
        };
        let (mut order, mut chars) = SPARE_LISTS.take();
        order.clear();
        order.reserve(total);
        // Each list comes sorted by start: merged, they are in record
        // order. Should one not be, the merge is out of order and sorted.
        let mut next = [0; 3];
        for _ in 0..total {
            let mut first: Option<(usize, Listed)> = None;
            for (list, &(_, len)) in lists.iter().enumerate() {
                if next[list] < len {
                    let candidate = listed_at(list, next[list]);
                    if first.is_none_or(|(_, f)| candidate < f) {
                        first = Some((list, candidate));
                    }
                }
            }
            let (list, m) = first.expect("a mention left in some list");
            next[list] += 1;
            order.push(m);
        }
        if !order.is_sorted() {
            // The index breaks ties, which makes the unstable sort stable.
            order.sort_unstable();
        }
        chars.clear();
        chars.resize(total, (0, 0));
        let mut offsets = MentionOffsets {
            order,
            chars,
            money_from: companies.len(),
            percents_from: companies.len() + money.len(),
        };
        let mut cursor = CharCursor::new(text);
        for m in &offsets.order {
            let char = cursor.char_at(m.start);
            let end = cursor.char_at(m.end);
            let at = match m.kind {
                MentionType::Company => m.index,
                MentionType::Money => offsets.money_from + m.index,
                MentionType::Percent => offsets.percents_from + m.index,
            };
            offsets.chars[at] = (char, end);
        }
        offsets
    }

    /// The code-point `(start, end)` of company mention `i`.
    pub(crate) fn company(&self, i: usize) -> CharSpan {
        self.chars[i]
    }

    /// The code-point `(start, end)` of money mention `i`.
    pub(crate) fn money(&self, i: usize) -> CharSpan {
        self.chars[self.money_from + i]
    }

    /// The code-point `(start, end)` of percent mention `i`.
    pub(crate) fn percent(&self, i: usize) -> CharSpan {
        self.chars[self.percents_from + i]
    }
}

/// Appends the line-less JSON of `to_record(article, found)` to `out`.
///
/// The constant parts of the JSON are written as few pieces as possible:
/// a key with the punctuation around it (`","entity":"`), the opening and
/// closing quotes of the strings next to it included.
pub fn write_document(out: &mut Vec<u8>, article: &Article, found: &Extraction) {
    let mut w = Writer::new(article, found);
    out.extend_from_slice(b"{\"id\":");
    write_str(out, &article.id);
    out.extend_from_slice(b",\"source\":");
    write_str(out, &article.source);
    out.extend_from_slice(b",\"date\":");
    write_opt_str(out, article.date.as_deref());
    out.extend_from_slice(b",\"lang\":");
    write_opt_str(out, found.lang.as_deref());
    out.extend_from_slice(b",\"lang_confidence\":");
    // A plain `f64` (`1.0`), not a SPEC number: left to serde_json.
    serde_json::to_writer(&mut *out, &found.lang_confidence).expect("writes to a Vec");
    out.extend_from_slice(b",\"translated_from\":");
    write_opt_str(out, found.translated_from);
    if let Some(title) = &article.title {
        out.extend_from_slice(b",\"title\":");
        write_str(out, title);
    }
    if let Some(url) = &article.url {
        out.extend_from_slice(b",\"url\":");
        write_str(out, url);
    }
    out.extend_from_slice(b",\"mentions\":[");
    w.write_mentions(out);
    out.extend_from_slice(b"],\"claims\":[");
    for (i, claim) in found.claims.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        w.write_claim(out, None, claim);
    }
    out.extend_from_slice(b"]}");
}

/// Appends the claims of `to_record(article, found)`, each with `doc_id`
/// set to the article's id and followed by a newline (`extract --claims`).
pub fn write_claims(out: &mut Vec<u8>, article: &Article, found: &Extraction) {
    if found.claims.is_empty() {
        return;
    }
    let mut w = Writer::new(article, found);
    for claim in &found.claims {
        w.write_claim(out, Some(&article.id), claim);
        out.push(b'\n');
    }
}

/// What the record of one article is written from.
struct Writer<'a> {
    text: &'a str,
    found: &'a Extraction,
    offsets: MentionOffsets,
    /// The sentence of the last claim written and where its escaped text
    /// lies in the output: the claims of one sentence copy it from there
    /// instead of escaping it again.
    last_sentence: Option<(Span, std::ops::Range<usize>)>,
}

impl<'a> Writer<'a> {
    fn new(article: &'a Article, found: &'a Extraction) -> Writer<'a> {
        Writer {
            text: &article.text,
            found,
            offsets: MentionOffsets::new(&article.text, found),
            last_sentence: None,
        }
    }

    /// The mentions sorted as `to_record` sorts them: by code-point start,
    /// end and type, stably. Code-point offsets keep the order of byte
    /// offsets, so the byte spans sort the same way.
    fn write_mentions(&self, out: &mut Vec<u8>) {
        let found = self.found;
        for (n, m) in self.offsets.order.iter().enumerate() {
            if n > 0 {
                out.push(b',');
            }
            let (start, end) = match m.kind {
                MentionType::Company => self.offsets.company(m.index),
                MentionType::Money => self.offsets.money(m.index),
                MentionType::Percent => self.offsets.percent(m.index),
            };
            out.extend_from_slice(match m.kind {
                MentionType::Company => b"{\"type\":\"company\",\"start\":",
                MentionType::Money => b"{\"type\":\"money\",\"start\":",
                MentionType::Percent => b"{\"type\":\"percent\",\"start\":",
            });
            write_usize(out, start);
            out.extend_from_slice(b",\"end\":");
            write_usize(out, end);
            out.extend_from_slice(b",\"text\":\"");
            write_escaped(out, &self.text[m.start..m.end]);
            match m.kind {
                MentionType::Company => {
                    let c = &found.companies[m.index];
                    out.extend_from_slice(b"\",\"entity\":\"");
                    write_escaped(out, &c.entity);
                    if let Some(parent) = &c.parent {
                        out.extend_from_slice(b"\",\"parent\":\"");
                        write_escaped(out, parent);
                    }
                    out.extend_from_slice(b"\"}");
                }
                MentionType::Money => {
                    let money = &found.amounts.money[m.index];
                    out.extend_from_slice(b"\",\"value\":");
                    write_number(out, money.value.to_f64());
                    out.extend_from_slice(b",\"currency\":\"");
                    write_name(out, money.currency);
                    if money.currency_inferred {
                        out.extend_from_slice(b"\",\"currency_inferred\":true}");
                    } else {
                        out.extend_from_slice(b"\"}");
                    }
                }
                MentionType::Percent => {
                    out.extend_from_slice(b"\",\"value\":");
                    write_number(out, found.amounts.percents[m.index].value.to_f64());
                    out.push(b'}');
                }
            }
        }
    }

    fn write_claim(&mut self, out: &mut Vec<u8>, doc_id: Option<&str>, claim: &Claim) {
        let found = self.found;
        if let Some(id) = doc_id {
            out.extend_from_slice(b"{\"doc_id\":");
            write_str(out, id);
            out.extend_from_slice(b",\"company\":\"");
        } else {
            out.extend_from_slice(b"{\"company\":\"");
        }
        let company = &found.companies[claim.company];
        write_escaped(out, company.span.slice(self.text));
        out.extend_from_slice(b"\",\"entity\":\"");
        write_escaped(out, &company.entity);
        let (start, end) = self.offsets.company(claim.company);
        out.extend_from_slice(b"\",\"company_start\":");
        write_usize(out, start);
        out.extend_from_slice(b",\"company_end\":");
        write_usize(out, end);
        out.extend_from_slice(metric_and_value_key(claim.metric));
        match claim.value {
            ValueRef::Money(i) => self.write_money_fields(out, i),
            ValueRef::Percent(i) => {
                let p = &found.amounts.percents[i];
                self.write_value_fields(
                    out,
                    p.value.to_f64(),
                    "%",
                    p.span,
                    self.offsets.percent(i),
                );
            }
        }
        out.extend_from_slice(b",\"equivalents\":[");
        for (n, &i) in claim.equivalents.iter().enumerate() {
            out.extend_from_slice(if n > 0 {
                b",{\"value\":"
            } else {
                b"{\"value\":"
            });
            self.write_money_fields(out, i);
            out.push(b'}');
        }
        match claim.period {
            Some(period) => {
                out.extend_from_slice(b"],\"period\":\"");
                out.extend_from_slice(period.text().as_bytes());
                out.push(b'"');
            }
            None => out.extend_from_slice(b"],\"period\":null"),
        }
        out.extend_from_slice(match claim.link {
            Link::Sentence => b",\"link\":\"sentence\",\"sentence\":\"",
            Link::Coref => b",\"link\":\"coref\",\"sentence\":\"",
        });
        let from = out.len();
        match &self.last_sentence {
            Some((span, written)) if *span == claim.sentence => {
                out.extend_from_within(written.clone());
            }
            _ => write_escaped(out, claim.sentence.slice(self.text)),
        }
        self.last_sentence = Some((claim.sentence, from..out.len()));
        out.extend_from_slice(b"\"}");
    }

    /// The value fields of money mention `i`, from its value on.
    fn write_money_fields(&self, out: &mut Vec<u8>, i: usize) {
        let m = &self.found.amounts.money[i];
        self.write_value_fields(
            out,
            m.value.to_f64(),
            m.currency,
            m.span,
            self.offsets.money(i),
        );
    }

    /// `…,"unit":…,"text":…,"start":…,"end":…`, the key of the value
    /// already written.
    fn write_value_fields(
        &self,
        out: &mut Vec<u8>,
        value: f64,
        unit: &'static str,
        span: Span,
        (start, end): CharSpan,
    ) {
        write_number(out, value);
        out.extend_from_slice(b",\"unit\":\"");
        write_name(out, unit);
        out.extend_from_slice(b"\",\"text\":\"");
        write_escaped(out, span.slice(self.text));
        out.extend_from_slice(b"\",\"start\":");
        write_usize(out, start);
        out.extend_from_slice(b",\"end\":");
        write_usize(out, end);
    }
}

/// `,"metric":"…","value":`, one constant piece for each metric.
fn metric_and_value_key(metric: Metric) -> &'static [u8] {
    macro_rules! key {
        ($name:literal) => {
            concat!(",\"metric\":\"", $name, "\",\"value\":").as_bytes()
        };
    }
    let key = match metric {
        Metric::Revenue => key!("revenue"),
        Metric::RevenueGrowth => key!("revenue_growth"),
        Metric::MarketShare => key!("market_share"),
        Metric::Investment => key!("investment"),
        Metric::Profit => key!("profit"),
        Metric::Other => key!("other"),
    };
    debug_assert!(key
        .windows(metric.name().len())
        .any(|w| w == metric.name().as_bytes()));
    key
}

fn write_opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => write_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// The two digits of each number below 100.
const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

/// The two digits of `n` (below 100).
fn pair(n: usize) -> [u8; 2] {
    [PAIRS[2 * n], PAIRS[2 * n + 1]]
}

/// An unsigned integer in decimal, as serde_json writes it; two digits at
/// a time, offsets being the most frequent thing written. Numbers below
/// 100 000 (nearly every offset) are written as one fixed-size piece.
fn write_usize(out: &mut Vec<u8>, n: usize) {
    let digit = |n: usize| b'0' + n as u8;
    match n {
        0..10 => out.push(digit(n)),
        10..100 => out.extend_from_slice(&pair(n)),
        100..1_000 => {
            let [a, b] = pair(n % 100);
            out.extend_from_slice(&[digit(n / 100), a, b]);
        }
        1_000..10_000 => {
            let ([a, b], [c, d]) = (pair(n / 100), pair(n % 100));
            out.extend_from_slice(&[a, b, c, d]);
        }
        10_000..100_000 => {
            let ([a, b], [c, d]) = (pair(n / 100 % 100), pair(n % 100));
            out.extend_from_slice(&[digit(n / 10_000), a, b, c, d]);
        }
        _ => write_long_usize(out, n),
    }
}

fn write_long_usize(out: &mut Vec<u8>, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    while n >= 100 {
        at -= 2;
        digits[at..at + 2].copy_from_slice(&pair(n % 100));
        n /= 100;
    }
    if n >= 10 {
        at -= 2;
        digits[at..at + 2].copy_from_slice(&pair(n));
    } else {
        at -= 1;
        digits[at] = b'0' + n as u8;
    }
    out.extend_from_slice(&digits[at..]);
}

/// A number as [`serialize_number`] writes it: integers without a
/// fraction, others (and the non-finite `null`) through serde_json.
fn write_number(out: &mut Vec<u8>, value: f64) {
    // `value.fract() == 0.0`, without the call to `trunc` that baseline
    // x86-64 makes of it.
    let n = value as i64;
    if n as f64 == value && value.abs() < 9.0e15 {
        if n < 0 {
            out.push(b'-');
        }
        write_usize(out, n.unsigned_abs() as usize);
    } else {
        serde_json::to_writer(&mut *out, &value).expect("writes to a Vec");
    }
}

/// How serde_json escapes each byte: 0 for none, `u` for `\u00XX`, else the
/// letter after the backslash.
static ESCAPE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b'u';
        b += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0A] = b'n';
    table[0x0C] = b'f';
    table[0x0D] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

/// Whether none of `bytes` needs escaping: no control byte, `"` or `\\`.
/// No early exit, so that the compiler tests a whole chunk in a few vector
/// instructions.
fn is_clean(bytes: &[u8]) -> bool {
    bytes.iter().fold(true, |clean, &b| {
        clean & (b >= 0x20) & (b != b'"') & (b != b'\\')
    })
}

/// Whether all of `bytes` is clean: whole 16-byte chunks, then the last
/// 16 bytes (overlapping the chunk before); strings shorter than that as
/// one or two (overlapping) words. No byte at a time.
fn is_all_clean(bytes: &[u8]) -> bool {
    const CHUNK: usize = 16;
    let n = bytes.len();
    if n >= CHUNK {
        let chunks = bytes.chunks_exact(CHUNK);
        chunks.into_iter().all(is_clean) && is_clean(&bytes[n - CHUNK..])
    } else if n >= 8 {
        is_clean_word(word_at(bytes, 0)) && is_clean_word(word_at(bytes, n - 8))
    } else if n >= 4 {
        let half = |at: usize| u64::from(u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()));
        is_clean_word(half(0) | half(n - 4) << 32)
    } else {
        is_clean(bytes)
    }
}

fn word_at(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"))
}

/// [`is_clean`] for eight bytes read as a word: no byte below 0x20, none
/// equal to `"` or `\\` (the exact zero-byte tests of "Bit Twiddling Hacks").
fn is_clean_word(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGHS;
    let control = below(x, 0x20);
    let quote = below(x ^ (ONES * u64::from(b'"')), 1);
    let backslash = below(x ^ (ONES * u64::from(b'\\')), 1);
    control | quote | backslash == 0
}

/// How many bytes at the start of `bytes` need no escaping. Prose rarely
/// needs any, so 16 bytes are checked at a time before the byte that does
/// is looked for.
fn clean_prefix(bytes: &[u8]) -> usize {
    const CHUNK: usize = 16;
    let mut at = 0;
    while let Some(chunk) = bytes.get(at..at + CHUNK) {
        if !is_clean(chunk) {
            break;
        }
        at += CHUNK;
    }
    bytes[at..]
        .iter()
        .position(|&b| ESCAPE[usize::from(b)] != 0)
        .map_or(bytes.len(), |off| at + off)
}

/// A name from claimex's own tables (a currency code or `%`) inside a JSON
/// string. Such names never need escaping, so they are copied without the
/// scan of [`write_escaped`].
fn write_name(out: &mut Vec<u8>, name: &'static str) {
    debug_assert!(is_clean(name.as_bytes()), "{name:?} needs escaping");
    out.extend_from_slice(name.as_bytes());
}

/// A JSON string exactly as serde_json writes it.
fn write_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    write_escaped(out, s);
    out.push(b'"');
}

/// The inside of a JSON string, escaped as serde_json escapes it: each
/// clean run copied whole, then the one byte that needs escaping.
/// Most strings need no escape at all: they are tested whole, then copied
/// in one piece.
fn write_escaped(out: &mut Vec<u8>, s: &str) {
    let mut rest = s.as_bytes();
    if is_all_clean(rest) {
        out.extend_from_slice(rest);
        return;
    }
    loop {
        let clean = clean_prefix(rest);
        out.extend_from_slice(&rest[..clean]);
        let Some(&b) = rest.get(clean) else { break };
        rest = &rest[clean + 1..];
        match ESCAPE[usize::from(b)] {
            b'u' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(&[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(b >> 4)],
                    HEX[usize::from(b & 0xF)],
                ]);
            }
            escape => out.extend_from_slice(&[b'\\', escape]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_mention_shape() {
        let m = MentionRecord {
            kind: MentionType::Money,
            start: 1249,
            end: 1266,
            text: "10.7 billion yuan".into(),
            entity: None,
            parent: None,
            value: Some(10_700_000_000.0),
            currency: Some("CNY".into()),
            currency_inferred: false,
        };
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"type":"money","start":1249,"end":1266,"text":"10.7 billion yuan","value":10700000000,"currency":"CNY"}"#
        );
    }

    /// The serde path the fast writers must match byte for byte.
    fn both_ways(extractor: &crate::Extractor, article: &Article) -> (Vec<u8>, Vec<u8>) {
        let found = extractor.extract(article);
        let record = crate::to_record(article, &found);
        let mut slow = serde_json::to_vec(&record).unwrap();
        for claim in &record.claims {
            let claim = ClaimRecord {
                doc_id: Some(record.id.clone()),
                ..claim.clone()
            };
            slow.push(b'|');
            serde_json::to_writer(&mut slow, &claim).unwrap();
            slow.push(b'\n');
        }
        let mut fast = Vec::new();
        write_document(&mut fast, article, &found);
        let mut claims = Vec::new();
        write_claims(&mut claims, article, &found);
        for line in claims.split_inclusive(|&b| b == b'\n') {
            fast.push(b'|');
            fast.extend_from_slice(line);
        }
        (fast, slow)
    }

    #[test]
    fn fast_writer_matches_serde_on_the_corpus() {
        use crate::load::{ArticleReader, Input};
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let inputs = [
            "corpus",
            "tests/data/corpus-extra",
            "tests/data/heldout/corpus",
        ]
        .iter()
        .map(|dir| Input::Path(root.join(dir)))
        .collect();
        let extractor = crate::Extractor::new(crate::Options::default()).unwrap();
        let mut seen = 0;
        for article in ArticleReader::new(inputs).filter_map(Result::ok) {
            let (fast, slow) = both_ways(&extractor, &article);
            assert_eq!(
                String::from_utf8(fast).unwrap(),
                String::from_utf8(slow).unwrap()
            );
            seen += 1;
        }
        assert!(seen >= 10, "corpus not found");
    }

    #[test]
    fn fast_writer_matches_serde_on_random_texts() {
        // Fragments that make mentions and claims, and bytes that need
        // escaping or are several bytes long, shuffled by a fixed xorshift.
        const PIECES: &[&str] = &[
            "Alibaba Cloud",
            " said its revenue rose 12.5% to $1.54 billion",
            " in the fourth quarter",
            ". ",
            "De omzet van KPN steeg met 3,8% tot 1,7 miljard euro",
            "Le chiffre d'affaires de Dassault Systèmes atteint 5,9 milliards d'euros (6,4 milliards de dollars)",
            " \"quoted\" ",
            "back\\slash",
            "\n",
            "\t\r\u{8}\u{c}\u{1}\u{1f}\u{7f}",
            "€5 ’s 10 ",
            "Microsoft Azure",
            " up 4% ",
            "Amazon's AWS earned US$ 20mn-25mn",
            "日本語 ",
            "0.058",
            " -3 % ",
        ];
        let extractor = crate::Extractor::new(crate::Options::default()).unwrap();
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut claims = 0;
        for n in 0..300 {
            let len = (next() % 40) as usize;
            let text: String = (0..len)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            let article = Article {
                id: format!("r\"{n}\\"),
                source: "random\u{1}".into(),
                text,
                date: (n % 2 == 0).then(|| "2024-01-02".into()),
                title: (n % 3 == 0).then(|| "A \"title\"".into()),
                url: (n % 5 == 0).then(|| "https://x/y".into()),
                declared_language: ["en", "nl", "fr"].get(n % 4).map(|l| l.to_string()),
            };
            let (fast, slow) = both_ways(&extractor, &article);
            claims += slow.iter().filter(|&&b| b == b'|').count();
            assert_eq!(
                String::from_utf8(fast).unwrap(),
                String::from_utf8(slow).unwrap()
            );
        }
        assert!(claims > 100, "only {claims} claims");
    }

    /// Every mention's offsets against counting the characters from the
    /// start of the text, and the record order, also when a list does not
    /// come sorted.
    fn check_offsets(text: &str, found: &Extraction) {
        let offsets = MentionOffsets::new(text, found);
        let chars = |span: Span| {
            let start = text[..span.start].chars().count();
            (start, start + span.slice(text).chars().count())
        };
        for (i, c) in found.companies.iter().enumerate() {
            assert_eq!(offsets.company(i), chars(c.span));
        }
        for (i, m) in found.amounts.money.iter().enumerate() {
            assert_eq!(offsets.money(i), chars(m.span));
        }
        for (i, p) in found.amounts.percents.iter().enumerate() {
            assert_eq!(offsets.percent(i), chars(p.span));
        }
        assert!(offsets.order.is_sorted());
        let total =
            found.companies.len() + found.amounts.money.len() + found.amounts.percents.len();
        assert_eq!(offsets.order.len(), total);
    }

    #[test]
    fn mention_offsets_count_from_the_start() {
        let extractor = crate::Extractor::new(crate::Options::default()).unwrap();
        let text = "Le chiffre d’affaires de Dassault Systèmes atteint 5,9 milliards d’euros \
            (6,4 milliards de dollars), +12 %. 日本語 Alibaba Cloud: 3% et 4 %, €5 et 10 ’s.";
        let article = Article {
            text: text.into(),
            declared_language: Some("fr".into()),
            ..Article::default()
        };
        let mut found = extractor.extract(&article);
        assert!(found.amounts.percents.len() >= 3 && !found.amounts.money.is_empty());
        check_offsets(text, &found);
        found.amounts.percents.reverse();
        found.amounts.money.reverse();
        check_offsets(text, &found);
    }

    #[test]
    fn strings_escape_like_serde() {
        let mut every_byte = String::new();
        for c in (0u8..0x80).chain(b"\"\\abc\xc3\xa9".iter().copied()) {
            every_byte.push(c as char);
        }
        every_byte.push_str("é€ 日本 \" \\ ");
        for start in 0..every_byte.len() {
            if !every_byte.is_char_boundary(start) {
                continue;
            }
            let s = &every_byte[start..];
            let mut fast = Vec::new();
            write_str(&mut fast, s);
            assert_eq!(fast, serde_json::to_vec(s).unwrap());
        }
    }

    #[test]
    fn whole_string_test_finds_every_byte_to_escape() {
        for len in 0..40 {
            let clean = vec![b'a'; len];
            assert!(is_all_clean(&clean), "{len}");
            for at in 0..len {
                for bad in [0u8, 0x1f, b'"', b'\\', b'\n'] {
                    let mut dirty = clean.clone();
                    dirty[at] = bad;
                    assert!(!is_all_clean(&dirty), "{len} {at} {bad}");
                }
                for good in [0x20u8, 0x7f, 0x80, 0xff, b'!', b'#', b'[', b']'] {
                    let mut fine = clean.clone();
                    fine[at] = good;
                    assert!(is_all_clean(&fine), "{len} {at} {good}");
                }
            }
        }
    }

    #[test]
    fn numbers_write_like_serialize_number() {
        struct Number(f64);
        impl Serialize for Number {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                serialize_number(&self.0, s)
            }
        }
        for v in [
            0.0,
            -0.0,
            1.0,
            -3.0,
            58.5,
            0.058,
            1.54e9,
            8.9e15,
            9.0e15,
            1e21,
            -1e300,
            f64::NAN,
            f64::INFINITY,
            1e-7,
            123456789.125,
        ] {
            let mut fast = Vec::new();
            write_number(&mut fast, v);
            assert_eq!(fast, serde_json::to_vec(&Number(v)).unwrap(), "{v}");
        }
        for n in [
            0usize,
            7,
            10,
            99,
            100,
            101,
            999,
            1000,
            1009,
            9999,
            10000,
            10001,
            12345,
            98765,
            99999,
            100000,
            100001,
            1234567,
            usize::MAX,
        ] {
            let mut fast = Vec::new();
            write_usize(&mut fast, n);
            assert_eq!(fast, serde_json::to_vec(&n).unwrap());
        }
        let mut fast = Vec::new();
        for n in 0..200_000usize {
            fast.clear();
            write_usize(&mut fast, n);
            assert_eq!(fast, n.to_string().as_bytes());
        }
    }

    #[test]
    fn gold_records_read_back() {
        let gold = r#"{"id": "x", "date": null, "lang": "en", "translated_from": null,
            "mentions": [{"type": "percent", "start": 1, "end": 4, "text": "62%", "value": 62},
                         {"type": "money", "start": 5, "end": 6, "text": "1", "value": 1e9,
                          "currency": "EUR", "currency_inferred": true}],
            "claims": []}"#;
        let d: DocumentRecord = serde_json::from_str(gold).unwrap();
        assert_eq!(d.mentions[0].value, Some(62.0));
        assert!(d.mentions[1].currency_inferred);
        assert_eq!(d.lang_confidence, None);
    }
}
