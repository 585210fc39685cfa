//! The `banmian` command as a web desk uses it: exit codes, messages, files written.

// Tests and benchmarks fail loudly on purpose.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn seed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/jinzhong-daily-2026-04-03/page-1.txt")
}

/// Runs `banmian` in `dir`; returns (exit code, stdout, stderr).
fn banmian(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_banmian"))
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn import_the_seed_then_validate_and_publish_it() {
    let tmp = tempfile::tempdir().unwrap();
    fs::copy(seed(), tmp.path().join("page-1.txt")).unwrap();
    let (code, _, err) = banmian(
        tmp.path(),
        &[
            "import",
            "page-1.txt",
            "--out",
            "issue.json",
            "--paper-id",
            "jzrb",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err,
        "page-1.txt:47: warning: 1-3: page 4 is not in the data; the jump stays unresolved\n\
page-1.txt:101: warning: 1-5: page 4 is not in the data; the jump stays unresolved\n\
page-1.txt:117: warning: 1-7: page 4 is not in the data; the jump stays unresolved\n\
wrote issue.json: 晋中日报 2026-04-03, 1 of 4 pages, 7 items, 0 jumps linked, 3 unresolved\n"
    );
    let (code, out, err) = banmian(tmp.path(), &["validate", "issue.json"]);
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (0, "issue.json: ok (0 warnings)\n", "")
    );
    let (code, out, err) = banmian(tmp.path(), &["publish", "issue.json", "--out", "site/data"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "site/data/issues/2026-04-03.json: added\nsite/data/catalog.json: 1 issues\nsite/data/search: indexed 2026 (5 stories)\n"
    );
    assert!(tmp
        .path()
        .join("site/data/issues/2026-04-03.json")
        .is_file());
}

#[test]
fn bad_page_files_get_one_clear_line_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    fs::write(dir.join("empty.txt"), "").unwrap();
    fs::write(
        dir.join("garbage.bin"),
        [0x89u8, b'P', b'N', b'G', 0, 1, 2, 0xff],
    )
    .unwrap();
    fs::create_dir(dir.join("folder")).unwrap();
    fs::write(dir.join("issue.json"), "the desk's previous output").unwrap();
    for (args, expect) in [
        (vec!["empty.txt"], "empty.txt: error: the file is empty\nbanmian: error: issue.json: not written, the pages have errors (listed above)\n"),
        (vec!["garbage.bin"], "garbage.bin:1: error: binary data (a NUL byte at byte 5), not a plain-text page export\nbanmian: error: issue.json: not written, the pages have errors (listed above)\n"),
        (vec!["folder"], "banmian: error: folder: is a directory, not a file\n"),
        (vec!["missing.txt"], "banmian: error: missing.txt: cannot read: No such file or directory (os error 2)\n"),
    ] {
        let mut full = vec!["import"];
        full.extend(args);
        full.extend(["--out", "issue.json"]);
        let (code, _, err) = banmian(dir, &full);
        assert_eq!((code, err.as_str()), (1, expect));
        assert_eq!(fs::read_to_string(dir.join("issue.json")).unwrap(), "the desk's previous output", "nothing the user had is lost");
    }
}

#[test]
fn bad_issue_files_are_named_with_what_is_wrong() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    fs::write(
        dir.join("truncated.json"),
        "{\"format\":\"banmian.issue/1\",\"paper\":{",
    )
    .unwrap();
    fs::write(dir.join("future.json"), "{\"format\":\"banmian.issue/2\"}").unwrap();
    fs::write(
        dir.join("wrong.json"),
        "{\"format\":\"banmian.issue/1\",\"paper\":{},\"date\":\"2026-04-31\",\"pages\":[]}",
    )
    .unwrap();
    let (code, out, err) = banmian(
        dir,
        &["validate", "truncated.json", "future.json", "wrong.json"],
    );
    assert_eq!(code, 1);
    assert_eq!(out, "");
    assert_eq!(
        err,
        "banmian: error: truncated.json: truncated JSON: line 1, column 37: EOF while parsing an object\n\
banmian: error: future.json: unknown format \"banmian.issue/2\": this banmian reads \"banmian.issue/1\"\n\
wrong.json: warning: paper.name: is null: readers will see no paper name\n\
wrong.json: error: date: \"2026-04-31\" is not a calendar date YYYY-MM-DD\n\
wrong.json: error: pages: is empty: the issue holds no page\n\
wrong.json: 2 errors, 1 warnings\n\
banmian: error: 3 of 3 files have errors\n"
    );
    let (code, _, err) = banmian(dir, &["publish", "wrong.json", "--out", "data"]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with(
            "banmian: error: wrong.json: not published, the issue has errors:\n  date:"
        ),
        "{err}"
    );
    assert!(
        !dir.join("data").exists(),
        "a refused publish writes nothing"
    );
    let (code, _, err) = banmian(dir, &["publish", "truncated.json", "--out", "data"]);
    assert_eq!((code, err.as_str()), (1, "banmian: error: nothing was published: truncated.json: truncated JSON: line 1, column 37: EOF while parsing an object\n"));
}

#[test]
fn usage_errors_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, _, err) = banmian(tmp.path(), &["import", "page-1.txt"]);
    assert_eq!(code, 2);
    assert!(err.contains("--out"), "{err}");
}

#[test]
fn import_prints_an_outline_and_explains_it() {
    let tmp = tempfile::tempdir().unwrap();
    fs::copy(seed(), tmp.path().join("page-1.txt")).unwrap();
    let args = ["import", "page-1.txt", "--out", "issue.json"];
    let (code, out, _) = banmian(tmp.path(), &args);
    assert_eq!(code, 0);
    // Written from the page: the story 我市把精准服务送到企业心坎上 runs from line 85
    // to line 97, its byline is the reporter of its lede.
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "第1版 page-1.txt: 7 items");
    let story = lines
        .iter()
        .position(|l| l.contains("我市把精准服务送到企业心坎上"))
        .unwrap();
    assert_eq!(
        lines[story].split_whitespace().collect::<Vec<_>>(),
        ["1-4", "article", "L85–97", "我市把精准服务送到企业心坎上"]
    );
    assert!(lines[story + 1]
        .trim_start()
        .starts_with("by 记者刘冬冬 | 本报讯（记者刘冬冬）今年以来"));
    assert!(out.contains("→ 第4版 (not linked)"));
    assert!(!out.contains("why:"));

    let explain = [&args[..], &["--explain"]].concat();
    let (code, out, _) = banmian(tmp.path(), &explain);
    assert_eq!(code, 0);
    // 祁县… follows three blank lines (paragraphs have one) and a lede.
    assert!(
        out.contains("why: score 10 ≥ 3: more blank lines above than between paragraphs (+4), more title lines below it (+2), a byline or lede right below its group (+4)"),
        "{out}"
    );
    assert!(out.contains("why: the story above ended with its source note"));
}

/// A page where one short line between two paragraphs reads as a subhead.
const TWO_STORIES: &str = "2026年5月8日 星期五\n第2版 要闻\n\n甲地新建图书馆开放\n\n图书馆共有藏书十二万册，设有少儿阅览区和自习区，开馆首日接待读者两千余人次。\n\n乙地春耕用水有保障\n\n全县新修水渠四十公里，两座泵站正在检修，预计下周投入使用，灌溉面积将达到五万亩。\n";

#[test]
fn hints_settle_a_boundary_and_contradicting_hints_are_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let import = ["import", "page-2.txt", "--out", "issue.json"];

    fs::write(dir.join("page-2.txt"), TWO_STORIES).unwrap();
    let (code, out, _) = banmian(dir, &import);
    assert_eq!(code, 0);
    assert!(out.starts_with("第2版 要闻 page-2.txt: 1 items\n"), "{out}");

    let hinted = TWO_STORIES.replace("\n乙地", "\n#story\n乙地");
    fs::write(dir.join("page-2.txt"), hinted).unwrap();
    let (code, out, _) = banmian(dir, &[&import[..], &["--explain"]].concat());
    assert_eq!(code, 0);
    assert!(out.starts_with("第2版 要闻 page-2.txt: 2 items\n"), "{out}");
    assert!(
        out.contains("2-2   article     L9–11     乙地春耕用水有保障"),
        "{out}"
    );
    assert!(out.contains("why: #story hint on line 8"), "{out}");

    // A hint the text contradicts: nothing is written, the error names file and line.
    fs::remove_file(dir.join("issue.json")).unwrap();
    let wrong = TWO_STORIES.replace("\n图书馆共有", "\n#subhead\n图书馆共有");
    fs::write(dir.join("page-2.txt"), wrong).unwrap();
    let (code, _, err) = banmian(dir, &import);
    assert_eq!(code, 1);
    assert!(
        err.contains("page-2.txt:7: error: #subhead on line 6 says line 7 is a subhead, but it is not one (too long, a sentence, a byline or a marker)"),
        "{err}"
    );
    assert!(!dir.join("issue.json").exists());
}

#[test]
fn publish_writes_sitemaps_and_robots_with_the_site_url() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    fs::copy(seed(), dir.join("page-1.txt")).unwrap();
    let (code, _, err) = banmian(dir, &["import", "page-1.txt", "--out", "issue.json"]);
    assert_eq!(code, 0, "{err}");
    // A deployed viewer beside the data directory: its shell.html is what pages go into.
    fs::create_dir_all(dir.join("site")).unwrap();
    fs::write(
        dir.join("site/shell.html"),
        "<!DOCTYPE html><title>电子报</title><base href=/epaper/><body><p id=boot>…</p></body>",
    )
    .unwrap();

    let publish = ["publish", "issue.json", "--out", "site/data"];
    let (code, _, err) = banmian(dir, &[&publish[..], &["--site-url", "ftp://x/"]].concat());
    assert_eq!(code, 2, "a bad address is a usage error");
    assert!(err.contains("starts with https://"), "{err}");
    assert!(!dir.join("site/data").exists(), "nothing is published");

    let (code, out, err) = banmian(
        dir,
        &[
            &publish[..],
            &["--site-url", "https://www.sxjzxw.com/epaper"],
        ]
        .concat(),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(
        "site: sitemap.xml, news-sitemap.xml and robots.txt written (https://www.sxjzxw.com/epaper/)"
    ));
    let sitemap = fs::read_to_string(dir.join("site/sitemap.xml")).unwrap();
    // The seed's five stories (its two banners are not pages of their own), its page, and
    // the front page.
    assert_eq!(sitemap.matches("<url>").count(), 7, "{sitemap}");
    assert!(sitemap.contains(
        "<url><loc>https://www.sxjzxw.com/epaper/2026-04-03/1/1-3</loc><lastmod>2026-04-03</lastmod></url>"
    ));
    let news = fs::read_to_string(dir.join("site/news-sitemap.xml")).unwrap();
    assert!(news.contains("<news:name>晋中日报</news:name><news:language>zh-cn</news:language>"));
    assert!(news.contains("<news:title>科技创新实现新突破</news:title>"));
    let robots = fs::read_to_string(dir.join("site/robots.txt")).unwrap();
    assert!(robots.contains("Sitemap: https://www.sxjzxw.com/epaper/sitemap.xml\n"));
    // Every address is a page of its own, with the story in it and its address as canonical.
    assert!(out.contains("pages prerendered"), "{out}");
    let article = fs::read_to_string(dir.join("site/2026-04-03/1/1-3/index.html")).unwrap();
    assert!(article.contains("<h1>科技创新实现新突破</h1>"), "{article}");
    assert!(article.contains(
        r#"<link rel="canonical" href="https://www.sxjzxw.com/epaper/2026-04-03/1/1-3">"#
    ));
    assert!(!article.contains("<p id=boot>"), "the body is the page's");
    // The shell keeps its title and gets its loading line in the UI's words.
    let shell = fs::read_to_string(dir.join("site/shell.html")).unwrap();
    assert_eq!(
        shell,
        r#"<!DOCTYPE html><title>电子报</title><base href=/epaper/><body><p id="boot" role="status" lang="zh-CN" class="status">正在载入……</p><noscript><p lang="zh-CN" class="status">这一页需要浏览器启用 JavaScript。</p></noscript></body>"#
    );
    for page in [
        "index.html",
        "2026-04-03/index.html",
        "2026-04-03/1/index.html",
        "archive/index.html",
        "search/index.html",
        "404.html",
    ] {
        assert!(dir.join("site").join(page).is_file(), "{page}");
    }

    // Publishing again renders only what changed: the unchanged issue's pages stay as they
    // are (here, marked by hand), until they are missing or from another build.
    let article_path = dir.join("site/2026-04-03/1/1-3/index.html");
    fs::write(&article_path, format!("{article}<!-- kept -->")).unwrap();
    let (code, out, err) = banmian(dir, &publish);
    assert_eq!(code, 0, "{err}");
    assert!(
        fs::read_to_string(&article_path)
            .unwrap()
            .ends_with("<!-- kept -->"),
        "{out}"
    );
    fs::remove_file(dir.join("site/2026-04-03/index.html")).unwrap();
    // An article the issue no longer has goes with its re-render; a folder that holds
    // anything else than its page is not ours to remove.
    fs::create_dir_all(dir.join("site/2026-04-03/1/1-9")).unwrap();
    fs::write(dir.join("site/2026-04-03/1/1-9/index.html"), "old").unwrap();
    fs::create_dir_all(dir.join("site/2026-04-03/1/photos")).unwrap();
    fs::write(dir.join("site/2026-04-03/1/photos/a.jpg"), "jpg").unwrap();
    let (code, _, err) = banmian(dir, &publish);
    assert_eq!(code, 0, "{err}");
    assert!(dir.join("site/2026-04-03/index.html").is_file());
    assert!(!dir.join("site/2026-04-03/1/1-9").exists());
    assert!(dir.join("site/2026-04-03/1/photos/a.jpg").is_file());
    assert!(dir.join("site/2026-04-03/1/1-3/index.html").is_file());

    // A new build of the viewer (another shell): every page goes into it.
    fs::write(&article_path, format!("{article}<!-- kept -->")).unwrap();
    let shell_path = dir.join("site/shell.html");
    let shell = fs::read_to_string(&shell_path).unwrap();
    fs::write(
        &shell_path,
        shell.replace(
            "<base href=/epaper/>",
            "<base href=/epaper/><link rel=stylesheet href=/epaper/main-2.css>",
        ),
    )
    .unwrap();
    let (code, _, err) = banmian(dir, &publish);
    assert_eq!(code, 0, "{err}");
    let article = fs::read_to_string(&article_path).unwrap();
    assert!(!article.contains("<!-- kept -->"));
    assert!(article.contains("main-2.css"), "{article}");
    assert!(!fs::read_to_string(&article_path)
        .unwrap()
        .contains("<!-- kept -->"));
}
