//! Discovery of companies that the gazetteer does not know, from clear
//! evidence only (precision before recall):
//!
//! - a capitalised name followed by a legal or corporate suffix
//!   (`Rohwedder Group`, `Acme Widgets Inc.`, `Huawei Technologies`);
//! - a capitalised name right after a company noun (`research firm
//!   Canalys`, `vakblad Distrifood`, `le cabinet Newzoo`);
//! - a capitalised name right before a company compound, possessive or
//!   apposition (`Glaspoort-topman`, `Acme's CEO`, `Guillemot Brothers,
//!   la holding`).
//!
//! A run of capitalised words is cut at words that are not names (`The`,
//! `Monday`, `China`) and rejected when it holds a word of institutions,
//! places or indices (`Institute`, `School`, `Bank`, `Bourse`, `Fortune`).

use super::cues::{self, CueTables, NOT_COMPANY_WORD_SET, NOT_NAME_SET, SUFFIXES, SUFFIX_SET};
use super::text::*;
use super::trie::Trie;
use crate::cue_scan::CueOccurrences;
use crate::language::Lang;
use crate::span::Span;

/// At most this many capitalised words make one name.
const MAX_WORDS: usize = 4;

/// Words before a `Group` that make it no company (`Working Group`).
const NOT_GROUP_OWNERS: &[&str] = &[
    "Working",
    "Task",
    "Contact",
    "Parliamentary",
    "Political",
    "Action",
    "Interest",
    "Lobby",
    "Expert",
    "Study",
    "Peer",
    "Focus",
];

/// Possessives of people: a cue noun after them belongs to a person
/// (`his rival`, `zijn concurrent`).
const PERSONAL: &[&str] = &["his", "her", "zijn", "haar"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CueKind {
    /// `research firm X`
    Before,
    /// `X-topman`
    Compound,
    /// `X's CEO`
    Possessed,
    /// `X, la holding`
    Apposition,
    /// A company noun ending a compound word before the name
    /// (`autoverzekeraar Esure`).
    BeforeInWord,
}

/// The cue phrases of one language, as patterns for [`crate::cue_scan`],
/// and what kind of cue each is.
fn cue_phrases(lang: Lang) -> (Vec<String>, Vec<CueKind>) {
    let c = cues::cues(lang);
    let mut patterns: Vec<String> = Vec::new();
    let mut kinds = Vec::new();
    for w in c.before {
        // `*bedrijf` also ends a compound (`windenergiebedrijf Virya`),
        // and so does every one-word Dutch cue: Dutch writes compounds
        // as one word (`autoverzekeraar Esure`).
        let tail = w.strip_prefix('*');
        let in_word = tail.is_some() || (lang == Lang::Dutch && !w.contains(' '));
        patterns.push(tail.unwrap_or(w).to_string());
        kinds.push(if in_word {
            CueKind::BeforeInWord
        } else {
            CueKind::Before
        });
    }
    for w in c.compounds {
        patterns.push((*w).to_string());
        kinds.push(CueKind::Compound);
    }
    for w in c.possessed {
        for apostrophe in ["'", "’"] {
            patterns.push(format!("{apostrophe}s {w}"));
            kinds.push(CueKind::Possessed);
        }
    }
    for w in c.appositions {
        patterns.push(format!(", {w}"));
        kinds.push(CueKind::Apposition);
    }
    (patterns, kinds)
}

/// The cue phrases of `lang`, ASCII case-insensitive: the patterns
/// [`Discoverer::find`] expects found, leftmost-longest, in its
/// [`CueOccurrences`].
pub(crate) fn cue_patterns(lang: Lang) -> Vec<String> {
    cue_phrases(lang).0
}

/// The cues of one language: what kind each pattern of [`cue_patterns`]
/// is.
#[derive(Clone, Debug)]
struct CueKinds {
    kinds: Vec<CueKind>,
    lang: Lang,
}

impl CueKinds {
    fn new(lang: Lang) -> CueKinds {
        CueKinds {
            kinds: cue_phrases(lang).1,
            lang,
        }
    }
}

/// A company name found without the gazetteer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    pub span: Span,
    /// Found by its suffix (`Foo Group`): may be longer than a gazetteer
    /// name inside it (`Alibaba Pictures Group` over `Alibaba`).
    pub by_suffix: bool,
}

/// Finds unknown company names. Built once.
#[derive(Clone, Debug)]
pub(crate) struct Discoverer {
    /// The suffixes, looked up after spaces only (see [`Discoverer::find`]).
    suffixes: Trie,
    cues: [CueKinds; 3],
    tables: [CueTables; 3],
}

impl Discoverer {
    pub fn new() -> Discoverer {
        Discoverer {
            suffixes: Trie::new(SUFFIXES.iter().map(|s| s.as_bytes())),
            cues: [
                CueKinds::new(Lang::English),
                CueKinds::new(Lang::Dutch),
                CueKinds::new(Lang::French),
            ],
            tables: CueTables::all(),
        }
    }

    /// The names found in `text`, in no particular order, maybe
    /// overlapping each other.
    /// `word_starts` are the offsets where a word may start with a byte
    /// of [`Discoverer::openings`] ([`word_starts`]); `cues` the
    /// occurrences of the [`cue_patterns`] of `lang` in `text`.
    pub fn find(
        &self,
        text: &str,
        lang: Lang,
        word_starts: &[usize],
        cues: &CueOccurrences,
    ) -> Vec<Found> {
        let mut out = Vec::with_capacity(16);
        // A suffix counts only after a space (`Foo Group`, `Foo, Inc.`),
        // and no suffix holds a space, so no suffix match can run over
        // one: the leftmost-longest matches that follow a space are
        // exactly the longest suffixes anchored after each space. Only
        // those are tried, not the whole text.
        let bytes = text.as_bytes();
        let after_spaces = word_starts
            .iter()
            .copied()
            .filter(|&i| i > 0 && bytes[i - 1] == b' ' && self.suffixes.opens(bytes[i]));
        for at in after_spaces {
            let Some((_, end)) = self.suffixes.longest(bytes, at, bytes.len()) else {
                continue;
            };
            let m = Span::new(at, end);
            if !starts_word(text, m.start) || !ends_word(text, m.end) {
                continue;
            }
            let suffix = &text[m.range()];
            if suffix == "Group"
                && starts_with_phrase(text, skip_spaces(text, m.end), "of").is_some()
            {
                continue;
            }
            let name_end = if text[..m.start].ends_with(", ")
                && suffix.starts_with(|c: char| c.is_ascii_uppercase())
                && suffix.len() <= 5
            {
                m.start - 2
            } else if text[..m.start].ends_with(' ') {
                m.start - 1
            } else {
                continue;
            };
            // `Philadelphia Semiconductor Index`: the name goes on into
            // an institution or an index.
            let next = skip_spaces(text, m.end);
            if next > m.end && NOT_COMPANY_WORD_SET.contains(&text[next..word_end(text, next)]) {
                continue;
            }
            if let Some(name) = run_before(text, name_end) {
                if suffix == "Group" || suffix == "Groep" {
                    let last = &text[word_start(text, name.end)..name.end];
                    if NOT_GROUP_OWNERS.contains(&last) {
                        continue;
                    }
                }
                out.push(Found {
                    span: Span::new(name.start, m.end),
                    by_suffix: true,
                });
            }
        }
        let cue_kinds = match lang {
            Lang::English | Lang::Other => &self.cues[0],
            Lang::Dutch => &self.cues[1],
            Lang::French => &self.cues[2],
        };
        let tables = CueTables::of(&self.tables, cue_kinds.lang);
        for (start, end, pattern) in cues.leftmost_longest() {
            let m = Span::new(start, end);
            let kind = cue_kinds.kinds[pattern];
            let word_start_ok = match kind {
                CueKind::Before => starts_word(text, m.start),
                _ => true,
            };
            let kind = match kind {
                CueKind::BeforeInWord => CueKind::Before,
                other => other,
            };
            if !word_start_ok || !ends_word(text, m.end) {
                continue;
            }
            let name = match kind {
                CueKind::Before => {
                    // `his rival Donald Trump`: a person's, not a firm's.
                    if word_before(text, m.start)
                        .is_some_and(|(_, w)| PERSONAL.iter().any(|p| w.eq_ignore_ascii_case(p)))
                    {
                        continue;
                    }
                    let mut at = skip_spaces(text, m.end);
                    if at == m.end {
                        continue;
                    }
                    // `le géant chinois Tencent`
                    for _ in 0..2 {
                        match tables.adjectives.starts_at(text, at) {
                            Some(e) if skip_spaces(text, e) > e => at = skip_spaces(text, e),
                            _ => break,
                        }
                    }
                    run_after(text, at)
                }
                _ => {
                    if !prev_char(text, m.start).is_some_and(is_word_char) {
                        continue;
                    }
                    run_before(text, m.start)
                }
            };
            if let Some(span) = name {
                out.push(Found {
                    span,
                    by_suffix: false,
                });
            }
        }
        out
    }
}

impl Discoverer {
    /// The first bytes of the suffixes, for [`word_starts`].
    pub fn openings(&self) -> Openings {
        self.suffixes.openings()
    }
}

impl Default for Discoverer {
    fn default() -> Discoverer {
        Discoverer::new()
    }
}

/// The end of the word that starts at `i`: letters and digits, with
/// `.` `-` `&` `+` inside (`Bol.com`, `Coca-Cola`, `AT&T`). Byte by byte
/// over ASCII, character by character over the rest.
fn word_end(text: &str, i: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = i;
    while let Some(&b) = bytes.get(end) {
        let len = if b.is_ascii_alphanumeric() {
            1
        } else if b.is_ascii() {
            let inner = matches!(b, b'.' | b'-' | b'&' | b'+')
                && end > i
                && next_char(text, end + 1).is_some_and(is_word_char);
            if !inner {
                break;
            }
            1
        } else {
            match next_char(text, end) {
                Some(c) if is_word_char(c) => c.len_utf8(),
                _ => break,
            }
        };
        end += len;
    }
    end
}

/// The start of the word that ends at `i` (the mirror of [`word_end`]).
fn word_start(text: &str, i: usize) -> usize {
    let bytes = text.as_bytes();
    let mut start = i;
    // Whether the character after `start` is a letter or digit.
    let mut after_word = false;
    while let Some(&b) = start.checked_sub(1).map(|k| &bytes[k]) {
        if b.is_ascii_alphanumeric() {
            start -= 1;
            after_word = true;
        } else if b.is_ascii() {
            let inner = matches!(b, b'.' | b'-' | b'&' | b'+')
                && after_word
                && prev_char(text, start - 1).is_some_and(is_word_char);
            if !inner {
                break;
            }
            start -= 1;
            after_word = false;
        } else {
            match prev_char(text, start) {
                Some(c) if is_word_char(c) => start -= c.len_utf8(),
                _ => break,
            }
            after_word = true;
        }
    }
    start
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Capitalised words from `i` on (`NielsenIQ`, `Stop & Shop`), or `None`.
fn run_after(text: &str, i: usize) -> Option<Span> {
    // The run so far: its first and last word.
    let mut run: Option<Span> = None;
    let mut count = 0;
    let mut at = i;
    while count < MAX_WORDS {
        let e = word_end(text, at);
        let word = &text[at..e];
        if e == at || !capitalised(word) || NOT_NAME_SET.contains(word) {
            break;
        }
        if NOT_COMPANY_WORD_SET.contains(word) {
            return None;
        }
        run = Some(Span::new(run.map_or(at, |r| r.start), e));
        count += 1;
        let rest = &text[e..];
        if rest.starts_with(" & ") {
            at = e + 3;
        } else if rest.starts_with(' ') {
            at = e + 1;
        } else {
            break;
        }
    }
    let mut run = run?;
    // `N.V` read as a word keeps its final dot.
    if text[run.end..].starts_with('.')
        && SUFFIX_SET.contains(&text[word_start(text, run.end)..run.end + 1])
    {
        run.end += 1;
    }
    Some(run)
}

/// Capitalised words ending at `i` (`Ahold Delhaize` before `-topman`),
/// leading non-names dropped (`Het Ahold Delhaize`), or `None`.
fn run_before(text: &str, i: usize) -> Option<Span> {
    // The words from right to left.
    let mut words = [Span::default(); MAX_WORDS];
    let mut count = 0;
    let mut at = i;
    while count < MAX_WORDS {
        let s = word_start(text, at);
        let word = &text[s..at];
        if s == at || !capitalised(word) {
            break;
        }
        if NOT_COMPANY_WORD_SET.contains(word) {
            return None;
        }
        words[count] = Span::new(s, at);
        count += 1;
        let head = &text[..s];
        if head.ends_with(" & ") {
            at = s - 3;
        } else if head.ends_with(' ') {
            at = s - 1;
        } else {
            break;
        }
    }
    // Keep the words after the last non-name (`According to` stops the
    // run anyway; `The`, `Het`, `Monday` are dropped from its edge).
    let words = &words[..count];
    let kept = words
        .iter()
        .position(|w| NOT_NAME_SET.contains(w.slice(text)) || is_company_noun(w.slice(text)))
        .unwrap_or(count);
    let kept = &words[..kept];
    Some(Span::new(kept.last()?.start, kept.first()?.end))
}

/// A capitalised compound whose head is a company noun
/// (`IT-detacheringsbedrijf`): a description before a name, not a name.
fn is_company_noun(word: &str) -> bool {
    word.contains('-') && {
        let lower = word.to_lowercase();
        cues::COMPANY_NOUN_TAILS.iter().any(|t| lower.ends_with(t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words() {
        let t = "via Bol.com en AT&T-topman X.";
        let i = t.find("Bol").unwrap();
        assert_eq!(&t[i..word_end(t, i)], "Bol.com");
        let j = t.find("-topman").unwrap();
        assert_eq!(&t[word_start(t, j)..j], "AT&T");
        assert_eq!(word_end(t, t.len() - 2), t.len() - 1);
    }

    /// The character-by-character definitions `word_end` and
    /// `word_start` follow.
    fn word_end_by_chars(text: &str, i: usize) -> usize {
        let mut end = i;
        let mut chars = text[i..].char_indices().peekable();
        while let Some((k, c)) = chars.next() {
            let inner = matches!(c, '.' | '-' | '&' | '+')
                && chars.peek().is_some_and(|&(_, n)| is_word_char(n))
                && end > i;
            if is_word_char(c) || inner {
                end = i + k + c.len_utf8();
            } else {
                break;
            }
        }
        end
    }

    fn word_start_by_chars(text: &str, i: usize) -> usize {
        let mut start = i;
        let mut after_word = false;
        for (k, c) in text[..i].char_indices().rev() {
            let inner = matches!(c, '.' | '-' | '&' | '+')
                && after_word
                && prev_char(text, k).is_some_and(is_word_char);
            if is_word_char(c) || inner {
                start = k;
                after_word = is_word_char(c);
            } else {
                break;
            }
        }
        start
    }

    #[test]
    fn words_as_by_chars() {
        let texts = [
            "via Bol.com en AT&T-topman X. .a- -b+c K+S Group",
            "Société Générale’s L’Oréal-CEO é.é é-.é Ab..cd a&&b 3M+ 中国.com",
            "x.-y z+ +z -- .. ÉÉ.x",
        ];
        for t in texts {
            for i in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                assert_eq!(word_end(t, i), word_end_by_chars(t, i), "{t:?} {i}");
                assert_eq!(word_start(t, i), word_start_by_chars(t, i), "{t:?} {i}");
            }
        }
    }
}
