//! From numbers to mentions: the scan that finds every number with what is
//! written around it, and the rules that let an amount borrow a magnitude
//! or a currency from its neighbour (ranges, parentheses, elided
//! currencies). See the module docs of [`super`] for the why.

use super::affix::{self, char_at, char_before};
use super::number_parse::read_number;
use super::tables::{CurrencyWord, Tables, YEN_SIGN};
use super::{Amounts, MoneyMention, PercentMention};
use crate::number::Decimal;
use crate::span::Span;

/// A number and what is attached to it.
#[derive(Clone, Copy, Debug)]
pub struct Token {
    /// Start of the currency prefix or sign, else of the number.
    pub start: usize,
    /// End of the last word attached (magnitude, currency, percent).
    pub end: usize,
    /// The number as written, sign applied.
    pub value: Decimal,
    pub magnitude: Option<i32>,
    pub currency: Option<CurrencyWord>,
    pub inferred: bool,
    pub percent: bool,
    pub paren_magnitude: Option<i32>,
}

impl Token {
    fn is_bare(&self) -> bool {
        !self.percent && self.currency.is_none()
    }

    fn amount(&self) -> Decimal {
        let sub = self.currency.map_or(0, |c| c.power);
        self.value.scaled(self.magnitude.unwrap_or(0) + sub)
    }
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‐' | '‑' | '−')
}

/// A `+`, `-` or `−` right before the number that is a sign, not a range
/// dash or a hyphen: it stands after a space, a parenthesis or the start,
/// and no number or `%` comes just before it.
fn sign_before(text: &str, num_start: usize) -> Option<(usize, bool)> {
    let c = char_before(text, num_start)?;
    let negative = match c {
        '+' => false,
        '-' | '−' | '–' => true,
        _ => return None,
    };
    let sign_start = num_start - c.len_utf8();
    match char_before(text, sign_start) {
        None => {}
        Some(b) if b.is_whitespace() || matches!(b, '(' | '[' | '"' | '\'' | '“' | '«') => {}
        _ => return None,
    }
    let before = text[..sign_start].trim_end();
    if before.ends_with(|b: char| b.is_ascii_digit() || b == '%') {
        return None;
    }
    Some((sign_start, negative))
}

/// Finds every number in `text` with its prefix and suffix.
pub fn scan(text: &str, tables: &Tables) -> Vec<Token> {
    let bytes = text.as_bytes();
    // About one number every hundred bytes of news, one every fifty in
    // dense financial text: room for most articles at once, without
    // growing the vector number by number.
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 64 + 4);
    let mut prev_end = 0;
    let mut i = 0;
    while let Some(num_start) = next_digit(bytes, i) {
        let (num_end, value) = read_number(text, num_start, tables);
        i = num_end;
        let Some(value) = value else { continue };
        if let Some(token) = token_at(text, tables, num_start, num_end, value, prev_end) {
            prev_end = token.end;
            i = token.end;
            tokens.push(token);
        }
    }
    tokens
}

/// The first ASCII digit at or after `from`. Prose runs long between
/// figures, so 32 bytes at a time are tested without an early exit (which
/// the compiler vectorises); in the chunk that holds a digit, it is found
/// eight bytes at a time ([`digit_bits`]).
fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    const CHUNK: usize = 32;
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + CHUNK) {
        if chunk.iter().fold(false, |any, b| any | b.is_ascii_digit()) {
            for (k, eight) in chunk.chunks_exact(8).enumerate() {
                let digits = digit_bits(u64::from_le_bytes(eight.try_into().expect("eight")));
                if digits != 0 {
                    return Some(at + 8 * k + digits.trailing_zeros() as usize / 8);
                }
            }
        }
        at += CHUNK;
    }
    bytes[at..]
        .iter()
        .position(u8::is_ascii_digit)
        .map(|off| at + off)
}

/// The high bit of each byte of `x` (little-endian) that is an ASCII
/// digit. Each byte's low seven bits plus `0x50` (or `0x46`) reach `0x80`
/// exactly when they are at least `0x30` (or `0x3A`), and never carry into
/// the next byte; a byte with its own high bit set is no digit.
fn digit_bits(x: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let y = x & LOW7;
    let at_least_0 = y + 0x5050_5050_5050_5050;
    let past_9 = y + 0x4646_4646_4646_4646;
    at_least_0 & !past_9 & !x & HIGH
}

fn token_at(
    text: &str,
    tables: &Tables,
    num_start: usize,
    num_end: usize,
    mut value: Decimal,
    prev_end: usize,
) -> Option<Token> {
    // A number glued to letters after it is a name (`5G`, `4x`) unless
    // the letters are a magnitude, currency or percent word (`5bn`, `10K`).
    let next = char_at(text, num_end);
    let before = char_before(text, num_start);
    if next == Some('/') || before == Some('/') {
        return None;
    }
    if in_url(text, num_start) {
        return None;
    }
    let prefix = affix::prefix_currency(text, num_start, tables, prev_end);
    let glued_prefix = prefix.is_some_and(|(s, cw)| s + cw.text.len() == num_start);
    match before {
        Some(c) if !glued_prefix && c.is_alphabetic() => return None,
        Some(c) if c == '.' || c == ',' || is_dash(c) || c == '_' => {
            // `No.3`, `GPT-4`, `Covid-19`: glued to a word before.
            // `EUR 20mn-25mn` is a range: the word before ends an amount.
            let mark = num_start - c.len_utf8();
            let before = char_before(text, mark);
            if before.is_some_and(char::is_alphabetic) && mark != prev_end {
                return None;
            }
        }
        _ => {}
    }
    let suffix = affix::suffix(text, num_end, tables, prefix.is_none());
    if suffix.points {
        return None;
    }
    let attached =
        suffix.percent_end.is_some() || suffix.magnitude.is_some() || suffix.currency.is_some();
    if !attached && next.is_some_and(char::is_alphanumeric) {
        return None;
    }
    let mut start = num_start;
    let mut end = num_end;
    let mut currency = None;
    if let Some((s, cw)) = prefix {
        start = s;
        currency = Some(cw);
    }
    let mut percent = false;
    if let Some(e) = suffix.percent_end {
        percent = true;
        end = e;
        if prefix.is_some() {
            return None;
        }
        if let Some((sign_start, negative)) = sign_before(text, num_start) {
            start = sign_start;
            if negative {
                value = value.negated();
            }
        }
    }
    if let Some((_, e)) = suffix.magnitude {
        end = end.max(e);
    }
    if let Some((cw, e)) = suffix.currency {
        currency = Some(cw);
        end = end.max(e);
    }
    Some(Token {
        start,
        end,
        value,
        magnitude: suffix.magnitude.map(|m| m.0),
        currency,
        inferred: false,
        percent,
        paren_magnitude: suffix.paren_magnitude,
    })
}

/// The number sits in a web address (`…?q=30%25%2020%`): the word around
/// it, back to the last space, holds `://` or `www.`.
fn in_url(text: &str, pos: usize) -> bool {
    let bytes = text.as_bytes();
    let from = pos.saturating_sub(400);
    // Back to the last whitespace char, byte by byte: an ASCII byte
    // answers for itself, and only the lead bytes of the multi-byte
    // whitespace chars (U+0085 to U+3000) are decoded.
    let mut start = pos;
    while start > from {
        let b = bytes[start - 1];
        if matches!(b, b'\t'..=b'\r' | b' ') {
            break;
        }
        if matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3)
            && char_at(text, start - 1).is_some_and(char::is_whitespace)
        {
            break;
        }
        start -= 1;
    }
    // The word is short: a window test costs less than setting up the
    // substring searcher of `str::contains`, at every number.
    let word = &bytes[start..pos];
    word.windows(3).any(|w| w == b"://") || word.windows(4).any(|w| w == b"www.")
}

/// `15 dollars 50`, `3 euro en 50 cent`, `$20 43`: a whole amount and its
/// cents written apart are one amount.
fn merge_cents(text: &str, tokens: &mut Vec<Token>) {
    // In place: `kept` tokens stay at the front, each merged with the
    // cents that follow it.
    let mut kept: usize = 0;
    for i in 0..tokens.len() {
        // Only an amount with a currency takes cents; most tokens are
        // not one, and are neither copied out nor back.
        if kept > 0 && tokens[kept - 1].currency.is_some() {
            if let Some(merged) = cents_of(text, &tokens[kept - 1], &tokens[i]) {
                tokens[kept - 1] = merged;
                continue;
            }
        }
        if kept != i {
            tokens[kept] = tokens[i];
        }
        kept += 1;
    }
    tokens.truncate(kept);
}

fn cents_of(text: &str, a: &Token, b: &Token) -> Option<Token> {
    let whole = a.currency?;
    if a.percent || whole.power != 0 || a.magnitude.is_some() || !a.value.is_integer() {
        return None;
    }
    if a.value.to_f64() < 0.0 || b.percent || b.magnitude.is_some() || !b.value.is_integer() {
        return None;
    }
    let between = text[a.end..b.start].trim();
    if !["", "and", "en", "et"]
        .iter()
        .any(|w| between.eq_ignore_ascii_case(w))
    {
        return None;
    }
    let digits = b.value.to_string();
    if digits.len() > 2 {
        return None;
    }
    match b.currency {
        Some(c) if c.power == -2 => {}
        None => {
            let written = &text[b.start..b.end];
            let rest = text[b.end..].trim_start();
            let ends = rest.is_empty() || rest.starts_with(['.', ',', ';', ':', '!', '?', ')']);
            if written.len() != 2 || !ends {
                return None;
            }
        }
        Some(_) => return None,
    }
    let value = Decimal::from_digits(&a.value.to_string(), &format!("{digits:0>2}"))?;
    Some(Token {
        end: b.end,
        value,
        ..*a
    })
}

/// How two neighbouring tokens are joined.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Join {
    /// A range: `1-2`, `between 1 and 2`, `entre 6 et 8`.
    Range,
    /// `105.8 (83.4) million`.
    Paren,
}

fn join(text: &str, tables: &Tables, a: &Token, b: &Token) -> Option<Join> {
    let between = text[a.end..b.start].trim_matches(|c: char| c.is_whitespace());
    let mut chars = between.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if is_dash(c) {
            return Some(Join::Range);
        }
        if c == '(' && b.paren_magnitude.is_some() {
            return Some(Join::Paren);
        }
    }
    let is_and = tables
        .and_words
        .iter()
        .any(|w| between.eq_ignore_ascii_case(w));
    if is_and {
        let before = text[..a.start].trim_end();
        let word_start = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
        let word = &before[word_start..];
        if tables
            .between_words
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
        {
            return Some(Join::Range);
        }
    }
    None
}

/// Small enough to be the first end of a range rather than a year.
fn small(d: Decimal) -> bool {
    d.to_f64().abs() < 1000.0
}

fn apply_joins(text: &str, tables: &Tables, tokens: &mut [Token]) {
    for k in 1..tokens.len() {
        let (head, tail) = tokens.split_at_mut(k);
        let a = &mut head[k - 1];
        let b = &mut tail[0];
        let Some(how) = join(text, tables, a, b) else {
            continue;
        };
        if how == Join::Paren {
            if a.currency.is_some() && !a.percent && a.magnitude.is_none() && b.is_bare() {
                let m = b.paren_magnitude;
                a.magnitude = m;
                b.magnitude = m;
                b.currency = a.currency;
                b.inferred = true;
            }
            continue;
        }
        if b.percent && a.is_bare() && a.magnitude.is_none() && small(a.value) {
            a.percent = true;
        } else if a.is_bare() && b.currency.is_some() && !b.percent {
            // `tussen 1 en 2 miljard euro`, `10-20 dollars`.
            let mut candidate = *a;
            if candidate.magnitude.is_none() {
                candidate.magnitude = b.magnitude;
            }
            candidate.currency = b.currency;
            if candidate.amount().to_f64() < b.amount().to_f64() {
                *a = Token {
                    inferred: true,
                    ..candidate
                };
            }
        } else if a.currency.is_some() && !a.percent && b.is_bare() {
            // `$1-2 billion`, `EUR 20mn-25mn`, `$5-10`.
            let mut candidate = *b;
            candidate.currency = a.currency;
            if candidate.magnitude.is_none() {
                candidate.magnitude = a.magnitude;
            }
            let mut first = *a;
            if first.magnitude.is_none() {
                first.magnitude = candidate.magnitude;
            }
            if first.amount().to_f64() < candidate.amount().to_f64() {
                *a = first;
                *b = Token {
                    inferred: true,
                    ..candidate
                };
            }
        }
    }
}

/// A bare `2,4 miljard` may take the currency of the amount before it
/// when it ends a clause or runs on with a function word, never a noun
/// (`4,4 miljoen huishoudens`).
fn ends_like_an_amount(text: &str, tables: &Tables, end: usize) -> bool {
    let rest = text[end..].trim_start_matches(|c: char| c.is_whitespace());
    let Some(c) = rest.chars().next() else {
        return true;
    };
    if matches!(c, '.' | ',' | ';' | ':' | ')' | '!' | '?' | '–' | '—') {
        return true;
    }
    let word_end = rest
        .find(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .unwrap_or(rest.len());
    let word = &rest[..word_end];
    tables
        .followers
        .iter()
        .any(|f| word.eq_ignore_ascii_case(f) || word.to_lowercase() == *f)
}

/// How many sentence ends lie in `gap`; `None` when it is too long or
/// holds a paragraph break.
fn sentence_ends(gap: &str) -> Option<usize> {
    const MAX_GAP: usize = 300;
    if gap.len() > MAX_GAP || gap.contains("\n\n") {
        return None;
    }
    let b = gap.as_bytes();
    let ends = (0..b.len())
        .filter(|&i| {
            matches!(b[i], b'.' | b'!' | b'?')
                && b.get(i + 1).is_some_and(|n| n.is_ascii_whitespace())
        })
        .count();
    Some(ends)
}

fn carry_currencies(text: &str, tables: &Tables, tokens: &mut [Token]) {
    let mut last_money: Option<usize> = None;
    for k in 0..tokens.len() {
        let t = tokens[k];
        if t.currency.is_some() && !t.percent {
            last_money = Some(k);
            continue;
        }
        if !t.is_bare() || t.magnitude.is_none() {
            continue;
        }
        let Some(m) = last_money else { continue };
        let from = tokens[m];
        // Only within a sentence: across a sentence end a bare amount is
        // as often a count (`Trips grew 21% to 2.8 billion.`) as an amount
        // with its currency left out.
        let carried = sentence_ends(&text[from.end..t.start]) == Some(0)
            && ends_like_an_amount(text, tables, t.end);
        if carried {
            tokens[k].currency = from.currency;
            tokens[k].inferred = true;
        }
    }
}

/// `¥` is the yuan, unless the article speaks of yen and never of yuan
/// (ANNOTATION.md).
fn yen_sign_code(text: &str) -> &'static str {
    let lower = text.to_lowercase();
    let has_word = |w: &str| {
        lower.match_indices(w).any(|(i, _)| {
            let before = lower[..i].chars().next_back();
            let after = lower[i + w.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    };
    let yuan = ["yuan", "rmb", "renminbi", "cny"]
        .iter()
        .any(|w| has_word(w));
    if !yuan && (has_word("yen") || has_word("jpy") || has_word("yens")) {
        "JPY"
    } else {
        "CNY"
    }
}

/// Turns tokens into mentions, after ranges, parentheses and elisions.
pub fn resolve(text: &str, tables: &Tables, mut tokens: Vec<Token>) -> Amounts {
    merge_cents(text, &mut tokens);
    apply_joins(text, tables, &mut tokens);
    carry_currencies(text, tables, &mut tokens);
    let mut yen: Option<&'static str> = None;
    // Each list sized once, exactly (none allocated when empty): growing
    // them push by push, or allocating for every token, costs more than
    // counting.
    let percents = tokens.iter().filter(|t| t.percent).count();
    let money = (tokens.iter())
        .filter(|t| !t.percent && t.currency.is_some())
        .count();
    let mut out = Amounts {
        money: Vec::with_capacity(money),
        percents: Vec::with_capacity(percents),
    };
    for t in &tokens {
        if t.percent {
            out.percents.push(PercentMention {
                span: Span::new(t.start, t.end),
                value: t.value,
            });
        } else if let Some(cw) = t.currency {
            let mut currency = cw.code;
            if currency == YEN_SIGN {
                currency = *yen.get_or_insert_with(|| yen_sign_code(text));
            }
            out.money.push(MoneyMention {
                span: Span::new(t.start, t.end),
                value: t.amount(),
                currency,
                currency_inferred: t.inferred,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{digit_bits, next_digit};

    #[test]
    fn digit_bits_agree_with_is_ascii_digit() {
        for b in 0..=255u8 {
            for k in 0..8 {
                let mut bytes = [b'x'; 8];
                bytes[k] = b;
                let want = if b.is_ascii_digit() {
                    0x80 << (8 * k)
                } else {
                    0
                };
                assert_eq!(digit_bits(u64::from_le_bytes(bytes)), want, "{b} at {k}");
            }
        }
        let mixed = u64::from_le_bytes(*b"0a9/:\xff5 ");
        assert_eq!(digit_bits(mixed), 0x80 | 0x80 << 16 | 0x80 << 48);
    }

    #[test]
    fn next_digit_agrees_with_a_byte_loop() {
        for len in [0, 1, 31, 32, 33, 64, 65, 100] {
            for digit in 0..=len {
                let mut bytes = vec![b'x'; len];
                if digit < len {
                    bytes[digit] = b'7';
                }
                for from in 0..=len {
                    let naive = bytes[from..]
                        .iter()
                        .position(u8::is_ascii_digit)
                        .map(|off| from + off);
                    assert_eq!(next_digit(&bytes, from), naive, "{len} {digit} {from}");
                }
            }
        }
    }
}
