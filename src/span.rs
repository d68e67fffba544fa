//! Spans of text and the conversion of their offsets.
//!
//! Inside the pipeline every stage works on UTF-8 byte offsets: that is what
//! `regex`, `aho-corasick` and `str` slicing speak, and it costs nothing.
//! The data contract (SPEC section 1) speaks Unicode code points, as Python
//! `str` slicing counts them. The two meet once, where records are written:
//! one forward sweep over an article's sorted mention bounds counts the
//! code points between them with `count_chars`, instead of counting
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

/// Counts the code points in valid UTF-8: every byte that is not a
/// continuation byte (`0b10xx_xxxx`, below -0x40 as a signed byte) starts
/// one. 32 bytes at a time in a form the compiler turns into a few vector
/// compares and one horizontal sum; then eight at a time, where a byte is a
/// continuation byte when its top bit is set and the next one is not: one
/// mask leaves a 1 in each such byte, and a multiplication sums the eight
/// bytes into the top one (baseline x86-64 has no popcount instruction).
pub(crate) fn count_chars(bytes: &[u8]) -> usize {
    const CHUNK: usize = 32;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let is_continuation = |b: &u8| u8::from((*b as i8) < -0x40);
    let mut chunks = bytes.chunks_exact(CHUNK);
    let mut continuations = 0;
    for chunk in &mut chunks {
        let chunk: &[u8; CHUNK] = chunk.try_into().expect("a whole chunk");
        continuations += usize::from(chunk.iter().map(is_continuation).sum::<u8>());
    }
    let mut words = chunks.remainder().chunks_exact(8);
    for word in &mut words {
        let x = u64::from_le_bytes(word.try_into().expect("8 bytes"));
        let flags = ((x & !(x << 1)) >> 7) & ONES;
        continuations += (flags.wrapping_mul(ONES) >> 56) as usize;
    }
    continuations += words
        .remainder()
        .iter()
        .filter(|b| is_continuation(b) == 1)
        .count();
    bytes.len() - continuations
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
