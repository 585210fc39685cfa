//! The views a route shows, one a file.

pub mod archive;
pub mod article;
pub mod issue;
pub mod latest;
pub mod not_found;
pub mod page;
pub mod search;
