//! An `aho-corasick` DFA copied into one flat table, for the scans that
//! read every byte of the text: the cue phrases of company discovery (the
//! whole article) and of claim linking (every sentence read).
//!
//! The `aho-corasick` DFA is already a table, but read through its
//! `Automaton` interface each byte costs a bounds check and reloads of the
//! table's address and limits (some 13 instructions per byte in our loop).
//! Here the states are renumbered so that one comparison tells a plain
//! state from the dead one and the match states, rows are a power of two
//! long and the table too, so that an index masked to its length needs no
//! bounds check.
//!
//! The copy has the same states and transitions (renumbered) and so gives
//! the same matches: leftmost-longest here, the last match state seen
//! before the dead state.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};

/// The dead state: no match can grow any more.
const DEAD: u32 = 0;

/// A leftmost-longest DFA over byte classes, in one table (module docs).
#[derive(Clone, Debug)]
pub struct FlatDfa {
    /// The class of each byte: bytes in no pattern share one, an ASCII
    /// letter shares its class with the other case (the patterns are
    /// matched ASCII case-insensitively), every other byte of a pattern
    /// has its own.
    classes: [u8; 256],
    /// The next state by `state + class`; states are premultiplied by the
    /// row length, `1 << shift`. Padded to a power of two with dead states.
    trans: Vec<u32>,
    shift: u32,
    start: u32,
    /// States up to this one are the dead state and the match states.
    last_special: u32,
    /// For each match state (by `state >> shift`): its pattern and the
    /// pattern's length.
    matched: Vec<(u32, u32)>,
}

impl FlatDfa {
    /// The automaton of `patterns`, matched ASCII case-insensitively,
    /// leftmost-longest. Panics on patterns that give more than 255 byte
    /// classes (our phrase tables are far from it).
    pub fn new<P: AsRef<str>>(patterns: &[P]) -> FlatDfa {
        let dfa = DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Unanchored)
            .prefilter(false)
            .build(patterns.iter().map(AsRef::as_ref))
            .expect("phrases build an automaton");
        FlatDfa::copy(&dfa, patterns)
    }

    /// The copy of `dfa`, built as in [`FlatDfa::new`] from `patterns`.
    fn copy<P: AsRef<str>>(dfa: &DFA, patterns: &[P]) -> FlatDfa {
        // Byte classes from the patterns (module docs of `classes`).
        let mut classes = [0u8; 256];
        let mut class_of_folded = [0u8; 256];
        // Class 0: the bytes of no pattern; a representative byte for it.
        let mut representatives: Vec<u8> = Vec::new();
        for p in patterns {
            for b in p.as_ref().bytes() {
                let folded = b.to_ascii_lowercase() as usize;
                if class_of_folded[folded] == 0 {
                    class_of_folded[folded] = u8::try_from(representatives.len() + 1)
                        .expect("at most 255 byte classes (FlatDfa::new)");
                    representatives.push(b);
                }
            }
        }
        let unused = (0..=255u8).find(|&b| class_of_folded[b.to_ascii_lowercase() as usize] == 0);
        let mut class_bytes: Vec<Option<u8>> = vec![unused];
        class_bytes.extend(representatives.iter().map(|&b| Some(b)));
        for b in 0..=255u8 {
            classes[b as usize] = class_of_folded[b.to_ascii_lowercase() as usize];
        }
        let shift = class_bytes.len().next_power_of_two().trailing_zeros();

        // The reachable states, numbered dead first, then the match
        // states, then the others.
        let start = dfa.start_state(Anchored::No).expect("unanchored DFA");
        let mut seen: Vec<StateID> = vec![start];
        // The row of each state seen, by its `aho-corasick` ID (an index
        // into that DFA's table, so below its size): `NONE` for those not
        // seen yet.
        const NONE: u32 = u32::MAX;
        let mut rows: Vec<u32> = vec![NONE; dfa.memory_usage() / 4];
        let mark = |rows: &mut Vec<u32>, sid: StateID, row: u32| {
            if sid.as_usize() >= rows.len() {
                rows.resize(sid.as_usize() + 1, NONE);
            }
            std::mem::replace(&mut rows[sid.as_usize()], row) == NONE
        };
        mark(&mut rows, start, 0);
        let mut k = 0;
        while k < seen.len() {
            let sid = seen[k];
            k += 1;
            if dfa.is_dead(sid) {
                continue;
            }
            for &b in class_bytes.iter().flatten() {
                let next = dfa.next_state(Anchored::No, sid, b);
                if mark(&mut rows, next, 0) {
                    seen.push(next);
                }
            }
        }
        // The dead state is row 0, even when no text can reach it.
        seen.retain(|&s| !dfa.is_dead(s));
        seen.sort_by_key(|&s| !dfa.is_match(s));
        for (i, &s) in seen.iter().enumerate() {
            mark(&mut rows, s, (i as u32 + 1) << shift);
        }
        let number = |sid: StateID| {
            if dfa.is_dead(sid) {
                DEAD
            } else {
                rows[sid.as_usize()]
            }
        };
        let mut trans = vec![DEAD; ((seen.len() + 1) << shift).next_power_of_two()];
        let mut matched = vec![(0, 0); seen.len() + 1];
        for (i, &sid) in seen.iter().enumerate() {
            let row = (i + 1) << shift;
            for (class, b) in class_bytes.iter().enumerate() {
                if let Some(b) = b {
                    trans[row + class] = number(dfa.next_state(Anchored::No, sid, *b));
                }
            }
            if dfa.is_match(sid) {
                let pattern = dfa.match_pattern(sid, 0);
                matched[i + 1] = (pattern.as_u32(), dfa.pattern_len(pattern) as u32);
            }
        }
        let matches = seen.iter().filter(|&&s| dfa.is_match(s)).count();
        FlatDfa {
            classes,
            trans,
            shift,
            start: number(start),
            last_special: (matches as u32) << shift,
            matched,
        }
    }

    /// The leftmost-longest match in `bytes[pos..]` as `(start, end,
    /// pattern)`: the last match state seen before the dead state.
    pub fn find(&self, bytes: &[u8], pos: usize) -> Option<(usize, usize, usize)> {
        let mask = self.trans.len() - 1;
        let last_special = self.last_special as usize;
        let step = |state: usize, b: u8| {
            self.trans[(state + self.classes[b as usize] as usize) & mask] as usize
        };
        let mut state = self.start as usize;
        // The last match state seen and the offset after it (0: none).
        let (mut found, mut found_end) = (DEAD as usize, 0);
        let mut at = pos;
        while at < bytes.len() {
            // Eight bytes at a time while the states stay plain (most of
            // the text), then the byte that leads to a special state.
            if let Some(chunk) = bytes.get(at..at + 8) {
                let plain = chunk
                    .iter()
                    .take_while(|&&b| {
                        let next = step(state, b);
                        let is_plain = next > last_special;
                        if is_plain {
                            state = next;
                        }
                        is_plain
                    })
                    .count();
                at += plain;
                if plain == chunk.len() {
                    continue;
                }
            }
            state = step(state, bytes[at]);
            at += 1;
            if state <= last_special {
                if state == DEAD as usize {
                    break;
                }
                (found, found_end) = (state, at);
            }
        }
        if found_end == 0 {
            return None;
        }
        let (pattern, len) = self.matched[found >> self.shift];
        Some((found_end - len as usize, found_end, pattern as usize))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasick;

    /// The matches of `FlatDfa::find`, one after the other.
    fn all_matches(flat: &FlatDfa, text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some(m) = flat.find(text.as_bytes(), pos) {
            out.push(m);
            pos = m.1;
        }
        out
    }

    #[test]
    fn same_matches_as_aho_corasick() {
        let patterns: Vec<String> = [
            "bank",
            "investment bank",
            "the brand",
            "brand",
            "-ceo",
            "'s ceo",
            "’s ceo",
            ", a unit of",
            "société",
            "l’opérateur",
            "bedrijf",
        ]
        .iter()
        .map(|p| p.to_string())
        .collect();
        let flat = FlatDfa::new(&patterns);
        let searcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&patterns)
            .unwrap();
        let texts = [
            "Investment Bank of X, a unit of Y; the BRANDS of Acme's CEO Acme’s ceo",
            "thebrandbank investment banker INVESTMENT BANK-CEO la Société Générale",
            "l’opérateur Orange, l'opérateur SFR, windenergiebedrijf Virya, bedrijfje",
            "bankbankbank brandthe brand, a unit ofbank  , a unit o",
            "",
            "b",
        ];
        for text in texts {
            let expected: Vec<(usize, usize, usize)> = searcher
                .find_iter(text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            assert_eq!(all_matches(&flat, text), expected, "{text:?}");
        }
    }
}
