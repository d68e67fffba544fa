//! An anchored trie: the patterns that start at a given offset of a text,
//! longest first.
//!
//! Gazetteer names and legal suffixes are only looked up where a word
//! starts, never searched for in the whole text, so all they need is a
//! trie walk from that offset: no failure links, no DFA. An
//! `aho-corasick` DFA over the ~10,000 gazetteer spellings took ~0.3 s to
//! build and answered each anchored query through a generic search loop;
//! this trie builds in a few milliseconds and a query that fails (most
//! do) stops after one or two table lookups, which also makes it its own
//! prefilter.
//!
//! The answers are those of an anchored leftmost-longest `aho-corasick`
//! search over the same patterns: the longest pattern that `text[at..]`
//! starts with, and, searching again below that end, the next shorter one.

use super::text::PairSet;

/// No node: the root's table entry for a byte that opens no pattern.
const NONE: u32 = u32::MAX;

/// One trie node: its edges (a range of [`Trie::edge_bytes`]) and the
/// pattern that ends here.
#[derive(Clone, Copy, Debug)]
struct Node {
    first_edge: u32,
    edge_count: u32,
    /// The pattern spelled by the path to this node, or [`NONE`].
    pattern: u32,
}

/// Byte patterns compiled for anchored lookups (module docs).
#[derive(Clone, Debug)]
pub struct Trie {
    /// The node after the first byte, by byte ([`NONE`] when no pattern
    /// starts so): one lookup rejects most offsets.
    root: Box<[u32; 256]>,
    /// The rank of each first byte among those that open a pattern.
    rank: Box<[u8; 256]>,
    /// The node after the first two bytes, at `rank[first] * 256 +
    /// second`: the second lookup, which rejects most of the rest (most
    /// word starts whose first byte opens a name are no name).
    second: Vec<u32>,
    nodes: Vec<Node>,
    /// The edge bytes of every node, each node's sorted.
    edge_bytes: Vec<u8>,
    /// The node each edge leads to.
    edge_targets: Vec<u32>,
}

impl Trie {
    /// A trie over `patterns`; pattern `i` is reported as `i`. A pattern
    /// given twice keeps its first index; empty patterns are ignored.
    pub fn new<'a>(patterns: impl IntoIterator<Item = &'a [u8]>) -> Trie {
        // Built with a child list per node, then flattened.
        let mut children: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut pattern: Vec<u32> = vec![NONE];
        for (i, p) in patterns.into_iter().enumerate() {
            if p.is_empty() {
                continue;
            }
            let mut node = 0usize;
            for &b in p {
                node = match children[node].binary_search_by_key(&b, |&(c, _)| c) {
                    Ok(k) => children[node][k].1 as usize,
                    Err(k) => {
                        let new = children.len() as u32;
                        children[node].insert(k, (b, new));
                        children.push(Vec::new());
                        pattern.push(NONE);
                        new as usize
                    }
                };
            }
            if pattern[node] == NONE {
                pattern[node] = i as u32;
            }
        }
        let mut root = Box::new([NONE; 256]);
        let mut rank = Box::new([0u8; 256]);
        let mut second = vec![NONE; 256 * children[0].len()];
        for (r, &(b, child)) in children[0].iter().enumerate() {
            root[b as usize] = child;
            rank[b as usize] = r as u8;
            for &(c, grandchild) in &children[child as usize] {
                second[r * 256 + c as usize] = grandchild;
            }
        }
        let mut nodes = Vec::with_capacity(children.len());
        let mut edge_bytes = Vec::new();
        let mut edge_targets = Vec::new();
        for (edges, &pattern) in children.iter().zip(&pattern) {
            nodes.push(Node {
                first_edge: edge_bytes.len() as u32,
                edge_count: edges.len() as u32,
                pattern,
            });
            edge_bytes.extend(edges.iter().map(|&(b, _)| b));
            edge_targets.extend(edges.iter().map(|&(_, n)| n));
        }
        Trie {
            root,
            rank,
            second,
            nodes,
            edge_bytes,
            edge_targets,
        }
    }

    /// The first two bytes of the patterns; a one-byte pattern opens
    /// every pair that starts with it.
    pub fn opening_pairs(&self) -> PairSet {
        let mut pairs = PairSet::empty();
        for first in 0..=255u8 {
            let node = self.root[first as usize];
            if node == NONE {
                continue;
            }
            let n = self.nodes[node as usize];
            let edges = n.first_edge as usize..(n.first_edge + n.edge_count) as usize;
            if n.pattern != NONE {
                (0..=255).for_each(|second| pairs.insert(first, second));
            } else {
                self.edge_bytes[edges].iter().for_each(|&second| pairs.insert(first, second));
            }
        }
        pairs
    }

    /// Whether some pattern starts with byte `b`.
    #[inline]
    pub fn opens(&self, b: u8) -> bool {
        self.root[b as usize] != NONE
    }

    /// The longest pattern that `bytes[at..end]` starts with: its index
    /// and end offset.
    #[inline]
    pub fn longest(&self, bytes: &[u8], at: usize, end: usize) -> Option<(usize, usize)> {
        let end = end.min(bytes.len());
        if at >= end {
            return None;
        }
        let first = bytes[at];
        let node = self.root[first as usize];
        if node == NONE {
            return None;
        }
        let mut best = self.pattern_at(node, at + 1);
        if at + 1 >= end {
            return best;
        }
        let mut node = self.second[self.rank[first as usize] as usize * 256 + bytes[at + 1] as usize];
        let mut i = at + 2;
        while node != NONE {
            let n = self.nodes[node as usize];
            if n.pattern != NONE {
                best = Some((n.pattern as usize, i));
            }
            if i >= end || n.edge_count == 0 {
                break;
            }
            let first = n.first_edge as usize;
            let edges = &self.edge_bytes[first..first + n.edge_count as usize];
            // Most nodes have one or two edges; some near the root many.
            let k = if edges.len() <= 8 {
                edges.iter().position(|&e| e == bytes[i])
            } else {
                edges.binary_search(&bytes[i]).ok()
            };
            node = match k {
                Some(k) => self.edge_targets[first + k],
                None => NONE,
            };
            i += 1;
        }
        best
    }

    /// The pattern that ends at `node`, reached at offset `end`.
    #[inline]
    fn pattern_at(&self, node: u32, end: usize) -> Option<(usize, usize)> {
        let pattern = self.nodes[node as usize].pattern;
        (pattern != NONE).then_some((pattern as usize, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_then_shorter() {
        let pats: [&[u8]; 4] = [b"Alibaba", b"Alibaba Cloud", b"Ali", b"Alibaba"];
        let t = Trie::new(pats);
        let text = b"x Alibaba Cloudy";
        assert!(t.opens(b'A') && !t.opens(b'x'));
        assert_eq!(t.longest(text, 2, text.len()), Some((1, 15)));
        assert_eq!(t.longest(text, 2, 14), Some((0, 9)));
        assert_eq!(t.longest(text, 2, 8), Some((2, 5)));
        assert_eq!(t.longest(text, 2, 4), None);
        assert_eq!(t.longest(text, 0, text.len()), None);
        assert_eq!(t.longest(text, 3, text.len()), None);
    }
}
