//! Numbers as written in running text, and which mark is the decimal one.
//!
//! `1,700` is 1700 in English and 1.7 in Dutch or French; `1.250 miljoen`
//! is 1250 million in Dutch; `1 200` (plain, no-break or narrow no-break
//! space) groups thousands in French. The reader takes the longest run of
//! digits joined by `.`, `,` or a thousands space, then decides per
//! language and shape:
//!
//! - both `.` and `,`: the last one is the decimal mark (`10.000,00`,
//!   `20,000.00`);
//! - one mark used several times: it groups thousands (`1,000,000`);
//! - one mark used once: followed by exactly three digits it groups
//!   thousands when that is the language's grouping mark (`,` in English,
//!   `.` in Dutch and French, either elsewhere), otherwise it is the decimal
//!   mark (`1.5`, `1,7`, `36,4`).
//!
//! A run that fits none of these (`1.2.3`, `12,34,567`) is not a number.

use super::tables::Tables;
use crate::number::Decimal;

/// Byte length of a thousands-grouping space at `i`, if there is one.
fn group_space(b: &[u8], i: usize, plain: bool) -> Option<usize> {
    match b.get(i..)? {
        [b' ', ..] if plain => Some(1),
        [0xC2, 0xA0, ..] => Some(2),       // U+00A0 no-break space
        [0xE2, 0x80, 0xAF, ..] => Some(3), // U+202F narrow no-break space
        [0xE2, 0x80, 0x89, ..] => Some(3), // U+2009 thin space
        _ => None,
    }
}

fn digits_from(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// At most this many parts are kept: a number of more parts has at least
/// 31 integer digits (a head and ten groups of three), more than
/// [`Decimal::from_digit_bytes`] takes, so its value is `None` anyway.
const MAX_PARTS: usize = 12;

/// A plain run of digits of at most this many is read in an `i64`.
const MAX_PLAIN_DIGITS: usize = 18;

/// A number whose first run of digits ends at `i` goes on: a mark and a
/// digit, or a thousands space and three digits after a short head.
fn continues(b: &[u8], i: usize, head_len: usize, plain_space: bool) -> bool {
    match b.get(i) {
        Some(b'.' | b',') => b.get(i + 1).is_some_and(u8::is_ascii_digit),
        Some(_) if head_len <= 3 => group_space(b, i, plain_space).is_some(),
        _ => false,
    }
}

/// Reads the number starting at `start`, which must be an ASCII digit.
/// Returns where the run of digits and marks ends (always past `start`)
/// and its value, `None` when the run is not a well-formed number.
pub fn read_number(text: &str, start: usize, tables: &Tables) -> (usize, Option<Decimal>) {
    let b = text.as_bytes();
    let head_end = digits_from(b, start);
    let head_len = head_end - start;
    // Most numbers are a plain run of digits (`2019`, `5`, `40`): their
    // value is read here, without gathering parts.
    if head_len <= MAX_PLAIN_DIGITS && !continues(b, head_end, head_len, tables.space_groups) {
        let value = b[start..head_end]
            .iter()
            .fold(0i64, |m, &d| m * 10 + i64::from(d - b'0'));
        return (head_end, Some(Decimal::new(i128::from(value), 0)));
    }
    read_parts(text, start, head_end, tables)
}

/// [`read_number`] for a number of several parts (or a very long one),
/// whose first run of digits ends at `head_end`. Apart, so that the plain
/// numbers do not set up its stack of parts.
#[inline(never)]
fn read_parts(
    text: &str,
    start: usize,
    head_end: usize,
    tables: &Tables,
) -> (usize, Option<Decimal>) {
    let b = text.as_bytes();
    // (separator before the part, first digit, end) for each part, on the
    // stack: this runs at many numbers of every article.
    let mut parts = [(0u8, 0usize, 0usize); MAX_PARTS];
    let mut count = 0;
    let mut only_spaces_so_far = true;
    let mut push = |part: (u8, usize, usize)| {
        if count < MAX_PARTS {
            parts[count] = part;
        }
        count += 1;
    };
    let mut i = head_end;
    let head_len = i - start;
    push((0, start, i));
    loop {
        if i + 1 < b.len() && (b[i] == b'.' || b[i] == b',') && b[i + 1].is_ascii_digit() {
            let end = digits_from(b, i + 1);
            push((b[i], i + 1, end));
            only_spaces_so_far = false;
            i = end;
            continue;
        }
        if let Some(w) = group_space(b, i, tables.space_groups) {
            let j = i + w;
            let end = digits_from(b, j);
            if only_spaces_so_far && head_len <= 3 && end - j == 3 {
                push((b' ', j, end));
                i = end;
                continue;
            }
        }
        break;
    }
    if count > MAX_PARTS {
        return (i, None);
    }
    (i, interpret(text, &parts[..count], tables))
}

fn interpret(text: &str, parts: &[(u8, usize, usize)], tables: &Tables) -> Option<Decimal> {
    let digits = |p: &(u8, usize, usize)| &text[p.1..p.2];
    let dots = parts.iter().filter(|p| p.0 == b'.').count();
    let commas = parts.iter().filter(|p| p.0 == b',').count();
    let last = parts[parts.len() - 1];
    let decimal_at_last = match (dots, commas) {
        (0, 0) => false,
        (d, c) if d > 0 && c > 0 => {
            // The last mark is the decimal one and appears once.
            let n = if last.0 == b'.' { d } else { c };
            if n != 1 || last.0 == b' ' {
                return None;
            }
            true
        }
        (d, c) if d + c > 1 => false,
        _ => {
            let mark = if dots == 1 { b'.' } else { b',' };
            let three = last.2 - last.1 == 3 && last.0 == mark;
            let short_head = parts[0].2 - parts[0].1 <= 3;
            let grouping_mark = match tables.lang {
                crate::language::Lang::Other => true,
                _ if tables.decimal_comma => mark == b'.',
                _ => mark == b',',
            };
            // `1 200,5`: a mark after thousand spaces is the decimal one.
            !(three && short_head && grouping_mark && last.0 == mark)
        }
    };
    let (int_parts, frac) = if decimal_at_last {
        (&parts[..parts.len() - 1], digits(&last))
    } else {
        (parts, "")
    };
    // Grouped parts: a head of one to three digits, then groups of three.
    if int_parts.len() > 1 {
        if digits(&int_parts[0]).len() > 3 {
            return None;
        }
        if int_parts[1..].iter().any(|p| p.2 - p.1 != 3) {
            return None;
        }
    }
    if let [only] = int_parts {
        return Decimal::from_digit_bytes(digits(only).as_bytes(), frac.as_bytes());
    }
    // The integer digits without their separators; more than 30 is more
    // than `from_digit_bytes` takes.
    let mut int = [0u8; 30];
    let mut len = 0;
    for part in int_parts {
        let part = digits(part).as_bytes();
        int.get_mut(len..len + part.len())?.copy_from_slice(part);
        len += part.len();
    }
    Decimal::from_digit_bytes(&int[..len], frac.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Lang;

    fn read(text: &str, lang: Lang) -> Option<String> {
        let t = Tables::new(lang);
        let (end, v) = read_number(text, 0, &t);
        v.map(|v| format!("{}|{}", &text[..end], v))
    }

    #[test]
    fn decimal_marks_by_language_and_shape() {
        let cases: &[(&str, Lang, Option<&str>)] = &[
            ("1,700", Lang::English, Some("1,700|1700")),
            ("1,7", Lang::English, Some("1,7|1.7")),
            ("1.5", Lang::English, Some("1.5|1.5")),
            ("1.250", Lang::English, Some("1.250|1.25")),
            ("1,7", Lang::Dutch, Some("1,7|1.7")),
            ("1.700", Lang::Dutch, Some("1.700|1700")),
            ("1.250", Lang::Dutch, Some("1.250|1250")),
            ("1,250", Lang::Dutch, Some("1,250|1.25")),
            ("1.5", Lang::Dutch, Some("1.5|1.5")),
            ("36,4", Lang::French, Some("36,4|36.4")),
            ("1\u{a0}200", Lang::French, Some("1\u{a0}200|1200")),
            ("1 200", Lang::French, Some("1 200|1200")),
            ("1 200", Lang::English, Some("1|1")),
            ("1\u{202f}200", Lang::English, Some("1\u{202f}200|1200")),
            ("10 000,00", Lang::French, Some("10 000,00|10000")),
            ("10.000,00", Lang::Dutch, Some("10.000,00|10000")),
            ("20,000.00", Lang::English, Some("20,000.00|20000")),
            ("1,000,000", Lang::English, Some("1,000,000|1000000")),
            ("1.000.000", Lang::Dutch, Some("1.000.000|1000000")),
            ("1.250", Lang::Other, Some("1.250|1250")),
            ("1,25", Lang::Other, Some("1,25|1.25")),
            ("1.2.3", Lang::English, None),
            ("2019.", Lang::English, Some("2019|2019")),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(read(text, lang).as_deref(), want, "{text:?} {lang:?}");
        }
    }

    /// The plain-digits shortcut and the parts reader agree at their border.
    #[test]
    fn plain_runs_and_their_limits() {
        let eighteen = "9".repeat(18);
        let nineteen = "9".repeat(19);
        let thirty = "9".repeat(30);
        let thirty_one = "9".repeat(31);
        let cases: Vec<(String, Lang, Option<String>)> = vec![
            ("0".into(), Lang::English, Some("0|0".into())),
            ("007".into(), Lang::English, Some("007|7".into())),
            ("1200 ".into(), Lang::French, Some("1200|1200".into())),
            ("1200 000".into(), Lang::French, Some("1200|1200".into())),
            ("120 00".into(), Lang::French, Some("120|120".into())),
            ("5,".into(), Lang::English, Some("5|5".into())),
            ("5\u{a0}".into(), Lang::French, Some("5|5".into())),
            (
                eighteen.clone(),
                Lang::English,
                Some(format!("{eighteen}|{eighteen}")),
            ),
            (
                nineteen.clone(),
                Lang::English,
                Some(format!("{nineteen}|{nineteen}")),
            ),
            (
                thirty.clone(),
                Lang::English,
                Some(format!("{thirty}|{thirty}")),
            ),
            (thirty_one, Lang::English, None),
            (
                format!("{eighteen}.5"),
                Lang::English,
                Some(format!("{eighteen}.5|{eighteen}.5")),
            ),
        ];
        for (text, lang, want) in cases {
            assert_eq!(read(&text, lang), want, "{text:?} {lang:?}");
        }
    }
}
