//! `cargo xtask dist --out DIR [--base /PATH/]`: the complete static site a paper deploys:
//! the release viewer (Trunk, offline; its JS glue minified by terser) plus `DIR/data/`
//! published from `samples/`, with every route prerendered into the app's shell
//! (`shell.html`; the pages are written by `banmian publish`), the service worker and
//! `embed.js` (for host pages) filled in for this build.

use std::fs;
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::process::Command;

use crate::serve::publish_samples;
use crate::sh::{root, run as sh};
use crate::tools::ensure_build_tools;

pub fn run(args: &[String]) -> Result<(), String> {
    let mut out = None;
    let mut base = "/".to_owned();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--out" => out = it.next().cloned(),
            "--base" => {
                base = it
                    .next()
                    .cloned()
                    .ok_or("--base takes a path such as /epaper/")?
            }
            other => {
                return Err(format!(
                    "unknown argument {other:?}; usage: cargo xtask dist --out DIR [--base /PATH/]"
                ))
            }
        }
    }
    let out = out.ok_or("usage: cargo xtask dist --out DIR [--base /PATH/]")?;
    let out = std::env::current_dir()
        .map_err(|e| e.to_string())?
        .join(out);
    build_site(&out, &base)?;
    eprintln!(
        "xtask dist: the site is in {} (base {})",
        out.display(),
        normalize_base(&base)
    );
    Ok(())
}

/// `epaper` / `/epaper` → `/epaper/`.
pub fn normalize_base(base: &str) -> String {
    let trimmed = base.trim_matches('/');
    if trimmed.is_empty() {
        "/".to_owned()
    } else {
        format!("/{trimmed}/")
    }
}

/// Builds the viewer for `base` into `out`, then publishes the samples into `out/data`.
pub fn build_site(out: &Path, base: &str) -> Result<(), String> {
    build_app(out, base)?;
    publish_samples(&out.join("data"))
}

/// Builds the viewer (release, offline) for `base` and copies it into `out`.
/// The footer shows `BANMIAN_BUILD` (default: the git commit).
pub fn build_app(out: &Path, base: &str) -> Result<(), String> {
    ensure_build_tools()?;
    if std::env::var_os("BANMIAN_BUILD").is_none() {
        std::env::set_var("BANMIAN_BUILD", crate::tools::git_build_id());
    }
    let stage = root().join("target/trunk-dist");
    let mut trunk = Command::new("trunk");
    if let Ok(features) = std::env::var("BANMIAN_FEATURES") {
        trunk.env("TRUNK_BUILD_FEATURES", features);
    }
    trunk
        .args([
            "build",
            "--release",
            "--offline",
            "--public-url",
            &normalize_base(base),
            "--dist",
        ])
        .arg(&stage)
        .current_dir(root());
    sh(trunk)?;
    let split = crate::split::split_wasm(&stage)?;
    let mut minify = Command::new("node");
    minify.arg(root().join("e2e/tools/minify.js")).arg(&stage);
    sh(minify)?;
    // Trunk's index.html is the app's shell: `banmian publish` writes every page into it
    // (index.html becomes the front page), and the service worker falls back to it.
    fs::copy(stage.join("index.html"), stage.join("shell.html"))
        .map_err(|e| format!("{}: {e}", stage.display()))?;
    copy_dir(&stage, out)?;
    // This build's files are the stage's (`out` may also hold older builds' assets, which
    // stay for readers who still run them): precompress them, and precache exactly them.
    // Not the install icons (`icons/`): the browser fetches them when the app is installed,
    // and no page shows them, so a first visit does not pay for them (1.6 KB br).
    let mut built: Vec<String> = Vec::new();
    for entry in fs::read_dir(&stage).map_err(|e| format!("{}: {e}", stage.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_file() {
            built.push(
                path.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
            );
        }
    }
    built.sort();
    let hashed: Vec<String> = built
        .iter()
        .filter(|f| [".js", ".wasm", ".css"].iter().any(|e| f.ends_with(e)))
        .map(|f| out.join(f).display().to_string())
        .collect();
    let mut node = Command::new("node");
    node.arg(root().join("e2e/tools/precompress.js"))
        .args(&hashed);
    sh(node)?;
    write_embed_script(out, &built)?;
    write_service_worker(out, &built, &split.chunks)
}

/// Fills `public/embed.js` (what a host page loads to embed the viewer) with this build's
/// file names and writes it into `out`.
fn write_embed_script(out: &Path, built: &[String]) -> Result<(), String> {
    let find = |what: &str, ok: &dyn Fn(&str) -> bool| {
        built
            .iter()
            .find(|f| ok(f))
            .cloned()
            .ok_or(format!("the build has no {what}"))
    };
    let js = find("JS glue", &|f| {
        f.starts_with("banmian-viewer-") && f.ends_with(".js")
    })?;
    let wasm = find("wasm", &|f| f.ends_with("_bg.wasm"))?;
    let css = find("stylesheet", &|f| {
        f.starts_with("main-") && f.ends_with(".css")
    })?;
    fill_template(
        out,
        "embed.js",
        &[("__JS__", &js), ("__WASM__", &wasm), ("__CSS__", &css)],
    )
}

/// Writes `public/NAME` into `out` with each placeholder replaced by its value.
fn fill_template(out: &Path, name: &str, values: &[(&str, &str)]) -> Result<(), String> {
    let mut text = fs::read_to_string(root().join("public").join(name))
        .map_err(|e| format!("public/{name}: {e}"))?;
    for (placeholder, value) in values {
        text = text.replace(placeholder, value);
    }
    fs::write(out.join(name), text).map_err(|e| format!("{}: {e}", out.join(name).display()))
}

/// Fills `public/sw.js` with this build's files and version and writes it into `out`:
/// what it precaches, and the wasm's chunks (`lazy`), which it keeps once fetched.
fn write_service_worker(out: &Path, built: &[String], lazy: &[String]) -> Result<(), String> {
    // The shell, not index.html: publish makes that the front page of the day.
    let files: Vec<&String> = built
        .iter()
        .filter(|f| {
            [".html", ".js", ".wasm", ".css", ".svg"]
                .iter()
                .any(|e| f.ends_with(e))
                && *f != "index.html"
                && !lazy.contains(f)
        })
        .collect();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    files.hash(&mut hasher);
    lazy.hash(&mut hasher);
    fs::read(out.join("shell.html"))
        .map_err(|e| e.to_string())?
        .hash(&mut hasher);
    let version = format!("{:016x}", hasher.finish());
    let list = |files: &mut dyn Iterator<Item = &String>| {
        let quoted: Vec<String> = files.map(|f| format!("\"{f}\"")).collect();
        format!("[{}]", quoted.join(", "))
    };
    // A precompressed copy of an older worker would be served instead of this one.
    for stale in ["sw.js.br", "sw.js.gz"] {
        let _ = fs::remove_file(out.join(stale));
    }
    fill_template(
        out,
        "sw.js",
        &[
            ("__VERSION__", &version),
            ("__PRECACHE__", &list(&mut files.iter().copied())),
            ("__LAZY__", &list(&mut lazy.iter())),
        ],
    )
}

/// Copies the files of `from` into `to` (created if needed), replacing files of the same name.
pub fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for entry in fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let target = to.join(path.file_name().unwrap_or_default());
        if path.is_dir() {
            copy_dir(&path, &target)?;
        } else {
            fs::copy(&path, &target).map_err(|e| format!("{}: {e}", target.display()))?;
        }
    }
    Ok(())
}
