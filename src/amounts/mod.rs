//! Money amounts and percentages (ANNOTATION.md, sections Money and
//! Percentages).
//!
//! Every amount contains an ASCII digit, so the scan is one pass over the
//! bytes looking for digits: no regex, no Unicode word boundaries, nothing
//! that slows down on the long stretches of prose between figures. At each
//! digit the number is read with the language's decimal mark
//! (`number_parse`), then the few bytes around it are matched against the
//! language's word tables (`tables`) by `affix`: a currency before
//! (`$`, `US$`, `EUR `), a percent word, magnitude word or currency after
//! (`%`, `miljard euro`, `milliards d'euros`, `Mds€`).
//!
//! Those *tokens* are then resolved together (`resolve`), because some
//! amounts take what they lack from a neighbour:
//!
//! - range ends: `$1-2 billion`, `tussen 1 en 2 miljard euro`,
//!   `entre 6 et 8 %`, `EUR 20mn-25mn`;
//! - a magnitude after a parenthesis: `EUR 105.8 (83.4) million`;
//! - an elided currency: `… 5,9 miljard dollar …, Microsoft Azure wel
//!   5,9 miljard`.
//!
//! A carried-over currency is marked `currency_inferred`. Numbers with
//! neither a currency nor a percent word, and that borrow none, are counts,
//! years or names (`3 million corporate clients`, `2019`, `5G`) and are
//! dropped.
//!
//! ```
//! use claimex::amounts::AmountFinder;
//! use claimex::language::Lang;
//! let found = AmountFinder::new().find("De omzet was 1,7 miljard euro, 3,8% meer.", Lang::Dutch);
//! assert_eq!(found.money[0].value.to_string(), "1700000000");
//! assert_eq!(found.money[0].currency, "EUR");
//! assert_eq!(found.percents[0].value.to_string(), "3.8");
//! ```

mod affix;
mod number_parse;
mod resolve;
mod tables;

use crate::language::Lang;
use crate::number::Decimal;
use crate::span::Span;

use tables::Tables;

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
#[derive(Debug)]
pub struct AmountFinder {
    english: Tables,
    dutch: Tables,
    french: Tables,
    other: Tables,
}

impl Default for AmountFinder {
    fn default() -> AmountFinder {
        AmountFinder::new()
    }
}

impl AmountFinder {
    pub fn new() -> AmountFinder {
        AmountFinder {
            english: Tables::new(Lang::English),
            dutch: Tables::new(Lang::Dutch),
            french: Tables::new(Lang::French),
            other: Tables::new(Lang::Other),
        }
    }

    fn tables(&self, lang: Lang) -> &Tables {
        match lang {
            Lang::English => &self.english,
            Lang::Dutch => &self.dutch,
            Lang::French => &self.french,
            Lang::Other => &self.other,
        }
    }

    /// Every money amount and percentage in `text`, read with the word
    /// tables and decimal mark of `lang`.
    pub fn find(&self, text: &str, lang: Lang) -> Amounts {
        let tables = self.tables(lang);
        let tokens = resolve::scan(text, tables);
        resolve::resolve(text, tables, tokens)
    }
}

#[cfg(test)]
mod tests;
