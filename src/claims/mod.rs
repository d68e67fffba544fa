//! Claims: which company a value is about, the metric and the period
//! (SPEC section 3). Not yet implemented: links nothing.

pub mod period;
pub mod tables;

use crate::amounts::Amounts;
use crate::article::Article;
use crate::companies::CompanyMention;
use crate::language::Lang;
use crate::span::Span;

/// What a value measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Metric {
    Revenue,
    RevenueGrowth,
    MarketShare,
    Investment,
    Profit,
    Other,
}

impl Metric {
    pub fn name(self) -> &'static str {
        match self {
            Metric::Revenue => "revenue",
            Metric::RevenueGrowth => "revenue_growth",
            Metric::MarketShare => "market_share",
            Metric::Investment => "investment",
            Metric::Profit => "profit",
            Metric::Other => "other",
        }
    }
}

/// How the company was found for a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Link {
    Sentence,
    Coref,
}

impl Link {
    pub fn name(self) -> &'static str {
        match self {
            Link::Sentence => "sentence",
            Link::Coref => "coref",
        }
    }
}

/// A value: an index into `Amounts::money` or `Amounts::percents`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueRef {
    Money(usize),
    Percent(usize),
}

/// One claim, pointing into the article's mentions.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Index into the company mentions.
    pub company: usize,
    pub value: ValueRef,
    pub metric: Metric,
    /// Indexes into `Amounts::money`: the same amount in other currencies.
    pub equivalents: Vec<usize>,
    pub period: Option<String>,
    pub link: Link,
    /// The value's sentence.
    pub sentence: Span,
}

/// Links mentions into claims. Build once, share across threads.
#[derive(Debug, Default)]
pub struct ClaimLinker {}

impl ClaimLinker {
    pub fn new() -> ClaimLinker {
        ClaimLinker {}
    }

    pub fn link(
        &self,
        _article: &Article,
        _lang: Lang,
        _companies: &[CompanyMention],
        _amounts: &Amounts,
    ) -> Vec<Claim> {
        Vec::new()
    }
}
