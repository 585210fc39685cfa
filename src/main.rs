//! banmian's viewer: the Leptos client-side app that renders a published issue.
//!
//! This is a placeholder until the viewer lands (see the issue tracker); the
//! workspace already has its final shape so that the CLI and data crates can be
//! built and tested on their own.

fn main() {
    eprintln!("banmian-viewer: the viewer is not built yet; see README.md");
}
