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

use super::text::Openings;

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
    /// For a node with one edge: the chain of nodes below it that have
    /// one edge and no pattern, as the bytes it spells (a range of
    /// [`Trie::chain_bytes`]) and the node where it ends. Past the first
    /// bytes most names are the only pattern on their path, so a walk
    /// compares the rest of the name at once instead of node by node.
    chain_start: u32,
    chain_len: u32,
    chain_end: u32,
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
    /// The bytes of every chain ([`Node::chain_len`]).
    chain_bytes: Vec<u8>,
}

impl Trie {
    /// A trie over `patterns`; pattern `i` is reported as `i`. A pattern
    /// given twice keeps its first index; empty patterns are ignored.
    pub fn new<'a>(patterns: impl IntoIterator<Item = &'a [u8]>) -> Trie {
        // The patterns in byte order (equal ones by index): the prefix a
        // pattern shares with the one before is the path already built,
        // and each node's children come in byte order. Nodes are numbered
        // as they are made; each knows its parent and its byte.
        // The sort compares first the first 8 bytes as one number (zero
        // padded: the same order, as a byte beyond the end sorts first),
        // most patterns differ there, and only on a tie the whole patterns.
        let mut sorted: Vec<(u64, &[u8], u32)> = patterns
            .into_iter()
            .enumerate()
            .filter(|(_, p)| !p.is_empty())
            .map(|(i, p)| (head(p), p, i as u32))
            .collect();
        sorted.sort_unstable();
        let mut parent: Vec<u32> = vec![NONE];
        let mut byte: Vec<u8> = vec![0];
        let mut pattern: Vec<u32> = vec![NONE];
        // The nodes along the previous pattern, below the root.
        let mut path: Vec<u32> = Vec::new();
        let mut previous: &[u8] = &[];
        for (_, p, i) in sorted {
            let shared = previous.iter().zip(p).take_while(|(a, b)| a == b).count();
            path.truncate(shared);
            for &b in &p[shared..] {
                parent.push(path.last().copied().unwrap_or(0));
                byte.push(b);
                pattern.push(NONE);
                path.push((parent.len() - 1) as u32);
            }
            let end = path[p.len() - 1] as usize;
            if pattern[end] == NONE {
                pattern[end] = i;
            }
            previous = p;
        }
        // Each node's edges in one range: counted, then placed in node
        // order, which is byte order among siblings.
        let mut edge_count = vec![0u32; parent.len()];
        for &u in &parent[1..] {
            edge_count[u as usize] += 1;
        }
        let mut nodes: Vec<Node> = Vec::with_capacity(parent.len());
        let mut first_edge = 0;
        for (&edge_count, &pattern) in edge_count.iter().zip(&pattern) {
            nodes.push(Node {
                first_edge,
                edge_count,
                pattern,
                chain_start: 0,
                chain_len: 0,
                chain_end: NONE,
            });
            first_edge += edge_count;
        }
        let mut edge_bytes = vec![0u8; parent.len() - 1];
        let mut edge_targets = vec![0u32; parent.len() - 1];
        let mut placed = vec![0u32; parent.len()];
        for v in 1..parent.len() {
            let u = parent[v] as usize;
            let k = (nodes[u].first_edge + placed[u]) as usize;
            edge_bytes[k] = byte[v];
            edge_targets[k] = v as u32;
            placed[u] += 1;
        }
        // The chains, walked down from each node with one edge.
        let mut chain_bytes = Vec::new();
        for u in 0..nodes.len() {
            if nodes[u].edge_count != 1 {
                continue;
            }
            let start = chain_bytes.len();
            let mut v = u;
            loop {
                let k = nodes[v].first_edge as usize;
                chain_bytes.push(edge_bytes[k]);
                v = edge_targets[k] as usize;
                if nodes[v].pattern != NONE || nodes[v].edge_count != 1 {
                    break;
                }
            }
            nodes[u].chain_start = start as u32;
            nodes[u].chain_len = (chain_bytes.len() - start) as u32;
            nodes[u].chain_end = v as u32;
        }
        let mut trie = Trie {
            root: Box::new([NONE; 256]),
            rank: Box::new([0u8; 256]),
            second: vec![NONE; 256 * nodes[0].edge_count as usize],
            nodes,
            edge_bytes,
            edge_targets,
            chain_bytes,
        };
        for r in 0..trie.nodes[0].edge_count as usize {
            let (b, child) = (trie.edge_bytes[r], trie.edge_targets[r]);
            trie.root[b as usize] = child;
            trie.rank[b as usize] = r as u8;
            let n = trie.nodes[child as usize];
            for k in n.first_edge..n.first_edge + n.edge_count {
                let (c, grandchild) = (trie.edge_bytes[k as usize], trie.edge_targets[k as usize]);
                trie.second[r * 256 + c as usize] = grandchild;
            }
        }
        trie
    }

    /// The first bytes of the patterns ([`Openings`]): every path of four
    /// bytes from the root, and the patterns shorter than that.
    pub fn openings(&self) -> Openings {
        let mut openings = Openings::empty();
        self.add_openings(0, &mut Vec::with_capacity(4), &mut openings);
        openings
    }

    /// [`Trie::openings`] below `node`, reached by `path`.
    fn add_openings(&self, node: u32, path: &mut Vec<u8>, openings: &mut Openings) {
        let n = self.nodes[node as usize];
        if path.len() == 4 || (!path.is_empty() && n.pattern != NONE) {
            openings.insert(path);
        }
        if path.len() == 4 {
            return;
        }
        let (bytes, nodes) = self.edges_of(n);
        for (&b, &child) in bytes.iter().zip(nodes) {
            path.push(b);
            self.add_openings(child, path, openings);
            path.pop();
        }
    }

    /// The edge bytes and targets of node `n`.
    fn edges_of(&self, n: Node) -> (&[u8], &[u32]) {
        let range = n.first_edge as usize..(n.first_edge + n.edge_count) as usize;
        (&self.edge_bytes[range.clone()], &self.edge_targets[range])
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
        let mut node =
            self.second[self.rank[first as usize] as usize * 256 + bytes[at + 1] as usize];
        let mut i = at + 2;
        while node != NONE {
            let n = self.nodes[node as usize];
            if n.pattern != NONE {
                best = Some((n.pattern as usize, i));
            }
            if i >= end || n.edge_count == 0 {
                break;
            }
            if n.edge_count == 1 {
                // No pattern ends inside a chain: the text spells it all,
                // within `end`, or no longer pattern matches.
                let start = n.chain_start as usize;
                let chain = &self.chain_bytes[start..start + n.chain_len as usize];
                let spelled = bytes[i..end].iter().zip(chain).take_while(|(a, b)| a == b);
                if spelled.count() != chain.len() {
                    break;
                }
                node = n.chain_end;
                i += chain.len();
                continue;
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

/// The first 8 bytes of `pattern` as a big-endian number, zero padded.
fn head(pattern: &[u8]) -> u64 {
    let mut bytes = [0u8; 8];
    let n = pattern.len().min(8);
    bytes[..n].copy_from_slice(&pattern[..n]);
    u64::from_be_bytes(bytes)
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

    /// The longest pattern at an offset, by comparing every pattern.
    fn longest_by_patterns(
        pats: &[&[u8]],
        text: &[u8],
        at: usize,
        end: usize,
    ) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        for (i, p) in pats.iter().enumerate() {
            let e = at + p.len();
            if !p.is_empty() && e <= end && &text[at..e] == *p && best.is_none_or(|(_, b)| e > b) {
                best = Some((i, e));
            }
        }
        best
    }

    #[test]
    fn chains_as_by_patterns() {
        let pats: [&[u8]; 9] = [
            b"Alibaba Cloud Intelligence",
            b"Alibaba Cloud",
            b"Alibaba",
            b"Alphabet",
            b"A",
            b"Abc",
            b"Abcdef",
            b"Bol.com",
            b"Bolt",
        ];
        let t = Trie::new(pats);
        let text = b"Alibaba Cloud Intelligenc Alibaba Cloud Intelligence Alphabe Alphabet Abcde Abcdef Bol.co Bol.com Bolt Bo";
        let openings = t.openings();
        for at in 0..text.len() {
            // The openings never turn away an offset where a pattern starts.
            if t.longest(text, at, text.len()).is_some() {
                assert!(openings.may_start(text, at), "{at}");
            }
            for end in at..=text.len() {
                assert_eq!(
                    t.longest(text, at, end),
                    longest_by_patterns(&pats, text, at, end),
                    "{at} {end}"
                );
            }
        }
    }
}
