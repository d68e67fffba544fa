//! Spans of text and the conversion of their offsets.
//!
//! Inside the pipeline every stage works on UTF-8 byte offsets: that is what
//! `regex`, `aho-corasick` and `str` slicing speak, and it costs nothing.
//! The data contract (SPEC section 1) speaks Unicode code points, as Python
//! `str` slicing counts them. The two meet once, where records are written:
//! one forward sweep over an article's sorted mention bounds counts the
//! code points between them with a `CharCursor`, instead of counting
//! from the start for every mention.

use std::ops::Range;

/// A half-open byte range `[start, end)` into an article's text.
///
/// Both ends always lie on `char` boundaries, so `&text[span.range()]`
/// never panics for the text the span was made from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes, end-exclusive).
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The text this span covers.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.range()]
    }

    /// The bytes between this span and `other`, whichever comes first; 0
    /// when they touch or overlap.
    pub fn gap(&self, other: Span) -> usize {
        if other.end <= self.start {
            self.start - other.end
        } else {
            other.start.saturating_sub(self.end)
        }
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// The bytes the vectorised loops take at a time.
const CHUNK: usize = 32;

/// Counts the continuation bytes (`0b10xx_xxxx`, below -0x40 as a signed
/// byte) in `bytes`. 32 bytes at a time in a form the compiler turns into a
/// few vector compares and one horizontal sum; then eight at a time with
/// [`word_continuations`].
fn continuations(bytes: &[u8]) -> usize {
    let is_continuation = |b: &u8| u8::from((*b as i8) < -0x40);
    let mut chunks = bytes.chunks_exact(CHUNK);
    let mut continuations = 0;
    for chunk in &mut chunks {
        let chunk: &[u8; CHUNK] = chunk.try_into().expect("a whole chunk");
        continuations += usize::from(chunk.iter().map(is_continuation).sum::<u8>());
    }
    let mut words = chunks.remainder().chunks_exact(8);
    for word in &mut words {
        continuations += word_continuations(u64::from_le_bytes(word.try_into().expect("8 bytes")));
    }
    continuations
        + words
            .remainder()
            .iter()
            .filter(|b| is_continuation(b) == 1)
            .count()
}

/// The continuation bytes among the eight of `word`: a byte is one when its
/// top bit is set and the next one is not. One mask leaves a 1 in each such
/// byte, and a multiplication sums the eight bytes into the top one
/// (baseline x86-64 has no popcount instruction).
#[inline]
fn word_continuations(word: u64) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let flags = ((word & !(word << 1)) >> 7) & ONES;
    (flags.wrapping_mul(ONES) >> 56) as usize
}

/// The eight bytes of `bytes` that end at `end`, as a little-endian word.
#[inline]
fn word_ending_at(bytes: &[u8], end: usize) -> u64 {
    u64::from_le_bytes(bytes[end - 8..end].try_into().expect("8 bytes"))
}

/// Code-point offsets of the byte offsets of one text, asked in about
/// increasing order (as records ask for their mentions' starts and ends).
///
/// Many of an article's mentions lie in its ASCII prefix (all of them when
/// the article is ASCII), where a byte offset is its code-point offset: one
/// vectorised search for the first non-ASCII byte answers for those. Past
/// it, a running count of the continuation bytes before the cursor follows
/// the offsets asked for, forward over a gap to the next mention start,
/// forward over its text to its end, back where mentions overlap; so every
/// byte is counted about once. The steps are a few words, counted eight
/// bytes at a time with no set-up.
pub(crate) struct CharCursor<'a> {
    bytes: &'a [u8],
    /// The first non-ASCII byte, or the length of an ASCII text.
    ascii_until: usize,
    /// The last byte offset asked for (at least `ascii_until`) and the
    /// continuation bytes before it.
    byte: usize,
    continuations: usize,
}

impl<'a> CharCursor<'a> {
    pub(crate) fn new(text: &'a str) -> CharCursor<'a> {
        let bytes = text.as_bytes();
        let ascii_until = first_non_ascii(bytes);
        CharCursor {
            bytes,
            ascii_until,
            byte: ascii_until,
            continuations: 0,
        }
    }

    /// The code-point offset of byte offset `byte`, a `char` boundary.
    /// The cursor moves there from the last offset asked for, so offsets
    /// asked in about increasing order cost a count of the bytes between.
    #[inline]
    pub(crate) fn char_at(&mut self, byte: usize) -> usize {
        if byte <= self.ascii_until {
            return byte;
        }
        if byte >= self.byte {
            self.continuations += self.continuations_between(self.byte, byte);
        } else {
            self.continuations -= self.continuations_between(byte, self.byte);
        }
        self.byte = byte;
        byte - self.continuations
    }

    /// The continuation bytes in `[from, to)`. The gaps between
    /// mentions are a few words: eight bytes at a time, the last (partial)
    /// word the one ending at `to` with the bytes before `from` shifted
    /// out. Most gaps are ASCII even in a text that is not, and OR-ing
    /// their words answers for those.
    #[inline]
    fn continuations_between(&self, from: usize, to: usize) -> usize {
        const HIGH: u64 = 0x8080_8080_8080_8080;
        if to - from > 64 || to < 8 {
            return continuations(&self.bytes[from..to]);
        }
        let last = word_ending_at(self.bytes, to) >> (8 * ((to - from).wrapping_neg() % 8));
        let mut any = last;
        let mut end = from + 8;
        while end <= to {
            any |= word_ending_at(self.bytes, end);
            end += 8;
        }
        if any & HIGH == 0 {
            return 0;
        }
        let mut n = 0;
        let mut end = from + 8;
        while end <= to {
            n += word_continuations(word_ending_at(self.bytes, end));
            end += 8;
        }
        if !(to - from).is_multiple_of(8) {
            n += word_continuations(last);
        }
        n
    }
}

/// The offset of the first non-ASCII byte in `bytes`, or its length: 32
/// bytes at a time as one vector OR.
fn first_non_ascii(bytes: &[u8]) -> usize {
    let mut ascii = 0;
    for chunk in bytes.chunks_exact(CHUNK) {
        if chunk.iter().fold(0, |any, &b| any | b) >= 0x80 {
            break;
        }
        ascii += CHUNK;
    }
    ascii
        + bytes[ascii..]
            .iter()
            .position(|&b| b >= 0x80)
            .unwrap_or(bytes.len() - ascii)
}

/// The byte offset of code-point offset `char_offset` in `text`, or `None`
/// when the text is shorter. The inverse of counting the code points before a byte offset, used
/// where gold files and imported annotations give code-point offsets.
pub fn byte_of_char(text: &str, char_offset: usize) -> Option<usize> {
    if char_offset == 0 {
        return Some(0);
    }
    match text.char_indices().nth(char_offset) {
        Some((byte, _)) => Some(byte),
        None if text.chars().count() == char_offset => Some(text.len()),
        None => None,
    }
}

/// Slices `text` at code-point offsets `[start, end)`, or `None` when the
/// range does not fit the text.
pub fn slice_chars(text: &str, start: usize, end: usize) -> Option<&str> {
    if start > end {
        return None;
    }
    let s = byte_of_char(text, start)?;
    let len = byte_of_char(&text[s..], end - start)?;
    Some(&text[s..s + len])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn py_char_offsets(text: &str) -> Vec<(usize, usize)> {
        // (byte, char) for every boundary, as a reference.
        let mut v: Vec<(usize, usize)> = text
            .char_indices()
            .enumerate()
            .map(|(c, (b, _))| (b, c))
            .collect();
        v.push((text.len(), text.chars().count()));
        v
    }

    /// The code points in valid UTF-8: every byte that is not a
    /// continuation byte starts one.
    fn count_chars(bytes: &[u8]) -> usize {
        bytes.len() - continuations(bytes)
    }

    #[test]
    fn count_chars_agrees_with_chars() {
        let text = "a€b’c\u{a0}d阿里😀e ASCII run of some length, é and ü";
        for start in 0..text.len() {
            for end in start..=text.len() {
                if text.is_char_boundary(start) && text.is_char_boundary(end) {
                    let s = &text[start..end];
                    assert_eq!(count_chars(s.as_bytes()), s.chars().count(), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn char_cursor_agrees_with_chars() {
        let texts = [
            "a€b’c\u{a0}d阿里😀e ASCII run of some length, é and ü",
            "A long ASCII prefix before anything else, longer than one chunk: é€ and then ASCII again for a while, 😀.",
            "é",
            "plain ASCII only, no multibyte bytes at all in this one",
        ];
        for text in texts {
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&b| text.is_char_boundary(b))
                .collect();
            // Forward in steps, and from each offset on to every later
            // one and back, as mention starts and ends are asked.
            for step in 1..4 {
                let mut cursor = CharCursor::new(text);
                for &start in bounds.iter().step_by(step) {
                    assert_eq!(
                        cursor.char_at(start),
                        char_of(text, start),
                        "{text:?} {start}"
                    );
                    for &end in bounds.iter().filter(|&&e| e >= start) {
                        assert_eq!(cursor.char_at(end), char_of(text, end), "{text:?} {end}");
                    }
                }
            }
        }
    }

    /// The code-point offset of byte offset `byte`.
    fn char_of(text: &str, byte: usize) -> usize {
        count_chars(&text.as_bytes()[..byte])
    }

    #[test]
    fn ascii_offsets_are_identical() {
        let text = "Alibaba earned $1.54 billion";
        for b in 0..=text.len() {
            assert_eq!(char_of(text, b), b);
        }
    }

    #[test]
    fn multibyte_text_both_ways() {
        let cases = [
            "€ 1,2 miljard",                 // 3-byte euro sign
            "Alibaba’s cloud ’s",            // right single quote
            "1\u{a0}200 millions d'euros",   // non-breaking space (2 bytes)
            "36,4\u{202f}% en baisse",       // narrow no-break space (3 bytes)
            "阿里巴巴 Alibaba 云 10.7 亿元", // CJK
            "emoji 😀 after",                // astral, 4 bytes
            "",
        ];
        for text in cases {
            let reference = py_char_offsets(text);
            for &(b, c) in &reference {
                assert_eq!(char_of(text, b), c, "{text:?} at byte {b}");
            }
            for &(b, c) in &reference {
                assert_eq!(byte_of_char(text, c), Some(b));
            }
            assert_eq!(byte_of_char(text, reference.len()), None);
        }
    }

    #[test]
    fn span_conversion_and_slicing_agree() {
        let text = "Le chiffre d'affaires de 9,5 Mds€ et 450\u{a0}M€.";
        let start = text.find("450").unwrap();
        let span = Span::new(start, start + "450\u{a0}M€".len());
        let (start, end) = (char_of(text, span.start), char_of(text, span.end));
        assert_eq!(slice_chars(text, start, end), Some(span.slice(text)));
        assert_eq!(slice_chars(text, 5, 4), None);
        assert_eq!(slice_chars(text, 0, 1000), None);
    }

    #[test]
    fn overlap() {
        assert!(Span::new(0, 5).overlaps(Span::new(4, 6)));
        assert!(!Span::new(0, 5).overlaps(Span::new(5, 6)));
        assert_eq!(Span::new(10, 12).gap(Span::new(2, 4)), 6);
        assert_eq!(Span::new(10, 12).gap(Span::new(15, 20)), 3);
        assert_eq!(Span::new(10, 12).gap(Span::new(11, 20)), 0);
    }
}
