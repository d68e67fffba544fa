//! The cue phrases of company discovery (`research firm`, `-topman`,
//! `'s CEO`) and of claim linking (`revenue`, `according to`), found in
//! one walk over each article.
//!
//! Both sets of phrases are searched leftmost-longest: from a position on,
//! the occurrence that starts first, the longest of those, then the next
//! one from its end on. Discovery searches the whole article, the linker
//! each sentence it reads, which in dense news is most of the text. Two
//! searches, each a chain of dependent table loads (one per byte), were
//! some 15 % of the run time.
//!
//! Here one automaton per language holds both sets and reports *every*
//! occurrence ([`FlatDfa`]); the article is walked once, in pieces side by
//! side. The leftmost-longest matches are then picked from the
//! occurrences, per set, by the rule above ([`CueOccurrences`]). For a
//! sentence, only the occurrences wholly inside it take part: exactly what
//! a search of the sentence alone finds, as an occurrence does not depend
//! on the text around it.
//!
//! What each phrase means stays with its user: the pattern lists come
//! from [`crate::companies`] and [`crate::claims::cues`], in their order,
//! and the occurrences are reported by index into each list.

use std::sync::LazyLock;

use crate::flat_dfa::{FlatDfa, Occurrence};
use crate::language::{counts_as_calque, Lang, FRENCH_CALQUES};
use crate::span::Span;

/// The automaton of one language: the discovery cues, the claim cues,
/// and in English the phrases French calques into English.
#[derive(Debug)]
struct LanguageCues {
    dfa: FlatDfa,
    /// The index of the first claim cue among the patterns.
    claims_from: usize,
    /// The index of the first calque (the pattern count when none).
    calques_from: usize,
}

impl LanguageCues {
    fn new(lang: Lang) -> LanguageCues {
        let mut patterns = crate::companies::discovery_cue_patterns(lang);
        let claims_from = patterns.len();
        patterns.extend(crate::claims::cues::patterns(lang).map(String::from));
        let calques_from = patterns.len();
        if lang == Lang::English {
            patterns.extend(FRENCH_CALQUES.iter().map(|p| p.to_string()));
        }
        assert!(
            patterns.len() <= usize::from(u16::MAX) && patterns.iter().all(|p| p.len() < 0xffff),
            "cue tables fit the packed occurrences"
        );
        LanguageCues {
            dfa: FlatDfa::new(&patterns),
            claims_from,
            calques_from,
        }
    }
}

/// The cue automata of every language, built once.
#[derive(Debug)]
pub(crate) struct CueScanner {
    english: LanguageCues,
    dutch: LanguageCues,
    french: LanguageCues,
}

impl CueScanner {
    /// The scanner, built on first use (or when [`CueScanner::build`]
    /// runs at start-up).
    pub fn shared() -> &'static CueScanner {
        static SCANNER: LazyLock<CueScanner> = LazyLock::new(|| CueScanner {
            english: LanguageCues::new(Lang::English),
            dutch: LanguageCues::new(Lang::Dutch),
            french: LanguageCues::new(Lang::French),
        });
        &SCANNER
    }

    /// Builds the shared scanner now.
    pub fn build() {
        CueScanner::shared();
    }

    /// The cue occurrences of `text`, an article in `lang`.
    pub fn scan(&self, text: &str, lang: Lang) -> ArticleCues {
        let cues = match lang {
            Lang::Dutch => &self.dutch,
            Lang::French => &self.french,
            Lang::English | Lang::Other => &self.english,
        };
        // Dense news has a claim cue every 60 bytes or so.
        let (mut companies, mut claims) = (Vec::new(), Vec::with_capacity(text.len() / 32));
        let mut calques = Calques::default();
        cues.dfa.occurrences(text.as_bytes(), |o| {
            if o.pattern < cues.claims_from {
                companies.push(pack(o, 0));
            } else if o.pattern < cues.calques_from {
                claims.push(pack(o, cues.claims_from));
            } else {
                calques.note(text, o.end - o.len, o.pattern - cues.calques_from);
            }
        });
        ArticleCues {
            companies: CueOccurrences::sorted(companies),
            claims: CueOccurrences::sorted(claims),
            calques,
        }
    }
}

/// The cue occurrences of one article: of the discovery cues and of the
/// claim cues, each by index into its own list.
#[derive(Clone, Debug, Default)]
pub(crate) struct ArticleCues {
    pub companies: CueOccurrences,
    pub claims: CueOccurrences,
    /// In English, the calques of [`crate::language`] found.
    pub calques: Calques,
}

/// Which French calques an English article holds at a word start (each
/// kind counts once as a trace of translation).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Calques {
    /// Bit `i`: calque `i` of `FRENCH_CALQUES`.
    seen: u64,
}

impl Calques {
    fn note(&mut self, text: &str, start: usize, calque: usize) {
        if counts_as_calque(text, start) {
            self.seen |= 1 << calque;
        }
    }

    /// How many different calques were found.
    pub fn kinds(self) -> usize {
        self.seen.count_ones() as usize
    }
}

/// The occurrences of one set of phrases, ordered as the leftmost-longest
/// rule prefers them: by start, then longest first, then by pattern (of
/// two equal phrases, the first listed wins). Each is packed in a `u64`,
/// start, `u16::MAX - length` and pattern from the high bits down, so
/// that this order is the order of the numbers.
#[derive(Clone, Debug, Default)]
pub(crate) struct CueOccurrences {
    sorted: Vec<u64>,
}

/// A leftmost-longest match: `(start, end, pattern)`.
pub(crate) type CueMatch = (usize, usize, usize);

fn pack(o: Occurrence, first_pattern: usize) -> u64 {
    let start = (o.end - o.len) as u64;
    debug_assert!(start < 1 << 32, "an article under 4 GB");
    (start << 32) | ((0xffff - o.len as u64) << 16) | (o.pattern - first_pattern) as u64
}

fn unpack(packed: u64) -> CueMatch {
    let start = (packed >> 32) as usize;
    let len = 0xffff - ((packed >> 16) & 0xffff) as usize;
    (start, start + len, (packed & 0xffff) as usize)
}

impl CueOccurrences {
    fn sorted(mut packed: Vec<u64>) -> CueOccurrences {
        packed.sort_unstable();
        CueOccurrences { sorted: packed }
    }

    /// The leftmost-longest matches over the whole text, in order: what
    /// `AhoCorasick::find_iter` reports with `MatchKind::LeftmostLongest`.
    pub fn leftmost_longest(&self) -> impl Iterator<Item = CueMatch> + '_ {
        let mut from = 0;
        self.sorted
            .iter()
            .map(|&p| unpack(p))
            .filter(move |&(start, end, _)| {
                let next = start >= from;
                if next {
                    from = end;
                }
                next
            })
    }

    /// The leftmost-longest matches of a search of the text at `within`
    /// alone, in order, with offsets into the whole text.
    pub fn leftmost_longest_in(&self, within: Span) -> impl Iterator<Item = CueMatch> + '_ {
        let first = self
            .sorted
            .partition_point(|&p| ((p >> 32) as usize) < within.start);
        let mut from = within.start;
        self.sorted[first..]
            .iter()
            .map(|&p| unpack(p))
            .take_while(move |&(start, _, _)| start < within.end)
            .filter(move |&(start, end, _)| {
                let next = start >= from && end <= within.end;
                if next {
                    from = end;
                }
                next
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};
    use proptest::prelude::*;

    /// Phrases that share prefixes, suffixes and middles, with a
    /// duplicate in another case.
    const PATTERNS: &[&str] = &[
        "bank",
        "investment bank",
        "the brand",
        "brand",
        "-ceo",
        "'s ceo",
        "’s ceo",
        ", a unit",
        ", a unit of",
        "unit",
        "société",
        "l’opérateur",
        "an",
        "BANK",
        "b",
    ];

    fn occurrences(text: &str) -> CueOccurrences {
        let mut all = Vec::new();
        FlatDfa::new(PATTERNS).occurrences(text.as_bytes(), |o| all.push(pack(o, 0)));
        CueOccurrences::sorted(all)
    }

    fn searched(text: &str) -> Vec<CueMatch> {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(PATTERNS)
            .unwrap()
            .find_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }

    /// The leftmost-longest matches of the whole text and of a part of it
    /// as `aho-corasick` finds them; `cut` picks the part's ends.
    fn check(text: &str, cut: (usize, usize)) -> Result<(), TestCaseError> {
        let found = occurrences(text);
        prop_assert_eq!(found.leftmost_longest().collect::<Vec<_>>(), searched(text));
        let boundaries: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        let (a, b) = (
            boundaries[cut.0 % boundaries.len()],
            boundaries[cut.1 % boundaries.len()],
        );
        let within = Span::new(a.min(b), a.max(b));
        let in_part: Vec<CueMatch> = searched(within.slice(text))
            .into_iter()
            .map(|(s, e, p)| (s + within.start, e + within.start, p))
            .collect();
        prop_assert_eq!(
            found.leftmost_longest_in(within).collect::<Vec<_>>(),
            in_part
        );
        Ok(())
    }

    #[test]
    fn leftmost_longest_as_aho_corasick() {
        let text = "Investment Bank of X, a unit of Y; the BRANDS of Acme's CEO, a unit ";
        for a in 0..text.len() {
            for b in a..=text.len() {
                check(text, (a, b)).unwrap();
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn leftmost_longest_as_aho_corasick_on_fragments(
            fragments in prop::collection::vec(
                prop::sample::select(&[
                    "b", "an", "k", "ank", "investment ", "Invest", "the ", "br", "and",
                    "-", "ceo", "'s ", "’s", " ", ", ", "a ", "unit", " of", "soc", "iété",
                    "l’op", "érateur", "BANK", "x", "é",
                ][..]),
                0..40,
            ),
            cut in (0usize..400, 0usize..400),
        ) {
            check(&fragments.concat(), cut)?;
        }
    }

    /// The calques the shared walk finds, counted once per kind and only
    /// at word starts, and the answer of `translated_from` they give.
    #[test]
    fn calques_of_the_walk() {
        use crate::language::translated_from;
        let texts = [
            // Two kinds of calque.
            (
                "As a reminder, revenue rose. It should be noted that it fell.",
                Some("fr"),
            ),
            // One kind, twice.
            ("As a reminder, revenue rose. As a reminder, it fell.", None),
            // `recall that` inside a word does not count; one calque and
            // a space before `%`.
            ("Precall that: a reminder. The latter rose 5 %.", Some("fr")),
            (
                "The businesswoman, the latter, said that is to say nothing.",
                Some("fr"),
            ),
            (
                "Read also: the action rose. Knowing that it fell.",
                Some("fr"),
            ),
            // One calque and `$ 5`.
            (
                "Revenue rose $ 5 billion, at the level of the group.",
                Some("fr"),
            ),
            ("Nothing French here, only $5 billion and 3% growth.", None),
            ("", None),
        ];
        for (text, expected) in texts {
            assert_eq!(translated_from(text), expected, "{text:?}");
        }
        let texts: Vec<&str> = texts.iter().map(|&(text, _)| text).collect();
        let scan = CueScanner::shared().scan(texts[0], Lang::English);
        assert_eq!(scan.calques.kinds(), 2);
        let scan = CueScanner::shared().scan(texts[1], Lang::English);
        assert_eq!(scan.calques.kinds(), 1);
        // Dutch and French articles look for none.
        let scan = CueScanner::shared().scan(texts[0], Lang::Dutch);
        assert_eq!(scan.calques.kinds(), 0);
    }
}
