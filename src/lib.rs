//! claimex reads news articles and pulls out the financial facts in them:
//! every claim of the form *company – metric – value – period*, in English,
//! Dutch and French.
//!
//! The pipeline, one module per stage:
//!
//! | stage | module |
//! | --- | --- |
//! | load articles (`.txt`, JSONL, gzip, stdin) | [`load`], [`article`] |
//! | detect the language, spot translations | [`language`] |
//! | find company names | [`companies`] |
//! | find money amounts and percentages | [`amounts`] |
//! | link them into claims | [`claims`] |
//! | write JSON records | [`record`] |
//! | run a batch in parallel, in order | [`batch`] |
//!
//! Everything expensive (automata, regexes, word tables) is built once in an
//! [`Extractor`] and shared read-only; [`Extractor::extract`] then works on
//! one article at a time.
//!
//! ```
//! use claimex::{article::Article, Extractor, Options};
//! let extractor = Extractor::new(Options::default()).unwrap();
//! let article = Article {
//!     id: "a1".into(),
//!     text: "Alibaba Cloud said its revenue rose in the fourth quarter.".into(),
//!     ..Article::default()
//! };
//! let record = extractor.record(&article);
//! assert_eq!(record.lang.as_deref(), Some("en"));
//! ```

pub mod amounts;
pub mod article;
pub mod batch;
pub mod claims;
pub mod companies;
mod cue_scan;
pub mod eval;
mod flat_dfa;
pub mod language;
pub mod load;
pub mod number;
pub mod record;
pub mod sentences;
pub mod span;

use std::path::PathBuf;

use amounts::{AmountFinder, Amounts, MoneyMention};
use article::Article;
use claims::{Claim, ClaimLinker, ValueRef};
use companies::{CompanyFinder, CompanyMention, Gazetteer, GazetteerError};
use cue_scan::CueScanner;
use language::{detect_language, translated_with_calques, Lang};
use record::{ClaimRecord, DocumentRecord, EquivalentRecord, MentionRecord, MentionType};
use span::Span;

/// How the language of each article is decided.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum LanguageChoice {
    /// A language the input declares wins; others are detected.
    #[default]
    Declared,
    /// Always detect, even where the input declares one (`--lang auto`).
    Detect,
    /// The same language for every article (`--lang CODE`).
    Force(String),
}

/// What an [`Extractor`] is built from.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub language: LanguageChoice,
    /// Gazetteer files added to the bundled one.
    pub gazetteers: Vec<PathBuf>,
    /// Leave the bundled gazetteer out and use only `gazetteers`.
    pub gazetteer_only: bool,
}

/// Why an [`Extractor`] could not be built.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error(transparent)]
    Gazetteer(#[from] GazetteerError),
}

/// Everything found in one article, with byte spans.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    pub lang: Option<String>,
    pub lang_confidence: Option<f64>,
    pub translated_from: Option<&'static str>,
    pub companies: Vec<CompanyMention>,
    pub amounts: Amounts,
    pub claims: Vec<Claim>,
}

/// The whole pipeline, built once per run and shared across threads.
pub struct Extractor {
    options: Options,
    companies: CompanyFinder,
    amounts: AmountFinder,
    claims: ClaimLinker,
    /// Problems with lines of user gazetteers, for the caller to report.
    pub gazetteer_warnings: Vec<String>,
}

impl Extractor {
    pub fn new(options: Options) -> Result<Extractor, BuildError> {
        let mut gazetteer_warnings = Vec::new();
        let load_gazetteer = || {
            let mut gazetteer = if options.gazetteer_only {
                Gazetteer::default()
            } else {
                Gazetteer::bundled()
            };
            for path in &options.gazetteers {
                gazetteer_warnings.extend(gazetteer.extend_from_file(path)?);
            }
            Ok::<_, GazetteerError>(gazetteer)
        };
        // The company automata, the claim automata, the cue automata and the
        // period patterns do not depend on each other: each is built on a
        // thread of its own (the companies on two, see
        // [`CompanyFinder::load`]), which shortens start-up (serial, before
        // any worker runs) on two cores or more. The scope waits for the
        // cue automata and the period patterns too.
        let (companies, (amounts, claims)) = std::thread::scope(|scope| {
            scope.spawn(claims::period::compile_all);
            scope.spawn(CueScanner::build);
            let claim_side = scope.spawn(|| (AmountFinder::new(), ClaimLinker::new()));
            let companies = CompanyFinder::load(load_gazetteer)?;
            let claim_side = claim_side
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            Ok::<_, GazetteerError>((companies, claim_side))
        })?;
        Ok(Extractor {
            companies,
            amounts,
            claims,
            options,
            gazetteer_warnings,
        })
    }

    /// Runs every stage on one article.
    pub fn extract(&self, article: &Article) -> Extraction {
        let (lang, lang_confidence) = self.language_of(article);
        let tables = Lang::from_code(lang.as_deref());
        // The cue phrases of company discovery and claims, and the French
        // calques of English, in one walk.
        let cues = CueScanner::shared().scan(&article.text, tables);
        let translated = match lang.as_deref() {
            Some("en") => translated_with_calques(&article.text, || cues.calques.kinds()),
            _ => None,
        };
        let companies = self
            .companies
            .find_with_cues(&article.text, tables, &cues.companies);
        let amounts = self.amounts.find(&article.text, tables);
        let claims =
            self.claims
                .link_with_cues(article, tables, &companies, &amounts, &cues.claims);
        Extraction {
            lang,
            lang_confidence,
            translated_from: translated,
            companies,
            amounts,
            claims,
        }
    }

    fn language_of(&self, article: &Article) -> (Option<String>, Option<f64>) {
        let declared = match &self.options.language {
            LanguageChoice::Force(code) => Some(code.clone()),
            LanguageChoice::Declared => article.declared_language.clone(),
            LanguageChoice::Detect => None,
        };
        if let Some(code) = declared {
            return (Some(code), Some(1.0));
        }
        match detect_language(&article.text) {
            Some(d) => (Some(d.code.to_string()), Some(d.confidence)),
            None => (None, None),
        }
    }

    /// Runs the pipeline and returns the article's record (SPEC section 2).
    pub fn record(&self, article: &Article) -> DocumentRecord {
        to_record(article, &self.extract(article))
    }
}

/// Turns an extraction into its record, with code-point offsets.
pub fn to_record(article: &Article, found: &Extraction) -> DocumentRecord {
    let text = &article.text;
    let offsets = record::MentionOffsets::new(text, found);

    let mention = |kind, span: Span, (start, end)| MentionRecord {
        kind,
        start,
        end,
        text: span.slice(text).to_string(),
        entity: None,
        parent: None,
        value: None,
        currency: None,
        currency_inferred: false,
    };
    let mut mentions: Vec<MentionRecord> = Vec::new();
    for (i, c) in found.companies.iter().enumerate() {
        mentions.push(MentionRecord {
            entity: Some(c.entity.to_string()),
            parent: c.parent.as_deref().map(String::from),
            ..mention(MentionType::Company, c.span, offsets.company(i))
        });
    }
    for (i, m) in found.amounts.money.iter().enumerate() {
        mentions.push(MentionRecord {
            value: Some(m.value.to_f64()),
            currency: Some(m.currency.to_string()),
            currency_inferred: m.currency_inferred,
            ..mention(MentionType::Money, m.span, offsets.money(i))
        });
    }
    for (i, p) in found.amounts.percents.iter().enumerate() {
        mentions.push(MentionRecord {
            value: Some(p.value.to_f64()),
            ..mention(MentionType::Percent, p.span, offsets.percent(i))
        });
    }
    mentions.sort_by_key(|m| (m.start, m.end, m.kind));

    let money_value = |i: usize| {
        let m: &MoneyMention = &found.amounts.money[i];
        (
            m.value.to_f64(),
            m.currency.to_string(),
            m.span,
            offsets.money(i),
        )
    };
    let claims = found
        .claims
        .iter()
        .map(|claim| {
            let company = &found.companies[claim.company];
            let (company_start, company_end) = offsets.company(claim.company);
            let (value, unit, span, (start, end)) = match claim.value {
                ValueRef::Money(i) => money_value(i),
                ValueRef::Percent(i) => {
                    let p = &found.amounts.percents[i];
                    (
                        p.value.to_f64(),
                        "%".to_string(),
                        p.span,
                        offsets.percent(i),
                    )
                }
            };
            ClaimRecord {
                doc_id: None,
                company: company.span.slice(text).to_string(),
                entity: company.entity.to_string(),
                company_start,
                company_end,
                metric: claim.metric.name().to_string(),
                value,
                unit,
                text: span.slice(text).to_string(),
                start,
                end,
                equivalents: claim
                    .equivalents
                    .iter()
                    .map(|&i| {
                        let (value, unit, span, (start, end)) = money_value(i);
                        EquivalentRecord {
                            value,
                            unit,
                            text: span.slice(text).to_string(),
                            start,
                            end,
                        }
                    })
                    .collect(),
                period: claim.period.map(|p| p.text().as_str().to_string()),
                link: claim.link.name().to_string(),
                sentence: Some(claim.sentence.slice(text).to_string()),
            }
        })
        .collect();

    DocumentRecord {
        id: article.id.clone(),
        source: Some(article.source.clone()),
        date: article.date.clone(),
        lang: found.lang.clone(),
        lang_confidence: found.lang_confidence,
        translated_from: found.translated_from.map(str::to_string),
        title: article.title.clone(),
        url: article.url.clone(),
        mentions,
        claims,
    }
}
