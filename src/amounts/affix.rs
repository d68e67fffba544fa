//! What is written around a number: a currency before it (`$`, `EUR `),
//! and after it a percent word, a magnitude word and a currency
//! (`1,5 milliard d'euros`, `9,5 Mds€`, `450 M€`, `58,5 %`).
//!
//! These matchers run only at the numbers the scanner found, over a few
//! bytes on either side, so they can afford to try each table entry in turn
//! — those whose first (or last) byte is the one next to the number (the
//! tables' [`ByteIndex`](super::tables::ByteIndex)es), in table order — as
//! plain byte comparisons.

use super::tables::{CurrencyWord, Tables, FR_CURRENCY_LINKS};

/// True when `text[pos..]` starts with `word`, ASCII case folded unless
/// `case_sensitive`.
pub fn starts_with_at(text: &str, pos: usize, word: &str, case_sensitive: bool) -> bool {
    let hay = &text.as_bytes()[pos..];
    if hay.len() < word.len() {
        return false;
    }
    let head = &hay[..word.len()];
    if case_sensitive {
        head == word.as_bytes()
    } else {
        head.eq_ignore_ascii_case(word.as_bytes())
    }
}

/// The char just before byte `pos`, if any. An ASCII byte is its own
/// char, without decoding.
#[inline]
pub fn char_before(text: &str, pos: usize) -> Option<char> {
    match pos.checked_sub(1).map(|k| text.as_bytes()[k]) {
        None => None,
        Some(b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[..pos].chars().next_back(),
    }
}

/// The char at byte `pos`, if any.
#[inline]
pub fn char_at(text: &str, pos: usize) -> Option<char> {
    match text.as_bytes().get(pos) {
        None => None,
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[pos..].chars().next(),
    }
}

/// Byte length of one space (plain, no-break, narrow no-break, thin) at `pos`.
#[inline]
pub fn space_len(text: &str, pos: usize) -> usize {
    match text.as_bytes().get(pos) {
        Some(b' ') => return 1,
        Some(b) if b.is_ascii() => return 0,
        None => return 0,
        _ => {}
    }
    match char_at(text, pos) {
        Some(c @ (' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')) => c.len_utf8(),
        _ => 0,
    }
}

/// Byte length of one space (as [`space_len`]) ending at `pos`.
fn space_len_before(text: &str, pos: usize) -> usize {
    let head = &text.as_bytes()[..pos];
    match head {
        [.., b' '] => 1,
        [.., 0xC2, 0xA0] => 2,              // U+00A0 no-break space
        [.., 0xE2, 0x80, 0xAF | 0x89] => 3, // U+202F, U+2009
        _ => 0,
    }
}

/// A currency found before a number: where it starts, and which.
pub fn prefix_currency(
    text: &str,
    num_start: usize,
    tables: &Tables,
    not_before: usize,
) -> Option<(usize, CurrencyWord)> {
    let end = num_start - space_len_before(text, num_start);
    let (i, start) = tables
        .prefix_currency_last
        .word_before(text, end, not_before)?;
    Some((start, tables.prefix_currencies[i]))
}

/// What follows a number.
#[derive(Clone, Copy, Debug, Default)]
pub struct Suffix {
    /// End of a percent sign or word.
    pub percent_end: Option<usize>,
    /// A percent word followed by `point(s)`: not a percentage at all.
    pub points: bool,
    /// Power of ten and end of a magnitude word.
    pub magnitude: Option<(i32, usize)>,
    /// Currency and where it ends.
    pub currency: Option<(CurrencyWord, usize)>,
    /// `83.4) million`: a magnitude after the closing parenthesis.
    pub paren_magnitude: Option<i32>,
}

fn magnitude_at(text: &str, pos: usize, tables: &Tables) -> Option<(i32, usize)> {
    let (i, end) = tables.magnitude_first.word_at(text, pos)?;
    Some((tables.magnitudes[i].power, end))
}

/// A currency written at `pos`: its index in the suffix table and where
/// it ends.
fn currency_at(text: &str, pos: usize, tables: &Tables) -> Option<(usize, usize)> {
    tables.suffix_currency_first.word_at(text, pos)
}

/// Reads what follows the number ending at `pos`. `want_currency` is false
/// when a currency was already written before the number.
pub fn suffix(text: &str, pos: usize, tables: &Tables, want_currency: bool) -> Suffix {
    let mut out = Suffix::default();
    let q = pos + space_len(text, pos);
    if let Some((_, end)) = tables.percent_first.word_at(text, q) {
        let mut after = end + space_len(text, end);
        if text[after..].starts_with('-') {
            after += 1;
        }
        if tables.point_first.word_at(text, after).is_some() {
            out.points = true;
        } else {
            out.percent_end = Some(end);
        }
        return out;
    }
    let mut p = pos;
    if let Some((power, end)) = magnitude_at(text, q, tables) {
        out.magnitude = Some((power, end));
        p = end;
    }
    if want_currency {
        let q = p + space_len(text, p);
        let mut found = currency_at(text, q, tables);
        if found.is_none() && out.magnitude.is_some() && tables.currency_links {
            found = FR_CURRENCY_LINKS
                .iter()
                .filter(|l| starts_with_at(text, q, l, false))
                .find_map(|l| currency_at(text, q + l.len(), tables));
        }
        if let Some((i, end)) = found {
            let cw = tables.suffix_currencies[i];
            // `in 2019 $ 5 billion`: a symbol followed by a number belongs
            // to that number, except in French typography (`10 $`).
            let symbol = tables.suffix_currency_symbol[i];
            let next = end + space_len(text, end);
            let number_follows = char_at(text, next).is_some_and(|c| c.is_ascii_digit());
            let spaced = next > end;
            let belongs_to_next = symbol && number_follows && (!spaced || !tables.currency_links);
            if !belongs_to_next {
                out.currency = Some((cw, end));
                // `75 USD million`: a code before its magnitude.
                let iso = cw.text.len() == 3 && cw.text.bytes().all(|b| b.is_ascii_uppercase());
                if out.magnitude.is_none() && iso {
                    let q = end + space_len(text, end);
                    if let Some((power, mag_end)) = magnitude_at(text, q, tables) {
                        out.magnitude = Some((power, mag_end));
                        out.currency = Some((cw, mag_end));
                    }
                }
            }
        }
    }
    if out.magnitude.is_none() && out.currency.is_none() && text[pos..].starts_with(')') {
        let q = pos + 1 + space_len(text, pos + 1);
        out.paren_magnitude = magnitude_at(text, q, tables).map(|m| m.0);
    }
    out
}
