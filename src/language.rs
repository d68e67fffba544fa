//! Which language an article is written in, and whether it reads as a
//! translation.
//!
//! `whatlang` over a whole article costs more than all the scanners together
//! (PERFORMANCE.md: 8 MB/s), and trigram statistics are easily swayed by
//! company names and figures. So detection runs in two steps on a bounded
//! sample from the start of the text:
//!
//! 1. Count function words (`the`, `het`, `les`, `und` …) of the languages
//!    we know best. Names and numbers are never function words, so they
//!    cannot tip the balance. When one language clearly leads, that is the
//!    answer.
//! 2. Otherwise ask `whatlang`, on the sample with capitalised words and
//!    numbers removed, and keep its answer only when it calls it reliable.
//!
//! Too little text gives no answer at all (`lang: null`), never a guess.
//!
//! [`translated_from`] looks for the traces French leaves in an English
//! translation: French typography (`$ 33 billion`, `58.5 %`, a space before
//! `:` or inside quotes) and calqued idioms (`As a reminder`, `Recall that`).

use std::sync::LazyLock;

use crate::cue_scan::CueScanner;

/// The languages with word tables in claimex. Every other language is
/// still processed (symbols, codes, numbers), as `Other`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    English,
    Dutch,
    French,
    Other,
}

impl Lang {
    /// The word tables to use for an ISO 639-1 code; `None` (no detected
    /// language) reads as English, the language of most figures in the wild.
    pub fn from_code(code: Option<&str>) -> Lang {
        match code {
            Some("en") | None => Lang::English,
            Some("nl") => Lang::Dutch,
            Some("fr") => Lang::French,
            Some(_) => Lang::Other,
        }
    }
}

/// A detected language: ISO 639-1 code and a confidence in `[0, 1]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Detection {
    pub code: &'static str,
    pub confidence: f64,
}

/// How many bytes from the start of the text are looked at.
const SAMPLE_BYTES: usize = 2048;
/// Fewer words than this is too little text to tell.
const MIN_WORDS: usize = 4;

/// Function words: frequent, short, and rare in the other languages' text.
/// A word may belong to several languages; only the lead counts.
const FUNCTION_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "is", "that", "for", "with", "was", "on", "as", "by", "its",
            "it", "from", "has", "have", "are", "which", "this", "be", "will", "at", "an", "said",
            "their", "but", "not", "or", "were", "been", "after", "than", "more", "would", "also",
            "into", "over", "about", "who", "had", "they", "these", "while", "year", "we", "our",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "een", "en", "van", "dat", "op", "te", "voor", "met", "zijn", "niet",
            "ook", "als", "bij", "door", "naar", "maar", "om", "wordt", "worden", "heeft", "nog",
            "dan", "uit", "aan", "die", "deze", "wel", "nu", "er", "hij", "zij", "tot", "al",
            "kan", "meer", "jaar", "werd", "hebben", "tussen", "omdat", "is", "in", "dit", "ze",
            "geen", "wat",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "des", "du", "un", "une", "et", "est", "en", "que", "qui", "dans",
            "pour", "par", "sur", "au", "aux", "avec", "pas", "plus", "son", "sa", "ses", "ce",
            "cette", "ont", "été", "sont", "mais", "ou", "leur", "elle", "il", "à", "selon",
            "comme", "entre", "chez", "de", "d", "l", "qu", "nous", "être", "a",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "ist", "nicht", "mit", "ein", "eine", "den", "dem", "von",
            "zu", "auf", "für", "sich", "auch", "im", "es", "des", "bei", "wird", "werden", "hat",
            "nach", "sind", "wie", "über", "aus", "oder", "um", "dass", "noch", "einen",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "y", "que", "en", "del", "por", "para", "con", "una", "es", "se",
            "su", "al", "lo", "como", "más", "pero", "sus", "ha", "fue", "este", "entre",
        ],
    ),
    (
        "it",
        &[
            "il", "di", "che", "e", "per", "un", "una", "del", "della", "non", "sono", "con",
            "gli", "nel", "è", "alla", "anche", "dei", "delle", "questo", "ha", "più",
        ],
    ),
];

/// Function word → bit set of the languages (indexes into
/// [`FUNCTION_WORDS`]) it belongs to.
static FUNCTION_WORD_INDEX: LazyLock<KeyTable<u8>> = LazyLock::new(|| {
    let count = FUNCTION_WORDS.iter().map(|(_, words)| words.len()).sum();
    let mut index = KeyTable::with_capacity(count);
    for (lang, (_, words)) in FUNCTION_WORDS.iter().enumerate() {
        for word in *words {
            let key = word_key(word).expect("function words are at most 8 bytes");
            *index.entry(key) |= 1 << lang;
        }
    }
    index
});

/// The longest function word, in bytes: longer words need no lookup.
const LONGEST_FUNCTION_WORD: usize = 12;

/// A word as one number: its lower-case bytes, little-endian, zero-padded;
/// `None` when they are more than eight (no function word is). Also the
/// key of the abbreviation lists of [`crate::sentences`].
pub(crate) fn word_key(word: &str) -> Option<u64> {
    let mut bytes = [0u8; 8];
    if word.is_ascii() {
        bytes
            .get_mut(..word.len())?
            .copy_from_slice(word.as_bytes());
        bytes.make_ascii_lowercase();
    } else {
        let mut len = 0;
        for c in word.chars().flat_map(char::to_lowercase) {
            let end = len + c.len_utf8();
            c.encode_utf8(bytes.get_mut(len..end)?);
            len = end;
        }
    }
    Some(u64::from_le_bytes(bytes))
}

/// Words by their [`word_key`], each with a value, in an open-addressing
/// table: a multiply, a shift and a compare or two per lookup, where a
/// string hash map hashed and compared every byte. Serves the function
/// words here and the word lists of the claim linker.
#[derive(Clone, Debug)]
pub(crate) struct KeyTable<V> {
    /// A power of two of slots, at most half full; 0 marks an empty one
    /// (no word has key 0).
    keys: Vec<u64>,
    values: Vec<V>,
    /// How far to shift a hashed key down to a slot.
    shift: u32,
    /// Keys held.
    len: usize,
}

impl<V: Copy + Default> KeyTable<V> {
    /// An empty table for up to `capacity` keys.
    pub(crate) fn with_capacity(capacity: usize) -> KeyTable<V> {
        let size = (2 * capacity).next_power_of_two().max(2);
        KeyTable {
            keys: vec![0; size],
            values: vec![V::default(); size],
            shift: u64::BITS - size.trailing_zeros(),
            len: 0,
        }
    }

    /// The slot of `key`, or of the empty slot where it would go.
    fn find(&self, key: u64) -> usize {
        let mask = self.keys.len() - 1;
        let mut at = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize;
        while self.keys[at] != key && self.keys[at] != 0 {
            at = (at + 1) & mask;
        }
        at
    }

    /// The value of `key`; `None` when absent (always for key 0, the
    /// empty word).
    pub(crate) fn get(&self, key: u64) -> Option<V> {
        let at = self.find(key);
        (key != 0 && self.keys[at] == key).then(|| self.values[at])
    }

    /// The value of `key`, inserted as `V::default()` when new.
    pub(crate) fn entry(&mut self, key: u64) -> &mut V {
        assert!(key != 0, "no word has key 0");
        let at = self.find(key);
        if self.keys[at] == 0 {
            self.len += 1;
            assert!(
                2 * self.len <= self.keys.len(),
                "more keys than the capacity"
            );
            self.keys[at] = key;
        }
        &mut self.values[at]
    }
}

/// The start of `text`, at most [`SAMPLE_BYTES`] long, cut on a char boundary.
fn sample(text: &str) -> &str {
    if text.len() <= SAMPLE_BYTES {
        return text;
    }
    let mut end = SAMPLE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The words of a text: runs of letters, apostrophes split them
/// (`l'éditeur` → `l`, `éditeur`). The same as splitting on
/// `!char::is_alphabetic`, but ASCII bytes, nearly all of them, are
/// classified without decoding a char.
fn words(text: &str) -> impl Iterator<Item = &str> {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < text.len() {
            let (letter, len) = letter_at(text, at);
            if letter {
                break;
            }
            at += len;
        }
        if at == text.len() {
            return None;
        }
        let start = at;
        while at < text.len() {
            let (letter, len) = letter_at(text, at);
            if !letter {
                break;
            }
            at += len;
        }
        Some(&text[start..at])
    })
}

/// The words of `text` as [`words`] splits them, each with its
/// [`word_key`] (`None` too for words longer than any function word).
/// ASCII letters are skipped over a byte at a time, and an ASCII word of
/// at most eight bytes is keyed from one eight-byte read of the text, a
/// letter lower-cased by setting bit 5.
fn keyed_words(text: &str) -> impl Iterator<Item = (&str, Option<u64>)> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            let &b = bytes.get(at)?;
            let (letter, len) = if b.is_ascii() {
                (b.is_ascii_alphabetic(), 1)
            } else {
                letter_at(text, at)
            };
            if letter {
                break;
            }
            at += len;
        }
        let start = at;
        let mut ascii = true;
        while let Some(&b) = bytes.get(at) {
            if b.is_ascii_alphabetic() {
                at += 1;
                continue;
            }
            if b.is_ascii() {
                break;
            }
            let (letter, len) = letter_at(text, at);
            if !letter {
                break;
            }
            ascii = false;
            at += len;
        }
        let word = &text[start..at];
        let key = if ascii {
            ascii_word_key(bytes, start, word.len())
        } else if word.len() <= LONGEST_FUNCTION_WORD {
            word_key(word)
        } else {
            None
        };
        Some((word, key))
    })
}

/// [`word_key`] of the ASCII letters `bytes[start..start + len]`.
fn ascii_word_key(bytes: &[u8], start: usize, len: usize) -> Option<u64> {
    if len > 8 {
        return None;
    }
    let mask = u64::MAX >> (64 - 8 * len);
    let lower = 0x2020_2020_2020_2020 & mask;
    match bytes.get(start..start + 8) {
        Some(eight) => Some(u64::from_le_bytes(eight.try_into().expect("8 bytes")) & mask | lower),
        None => Some(
            (bytes[start..start + len].iter().enumerate())
                .fold(0, |key, (i, &b)| key | u64::from(b) << (8 * i))
                | lower,
        ),
    }
}

/// Whether the char at byte `at` (a char boundary) is a letter, and its
/// length in bytes.
fn letter_at(text: &str, at: usize) -> (bool, usize) {
    let b = text.as_bytes()[at];
    if b.is_ascii() {
        return (b.is_ascii_alphabetic(), 1);
    }
    let c = text[at..].chars().next().expect("a char starts here");
    let letter = if c <= '\u{ff}' {
        is_latin1_letter(c)
    } else {
        c.is_alphabetic()
    };
    (letter, c.len_utf8())
}

/// `char::is_alphabetic` for a character of Latin-1 (up to `U+00FF`), by
/// its ranges: the accented letters of French, Dutch and German are the
/// commonest non-ASCII letters of the text, and the Unicode table lookup
/// for them showed in profiles.
pub(crate) fn is_latin1_letter(c: char) -> bool {
    debug_assert!(c <= '\u{ff}');
    c.is_ascii_alphabetic() || matches!(c, 'ª' | 'µ' | 'º' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ')
}

/// Detects the language of `text`; `None` when there is too little text or
/// no reliable answer.
///
/// ```
/// use claimex::language::detect_language;
/// let d = detect_language("De omzet van het bedrijf steeg in het derde kwartaal.").unwrap();
/// assert_eq!(d.code, "nl");
/// assert!(detect_language("Alibaba 10.7").is_none());
/// ```
pub fn detect_language(text: &str) -> Option<Detection> {
    let sample = sample(text);
    let mut hits = [0usize; FUNCTION_WORDS.len()];
    let mut total = 0usize;
    for (_, key) in keyed_words(sample) {
        total += 1;
        let langs = key.map_or(0, |key| FUNCTION_WORD_INDEX.get(key).unwrap_or(0));
        if langs != 0 {
            for (lang, count) in hits.iter_mut().enumerate() {
                *count += usize::from(langs >> lang & 1);
            }
            // Stop reading once one language leads beyond doubt.
            if total >= 40 && clear_winner(&hits) {
                break;
            }
        }
    }
    if total < MIN_WORDS {
        return None;
    }
    let mut ranked: Vec<(usize, usize)> = hits.iter().copied().enumerate().collect();
    ranked.sort_by_key(|&(_, hits)| std::cmp::Reverse(hits));
    let (best, best_hits) = ranked[0];
    let second_hits = ranked[1].1;
    // A clear lead: at least three function words, and half again as many
    // as the runner-up.
    if best_hits >= 3 && best_hits * 2 >= second_hits * 3 {
        let lead = (best_hits - second_hits) as f64 / best_hits as f64;
        let amount = (best_hits as f64 / 12.0).min(1.0);
        let confidence = (0.5 + 0.5 * lead * amount).min(0.99);
        return Some(Detection {
            code: FUNCTION_WORDS[best].0,
            confidence: round2(confidence),
        });
    }
    detect_with_whatlang(sample)
}

/// At least twelve function words, and three times the runner-up's.
fn clear_winner(hits: &[usize]) -> bool {
    let (mut best, mut second) = (0, 0);
    for &h in hits {
        if h > best {
            second = best;
            best = h;
        } else if h > second {
            second = h;
        }
    }
    best >= 12 && best >= 3 * second
}

/// The fallback: `whatlang` on lower-case words only, so that names and
/// figures do not count.
fn detect_with_whatlang(sample: &str) -> Option<Detection> {
    let cleaned: Vec<&str> = words(sample)
        .filter(|w| w.chars().next().is_some_and(|c| !c.is_uppercase()))
        .collect();
    if cleaned.len() < MIN_WORDS {
        return None;
    }
    let info = whatlang::detect(&cleaned.join(" "))?;
    if !info.is_reliable() {
        return None;
    }
    let code = iso639_1(info.lang().code())?;
    Some(Detection {
        code,
        confidence: round2(info.confidence()),
    })
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// ISO 639-3 (whatlang) to ISO 639-1 (SPEC), for the languages that have one.
fn iso639_1(code: &str) -> Option<&'static str> {
    const TABLE: &[(&str, &str)] = &[
        ("eng", "en"),
        ("nld", "nl"),
        ("fra", "fr"),
        ("deu", "de"),
        ("spa", "es"),
        ("ita", "it"),
        ("por", "pt"),
        ("rus", "ru"),
        ("cmn", "zh"),
        ("jpn", "ja"),
        ("kor", "ko"),
        ("ara", "ar"),
        ("hin", "hi"),
        ("tur", "tr"),
        ("pol", "pl"),
        ("swe", "sv"),
        ("dan", "da"),
        ("nob", "nb"),
        ("fin", "fi"),
        ("ces", "cs"),
        ("slk", "sk"),
        ("hun", "hu"),
        ("ron", "ro"),
        ("bul", "bg"),
        ("ukr", "uk"),
        ("ell", "el"),
        ("heb", "he"),
        ("vie", "vi"),
        ("ind", "id"),
        ("tha", "th"),
        ("hrv", "hr"),
        ("srp", "sr"),
        ("slv", "sl"),
        ("lit", "lt"),
        ("lav", "lv"),
        ("est", "et"),
        ("cat", "ca"),
        ("afr", "af"),
        ("epo", "eo"),
        ("bel", "be"),
        ("ben", "bn"),
        ("pes", "fa"),
        ("urd", "ur"),
        ("tam", "ta"),
        ("tel", "te"),
        ("mar", "mr"),
        ("guj", "gu"),
        ("kan", "kn"),
        ("mal", "ml"),
        ("pan", "pa"),
        ("nep", "ne"),
        ("sin", "si"),
        ("mkd", "mk"),
        ("aze", "az"),
        ("kat", "ka"),
        ("hye", "hy"),
        ("tgl", "tl"),
        ("jav", "jv"),
        ("uzb", "uz"),
        ("yid", "yi"),
        ("zul", "zu"),
        ("sna", "sn"),
        ("aka", "ak"),
        ("amh", "am"),
        ("ori", "or"),
        ("mya", "my"),
        ("khm", "km"),
        ("lat", "la"),
        ("tuk", "tk"),
    ];
    TABLE
        .iter()
        .find(|(three, _)| *three == code)
        .map(|(_, two)| *two)
}

/// Phrases that French calques into English (`Pour rappel` → `As a
/// reminder`), matched case-insensitively at word starts, by
/// `crate::cue_scan` in the walk that finds the cue phrases of an article.
pub(crate) const FRENCH_CALQUES: &[&str] = &[
    "as a reminder",
    "recall that",
    "let us recall",
    "it should be noted that",
    "it is worth noting that",
    "in the same category",
    "closes the podium",
    "on the podium",
    "at the level of",
    "in the framework of",
    "knowing that",
    "the businesswoman",
    "the businessman",
    "report rating",
    "read also",
    "see also:",
    "the latter",
    "that is to say",
    "the action ",
    "the title ",
    "superior to",
    "inferior to",
    "realised a turnover",
    "realized a turnover",
    "a turnover of",
];

// The calques found in a text are a set of bits in a `u64`.
const _: () = assert!(FRENCH_CALQUES.len() <= 64);

/// Whether an English text reads as a translation from French: `Some("fr")`
/// when at least two independent traces agree, `None` when unsure.
///
/// ```
/// use claimex::language::translated_from;
/// assert_eq!(translated_from("Revenue reached $ 33 billion. As a reminder, it rose."), Some("fr"));
/// assert_eq!(translated_from("Revenue reached $33 billion, up 5% on the year."), None);
/// ```
pub fn translated_from(text: &str) -> Option<&'static str> {
    translated_with_calques(text, || {
        CueScanner::shared()
            .scan(text, Lang::English)
            .calques
            .kinds()
    })
}

/// [`translated_from`], given the number of different calques in `text`
/// (`crate::cue_scan` finds them in the walk that finds an article's cue
/// phrases). At least two kinds of French traces must agree, each kind
/// counted once. The typography tests are a few `memchr` scans, so they
/// run first; the calques are counted only when they fall short.
pub(crate) fn translated_with_calques(
    text: &str,
    calque_kinds: impl FnOnce() -> usize,
) -> Option<&'static str> {
    const WANTED: usize = 2;
    let typography: [fn(&str) -> bool; 4] = [
        dollar_before_space,
        space_before_percent,
        space_before_punctuation,
        french_quotes,
    ];
    let mut found = 0;
    for test in typography {
        found += usize::from(test(text));
        if found >= WANTED {
            return Some("fr");
        }
    }
    (found + calque_kinds() >= WANTED).then_some("fr")
}

/// Whether a calque found at `start` counts: at a word start.
pub(crate) fn counts_as_calque(text: &str, start: usize) -> bool {
    !text[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// `$ 33 billion`: the French `33 $` turned around, the space kept.
fn dollar_before_space(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(b'$', b)
        .any(|i| b.get(i + 1) == Some(&b' ') && b.get(i + 2).is_some_and(u8::is_ascii_digit))
}

/// `58.5 %`: the French space before a percent sign.
fn space_before_percent(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(b'%', b).any(|i| i >= 2 && b[i - 1] == b' ' && b[i - 2].is_ascii_digit())
}

/// `word : word`: a space before `:`, `;`, `?` or `!` between words.
fn space_before_punctuation(text: &str) -> bool {
    let b = text.as_bytes();
    let spaced = |i: usize| {
        i >= 2 && b[i - 1] == b' ' && b[i - 2].is_ascii_lowercase() && b.get(i + 1) == Some(&b' ')
    };
    memchr::memchr3_iter(b':', b';', b'?', b).any(spaced)
        || memchr::memchr_iter(b'!', b).any(spaced)
}

/// Guillemets, or quotes with the inner spaces of `« … »`: `“ We`,
/// `data, ”`, or an opening quote closing a sentence (`sector. “`).
/// `«` and `»` start with byte `0xC2`, `“` and `”` with `0xE2`: `memchr`
/// finds those lead bytes and the rest of the char is compared in place.
fn french_quotes(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr2_iter(0xC2, 0xE2, b).any(|i| match &b[i..] {
        [0xC2, 0xAB | 0xBB, ..] => true, // « »
        [0xE2, 0x80, 0x9C, ..] => {
            // “
            let after = &text[i + 3..];
            let mut next = after.chars();
            let opens_spaced =
                next.next() == Some(' ') && next.next().is_some_and(|c| c.is_ascii_alphabetic());
            let closes = i >= 2
                && b[i - 1] == b' '
                && matches!(b[i - 2], b'.' | b',')
                && after.chars().next().is_none_or(char::is_whitespace);
            opens_spaced || closes
        }
        [0xE2, 0x80, 0x9D, ..] => {
            // ”
            i >= 2
                && b[i - 1] == b' '
                && (b[i - 2].is_ascii_lowercase() || matches!(b[i - 2], b',' | b'.'))
        }
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_table_holds_what_it_was_given() {
        let mut table: KeyTable<u8> = KeyTable::with_capacity(3);
        for (word, bit) in [("de", 1), ("the", 2), ("de", 4)] {
            *table.entry(word_key(word).unwrap()) |= bit;
        }
        assert_eq!(table.get(word_key("de").unwrap()), Some(5));
        assert_eq!(table.get(word_key("THE").unwrap()), Some(2));
        assert_eq!(table.get(word_key("het").unwrap()), None);
        // The empty word is never held.
        assert_eq!(table.get(0), None);
    }

    #[test]
    fn keyed_words_agree_with_words_and_word_key() {
        let text = "L'éditeur de KPN, the Company's IBM-like ÉTÉ straße \u{212a}elvin \
                    abcdefgh abcdefghi ABCDEFGH Ω 12 a1b … questo più è";
        for text in [text, "The end", "x", "de Het", "abcdefgh", "è een"] {
            let keyed: Vec<_> = keyed_words(text).collect();
            let plain: Vec<_> = words(text)
                .map(|w| {
                    let key = (w.len() <= LONGEST_FUNCTION_WORD)
                        .then(|| word_key(w))
                        .flatten();
                    (w, key)
                })
                .collect();
            assert_eq!(keyed, plain, "{text:?}");
        }
    }

    #[test]
    fn latin1_letters_as_unicode_says() {
        for c in '\0'..='\u{ff}' {
            assert_eq!(is_latin1_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn short_texts_in_each_language() {
        let cases = [
            ("Alibaba said its cloud revenue rose in the fourth quarter.", "en"),
            ("The company has reported that sales were up by a third.", "en"),
            ("De omzet van het bedrijf steeg in het derde kwartaal.", "nl"),
            ("Alibaba ziet een omzet van 2 miljard dollar, schrijft TechCrunch.", "nl"),
            ("Le chiffre d'affaires de la société a progressé au troisième trimestre.", "fr"),
            ("Ubisoft a publié un chiffre d'affaires de 189,1 millions d'euros.", "fr"),
            ("Der Umsatz des Unternehmens ist im dritten Quartal gestiegen und wird weiter wachsen.", "de"),
        ];
        for (text, code) in cases {
            let d = detect_language(text).unwrap_or_else(|| panic!("no language for {text:?}"));
            assert_eq!(d.code, code, "{text:?}");
            assert!((0.0..=1.0).contains(&d.confidence));
        }
    }

    #[test]
    fn names_and_numbers_do_not_decide() {
        // Dutch text full of English company names stays Dutch.
        let text = "Amazon Web Services, Microsoft Azure en Google Cloud zijn de grootste \
                    spelers; Alibaba Cloud staat op de vierde plek met 2 miljard dollar.";
        assert_eq!(detect_language(text).unwrap().code, "nl");
        // A list of names and figures is no language at all.
        assert_eq!(
            detect_language("Alibaba Cloud 10.7 Amazon 9.95 IBM 5G 2019"),
            None
        );
        assert_eq!(detect_language(""), None);
        assert_eq!(detect_language("Hello world"), None);
    }

    #[test]
    fn translations_from_french() {
        let translated = [
            "Recall that in the same period, revenue reached $ 33 billion.",
            "As a reminder, this started in April. Google closes the podium with revenues.",
            "“We believe in the cloud. “ He added that revenue rose 58.5 % this year.",
            "« The worst is behind us », he said. Note : the group grew fast.",
            "The results were solid ; as a reminder, sales rose.",
            "The group realised a turnover of 14 billion euros, that is to say 3 % more.",
        ];
        for text in translated {
            assert_eq!(translated_from(text), Some("fr"), "{text:?}");
        }
        let native = [
            "Alibaba Cloud reported revenue of $1.54 billion, up 62 percent.",
            "\"We believe in the cloud,\" he said: revenue rose 58.5% this year.",
            "Amazon accounted for 47.8 percent. As analysts expected, it grew.",
            "",
        ];
        for text in native {
            assert_eq!(translated_from(text), None, "{text:?}");
        }
    }

    #[test]
    fn words_split_like_str_split() {
        let texts = [
            "",
            "l'éditeur a dit: «Été 2024» – 10,5 % über ÉTÉ",
            "  trailing and leading  ",
            "日本語のテキスト and ASCII 123abc x",
            "Ⱥ K Å ẞ İ words; mixed-case ÀÉÎ",
        ];
        for text in texts {
            let expected: Vec<&str> = text
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(words(text).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }

    #[test]
    fn every_function_word_is_found_in_any_case() {
        for (lang, (_, list)) in FUNCTION_WORDS.iter().enumerate() {
            for word in *list {
                for written in [word.to_string(), word.to_uppercase()] {
                    let langs = FUNCTION_WORD_INDEX
                        .get(word_key(&written).unwrap())
                        .unwrap_or(0);
                    assert!(langs & (1 << lang) != 0, "{written:?}");
                }
            }
        }
        assert_eq!(FUNCTION_WORD_INDEX.get(word_key("cloud").unwrap()), None);
        assert_eq!(word_key("longerthan8"), None);
    }

    #[test]
    fn lang_tables() {
        assert_eq!(Lang::from_code(Some("nl")), Lang::Dutch);
        assert_eq!(Lang::from_code(Some("de")), Lang::Other);
        assert_eq!(Lang::from_code(None), Lang::English);
    }
}
