//! The viewer's wasm in parts: what the front page needs, and chunks fetched when first used
//! (the archive and search views, marked with `#[wasm_split]` in `src/lib.rs`).
//!
//! Trunk cannot split a wasm (trunk-rs/trunk#1022), so `dist` does it after `trunk build`,
//! the way cargo-leptos does: Trunk's cargo build links with `--emit-relocs`
//! (`.cargo/config.toml`); `wasm-split-cli` (wasm_split_cli_support, the tool of the
//! `wasm_split_helpers` crate Leptos uses) cuts that wasm into the main module, the chunks
//! and their loader; wasm-bindgen and wasm-opt then make the main module what Trunk's
//! would have been, under Trunk's names, so the rest of the pipeline is unchanged.

use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::sh::{root, run as sh};

/// The chunk files written into `stage` (fetched when used: not precached).
pub struct Split {
    /// The chunks' file names.
    pub chunks: Vec<String>,
}

/// Replaces Trunk's wasm and JS glue in `stage` by the split build's.
pub fn split_wasm(stage: &Path) -> Result<Split, String> {
    let glue = fs::read_dir(stage)
        .map_err(|e| format!("{}: {e}", stage.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|f| f.starts_with("banmian-viewer-") && f.ends_with(".js"))
        .ok_or(format!(
            "{}: Trunk wrote no banmian-viewer-*.js",
            stage.display()
        ))?;
    let stem = glue.trim_end_matches(".js").to_owned();
    let input = target_dir().join("wasm32-unknown-unknown/wasm-release/banmian-viewer.wasm");
    let work = root().join("target/wasm-split");
    let _ = fs::remove_dir_all(&work);
    fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;

    let mut split = Command::new("wasm-split-cli");
    split
        .args(["--target", "web", "--out-name", &stem])
        .arg(&input)
        .arg(&work);
    sh(split)?;

    let bound = work.join("bindgen");
    let mut bindgen = Command::new("wasm-bindgen");
    bindgen
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--keep-lld-exports",
            "--out-name",
            &stem,
            "--out-dir",
        ])
        .arg(&bound)
        .arg(work.join(format!("{stem}.wasm")));
    sh(bindgen)?;
    optimize(
        &bound.join(format!("{stem}_bg.wasm")),
        &stage.join(format!("{stem}_bg.wasm")),
    )?;

    // The chunks, named by their content (the server caches such names for good).
    let loader_path = work.join("__wasm_split.js");
    let mut loader =
        fs::read_to_string(&loader_path).map_err(|e| format!("{}: {e}", loader_path.display()))?;
    let mut names: Vec<String> = fs::read_dir(&work)
        .map_err(|e| format!("{}: {e}", work.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".wasm") && *name != format!("{stem}.wasm"))
        .collect();
    names.sort();
    let optimized = work.join("opt");
    fs::create_dir_all(&optimized).map_err(|e| format!("{}: {e}", optimized.display()))?;
    let mut chunks = Vec::new();
    for name in names {
        let done = optimized.join(&name);
        optimize(&work.join(&name), &done)?;
        let bytes = fs::read(&done).map_err(|e| format!("{}: {e}", done.display()))?;
        // `split_archive.wasm` → `split-archive-<hash>.wasm`; shared code: `split-chunk_3-…`.
        let part = name.trim_end_matches(".wasm").trim_start_matches("split_");
        let named = format!("split-{part}-{}.wasm", digest(&bytes));
        let quoted = format!("\"./{name}\"");
        if !loader.contains(&quoted) {
            return Err(format!("{}: does not name {name}", loader_path.display()));
        }
        loader = loader.replace(&quoted, &format!("\"./{named}\""));
        fs::write(stage.join(&named), bytes).map_err(|e| format!("{named}: {e}"))?;
        chunks.push(named);
    }
    chunks.sort();

    // The loader, named by its content, and the glue importing it by that name.
    let loader_name = format!("split-{}.js", digest(loader.as_bytes()));
    fs::write(stage.join(&loader_name), &loader).map_err(|e| format!("{loader_name}: {e}"))?;
    let glue_path = bound.join(&glue);
    let text =
        fs::read_to_string(&glue_path).map_err(|e| format!("{}: {e}", glue_path.display()))?;
    let imported = ["'./__wasm_split.js'", "\"./__wasm_split.js\""];
    let specifier = imported
        .iter()
        .find(|s| text.contains(&format!("from {s}")))
        .ok_or(format!(
            "{}: does not import the chunks' loader",
            glue_path.display()
        ))?;
    let text = text.replace(
        &format!("from {specifier}"),
        &format!("from './{loader_name}'"),
    );
    fs::write(stage.join(&glue), text).map_err(|e| format!("{glue}: {e}"))?;
    Ok(Split { chunks })
}

/// `wasm-opt -Oz`, as Trunk runs it for `data-wasm-opt="z"`.
fn optimize(from: &Path, to: &Path) -> Result<(), String> {
    let mut opt = Command::new("wasm-opt");
    opt.arg("-Oz").arg(from).arg("-o").arg(to);
    sh(opt)
}

/// 16 hex digits of a hash of `bytes`: a file's name by its content.
fn digest(bytes: &[u8]) -> String {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

/// Cargo's target directory (where Trunk's cargo build wrote the wasm).
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
}
