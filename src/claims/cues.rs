//! Finding the phrases of [`super::tables`] in a sentence. Every sentence
//! the linker reads is searched, most of the text in dense news, so the
//! phrases are not searched sentence by sentence: the crate's `cue_scan`
//! finds every occurrence in the article in one walk, with the company
//! cues, and `CueFinder::find_into` picks a sentence's leftmost-longest
//! matches from them, as a search of the sentence alone would find.

use super::tables::{table, Cue};
use crate::cue_scan::{CueOccurrences, CueScanner};
use crate::language::Lang;
use crate::span::Span;

/// A phrase found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueMatch {
    pub span: Span,
    pub cue: Cue,
}

/// How one phrase may sit in the text.
#[derive(Clone, Copy, Debug)]
struct Phrase {
    cue: Cue,
    /// May end a compound word (`*omzet`).
    inside_word: bool,
    /// May go on with more letters (`revenue*`).
    open_end: bool,
}

/// The phrases of every language, by pattern (see `patterns`).
pub struct CueFinder {
    english: Vec<Phrase>,
    dutch: Vec<Phrase>,
    french: Vec<Phrase>,
}

impl Default for CueFinder {
    fn default() -> CueFinder {
        CueFinder::new()
    }
}

impl std::fmt::Debug for CueFinder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CueFinder")
    }
}

/// The phrases of `lang` as patterns, `*` marks left out: what
/// [`CueFinder::find_into`] expects found, ASCII case-insensitive, in its
/// [`CueOccurrences`].
pub(crate) fn patterns(lang: Lang) -> impl Iterator<Item = &'static str> {
    table(lang)
        .phrases
        .iter()
        .map(|&(phrase, _)| phrase.trim_matches('*'))
}

fn phrases(lang: Lang) -> Vec<Phrase> {
    table(lang)
        .phrases
        .iter()
        .map(|&(phrase, cue)| Phrase {
            cue,
            inside_word: phrase.starts_with('*'),
            open_end: phrase.ends_with('*'),
        })
        .collect()
}

impl CueFinder {
    pub fn new() -> CueFinder {
        CueFinder {
            english: phrases(Lang::English),
            dutch: phrases(Lang::Dutch),
            french: phrases(Lang::French),
        }
    }

    /// The phrases within `within` (byte offsets into `text`), in order.
    pub fn find(&self, text: &str, within: Span, lang: Lang) -> Vec<CueMatch> {
        let cues = CueScanner::shared().scan(text, lang);
        let mut found = Vec::new();
        self.find_into(text, within, lang, &cues.claims, &mut found);
        found
    }

    /// [`CueFinder::find`], adding the phrases to `found`, picked from
    /// `occurrences`, those of the [`patterns`] of `lang` in `text`.
    pub(crate) fn find_into(
        &self,
        text: &str,
        within: Span,
        lang: Lang,
        occurrences: &CueOccurrences,
        found: &mut Vec<CueMatch>,
    ) {
        let phrases = match lang {
            Lang::Dutch => &self.dutch,
            Lang::French => &self.french,
            Lang::English | Lang::Other => &self.english,
        };
        // The words around a phrase are looked at within the sentence
        // only, as in a search of the sentence alone.
        let haystack = within.slice(text);
        for (start, end, pattern) in occurrences.leftmost_longest_in(within) {
            let (start, end) = (start - within.start, end - within.start);
            let phrase = phrases[pattern];
            let starts_word = !alphanumeric_before(haystack, start);
            let ends_word = !alphanumeric_at(haystack, end);
            if (starts_word || phrase.inside_word) && (ends_word || phrase.open_end) {
                found.push(CueMatch {
                    span: Span::new(within.start + start, within.start + end),
                    cue: phrase.cue,
                });
            }
        }
    }
}

/// Whether the character of `text` that ends at byte `at` is alphanumeric:
/// an ASCII test for an ASCII byte, the Unicode one otherwise.
fn alphanumeric_before(text: &str, at: usize) -> bool {
    match text.as_bytes()[..at].last() {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        _ => text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric),
    }
}

/// Whether the character of `text` that starts at byte `at` is
/// alphanumeric, as [`alphanumeric_before`].
fn alphanumeric_at(text: &str, at: usize) -> bool {
    match text.as_bytes().get(at) {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        _ => text[at..].chars().next().is_some_and(char::is_alphanumeric),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(text: &str, lang: Lang) -> Vec<(&str, Cue)> {
        CueFinder::new()
            .find(text, Span::new(0, text.len()), lang)
            .into_iter()
            .map(|m| (m.span.slice(text), m.cue))
            .collect()
    }

    #[test]
    fn word_starts_stems_and_compounds() {
        assert_eq!(
            cues("Revenues rose; the Share Price fell", Lang::English),
            vec![
                ("Revenue", Cue::Revenue),
                ("rose", Cue::Growth),
                ("Share Price", Cue::SharePrice),
                ("fell", Cue::Growth)
            ]
        );
        // No `up` inside `setup`, no `share` inside `shareholders`.
        assert_eq!(cues("the setup for shareholders", Lang::English), vec![]);
        assert_eq!(
            cues("de kwartaalomzet en het marktaandeel", Lang::Dutch),
            vec![("omzet", Cue::Revenue), ("marktaandeel", Cue::MarketShare)]
        );
        assert_eq!(
            cues("son bénéfice net par action", Lang::French),
            vec![("bénéfice", Cue::Profit), ("par action", Cue::Neutral)]
        );
        assert_eq!(
            cues("au cours des trois prochaines années", Lang::French),
            vec![("au cours d", Cue::Neutral)]
        );
    }
}
