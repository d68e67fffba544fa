//! Company names: the gazetteer and the discovery of unknown names
//! (ANNOTATION.md, section Companies; SPEC.md section 2).
//!
//! [`CompanyFinder::find`] works in three steps, on two passes over the
//! bytes (the word starts that may open a name or a suffix, and the cue
//! phrases of discovery, found with the claim cues in one walk of the
//! article, module `cue_scan`) and small windows around what they find:
//!
//! 1. **Gazetteer names** ([`Gazetteer`], `data/companies.tsv`): one
//!    trie over every name and alias, looked up at word starts, longest
//!    first (`Alibaba Cloud Intelligence` before `Alibaba Cloud` before
//!    `Alibaba`), then per-name rules:
//!    - word boundaries on both sides (no `Amazon` in `Amazonia`, no `ING`
//!      in `FLYING`); a name inside a hyphenated compound stands alone
//!      (`Alibaba-backed`, `KPN-topman` → `Alibaba`, `KPN`); a possessive
//!      `'s` / `’s` stays out of the span (`McDonald's` keeps its own, being
//!      the name), as does the German genitive `s` after an acronym (`SAPs`);
//!    - case: a name matches as written, in capitals (a headline), or,
//!      when it starts in lowercase (`bunq`), with a capital first letter;
//!      an acronym (`AWS`, `ING`, `KPN`) only as written. So `orange`,
//!      `shell` and `ing` never match, and the trie is case-sensitive
//!      (fast: most of the text cannot start a name);
//!    - a legal form written after a name joins the span (`Gartner Inc`);
//!    - a ticker after an exchange code (`NASDAQ: BABA`) is no mention;
//!    - names listed as not companies (`Amazon One`, `Amazon rainforest`,
//!      `Fortune 500`) win as longer matches and are dropped, blocking the
//!      shorter company name inside them.
//! 2. **Ambiguous names.** A name that is also an ordinary word or a
//!    place (`Orange`, `Shell`, `Apple`, `Amazon`, `Bol`, `Target`,
//!    `Meta`) is marked `~` in the gazetteer. Beyond the case rule (always
//!    capitalised) it counts only with evidence:
//!    - *local*: a possessive (`Shell's`), a company compound (`Shell-topman`,
//!      `Apple-CEO`), a company noun right before it (`webwinkel Bol`,
//!      `telecom operator Orange`, `l'opérateur Orange`), a business verb
//!      right after it (`Shell reported`, `Orange a publié`), a legal form
//!      (`Apple Inc`), or, when it does not open a sentence, a money or
//!      percent figure in the same sentence;
//!    - *article*: the same entity, one of its units or its parent accepted
//!      elsewhere in the article (`Amazon` next to `AWS`), or a neighbour
//!      in a list of accepted companies (`Amazon, Microsoft and Google`).
//!
//!    A capitalised word at a sentence start proves nothing, so there the
//!    figure test does not count: `Shell rose 5%.` alone is not enough,
//!    `Orange juice` and `the Amazon rainforest` never are.
//! 3. **Discovery** of companies the gazetteer does not know
//!    ([`discovery`](self) module): a capitalised name with a legal or
//!    corporate suffix (`Rohwedder Group`), or next to a company cue
//!    (`research firm X`, `vakblad X`, `le cabinet X`, `X-topman`,
//!    `X, la holding`). Its slug comes from [`slug`]. Once found, the same
//!    name elsewhere in the article is a mention too.
//!
//! The cue words are data tables per language (`cues.rs`).

mod cues;
mod discovery;
mod gazetteer;
mod matcher;
mod slug;
mod text;
mod trie;

#[cfg(test)]
mod tests;

use rustc_hash::FxHashMap;
use std::sync::Arc;

pub use gazetteer::{Alias, Entry, Gazetteer, GazetteerError};
pub use slug::slug;

pub(crate) use discovery::cue_patterns as discovery_cue_patterns;
use discovery::Discoverer;
use matcher::{Hit, NameMatcher};
use text::{ends_word, starts_word, word_starts, Openings};

use crate::cue_scan::{CueOccurrences, CueScanner};
use crate::language::Lang;
use crate::span::Span;

/// A company named in the text. The slugs are shared with the
/// gazetteer (most mentions are of known companies): a mention costs no
/// string copy.
#[derive(Clone, Debug, PartialEq)]
pub struct CompanyMention {
    /// Byte span of the name as written, possessive left out.
    pub span: Span,
    /// Canonical slug (`alibaba-cloud`).
    pub entity: Arc<str>,
    /// The parent's slug, when the gazetteer knows one (`aws` → `amazon`).
    pub parent: Option<Arc<str>>,
}

/// Finds company mentions. Build once per run (the automata are built
/// here), share across threads.
#[derive(Clone, Debug)]
pub struct CompanyFinder {
    names: NameMatcher,
    discoverer: Discoverer,
    /// Slug → entity index, for discovered names that turn out known.
    by_slug: FxHashMap<String, usize>,
    /// The first bytes of the gazetteer names and the suffixes: the word
    /// starts that the gazetteer and discovery look at ([`word_starts`]).
    openings: Openings,
}

impl Default for CompanyFinder {
    fn default() -> CompanyFinder {
        CompanyFinder::new(&Gazetteer::default())
    }
}

/// A mention before its slug is attached.
#[derive(Clone, Copy, Debug)]
struct Pending {
    span: Span,
    /// Gazetteer entity index; `None` for a discovered name.
    entity: Option<u32>,
    /// For a unit named after a known company (`Tesco Bank`), the company.
    parent: Option<u32>,
}

/// The end of a unit name written after a known name: a unit word, maybe
/// after one or two other capitalised words (`Tesco Bank`, `Iliad Italia`,
/// `Barclays US Consumer Bank`, `AXA Investment Managers`).
fn unit_word_after(text: &str, end: usize) -> Option<usize> {
    let mut at = end;
    for _ in 0..3 {
        let rest = text[at..].strip_prefix(' ')?;
        // Unit words and names are capitalised: most names are followed
        // by neither.
        if rest
            .as_bytes()
            .first()
            .is_some_and(|b| b.is_ascii() && !b.is_ascii_uppercase())
        {
            return None;
        }
        let unit = cues::UNIT_WORD_SET.prefix_of(rest, |w| ends_word(text, at + 1 + w.len()));
        if let Some(word) = unit {
            return Some(at + 1 + word.len());
        }
        // Another capitalised word of the unit's name, then look further.
        let len = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '&'))
            .unwrap_or(rest.len());
        let word = &rest[..len];
        // A country code may stand in a unit's name (`Barclays US Consumer
        // Bank`), other non-names may not.
        let country_code = len <= 3 && word.chars().all(|c| c.is_ascii_uppercase());
        if len == 0
            || !word.starts_with(|c: char| c.is_uppercase())
            || (cues::NOT_NAME_SET.contains(word) && !country_code)
        {
            return None;
        }
        at += 1 + len;
    }
    None
}

/// Whether a model code follows a name (`Xiaomi SU7`, `Airbus A320`,
/// `Nvidia H100`): a capital, letters and digits, at most six characters,
/// and not a period (`Q3`, `H1`, `FY24`).
fn model_code_after(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    // Most names are followed by a lowercase word: no code.
    if !rest.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let code: &str = rest
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    let period = code.len() == 2 && matches!(&code[..1], "Q" | "H") || code.starts_with("FY");
    (2..=6).contains(&code.len())
        && code.starts_with(|c: char| c.is_ascii_uppercase())
        && code.bytes().any(|b| b.is_ascii_digit())
        && !period
}

impl CompanyFinder {
    pub fn new(gazetteer: &Gazetteer) -> CompanyFinder {
        CompanyFinder::from_parts(NameMatcher::new(gazetteer), Discoverer::new())
    }

    /// [`CompanyFinder::new`] on the gazetteer that `load` reads, read and
    /// compiled on this thread while the discovery automata, which do not
    /// depend on it, are built on another: start-up is serial, before
    /// any worker runs.
    pub fn load<E>(load: impl FnOnce() -> Result<Gazetteer, E>) -> Result<CompanyFinder, E> {
        std::thread::scope(|scope| {
            let discoverer = scope.spawn(Discoverer::new);
            let names = NameMatcher::new(&load()?);
            let discoverer = discoverer
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            Ok(CompanyFinder::from_parts(names, discoverer))
        })
    }

    fn from_parts(names: NameMatcher, discoverer: Discoverer) -> CompanyFinder {
        let by_slug = names
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.slug.to_string(), i))
            .collect();
        let openings = names.openings().union(&discoverer.openings());
        CompanyFinder {
            names,
            discoverer,
            by_slug,
            openings,
        }
    }

    /// The company mentions of `text`, sorted by start, not overlapping.
    ///
    /// ```
    /// use claimex::companies::{CompanyFinder, Gazetteer};
    /// use claimex::language::Lang;
    /// let finder = CompanyFinder::new(&Gazetteer::bundled());
    /// let text = "Amazon's AWS grew faster than Alibaba-backed Ant.";
    /// let mentions = finder.find(text, Lang::English);
    /// let found: Vec<(&str, &str)> = mentions
    ///     .iter()
    ///     .map(|m| (m.span.slice(text), &*m.entity))
    ///     .collect();
    /// assert_eq!(found, [("Amazon", "amazon"), ("AWS", "aws"), ("Alibaba", "alibaba-group")]);
    /// ```
    pub fn find(&self, text: &str, lang: Lang) -> Vec<CompanyMention> {
        let cues = CueScanner::shared().scan(text, lang);
        self.find_with_cues(text, lang, &cues.companies)
    }

    /// [`CompanyFinder::find`] with the occurrences of the discovery cues
    /// in `text` already found ([`crate::cue_scan`]).
    pub(crate) fn find_with_cues(
        &self,
        text: &str,
        lang: Lang,
        cues: &CueOccurrences,
    ) -> Vec<CompanyMention> {
        let starts = word_starts(text, &self.openings);
        let hits = self.names.hits(text, &starts);
        let blocked: Vec<Span> = hits
            .iter()
            .filter(|h| h.entity.is_none())
            .map(|h| h.span)
            .collect();
        let known: Vec<Hit> = self.names.resolve(text, lang, &hits);
        let mut pending: Vec<Pending> = Vec::with_capacity(known.len() + 8);
        pending.extend(
            known
                .iter()
                // `the Xiaomi SU7`, `an Airbus A320`: a product, not the company.
                .filter(|h| !model_code_after(text, h.span.end))
                .map(|h| match unit_word_after(text, h.span.end) {
                    // `Tesco Bank`, `Iliad Italia`: a unit of the known company.
                    Some(end) => Pending {
                        span: Span::new(h.span.start, end),
                        entity: None,
                        parent: h.entity,
                    },
                    None => Pending {
                        span: h.span,
                        entity: h.entity,
                        parent: None,
                    },
                }),
        );

        let mut found = self.discoverer.find(text, lang, &starts, cues);
        // Longer discoveries first, so that `Acme Widgets Group` wins over
        // `Acme Widgets` found by a cue.
        found.sort_by_key(|f| (std::cmp::Reverse(f.span.len()), f.span.start));
        let mut discovered: Vec<Span> = Vec::new();
        for f in found {
            if blocked.iter().any(|b| b.overlaps(f.span))
                || discovered.iter().any(|d| d.overlaps(f.span))
            {
                continue;
            }
            let inside: Vec<usize> = (0..pending.len())
                .filter(|&i| pending[i].span.overlaps(f.span))
                .collect();
            if inside.is_empty() {
                discovered.push(f.span);
                continue;
            }
            let contained = inside.iter().all(|&i| {
                let s = pending[i].span;
                f.span.start <= s.start && s.end <= f.span.end && s != f.span
            });
            if !f.by_suffix || !contained {
                continue;
            }
            // `Tencent Holdings`: a known name and corporate words only
            // is the known company, with the longer span.
            let first = pending[inside[0]];
            let tail = &text[first.span.end..f.span.end];
            if inside.len() == 1
                && first.span.start == f.span.start
                && tail
                    .split_whitespace()
                    .all(|w| cues::SUFFIX_SET.contains(w.trim_start_matches(',')))
            {
                pending[inside[0]].span.end = f.span.end;
                continue;
            }
            for &i in inside.iter().rev() {
                pending.remove(i);
            }
            discovered.push(f.span);
        }
        // The same discovered name elsewhere in the article.
        let mut names: Vec<&str> = discovered.iter().map(|s| s.slice(text)).collect();
        names.sort_unstable();
        names.dedup();
        for name in names {
            for (at, _) in text.match_indices(name) {
                let span = Span::new(at, at + name.len());
                if starts_word(text, span.start)
                    && ends_word(text, span.end)
                    && !blocked.iter().any(|b| b.overlaps(span))
                    && !discovered.iter().any(|d| d.overlaps(span))
                    && !pending.iter().any(|p| p.span.overlaps(span))
                {
                    discovered.push(span);
                }
            }
        }
        pending.extend(discovered.into_iter().map(|span| Pending {
            span,
            entity: None,
            parent: None,
        }));
        pending.sort_by_key(|p| (p.span.start, std::cmp::Reverse(p.span.end)));

        let mut out: Vec<CompanyMention> = Vec::with_capacity(pending.len());
        for p in pending {
            if out.last().is_some_and(|m| m.span.end > p.span.start) {
                continue;
            }
            // A discovered name's slug, computed once for the lookup and
            // the mention.
            let (index, own_slug) = match p.entity {
                Some(i) => (Some(i as usize), None),
                None => {
                    let s = slug(p.span.slice(text));
                    (self.by_slug.get(&s).copied(), Some(s))
                }
            };
            let (entity, parent) = match (index, own_slug) {
                (Some(i), _) => {
                    let e = &self.names.entities[i];
                    (e.slug.clone(), e.parent.clone())
                }
                (None, own_slug) => {
                    let parent = p
                        .parent
                        .map(|i| self.names.entities[i as usize].slug.clone());
                    (Arc::from(own_slug.unwrap_or_default()), parent)
                }
            };
            if entity.is_empty() {
                continue;
            }
            out.push(CompanyMention {
                span: p.span,
                entity,
                parent,
            });
        }
        out
    }
}
