//! Debian's nginx with banmian's rules (`deploy/nginx/`), started on 127.0.0.1 for the
//! browser tests and the benchmarks: the site is served as a paper serves it, with the
//! precompressed files, the cache headers, the Content-Security-Policy and the 404 pages.

use std::fs;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use crate::sh::root;
use crate::tools::ensure_nginx;

/// The brotli modules banmian's rules need, in /usr/lib/nginx/modules.
pub const MODULES: [&str; 2] = [
    "ngx_http_brotli_static_module.so",
    "ngx_http_brotli_filter_module.so",
];

/// A running nginx; stopped when dropped.
pub struct Nginx {
    child: Child,
    /// The port it listens on (HTTP/1.1).
    pub port: u16,
    /// The port it listens on with TLS and HTTP/2, as a paper's site is served (a
    /// self-signed certificate for 127.0.0.1: browsers need `--ignore-certificate-errors`).
    pub tls_port: u16,
    /// Its certificate (`cert.pem`).
    cert: PathBuf,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Serves `site` on a free port of 127.0.0.1: each of `bases` (`/epaper/`) with its own
/// `404.html`, and everything else (host pages such as `/news/`) with the site's root
/// `404.html` if there is one.
pub fn start(site: &Path, bases: &[&str]) -> Result<Nginx, String> {
    let nginx = ensure_nginx()?;
    let free = || {
        TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .map_err(|e| format!("no free port: {e}"))
    };
    let (port, tls_port) = (free()?, free()?);
    let prefix = root().join(format!("target/nginx/{port}"));
    fs::create_dir_all(prefix.join("tmp")).map_err(|e| format!("{}: {e}", prefix.display()))?;
    certificate(&prefix)?;
    let rules = root().join("deploy/nginx");
    let conf = config(site, bases, (port, tls_port), &prefix, &rules);
    let conf_path = prefix.join("nginx.conf");
    fs::write(&conf_path, conf).map_err(|e| format!("{}: {e}", conf_path.display()))?;
    let child = Command::new(&nginx)
        .arg("-p")
        .arg(&prefix)
        .arg("-c")
        .arg(&conf_path)
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", nginx.display()))?;
    let mut server = Nginx {
        child,
        port,
        tls_port,
        cert: prefix.join("cert.pem"),
    };
    // Ready when it accepts connections; an error in the config ends it at once.
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = server.child.try_wait() {
            let log = fs::read_to_string(prefix.join("error.log")).unwrap_or_default();
            return Err(format!("nginx stopped ({status}):\n{log}"));
        }
        if start.elapsed() > Duration::from_secs(10) {
            return Err("nginx did not start listening within 10 s".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(server)
}

impl Nginx {
    /// Its certificate's public key as Chromium's `--ignore-certificate-errors-spki-list`
    /// takes it (base64 of its SHA-256, made with openssl): Chromium then trusts it as a
    /// real certificate, so it keeps responses in its HTTP cache, which it does not for a
    /// certificate whose errors it was told to ignore.
    pub fn spki(&self) -> Result<String, String> {
        spki(&self.cert)
    }
}

/// The base64 SHA-256 of the public key of the certificate at `cert` (openssl).
fn spki(cert: &Path) -> Result<String, String> {
    let script = "openssl x509 -pubkey -noout -in \"$1\" | openssl pkey -pubin -outform der \
                  | openssl dgst -sha256 -binary | openssl base64 -A";
    let out = Command::new("sh")
        .args(["-c", script, "spki"])
        .arg(cert)
        .output()
        .map_err(|e| format!("openssl: {e}"))?;
    let spki = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    if out.status.success() && !spki.is_empty() {
        Ok(spki)
    } else {
        Err(format!(
            "openssl could not read the key of {}",
            cert.display()
        ))
    }
}

/// A self-signed certificate for 127.0.0.1 in `prefix` (`cert.pem`, `key.pem`), made with
/// openssl.
fn certificate(prefix: &Path) -> Result<(), String> {
    let status = Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
        ])
        .args([
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ])
        .arg("-keyout")
        .arg(prefix.join("key.pem"))
        .arg("-out")
        .arg(prefix.join("cert.pem"))
        .stderr(std::process::Stdio::null())
        .status()
        .map_err(|e| format!("openssl: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("openssl could not make a certificate ({status})"))
    }
}

/// The test server's nginx.conf: one process, files under `prefix`, banmian's rules for
/// every site, on `ports` (HTTP/1.1, and TLS with HTTP/2).
fn config(site: &Path, bases: &[&str], ports: (u16, u16), prefix: &Path, rules: &Path) -> String {
    let (port, tls_port) = ports;
    let p = prefix.display();
    let r = rules.display();
    let mut locations = String::new();
    for base in bases {
        locations += &format!(
            "        location {base} {{\n            include {r}/banmian.conf;\n            error_page 404 {base}404.html;\n        }}\n"
        );
    }
    let root_404 = if site.join("404.html").is_file() {
        "            error_page 404 /404.html;\n"
    } else {
        ""
    };
    let modules: String = MODULES
        .iter()
        .map(|m| format!("load_module /usr/lib/nginx/modules/{m};\n"))
        .collect();
    format!(
        "{modules}daemon off;
master_process off;
worker_processes 1;
error_log {p}/error.log warn;
pid {p}/nginx.pid;
events {{ worker_connections 512; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    include {r}/banmian-http.conf;
    access_log off;
    sendfile on;
    client_body_temp_path {p}/tmp/body;
    proxy_temp_path {p}/tmp/proxy;
    fastcgi_temp_path {p}/tmp/fastcgi;
    uwsgi_temp_path {p}/tmp/uwsgi;
    scgi_temp_path {p}/tmp/scgi;
    server {{
        listen 127.0.0.1:{port};
        listen 127.0.0.1:{tls_port} ssl http2;
        ssl_certificate {p}/cert.pem;
        ssl_certificate_key {p}/key.pem;
        root {site};
        absolute_redirect off;
{locations}        location / {{
            include {r}/banmian.conf;
{root_404}        }}
    }}
}}
",
        site = site.display()
    )
}

/// The nginx binary Debian installs.
pub fn binary() -> PathBuf {
    PathBuf::from("/usr/sbin/nginx")
}
