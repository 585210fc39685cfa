//! `cargo xtask serve`: builds the site (viewer + bundled samples) into `target/site` and
//! serves it on 127.0.0.1 with a small static file server (std only).
//! `cargo xtask serve --issue ISSUE.json`: the preview of an issue before it is published,
//! a site of its own in `target/preview-site` with only that issue.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

use crate::sh::{cargo, root, run as sh};

const USAGE: &str = "usage: cargo xtask serve [--port N] [--dir SITE | --issue ISSUE.json ...]";

pub fn run(args: &[String]) -> Result<(), String> {
    let mut port = None;
    let mut dir = None;
    let mut issues = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--port" => {
                port = Some(
                    it.next()
                        .and_then(|p| p.parse().ok())
                        .ok_or("--port takes a number")?,
                )
            }
            "--dir" => dir = Some(PathBuf::from(it.next().ok_or("--dir takes a folder")?)),
            "--issue" => {
                let issue = it.next().ok_or("--issue takes an issue file (JSON)")?;
                let cwd = std::env::current_dir().map_err(|e| e.to_string())?;
                issues.push(cwd.join(issue).display().to_string());
            }
            other => return Err(format!("unknown argument {other:?}; {USAGE}")),
        }
    }
    // What is served, and the paths to open in it.
    let (site, paths, default_port) = if issues.is_empty() {
        // `--dir`: serve a site already built (e.g. target/e2e-site, to run Playwright by hand).
        let site = match dir {
            Some(dir) => dir,
            None => {
                let site = root().join("target/site");
                crate::dist::build_site(&site, "/")?;
                site
            }
        };
        (site, vec![String::new()], 8080)
    } else if dir.is_some() {
        return Err(format!("--dir and --issue exclude each other; {USAGE}"));
    } else {
        // Not the sample site's port: a service worker that site left in the browser would
        // answer for the same origin with the pages and issues it cached.
        let site = root().join("target/preview-site");
        let dates = build_preview(&site, "/", &issues)?;
        (site, dates, 8081)
    };
    let listener = listen(port.unwrap_or(default_port))?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    for path in &paths {
        println!("banmian: open http://127.0.0.1:{port}/{path}");
    }
    println!("banmian: serving {} (Ctrl-C stops)", site.display());
    serve(listener, &site);
    Ok(())
}

/// Builds the preview of `issues` (paths of issue files) into `out`, replacing what was
/// there: the viewer for `base`, and `out/data` with only these issues, each checked with
/// `banmian validate` before anything is built. Returns the issues' dates, oldest first.
///
/// The preview has no service worker: a worker serves the issue files it cached first, so
/// a corrected issue, previewed again, would show as it was.
pub fn build_preview(out: &Path, base: &str, issues: &[String]) -> Result<Vec<String>, String> {
    // The command is built first, so that a build error is not taken for a bad issue.
    sh(cargo(&[
        "build",
        "--quiet",
        "--locked",
        "-p",
        "banmian-cli",
    ]))?;
    for issue in issues {
        if !Path::new(issue).is_file() {
            return Err(format!("{issue}: no such file; nothing is served"));
        }
        banmian(&["validate", issue]).map_err(|_| {
            format!("{issue}: not a valid issue (see `banmian validate` above); nothing is served")
        })?;
    }
    crate::sh::remove_dir(out)?;
    crate::dist::build_app(out, base)?;
    fs::remove_file(out.join("sw.js")).map_err(|e| format!("{}/sw.js: {e}", out.display()))?;
    publish(issues, &out.join("data"))?;
    // `banmian publish` names each issue's file by its date: data/issues/<date>.json.
    let mut dates: Vec<String> = read_dir(&out.join("data/issues"))?
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    dates.sort();
    Ok(dates)
}

/// Imports every sample edition in `samples/` and publishes them into `data_dir`.
///
/// Each `samples/<edition>/` holds `page-N.txt` files and optionally `import.args`
/// (extra `banmian import` arguments, one a line).
pub fn publish_samples(data_dir: &Path) -> Result<(), String> {
    // The layout system's text exports (`page*.txt`); the digitized 1840 issue (METS) is
    // another paper, published on a site of its own.
    let is_text_edition = |dir: &Path| {
        read_dir(dir).is_ok_and(|files| {
            files.iter().any(|f| {
                f.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("page"))
                    && f.extension().is_some_and(|e| e == "txt")
            })
        })
    };
    let mut editions: Vec<PathBuf> = read_dir(&root().join("samples"))?
        .into_iter()
        .filter(|p| p.is_dir() && is_text_edition(p))
        .collect();
    editions.sort();
    let mut issues = Vec::new();
    for edition in editions {
        let extra = fs::read_to_string(edition.join("import.args")).unwrap_or_default();
        let extra: Vec<&str> = extra
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let name = edition
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        issues.push(import_edition(&edition, &name, &extra)?);
    }
    publish(&issues, data_dir)
}

/// `banmian import` of the `page*.txt` files of `dir` into `target/samples/<name>.json`.
pub fn import_edition(dir: &Path, name: &str, extra: &[&str]) -> Result<String, String> {
    let work = root().join("target/samples");
    fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    let mut pages: Vec<String> = read_dir(dir)?
        .into_iter()
        .filter(|p| {
            p.extension().is_some_and(|e| e == "txt")
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("page"))
        })
        .map(|p| p.display().to_string())
        .collect();
    pages.sort();
    let out = work.join(format!("{name}.json")).display().to_string();
    let mut args = vec!["import"];
    args.extend(pages.iter().map(String::as_str));
    args.extend(["--out", &out]);
    args.extend(extra);
    banmian(&args)?;
    Ok(out)
}

/// Runs the `banmian` command of this checkout.
pub fn banmian(args: &[&str]) -> Result<(), String> {
    let mut all = vec!["run", "--quiet", "--locked", "-p", "banmian-cli", "--"];
    all.extend(args);
    sh(cargo(&all))
}

/// `banmian publish` of `issues` into `data_dir`.
pub fn publish(issues: &[String], data_dir: &Path) -> Result<(), String> {
    let mut args = vec!["publish"];
    args.extend(issues.iter().map(String::as_str));
    let data = data_dir.display().to_string();
    args.extend(["--out", &data]);
    banmian(&args)
}

fn read_dir(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let rd = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
}

/// A listener on 127.0.0.1:`port` (0 picks a free port).
pub fn listen(port: u16) -> Result<TcpListener, String> {
    TcpListener::bind(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))
}

/// Serves the files of `dir` on `listener` until the process ends.
pub fn serve(listener: TcpListener, dir: &Path) {
    for stream in listener.incoming().flatten() {
        let dir = dir.to_owned();
        std::thread::spawn(move || {
            let _ = answer(stream, &dir);
        });
    }
}

fn answer(mut stream: TcpStream, dir: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    let mut accepts = String::new();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("accept-encoding") {
                accepts = value.to_ascii_lowercase();
            }
        }
    }
    let mut parts = request.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            b"method not allowed",
            method == "HEAD",
        );
    }
    let head = method == "HEAD";
    if let Some(path) = resolve(dir, target) {
        // A precompressed sibling (`app.wasm.br`), as nginx's brotli_static would serve it.
        for (encoding, ext) in [("br", "br"), ("gzip", "gz")] {
            let sibling = PathBuf::from(format!("{}.{ext}", path.display()));
            if accepts.contains(encoding) && sibling.is_file() {
                if let Ok(body) = fs::read(&sibling) {
                    return respond_encoded(
                        &mut stream,
                        content_type(&path),
                        encoding,
                        &body,
                        head,
                    );
                }
            }
        }
        if let Ok(body) = fs::read(&path) {
            return respond(&mut stream, "200 OK", content_type(&path), &body, head);
        }
    }
    // Like GitHub Pages: a missing path gets the nearest 404.html (the viewer's prerendered 404 page).
    match not_found_page(dir, target).and_then(|p| fs::read(p).ok()) {
        Some(body) => respond(
            &mut stream,
            "404 Not Found",
            "text/html; charset=utf-8",
            &body,
            head,
        ),
        None => respond(
            &mut stream,
            "404 Not Found",
            "text/plain",
            b"not found",
            head,
        ),
    }
}

/// The `404.html` nearest to a request path, inside `dir`.
fn not_found_page(dir: &Path, target: &str) -> Option<PathBuf> {
    let path = percent_decode(target.split(['?', '#']).next().unwrap_or("/"))?;
    let mut rel = PathBuf::from(path.trim_start_matches('/'));
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    loop {
        let candidate = dir.join(&rel).join("404.html");
        if candidate.is_file() {
            return Some(candidate);
        }
        if !rel.pop() {
            return None;
        }
    }
}

/// The file a request path names inside `dir`, never outside it; a folder means its index.html.
fn resolve(dir: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let decoded = percent_decode(path)?;
    let rel = Path::new(decoded.trim_start_matches('/'));
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let mut full = dir.join(rel);
    if full.is_dir() {
        full = full.join("index.html");
    }
    full.is_file().then_some(full)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "jpg" | "jpeg" => "image/jpeg",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The Content-Security-Policy of `deploy/nginx/banmian.conf`, the rules a paper deploys
/// (read once): this development server sends it with every response too, so a violation
/// shows here as it would on the paper's site.
fn csp() -> &'static str {
    static CSP: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    CSP.get_or_init(|| {
        let rules =
            fs::read_to_string(root().join("deploy/nginx/banmian.conf")).unwrap_or_default();
        rules
            .lines()
            .find_map(|l| {
                l.trim()
                    .strip_prefix("add_header Content-Security-Policy \"")
            })
            .and_then(|rest| rest.split_once('"'))
            .map(|(policy, _)| policy.to_owned())
            .unwrap_or_default()
    })
}

fn respond_encoded(
    stream: &mut TcpStream,
    kind: &str,
    encoding: &str,
    body: &[u8],
    head: bool,
) -> std::io::Result<()> {
    let header = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Encoding: {encoding}\r\nVary: Accept-Encoding\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nContent-Security-Policy: {}\r\nConnection: close\r\n\r\n",
        body.len(),
        csp()
    );
    stream.write_all(header.as_bytes())?;
    if !head {
        stream.write_all(body)?;
    }
    stream.flush()
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    kind: &str,
    body: &[u8],
    head: bool,
) -> std::io::Result<()> {
    let header = format!("HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nContent-Security-Policy: {}\r\nConnection: close\r\n\r\n", body.len(), csp());
    stream.write_all(header.as_bytes())?;
    if !head {
        stream.write_all(body)?;
    }
    stream.flush()
}
