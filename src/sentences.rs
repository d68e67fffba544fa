//! Sentence bounds for linking, robust to the way news text is written.
//!
//! A claim ties a value to a company *in the same sentence* (SPEC section 3),
//! so sentence bounds decide links. The Unicode rules (UAX #29, the
//! `unicode-segmentation` crate) are the reference, but news text breaks
//! them in both directions:
//!
//! - sentences glued without a space (`on Tuesday.Since the novel`,
//!   `$9.95 billion.According to`) are two sentences, where UAX #29 sees one;
//! - abbreviations (`No.3`, `U.S. cloud`, `Gartner Inc. said`, `Mr. Zhang`,
//!   `e.g. the`) and decimals (`1.54`) end nothing;
//! - a headline or a paragraph with no final period is a sentence of its own,
//!   so every line break ends one;
//! - a closing quote after the period belongs to the sentence it closes.
//!
//! UAX #29 over a whole article also costs more than all our scanners
//! together (PERFORMANCE.md), so this module scans for the few characters
//! that can end a sentence and decides each candidate from its neighbours.
//! The tests check that on plain text the result agrees with UAX #29, and
//! spans holding the sentence ends of other scripts (`。`) are split with
//! the Unicode rules themselves.

use std::sync::LazyLock;

use unicode_segmentation::UnicodeSegmentation;

use crate::language::word_key;
use crate::span::Span;

/// Abbreviations that never end a sentence, whatever follows
/// (lower-cased, without the final period).
const NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nr", "vs", "e.g", "i.e", "cf", "approx", "ca",
    "resp", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "blz", "mevr", "dhr", "mme", "mlle", "jr", "sr", "gen", "gov", "sen", "rep", "n.v",
    "b.v", "z.g", "o.a", "m.a.w", "d.w.z", "i.p.v", "bijv", "cie", "env",
];

/// Abbreviations that end a sentence only when a capitalised word follows
/// (`in the U.S. The company`), not otherwise (`Gartner Inc. said`).
const MAYBE_FINAL: &[&str] = &[
    "inc", "corp", "co", "ltd", "plc", "llc", "bros", "etc", "u.s", "u.k", "e.u", "a.m", "p.m",
    "u.s.a", "m", "bn", "mln", "mld", "mrd", "md", "mds",
];

/// Every sentence of `text`, in order, without surrounding white space.
///
/// ```
/// use claimex::sentences::sentence_spans;
/// let text = "Revenue was $9.95 billion.According to Gartner Inc. it ranked No.3";
/// let sentences: Vec<&str> = sentence_spans(text).iter().map(|s| s.slice(text)).collect();
/// assert_eq!(sentences, ["Revenue was $9.95 billion.", "According to Gartner Inc. it ranked No.3"]);
/// ```
pub fn sentence_spans(text: &str) -> Vec<Span> {
    sentences(text).collect()
}

/// The sentences of [`sentence_spans`], found as they are asked for: a
/// reader that stops early (after the last value of an article) does not
/// pay for the sentences after.
pub fn sentences(text: &str) -> Sentences<'_> {
    let scan = Scan::new(text);
    if holds_other_terminators(text) {
        Sentences(Source::Split(
            split_other_scripts(text, scan.collect()).into_iter(),
        ))
    } else {
        Sentences(Source::Scan(scan))
    }
}

/// The iterator of [`sentences`].
pub struct Sentences<'a>(Source<'a>);

enum Source<'a> {
    /// Text with no sentence end of other scripts: the scan below, as it goes.
    Scan(Scan<'a>),
    /// Text with some: all sentences found at once, then split further.
    Split(std::vec::IntoIter<Span>),
}

impl Iterator for Sentences<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        match &mut self.0 {
            Source::Scan(scan) => scan.next(),
            Source::Split(spans) => spans.next(),
        }
    }
}

/// The candidate positions of [`Scan`]: line breaks, `.`, `!`, `?`, and
/// the lead byte of `…`, found with a vectorised search.
type Candidates<'a> = Merged<memchr::Memchr3<'a>, memchr::Memchr3<'a>>;

/// The sentences of a text in the scripts we read, one at a time.
struct Scan<'a> {
    text: &'a str,
    candidates: Candidates<'a>,
    /// Where the next sentence starts (before trimming); `None` once the
    /// last one is out.
    start: Option<usize>,
}

impl<'a> Scan<'a> {
    fn new(text: &'a str) -> Scan<'a> {
        let bytes = text.as_bytes();
        Scan {
            text,
            candidates: memchr::memchr3_iter(b'.', b'!', b'?', bytes)
                .merge_sorted(memchr::memchr3_iter(b'\n', b'\r', 0xE2, bytes)),
            start: Some(0),
        }
    }
}

impl Iterator for Scan<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        let text = self.text;
        let bytes = text.as_bytes();
        loop {
            let start = self.start?;
            let Some(i) = self.candidates.next() else {
                self.start = None;
                return trimmed(text, start, text.len());
            };
            if i < start {
                continue;
            }
            let end = match bytes[i] {
                b'\n' | b'\r' => Some(i),
                b'.' | b'!' | b'?' => ends_sentence(text, i).then(|| after_closers(text, i + 1)),
                // `…` (U+2026) followed by a space and a capital.
                _ if text[i..].starts_with('…') => {
                    let next = i + '…'.len_utf8();
                    (next_word_is_capitalised(text, next) && starts_with_space(text, next))
                        .then(|| after_closers(text, next))
                }
                _ => None,
            };
            if let Some(end) = end {
                self.start = Some(end);
                if let Some(span) = trimmed(text, start, end) {
                    return Some(span);
                }
            }
        }
    }
}

/// Sentence ends of other scripts (`。`, `！`, `？`, `؟`, `।`), which the
/// scan above does not look for.
const OTHER_TERMINATORS: [char; 6] = ['。', '！', '？', '؟', '।', '｡'];

/// The first bytes of the UTF-8 forms of [`OTHER_TERMINATORS`].
const OTHER_TERMINATOR_LEADS: [u8; 4] = [0xE3, 0xEF, 0xD8, 0xE0];

/// Whether `text` holds one of [`OTHER_TERMINATORS`]: a vectorised search
/// for their first bytes, rare in the texts we read, much cheaper than
/// `str::contains` with a set of chars, which decodes every character.
fn holds_other_terminators(text: &str) -> bool {
    let [a, b, c, d] = OTHER_TERMINATOR_LEADS;
    let bytes = text.as_bytes();
    memchr::memchr3_iter(a, b, c, bytes)
        .chain(memchr::memchr_iter(d, bytes))
        .any(|i| text[i..].starts_with(OTHER_TERMINATORS))
}

/// Splits the spans that hold a sentence end of another script with the
/// Unicode rules (UAX #29): rare in our articles, so only those spans pay.
fn split_other_scripts(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    for span in spans {
        let piece = span.slice(text);
        if !piece.contains(OTHER_TERMINATORS) {
            out.push(span);
            continue;
        }
        for (at, sentence) in piece.split_sentence_bound_indices() {
            out.extend(trimmed(
                text,
                span.start + at,
                span.start + at + sentence.len(),
            ));
        }
    }
    out
}

/// Merges two ascending streams of positions.
trait MergeSorted: Iterator<Item = usize> + Sized {
    fn merge_sorted<J: Iterator<Item = usize>>(self, other: J) -> Merged<Self, J> {
        Merged {
            a: self.peekable(),
            b: other.peekable(),
        }
    }
}

impl<I: Iterator<Item = usize>> MergeSorted for I {}

struct Merged<I: Iterator<Item = usize>, J: Iterator<Item = usize>> {
    a: std::iter::Peekable<I>,
    b: std::iter::Peekable<J>,
}

impl<I: Iterator<Item = usize>, J: Iterator<Item = usize>> Iterator for Merged<I, J> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        match (self.a.peek(), self.b.peek()) {
            (Some(&x), Some(&y)) if x <= y => self.a.next(),
            (Some(_), Some(_)) => self.b.next(),
            (Some(_), None) => self.a.next(),
            (None, _) => self.b.next(),
        }
    }
}

/// The sentence of `spans` (as returned by [`sentence_spans`]) that holds
/// byte offset `at`: a binary search.
pub fn sentence_at(spans: &[Span], at: usize) -> Option<usize> {
    let i = spans.partition_point(|s| s.end <= at);
    (i < spans.len() && spans[i].start <= at).then_some(i)
}

/// `text[start..end]` without surrounding white space, unless nothing is left.
fn trimmed(text: &str, start: usize, end: usize) -> Option<Span> {
    let piece = &text[start..end];
    let bytes = piece.as_bytes();
    // ASCII white space byte by byte; where a character beyond ASCII
    // comes first or last, it may be white space too, and `trim` decides.
    let white = |b: &u8| (*b as char).is_whitespace() && b.is_ascii();
    let lead = bytes.iter().take_while(|b| white(b)).count();
    let trail = bytes.iter().rev().take_while(|b| white(b)).count();
    let beyond_ascii = |i: usize| bytes.get(i).is_some_and(|b| !b.is_ascii());
    let (lead, trail) =
        if lead < bytes.len() && (beyond_ascii(lead) || beyond_ascii(bytes.len() - trail - 1)) {
            (
                piece.len() - piece.trim_start().len(),
                piece.len() - piece.trim_end().len(),
            )
        } else {
            (lead, trail)
        };
    (lead + trail < piece.len()).then(|| Span::new(start + lead, end - trail))
}

fn starts_with_space(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(char::is_whitespace)
}

/// Skips closing quotes and brackets right after a terminator.
fn after_closers(text: &str, mut at: usize) -> usize {
    while let Some(c) = text[at..].chars().next() {
        if matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '“') {
            // `“` closes in texts typed with French conventions, but only
            // when it is not opening the next sentence (`. “We`).
            if c == '“' && !text[at + c.len_utf8()..].starts_with(|n: char| n.is_whitespace()) {
                break;
            }
            at += c.len_utf8();
        } else {
            break;
        }
    }
    at
}

/// The first letter after white space, quotes and brackets from `at`.
fn next_word_is_capitalised(text: &str, at: usize) -> bool {
    text[at..]
        .chars()
        .find(|c| !c.is_whitespace() && !matches!(c, '"' | '\'' | '“' | '‘' | '«' | '(' | '['))
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// The word that ends just before `at` (letters, digits and inner periods:
/// `U.S`, `e.g`, `No`).
fn word_before(text: &str, at: usize) -> &str {
    let head = &text[..at];
    let bytes = head.as_bytes();
    // Byte by byte over ASCII, where `is_alphanumeric` is the ASCII test;
    // the first other byte sends the walk to the characters.
    let other = (bytes.iter()).rposition(|&b| !(b.is_ascii_alphanumeric() || b == b'.'));
    let mut start = match other {
        None => 0,
        Some(i) if bytes[i].is_ascii() => i + 1,
        // The last byte of a character beyond ASCII.
        Some(i) => head[..i + 1]
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
            .map_or(0, |(i, c)| i + c.len_utf8()),
    };
    while bytes.get(start) == Some(&b'.') {
        start += 1;
    }
    &head[start..]
}

/// The longest word of [`NEVER_FINAL`] and [`MAYBE_FINAL`], in bytes.
const LONGEST_ABBREVIATION: usize = 6;

/// Which abbreviation lists hold `word`, lower-cased: `(never final,
/// maybe final)`. Most words are ASCII: those are lower-cased once into an
/// integer key, with no copy, and those longer than any abbreviation not
/// at all.
fn listed(word: &str) -> (bool, bool) {
    let (never, maybe) = (&*NEVER_FINAL_LIST, &*MAYBE_FINAL_LIST);
    if word.is_ascii() {
        if word.len() > LONGEST_ABBREVIATION {
            return (false, false);
        }
        match ascii_key(word.as_bytes()) {
            Some(key) => (never.holds(key), maybe.holds(key)),
            None => (false, false),
        }
    } else if word.contains(KELVIN) {
        let lower = word.to_lowercase();
        (
            never.words.contains(&lower.as_str()),
            maybe.words.contains(&lower.as_str()),
        )
    } else {
        // The lists are ASCII, and no other character lower-cases to ASCII.
        (false, false)
    }
}

/// [`word_key`] of an ASCII word of at most eight bytes, built in a
/// register; `None` for any other word.
#[inline]
pub(crate) fn ascii_key(word: &[u8]) -> Option<u64> {
    if word.len() > 8 {
        return None;
    }
    let mut key = 0;
    for (i, &b) in word.iter().enumerate() {
        if !b.is_ascii() {
            return None;
        }
        key |= u64::from(b.to_ascii_lowercase()) << (8 * i);
    }
    Some(key)
}

/// The one character beyond ASCII whose lower case is ASCII (`k`).
const KELVIN: char = '\u{212A}';

/// An abbreviation list, and its words as sorted [`word_key`]s: a word
/// is looked up with one lower-casing and a binary search of integers.
struct Abbreviations {
    words: &'static [&'static str],
    keys: Vec<u64>,
}

impl Abbreviations {
    fn new(words: &'static [&'static str]) -> Abbreviations {
        let mut keys: Vec<u64> = (words.iter())
            .map(|w| word_key(w).expect("abbreviations are at most eight bytes"))
            .collect();
        keys.sort_unstable();
        Abbreviations { words, keys }
    }

    /// Whether the word of `key` is one of the list.
    fn holds(&self, key: u64) -> bool {
        self.keys.binary_search(&key).is_ok()
    }
}

static NEVER_FINAL_LIST: LazyLock<Abbreviations> =
    LazyLock::new(|| Abbreviations::new(NEVER_FINAL));
static MAYBE_FINAL_LIST: LazyLock<Abbreviations> =
    LazyLock::new(|| Abbreviations::new(MAYBE_FINAL));

/// Decides whether the terminator at byte `i` ends a sentence.
fn ends_sentence(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    let next = text[i + 1..].chars().next();
    let prev = text[..i].chars().next_back();
    let Some(next) = next else { return true };
    if bytes[i] == b'.' {
        // `1.54`, `No.3`, `example.com`, `...`
        if next.is_ascii_digit() || next == '.' || prev == Some('.') {
            return false;
        }
    }
    let after = after_closers(text, i + 1);
    let Some(follow) = text[after..].chars().next() else {
        return true;
    };
    if !follow.is_whitespace() {
        // Glued: `Tuesday.Since`, `billion.According`, but not `U.S.` or
        // `J.P.`: the word before must be longer than one letter and the
        // next one capitalised and then lower-case.
        if follow == ',' || follow == ';' || follow == ':' {
            return false;
        }
        let word = word_before(text, i);
        let glued_word = {
            let mut chars = text[after..].chars();
            matches!((chars.next(), chars.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase())
        };
        return glued_word && word.chars().count() > 1 && !word.contains('.');
    }
    if bytes[i] != b'.' {
        return true;
    }
    let written = word_before(text, i);
    let (never_final, maybe_final) = listed(written);
    if never_final {
        return false;
    }
    // A single capital is an initial (`J. Smith`, French `M. Daloz`).
    if written.chars().count() == 1 && written.chars().all(char::is_uppercase) {
        return false;
    }
    // A listed abbreviation (`Inc.`, `m.`) ends a sentence only before a
    // capital; any other word unless a lower-case word follows (`e.g. the`).
    if maybe_final {
        return next_word_is_capitalised(text, after);
    }
    !text[after..]
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentence_spans(text).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn news_text_edge_cases() {
        let cases: &[(&str, &[&str])] = &[
            // Glued sentences are two.
            (
                "an analyst said on Tuesday.Since the outbreak, it grew.",
                &["an analyst said on Tuesday.", "Since the outbreak, it grew."],
            ),
            (
                "AWS posted revenues of $9.95 billion.According to Gartner Inc, Alibaba ranked No.3 in its share.",
                &["AWS posted revenues of $9.95 billion.", "According to Gartner Inc, Alibaba ranked No.3 in its share."],
            ),
            // Abbreviations and decimals end nothing.
            (
                "It goes up against U.S. cloud services. It grew 1.5 percent.",
                &["It goes up against U.S. cloud services.", "It grew 1.5 percent."],
            ),
            (
                "Mr. Zhang met Dr. Wu at Gartner Inc. yesterday. They agreed.",
                &["Mr. Zhang met Dr. Wu at Gartner Inc. yesterday.", "They agreed."],
            ),
            (
                "Markets, e.g. the cloud, grew. J. P. Morgan said so.",
                &["Markets, e.g. the cloud, grew.", "J. P. Morgan said so."],
            ),
            (
                "Shares of Apple Inc. The company fell.",
                &["Shares of Apple Inc.", "The company fell."],
            ),
            // Dutch and French abbreviations.
            (
                "Het bedrijf, o.a. bekend van Bol, groeide. Dhr. Muller sprak.",
                &["Het bedrijf, o.a. bekend van Bol, groeide.", "Dhr. Muller sprak."],
            ),
            (
                "Le chiffre d'affaires atteint 9,5 Mds€. M. Daloz l'a confirmé.",
                &["Le chiffre d'affaires atteint 9,5 Mds€.", "M. Daloz l'a confirmé."],
            ),
            // Quotes: the closing quote stays with its sentence, and a quote
            // with its attribution is one sentence.
            (
                "\"This is just the beginning,\" added Alibaba CEO Daniel Zhang. \"We want more.\" Next.",
                &["\"This is just the beginning,\" added Alibaba CEO Daniel Zhang.", "\"We want more.\"", "Next."],
            ),
            (
                "“Le pire semble passé pour Ubisoft », a estimé un analyste.",
                &["“Le pire semble passé pour Ubisoft », a estimé un analyste."],
            ),
            (
                "He said: “It grew fast.” Then he left.",
                &["He said: “It grew fast.”", "Then he left."],
            ),
            // Headlines and paragraphs without a final period.
            (
                "Alibaba’s cloud proves its worth\n\nAlibaba is growing. Fast\nReport Rating",
                &["Alibaba’s cloud proves its worth", "Alibaba is growing.", "Fast", "Report Rating"],
            ),
            ("Really? Yes! Done", &["Really?", "Yes!", "Done"]),
            ("", &[]),
            ("  \n \n", &[]),
            ("No final period", &["No final period"]),
        ];
        for (text, expected) in cases {
            assert_eq!(split(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn plain_text_agrees_with_uax29() {
        let texts = [
            "Alibaba Cloud grew fast. Amazon did not. Microsoft launched Azure in 2010.",
            "De omzet steeg. Het bedrijf keert een dividend uit! Is dat veel?",
            "Le groupe a racheté Medidata. Son chiffre d'affaires a progressé.",
        ];
        for text in texts {
            let ours = split(text);
            let theirs: Vec<&str> = text.unicode_sentences().map(str::trim).collect();
            assert_eq!(ours, theirs, "{text:?}");
        }
    }

    #[test]
    fn other_scripts_follow_the_unicode_rules() {
        let text = "阿里云收入增长。腾讯云也在增长！Alibaba grew. Next";
        assert_eq!(
            split(text),
            [
                "阿里云收入增长。",
                "腾讯云也在增长！",
                "Alibaba grew.",
                "Next"
            ]
        );
    }

    #[test]
    fn sentence_lookup() {
        let text = "One. Two three. Four";
        let spans = sentence_spans(text);
        assert_eq!(sentence_at(&spans, 0), Some(0));
        assert_eq!(sentence_at(&spans, text.find("three").unwrap()), Some(1));
        assert_eq!(sentence_at(&spans, text.len() - 1), Some(2));
        assert_eq!(sentence_at(&spans, 4), None); // the space between
    }

    #[test]
    fn other_terminator_leads() {
        for c in OTHER_TERMINATORS {
            let lead = c.encode_utf8(&mut [0; 4]).as_bytes()[0];
            assert!(OTHER_TERMINATOR_LEADS.contains(&lead), "{c}");
        }
    }

    #[test]
    fn word_before_walks_bytes_as_characters() {
        fn by_chars(text: &str, at: usize) -> &str {
            let head = &text[..at];
            let start = head
                .char_indices()
                .rev()
                .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
                .map_or(0, |(i, c)| i + c.len_utf8());
            head[start..].trim_start_matches('.')
        }
        for text in [
            "in the U.S.",
            "Mme. é. Zoë.",
            "...",
            "a.b",
            "naïve.",
            "x€No.",
            "Straße.",
            ".",
        ] {
            for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(word_before(text, at), by_chars(text, at), "{text:?} {at}");
            }
        }
    }

    #[test]
    fn trimmed_as_trim() {
        for text in [
            "",
            " ",
            "  a ",
            "\u{a0}a\u{a0}",
            " \u{a0} é ",
            "é",
            "\t\r\n",
            "\u{2003}",
            " a\u{3000}",
            "\u{b}x\u{c}",
        ] {
            let piece = text.trim();
            let expected = (!piece.is_empty()).then(|| {
                let lead = text.len() - text.trim_start().len();
                Span::new(lead, lead + piece.len())
            });
            assert_eq!(trimmed(text, 0, text.len()), expected, "{text:?}");
        }
    }

    #[test]
    fn abbreviations_are_found_in_any_case() {
        for word in NEVER_FINAL {
            assert!(listed(word).0);
            assert!(listed(&word.to_uppercase()).0);
        }
        for word in MAYBE_FINAL {
            assert!(listed(word).1);
            assert!(listed(&word.to_uppercase()).1);
        }
        assert!(!listed("Inco").1);
        assert!(!listed("i").0);
        assert_eq!(listed("\u{212A}"), (false, false));
        assert_eq!(listed("Lt\u{212A}"), (false, false));
        assert_eq!(listed("Co"), (false, true));
    }

    #[test]
    fn only_the_kelvin_sign_lower_cases_to_ascii() {
        let abbreviations = NEVER_FINAL.iter().chain(MAYBE_FINAL);
        assert!(abbreviations.clone().all(|w| w.is_ascii()));
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            if c != KELVIN {
                assert!(!c.to_lowercase().all(|l| l.is_ascii()), "{c:?}");
            }
        }
    }

    #[test]
    fn longest_abbreviation() {
        let longest = NEVER_FINAL.iter().chain(MAYBE_FINAL).map(|w| w.len()).max();
        assert_eq!(longest, Some(LONGEST_ABBREVIATION));
    }

    #[test]
    fn never_panics_on_odd_text() {
        for text in [
            "...", ".", "a.", "€.€", "“", ". “", "U.S.", "x\r\n.y", "…", "a… B", "1.é",
        ] {
            for s in sentence_spans(text) {
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
    }
}
