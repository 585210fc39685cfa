//! Installs what the viewer's build and browser tests need, once, and puts it on PATH:
//! the wasm32 target, trunk 0.21.14 and wasm-bindgen-cli (the version in Cargo.lock)
//! from crates.io, wasm-opt / Playwright / Lighthouse from npm (`npm ci` in e2e/), and
//! Debian's chromium. Nothing is downloaded at build time (Trunk runs offline).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::sh::{cargo, root, run};

const TRUNK_VERSION: &str = "0.21.14";
/// wasm_split_cli_support, the splitter of the `wasm_split_helpers` version in Cargo.lock.
const WASM_SPLIT_VERSION: &str = "0.2.3";

/// Everything `trunk build` needs.
pub fn ensure_build_tools() -> Result<(), String> {
    add_to_path(&[root().join("e2e/node_modules/.bin"), cargo_bin()]);
    let targets = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !targets
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        let mut c = Command::new("rustup");
        c.args(["target", "add", "wasm32-unknown-unknown"]);
        run(c)?;
    }
    if output("trunk", &["--version"]).is_none_or(|v| v.trim() != format!("trunk {TRUNK_VERSION}"))
    {
        eprintln!(
            "xtask: installing trunk {TRUNK_VERSION} from crates.io (about 10 minutes, once)"
        );
        run(cargo(&[
            "install",
            "trunk",
            "--version",
            TRUNK_VERSION,
            "--locked",
        ]))?;
    }
    let bindgen = wasm_bindgen_version()?;
    if output("wasm-bindgen", &["--version"])
        .is_none_or(|v| v.trim() != format!("wasm-bindgen {bindgen}"))
    {
        eprintln!(
            "xtask: installing wasm-bindgen-cli {bindgen} from crates.io (a few minutes, once)"
        );
        // Not --locked: its locked graph wants a webpki-roots the registry mirror here lacks.
        run(cargo(&[
            "install",
            "wasm-bindgen-cli",
            "--version",
            &bindgen,
        ]))?;
    }
    // The tool prints no version: cargo's record of what it installed says it.
    if !installed(
        "wasm_split_cli_support",
        WASM_SPLIT_VERSION,
        "wasm-split-cli",
    ) {
        eprintln!("xtask: installing wasm-split-cli {WASM_SPLIT_VERSION} from crates.io (a few minutes, once)");
        run(cargo(&[
            "install",
            "wasm_split_cli_support",
            "--version",
            WASM_SPLIT_VERSION,
            "--locked",
            "--features",
            "build-binary",
        ]))?;
    }
    ensure_node_tools()?;
    run(cargo(&["fetch", "--locked"]))
}

/// Whether `cargo install` installed `version` of `krate` and its binary `bin` is there.
fn installed(krate: &str, version: &str, bin: &str) -> bool {
    let record = cargo_bin().with_file_name(".crates.toml");
    cargo_bin().join(bin).is_file()
        && fs::read_to_string(record)
            .is_ok_and(|text| text.contains(&format!("\"{krate} {version} (")))
}

/// `npm ci` in e2e/ when node_modules is missing or older than the lock file.
pub fn ensure_node_tools() -> Result<(), String> {
    let e2e = root().join("e2e");
    let stamp = e2e.join("node_modules/.package-lock.json");
    if !newer(&stamp, &e2e.join("package-lock.json")) {
        if output("npm", &["--version"]).is_none() {
            return Err(
                "npm is missing: install Node.js 20 and npm (Debian: apt-get install nodejs npm)"
                    .into(),
            );
        }
        let mut c = Command::new("npm");
        c.args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&e2e)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        run(c)?;
    }
    Ok(())
}

/// Mirador, the IIIF viewer libraries use, to open a published manifest in the browser
/// tests: its one-file build (`dist/mirador.min.js`) from the npm package, fetched once with
/// `npm pack` (the package alone, checked against the registry's integrity; none of its
/// dependencies, which the bundle holds). Its path.
pub fn ensure_mirador() -> Result<PathBuf, String> {
    const VERSION: &str = "4.0.0";
    let dir = root().join(format!("target/mirador-{VERSION}"));
    let bundle = dir.join("package/dist/mirador.min.js");
    if bundle.is_file() {
        return Ok(bundle);
    }
    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut pack = Command::new("npm");
    pack.args(["pack", &format!("mirador@{VERSION}"), "--silent"])
        .current_dir(&dir);
    run(pack)?;
    let mut untar = Command::new("tar");
    untar
        .args([
            "xzf",
            &format!("mirador-{VERSION}.tgz"),
            "package/dist/mirador.min.js",
        ])
        .current_dir(&dir);
    run(untar)?;
    if bundle.is_file() {
        Ok(bundle)
    } else {
        Err(format!("{}: not in the mirador package", bundle.display()))
    }
}

/// Debian's chromium, installed with apt when running as root; its path.
pub fn ensure_chromium() -> Result<PathBuf, String> {
    let path =
        PathBuf::from(std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()));
    if path.exists() {
        return Ok(path);
    }
    apt_install(&["chromium", "brotli"], &format!("{} is missing: install Debian's chromium (sudo apt-get install chromium) or set CHROMIUM", path.display()))?;
    Ok(path)
}

/// Chinese fonts for Chromium (Debian's Noto CJK, the family Android ships), installed with
/// apt when fontconfig knows none: a reader's phone has them, and without them every
/// character of a page goes through a font fallback search that skews Lighthouse's timings.
pub fn ensure_cjk_fonts() -> Result<(), String> {
    if output("fc-list", &[":lang=zh", "family"])
        .is_some_and(|families| !families.trim().is_empty())
    {
        return Ok(());
    }
    apt_install(
        &["fonts-noto-cjk"],
        "no Chinese font: sudo apt-get install fonts-noto-cjk",
    )
}

/// GNU time (`/usr/bin/time`, for the benchmarks' wall time and peak memory), installed
/// with apt when missing; its path.
pub fn ensure_gnu_time() -> Result<PathBuf, String> {
    let time = PathBuf::from("/usr/bin/time");
    if !time.exists() {
        apt_install(&["time"], "GNU time is missing: sudo apt-get install time")?;
    }
    Ok(time)
}

/// Debian's nginx with its brotli modules (`deploy/nginx/` needs `brotli_static` for
/// the precompressed assets and `brotli` for the pages and data), and openssl for the
/// certificate of its HTTPS port, installed with apt when missing (its service is not
/// started: the tests run their own).
pub fn ensure_nginx() -> Result<PathBuf, String> {
    let nginx = crate::nginx::binary();
    let modules = crate::nginx::MODULES.map(|m| Path::new("/usr/lib/nginx/modules").join(m));
    let openssl = Path::new("/usr/bin/openssl");
    if nginx.exists() && openssl.exists() && modules.iter().all(|m| m.exists()) {
        return Ok(nginx);
    }
    apt_install(
        &["nginx", "libnginx-mod-http-brotli-static", "libnginx-mod-http-brotli-filter", "openssl"],
        "nginx is missing: sudo apt-get install nginx libnginx-mod-http-brotli-static libnginx-mod-http-brotli-filter openssl",
    )?;
    Ok(nginx)
}

/// Installs Debian packages with apt (as root; otherwise `advice` is the error). No
/// service the packages bring is started.
fn apt_install(packages: &[&str], advice: &str) -> Result<(), String> {
    let root_user = output("id", &["-u"]).is_some_and(|u| u.trim() == "0");
    if !root_user {
        return Err(advice.to_owned());
    }
    let mut update = Command::new("apt-get");
    update.arg("update");
    run(update)?;
    let mut install = Command::new("apt-get");
    install
        .args(["install", "-y"])
        .args(packages)
        .env("DEBIAN_FRONTEND", "noninteractive")
        // Debian's invoke-rc.d starts no service in runlevel 1.
        .env("RUNLEVEL", "1");
    run(install)
}

/// The wasm-bindgen version Cargo.lock pins; the CLI must match it.
fn wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen".into())
}

fn cargo_bin() -> PathBuf {
    let home = std::env::var("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".cargo")
        });
    home.join("bin")
}

fn add_to_path(dirs: &[PathBuf]) {
    let old = std::env::var_os("PATH").unwrap_or_default();
    let mut all: Vec<PathBuf> = dirs.to_vec();
    all.extend(std::env::split_paths(&old));
    if let Ok(joined) = std::env::join_paths(all) {
        std::env::set_var("PATH", joined);
    }
}

/// The short git commit of the checkout, or `dev`.
pub fn git_build_id() -> String {
    output(
        "git",
        &[
            "-C",
            &root().display().to_string(),
            "rev-parse",
            "--short",
            "HEAD",
        ],
    )
    .map(|s| s.trim().to_owned())
    .filter(|s| !s.is_empty())
    .unwrap_or_else(|| "dev".into())
}

/// A command's stdout, if it ran and succeeded.
pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn newer(a: &Path, b: &Path) -> bool {
    let m = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    matches!((m(a), m(b)), (Some(a), Some(b)) if a >= b)
}
