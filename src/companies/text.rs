//! Small helpers over UTF-8 text: the characters around a byte offset,
//! words, sentence starts, nearby figures. Everything works on a window
//! around a candidate, never on the whole article, but for
//! [`word_starts`], the one scan that finds the candidates.

/// The first two and four bytes of a set of patterns: a cheap test of
/// whether some pattern may start at an offset (see [`word_starts`]).
/// Pairs have a bit each; the first four bytes are hashed into a bit
/// table, so their test may pass where no pattern starts (rarely), never
/// fail where one does. It turns away the common words that share two or
/// three letters with a name (`the`: `thyssenkrupp`, `de`: `de
/// Volksbank`, `Com`: `Comcast`), where a trie walk would fail: on the
/// dense dump two in three walks failed at the fourth byte before it
/// looked at four bytes, not three. A pattern shorter than four bytes is
/// kept in [`Openings::shorts`] instead, by its bytes (any byte after its
/// end). Past the text's end a byte reads as 0.
#[derive(Clone, Debug)]
pub struct Openings {
    pairs: Box<[u64; 1024]>,
    quads: Box<[u64; HASHED_WORDS]>,
    /// The first three bytes of the patterns of three bytes or less.
    shorts: Box<[u64; HASHED_WORDS]>,
    /// Whether every pattern opens with an ASCII letter or digit or a
    /// non-ASCII byte: then [`word_starts`] looks only at such bytes.
    open_with_word_bytes: bool,
}

/// The words of a hashed bit table: 2^17 bits.
const HASHED_WORDS: usize = 2048;

fn set_bit(bits: &mut [u64], i: usize) {
    bits[i / 64] |= 1 << (i % 64);
}

fn has_bit(bits: &[u64], i: usize) -> bool {
    bits[i / 64] >> (i % 64) & 1 != 0
}

impl Openings {
    pub fn empty() -> Openings {
        Openings {
            pairs: Box::new([0; 1024]),
            quads: Box::new([0; HASHED_WORDS]),
            shorts: Box::new([0; HASHED_WORDS]),
            open_with_word_bytes: true,
        }
    }

    /// Adds the patterns that start with `prefix`, four bytes, or, when
    /// it is shorter, the pattern `prefix` (any byte may follow it).
    pub fn insert(&mut self, prefix: &[u8]) {
        assert!(
            (1..=4).contains(&prefix.len()),
            "an opening has one to four bytes"
        );
        let a = prefix[0];
        self.open_with_word_bytes &= a.is_ascii_alphanumeric() || !a.is_ascii();
        let any = |k: usize| prefix.get(k).map_or(0..=255, |&b| b..=b);
        for b in any(1) {
            set_bit(&mut self.pairs[..], pair_index(a, b));
            for c in any(2) {
                let key = u32::from_be_bytes([a, b, c, 0]) >> 8;
                match prefix.get(3) {
                    Some(&d) => set_bit(&mut self.quads[..], quad_bit(key << 8 | d as u32)),
                    None => set_bit(&mut self.shorts[..], triple_bit(key)),
                }
            }
        }
    }

    /// The openings of either set.
    pub fn union(&self, other: &Openings) -> Openings {
        Openings {
            pairs: Box::new(std::array::from_fn(|i| self.pairs[i] | other.pairs[i])),
            quads: Box::new(std::array::from_fn(|i| self.quads[i] | other.quads[i])),
            shorts: Box::new(std::array::from_fn(|i| self.shorts[i] | other.shorts[i])),
            open_with_word_bytes: self.open_with_word_bytes && other.open_with_word_bytes,
        }
    }

    /// Whether some pattern may start at byte `p` of `bytes`, its pair
    /// known to open one: the test of the first four bytes.
    #[inline]
    fn confirms(&self, bytes: &[u8], p: usize) -> bool {
        // The four bytes in one load, but at the text's end.
        let four = match bytes.get(p..p + 4) {
            Some(four) => four.try_into().expect("four bytes"),
            None => {
                let mut padded = [0u8; 4];
                padded[..bytes.len() - p].copy_from_slice(&bytes[p..]);
                padded
            }
        };
        let key = u32::from_be_bytes(four);
        has_bit(&self.quads[..], quad_bit(key)) || has_bit(&self.shorts[..], triple_bit(key >> 8))
    }

    /// Whether some pattern may start at byte `i` of `bytes`: the test
    /// [`word_starts`] makes, one offset at a time.
    #[cfg(test)]
    pub fn may_start(&self, bytes: &[u8], i: usize) -> bool {
        let byte = |k: usize| *bytes.get(k).unwrap_or(&0);
        has_bit(&self.pairs[..], pair_index(bytes[i], byte(i + 1))) && self.confirms(bytes, i)
    }
}

/// The bit of a pair in [`Openings::pairs`]: the two bytes as a
/// little-endian number, so that [`Openings::marks`] reads it in one load.
fn pair_index(a: u8, b: u8) -> usize {
    u16::from_le_bytes([a, b]) as usize
}

/// The bit in [`Openings::shorts`] of three bytes, `key` their
/// big-endian number (17 bits of a multiplicative hash).
fn triple_bit(key: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> 15) as usize
}

/// The bit in [`Openings::quads`] of four bytes, as [`triple_bit`].
fn quad_bit(key: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> 15) as usize
}

/// A list of words indexed by their first byte, for the membership tests
/// made for every candidate name (`NOT_NAMES` holds some 150 words: a
/// linear `contains` compared most of them). Case-sensitive.
#[derive(Clone, Debug)]
pub struct WordSet {
    /// The words by first byte, in list order.
    by_first: Vec<Vec<&'static str>>,
}

impl WordSet {
    pub fn new(words: &[&'static str]) -> WordSet {
        let mut by_first = vec![Vec::new(); 256];
        for w in words {
            if let Some(&b) = w.as_bytes().first() {
                by_first[b as usize].push(*w);
            }
        }
        WordSet { by_first }
    }

    /// The words with the first byte of `text` (list order): those that
    /// `text` may start with.
    pub fn starting(&self, text: &str) -> &[&'static str] {
        match text.as_bytes().first() {
            Some(&b) => &self.by_first[b as usize],
            None => &[],
        }
    }

    /// Whether `word` is in the list.
    pub fn contains(&self, word: &str) -> bool {
        self.starting(word).contains(&word)
    }

    /// The first word of the list (in list order) that `text` starts with
    /// and that `accept` takes.
    pub fn prefix_of(&self, text: &str, accept: impl Fn(&str) -> bool) -> Option<&'static str> {
        self.starting(text)
            .iter()
            .copied()
            .find(|w| text.starts_with(w) && accept(w))
    }
}

/// A list of cue phrases indexed by their first and last bytes, so that
/// [`starts_with_phrase`] and [`ends_with_phrase`] run only for the few
/// phrases that can match at an offset, not for the whole list.
///
/// Phrases are lowercase and compared as those functions do: an ASCII
/// character written in the text matches only the same letter in either
/// case, so its bucket holds every candidate; after a non-ASCII character
/// (which may lowercase to anything) every phrase is tried. Candidates are
/// tried in list order, so the first match is the list's first match.
#[derive(Clone, Debug)]
pub struct PhraseTable {
    phrases: Vec<&'static str>,
    /// Phrases by the lowercased first byte (ASCII only), with their
    /// second byte.
    by_first: Vec<Vec<Candidate>>,
    /// Phrases by the lowercased last byte (ASCII only), with the byte
    /// before it.
    by_last: Vec<Vec<Candidate>>,
    all: Vec<Candidate>,
}

/// A phrase of a [`PhraseTable`] bucket: its index and the byte next to
/// the bucket's byte (`None` for a one-byte phrase). When the text's byte
/// there is ASCII, a phrase with another byte cannot match: the ASCII
/// letter of a text matches the same letter only, in either case.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    index: u16,
    next: Option<u8>,
}

impl PhraseTable {
    pub fn new<'a>(lists: impl IntoIterator<Item = &'a [&'static str]>) -> PhraseTable {
        let phrases: Vec<&'static str> = lists.into_iter().flatten().copied().collect();
        let mut by_first = vec![Vec::new(); 128];
        let mut by_last = vec![Vec::new(); 128];
        let mut all = Vec::new();
        for (i, p) in phrases.iter().enumerate() {
            let bytes = p.as_bytes();
            let index = i as u16;
            let second = bytes.get(1).copied();
            let before_last = bytes.len().checked_sub(2).map(|k| bytes[k]);
            if let Some(&b) = bytes.first().filter(|b| b.is_ascii()) {
                by_first[b.to_ascii_lowercase() as usize].push(Candidate {
                    index,
                    next: second,
                });
            }
            if let Some(&b) = bytes.last().filter(|b| b.is_ascii()) {
                by_last[b.to_ascii_lowercase() as usize].push(Candidate {
                    index,
                    next: before_last,
                });
            }
            all.push(Candidate { index, next: None });
        }
        PhraseTable {
            phrases,
            by_first,
            by_last,
            all,
        }
    }

    /// The phrases that may match where the text has `byte`, then `next`.
    fn candidates<'s>(
        &'s self,
        table: &'s [Vec<Candidate>],
        byte: Option<u8>,
        next: Option<u8>,
    ) -> impl Iterator<Item = &'static str> + 's {
        let bucket: &[Candidate] = match byte {
            Some(b) if b.is_ascii() => &table[b.to_ascii_lowercase() as usize],
            Some(_) => &self.all,
            None => &[],
        };
        let next = next.filter(u8::is_ascii).map(|b| b.to_ascii_lowercase());
        bucket
            .iter()
            .filter(move |c| next.is_none() || c.next.is_none() || c.next == next)
            .map(|c| self.phrases[c.index as usize])
    }

    /// The end of the first phrase that `text[i..]` starts with
    /// ([`starts_with_phrase`]).
    pub fn starts_at(&self, text: &str, i: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        let (first, second) = (bytes.get(i).copied(), bytes.get(i + 1).copied());
        self.candidates(&self.by_first, first, second)
            .find_map(|phrase| starts_with_phrase(text, i, phrase))
    }

    /// The start of the first phrase that `text[..i]` ends with
    /// ([`ends_with_phrase`]).
    pub fn ends_at(&self, text: &str, i: usize) -> Option<usize> {
        let head = text[..i].trim_end_matches([' ', '\u{a0}']).as_bytes();
        let last = head.last().copied();
        let before_last = head.len().checked_sub(2).map(|k| head[k]);
        self.candidates(&self.by_last, last, before_last)
            .find_map(|phrase| ends_with_phrase(text, i, phrase))
    }
}

/// The character just before byte offset `i`.
pub fn prev_char(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

/// The character at byte offset `i`.
pub fn next_char(text: &str, i: usize) -> Option<char> {
    text[i..].chars().next()
}

/// The offsets where a word may start with one of `opens`: the text's
/// start and the offsets after a byte that is not an ASCII letter or
/// digit (a boundary). After a non-ASCII byte the caller still checks
/// [`starts_word`]. One pass over the bytes, shared by the lookups that
/// only start at words (gazetteer names, legal suffixes).
///
/// A word starts every six bytes or so, at unpredictable places, and one
/// in six of those opens a pattern: a loop that branches on either
/// mispredicts often (so did a first attempt at reading eight bytes at a
/// time, whose loop over each chunk's few boundaries was hard to
/// predict). So the scan takes 64 offsets at a time: the offsets after a
/// boundary as one bit mask ([`starts_in`], vector code), then, over its
/// bits, the pair test of [`Openings`] without a branch. Only the few
/// offsets that pass (one or two a block) take the test of their first
/// four bytes. Every loop runs over the bits of a block: one
/// misprediction per block, not per word.
pub fn word_starts(text: &str, opens: &Openings) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 32 + 4);
    // Bit 0: whether the byte before the block is a boundary (the text's
    // start counts as one).
    let mut after_boundary = 1u64;
    let mut base = 0;
    // Whole blocks with the byte after them in the text (the pair of the
    // block's last offset reads it).
    while base + BLOCK < bytes.len() {
        let window: &[u8; BLOCK + 1] = bytes[base..base + BLOCK + 1]
            .try_into()
            .expect("a block and one byte");
        let marks = opens.marks(window, &mut after_boundary);
        opens.push_confirmed(bytes, base, marks, &mut out);
        base += BLOCK;
    }
    // The rest, zero padded: past the text's end a byte reads as 0, which
    // opens nothing.
    let live = bytes.len() - base;
    let mut tail = [0u8; BLOCK + 1];
    tail[..live].copy_from_slice(&bytes[base..]);
    let live_bits = u64::MAX.checked_shr((BLOCK - live) as u32).unwrap_or(0);
    let marks = opens.marks(&tail, &mut after_boundary) & live_bits;
    opens.push_confirmed(bytes, base, marks, &mut out);
    out
}

/// The offsets [`word_starts`] takes at a time: the bits of a mask.
const BLOCK: usize = 64;

impl Openings {
    /// Bit `k` set for each offset `k` of the block `window[..64]` that
    /// follows a boundary byte and whose pair opens some pattern.
    /// `after_boundary` tells the first offset's case and is left telling
    /// the next block's.
    #[inline]
    fn marks(&self, window: &[u8; BLOCK + 1], after_boundary: &mut u64) -> u64 {
        let block = window[..BLOCK].try_into().expect("a block");
        let mut starts = starts_in(block, after_boundary, self.open_with_word_bytes);
        let mut marks = 0u64;
        while starts != 0 {
            let k = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            let two = window[k..k + 2].try_into().expect("two bytes");
            let pair = u16::from_le_bytes(two) as usize;
            marks |= (self.pairs[pair / 64] >> (pair % 64) & 1) << k;
        }
        marks
    }

    /// Pushes `base + k` for each bit `k` of `marks` that the test of the
    /// first four bytes confirms.
    #[inline]
    fn push_confirmed(&self, bytes: &[u8], base: usize, mut marks: u64, out: &mut Vec<usize>) {
        while marks != 0 {
            let p = base + marks.trailing_zeros() as usize;
            marks &= marks - 1;
            if self.confirms(bytes, p) {
                out.push(p);
            }
        }
    }
}

/// The offsets of a block that follow a boundary byte (bit `k` for
/// byte `k`), only those at an ASCII letter or digit or a non-ASCII byte
/// when `openers_only`. `after_boundary` tells the first offset's case
/// and is left telling the next block's. Flags a byte each first, in
/// loops the compiler turns into vector compares, then eight flags at a
/// time gathered into the mask by a multiplication.
fn starts_in(block: &[u8; BLOCK], after_boundary: &mut u64, openers_only: bool) -> u64 {
    // `word[k + 1]`: whether byte `k` is a letter or digit, as 0 or 1.
    let mut word = [0u8; BLOCK + 1];
    word[0] = 1 - *after_boundary as u8;
    for (w, &b) in word[1..].iter_mut().zip(block) {
        *w = u8::from(b.is_ascii_digit() | (b | 0x20).is_ascii_lowercase());
    }
    *after_boundary = u64::from(1 - word[BLOCK]);
    let mut flags = [0u8; BLOCK];
    for k in 0..BLOCK {
        let opener = if openers_only {
            word[k + 1] | block[k] >> 7
        } else {
            1
        };
        flags[k] = opener & (1 - word[k]);
    }
    let mut starts = 0u64;
    for (i, eight) in flags.chunks_exact(8).enumerate() {
        let x = u64::from_le_bytes(eight.try_into().expect("8 bytes"));
        // Flag `j` (bit `8j`) lands in bit `56 + j`, no two products
        // in the same bit.
        starts |= (x.wrapping_mul(0x0102_0408_1020_4080) >> 56) << (8 * i);
    }
    starts
}

/// A character that continues a word.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // The quotes, dashes and spaces of General Punctuation are the
    // commonest non-ASCII characters next to a word, and none is a letter
    // or digit: no Unicode table lookup for them.
    if ('\u{2000}'..='\u{206f}').contains(&c) {
        return false;
    }
    // The accented letters of Latin-1 (`é`, `ü`), the commonest in our
    // languages, and its few digits (`²`, `½`), without the table either.
    if c <= '\u{ff}' {
        return crate::language::is_latin1_letter(c) || matches!(c, '²' | '³' | '¹' | '¼'..='¾');
    }
    c.is_alphanumeric()
}

/// True when no word character touches `i` from the left.
pub fn starts_word(text: &str, i: usize) -> bool {
    !prev_char(text, i).is_some_and(is_word_char)
}

/// True when no word character touches `i` from the right.
pub fn ends_word(text: &str, i: usize) -> bool {
    !next_char(text, i).is_some_and(is_word_char)
}

/// Whether a name starting at `i` opens a sentence, a line or a quotation:
/// its capital letter then says nothing about it being a name.
pub fn at_sentence_start(text: &str, i: usize) -> bool {
    for c in text[..i].chars().rev() {
        match c {
            '\n' => return true,
            c if c.is_whitespace() => continue,
            '"' | '“' | '‘' | '\'' | '(' | '«' | '[' | '„' | '-' | '–' | '—' => continue,
            '.' | '!' | '?' | ':' | ';' | '…' | '”' => return true,
            _ => return false,
        }
    }
    true
}

/// The sentence around `[start, end)`, at most `max` bytes either side.
pub fn sentence_around(text: &str, start: usize, end: usize, max: usize) -> &str {
    let bytes = text.as_bytes();
    let lo_limit = start.saturating_sub(max);
    let mut lo = sentence_break(bytes, lo_limit, start, true).map_or(lo_limit, |q| q + 1);
    let hi_limit = (end + max).min(text.len());
    let mut hi = sentence_break(bytes, end, hi_limit, false).unwrap_or(hi_limit);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    &text[lo..hi.max(lo)]
}

/// The last (or, not `backward`, the first) offset in `[from, to)` that
/// ends a sentence: a line break, or a `.` `!` `?` not followed by a digit
/// (`1.5`). Found with `memchr`, not byte by byte.
fn sentence_break(bytes: &[u8], from: usize, to: usize, backward: bool) -> Option<usize> {
    let ends = |q: usize| bytes[q] == b'\n' || !next_is_digit(bytes, q + 1);
    let (mut from, mut to) = (from, to);
    while from < to {
        let window = &bytes[from..to];
        let (line, mark) = if backward {
            (
                memchr::memrchr(b'\n', window),
                memchr::memrchr3(b'.', b'!', b'?', window),
            )
        } else {
            (
                memchr::memchr(b'\n', window),
                memchr::memchr3(b'.', b'!', b'?', window),
            )
        };
        let q = from
            + match (line, mark) {
                (Some(a), Some(b)) if backward => a.max(b),
                (Some(a), Some(b)) => a.min(b),
                (a, b) => a.or(b)?,
            };
        if ends(q) {
            return Some(q);
        }
        if backward {
            to = q;
        } else {
            from = q + 1;
        }
    }
    None
}

fn next_is_digit(bytes: &[u8], i: usize) -> bool {
    bytes.get(i).is_some_and(u8::is_ascii_digit)
}

/// Whether a sentence states a money amount or a percentage: a digit
/// together with a currency sign or a percent or magnitude word.
pub fn has_figure(sentence: &str) -> bool {
    if !sentence.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // Compared as in `sentence.to_lowercase()`, without building it: the
    // marks are lowercase ASCII or signs with no case, and other
    // characters lowercase to non-ASCII ones, but for `İ` and the Kelvin
    // sign, which take the slow path.
    let special_case = |s: &str| !s.is_ascii() && s.contains(['\u{130}', '\u{212a}']);
    if !special_case(sentence) {
        return FIGURE_MARK_FINDER.is_match(sentence);
    }
    let lower = sentence.to_lowercase();
    FIGURE_MARKS.iter().any(|m| lower.contains(m))
}

/// The signs and words of [`has_figure`], lowercase.
const FIGURE_MARKS: &[&str] = &[
    "%",
    "$",
    "€",
    "£",
    "¥",
    "percent",
    "per cent",
    "procent",
    "pour cent",
    "billion",
    "million",
    "miljard",
    "miljoen",
    "milliard",
    "bn",
    "mln",
    "mrd",
];

/// [`FIGURE_MARKS`] in any ASCII case, all in one search.
static FIGURE_MARK_FINDER: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(FIGURE_MARKS)
            .expect("figure marks")
    });

/// The word that ends at `i` or right before it, skipping spaces (not
/// across other punctuation): `(start, word)`.
pub fn word_before(text: &str, i: usize) -> Option<(usize, &str)> {
    let head = text[..i].trim_end_matches([' ', '\u{a0}', '\t']);
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c) || c == '\'' || c == '’' || c == '-')
        .last()
        .map(|(s, _)| s)?;
    Some((start, &head[start..]))
}

/// Whether `text[..i]` ends with `phrase` (ASCII case-insensitive, other
/// letters exact) as whole words, spaces before `i` allowed.
pub fn ends_with_phrase(text: &str, i: usize, phrase: &str) -> Option<usize> {
    let head = text[..i].trim_end_matches([' ', '\u{a0}']);
    if head.len() < phrase.len() {
        return None;
    }
    let at = head.len() - phrase.len();
    if !head.is_char_boundary(at) {
        return None;
    }
    let tail = &head[at..];
    let same = same_words(tail, phrase);
    if same && starts_word(text, at) {
        Some(at)
    } else {
        None
    }
}

/// Whether `text[i..]` starts with `phrase` (compared as in
/// [`ends_with_phrase`]) as whole words; returns the end.
pub fn starts_with_phrase(text: &str, i: usize, phrase: &str) -> Option<usize> {
    let end = i + phrase.len();
    if end > text.len() || !text.is_char_boundary(end) {
        return None;
    }
    let head = &text[i..end];
    let same = same_words(head, phrase);
    let last_is_word = phrase.chars().next_back().is_some_and(is_word_char);
    if same && (!last_is_word || ends_word(text, end)) {
        Some(end)
    } else {
        None
    }
}

/// Whether `written` is `phrase` (lowercase) but for case, without
/// allocating.
fn same_words(written: &str, phrase: &str) -> bool {
    written.eq_ignore_ascii_case(phrase)
        || (!written.is_ascii()
            && written
                .chars()
                .flat_map(char::to_lowercase)
                .eq(phrase.chars()))
}

/// The offset after the spaces at `i`.
pub fn skip_spaces(text: &str, i: usize) -> usize {
    i + (text[i..].len() - text[i..].trim_start_matches([' ', '\u{a0}']).len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_starts_after_boundaries() {
        let mut opens = Openings::empty();
        opens.insert(b"Acme");
        opens.insert(b"xy");
        let t = "Acme, Acme-Acme xAcme 'Ac\u{e9}Acme xy";
        // Not inside `xAcme`, not `Acé`; after `é` for the caller to judge.
        assert_eq!(word_starts(t, &opens), [0, 6, 11, 27, 32]);
    }

    #[test]
    fn word_starts_as_offset_by_offset() {
        let mut opens = Openings::empty();
        for prefix in [&b"Acme"[..], b"Bo", b"\xC3\x89t\xC3"] {
            opens.insert(prefix);
        }
        let mut text = String::new();
        for i in 0..400 {
            text.push_str(
                [
                    "Acme",
                    " ",
                    "xAcme",
                    "-",
                    "Bo",
                    "\u{c9}t\u{e9}",
                    "Acmo",
                    "Ac",
                    "\n",
                    "Bol.",
                ][i * 7 % 10],
            );
        }
        for cut in (0..=text.len()).filter(|&c| text.is_char_boundary(c)) {
            let t = &text[..cut];
            let bytes = t.as_bytes();
            let expected: Vec<usize> = (0..bytes.len())
                .filter(|&p| p == 0 || !bytes[p - 1].is_ascii_alphanumeric())
                .filter(|&p| opens.may_start(bytes, p))
                .collect();
            assert!(word_starts(t, &opens) == expected, "cut at {cut}");
        }
    }

    #[test]
    fn word_chars_as_unicode_says() {
        for c in ('\0'..='\u{3000}').chain(['’', '“', '—', 'é', 'ß', '中']) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn sentence_starts() {
        let t = "Shell rose. \"Orange fell\nBol is up; Amazon";
        assert!(at_sentence_start(t, 0));
        assert!(at_sentence_start(t, t.find("Orange").unwrap()));
        assert!(at_sentence_start(t, t.find("Bol").unwrap()));
        assert!(at_sentence_start(t, t.find("Amazon").unwrap()));
        assert!(!at_sentence_start(t, t.find("rose").unwrap()));
    }

    #[test]
    fn sentences_and_figures() {
        let t = "It fell. Sales rose 1.5 percent at Orange. Then";
        let s = sentence_around(
            t,
            t.find("Orange").unwrap(),
            t.find("Orange").unwrap() + 6,
            200,
        );
        assert_eq!(s, " Sales rose 1.5 percent at Orange");
        assert!(has_figure(s));
        assert!(!has_figure("Orange juice in 2020"));
    }

    #[test]
    fn phrases_around() {
        let t = "zag webwinkel Bol de omzet";
        let i = t.find("Bol").unwrap();
        assert!(ends_with_phrase(t, i, "webwinkel").is_some());
        assert!(ends_with_phrase(t, i, "winkel").is_none());
        assert_eq!(word_before(t, i), Some((4, "webwinkel")));
        assert!(starts_with_phrase(t, i + 4, "de").is_some());
        assert!(starts_with_phrase(t, i + 4, "d").is_none());
    }
}
