//! banmian-import's integration tests: one binary, one module per concern.
//! See `tests/README.md` for the fixture layout and how to update snapshots.

mod fixtures;
mod never_panics;
