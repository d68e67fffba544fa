//! Money amounts and percentages (ANNOTATION.md, sections Money and
//! Percentages). Not yet implemented: finds nothing.

use crate::language::Lang;
use crate::number::Decimal;
use crate::span::Span;

/// An amount of money: `$1.54 billion` → 1540000000 USD.
#[derive(Clone, Debug, PartialEq)]
pub struct MoneyMention {
    pub span: Span,
    pub value: Decimal,
    /// ISO 4217 code.
    pub currency: &'static str,
    /// The currency was carried over from another amount.
    pub currency_inferred: bool,
}

/// A percentage: `58,5 %` → 58.5.
#[derive(Clone, Debug, PartialEq)]
pub struct PercentMention {
    pub span: Span,
    pub value: Decimal,
}

/// What [`AmountFinder::find`] returns, each list sorted by position.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Amounts {
    pub money: Vec<MoneyMention>,
    pub percents: Vec<PercentMention>,
}

/// Finds money and percentages. Build once, share across threads.
#[derive(Debug, Default)]
pub struct AmountFinder {}

impl AmountFinder {
    pub fn new() -> AmountFinder {
        AmountFinder {}
    }

    pub fn find(&self, _text: &str, _lang: Lang) -> Amounts {
        Amounts::default()
    }
}
