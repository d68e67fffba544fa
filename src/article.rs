//! Articles as loaded, and the dates that come with them.
//!
//! An [`Article`] is the unit every stage works on: an id, the body text
//! exactly as loaded (offsets count from its first character), and the
//! metadata the input carried. Loading itself lives in [`crate::load`].

/// One news article, as read from a `.txt` file or a JSONL line.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Article {
    /// The id of SPEC section 1: the file stem, the JSONL `id`, or
    /// `<stem>:<line>` / `stdin:<line>`.
    pub id: String,
    /// Where the article came from (a path, or `-` for stdin).
    pub source: String,
    /// The body, exactly as loaded. Nothing is stripped.
    pub text: String,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, from a `.txt` date header or a
    /// JSONL `date` / `date_publish` field.
    pub date: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// A two-letter language the input declared (JSONL `language`).
    pub declared_language: Option<String>,
}

/// The date of a `.txt` header: optional spaces, the word `date`, a date
/// (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), then a space.
///
/// ```
/// use claimex::article::date_header;
/// assert_eq!(date_header(" date 2019-09-23 The logo"), Some("2019-09-23".into()));
/// assert_eq!(date_header("The date 2019-09-23 was"), None);
/// ```
pub fn date_header(text: &str) -> Option<String> {
    let rest = text.trim_start_matches(' ');
    let rest = rest.strip_prefix("date ")?;
    let (date, len) = date_prefix(rest)?;
    // The date must be followed by a space: `date 2019-09-23x` is no header.
    rest[len..].starts_with(' ').then_some(date)
}

/// The date a JSONL `date` / `date_publish` field starts with
/// (`2019-09-23 10:00:00`, `2019-09-23T10:00:00Z`, `2020-11`), or `None`.
pub fn date_field(value: &str) -> Option<String> {
    let (date, len) = date_prefix(value.trim())?;
    // What follows a full date must not be another digit (`2019-09-231`).
    let after = value.trim()[len..].chars().next();
    match after {
        Some(c) if c.is_ascii_digit() => None,
        _ => Some(date),
    }
}

/// Reads the longest of `YYYY-MM-DD`, `YYYY-MM`, `YYYY` at the start of `s`,
/// with a plausible month and day. Returns the date and its length in bytes.
fn date_prefix(s: &str) -> Option<(String, usize)> {
    let b = s.as_bytes();
    let digits = |from: usize, n: usize| {
        b.len() >= from + n && b[from..from + n].iter().all(u8::is_ascii_digit)
    };
    if !digits(0, 4) || (b.len() > 4 && b[4].is_ascii_digit()) {
        return None;
    }
    let number = |from: usize, n: usize| s[from..from + n].parse::<u32>().unwrap_or(0);
    let mut len = 4;
    if b.get(4) == Some(&b'-') && digits(5, 2) && (1..=12).contains(&number(5, 2)) {
        len = 7;
        if b.get(7) == Some(&b'-') && digits(8, 2) && (1..=31).contains(&number(8, 2)) {
            len = 10;
        }
    }
    if b.get(len).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    Some((s[..len].to_string(), len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_in_all_three_forms() {
        let cases = [
            (" date 2019-09-23 The logo of Alibaba", Some("2019-09-23")),
            ("date 2020-11 De cloud-infrastructuur", Some("2020-11")),
            ("   date 2021 Alibaba’s cloud", Some("2021")),
            (
                " date 2024-07-25 Dassault Systèmes déçoit",
                Some("2024-07-25"),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(date_header(text).as_deref(), expected, "{text:?}");
        }
    }

    #[test]
    fn text_that_merely_mentions_a_date_is_not_a_header() {
        let cases = [
            "The date 2019-09-23 was set",
            "Update 2019-09-23 Alibaba",
            "date of 2019-09-23",
            "dates 2019 were",
            " date 2019-09-23",        // no space after the date
            " date 2019-09-23x",       // glued
            "date 20190 numbers",      // five digits
            "date 2019-13 Bad month",  // month 13 stops at the year... and then `-`
            "Date 2019-09-23 Capital", // the word is lower-case `date`
            "\tdate 2019 tab",         // only spaces may come first
            "",
            "date",
        ];
        for text in cases {
            assert_eq!(date_header(text), None, "{text:?}");
        }
    }

    #[test]
    fn bad_month_falls_back_to_a_shorter_form_only_when_a_space_follows() {
        assert_eq!(date_header("date 2019-13-01 x"), None);
        assert_eq!(date_header("date 2019-09-41 x"), None);
    }

    #[test]
    fn jsonl_date_fields() {
        let cases = [
            ("2019-09-23 10:00:00", Some("2019-09-23")),
            ("2019-09-23T10:00:00Z", Some("2019-09-23")),
            ("2019-09-23", Some("2019-09-23")),
            ("2020-11", Some("2020-11")),
            ("2020", Some("2020")),
            ("Sept 23, 2019", None),
            ("23/09/2019", None),
            ("", None),
            ("20190923", None),
        ];
        for (value, expected) in cases {
            assert_eq!(date_field(value).as_deref(), expected, "{value:?}");
        }
    }
}
