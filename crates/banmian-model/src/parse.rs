//! Reading issue and catalog JSON: the format id is checked before the rest is parsed,
//! so a file of another format says so instead of failing on some field.
//!
//! These readers (feature `json`) go through serde_json. The wasm viewer has no serde_json:
//! it parses with the browser's `JSON.parse`, checks the format the same way with these
//! [`ParseError`]s, and runs the same serde derives over the result.

#[cfg(feature = "json")]
use serde::de::DeserializeOwned;
#[cfg(feature = "json")]
use serde::Deserialize;

#[cfg(feature = "json")]
use crate::catalog::{Catalog, CATALOG_FORMAT};
#[cfg(feature = "json")]
use crate::issue::{Issue, ISSUE_FORMAT};

/// Why a JSON document could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// The text is not JSON (or ends too early).
    #[error("{}line {line}, column {column}: {message}", if *.truncated { "truncated JSON: " } else { "not valid JSON: " })]
    Syntax {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// What the JSON parser said.
        message: String,
        /// Whether the text simply ended too early.
        truncated: bool,
    },
    /// The top level is not an object with a `format` field.
    #[error("no \"format\" field: this is not a banmian file (expected \"{expected}\")")]
    MissingFormat {
        /// The format this reader supports.
        expected: &'static str,
    },
    /// The `format` field names another format or version.
    #[error("unknown format {found}: this banmian reads \"{expected}\"")]
    UnknownFormat {
        /// What the file says, as JSON.
        found: String,
        /// The format this reader supports.
        expected: &'static str,
    },
    /// The format is right but a field has the wrong shape.
    #[error("{}{message} (line {line}, column {column})", if .path.is_empty() { String::new() } else { format!("field {}: ", .path) })]
    Field {
        /// JSON path of the field, e.g. `pages[0].articles[2].headline` (empty without
        /// the `field-paths` feature).
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong with it.
        message: String,
    },
}

#[cfg(feature = "json")]
/// Reads an issue file, checking its format id first.
pub fn parse_issue(json: &str) -> Result<Issue, ParseError> {
    parse_versioned(json, ISSUE_FORMAT)
}

#[cfg(feature = "json")]
/// Reads a search manifest, checking its format id first.
pub fn parse_search_manifest(json: &str) -> Result<crate::search::SearchManifest, ParseError> {
    parse_versioned(json, crate::search::SEARCH_FORMAT)
}

#[cfg(feature = "json")]
/// Reads a catalog file, checking its format id first.
pub fn parse_catalog(json: &str) -> Result<Catalog, ParseError> {
    parse_versioned(json, CATALOG_FORMAT)
}

#[cfg(feature = "json")]
#[derive(Deserialize)]
struct Probe {
    format: Option<serde_json::Value>,
}

#[cfg(feature = "json")]
fn parse_versioned<T: DeserializeOwned>(
    json: &str,
    expected: &'static str,
) -> Result<T, ParseError> {
    if !json.trim_start().starts_with('{') && !json.trim().is_empty() {
        return match serde_json::from_str::<serde::de::IgnoredAny>(json) {
            Ok(_) => Err(ParseError::MissingFormat { expected }),
            Err(e) => Err(syntax(&e)),
        };
    }
    let probe: Probe = match serde_json::from_str(json) {
        Ok(p) => p,
        Err(e) if e.classify() == serde_json::error::Category::Data => {
            return Err(ParseError::MissingFormat { expected })
        }
        Err(e) => return Err(syntax(&e)),
    };
    match probe.format {
        None => return Err(ParseError::MissingFormat { expected }),
        Some(serde_json::Value::String(s)) if s == expected => {}
        Some(other) => {
            return Err(ParseError::UnknownFormat {
                found: other.to_string(),
                expected,
            })
        }
    }
    parse_fields(json)
}

/// The full parse, naming the JSON path of a wrong field (feature `field-paths`).
#[cfg(feature = "field-paths")]
fn parse_fields<T: DeserializeOwned>(json: &str) -> Result<T, ParseError> {
    let de = &mut serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        field_error(path, &e.into_inner())
    })
}

/// The full parse, naming the line and column of a wrong field (smaller).
#[cfg(all(feature = "json", not(feature = "field-paths")))]
fn parse_fields<T: DeserializeOwned>(json: &str) -> Result<T, ParseError> {
    serde_json::from_str(json).map_err(|e| field_error(String::new(), &e))
}

#[cfg(feature = "json")]
fn field_error(path: String, e: &serde_json::Error) -> ParseError {
    ParseError::Field {
        path,
        line: e.line(),
        column: e.column(),
        message: strip_position(&e.to_string()),
    }
}

#[cfg(feature = "json")]
fn syntax(e: &serde_json::Error) -> ParseError {
    ParseError::Syntax {
        line: e.line(),
        column: e.column(),
        message: strip_position(&e.to_string()),
        truncated: e.is_eof(),
    }
}

#[cfg(feature = "json")]
/// serde_json appends " at line L column C"; the error variants carry those separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

#[cfg(test)]
#[cfg(feature = "json")]
mod tests;
