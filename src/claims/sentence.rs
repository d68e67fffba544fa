//! What the linker knows about one sentence: its clauses, relative
//! clauses, cue phrases and sources, and the tests on the words around a
//! name (after a preposition, after a possessive, joined by `and`).

use std::cell::{Cell, OnceCell};
use std::ops::Range;
use std::sync::LazyLock;

use super::*;
use crate::language::{word_key, KeyTable};
use crate::sentences::ascii_key;

/// Prepositions: a company right after one is rarely the subject.
pub(super) const PREPOSITIONS: &[&str] = &[
    "of",
    "for",
    "from",
    "into",
    "in",
    "by",
    "with",
    "than",
    "behind",
    "after",
    "to",
    "at",
    "against",
    "via",
    "including",
    "van",
    "voor",
    "door",
    "met",
    "dan",
    "naar",
    "bij",
    "achter",
    "tegen",
    "de",
    "du",
    "des",
    "d",
    "dans",
    "pour",
    "par",
    "avec",
    "chez",
    "derrière",
    "contre",
    "à",
    "au",
    "aux",
];

/// Determiners and adjectives that may stand between a preposition and a
/// name (`van het Zuid-Afrikaanse Distell`).
pub(super) const FILLERS: &[&str] = &[
    "the",
    "its",
    "their",
    "het",
    "de",
    "een",
    "zijn",
    "haar",
    "le",
    "la",
    "les",
    "l",
    "son",
    "sa",
    "ses",
    "leur",
    "a",
    "an",
    "un",
    "une",
    "group",
    "groupe",
    "groep",
    "company",
    "société",
    "bedrijf",
    "firm",
    "firme",
    "operator",
    "opérateur",
    "maison",
    "brand",
    "marque",
    "merk",
    "unit",
    "filiale",
    "subsidiary",
    "dochter",
    "rival",
    "concurrent",
    "chain",
    "keten",
    "chaîne",
    "italienne",
    "italien",
    "allemand",
    "allemande",
    "américain",
    "américaine",
    "britannique",
    "chinois",
    "chinoise",
    "français",
    "française",
    "espagnol",
    "espagnole",
    "suédois",
    "suédoise",
    "néerlandais",
    "néerlandaise",
    "japonais",
    "japonaise",
    "suisse",
    "belge",
    "qatari",
    "italiaanse",
    "duitse",
    "amerikaanse",
    "britse",
    "chinese",
    "franse",
    "spaanse",
    "zweedse",
    "japanse",
    "zwitserse",
    "belgische",
    "italian",
    "german",
    "american",
    "british",
    "french",
    "spanish",
    "swedish",
    "dutch",
    "japanese",
    "swiss",
    "belgian",
    "assureur",
    "insurer",
    "verzekeraar",
    "bank",
    "banque",
    "lender",
    "retailer",
    "distributeur",
    "specialist",
    "spécialiste",
    "developer",
    "maker",
    "fabricant",
    "constructeur",
    "concern",
];

/// Reporting verbs after a source at the end of a clause (`…, CNBC reported`).
pub(super) const REPORTED: &[&str] = &[
    " reported",
    " reports",
    " said",
    " says",
    " wrote",
    " writes",
    " a rapporté",
    " rapporte",
    " meldde",
    " meldt",
    " schreef",
    " schrijft",
];

/// Everything the linker knows about one sentence.
pub(super) struct Sentence<'a> {
    pub(super) span: Span,
    pub(super) text: &'a str,
    /// The cue phrases, in order; they do not overlap.
    pub(super) cues: Vec<CueMatch>,
    /// The kinds of cue among `cues`, one bit each ([`kind_bit`]): most
    /// rules look for a kind most sentences lack, and ask here first.
    kinds: u64,
    /// Byte offsets of clause separators.
    pub(super) separators: Vec<usize>,
    /// Relative clauses (`, which …,`), as byte spans.
    pub(super) relatives: Vec<Span>,
    /// Company mentions (indexes) in the sentence.
    pub(super) companies: Vec<usize>,
    /// The companies cited as sources by an attribution cue.
    pub(super) cited: Vec<usize>,
    /// Per company of `companies`: whether it follows a preposition,
    /// worked out on the first request (every value of the sentence asks).
    after_preposition: Vec<OnceCell<bool>>,
}

impl Drop for Sentence<'_> {
    fn drop(&mut self) {
        SPARE.set(Some(Buffers {
            cues: std::mem::take(&mut self.cues),
            separators: std::mem::take(&mut self.separators),
            relatives: std::mem::take(&mut self.relatives),
            companies: std::mem::take(&mut self.companies),
            cited: std::mem::take(&mut self.cited),
            after_preposition: std::mem::take(&mut self.after_preposition),
        }));
    }
}

/// The buffers of a [`Sentence`], handed from one article's sentence to
/// the next one's on the same thread: a worker allocates them once, not
/// once per article.
#[derive(Default)]
struct Buffers {
    cues: Vec<CueMatch>,
    separators: Vec<usize>,
    relatives: Vec<Span>,
    companies: Vec<usize>,
    cited: Vec<usize>,
    after_preposition: Vec<OnceCell<bool>>,
}

thread_local! {
    /// The buffers of this thread's last sentence, once it is dropped.
    static SPARE: Cell<Option<Buffers>> = const { Cell::new(None) };
}

impl<'a> Sentence<'a> {
    /// An empty sentence of `text`, to read the text's sentences into one
    /// after the other: its buffers, sized for most sentences, serve them
    /// all, and then the next article's.
    pub(super) fn new(text: &'a str) -> Sentence<'a> {
        let b = SPARE.take().unwrap_or_else(|| Buffers {
            cues: Vec::with_capacity(32),
            separators: Vec::with_capacity(16),
            relatives: Vec::new(),
            companies: Vec::with_capacity(8),
            cited: Vec::new(),
            after_preposition: Vec::with_capacity(8),
        });
        // `read_sentence` clears each buffer before it fills it.
        Sentence {
            span: Span::default(),
            text,
            cues: b.cues,
            kinds: 0,
            separators: b.separators,
            relatives: b.relatives,
            companies: b.companies,
            cited: b.cited,
            after_preposition: b.after_preposition,
        }
    }

    pub(super) fn same_clause(&self, a: Span, b: Span) -> bool {
        let (from, to) = if a.end <= b.start {
            (a.end, b.start)
        } else {
            (b.end, a.start)
        };
        !self.separators.iter().any(|&s| s >= from && s < to)
    }

    pub(super) fn clause_of(&self, at: Span) -> Span {
        let start = self
            .separators
            .iter()
            .rev()
            .find(|&&s| s < at.start)
            .map_or(self.span.start, |&s| s + 1);
        let end = self
            .separators
            .iter()
            .find(|&&s| s >= at.end)
            .copied()
            .unwrap_or(self.span.end);
        Span::new(start, end.max(start))
    }

    pub(super) fn cue_between(&self, from: usize, to: usize, cue: Cue) -> bool {
        self.has(cue) && self.cues_between(from, to).iter().any(|c| c.cue == cue)
    }

    /// Whether the sentence holds a cue of kind `cue`.
    pub(super) fn has(&self, cue: Cue) -> bool {
        self.kinds & kind_bit(cue) != 0
    }

    /// The cues of kind `cue`, in order: none to walk through in a
    /// sentence without one.
    pub(super) fn cues_of(&self, cue: Cue) -> impl Iterator<Item = &CueMatch> + '_ {
        let cues: &[CueMatch] = if self.has(cue) { &self.cues } else { &[] };
        cues.iter().filter(move |c| c.cue == cue)
    }

    /// The cues that start at `from` or later and end at `to` or before,
    /// in order: as the cues are in order and do not overlap, both their
    /// starts and their ends ascend, and two binary searches find them.
    pub(super) fn cues_between(&self, from: usize, to: usize) -> &[CueMatch] {
        let first = self.cues.partition_point(|c| c.span.start < from);
        let end = self.cues.partition_point(|c| c.span.end <= to);
        &self.cues[first..end.max(first)]
    }

    /// [`after_preposition`] for company `c` of the sentence.
    pub(super) fn company_after_preposition(&self, c: usize, companies: &[CompanyMention]) -> bool {
        let at = self
            .companies
            .binary_search(&c)
            .expect("a company of the sentence");
        *self.after_preposition[at].get_or_init(|| after_preposition(self, companies[c].span))
    }
}

impl ClaimLinker {
    /// Reads the sentence at `span` of `sentence.text`, whose company
    /// mentions are `companies` (indexes into `mentions`), into `sentence`;
    /// `cues` are the occurrences of the claim cues in the text.
    pub(super) fn read_sentence(
        &self,
        sentence: &mut Sentence<'_>,
        span: Span,
        lang: Lang,
        companies: Range<usize>,
        mentions: &[CompanyMention],
        cues: &CueOccurrences,
    ) {
        let text = sentence.text;
        let s = span.slice(text);
        let bytes = s.as_bytes();
        sentence.span = span;
        sentence.companies.clear();
        sentence.companies.extend(companies);
        let separators = &mut sentence.separators;
        separators.clear();
        // Clause breaks: `,` `;` `:` and a dash between spaces (` - `,
        // ` – `), found with vectorised searches.
        for i in memchr::memchr3_iter(b',', b';', b':', bytes) {
            // A comma between digits is a decimal mark or a thousands
            // separator, not a clause break.
            if bytes[i] != b',' || !bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
                separators.push(span.start + i);
            }
        }
        push_spaced_dashes(bytes, span.start, separators);
        separators.sort_unstable();
        // A relative clause goes on over a list of names
        // (`, waar het ketens als Food Lion, Stop & Shop en Hannaford uitbaat,`).
        let companies = &sentence.companies;
        sentence.relatives.clear();
        // Only a company can sit in a relative clause: with none, no need
        // to look for them.
        if !companies.is_empty() {
            // The commas are among the separators (but those between
            // digits, which no relative pronoun follows).
            let commas = (sentence.separators.iter())
                .map(|&at| at - span.start)
                .filter(|&i| bytes[i] == b',');
            sentence
                .relatives
                .extend(relative_clauses(s, commas).map(|clause| {
                    let mut end = span.start + clause.end;
                    while let Some(&c) = companies.iter().find(|&&c| {
                        let start = mentions[c].span.start;
                        start >= end && text[end..start].trim().is_empty()
                    }) {
                        let after = mentions[c].span.end;
                        match text[after..span.end].find([',', ';']) {
                            Some(i) if text.as_bytes()[after + i] == b',' => end = after + i + 1,
                            _ => break,
                        }
                    }
                    Span::new(span.start + clause.start, end)
                }));
        }
        sentence.cues.clear();
        self.cues
            .find_into(text, span, lang, cues, &mut sentence.cues);
        sentence.kinds = (sentence.cues.iter()).fold(0, |kinds, c| kinds | kind_bit(c.cue));
        // What `cues_between` relies on.
        debug_assert!((sentence.cues.windows(2)).all(|w| w[0].span.end <= w[1].span.start));
        sentence.after_preposition.clear();
        sentence
            .after_preposition
            .resize(sentence.companies.len(), OnceCell::new());
        let mut cited = std::mem::take(&mut sentence.cited);
        cited.clear();
        cited.extend(
            sentence
                .companies
                .iter()
                .copied()
                .filter(|&c| cited_by_cue(sentence, c, mentions)),
        );
        sentence.cited = cited;
    }
}

/// The bit of a kind of cue in [`Sentence`]'s set of kinds.
fn kind_bit(cue: Cue) -> u64 {
    1 << (cue as u32)
}

// Every kind has a bit: `Government` is the last kind.
const _: () = assert!((Cue::Government as u32) < u64::BITS);

/// Adds to `separators` the offset (`offset` + index in `bytes`) of each
/// dash between spaces (` - `, ` – `), in one scan for the dashes' first
/// bytes. As a search for either string would, a dash whose space before
/// is the space after the previous dash of its kind (` - - `) is left out.
fn push_spaced_dashes(bytes: &[u8], offset: usize, separators: &mut Vec<usize>) {
    const EN_DASH: &[u8] = "–".as_bytes();
    // Where the last ` - ` and ` – ` found end.
    let (mut hyphen_end, mut en_dash_end) = (0, 0);
    for i in memchr::memchr2_iter(b'-', EN_DASH[0], bytes) {
        if i == 0 || bytes[i - 1] != b' ' {
            continue;
        }
        let (len, last_end) = if bytes[i] == b'-' {
            (1, &mut hyphen_end)
        } else if bytes[i..].starts_with(EN_DASH) {
            (EN_DASH.len(), &mut en_dash_end)
        } else {
            continue;
        };
        if i > *last_end && bytes.get(i + len) == Some(&b' ') {
            separators.push(offset + i);
            *last_end = i + len + 1;
        }
    }
}

/// The first letters of the [`RELATIVE_PRONOUNS`] and of `waar…`, lower
/// case. (No letter beyond ASCII lower-cases to one of them.)
const RELATIVE_INITIALS: &[u8] = b"wdqol";

/// The relative clauses of a sentence: from a comma followed by a relative
/// pronoun (`, which`, `, dat`, `, qui`) to the next comma, as byte spans
/// of `sentence`. A clause that ends at `;` or `:` or with the sentence is
/// not closed, and not returned. `commas` are the sentence's commas, in
/// order, or at least those a word may follow.
pub(super) fn relative_clauses<'s>(
    sentence: &'s str,
    commas: impl Iterator<Item = usize> + 's,
) -> impl Iterator<Item = Span> + 's {
    commas.filter_map(move |comma| {
        let rest = &sentence[comma + 1..];
        let word = rest.trim_start();
        // Most commas are followed by a word of another initial: no need
        // to cut it out and look it up.
        let initial = word.as_bytes().first()?.to_ascii_lowercase();
        if !RELATIVE_INITIALS.contains(&initial) {
            return None;
        }
        let word = &word[..word
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(word.len())];
        let relative = RELATIVE_PRONOUN_SET.contains(word)
            || (word.len() > 4
                && word
                    .get(..4)
                    .is_some_and(|w| w.eq_ignore_ascii_case("waar")));
        if !relative {
            return None;
        }
        let end = rest.find([',', ';', ':'])?;
        (rest.as_bytes()[end] == b',').then(|| Span::new(comma, comma + 1 + end + 1))
    })
}

/// Whether company `c` is cited as a source here: right after an
/// attribution cue (`according to`, `volgens marktonderzoeker`), or (for a
/// value before it) a name followed by a reporting verb (`…, CNBC reported`).
pub(super) fn is_source(
    sentence: &Sentence<'_>,
    c: usize,
    companies: &[CompanyMention],
    value: Option<&Value>,
) -> bool {
    if sentence.cited.contains(&c) {
        return true;
    }
    let Some(value) = value else { return false };
    let span = companies[c].span;
    let after = &sentence.text[span.end..sentence.span.end];
    value.span.end <= span.start && REPORTED.iter().any(|verb| after.starts_with(verb))
}

/// Whether company `c` comes right after an attribution cue: the first
/// name after it, in the same clause, at most 50 bytes on.
pub(super) fn cited_by_cue(
    sentence: &Sentence<'_>,
    c: usize,
    companies: &[CompanyMention],
) -> bool {
    if !sentence.has(Cue::Attribution) && !sentence.has(Cue::Forecast) {
        return false;
    }
    let span = companies[c].span;
    sentence.cues.iter().any(|cue| {
        matches!(cue.cue, Cue::Attribution | Cue::Forecast)
            && cue.span.end <= span.start
            && span.start - cue.span.end <= 50
            && !sentence.companies.iter().any(|&o| {
                let s = companies[o].span;
                s.start >= cue.span.end && s.end <= span.start
            })
            && !sentence
                .separators
                .iter()
                .any(|&s| s >= cue.span.end && s < span.start)
    })
}

/// Whether a possessive (`its`, `zijn`, `son`) comes shortly before `span`
/// in its clause (`its second-biggest market`).
pub(super) fn after_possessive(sentence: &Sentence<'_>, span: Span) -> bool {
    let clause = sentence.clause_of(span);
    words_before(&sentence.text[clause.start..span.start])
        .take(3)
        .any(|w| POSSESSIVE_SET.contains(w))
}

/// Whether company `c` is the buyer in a sale: named after a sale cue and
/// right after `to` / `aan` / `à` (`sold its bank to Barclays`).
pub(super) fn is_buyer(sentence: &Sentence<'_>, c: usize, companies: &[CompanyMention]) -> bool {
    let span = companies[c].span;
    sentence
        .cues_of(Cue::Sale)
        .any(|cue| cue.span.end <= span.start)
        && preceded_by(sentence, span, &["to", "aan", "à", "au"])
}

/// Whether company `c` is one of two names joined by `and` (`X and Y`,
/// `X en Y`, `X et Y`), which then share what follows.
pub(super) fn jointly_named(
    sentence: &Sentence<'_>,
    c: usize,
    companies: &[CompanyMention],
) -> bool {
    let span = companies[c].span;
    let joined = |gap: &str| matches!(trim(gap), "and" | "en" | "et" | "&");
    sentence.companies.iter().any(|&o| {
        let other = companies[o].span;
        o != c
            && ((other.start >= span.end && joined(&sentence.text[span.end..other.start]))
                || (other.end <= span.start && joined(&sentence.text[other.end..span.start])))
    })
}

/// `text.trim()`, for less where `text` has ASCII on both sides of its
/// white space (most gaps between words): the white space is then ASCII,
/// skipped byte by byte.
pub(super) fn trim(text: &str) -> &str {
    let bytes = text.as_bytes();
    let white = |b: &u8| b.is_ascii() && (*b as char).is_whitespace();
    let Some(first) = bytes.iter().position(|b| !white(b)) else {
        return "";
    };
    let last = bytes.iter().rposition(|b| !white(b)).unwrap_or(first);
    if bytes[first].is_ascii() && bytes[last].is_ascii() {
        &text[first..=last]
    } else {
        text.trim()
    }
}

/// Whether one of `words` comes right before `span`, at most two
/// determiners or adjectives away (`aan het Duitse Vantage`).
pub(super) fn preceded_by(sentence: &Sentence<'_>, span: Span, words: &[&str]) -> bool {
    words_before(&sentence.text[sentence.span.start..span.start])
        .take(3)
        .any(|w| is_one_of(w, words))
}

/// The words of `head`, last first (letters, digits and hyphens).
fn words_before(head: &str) -> WordsBefore<'_> {
    WordsBefore { head }
}

/// The iterator of [`words_before`]: a walk back over the bytes, ASCII
/// tested byte by byte and other characters decoded one at a time, as
/// `head.rsplit(|c| !c.is_alphanumeric() && c != '-')` without its empty
/// pieces would give them, for less.
struct WordsBefore<'a> {
    /// What is left to split, the words already given cut off.
    head: &'a str,
}

impl<'a> WordsBefore<'a> {
    /// The length in bytes of the character that ends at `end` in the
    /// head: `Ok` for a word character, `Err` for any other.
    #[inline(always)]
    fn word_char_before(&self, end: usize) -> Result<usize, usize> {
        let b = self.head.as_bytes()[end - 1];
        if !b.is_ascii() {
            return self.wide_char_before(end);
        }
        if b.is_ascii_alphanumeric() || b == b'-' {
            Ok(1)
        } else {
            Err(1)
        }
    }

    /// [`WordsBefore::word_char_before`] for a character beyond ASCII.
    #[inline(never)]
    fn wide_char_before(&self, end: usize) -> Result<usize, usize> {
        let c = (self.head[..end].chars().next_back()).expect("a character before a byte");
        if c.is_alphanumeric() {
            Ok(c.len_utf8())
        } else {
            Err(c.len_utf8())
        }
    }
}

impl<'a> Iterator for WordsBefore<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let head = self.head;
        // Past the separators after the word.
        let mut end = head.len();
        loop {
            if end == 0 {
                self.head = "";
                return None;
            }
            match self.word_char_before(end) {
                Ok(_) => break,
                Err(len) => end -= len,
            }
        }
        let mut start = end;
        while start > 0 {
            match self.word_char_before(start) {
                Ok(len) => start -= len,
                Err(_) => break,
            }
        }
        self.head = &head[..start];
        Some(&head[start..end])
    }
}

/// Whether a preposition comes before `span` in its clause, at most a couple
/// of determiners or adjectives away.
pub(super) fn after_preposition(sentence: &Sentence<'_>, span: Span) -> bool {
    let clause = sentence.clause_of(span);
    for (n, word) in words_before(&sentence.text[clause.start..span.start]).enumerate() {
        if PREPOSITION_SET.contains(word) {
            return true;
        }
        let adjective = word.chars().next().is_some_and(char::is_uppercase) && word.contains('-');
        if n >= 3 || !(FILLER_SET.contains(word) || adjective) {
            return false;
        }
    }
    false
}

/// Whether `word`, lower-cased, is one of `list` (lower-case words of
/// Latin script). For short lists asked rarely; the lists asked for every
/// word are [`WordSet`]s.
pub(super) fn is_one_of(word: &str, list: &[&str]) -> bool {
    if word.is_ascii() {
        // The list's words are lower-case: an ASCII word is one of them if
        // it equals one but for ASCII case, compared only to those of its
        // length, with no lower-cased copy.
        list.iter()
            .any(|w| w.len() == word.len() && w.eq_ignore_ascii_case(word))
    } else {
        list.contains(&word.to_lowercase().as_str())
    }
}

/// A list of lower-case words of Latin script, asked for many words: those
/// of at most eight bytes by [`word_key`] in a [`KeyTable`], so that a
/// word is looked up with one lower-casing into an integer, a multiply and
/// a compare or two; the longer ones as they are.
pub(super) struct WordSet {
    /// The words of at most eight bytes.
    short: KeyTable<()>,
    long: Vec<&'static str>,
}

impl WordSet {
    pub(super) fn new(words: &[&'static str]) -> WordSet {
        let mut set = WordSet {
            short: KeyTable::with_capacity(words.len()),
            long: Vec::new(),
        };
        for &word in words {
            match word_key(word) {
                Some(key) => *set.short.entry(key) = (),
                None => set.long.push(word),
            }
        }
        set
    }

    fn holds(&self, key: u64) -> bool {
        self.short.get(key).is_some()
    }

    /// Whether `word`, lower-cased, is one of the words: as
    /// [`is_one_of`], for a word without NUL (a word of letters).
    pub(super) fn contains(&self, word: &str) -> bool {
        if let Some(key) = ascii_key(word.as_bytes()) {
            return self.holds(key);
        }
        if word.is_ascii() {
            // Longer than any key: one of the long words or none.
            return (self.long.iter())
                .any(|w| w.len() == word.len() && w.eq_ignore_ascii_case(word));
        }
        match word_key(word) {
            Some(key) => self.holds(key),
            None => self.long.contains(&word.to_lowercase().as_str()),
        }
    }
}

/// [`PREPOSITIONS`] as a [`WordSet`].
static PREPOSITION_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PREPOSITIONS));

/// [`FILLERS`] as a [`WordSet`].
static FILLER_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(FILLERS));

/// [`RELATIVE_PRONOUNS`] as a [`WordSet`].
static RELATIVE_PRONOUN_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(RELATIVE_PRONOUNS));

/// Possessives (`its`, `zijn`, `son`), as a [`WordSet`].
static POSSESSIVE_SET: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "its", "their", "zijn", "haar", "hun", "son", "sa", "ses", "leur",
    ])
});

#[cfg(test)]
mod dash_tests {
    use super::push_spaced_dashes;
    use memchr::memmem;
    use proptest::prelude::*;

    /// What two substring searches find, one per kind of dash.
    fn searched(text: &str) -> Vec<usize> {
        let mut found: Vec<usize> = [" - ", " – "]
            .iter()
            .flat_map(|dash| memmem::find_iter(text.as_bytes(), dash).map(|i| i + 1))
            .collect();
        found.sort_unstable();
        found
    }

    fn scanned(text: &str) -> Vec<usize> {
        let mut found = Vec::new();
        push_spaced_dashes(text.as_bytes(), 0, &mut found);
        found.sort_unstable();
        found
    }

    #[test]
    fn spaced_dashes() {
        for text in [
            "a - b – c",
            " - - - ",
            " – – ",
            " -– - ",
            "-a -b- c - ",
            "x — y - z",
        ] {
            assert_eq!(scanned(text), searched(text), "{text:?}");
        }
    }

    proptest! {
        #[test]
        fn spaced_dashes_as_searched(text in "[ a\\-–—]{0,24}") {
            prop_assert_eq!(scanned(&text), searched(&text));
        }
    }
}

#[cfg(test)]
mod word_tests {
    use super::*;
    use proptest::prelude::*;

    fn split(head: &str) -> Vec<&str> {
        head.rsplit(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .collect()
    }

    #[test]
    fn words_before_as_split() {
        for head in [
            "",
            " ",
            "a",
            "the  acquisition of",
            "l'État d'Engie",
            "X-ray, - é à",
            "ﬁ 2024 Σ",
        ] {
            assert_eq!(
                words_before(head).collect::<Vec<_>>(),
                split(head),
                "{head:?}"
            );
        }
    }

    #[test]
    fn word_sets_as_lists() {
        let lists: [&[&str]; 3] = [PREPOSITIONS, FILLERS, RELATIVE_PRONOUNS];
        for list in lists {
            let set = WordSet::new(list);
            for word in list.iter().chain(&[
                "",
                "Of",
                "DERRIÈRE",
                "Derrière",
                "derriere",
                "Où",
                "Lesquels",
                "lesquelles",
                "K\u{212A}",
                "x",
            ]) {
                let upper = word.to_uppercase();
                for w in [*word, upper.as_str()] {
                    assert_eq!(set.contains(w), is_one_of(w, list), "{w:?}");
                }
            }
        }
    }

    #[test]
    fn trim_as_str_trim() {
        for text in [
            "",
            " ",
            " and ",
            "\u{a0}and ",
            " (\u{2003}",
            "é ",
            " \t(\n",
            "a",
            "\u{3000}",
            " x\u{a0}",
        ] {
            assert_eq!(trim(text), text.trim(), "{text:?}");
        }
    }

    #[test]
    fn relative_initials() {
        for word in RELATIVE_PRONOUNS.iter().chain(&["waar"]) {
            assert!(RELATIVE_INITIALS.contains(&word.as_bytes()[0]), "{word}");
        }
    }

    #[test]
    fn ascii_keys_as_word_keys() {
        for word in ["", "a", "Of", "LESQUELS", "lesquelles", "x-y", "où"] {
            if word.is_ascii() {
                assert_eq!(ascii_key(word.as_bytes()), word_key(word), "{word:?}");
            } else {
                assert_eq!(ascii_key(word.as_bytes()), None);
            }
        }
    }

    proptest! {
        #[test]
        fn words_before_as_split_any(head in "[ a-zA-Z0-9\\-'.,éÉàß\u{212A}İ]{0,24}") {
            prop_assert_eq!(words_before(&head).collect::<Vec<_>>(), split(&head));
        }

        #[test]
        fn word_sets_as_lists_any(word in "[a-zA-Zéèàù\u{212A}İ]{0,10}") {
            let lists: [&[&str]; 3] = [PREPOSITIONS, FILLERS, RELATIVE_PRONOUNS];
            for list in lists {
                prop_assert_eq!(WordSet::new(list).contains(&word), is_one_of(&word, list));
            }
        }
    }
}
