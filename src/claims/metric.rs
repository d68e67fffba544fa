//! What a value measures, from the cue phrases of its clause or sentence.

use super::sentence::*;
use super::*;

/// The metric of a value, from the cues of its clause, else its sentence.
pub(super) fn classify(sentence: &Sentence<'_>, value: &Value) -> Metric {
    let clause = sentence.clause_of(value.span);
    // The metric cues within a span (the clause, else the sentence).
    let metric_cues = |within: Span| {
        (sentence.cues_between(within.start, within.end).iter()).filter(|c| {
            matches!(
                c.cue,
                Cue::Revenue
                    | Cue::Growth
                    | Cue::MarketShare
                    | Cue::Investment
                    | Cue::Profit
                    | Cue::SharePrice
                    | Cue::Stake
                    | Cue::OtherMetric
                    | Cue::Sale
                    | Cue::Acquisition
                    | Cue::Buyback
            )
        })
    };
    // A clause that only says `up 8%` does not say what grew: the sentence
    // does (`a dividend of 4.25 pence, up 8%`).
    let says_what = |within: Span| match value.kind {
        Kind::Money => {
            metric_cues(within).any(|c| c.cue != Cue::Growth && c.cue != Cue::MarketShare)
        }
        Kind::Percent => metric_cues(within).any(|c| c.cue != Cue::Growth),
    };
    let mut scope = clause;
    if !says_what(clause) {
        let growth_in_clause = metric_cues(clause).any(|c| c.cue == Cue::Growth);
        if says_what(sentence.span) || !growth_in_clause {
            scope = sentence.span;
        }
    }
    let cues = || metric_cues(scope);
    // A cue after the value counts a little further away: it more often
    // introduces the next figure (`bookings of $41.75 billion and EBITDA`).
    let distance = |c: &CueMatch| {
        let after = if c.span.end > value.span.start { 10 } else { 0 };
        value.span.gap(c.span) + after
    };
    let nearest = |allowed: &[Cue]| {
        cues()
            .filter(|c| allowed.contains(&c.cue))
            .min_by_key(|c| distance(c))
            .map(|c| c.cue)
    };
    match value.kind {
        // A price paid for a stake is an investment: the stake only counts
        // when nothing else says what the amount is.
        // A buyback counts at half its distance: `koopt voor 1 miljard euro
        // eigen aandelen in` is a buyback, not a purchase.
        Kind::Money
            if cues().filter(|c| c.cue == Cue::Buyback).any(|b| {
                distance(b) / 2
                    < cues()
                        .filter(|c| c.cue != Cue::Buyback && c.cue != Cue::Growth)
                        .map(&distance)
                        .min()
                        .unwrap_or(usize::MAX)
            }) =>
        {
            Metric::Other
        }
        Kind::Money => match nearest(&[
            Cue::Revenue,
            Cue::Investment,
            Cue::Sale,
            Cue::Acquisition,
            Cue::Profit,
            Cue::SharePrice,
            Cue::OtherMetric,
        ]) {
            Some(Cue::Revenue) => Metric::Revenue,
            Some(Cue::Investment | Cue::Acquisition) => Metric::Investment,
            Some(Cue::Profit) => Metric::Profit,
            _ => Metric::Other,
        },
        Kind::Percent => {
            let has = |cue: Cue| cues().any(|c| c.cue == cue);
            let level = nearest(&[
                Cue::SharePrice,
                Cue::Stake,
                Cue::OtherMetric,
                Cue::Profit,
                Cue::MarketShare,
                Cue::Revenue,
            ]);
            // `24% of total revenue`: a share of the company's own sales.
            // A margin is a profit even when written `of the sales`.
            let margin_before = cues().any(|c| {
                c.cue == Cue::Profit
                    && c.span.end <= value.span.start
                    && sentence.same_clause(c.span, value.span)
            });
            let of_revenue = !margin_before
                && cues().any(|c| {
                    c.cue == Cue::Revenue
                        && c.span.start >= value.span.end
                        && sentence.same_clause(value.span, c.span)
                        && sentence.text[value.span.end..c.span.start]
                            .split_whitespace()
                            .any(|w| matches!(w, "of" | "van" | "du" | "de" | "des" | "d'"))
                });
            // `holds 15% of the world market`: a share of a market.
            // (The metric cues hold no market.)
            let of_a_market = sentence.cues_of(Cue::Market).any(|c| {
                c.span.start >= value.span.end
                    && c.span.start - value.span.end <= 30
                    && sentence.same_clause(value.span, c.span)
            });
            if of_a_market && !of_revenue {
                Metric::MarketShare
            } else if of_revenue
                || matches!(level, Some(Cue::SharePrice | Cue::Stake | Cue::OtherMetric))
            {
                Metric::Other
            } else if level == Some(Cue::Profit) {
                // The nearest of profit, share and revenue decides:
                // `sales growth of 16-24% and operating profit growth of …`.
                Metric::Profit
            } else if level == Some(Cue::MarketShare) {
                // `accounts for 8% of its total sales` is a share of the
                // company's own revenue, not of a market.
                let of_sales =
                    cues().any(|c| c.cue == Cue::Revenue && c.span.start >= value.span.end);
                if of_sales {
                    Metric::Other
                } else {
                    Metric::MarketShare
                }
            } else if has(Cue::Growth) || has(Cue::Revenue) {
                Metric::RevenueGrowth
            } else {
                Metric::Other
            }
        }
    }
}
