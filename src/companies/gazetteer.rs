//! The gazetteer: known companies and their names, read from tab-separated
//! data (`data/companies.tsv`, bundled with `include_str!`, and user files
//! given with `--gazetteer`). `data/README.md` documents the format:
//!
//! ```text
//! entity <TAB> name <TAB> aliases <TAB> parent <TAB> country
//! aws    <TAB> Amazon Web Services <TAB> AWS|Amazon Web Service <TAB> amazon <TAB> US
//! ```
//!
//! - `aliases` are separated by `|`; a name or alias written `~Name` is
//!   *ambiguous* (an ordinary word too: `~Orange`, `~Shell`) and counts only
//!   with evidence (see the module [`super`]).
//! - An entity of `-` lists names that are *not* companies although they
//!   contain one or look like one (`Amazon One`, `Amazon rainforest`,
//!   `Fortune 500`): they are matched like names and then dropped.
//! - Empty or `-` columns are missing values; lines starting with `#` and
//!   blank lines are skipped. Later lines add aliases to an entity already
//!   known and may change its parent or country.

use std::path::Path;

use rustc_hash::FxHashMap;

/// The bundled data, compiled into the binary.
const BUNDLED: &str = include_str!("../../data/companies.tsv");

/// Why a gazetteer could not be read.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    #[error("{path}: cannot read gazetteer: {source}")]
    Unreadable {
        path: String,
        source: std::io::Error,
    },
}

/// One name of an entity as it may be written in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alias {
    pub text: String,
    /// An ordinary word as well: needs evidence before it counts.
    pub ambiguous: bool,
}

/// A known company.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Canonical slug (`alibaba-cloud`).
    pub entity: String,
    /// Display name (`Alibaba Cloud`).
    pub name: String,
    /// Every name to match, the display name included.
    pub aliases: Vec<Alias>,
    /// Slug of the parent entity (`alibaba-group`).
    pub parent: Option<String>,
    /// ISO 3166 country code of the headquarters, when known.
    pub country: Option<String>,
}

/// The known companies, plus names known *not* to be companies.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    index: FxHashMap<String, usize>,
    not_companies: Vec<String>,
}

impl Gazetteer {
    /// The gazetteer compiled into the binary (`data/companies.tsv`).
    pub fn bundled() -> Gazetteer {
        let mut g = Gazetteer::default();
        let warnings = g.extend_from_str(BUNDLED, "data/companies.tsv");
        debug_assert!(warnings.is_empty(), "bundled gazetteer: {warnings:?}");
        g
    }

    /// Adds the entries of a user file. Returns one warning per malformed
    /// line (`path:line: reason`); the other lines are still loaded.
    pub fn extend_from_file(&mut self, path: &Path) -> Result<Vec<String>, GazetteerError> {
        let text = std::fs::read_to_string(path).map_err(|source| GazetteerError::Unreadable {
            path: path.display().to_string(),
            source,
        })?;
        Ok(self.extend_from_str(&text, &path.display().to_string()))
    }

    /// Adds the entries of gazetteer text; `origin` names it in warnings.
    pub fn extend_from_str(&mut self, text: &str, origin: &str) -> Vec<String> {
        let mut warnings = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            if let Err(reason) = self.add_line(line) {
                warnings.push(format!("{origin}:{}: {reason}", i + 1));
            }
        }
        warnings
    }

    /// The companies, in the order they were first seen.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry of a slug.
    pub fn get(&self, entity: &str) -> Option<&Entry> {
        self.index.get(entity).map(|&i| &self.entries[i])
    }

    /// Names that are not companies (`Amazon One`, `Fortune 500`).
    pub fn not_companies(&self) -> &[String] {
        &self.not_companies
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn add_line(&mut self, line: &str) -> Result<(), String> {
        // The columns in place, not collected: a line is read with no
        // allocation but its names.
        let mut cols = [""; 5];
        let mut count = 0;
        for col in line.split('\t') {
            if count < cols.len() {
                cols[count] = col.trim();
            }
            count += 1;
        }
        if count < 2 {
            return Err("expected at least 2 tab-separated columns (entity, name)".into());
        }
        if count > 5 {
            return Err(format!("expected at most 5 columns, found {count}"));
        }
        let column = |i: usize| Some(cols[i]).filter(|c| !c.is_empty() && *c != "-");
        let entity = cols[0];
        let name = column(1).ok_or("empty name")?;
        let more = column(2)
            .into_iter()
            .flat_map(|aliases| aliases.split('|'))
            .map(str::trim)
            .filter(|a| !a.is_empty());
        let aliases: Vec<Alias> = std::iter::once(name)
            .chain(more)
            .map(|n| match n.strip_prefix('~') {
                Some(rest) => Alias {
                    text: rest.trim().to_string(),
                    ambiguous: true,
                },
                None => Alias {
                    text: n.to_string(),
                    ambiguous: false,
                },
            })
            .collect();
        if aliases.iter().any(|a| a.text.is_empty()) {
            return Err("empty name after `~`".into());
        }
        if entity == "-" {
            self.not_companies
                .extend(aliases.into_iter().map(|a| a.text));
            return Ok(());
        }
        if !is_slug(entity) {
            return Err(format!(
                "entity {entity:?} is not a slug (lowercase letters, digits, `-`)"
            ));
        }
        let parent = column(3).map(str::to_string);
        if let Some(p) = &parent {
            if !is_slug(p) {
                return Err(format!("parent {p:?} is not a slug"));
            }
        }
        let country = column(4).map(str::to_string);
        match self.index.get(entity) {
            Some(&i) => {
                let e = &mut self.entries[i];
                for a in aliases {
                    if !e.aliases.contains(&a) {
                        e.aliases.push(a);
                    }
                }
                if parent.is_some() {
                    e.parent = parent;
                }
                if country.is_some() {
                    e.country = country;
                }
            }
            None => {
                self.index.insert(entity.to_string(), self.entries.len());
                self.entries.push(Entry {
                    entity: entity.to_string(),
                    name: name.trim_start_matches('~').trim().to_string(),
                    aliases,
                    parent,
                    country,
                });
            }
        }
        Ok(())
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_data_is_clean_and_large() {
        let mut g = Gazetteer::default();
        let warnings = g.extend_from_str(BUNDLED, "data/companies.tsv");
        assert!(warnings.is_empty(), "{warnings:#?}");
        assert!(g.len() >= 500, "only {} companies", g.len());
        for e in g.entries() {
            if let Some(p) = &e.parent {
                assert!(g.get(p).is_some(), "{}: unknown parent {p}", e.entity);
            }
        }
        let slugs = [
            ("alibaba-group", "Alibaba Group"),
            ("alibaba-cloud", "Aliyun"),
            ("aws", "Amazon Web Service"),
            ("microsoft-azure", "Azure"),
            ("google-cloud", "Google Cloud"),
            ("synergy-research", "Synergie Research Group"),
            ("global-times", "Global Times"),
        ];
        for (entity, alias) in slugs {
            let e = g.get(entity).unwrap_or_else(|| panic!("{entity} missing"));
            assert!(
                e.aliases.iter().any(|a| a.text == alias),
                "{entity}: {alias}"
            );
        }
        assert_eq!(g.get("aws").unwrap().parent.as_deref(), Some("amazon"));
        assert_eq!(
            g.get("alibaba-cloud").unwrap().parent.as_deref(),
            Some("alibaba-group")
        );
    }

    #[test]
    fn malformed_lines_are_reported_by_number() {
        let text = "# comment\n\
                    acme\tAcme Widgets\tAcme|~Widgets\t-\tUS\n\
                    justone\n\
                    Bad Slug\tBad\n\
                    \n\
                    acme\tAcme Widgets\tAcme Corp\n\
                    -\tAcme Tower\n\
                    kid\tKid\t\tNot A Slug\n";
        let mut g = Gazetteer::default();
        let w = g.extend_from_str(text, "user.tsv");
        assert_eq!(w.len(), 3, "{w:?}");
        assert!(w[0].starts_with("user.tsv:3: "), "{w:?}");
        assert!(w[1].starts_with("user.tsv:4: "), "{w:?}");
        assert!(w[2].starts_with("user.tsv:8: "), "{w:?}");
        let acme = g.get("acme").unwrap();
        let names: Vec<&str> = acme.aliases.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(names, ["Acme Widgets", "Acme", "Widgets", "Acme Corp"]);
        assert!(acme.aliases[2].ambiguous);
        assert_eq!(acme.country.as_deref(), Some("US"));
        assert_eq!(g.not_companies(), ["Acme Tower"]);
    }

    #[test]
    fn unreadable_file_is_an_error() {
        let mut g = Gazetteer::default();
        let err = g
            .extend_from_file(Path::new("/nonexistent/claimex-gazetteer.tsv"))
            .unwrap_err();
        assert!(err
            .to_string()
            .contains("/nonexistent/claimex-gazetteer.tsv"));
    }
}
