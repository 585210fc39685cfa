//! banmian-import's integration tests: one binary, one module per concern.
//! See `tests/README.md` for the fixture layout and how to update snapshots.

// Tests and benchmarks fail loudly on purpose.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod fixtures;
mod kept;
mod mets;
mod never_panics;
mod pdf;
