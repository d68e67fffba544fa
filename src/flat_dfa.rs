//! An `aho-corasick` DFA copied into one flat table, for the one scan that
//! reads every byte of an article: the cue phrases of company discovery
//! and of claim linking ([`crate::cue_scan`]).
//!
//! The `aho-corasick` DFA is already a table, but read through its
//! `Automaton` interface each byte costs a bounds check and reloads of the
//! table's address and limits (some 13 instructions per byte in our loop).
//! Here the states are renumbered so that one comparison tells a plain
//! state from a match state, and the table is one array whose length
//! bounds every index a state and a byte class can make, so that no step
//! needs a bounds check.
//!
//! The walk is a chain of dependent loads, so what a step costs is mostly
//! where its row is: in the first-level cache a few cycles, further out
//! many more. Transitions are therefore `u16`, and a row is as long as the
//! byte classes need (rounded up to [`SCALE`]), not a power of two: the
//! cue tables take some 130–160 KB instead of 512 KB–1 MB, which the
//! second-level cache holds with room to spare, and whose hot part (the
//! states near the start state, numbered together) stays in the first.
//!
//! The DFA reports *every* occurrence of every pattern (`aho-corasick`'s
//! standard, overlapping semantics), not the leftmost-longest ones: then
//! the occurrences in one part of the text do not depend on what comes
//! before it, and the text can be cut into pieces walked side by side
//! ([`FlatDfa::occurrences`]). The walk of one piece is a chain of
//! dependent table loads, one per byte; several independent chains in one
//! loop let the processor overlap their loads instead of waiting on each.
//!
//! The copy has the same states and transitions (renumbered) and so gives
//! the same matches.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};

/// The dead state. An unanchored DFA of the standard kind never enters
/// it; it pads the table.
const DEAD: u16 = 0;

/// A state is stored as the index of its row divided by `SCALE`: then a
/// row index up to `SCALE * u16::MAX` fits a `u16`, and the index of a
/// step, `SCALE * state + class`, is one address computation. Rows are a
/// multiple of `SCALE` long.
const SCALE: usize = 4;

/// The length of the table: above any index `SCALE * state + class` of a
/// `u16` state and a `u8` class, so that indexing needs no bounds check.
/// Only the rows of real states are ever written or read; the rest is
/// zeroed memory the system never has to map.
const TABLE_LEN: usize = SCALE * (u16::MAX as usize + 1) + 256;

/// How many pieces the text is cut into, walked side by side.
const CHAINS: usize = 4;

/// Below this many bytes per piece (or the longest pattern's length), one
/// chain walks the whole text: the pieces' overlaps would cost more than
/// the chains save.
const MIN_PIECE: usize = 64;

/// An occurrence-reporting DFA over byte classes, in one table (module
/// docs).
#[derive(Clone, Debug)]
pub struct FlatDfa {
    /// The class of each byte: bytes in no pattern share one, an ASCII
    /// letter shares its class with the other case (the patterns are
    /// matched ASCII case-insensitively), every other byte of a pattern
    /// has its own.
    classes: [u8; 256],
    /// The next state by `SCALE * state + class` (states as in
    /// [`SCALE`]), [`TABLE_LEN`] long.
    trans: Box<[u16; TABLE_LEN]>,
    /// The length of a row: the number of classes rounded up to `SCALE`.
    row_len: usize,
    start: u16,
    /// States up to this one are the dead state and the match states.
    last_special: u16,
    /// For each match state (by row): the range of its patterns in
    /// `patterns`.
    matched: Vec<(u32, u32)>,
    /// The patterns of the match states, as `(pattern, length)`, by
    /// pattern.
    patterns: Vec<(u32, u32)>,
    /// The length of the longest pattern.
    max_len: usize,
}

/// One occurrence of a pattern: where it ends (exclusive) and which.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Occurrence {
    pub end: usize,
    pub pattern: usize,
    pub len: usize,
}

impl FlatDfa {
    /// The automaton of `patterns`, matched ASCII case-insensitively,
    /// reporting every occurrence. Panics on patterns that give more than
    /// 255 byte classes, or states and classes too many for `u16`
    /// transitions (our phrase tables are far from either).
    pub fn new<P: AsRef<str>>(patterns: &[P]) -> FlatDfa {
        let dfa = DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
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
        let row_len = class_bytes.len().next_multiple_of(SCALE);

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
        // The state stored for row `row` (as in `SCALE`).
        let stored = |row: usize| {
            u16::try_from(row * row_len / SCALE).expect("the states fit u16 (FlatDfa::new)")
        };
        for (i, &s) in seen.iter().enumerate() {
            mark(&mut rows, s, u32::from(stored(i + 1)));
        }
        let number = |sid: StateID| {
            if dfa.is_dead(sid) {
                DEAD
            } else {
                rows[sid.as_usize()] as u16
            }
        };
        let mut trans: Box<[u16; TABLE_LEN]> = vec![DEAD; TABLE_LEN]
            .into_boxed_slice()
            .try_into()
            .expect("TABLE_LEN entries");
        let mut matched = vec![(0, 0); seen.len() + 1];
        let mut found = Vec::new();
        for (i, &sid) in seen.iter().enumerate() {
            let row = SCALE * usize::from(stored(i + 1));
            for (class, b) in class_bytes.iter().enumerate() {
                if let Some(b) = b {
                    trans[row + class] = number(dfa.next_state(Anchored::No, sid, *b));
                }
            }
            if dfa.is_match(sid) {
                let first = found.len() as u32;
                found.extend((0..dfa.match_len(sid)).map(|k| {
                    let pattern = dfa.match_pattern(sid, k);
                    (pattern.as_u32(), dfa.pattern_len(pattern) as u32)
                }));
                found[first as usize..].sort_unstable();
                matched[i + 1] = (first, found.len() as u32);
            }
        }
        let matches = seen.iter().filter(|&&s| dfa.is_match(s)).count();
        FlatDfa {
            classes,
            trans,
            row_len,
            start: number(start),
            last_special: stored(matches),
            matched,
            patterns: found,
            max_len: patterns.iter().map(|p| p.as_ref().len()).max().unwrap_or(0),
        }
    }

    /// Every occurrence of every pattern in `bytes`, handed to `found` in
    /// no particular order.
    ///
    /// The text is cut into [`CHAINS`] pieces, walked side by side (module
    /// docs). A piece's walk starts `max_len - 1` bytes before the piece,
    /// so that it sees every occurrence that ends in the piece, and keeps
    /// only those.
    pub fn occurrences(&self, bytes: &[u8], found: impl FnMut(Occurrence)) {
        let piece = bytes.len().div_ceil(CHAINS);
        if piece < MIN_PIECE.max(self.max_len) {
            self.walk_pieces::<1>(bytes, bytes.len().max(1), found);
        } else {
            self.walk_pieces::<CHAINS>(bytes, piece, found);
        }
    }

    /// [`FlatDfa::occurrences`] with `N` pieces of `piece` bytes (the last
    /// ones shorter or empty), `N * piece >= bytes.len()`.
    fn walk_pieces<const N: usize>(
        &self,
        bytes: &[u8],
        piece: usize,
        mut found: impl FnMut(Occurrence),
    ) {
        // A `u16` state and a `u8` class index the table in bounds
        // (`TABLE_LEN`).
        let trans: &[u16; TABLE_LEN] = &self.trans;
        let last_special = usize::from(self.last_special);
        let step = |state: usize, b: u8| {
            usize::from(trans[SCALE * state + usize::from(self.classes[usize::from(b)])])
        };
        let overlap = self.max_len.saturating_sub(1);
        // Per chain: where the piece starts (occurrences ending after it
        // are kept), where the walk starts and where it stops.
        let keep_from: [usize; N] = std::array::from_fn(|i| (i * piece).min(bytes.len()));
        let from: [usize; N] = std::array::from_fn(|i| keep_from[i].saturating_sub(overlap));
        let stop: [usize; N] = std::array::from_fn(|i| ((i + 1) * piece).min(bytes.len()));
        let mut state = [usize::from(self.start); N];
        // The steps every chain takes, all chains in one loop, over
        // slices of one length (no bounds checks).
        let common = (0..N).map(|i| stop[i] - from[i]).min().unwrap_or(0);
        let walked: [&[u8]; N] = std::array::from_fn(|i| &bytes[from[i]..][..common]);
        // `k` indexes all the slices at once.
        #[allow(clippy::needless_range_loop)]
        for k in 0..common {
            for i in 0..N {
                state[i] = step(state[i], walked[i][k]);
                if state[i] <= last_special {
                    self.note(state[i], from[i] + k + 1, keep_from[i], &mut found);
                }
            }
        }
        // The rest of each chain.
        for i in 0..N {
            for (k, &b) in bytes[from[i] + common..stop[i]].iter().enumerate() {
                state[i] = step(state[i], b);
                if state[i] <= last_special {
                    self.note(state[i], from[i] + common + k + 1, keep_from[i], &mut found);
                }
            }
        }
    }

    /// The occurrences of the patterns of `state`, a special state reached
    /// at `end`, when they end after `keep_from`. Out of line, so that the
    /// walk's loop keeps its registers for the walk.
    #[cold]
    #[inline(never)]
    fn note(&self, state: usize, end: usize, keep_from: usize, found: &mut impl FnMut(Occurrence)) {
        if state != usize::from(DEAD) && end > keep_from {
            let (from, to) = self.matched[state * SCALE / self.row_len];
            for &(pattern, len) in &self.patterns[from as usize..to as usize] {
                found(Occurrence {
                    end,
                    pattern: pattern as usize,
                    len: len as usize,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasick;

    const PATTERNS: &[&str] = &[
        "bank",
        "Bank",
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
        "b",
    ];

    const TEXTS: &[&str] = &[
        "Investment Bank of X, a unit of Y; the BRANDS of Acme's CEO Acme’s ceo",
        "thebrandbank investment banker INVESTMENT BANK-CEO la Société Générale",
        "l’opérateur Orange, l'opérateur SFR, windenergiebedrijf Virya, bedrijfje",
        "bankbankbank brandthe brand, a unit ofbank  , a unit o",
        "",
        "b",
    ];

    /// The occurrences `aho-corasick` reports, sorted.
    fn expected(text: &str) -> Vec<Occurrence> {
        let searcher = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .build(PATTERNS)
            .unwrap();
        let mut found: Vec<Occurrence> = searcher
            .find_overlapping_iter(text)
            .map(|m| Occurrence {
                end: m.end(),
                pattern: m.pattern().as_usize(),
                len: m.len(),
            })
            .collect();
        found.sort_unstable();
        found
    }

    fn sorted(mut found: Vec<Occurrence>) -> Vec<Occurrence> {
        found.sort_unstable();
        found
    }

    #[test]
    fn same_occurrences_as_aho_corasick() {
        let flat = FlatDfa::new(PATTERNS);
        let long = TEXTS.concat().repeat(3);
        for text in TEXTS.iter().copied().chain([long.as_str()]) {
            let mut found = Vec::new();
            flat.occurrences(text.as_bytes(), |o| found.push(o));
            assert_eq!(sorted(found), expected(text), "{text:?}");
        }
    }

    /// Phrases as many and as varied as the cue tables (some two
    /// thousand states, byte classes not a multiple of `SCALE`, states
    /// stored up to the thousands), on a text of their fragments.
    #[test]
    fn same_occurrences_with_cue_sized_tables() {
        let syllables = [
            "ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo", "mu", "na", "pé", "qu", "ro",
            "sa", "té", "vi", "wo", "xu", "yé", "zè", " ", "-", "’", "'s", "ç", ",",
        ];
        // Deterministic "random" phrases of two to five syllables.
        let mut seed = 7u32;
        let mut next = || {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) as usize
        };
        let patterns: Vec<String> = (0..600)
            .map(|_| {
                (0..2 + next() % 4)
                    .map(|_| syllables[next() % syllables.len()])
                    .collect()
            })
            .collect();
        let text: String = (0..4000)
            .map(|_| syllables[next() % syllables.len()])
            .collect();
        let flat = FlatDfa::new(&patterns);
        assert!(flat.row_len.is_multiple_of(SCALE) && flat.row_len > 30);
        assert!(flat.matched.len() > 1500, "{} states", flat.matched.len());
        let searcher = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .build(&patterns)
            .unwrap();
        let want: Vec<Occurrence> = sorted(
            searcher
                .find_overlapping_iter(&text)
                .map(|m| Occurrence {
                    end: m.end(),
                    pattern: m.pattern().as_usize(),
                    len: m.len(),
                })
                .collect(),
        );
        assert!(want.len() > 100);
        let mut found = Vec::new();
        flat.occurrences(text.as_bytes(), |o| found.push(o));
        assert_eq!(sorted(found), want);
    }

    /// Pieces of every size, the occurrences straddling their borders
    /// included.
    #[test]
    fn same_occurrences_in_pieces_of_any_size() {
        let flat = FlatDfa::new(PATTERNS);
        let text = TEXTS.concat();
        let bytes = text.as_bytes();
        let want = expected(&text);
        for piece in 1..=bytes.len() {
            let mut found = Vec::new();
            if 2 * piece >= bytes.len() {
                flat.walk_pieces::<2>(bytes, piece, |o| found.push(o));
                assert_eq!(sorted(found), want, "2 pieces of {piece}");
            }
            let mut found = Vec::new();
            if 3 * piece >= bytes.len() {
                flat.walk_pieces::<3>(bytes, piece, |o| found.push(o));
                assert_eq!(sorted(found), want, "3 pieces of {piece}");
            }
            let mut found = Vec::new();
            if 4 * piece >= bytes.len() {
                flat.walk_pieces::<4>(bytes, piece, |o| found.push(o));
                assert_eq!(sorted(found), want, "4 pieces of {piece}");
            }
        }
    }
}
