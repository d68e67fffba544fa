//! Gazetteer matching: the longest gazetteer name at each word start
//! (each name with its spelling variants, case-sensitive), then the
//! boundary and case rules of each name, and the evidence that ambiguous
//! names need.
//!
//! Speed: a name only counts where a word starts, so no automaton runs
//! over the whole text. A byte scan ([`word_starts`], shared with the
//! discovery of suffixes) finds the word starts whose first byte opens
//! some name and an anchored [`Trie`] walk there gives the longest name
//! (and, when it fails its rules, the shorter ones). This gives
//! exactly the matches of an unanchored leftmost-longest scan that drops
//! those not at a word start: such a scan tries the positions left to
//! right, and at each the longest name that starts there.

use std::collections::hash_map::Entry;

use rustc_hash::FxHashMap;
use std::sync::Arc;

use super::cues::{self, CueTables, Cues, LEGAL_FORM_SET};
use super::gazetteer::Gazetteer;
use super::text::*;
use super::trie::Trie;
use crate::language::Lang;
use crate::span::Span;

/// What a name stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    /// An index into `NameMatcher::entities`.
    Entity(u32),
    /// A name that is not a company (`Amazon One`).
    NotCompany,
}

/// What one name (as the gazetteer writes it) stands for.
#[derive(Clone, Copy, Debug)]
struct Name {
    target: Target,
    ambiguous: bool,
    /// Written in capitals only (`AWS`, `KPN`): matches only so.
    acronym: bool,
}

/// A known entity: its slug and its parent's.
#[derive(Clone, Debug)]
pub(crate) struct EntityInfo {
    pub slug: Arc<str>,
    pub parent: Option<Arc<str>>,
}

/// A gazetteer name found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub span: Span,
    /// `None` for a name that is not a company: it only blocks the text.
    pub entity: Option<u32>,
    pub ambiguous: bool,
}

/// The gazetteer compiled for matching.
#[derive(Clone, Debug)]
pub(crate) struct NameMatcher {
    /// Every name and variant, anchored lookups only (module docs).
    trie: Trie,
    /// The name of each trie pattern (a name or a variant of one).
    names: Vec<Name>,
    pub entities: Vec<EntityInfo>,
    /// The cue lists of each language, indexed.
    tables: [CueTables; 3],
}

impl NameMatcher {
    pub fn new(gazetteer: &Gazetteer) -> NameMatcher {
        let entities = gazetteer
            .entries()
            .iter()
            .map(|e| EntityInfo {
                slug: e.entity.as_str().into(),
                parent: e.parent.as_deref().map(Arc::from),
            })
            .collect();
        let name_count = gazetteer
            .entries()
            .iter()
            .map(|e| e.aliases.len())
            .sum::<usize>()
            + gazetteer.not_companies().len();
        // The names borrow their text from the gazetteer; only the
        // variants are new strings. A name given twice keeps its first
        // place and its last meaning.
        let mut patterns: Vec<&str> = Vec::with_capacity(2 * name_count);
        let mut slot: FxHashMap<&str, usize> =
            FxHashMap::with_capacity_and_hasher(2 * name_count, Default::default());
        let mut names: Vec<Name> = Vec::with_capacity(2 * name_count);
        let entity_names = gazetteer.entries().iter().enumerate().flat_map(|(i, e)| {
            e.aliases.iter().map(move |a| {
                let name = Name {
                    target: Target::Entity(i as u32),
                    ambiguous: a.ambiguous,
                    acronym: is_acronym(&a.text),
                };
                (a.text.as_str(), name)
            })
        });
        let not_companies = gazetteer.not_companies().iter().map(|n| {
            let name = Name {
                target: Target::NotCompany,
                ambiguous: false,
                acronym: is_acronym(n),
            };
            (n.as_str(), name)
        });
        for (text, name) in entity_names.chain(not_companies) {
            match slot.entry(text) {
                Entry::Occupied(o) => names[*o.get()] = name,
                Entry::Vacant(v) => {
                    v.insert(names.len());
                    patterns.push(text);
                    names.push(name);
                }
            }
        }
        // Each name is matched as written, in capitals (a headline), and
        // with a capital first letter when it starts in lowercase (`bunq`,
        // `Bunq`). An exact name wins over another name's variant.
        let variants: Vec<(String, usize)> = patterns
            .iter()
            .enumerate()
            .flat_map(|(k, text)| variants(text).into_iter().map(move |v| (v, k)))
            .collect();
        for (variant, k) in &variants {
            if let Entry::Vacant(v) = slot.entry(variant) {
                v.insert(names.len());
                patterns.push(variant);
                names.push(names[*k]);
            }
        }
        let trie = Trie::new(patterns.iter().map(|p| p.as_bytes()));
        NameMatcher {
            trie,
            names,
            entities,
            tables: CueTables::all(),
        }
    }

    /// Every gazetteer name in `text` that passes its boundary and case
    /// rules, left to right, not overlapping. Ambiguous names are not yet
    /// judged: see [`NameMatcher::resolve`].
    pub fn hits(&self, text: &str, word_starts: &[usize]) -> Vec<Hit> {
        // About one name in 70 bytes of news: reserve, not regrow.
        let mut out = Vec::with_capacity(text.len() / 64 + 4);
        let bytes = text.as_bytes();
        let mut pos = 0;
        for &p in word_starts {
            if p < pos || !self.may_open(text, p) {
                continue;
            }
            // The longest name may fail its rules (`Alibaba Cloudy`): then
            // try the shorter names that start at the same place.
            let mut end = bytes.len();
            let mut found = None;
            while let Some((pattern, e)) = self.trie.longest(bytes, p, end) {
                if let Some(hit) = self.check(text, p, e, pattern) {
                    found = Some(hit);
                    break;
                }
                end = e - 1;
            }
            if let Some(hit) = found {
                out.push(hit);
                pos = hit.span.end;
            }
        }
        out
    }

    /// The first bytes of the names, for [`word_starts`].
    pub fn openings(&self) -> Openings {
        self.trie.openings()
    }

    /// Whether a name may start at `p`, one of the [`word_starts`]: its
    /// first byte opens some name, and, after a non-ASCII byte, the whole
    /// character before it is no letter. A first byte of a name is never
    /// a UTF-8 continuation byte, so `p` is then a char boundary.
    #[inline]
    fn may_open(&self, text: &str, p: usize) -> bool {
        let bytes = text.as_bytes();
        self.trie.opens(bytes[p]) && (p == 0 || bytes[p - 1].is_ascii() || starts_word(text, p))
    }

    /// The boundary and case rules for one candidate.
    fn check(&self, text: &str, start: usize, end: usize, pattern: usize) -> Option<Hit> {
        if !text.is_char_boundary(end) || !starts_word(text, start) {
            return None;
        }
        let name = &self.names[pattern];
        let genitive = name.acronym && is_genitive_s(text, end);
        if !genitive && !ends_word(text, end) {
            return None;
        }
        if name.acronym && after_exchange_code(text, start) {
            return None;
        }
        let entity = match name.target {
            Target::Entity(i) => Some(i),
            Target::NotCompany => None,
        };
        let extended = if entity.is_some() && !genitive {
            legal_form_after(text, end)
        } else {
            end
        };
        Some(Hit {
            span: Span::new(start, extended),
            entity,
            // `Apple Inc.` is no fruit.
            ambiguous: name.ambiguous && extended == end,
        })
    }

    /// Decides the ambiguous hits: keeps those with evidence, drops the
    /// others (and the not-company hits). Returns the company hits.
    pub fn resolve(&self, text: &str, lang: Lang, hits: &[Hit]) -> Vec<Hit> {
        let cues = cues::cues(lang);
        let tables = CueTables::of(&self.tables, lang);
        let mut accepted: Vec<bool> = hits
            .iter()
            .map(|h| h.entity.is_some() && !h.ambiguous)
            .collect();
        // Local evidence, which needs nothing else from the article.
        let mut barred = vec![false; hits.len()];
        for (i, h) in hits.iter().enumerate() {
            if h.entity.is_some() && h.ambiguous {
                match local_evidence(text, h.span, tables) {
                    Evidence::Local => accepted[i] = true,
                    Evidence::Barred => barred[i] = true,
                    Evidence::None => {}
                }
            }
        }
        // Nothing left to decide: skip the article-wide pass.
        if (0..hits.len()).all(|i| accepted[i] || barred[i] || hits[i].entity.is_none()) {
            return kept(hits, &accepted);
        }
        // Article evidence: the same entity (or a unit of it, or its
        // parent) accepted elsewhere, or a neighbour in a list of
        // accepted companies. Repeat until nothing changes.
        loop {
            // `known`: every accepted entity; `named`: those also named
            // by an unambiguous name, enough for a name at a sentence
            // start, where nothing else shows it is a name.
            // A few entities per article: a vector is faster than a set.
            let mut known: Vec<&str> = Vec::new();
            let mut named: Vec<&str> = Vec::new();
            for (h, _) in hits.iter().zip(&accepted).filter(|(_, &a)| a) {
                let e = &self.entities[h.entity.expect("company") as usize];
                let set = if h.ambiguous { &mut known } else { &mut named };
                set.push(&e.slug);
                if let Some(p) = &e.parent {
                    set.push(p);
                }
            }
            known.extend(named.iter().copied());
            let mut changed = false;
            for i in 0..hits.len() {
                let h = hits[i];
                if accepted[i] || barred[i] || h.entity.is_none() {
                    continue;
                }
                let slug = &*self.entities[h.entity.expect("company") as usize].slug;
                let listed =
                    (i > 0 && accepted[i - 1] && joined(text, hits[i - 1].span, h.span, cues))
                        || (i + 1 < hits.len()
                            && accepted[i + 1]
                            && joined(text, h.span, hits[i + 1].span, cues));
                let evidence = if at_sentence_start(text, h.span.start) {
                    named.contains(&slug)
                } else {
                    known.contains(&slug)
                };
                if evidence || listed {
                    accepted[i] = true;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        kept(hits, &accepted)
    }
}

/// The hits marked accepted.
fn kept(hits: &[Hit], accepted: &[bool]) -> Vec<Hit> {
    let mut out = Vec::with_capacity(hits.len());
    out.extend(
        hits.iter()
            .zip(accepted)
            .filter(|(_, &a)| a)
            .map(|(h, _)| *h),
    );
    out
}

/// A name written in capitals only: at least two letters, none lowercase.
fn is_acronym(name: &str) -> bool {
    name.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !name.chars().any(char::is_lowercase)
}

/// The other spellings a name is matched in: all capitals (a headline:
/// `ALIBABA CLOUD`) and, for a name that starts in lowercase, a capital
/// first letter (`Bunq`). Acronyms have none: `AWS`, `ING` and `KPN` match
/// only so, never `ing` in `FLYING` or `Ing` at a sentence start.
fn variants(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let upper = name.to_uppercase();
    if upper != name && name.chars().filter(|c| c.is_alphabetic()).count() > 2 {
        out.push(upper);
    }
    let mut chars = name.chars();
    if let Some(first) = chars.next() {
        if first.is_lowercase() {
            out.push(first.to_uppercase().chain(chars).collect());
        }
    }
    out
}

/// `SAPs`: a German genitive `s` right after an acronym, then a word end.
fn is_genitive_s(text: &str, end: usize) -> bool {
    text[end..].starts_with('s') && ends_word(text, end + 1)
}

/// `NASDAQ: BABA`, `HEL: AFE1V`: an exchange code and a colon before a
/// ticker. Such tickers are not mentions (ANNOTATION.md).
fn after_exchange_code(text: &str, start: usize) -> bool {
    let head = text[..start].trim_end_matches(' ');
    let Some(head) = head.strip_suffix(':') else {
        return false;
    };
    match word_before(head, head.len()) {
        Some((_, w)) => w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()),
        None => false,
    }
}

/// The end of the legal forms written after a name (`Gartner Inc`,
/// `Gartner, Inc.`, `Huawei Technologies Co., Ltd.`), else `end`.
fn legal_form_after(text: &str, end: usize) -> usize {
    let mut end = end;
    for _ in 0..2 {
        let next = one_legal_form_after(text, end);
        if next == end {
            break;
        }
        end = next;
    }
    end
}

fn one_legal_form_after(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    let mut best = end;
    for sep in [" ", ", "] {
        let Some(after) = rest.strip_prefix(sep) else {
            continue;
        };
        // Most names are followed by no legal form: only the forms with
        // the same first byte are compared.
        for form in LEGAL_FORM_SET.starting(after) {
            let e = end + sep.len() + form.len();
            // After a comma only a dotted form (`Gartner, Inc.`), not a
            // word that may start the next item of a list. A final dot
            // stays in the span, where abbreviations keep it.
            if after.starts_with(form)
                && ends_word(text, e)
                && (sep == " " || form.ends_with('.'))
                && e > best
            {
                best = e;
            }
        }
    }
    best
}

/// What an ambiguous name shows by itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Evidence {
    /// Enough to count (module docs).
    Local,
    /// Nothing yet: the rest of the article may decide.
    None,
    /// After a determiner (`the Amazon`, `de Randstad`) and without a
    /// company noun: a place or a thing, whatever the article says.
    Barred,
}

/// The evidence an ambiguous name can carry by itself (module docs).
fn local_evidence(text: &str, span: Span, tables: &CueTables) -> Evidence {
    let rest = &text[span.end..];
    // A possessive: `Shell's`, `Orange’s`.
    let possessive = ["'s", "’s"]
        .iter()
        .any(|p| rest.starts_with(p) && ends_word(text, span.end + p.len()));
    // A compound: `Shell-topman`, `Apple-CEO`.
    let compound = tables.all_compounds.starts_at(text, span.end).is_some();
    // A company noun before it: `webwinkel Bol`, `l'opérateur Orange`.
    if possessive || compound || cue_before(text, span.start, tables) {
        return Evidence::Local;
    }
    if tables.determiners.ends_at(text, span.start).is_some() {
        return Evidence::Barred;
    }
    // A business verb after it: `Shell reported`, `Orange a publié`.
    let after = skip_spaces(text, span.end);
    let verb = || after > span.end && tables.business.starts_at(text, after).is_some();
    // A money or percent figure in the same sentence, unless the name
    // opens the sentence (where every word is capitalised).
    let figure = || {
        !at_sentence_start(text, span.start)
            && has_figure(sentence_around(text, span.start, span.end, 240))
    };
    if verb() || figure() {
        Evidence::Local
    } else {
        Evidence::None
    }
}

/// Whether a company noun of `cues.before` ends right before `start`,
/// maybe with adjectives between (`le géant chinois`).
pub(crate) fn cue_before(text: &str, start: usize, tables: &CueTables) -> bool {
    let mut at = start;
    for _ in 0..3 {
        if tables.before.ends_at(text, at).is_some() {
            return true;
        }
        match tables.adjectives.ends_at(text, at) {
            Some(a) => at = a,
            None => return false,
        }
    }
    false
}

/// Whether two names stand side by side in a list (`Amazon, Microsoft`,
/// `Microsoft and Google`, `Amazon en Alibaba`).
fn joined(text: &str, left: Span, right: Span, cues: &Cues) -> bool {
    if left.end > right.start {
        return false;
    }
    let gap = text[left.end..right.start].trim();
    if gap.is_empty() {
        return false;
    }
    let gap = gap.strip_prefix(',').map(str::trim).unwrap_or(gap);
    gap.is_empty() || cues.list_joins.iter().any(|j| gap.eq_ignore_ascii_case(j))
}
