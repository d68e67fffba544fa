//! Finding the phrases of [`super::tables`] in a sentence: one
//! `aho-corasick` DFA per language, built once, walked by a loop of our own.

use aho_corasick::automaton::Automaton as _;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};

use super::tables::{table, Cue};
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
    /// Every phrase, ASCII case-insensitive, leftmost-longest, with no
    /// prefilter: most bytes of a sentence could start a phrase.
    dfa: DFA,
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
    let dfa = DFA::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Unanchored)
        .prefilter(false)
        .build(&patterns)
        .expect("cue phrases build an automaton");
    Automaton { dfa, phrases }
}

impl Automaton {
    /// The leftmost-longest match in `haystack` from `from` on, as
    /// `(start, end, pattern)`: what `AhoCorasick::find_iter` reports with
    /// these settings. The DFA is walked in a loop of our own: the generic
    /// search of `aho-corasick` costs several times as much per byte, and
    /// every sentence read is searched.
    fn next_match(&self, haystack: &[u8], from: usize) -> Option<(usize, usize, usize)> {
        let dfa = &self.dfa;
        let mut sid = dfa.start_state(Anchored::No).expect("unanchored DFA");
        let mut found = None;
        let mut at = from;
        // The last match state seen before the DFA dies.
        while let Some(&b) = haystack.get(at) {
            sid = dfa.next_state(Anchored::No, sid, b);
            at += 1;
            if dfa.is_special(sid) {
                if dfa.is_dead(sid) {
                    break;
                }
                if dfa.is_match(sid) {
                    let pattern = dfa.match_pattern(sid, 0);
                    found = Some((at - dfa.pattern_len(pattern), at, pattern.as_usize()));
                }
            }
        }
        found
    }
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
        while let Some((start, end, pattern)) = automaton.next_match(haystack.as_bytes(), from) {
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
