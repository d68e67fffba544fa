//! Greedy one-to-one matching of predictions to gold items (SPEC section 5).
//!
//! Gold items are taken in order of `start`; each takes the still unmatched
//! prediction with the largest overlap among those the level accepts. A
//! prediction matches at most one gold item, so a duplicate prediction is a
//! false positive and one gold item overlapped by two predictions goes to
//! the one that covers more of it. Ties go to the prediction that starts
//! first, then to the one listed first.

/// A half-open code-point range `[start, end)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CharSpan {
    pub start: usize,
    pub end: usize,
}

impl CharSpan {
    pub fn new(start: usize, end: usize) -> CharSpan {
        CharSpan { start, end }
    }

    /// How many code points the two spans share (0 when disjoint).
    pub fn overlap(self, other: CharSpan) -> usize {
        self.end
            .min(other.end)
            .saturating_sub(self.start.max(other.start))
    }
}

/// The outcome of one matching: pairs of indices into the gold and
/// prediction slices, and what was left over on either side.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matching {
    /// `(gold index, prediction index)`, in the order the gold was visited.
    pub pairs: Vec<(usize, usize)>,
    /// For each gold item, the prediction it matched.
    pub gold_to_pred: Vec<Option<usize>>,
    /// For each prediction, the gold item it matched.
    pub pred_to_gold: Vec<Option<usize>>,
}

impl Matching {
    pub fn true_positives(&self) -> usize {
        self.pairs.len()
    }

    pub fn false_negatives(&self) -> usize {
        self.gold_to_pred.iter().filter(|m| m.is_none()).count()
    }

    pub fn false_positives(&self) -> usize {
        self.pred_to_gold.iter().filter(|m| m.is_none()).count()
    }
}

/// Matches `pred` to `gold`. `span` gives each item's span; `accepts` says
/// whether a gold item and a prediction match at the level being scored
/// (overlap, exact span, value…); among the accepted, overlap decides.
pub fn greedy<G, P>(
    gold: &[G],
    pred: &[P],
    gold_span: impl Fn(&G) -> CharSpan,
    pred_span: impl Fn(&P) -> CharSpan,
    accepts: impl Fn(&G, &P) -> bool,
) -> Matching {
    let mut order: Vec<usize> = (0..gold.len()).collect();
    order.sort_by_key(|&i| gold_span(&gold[i]).start);
    let mut matching = Matching {
        pairs: Vec::new(),
        gold_to_pred: vec![None; gold.len()],
        pred_to_gold: vec![None; pred.len()],
    };
    for g in order {
        let gs = gold_span(&gold[g]);
        let mut best: Option<(usize, usize, usize)> = None; // (overlap, start, index)
        for (p, item) in pred.iter().enumerate() {
            if matching.pred_to_gold[p].is_some() || !accepts(&gold[g], item) {
                continue;
            }
            let ps = pred_span(item);
            let overlap = gs.overlap(ps);
            let better = match best {
                None => true,
                Some((o, s, _)) => overlap > o || (overlap == o && ps.start < s),
            };
            if better {
                best = Some((overlap, ps.start, p));
            }
        }
        if let Some((_, _, p)) = best {
            matching.pairs.push((g, p));
            matching.gold_to_pred[g] = Some(p);
            matching.pred_to_gold[p] = Some(g);
        }
    }
    matching
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(v: &[(usize, usize)]) -> Vec<CharSpan> {
        v.iter().map(|&(s, e)| CharSpan::new(s, e)).collect()
    }

    fn lenient(gold: &[CharSpan], pred: &[CharSpan]) -> Matching {
        greedy(gold, pred, |g| *g, |p| *p, |g, p| g.overlap(*p) > 0)
    }

    #[test]
    fn overlap_counts_shared_code_points() {
        assert_eq!(CharSpan::new(0, 5).overlap(CharSpan::new(4, 6)), 1);
        assert_eq!(CharSpan::new(0, 5).overlap(CharSpan::new(5, 6)), 0);
        assert_eq!(CharSpan::new(3, 4).overlap(CharSpan::new(0, 9)), 1);
    }

    #[test]
    fn largest_overlap_wins_and_the_other_is_left() {
        let gold = spans(&[(10, 30)]);
        let pred = spans(&[(5, 15), (12, 30)]);
        let m = lenient(&gold, &pred);
        assert_eq!(m.pairs, vec![(0, 1)]);
        assert_eq!((m.false_positives(), m.false_negatives()), (1, 0));
    }

    #[test]
    fn one_prediction_matches_one_gold_item() {
        let gold = spans(&[(0, 10), (5, 12)]);
        let pred = spans(&[(4, 11)]);
        let m = lenient(&gold, &pred);
        // Gold is visited by start: the first takes the prediction.
        assert_eq!(m.pairs, vec![(0, 0)]);
        assert_eq!(m.false_negatives(), 1);
    }

    #[test]
    fn gold_is_visited_in_order_of_start_whatever_the_input_order() {
        let gold = spans(&[(5, 12), (0, 10)]);
        let pred = spans(&[(4, 11)]);
        let m = lenient(&gold, &pred);
        assert_eq!(m.pairs, vec![(1, 0)]);
    }

    #[test]
    fn ties_go_to_the_earlier_prediction() {
        let gold = spans(&[(10, 20)]);
        let pred = spans(&[(15, 25), (5, 15)]);
        let m = lenient(&gold, &pred);
        assert_eq!(m.pairs, vec![(0, 1)]);
    }
}
