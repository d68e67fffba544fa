//! Periods: the quarter, half, year or month a figure is for.
//!
//! `the fourth quarter of 2019` → `2019-Q4`, `between July and September
//! 2020` → `2020-Q3`, `het tweede kwartaal van 2024` → `2024-Q2`,
//! `au premier semestre 2024` → `2024-H1`. A period without a year
//! (`in het tweede kwartaal`, `vorig jaar`) is resolved against the article's
//! date only when that is sure: the date must give the month for a quarter
//! or a half, and the quarter must have ended by then. A period that is a
//! comparison base (`an increase over Q4 2019`) is not the figure's period.

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::fmt;
use std::sync::{LazyLock, OnceLock};

use regex_automata::hybrid::regex::{Cache, Regex};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::captures::Captures;
use regex_automata::{meta, Anchored, Input, Match};

use crate::language::Lang;
use crate::span::Span;

/// Which part of a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Year,
    Quarter(u8),
    Half(u8),
}

/// A period in the format of SPEC section 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Period {
    pub year: i32,
    pub part: Part,
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.part {
            Part::Year => write!(f, "{}", self.year),
            Part::Quarter(q) => write!(f, "{}-Q{q}", self.year),
            Part::Half(h) => write!(f, "{}-H{h}", self.year),
        }
    }
}

impl Period {
    /// The period as [`fmt::Display`] writes it (`2019-Q4`), built on the
    /// stack and without the formatting machinery for the four-digit years
    /// of nearly every claim: records write one per claim.
    pub fn text(&self) -> PeriodText {
        let mut text = PeriodText {
            bytes: [0; PeriodText::CAPACITY],
            len: 0,
        };
        let (letter, n) = match self.part {
            Part::Year => (None, 0),
            Part::Quarter(q) => (Some(b'Q'), q),
            Part::Half(h) => (Some(b'H'), h),
        };
        if !(1000..=9999).contains(&self.year) || n > 9 {
            use std::io::Write;
            let mut rest = &mut text.bytes[..];
            write!(rest, "{self}").expect("a period fits its text");
            text.len = (PeriodText::CAPACITY - rest.len()) as u8;
            return text;
        }
        let year = self.year as u32;
        for divisor in [1000, 100, 10, 1] {
            text.push(b'0' + (year / divisor % 10) as u8);
        }
        if let Some(letter) = letter {
            text.push(b'-');
            text.push(letter);
            text.push(b'0' + n);
        }
        text
    }
}

/// The text of a [`Period`], held inline: no allocation per claim.
#[derive(Clone, Copy)]
pub struct PeriodText {
    bytes: [u8; PeriodText::CAPACITY],
    len: u8,
}

impl PeriodText {
    /// The longest period: an `i32` year of 11 characters, `-Q` and a
    /// `u8` of three digits.
    const CAPACITY: usize = 16;

    fn push(&mut self, byte: u8) {
        self.bytes[usize::from(self.len)] = byte;
        self.len += 1;
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).expect("ASCII digits and letters")
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }
}

/// A period expression in the text. `period` is `None` where the text names
/// a span no format fits (`June to September`) or one the date cannot
/// resolve; such an expression still counts as the figure's period, so that
/// no other one is taken in its place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PeriodMention {
    pub span: Span,
    pub period: Option<Period>,
    /// A comparison base (`over Q4 2019`, `a year earlier`): never the
    /// figure's own period.
    pub comparison: bool,
}

/// The article's date as year and, when known, month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ArticleDate {
    pub year: Option<i32>,
    pub month: Option<u8>,
}

impl ArticleDate {
    /// From `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(date: Option<&str>) -> ArticleDate {
        let Some(date) = date else {
            return ArticleDate::default();
        };
        let mut parts = date.split('-');
        let year = parts.next().and_then(|y| y.parse().ok());
        let month = parts.next().and_then(|m| m.parse().ok());
        ArticleDate { year, month }
    }
}

/// What a pattern's match means.
#[derive(Clone, Copy)]
enum Kind {
    /// Ordinal or digit of a quarter in group 1, year in group 2 (optional).
    Quarter,
    /// Year in group 1, quarter digit in group 2.
    YearQuarter,
    /// Ordinal of a half in group 1, year in group 2 or 3 (optional).
    Half,
    /// Year in group 1.
    Year,
    /// This year + offset.
    Relative(i32),
    /// Month names in groups 1 and 2, year in group 3 (optional).
    MonthRange,
    /// A comparison base with no period of its own (`a year earlier`).
    Comparison,
}

/// All the period patterns of one language as one multi-pattern regex:
/// a text is searched once, not once per pattern, and the pattern that
/// matched comes with the match. Earlier patterns win at the same start,
/// as in an alternation.
///
/// The search finds matches with the lazy DFA alone (a forward one for
/// where a match ends, a reverse one for where it starts), run directly
/// rather than through `meta::Regex`: that would choose the same engine
/// on every search, at a cost of a few hundred instructions per call (the
/// choice, a cache taken from a pool and given back), and a search runs
/// on every sentence that makes a claim. The capture groups
/// are read afterwards on each match only, by the one pattern that matched,
/// compiled alone: a capturing search over the whole text would run the
/// slow engines on every candidate, and those engines cost in proportion
/// to the size of the regex they run.
struct Patterns {
    regex: Regex,
    /// Which of each thread's search caches ([`CACHES`]) is this regex's.
    cache_slot: usize,
    /// Per pattern: its kind, its source, and the pattern alone to read the
    /// groups of its matches, compiled when first needed (a few patterns
    /// make most matches).
    patterns: Vec<(Kind, String, OnceLock<meta::Regex>)>,
}

const YEAR: &str = r"((?:19|20)\d{2})";

fn compile(patterns: &[(&str, Kind)], months: &str, cache_slot: usize) -> Patterns {
    let sources: Vec<String> = patterns
        .iter()
        .map(|(pattern, _)| {
            // ASCII word boundaries keep the fast engines on non-ASCII text.
            let body = pattern
                .replace("YEAR", YEAR)
                .replace("MONTH", months)
                .replace(r"\b", r"(?-u:\b)");
            format!("(?i){body}")
        })
        .collect();
    // No prefilter: most candidates of a literal one (`in`, `of`, `for`)
    // match nothing, and the lazy DFA alone is faster. The groups are read
    // by another regex ([`Patterns::alone`]): none are compiled here.
    let regex = Regex::builder()
        .thompson(thompson::Config::new().which_captures(WhichCaptures::None))
        .build_many(&sources)
        .expect("period patterns");
    Patterns {
        regex,
        cache_slot,
        patterns: patterns
            .iter()
            .zip(sources)
            .map(|(&(_, kind), source)| (kind, source, OnceLock::new()))
            .collect(),
    }
}

thread_local! {
    /// Each thread's search caches of the lazy DFAs, one per language
    /// ([`Patterns::cache_slot`]), made on the thread's first search.
    static CACHES: RefCell<[Option<Cache>; 3]> = const { RefCell::new([None, None, None]) };
}

impl Patterns {
    /// Every match in `text[range]`, in order and without overlaps, as the
    /// regex of all the patterns finds them.
    fn find_all(&self, text: &str, range: std::ops::Range<usize>, mut found: impl FnMut(Match)) {
        CACHES.with_borrow_mut(|caches| {
            let cache = caches[self.cache_slot].get_or_insert_with(|| self.regex.create_cache());
            for whole in self.regex.find_iter(cache, Input::new(text).range(range)) {
                found(whole);
            }
        });
    }

    fn kind(&self, found: Match) -> Kind {
        self.patterns[found.pattern().as_usize()].0
    }

    /// The pattern of `found` alone, to read its groups: no engine that
    /// searches (lazy DFA, prefilter) is built for it.
    fn alone(&self, found: Match) -> &meta::Regex {
        let (_, source, alone) = &self.patterns[found.pattern().as_usize()];
        alone.get_or_init(|| {
            let config = meta::Config::new()
                .hybrid(false)
                .onepass(false)
                .auto_prefilter(false);
            meta::Regex::builder()
                .configure(config)
                .build(source)
                .expect("period pattern")
        })
    }
}

/// The groups of one match, numbered from 1 as in its pattern. In a match
/// of ASCII and letters they are read from its words (see
/// [`group_from_words`]); in another, on the first request, with the
/// pattern that matched run again, anchored, on the match alone. A period
/// that needs none (`last year`) costs nothing.
struct Groups<'h> {
    patterns: &'h Patterns,
    text: &'h str,
    found: Match,
    kind: Kind,
    captures: OnceCell<Captures>,
}

impl<'h> Groups<'h> {
    fn get(&self, group: usize) -> Option<&'h str> {
        let whole = &self.text[self.found.range()];
        if is_read_from_words(whole) {
            return group_from_words(self.kind, whole, group);
        }
        self.captured(group)
    }

    /// Group `group` as the pattern's captures give it.
    fn captured(&self, group: usize) -> Option<&'h str> {
        let captures = self.captures.get_or_init(|| {
            let alone = self.patterns.alone(self.found);
            let mut captures = alone.create_captures();
            let input = Input::new(self.text)
                .range(self.found.range())
                .anchored(Anchored::Yes);
            alone.search_captures(&input, &mut captures);
            captures
        });
        captures.get_group(group).map(|g| &self.text[g.range()])
    }
}

/// Whether the groups of match `whole` can be read from its words: when
/// every character that is not ASCII is a letter (`deuxième trimestre`,
/// `année 2024`, but not `l’an` or a no-break space). Then the patterns'
/// `\d` matched `[0-9]` in it and their `\s` ASCII white space, and a
/// byte that is not ASCII is part of a word. Checked on the characters of
/// the match only, a few per sentence that has a period.
fn is_read_from_words(whole: &str) -> bool {
    whole.is_ascii() || whole.chars().all(|c| c.is_ascii() || c.is_alphabetic())
}

/// Group `group` of a match `whole` of a pattern of `kind` that
/// [`is_read_from_words`], read from the shape every pattern of that kind
/// gives its matches (the patterns are below; `groups_read_from_words`
/// checks this against the captures):
///
/// - the ordinal of a quarter or half is the first word (`first`, `1st`,
///   `eerste`, `1er`), or the digit after its letter (`Q4`, `H1`, `T2`);
/// - a year closes a period of years (`in 2019`, `FY2024`, `exercice
///   2025`); elsewhere the year (group 2 or 3) is the first one after the
///   first word (`eerste helft van 2023`), and, with a month range, the
///   months are the second and fourth words (`between July and September
///   2020`);
/// - `2022 Q1` gives the year first and the quarter last.
fn group_from_words(kind: Kind, whole: &str, group: usize) -> Option<&str> {
    let bytes = whole.as_bytes();
    // `\s` in ASCII.
    let is_space = |b: &u8| matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ');
    // A byte that is not ASCII is part of a letter (`is_read_from_words`).
    let first_word_len = bytes
        .iter()
        .position(|b| b.is_ascii() && !b.is_ascii_alphanumeric())
        .unwrap_or(bytes.len());
    let year_after_first_word = || {
        let at = first_word_len
            + bytes[first_word_len..]
                .iter()
                .position(u8::is_ascii_digit)?;
        whole.get(at..at + 4)
    };
    let last_year = || whole.get(whole.len().checked_sub(4)?..);
    match (kind, group) {
        (Kind::Quarter | Kind::Half, 1) => {
            // The letter may be one that is not ASCII: `(?i)S` matches `ſ`.
            let letter = whole.chars().next().filter(|c| c.is_alphabetic());
            let digit_at = letter.map_or(0, char::len_utf8);
            let lettered_digit =
                letter.is_some() && bytes.get(digit_at).is_some_and(u8::is_ascii_digit);
            Some(if lettered_digit {
                &whole[digit_at..digit_at + 1]
            } else {
                &whole[..first_word_len]
            })
        }
        (Kind::Quarter | Kind::Half, 2) => year_after_first_word(),
        (Kind::YearQuarter, 1) => whole.get(..4),
        (Kind::YearQuarter, 2) => whole.get(whole.len() - 1..),
        (Kind::Year, 1) => last_year(),
        (Kind::MonthRange, 1 | 2) => whole
            .as_bytes()
            .split(is_space)
            .filter(|w| !w.is_empty())
            .nth(if group == 1 { 1 } else { 3 })
            .map(|w| {
                let start = w.as_ptr() as usize - whole.as_ptr() as usize;
                &whole[start..start + w.len()]
            }),
        (Kind::MonthRange, 3) => year_after_first_word(),
        _ => None,
    }
}

const EN_MONTHS: &str = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)";
const NL_MONTHS: &str =
    "(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)";
const FR_MONTHS: &str = "(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)";

const ENGLISH_PATTERNS: &[(&str, Kind)] = &[
    (
        r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?:\s+of)?(?:\s+(?:the\s+)?(?:fiscal|financial)(?:\s+year)?)?(?:\s+YEAR\b)?",
        Kind::Quarter,
    ),
    (
        r"\bQ([1-4])(?:\s+of)?(?:\s*(?:FY|fiscal)\s*|\s+|-)YEAR\b",
        Kind::Quarter,
    ),
    (r"\bYEAR\s*Q([1-4])\b", Kind::YearQuarter),
    (
        r"\b(first|second|1st|2nd)[- ]half(?:\s+of)?(?:\s+(?:the\s+)?(?:fiscal|financial)(?:\s+year)?)?(?:\s+(?:the\s+year|YEAR\b))?",
        Kind::Half,
    ),
    (r"\bH([12])(?:\s+|-)YEAR\b", Kind::Half),
    (
        r"\b(?:between|from)\s+MONTH\s+(?:and|to|through|until)\s+MONTH(?:\s+(?:of\s+)?YEAR\b)?",
        Kind::MonthRange,
    ),
    (r"\b(?:fiscal|financial)\s+(?:year\s+)?YEAR\b", Kind::Year),
    (r"\bFY\s?YEAR\b", Kind::Year),
    (
        r"\b(?:in|for|during|over|of|throughout|all of)\s+YEAR\b",
        Kind::Year,
    ),
    (r"\bthis\s+year\b", Kind::Relative(0)),
    (r"\b(?:last|previous)\s+year\b", Kind::Relative(-1)),
    (r"\bnext\s+year\b", Kind::Relative(1)),
    (
        r"\b(?:a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?same\s+period\s+(?:a\s+year\s+earlier|last\s+year))\b",
        Kind::Comparison,
    ),
];

static ENGLISH: LazyLock<Patterns> = LazyLock::new(|| compile(ENGLISH_PATTERNS, EN_MONTHS, 0));

const DUTCH_PATTERNS: &[(&str, Kind)] = &[
    (
        r"\b(eerste|tweede|derde|vierde|1e|2e|3e|4e)\s+kwartaal(?:\s+van)?(?:\s+(?:het\s+)?boekjaar)?(?:\s+YEAR\b)?",
        Kind::Quarter,
    ),
    (r"\bQ([1-4])(?:\s+|-)YEAR\b", Kind::Quarter),
    (
        r"\b(eerste|tweede|1e|2e)\s+(?:halfjaar|jaarhelft|helft(?:\s+van\s+(?:het\s+jaar|YEAR\b))?)(?:\s+YEAR\b)?",
        Kind::Half,
    ),
    (r"\bH([12])(?:\s+|-)YEAR\b", Kind::Half),
    (
        r"\b(?:tussen|van)\s+MONTH\s+(?:en|tot)\s+MONTH(?:\s+YEAR\b)?",
        Kind::MonthRange,
    ),
    (
        r"\b(?:in|over|voor|heel|tijdens|boekjaar)\s+YEAR\b",
        Kind::Year,
    ),
    (r"\bdit\s+jaar\b", Kind::Relative(0)),
    (r"\b(?:vorig|verleden)\s+jaar\b", Kind::Relative(-1)),
    (r"\bvolgend\s+jaar\b", Kind::Relative(1)),
    (
        r"\been\s+jaar\s+(?:eerder|geleden|terug)\b",
        Kind::Comparison,
    ),
];

static DUTCH: LazyLock<Patterns> = LazyLock::new(|| compile(DUTCH_PATTERNS, NL_MONTHS, 1));

const FRENCH_PATTERNS: &[(&str, Kind)] = &[
    (
        r"\b(premier|1er|deuxième|2e|second|troisième|3e|quatrième|4e)\s+trimestre(?:\s+(?:de\s+(?:son\s+|l'|l’)?)?(?:exercice(?:\s+fiscal)?\s+)?YEAR\b)?",
        Kind::Quarter,
    ),
    (r"\bT([1-4])\s+YEAR\b", Kind::Quarter),
    (
        r"\b(premier|1er|second|deuxième|2e)\s+semestre(?:\s+(?:de\s+(?:son\s+|l'|l’)?)?(?:exercice(?:\s+fiscal)?\s+)?YEAR\b)?",
        Kind::Half,
    ),
    (r"\bS([12])\s+YEAR\b", Kind::Half),
    (
        r"\b(?:entre|de)\s+MONTH\s+(?:et|à)\s+MONTH(?:\s+YEAR\b)?",
        Kind::MonthRange,
    ),
    (
        r"\b(?:en|pour|durant|exercice(?:\s+fiscal)?|année)\s+YEAR\b",
        Kind::Year,
    ),
    (r"\bcette\s+année", Kind::Relative(0)),
    (
        r"\bl[’'](?:an|année)\s+(?:dernier|dernière|passée?)\b",
        Kind::Relative(-1),
    ),
    (
        r"\b(?:l[’']an\s+prochain|l[’']année\s+prochaine)\b",
        Kind::Relative(1),
    ),
    (
        r"\b(?:il\s+y\s+a\s+un\s+an|un\s+an\s+plus\s+tôt|sur\s+un\s+an)\b",
        Kind::Comparison,
    ),
];

static FRENCH: LazyLock<Patterns> = LazyLock::new(|| compile(FRENCH_PATTERNS, FR_MONTHS, 2));

/// Compiles the period patterns of every language now. They are built on
/// first use otherwise: inside the first article of a run, while the other
/// workers that need them wait. [`crate::Extractor::new`] calls this on a
/// thread of its own, beside the company automata.
pub fn compile_all() {
    for patterns in [&ENGLISH, &DUTCH, &FRENCH] {
        LazyLock::force(patterns);
    }
}

/// Words right before a period that make it a comparison base.
const COMPARISON_BEFORE: &[&str] = &[
    "over",
    "than",
    "from",
    "compared with",
    "compared to",
    "versus",
    "vs",
    "vs.",
    "dan",
    "ten opzichte van",
    "vergeleken met",
    "par rapport à",
    "par rapport au",
    "contre",
];

/// Bytes no period pattern can match: ASCII punctuation but the hyphen
/// (`third-quarter`) and the apostrophe (`l'an dernier`). A match never
/// spans one, so a search between two of them finds what a search of the
/// whole text finds there.
fn stops_periods(byte: u8) -> bool {
    byte.is_ascii_punctuation() && byte != b'-' && byte != b'\''
}

/// Every period expression in `text`, sorted and without overlaps.
///
/// ```
/// use claimex::claims::period::{find_periods, ArticleDate};
/// use claimex::language::Lang;
/// let text = "revenue rose in the fourth quarter of 2019";
/// let found = find_periods(text, Lang::English, ArticleDate::default());
/// assert_eq!(found[0].period.unwrap().to_string(), "2019-Q4");
/// ```
pub fn find_periods(text: &str, lang: Lang, date: ArticleDate) -> Vec<PeriodMention> {
    find_periods_in(text, Span::new(0, text.len()), lang, date)
}

/// The period expressions of [`find_periods`] that start within `within`
/// (a sentence). Only the text around it is searched: from the last byte
/// before it that no pattern matches (see `stops_periods`) to the first
/// one from its last byte on, usually its own final period. As no match
/// spans such a byte, that search finds what a search of the whole text
/// finds there, matches that run past `within` included.
pub fn find_periods_in(
    text: &str,
    within: Span,
    lang: Lang,
    date: ArticleDate,
) -> Vec<PeriodMention> {
    let mut found = Vec::new();
    find_periods_into(&mut found, text, within, lang, date);
    found
}

/// [`find_periods_in`] into a list the caller clears and reuses, sentence
/// after sentence.
pub fn find_periods_into(
    found: &mut Vec<PeriodMention>,
    text: &str,
    within: Span,
    lang: Lang,
    date: ArticleDate,
) {
    let patterns: &Patterns = match lang {
        Lang::Dutch => &DUTCH,
        Lang::French => &FRENCH,
        Lang::English | Lang::Other => &ENGLISH,
    };
    let bytes = text.as_bytes();
    let from = bytes[..within.start]
        .iter()
        .rposition(|&b| stops_periods(b))
        .map_or(0, |i| i + 1);
    let last = within.end.saturating_sub(1).max(within.start);
    let to = bytes[last..]
        .iter()
        .position(|&b| stops_periods(b))
        .map_or(text.len(), |i| last + i);
    patterns.find_all(text, from..to, |whole| {
        if whole.start() < within.start || whole.start() >= within.end {
            return;
        }
        let span = Span::new(whole.start(), whole.end());
        let (period, comparison) = match patterns.kind(whole) {
            Kind::Comparison => (None, true),
            kind => {
                let groups = Groups {
                    patterns,
                    text,
                    found: whole,
                    kind,
                    captures: OnceCell::new(),
                };
                (
                    resolve(kind, &groups, date),
                    is_comparison(text, span.start),
                )
            }
        };
        found.push(PeriodMention {
            span,
            period,
            comparison,
        });
    });
}

fn is_comparison(text: &str, start: usize) -> bool {
    // The longest comparison word is under 24 bytes: look no further back.
    let mut from = start.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    // Lower-cased on the stack: at most 24 bytes and a character's tail.
    let mut buffer = [0; 32];
    let head = text[from..start].trim_end().as_bytes();
    let lower = &mut buffer[..head.len()];
    lower.copy_from_slice(head);
    lower.make_ascii_lowercase();
    let before = std::str::from_utf8(lower).expect("ASCII lower-casing keeps UTF-8");
    let before = before.strip_suffix("the").map_or(before, str::trim_end);
    // The last bytes are compared first: most periods follow a word that
    // ends in none of theirs (`in`, `of`).
    let Some(&last) = before.as_bytes().last() else {
        return false;
    };
    COMPARISON_BEFORE.iter().any(|w| {
        w.as_bytes().last() == Some(&last)
            && before.ends_with(w)
            && !before[..before.len() - w.len()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
    })
}

/// `word` in lower case, copied only when it has a capital or a character
/// that is not ASCII: an ordinal, a month or a year is seldom either.
fn lowercase(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

fn ordinal(word: &str) -> Option<u8> {
    let w = lowercase(word);
    Some(match &*w {
        "1" | "first" | "1st" | "eerste" | "1e" | "premier" | "1er" => 1,
        "2" | "second" | "2nd" | "tweede" | "2e" | "deuxième" => 2,
        "3" | "third" | "3rd" | "derde" | "3e" | "troisième" => 3,
        "4" | "fourth" | "4th" | "vierde" | "4e" | "quatrième" => 4,
        _ => return None,
    })
}

fn month_number(name: &str) -> Option<u8> {
    let n = lowercase(name);
    let prefix = n.char_indices().nth(3).map_or(&*n, |(end, _)| &n[..end]);
    Some(match prefix {
        "jan" => 1,
        "feb" | "fév" | "fev" => 2,
        "mar" | "maa" => 3,
        "apr" | "avr" => 4,
        "may" | "mei" | "mai" => 5,
        "jun" | "jui" if n.starts_with("juil") => 7,
        "jun" | "jui" => 6,
        "jul" => 7,
        "aug" | "aoû" | "aou" => 8,
        "sep" => 9,
        "oct" | "okt" => 10,
        "nov" => 11,
        "dec" | "déc" => 12,
        _ => return None,
    })
}

fn year_in(caps: &Groups<'_>, groups: &[usize]) -> Option<i32> {
    groups
        .iter()
        .find_map(|&g| caps.get(g))
        .and_then(|m| m.parse().ok())
}

/// A part of a year with no year written: the article's year when the part
/// has ended by the article's month, the year before otherwise.
fn dated(part: Part, last_month: u8, date: ArticleDate) -> Option<Period> {
    let (year, month) = (date.year?, date.month?);
    let year = if last_month <= month { year } else { year - 1 };
    Some(Period { year, part })
}

fn resolve(kind: Kind, caps: &Groups<'_>, date: ArticleDate) -> Option<Period> {
    match kind {
        Kind::Quarter => {
            let q = ordinal(caps.get(1)?)?;
            match year_in(caps, &[2]) {
                Some(year) => Some(Period {
                    year,
                    part: Part::Quarter(q),
                }),
                None => dated(Part::Quarter(q), q * 3, date),
            }
        }
        Kind::YearQuarter => {
            let q = ordinal(caps.get(2)?)?;
            Some(Period {
                year: year_in(caps, &[1])?,
                part: Part::Quarter(q),
            })
        }
        Kind::Half => {
            let h = ordinal(caps.get(1)?).filter(|&h| h <= 2)?;
            match year_in(caps, &[2, 3]) {
                Some(year) => Some(Period {
                    year,
                    part: Part::Half(h),
                }),
                None => dated(Part::Half(h), h * 6, date),
            }
        }
        Kind::Year => Some(Period {
            year: year_in(caps, &[1])?,
            part: Part::Year,
        }),
        Kind::Relative(offset) => Some(Period {
            year: date.year? + offset,
            part: Part::Year,
        }),
        Kind::MonthRange => {
            let from = month_number(caps.get(1)?)?;
            let to = month_number(caps.get(2)?)?;
            let year = year_in(caps, &[3])?;
            let part = match (from, to) {
                (1, 3) => Part::Quarter(1),
                (4, 6) => Part::Quarter(2),
                (7, 9) => Part::Quarter(3),
                (10, 12) => Part::Quarter(4),
                (1, 6) => Part::Half(1),
                (7, 12) => Part::Half(2),
                (1, 12) => Part::Year,
                _ => return None,
            };
            Some(Period { year, part })
        }
        Kind::Comparison => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn periods(text: &str, lang: Lang, date: Option<&str>) -> Vec<Option<String>> {
        find_periods(text, lang, ArticleDate::parse(date))
            .into_iter()
            .filter(|m| !m.comparison)
            .map(|m| m.period.map(|p| p.to_string()))
            .collect()
    }

    fn one(text: &str, lang: Lang, date: Option<&str>) -> Option<String> {
        let mut all = periods(text, lang, date);
        assert_eq!(all.len(), 1, "{text:?}: {all:?}");
        all.pop().unwrap()
    }

    #[test]
    fn english() {
        let cases = [
            ("in the fourth quarter of 2019", Some("2019-Q4")),
            ("third-quarter 2021 results", Some("2021-Q3")),
            ("the third quarter of fiscal 2025", Some("2025-Q3")),
            ("Q4 2019", Some("2019-Q4")),
            ("Q2 of 2023", Some("2023-Q2")),
            ("2022 Q1", Some("2022-Q1")),
            ("the first half of 2024", Some("2024-H1")),
            ("H2 2023", Some("2023-H2")),
            ("between July and September 2020", Some("2020-Q3")),
            ("from January to June 2021", Some("2021-H1")),
            ("between June and September 2020", None),
            ("Between June and September, revenue rose", None),
            ("market in 2018", Some("2018")),
            ("Back in 2014, Amazon", Some("2014")),
            ("fiscal 2025", Some("2025")),
            ("FY2024", Some("2024")),
        ];
        for (text, expected) in cases {
            assert_eq!(
                one(text, Lang::English, None).as_deref(),
                expected,
                "{text:?}"
            );
        }
    }

    #[test]
    fn text_as_displayed() {
        for year in [i32::MIN, -5, 0, 999, 1000, 2019, 9999, 10000] {
            for part in [
                Part::Year,
                Part::Quarter(1),
                Part::Quarter(4),
                Part::Half(2),
                Part::Quarter(12),
                Part::Half(u8::MAX),
            ] {
                let period = Period { year, part };
                assert_eq!(period.text().as_str(), period.to_string());
            }
        }
    }

    #[test]
    fn relative_periods_need_a_sure_date() {
        assert_eq!(
            one("revenue this year", Lang::English, Some("2024-08-07")).as_deref(),
            Some("2024")
        );
        assert_eq!(
            one("last year", Lang::English, Some("2024")).as_deref(),
            Some("2023")
        );
        assert_eq!(one("next year", Lang::English, None), None);
        // A quarter without a year: the one that has ended by the date.
        assert_eq!(
            one("in the second quarter", Lang::English, Some("2024-08-07")).as_deref(),
            Some("2024-Q2")
        );
        assert_eq!(
            one("in the fourth quarter", Lang::English, Some("2024-08-07")).as_deref(),
            Some("2023-Q4")
        );
        assert_eq!(
            one("in the second quarter", Lang::English, Some("2024")),
            None
        );
    }

    #[test]
    fn dutch() {
        let date = Some("2024-08-07");
        let cases = [
            ("in het tweede kwartaal van 2024", Some("2024-Q2")),
            ("het derde kwartaal van 2020", Some("2020-Q3")),
            ("in het tweede kwartaal", Some("2024-Q2")),
            ("over het eerste halfjaar", Some("2024-H1")),
            ("in de eerste helft van het jaar", Some("2024-H1")),
            ("vorig jaar", Some("2023")),
            ("Dit jaar investeert", Some("2024")),
            ("Voor heel 2024 mikt", Some("2024")),
            ("tussen juli en september 2020", Some("2020-Q3")),
        ];
        for (text, expected) in cases {
            assert_eq!(
                one(text, Lang::Dutch, date).as_deref(),
                expected,
                "{text:?}"
            );
        }
    }

    #[test]
    fn french() {
        let date = Some("2024-07-25");
        let cases = [
            ("Au deuxième trimestre 2024", Some("2024-Q2")),
            ("au troisième trimestre 2020", Some("2020-Q3")),
            (
                "pour le premier trimestre de son exercice fiscal 2025",
                Some("2025-Q1"),
            ),
            ("Au premier semestre 2024", Some("2024-H1")),
            ("Pour l'ensemble de l'année 2024", Some("2024")),
            ("l'ensemble de l'exercice 2025", Some("2025")),
            ("racheté en 2019", Some("2019")),
            ("cette année", Some("2024")),
            ("entre juillet et septembre 2020", Some("2020-Q3")),
        ];
        for (text, expected) in cases {
            assert_eq!(
                one(text, Lang::French, date).as_deref(),
                expected,
                "{text:?}"
            );
        }
    }

    #[test]
    fn comparison_bases_are_not_the_figures_period() {
        let found = find_periods(
            "a 60% increase over Q4 2019, up from a year earlier",
            Lang::English,
            ArticleDate::default(),
        );
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|m| m.comparison));
        assert_eq!(
            periods("1,6 procent meer dan een jaar eerder", Lang::Dutch, None),
            Vec::<Option<String>>::new()
        );
    }

    /// [`group_from_words`] reads what the captures give, on every match
    /// of many phrases that [`is_read_from_words`].
    #[test]
    fn groups_read_from_words() {
        let phrases = [
            "the fourth quarter of 2019, the 3rd-quarter, 1st quarter of fiscal 2025",
            "Q4 2019, q2 of 2023, Q1 FY2024, Q3 fiscal 2021, Q2-2020, 2022 Q1, 2023Q4",
            "the first half of 2024, second half of the year, H2 2023, h1-2022",
            "the 2nd half of the fiscal year 2021, first half of the financial year",
            "between July and September 2020, from January to June 2021",
            "from jan through mar of 2019, between June and September, Between May\tand\nJune 2018",
            "fiscal 2025, financial year 2019, FY2024, FY 2023, in 2018, for 2017, all of 2016",
            "het tweede kwartaal van 2024, 1e kwartaal, Q3 2020, Q4-2021",
            "de eerste helft van 2023 2024, tweede halfjaar 2022, 2e jaarhelft, eerste helft van het jaar",
            "H1 2020, tussen juli en september 2020, van januari tot maart, in 2019, heel 2020",
            "1er trimestre 2024, premier trimestre de l'exercice fiscal 2025, second semestre 2023",
            "T3 2020, S1 2021, entre juillet et septembre 2020, en 2019, pour 2018, exercice fiscal 2024",
            "2e semestre de son exercice 2022, 3e trimestre de l'exercice 2021",
            "au deuxième trimestre 2024, Troisième trimestre de l’exercice 2020, quatrième trimestre",
            "DEUXIÈME SEMESTRE 2023, deuxième semestre, année 2024, l'année 2021, exercice fiscal 2019",
            "entre février et août 2020, de janvier à décembre 2019, entre Juillet et Décembre",
            "ſecond half of 2019, aſ1 2020, the fourth\u{a0}quarter of 2019, Q4\u{2003}2020, in ２０19, first quarter of 20١٩",
        ];
        let tables = [
            (Lang::English, &*ENGLISH),
            (Lang::Dutch, &*DUTCH),
            (Lang::French, &*FRENCH),
        ];
        let mut checked = 0;
        let mut not_ascii = 0;
        for text in phrases {
            for (lang, patterns) in tables {
                let mut all = Vec::new();
                patterns.find_all(text, 0..text.len(), |found| all.push(found));
                for found in all {
                    let groups = Groups {
                        patterns,
                        text,
                        found,
                        kind: patterns.kind(found),
                        captures: OnceCell::new(),
                    };
                    if !is_read_from_words(&text[found.range()]) {
                        continue;
                    }
                    not_ascii += usize::from(!text[found.range()].is_ascii());
                    // A half's year is the first of groups 2 and 3 (see
                    // `resolve`): the words give it as group 2.
                    let read = |g| match (groups.kind, g) {
                        (Kind::Half, 2) => groups.get(2).or(groups.get(3)),
                        (Kind::Half, 3) => None,
                        _ => groups.get(g),
                    };
                    let captured = |g| match (groups.kind, g) {
                        (Kind::Half, 2) => groups.captured(2).or(groups.captured(3)),
                        (Kind::Half, 3) => None,
                        _ => groups.captured(g),
                    };
                    for g in 1..=3 {
                        assert_eq!(
                            read(g),
                            captured(g),
                            "{lang:?} {:?} group {g}",
                            &text[found.range()]
                        );
                    }
                    checked += 1;
                }
            }
        }
        assert!(checked > 60, "{checked}");
        assert!(not_ascii > 5, "{not_ascii}");
    }

    /// What [`find_periods_in`] relies on: no pattern matches a byte of
    /// [`stops_periods`]. Checked on the sources: once the escapes and the
    /// group syntax are taken out, no punctuation is left but regex
    /// operators, the hyphen and the apostrophe.
    #[test]
    fn no_pattern_matches_a_stop_byte() {
        let tables = [
            (ENGLISH_PATTERNS, EN_MONTHS),
            (DUTCH_PATTERNS, NL_MONTHS),
            (FRENCH_PATTERNS, FR_MONTHS),
        ];
        for (patterns, months) in tables {
            for (pattern, _) in patterns {
                let literal = format!("{pattern}{months}{YEAR}")
                    .replace(r"\b", "")
                    .replace(r"\s", "")
                    .replace(r"\d", "")
                    .replace("(?:", "(");
                for c in literal.chars() {
                    assert!(
                        !c.is_ascii_punctuation() || "()[]{}|?+*-'".contains(c),
                        "{c:?} in {pattern:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_sentence_finds_what_the_whole_text_finds_there() {
        let text = "Revenue rose in 2023, up from last year. Sales in the\nfourth \
                    quarter of 2019 (Q4 2019) were flat.In 2020 too; H1 2021 fell.";
        let whole = find_periods(text, Lang::English, ArticleDate::default());
        assert_eq!(whole.len(), 6);
        let mut pieces = Vec::new();
        for sentence in crate::sentences::sentence_spans(text) {
            pieces.extend(find_periods_in(
                text,
                sentence,
                Lang::English,
                ArticleDate::default(),
            ));
        }
        assert_eq!(pieces, whole);
    }
}
