//! Company names: the gazetteer and the discovery of unknown names
//! (ANNOTATION.md, section Companies). Not yet implemented: finds nothing.

use std::path::Path;

use crate::language::Lang;
use crate::span::Span;

/// A company named in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct CompanyMention {
    pub span: Span,
    /// Canonical slug (`alibaba-cloud`).
    pub entity: String,
    /// The parent's slug, when the gazetteer knows one (`aws` → `amazon`).
    pub parent: Option<String>,
}

/// Why a gazetteer could not be read.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    #[error("{path}: cannot read: {source}")]
    Unreadable {
        path: String,
        source: std::io::Error,
    },
}

/// The known companies.
#[derive(Debug, Default)]
pub struct Gazetteer {}

impl Gazetteer {
    /// The gazetteer compiled into the binary.
    pub fn bundled() -> Gazetteer {
        Gazetteer {}
    }

    /// Adds the entries of a user file. Returns the problems of lines that
    /// were skipped.
    pub fn extend_from_file(&mut self, path: &Path) -> Result<Vec<String>, GazetteerError> {
        std::fs::read_to_string(path).map_err(|source| GazetteerError::Unreadable {
            path: path.display().to_string(),
            source,
        })?;
        Ok(Vec::new())
    }
}

/// Finds company mentions. Build once, share across threads.
#[derive(Debug, Default)]
pub struct CompanyFinder {}

impl CompanyFinder {
    pub fn new(_gazetteer: &Gazetteer) -> CompanyFinder {
        CompanyFinder {}
    }

    pub fn find(&self, _text: &str, _lang: Lang) -> Vec<CompanyMention> {
        Vec::new()
    }
}
