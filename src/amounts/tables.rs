//! Word tables for money and percentages, per language, as data.
//!
//! Everything a language contributes is here: magnitude words, currency
//! words, symbols and codes, percent words, and the small function words the
//! range and elision rules look at. The code in the sibling modules only
//! matches these entries; adding a word is adding a line.
//!
//! Entries are matched ASCII-case-insensitively unless marked
//! `case_sensitive` (ISO codes such as `TRY` or `SEK` are ordinary words in
//! lower case), and the longest entry that fits wins.

use crate::language::Lang;

/// A magnitude word: `billion` → 9.
#[derive(Clone, Copy, Debug)]
pub struct Magnitude {
    pub text: &'static str,
    pub power: i32,
}

/// A currency as written: a symbol, a code or a word.
#[derive(Clone, Copy, Debug)]
pub struct CurrencyWord {
    pub text: &'static str,
    /// ISO 4217 code, or [`YEN_SIGN`] for `¥`, resolved per article.
    pub code: &'static str,
    /// Power of ten to the main unit: `-2` for cents, `6` for `MUSD`.
    pub power: i32,
    pub case_sensitive: bool,
}

/// Stands for `¥` until the article tells whether it is yuan or yen.
pub const YEN_SIGN: &str = "¥";

const fn cur(text: &'static str, code: &'static str) -> CurrencyWord {
    CurrencyWord {
        text,
        code,
        power: 0,
        case_sensitive: false,
    }
}

const fn code(text: &'static str) -> CurrencyWord {
    CurrencyWord {
        text,
        code: text,
        power: 0,
        case_sensitive: true,
    }
}

const fn sub(text: &'static str, code: &'static str, power: i32) -> CurrencyWord {
    CurrencyWord {
        text,
        code,
        power,
        case_sensitive: false,
    }
}

const fn mag(text: &'static str, power: i32) -> Magnitude {
    Magnitude { text, power }
}

/// Symbols and codes, the same in every language, before or after a number.
pub const SYMBOLS_AND_CODES: &[CurrencyWord] = &[
    cur("$", "USD"),
    cur("US$", "USD"),
    cur("US $", "USD"),
    cur("U.S.$", "USD"),
    cur("U.S. $", "USD"),
    cur("USD", "USD"),
    cur("€", "EUR"),
    cur("EUR", "EUR"),
    cur("RMB", "CNY"),
    cur("CNY", "CNY"),
    cur("元", "CNY"),
    cur("¥", YEN_SIGN),
    cur("￥", YEN_SIGN),
    cur("£", "GBP"),
    cur("₹", "INR"),
    cur("₩", "KRW"),
    cur("HK$", "HKD"),
    cur("C$", "CAD"),
    cur("CA$", "CAD"),
    cur("A$", "AUD"),
    cur("AU$", "AUD"),
    cur("S$", "SGD"),
    cur("NT$", "TWD"),
    cur("NZ$", "NZD"),
    cur("R$", "BRL"),
    code("GBP"),
    code("JPY"),
    code("CHF"),
    code("INR"),
    code("KRW"),
    code("SEK"),
    code("NOK"),
    code("DKK"),
    code("CAD"),
    code("AUD"),
    code("HKD"),
    code("SGD"),
    code("TWD"),
    code("NZD"),
    code("MXN"),
    code("BRL"),
    code("RUB"),
    code("ZAR"),
    code("PLN"),
    code("CZK"),
    code("HUF"),
    code("TRY"),
    code("ILS"),
    code("AED"),
    code("SAR"),
    code("THB"),
    code("IDR"),
    code("MYR"),
];

/// Codes that carry their magnitude, written after a number: `30 MUSD`.
pub const SCALED_CODES: &[CurrencyWord] = &[
    CurrencyWord {
        text: "MUSD",
        code: "USD",
        power: 6,
        case_sensitive: true,
    },
    CurrencyWord {
        text: "MEUR",
        code: "EUR",
        power: 6,
        case_sensitive: true,
    },
];

const EN_CURRENCY: &[CurrencyWord] = &[
    cur("dollars", "USD"),
    cur("dollar", "USD"),
    cur("US dollars", "USD"),
    cur("US dollar", "USD"),
    cur("U.S. dollars", "USD"),
    cur("euros", "EUR"),
    cur("euro", "EUR"),
    cur("yuan", "CNY"),
    cur("renminbi", "CNY"),
    cur("pounds sterling", "GBP"),
    cur("pounds", "GBP"),
    cur("pound", "GBP"),
    cur("sterling", "GBP"),
    cur("yen", "JPY"),
    cur("Swiss francs", "CHF"),
    cur("Swiss franc", "CHF"),
    cur("Hong Kong dollars", "HKD"),
    cur("Canadian dollars", "CAD"),
    cur("Australian dollars", "AUD"),
    cur("rupees", "INR"),
    cur("Swedish kronor", "SEK"),
    cur("Swedish crowns", "SEK"),
    cur("Norwegian kroner", "NOK"),
    cur("Danish kroner", "DKK"),
    cur("zlotys", "PLN"),
    cur("zloty", "PLN"),
    cur("roubles", "RUB"),
    cur("rubles", "RUB"),
    cur("Indian rupees", "INR"),
    cur("Brazilian reais", "BRL"),
    cur("reais", "BRL"),
    cur("Mexican pesos", "MXN"),
    cur("Turkish lira", "TRY"),
    cur("rand", "ZAR"),
    sub("cents", "USD", -2),
    sub("cent", "USD", -2),
    sub("eurocents", "EUR", -2),
    sub("pence", "GBP", -2),
];

const NL_CURRENCY: &[CurrencyWord] = &[
    cur("dollar", "USD"),
    cur("dollars", "USD"),
    cur("Amerikaanse dollar", "USD"),
    cur("euro", "EUR"),
    cur("euros", "EUR"),
    cur("euro's", "EUR"),
    cur("yuan", "CNY"),
    cur("renminbi", "CNY"),
    cur("pond", "GBP"),
    cur("pond sterling", "GBP"),
    cur("yen", "JPY"),
    cur("Zwitserse frank", "CHF"),
    cur("Zwitserse franken", "CHF"),
    cur("Zweedse kronen", "SEK"),
    cur("Zweedse kroon", "SEK"),
    cur("Noorse kronen", "NOK"),
    cur("Deense kronen", "DKK"),
    cur("zloty", "PLN"),
    cur("roebel", "RUB"),
    cur("Indiase roepie", "INR"),
    cur("Zuid-Afrikaanse rand", "ZAR"),
    cur("Hongkongse dollar", "HKD"),
    cur("Canadese dollar", "CAD"),
    cur("Australische dollar", "AUD"),
    sub("eurocent", "EUR", -2),
    sub("eurocents", "EUR", -2),
    sub("cent", "EUR", -2),
    sub("cents", "EUR", -2),
    sub("dollarcent", "USD", -2),
];

const FR_CURRENCY: &[CurrencyWord] = &[
    cur("dollars", "USD"),
    cur("dollar", "USD"),
    cur("dollars américains", "USD"),
    cur("euros", "EUR"),
    cur("euro", "EUR"),
    cur("yuans", "CNY"),
    cur("yuan", "CNY"),
    cur("renminbi", "CNY"),
    cur("livres sterling", "GBP"),
    cur("yens", "JPY"),
    cur("yen", "JPY"),
    cur("francs suisses", "CHF"),
    cur("franc suisse", "CHF"),
    cur("dollars de Hong Kong", "HKD"),
    cur("dollars canadiens", "CAD"),
    cur("couronnes suédoises", "SEK"),
    cur("couronnes norvégiennes", "NOK"),
    cur("couronnes danoises", "DKK"),
    cur("zlotys", "PLN"),
    cur("zloty", "PLN"),
    cur("roubles", "RUB"),
    cur("roupies", "INR"),
    cur("wons", "KRW"),
    cur("dollars australiens", "AUD"),
    sub("centimes d'euro", "EUR", -2),
    sub("centimes", "EUR", -2),
    sub("cents", "USD", -2),
];

const EN_MAGNITUDES: &[Magnitude] = &[
    mag("thousand", 3),
    mag("k", 3),
    mag("million", 6),
    mag("millions", 6),
    mag("mn", 6),
    mag("mln", 6),
    mag("m", 6),
    mag("billion", 9),
    mag("billions", 9),
    mag("bn", 9),
    mag("bln", 9),
    mag("b", 9),
    mag("trillion", 12),
    mag("tn", 12),
    mag("trn", 12),
];

const NL_MAGNITUDES: &[Magnitude] = &[
    mag("duizend", 3),
    mag("k", 3),
    mag("miljoen", 6),
    mag("mln", 6),
    mag("mio", 6),
    mag("m", 6),
    mag("miljard", 9),
    mag("mld", 9),
    mag("mrd", 9),
    mag("biljoen", 12),
];

const FR_MAGNITUDES: &[Magnitude] = &[
    mag("mille", 3),
    mag("k", 3),
    mag("million", 6),
    mag("millions", 6),
    mag("M", 6),
    mag("mln", 6),
    mag("milliard", 9),
    mag("milliards", 9),
    mag("Md", 9),
    mag("Mds", 9),
    mag("Mrd", 9),
    mag("Mrds", 9),
    mag("billion", 12),
    mag("billions", 12),
];

/// Magnitudes read in a language without word tables: the short forms.
const OTHER_MAGNITUDES: &[Magnitude] = &[
    mag("k", 3),
    mag("m", 6),
    mag("mn", 6),
    mag("mln", 6),
    mag("bn", 9),
];

const EN_PERCENT: &[&str] = &["%", "percent", "per cent", "pct"];
const NL_PERCENT: &[&str] = &["%", "procent", "pct", "percent"];
const FR_PERCENT: &[&str] = &["%", "pour cent", "pourcent", "pour-cent", "pourcents"];
const OTHER_PERCENT: &[&str] = &["%"];

/// Words after a percent word that make it a difference of percentages.
pub const POINT_WORDS: &[&str] = &["point", "punt", "pt", "pts", "pp"];

/// Words that may follow a bare `5,9 miljard` whose currency is carried over
/// from an amount before it; any other word (`students`, `huishoudens`)
/// makes it a count.
const EN_FOLLOWERS: &[&str] = &[
    "in",
    "and",
    "or",
    "to",
    "from",
    "for",
    "at",
    "on",
    "with",
    "by",
    "than",
    "while",
    "last",
    "this",
    "a",
    "the",
    "year",
    "compared",
    "versus",
    "vs",
    "but",
    "as",
    "according",
    "up",
    "down",
];
const NL_FOLLOWERS: &[&str] = &[
    "in", "en", "of", "voor", "tot", "op", "aan", "bij", "met", "dan", "vorig", "dit", "dat",
    "maar", "omzet", "per", "tegen", "om", "een", "eerder",
];
const FR_FOLLOWERS: &[&str] = &[
    "en", "et", "ou", "pour", "à", "au", "sur", "contre", "par", "l'an", "cette", "ce", "mais",
    "soit", "selon", "lors",
];

/// What comes before the first end of a range: `between`, `tussen`, `entre`.
const EN_BETWEEN: &[&str] = &["between", "from"];
const NL_BETWEEN: &[&str] = &["tussen", "van"];
const FR_BETWEEN: &[&str] = &["entre", "de"];
/// What joins the two ends after a between-word.
const EN_AND: &[&str] = &["and", "to"];
const NL_AND: &[&str] = &["en", "tot"];
const FR_AND: &[&str] = &["et", "à"];

/// Words that join a French magnitude to its currency: `milliards d'euros`.
pub const FR_CURRENCY_LINKS: &[&str] = &["de ", "d'", "d’", "d' ", "d’ "];

/// The word lists of one language, as written above.
struct LangWords {
    magnitudes: &'static [Magnitude],
    currencies: &'static [CurrencyWord],
    percent: &'static [&'static str],
    followers: &'static [&'static str],
    between: &'static [&'static str],
    and: &'static [&'static str],
}

const ENGLISH: LangWords = LangWords {
    magnitudes: EN_MAGNITUDES,
    currencies: EN_CURRENCY,
    percent: EN_PERCENT,
    followers: EN_FOLLOWERS,
    between: EN_BETWEEN,
    and: EN_AND,
};
const DUTCH: LangWords = LangWords {
    magnitudes: NL_MAGNITUDES,
    currencies: NL_CURRENCY,
    percent: NL_PERCENT,
    followers: NL_FOLLOWERS,
    between: NL_BETWEEN,
    and: NL_AND,
};
const FRENCH: LangWords = LangWords {
    magnitudes: FR_MAGNITUDES,
    currencies: FR_CURRENCY,
    percent: FR_PERCENT,
    followers: FR_FOLLOWERS,
    between: FR_BETWEEN,
    and: FR_AND,
};
const OTHER: LangWords = LangWords {
    magnitudes: OTHER_MAGNITUDES,
    currencies: &[],
    percent: OTHER_PERCENT,
    followers: &[],
    between: &[],
    and: &[],
};

/// The entries of a table by their first (or last) byte, in table order,
/// so that at a number only the entries that can match the byte next to it
/// are tried — usually none: most numbers are followed by a word no table
/// starts with. Each entry keeps its bytes and whether it begins (or ends)
/// with a letter or digit, so that matching one at a number is a byte
/// comparison and at most one byte test of the text beside it: no char
/// decoding, no Unicode table lookup for `€` or `元`, no iterator chain.
#[derive(Clone, Debug)]
pub struct ByteIndex {
    buckets: Vec<Vec<Candidate>>,
}

/// One entry of a [`ByteIndex`] bucket.
#[derive(Clone, Debug)]
struct Candidate {
    /// The word's first eight bytes (little-endian, zero-padded), ASCII
    /// letters lower-cased when `fold`.
    head: u64,
    /// Set on the bytes of `head` that belong to the word.
    head_mask: u64,
    /// `0x20` on the bytes of `head` that are folded ASCII letters: OR-ed
    /// into the text's bytes, it lower-cases exactly those (an upper- or
    /// lower-case letter ORed with `0x20` gives the lower-case one, and no
    /// other byte does).
    fold_bits: u64,
    /// The bytes after the first eight, folded like `head`.
    rest: Box<[u8]>,
    len: usize,
    index: u16,
    /// Matched without ASCII case.
    fold: bool,
    /// The word's first (or last) char is a letter or digit, so the text
    /// must not run on into it from before (or after).
    alphanumeric_edge: bool,
}

/// Up to eight bytes from `at`, little-endian, zero-padded past the end.
fn load8(text: &[u8], at: usize) -> u64 {
    match text.get(at..at + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().expect("eight bytes")),
        None => {
            let mut buf = [0u8; 8];
            let tail = &text[at.min(text.len())..];
            buf[..tail.len()].copy_from_slice(tail);
            u64::from_le_bytes(buf)
        }
    }
}

impl Candidate {
    fn new(word: &str, case_sensitive: bool, index: usize, alphanumeric_edge: bool) -> Candidate {
        let fold = |b: u8| {
            if !case_sensitive {
                b.to_ascii_lowercase()
            } else {
                b
            }
        };
        let bytes = word.as_bytes();
        let (mut head, mut head_mask, mut fold_bits) = (0u64, 0u64, 0u64);
        for (k, &b) in bytes.iter().take(8).enumerate() {
            head |= u64::from(fold(b)) << (8 * k);
            head_mask |= 0xFF << (8 * k);
            if !case_sensitive && b.is_ascii_alphabetic() {
                fold_bits |= 0x20 << (8 * k);
            }
        }
        Candidate {
            head,
            head_mask,
            fold_bits,
            rest: bytes.iter().skip(8).map(|&b| fold(b)).collect(),
            len: bytes.len(),
            index: u16::try_from(index).expect("small tables"),
            fold: !case_sensitive,
            alphanumeric_edge,
        }
    }

    /// `text[at..]` starts with the word, given `eight`, the text's eight
    /// bytes from `at` ([`load8`]).
    fn written_at(&self, text: &[u8], at: usize, eight: u64) -> bool {
        if (eight | self.fold_bits) & self.head_mask != self.head || text.len() < at + self.len {
            return false;
        }
        // Past eight bytes (`pourcents`, `Swiss francs`): one at a time.
        let tail = &text[at + 8.min(self.len)..at + self.len];
        (tail.iter().zip(self.rest.iter())).all(|(&t, &w)| {
            let t = if self.fold { t.to_ascii_lowercase() } else { t };
            t == w
        })
    }
}

/// The char starting at byte `pos` is a letter or digit (false at the end).
/// ASCII bytes are answered without decoding a char.
fn alphanumeric_at(text: &str, pos: usize) -> bool {
    match text.as_bytes().get(pos) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => text[pos..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric),
    }
}

/// The char ending at byte `pos` is a letter or digit (false at the start).
fn alphanumeric_before(text: &str, pos: usize) -> bool {
    match pos.checked_sub(1).map(|k| text.as_bytes()[k]) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => text[..pos]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric),
    }
}

impl ByteIndex {
    /// Indexes each word under its first (`last == false`) or last byte,
    /// both ASCII cases where the word is matched case-insensitively.
    fn of(words: impl IntoIterator<Item = (&'static str, bool)>, last: bool) -> ByteIndex {
        let mut buckets = vec![Vec::new(); 256];
        for (i, (word, case_sensitive)) in words.into_iter().enumerate() {
            let bytes = word.as_bytes();
            // Indexed by its last byte, a word is found before a number
            // and must not continue a word before its first char; by its
            // first byte, found after one, and must not run on after its
            // last char.
            let (b, edge) = if last {
                (bytes.last(), word.chars().next())
            } else {
                (bytes.first(), word.chars().next_back())
            };
            let b = *b.expect("table words are not empty");
            let fold = !case_sensitive;
            let candidate = Candidate::new(
                word,
                case_sensitive,
                i,
                edge.is_some_and(char::is_alphanumeric),
            );
            let mut keys = vec![b];
            if fold {
                keys.extend([b.to_ascii_lowercase(), b.to_ascii_uppercase()]);
            }
            keys.sort_unstable();
            keys.dedup();
            for key in keys {
                buckets[key as usize].push(candidate.clone());
            }
        }
        ByteIndex { buckets }
    }

    /// The first entry, in table order, written at `pos` of `text` and not
    /// running on into a letter or digit after it (`5 mn`, not `5 mnemonic`):
    /// its index and where it ends. For an index of first bytes.
    #[inline]
    pub fn word_at(&self, text: &str, pos: usize) -> Option<(usize, usize)> {
        let bytes = text.as_bytes();
        let &first = bytes.get(pos)?;
        let bucket = &self.buckets[first as usize];
        if bucket.is_empty() {
            return None;
        }
        let eight = load8(bytes, pos);
        for c in bucket {
            // A word that ends in a letter or digit must not run on into
            // another one.
            let end = pos + c.len;
            if c.written_at(bytes, pos, eight)
                && !(c.alphanumeric_edge && alphanumeric_at(text, end))
            {
                return Some((usize::from(c.index), end));
            }
        }
        None
    }

    /// The first entry, in table order, that ends at `end` of `text`,
    /// starts no earlier than `not_before` and does not continue a word
    /// before it (`US$`, not `BUS$`): its index and where it starts. For an
    /// index of last bytes.
    #[inline]
    pub fn word_before(&self, text: &str, end: usize, not_before: usize) -> Option<(usize, usize)> {
        let bytes = text.as_bytes();
        let &last = bytes.get(end.checked_sub(1)?)?;
        for c in &self.buckets[last as usize] {
            if end < c.len + not_before {
                continue;
            }
            // Where the bytes match, `start` is a char boundary: the word
            // starts with one.
            let start = end - c.len;
            if c.written_at(bytes, start, load8(bytes, start))
                && !(c.alphanumeric_edge && alphanumeric_before(text, start))
            {
                return Some((usize::from(c.index), start));
            }
        }
        None
    }
}

/// Every table of one language, longest entries first.
#[derive(Debug)]
pub struct Tables {
    pub lang: Lang,
    pub magnitudes: Vec<Magnitude>,
    /// Written after a number (words, symbols, codes).
    pub suffix_currencies: Vec<CurrencyWord>,
    /// Whether each of `suffix_currencies` is a symbol (`$`, `€`: no
    /// letter in it), which a number after it may claim.
    pub suffix_currency_symbol: Vec<bool>,
    /// Written before a number (symbols and codes).
    pub prefix_currencies: Vec<CurrencyWord>,
    /// First bytes of `magnitudes`, `suffix_currencies` and
    /// the percent words (all the table there is of them: a percent word
    /// is only ever looked for, never read back); last bytes of
    /// `prefix_currencies`.
    pub magnitude_first: ByteIndex,
    pub suffix_currency_first: ByteIndex,
    pub percent_first: ByteIndex,
    pub prefix_currency_last: ByteIndex,
    /// First bytes of [`POINT_WORDS`].
    pub point_first: ByteIndex,
    pub followers: &'static [&'static str],
    pub between_words: &'static [&'static str],
    pub and_words: &'static [&'static str],
    /// Decimal comma (nl, fr) or decimal point (en).
    pub decimal_comma: bool,
    /// A plain space may group thousands (`25 000`, French typography).
    pub space_groups: bool,
    /// `de` / `d'` may join a magnitude to its currency word.
    pub currency_links: bool,
}

impl Tables {
    pub fn new(lang: Lang) -> Tables {
        let w = match lang {
            Lang::English => &ENGLISH,
            Lang::Dutch => &DUTCH,
            Lang::French => &FRENCH,
            Lang::Other => &OTHER,
        };
        let (mags, words, percent) = (w.magnitudes, w.currencies, w.percent);
        let (followers, between, and) = (w.followers, w.between, w.and);
        let mut magnitudes = mags.to_vec();
        magnitudes.sort_by_key(|m| std::cmp::Reverse(m.text.len()));
        let mut suffix_currencies: Vec<CurrencyWord> = SYMBOLS_AND_CODES
            .iter()
            .chain(SCALED_CODES)
            .chain(words)
            .copied()
            .collect();
        suffix_currencies.sort_by_key(|c| std::cmp::Reverse(c.text.len()));
        let mut prefix_currencies = SYMBOLS_AND_CODES.to_vec();
        prefix_currencies.sort_by_key(|c| std::cmp::Reverse(c.text.len()));
        let mut percent_words = percent.to_vec();
        percent_words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let currency_words = |list: &[CurrencyWord]| -> Vec<(&'static str, bool)> {
            list.iter().map(|c| (c.text, c.case_sensitive)).collect()
        };
        Tables {
            lang,
            magnitude_first: ByteIndex::of(magnitudes.iter().map(|m| (m.text, false)), false),
            suffix_currency_first: ByteIndex::of(currency_words(&suffix_currencies), false),
            percent_first: ByteIndex::of(percent_words.iter().map(|&w| (w, false)), false),
            prefix_currency_last: ByteIndex::of(currency_words(&prefix_currencies), true),
            point_first: ByteIndex::of(POINT_WORDS.iter().map(|&w| (w, false)), false),
            magnitudes,
            suffix_currency_symbol: suffix_currencies
                .iter()
                .map(|c| !c.text.chars().any(char::is_alphabetic))
                .collect(),
            suffix_currencies,
            prefix_currencies,
            followers,
            between_words: between,
            and_words: and,
            decimal_comma: matches!(lang, Lang::Dutch | Lang::French),
            space_groups: matches!(lang, Lang::French | Lang::Other),
            currency_links: matches!(lang, Lang::French),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ByteIndex;

    fn words() -> ByteIndex {
        let list = [
            ("milliards", false),
            ("million", false),
            ("mn", false),
            ("m", false),
            ("MUSD", true),
            ("€", false),
            ("元", false),
            ("US$", true),
            ("pour cent", false),
        ];
        ByteIndex::of(list, false)
    }

    #[test]
    fn word_at_finds_the_first_clean_entry_in_table_order() {
        let index = words();
        let cases: &[(&str, Option<(usize, usize)>)] = &[
            ("million", Some((1, 7))),
            ("MILLION dollars", Some((1, 7))),
            ("Million.", Some((1, 7))),
            ("millions", None),
            ("milliards d'euros", Some((0, 9))),
            ("MilliardS", Some((0, 9))),
            ("milliardsx", None),
            ("mn,", Some((2, 2))),
            ("m", Some((3, 1))),
            ("mé", None),
            ("m€", Some((3, 1))),
            ("MUSD", Some((4, 4))),
            ("musd", None),
            ("€uros", Some((5, 3))),
            ("元x", None),
            ("元 ", Some((6, 3))),
            ("元", Some((6, 3))),
            ("POUR CENT", Some((8, 9))),
            ("pour cen", None),
            ("pour-cent", None),
            ("", None),
        ];
        for &(text, want) in cases {
            assert_eq!(index.word_at(text, 0), want, "{text:?}");
        }
        // Not at the start of the text, and near its end.
        assert_eq!(index.word_at("12 mn", 3), Some((2, 5)));
        assert_eq!(index.word_at("12 mnx", 3), None);
    }

    #[test]
    fn word_before_finds_a_clean_entry_ending_there() {
        let index = ByteIndex::of(
            [("US$", true), ("$", false), ("EUR", true), ("€", false)],
            true,
        );
        // Text, `not_before`, and the entry and where it starts.
        type Case = (&'static str, usize, Option<(usize, usize)>);
        let cases: &[Case] = &[
            ("US$", 0, Some((0, 0))),
            ("a US$", 0, Some((0, 2))),
            ("BUS$", 0, Some((1, 3))),
            ("us$", 0, Some((1, 2))),
            ("EUR", 0, Some((2, 0))),
            ("XEUR", 0, None),
            ("éEUR", 0, None),
            ("eur", 0, None),
            ("x€", 0, Some((3, 1))),
            ("US$", 1, Some((1, 2))),
            ("US$", 3, None),
        ];
        for &(text, not_before, want) in cases {
            assert_eq!(
                index.word_before(text, text.len(), not_before),
                want,
                "{text:?} {not_before}"
            );
        }
    }
}
