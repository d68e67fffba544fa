//! Finding the phrases of [`super::tables`] in a sentence: one
//! leftmost-longest automaton per language ([`FlatDfa`]), built once. Every
//! sentence the linker reads is searched, so the automaton is a flat table
//! walked by a loop of our own rather than `aho-corasick`'s generic search.

use super::tables::{table, Cue};
use crate::flat_dfa::FlatDfa;
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

struct Automaton {
    /// Every phrase, ASCII case-insensitive, leftmost-longest.
    dfa: FlatDfa,
    phrases: Vec<Phrase>,
}

/// The phrase finders of every language.
pub struct CueFinder {
    english: Automaton,
    dutch: Automaton,
    french: Automaton,
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

fn automaton(lang: Lang) -> Automaton {
    let mut patterns = Vec::new();
    let mut phrases = Vec::new();
    for &(phrase, cue) in table(lang).phrases {
        let inside_word = phrase.starts_with('*');
        let open_end = phrase.ends_with('*');
        patterns.push(phrase.trim_matches('*'));
        phrases.push(Phrase {
            cue,
            inside_word,
            open_end,
        });
    }
    let dfa = FlatDfa::new(&patterns);
    Automaton { dfa, phrases }
}

impl CueFinder {
    pub fn new() -> CueFinder {
        CueFinder {
            english: automaton(Lang::English),
            dutch: automaton(Lang::Dutch),
            french: automaton(Lang::French),
        }
    }

    /// The phrases within `within` (byte offsets into `text`), in order.
    pub fn find(&self, text: &str, within: Span, lang: Lang) -> Vec<CueMatch> {
        let mut found = Vec::new();
        self.find_into(text, within, lang, &mut found);
        found
    }

    /// [`CueFinder::find`], adding the phrases to `found`.
    pub fn find_into(&self, text: &str, within: Span, lang: Lang, found: &mut Vec<CueMatch>) {
        let automaton = match lang {
            Lang::Dutch => &self.dutch,
            Lang::French => &self.french,
            Lang::English | Lang::Other => &self.english,
        };
        let haystack = within.slice(text);
        let mut from = 0;
        while let Some((start, end, pattern)) = automaton.dfa.find(haystack.as_bytes(), from) {
            from = end;
            let phrase = automaton.phrases[pattern];
            let before = haystack[..start].chars().next_back();
            let after = haystack[end..].chars().next();
            let starts_word = !before.is_some_and(char::is_alphanumeric);
            let ends_word = !after.is_some_and(char::is_alphanumeric);
            if (starts_word || phrase.inside_word) && (ends_word || phrase.open_end) {
                found.push(CueMatch {
                    span: Span::new(within.start + start, within.start + end),
                    cue: phrase.cue,
                });
            }
        }
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
