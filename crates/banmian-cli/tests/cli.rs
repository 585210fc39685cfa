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
        "site/data/issues/2026-04-03.json: added\nsite/data/catalog.json: 1 issues\nsite/data/search: indexed 2026-04-03 (5 stories)\n"
    );
    assert!(tmp
        .path()
        .join("site/data/issues/2026-04-03.json")
        .is_file());
}

#[test]
fn a_mets_file_imports_with_its_pages_images_relative_to_the_issue_file() {
    let tmp = tempfile::tempdir().unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/erzaehler-1840-02-21");
    copy_tree(&sample, &tmp.path().join("ezr"));
    fs::create_dir(tmp.path().join("out")).unwrap();
    let (code, out, err) = banmian(
        tmp.path(),
        &[
            "import",
            "ezr/18400221_01-METS.xml",
            "--out",
            "out/issue.json",
            "--lang",
            "de",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("1 ezr/ALTO/00001.xml: 1 items\n  1-1   article"),
        "{out}"
    );
    assert!(err.ends_with("wrote out/issue.json: (unnamed paper) 1840-02-21, 6 of 6 pages, 12 items, 0 jumps linked, 0 unresolved\n"), "{err}");
    assert!(
        err.contains("ezr/18400221_01-METS.xml:306: warning: article DIVL5 has no text: left out"),
        "{err}"
    );
    let issue: serde_json::Value =
        serde_json::from_slice(&fs::read(tmp.path().join("out/issue.json")).unwrap()).unwrap();
    assert_eq!(issue["pages"][0]["image"], "../ezr/MASTER/00001.jp2");
    assert_eq!(
        issue["pages"][0]["image_size"],
        serde_json::json!({"width": 2368, "height": 3027})
    );
    let (code, out, _) = banmian(tmp.path(), &["validate", "out/issue.json"]);
    assert_eq!(code, 0, "{out}");
    // A METS with other files is a mistake; a METS whose ALTO is missing names the file.
    let (code, _, err) = banmian(
        tmp.path(),
        &[
            "import",
            "ezr/18400221_01-METS.xml",
            "ezr/SOURCE.md",
            "--out",
            "x.json",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("a METS file describes a whole issue: give it alone"),
        "{err}"
    );
    fs::remove_file(tmp.path().join("ezr/ALTO/00003.xml")).unwrap();
    let (code, _, err) = banmian(
        tmp.path(),
        &[
            "import",
            "ezr/18400221_01-METS.xml",
            "--out",
            "y.json",
            "--lang",
            "de",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("ezr/ALTO/00003.xml: error: cannot read (No such file"),
        "{err}"
    );
    assert!(!tmp.path().join("y.json").exists());
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
    let index = fs::read_to_string(dir.join("site/sitemap.xml")).unwrap();
    assert!(index.contains(
        "<sitemap><loc>https://www.sxjzxw.com/epaper/sitemaps/2026-04.xml</loc></sitemap>"
    ));
    let sitemap = fs::read_to_string(dir.join("site/sitemaps/2026-04.xml")).unwrap();
    // The seed's five stories (its two banners are not pages of their own) and its page.
    assert_eq!(sitemap.matches("<url>").count(), 6, "{sitemap}");
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
        "archive/2026-04/index.html",
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

/// Every file under `dir` with its bytes, temporary files left by a killed run aside.
fn files_under(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_owned()];
    while let Some(d) = todo.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with(".tmp") {
                continue;
            }
            if p.is_dir() {
                todo.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().display().to_string();
                out.push((rel, fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let target = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_tree(&p, &target);
        } else {
            fs::copy(&p, &target).unwrap();
        }
    }
}

/// The files of `site` that its catalog head and search manifest name, and every other
/// file outside their folders: what readers get. (A catalog piece or a search segment the
/// previous head or manifest named is kept for readers who loaded those; after a stopped
/// publish, "previous" is the stopped one's.)
fn in_use(site: &Path) -> Vec<(String, Vec<u8>)> {
    use banmian_model::parse_search_manifest;
    let data = site.join("data");
    let whole = whole_head(&data, "in use");
    let manifest =
        parse_search_manifest(&fs::read_to_string(data.join("search/manifest.json")).unwrap())
            .unwrap();
    files_under(site)
        .into_iter()
        .filter(|(name, _)| {
            if name.starts_with("data/catalog/") {
                let file = &name["data/".len()..];
                whole.months.iter().any(|m| m.file == file) || whole.older.as_deref() == Some(file)
            } else if let Some(rest) = name.strip_prefix("data/search/") {
                !rest.contains('/')
                    || manifest
                        .segments
                        .iter()
                        .any(|s| rest.starts_with(&format!("{}/", s.dir)))
            } else {
                true
            }
        })
        .collect()
}

/// The catalog's head in `data` with the older months it names, as the archive reads it;
/// a file missing or unreadable fails the test, naming it and `when`.
fn whole_head(data: &Path, when: &str) -> banmian_model::Catalog {
    let read = |file: &str| {
        let text =
            fs::read_to_string(data.join(file)).unwrap_or_else(|e| panic!("{when}: {file}: {e}"));
        banmian_model::parse_catalog(&text).unwrap_or_else(|e| panic!("{when}: {file}: {e}"))
    };
    let head = read("catalog.json");
    match &head.older {
        Some(file) => head.with_older(&read(file)),
        None => head,
    }
}

/// What a reader of `site` gets is whole: the catalog's head, the older months and every
/// piece they name, each issue those list, the search manifest and every file of its
/// segments, and the pages.
fn assert_readable(site: &Path, when: &str) {
    use banmian_model::{parse_catalog, parse_issue, parse_search_manifest};
    let data = site.join("data");
    let read =
        |p: &Path| fs::read_to_string(p).unwrap_or_else(|e| panic!("{when}: {}: {e}", p.display()));
    let head = whole_head(&data, when);
    for m in &head.months {
        let piece = parse_catalog(&read(&data.join(&m.file)))
            .unwrap_or_else(|e| panic!("{when}: {}: {e}", m.file));
        for entry in &piece.issues {
            let issue = parse_issue(&read(&data.join(&entry.file)))
                .unwrap_or_else(|e| panic!("{when}: {}: {e}", entry.file));
            assert_eq!(issue.date, entry.date, "{when}");
            assert!(
                site.join(&entry.date).join("index.html").is_file(),
                "{when}: the pages of {}",
                entry.date
            );
        }
    }
    let manifest = parse_search_manifest(&read(&data.join("search/manifest.json")))
        .unwrap_or_else(|e| panic!("{when}: search manifest: {e}"));
    for seg in &manifest.segments {
        let dir = data.join("search").join(&seg.dir);
        assert!(!seg.meta.is_empty(), "{when}: {}: its issues", seg.dir);
        for n in 0..seg.shards {
            assert!(
                dir.join(format!("t{n}.deflate")).is_file(),
                "{when}: {} t{n}",
                seg.dir
            );
        }
    }
    for page in ["index.html", "archive/index.html", "shell.html"] {
        assert!(
            read(&site.join(page)).contains("</html>") || page == "shell.html",
            "{when}: {page}"
        );
    }
}

#[test]
fn a_publish_killed_at_any_point_leaves_the_site_whole_and_the_next_one_finishes_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    fs::copy(seed(), dir.join("page-1.txt")).unwrap();
    let (code, _, err) = banmian(dir, &["import", "page-1.txt", "--out", "2026-04-03.json"]);
    assert_eq!(code, 0, "{err}");
    let seed_json = fs::read_to_string(dir.join("2026-04-03.json")).unwrap();
    for date in ["2025-12-31", "2026-04-01", "2026-04-02", "2026-05-01"] {
        fs::write(
            dir.join(format!("{date}.json")),
            seed_json.replace("2026-04-03", date),
        )
        .unwrap();
    }
    // The day's publish: a new month's first issue and corrections of an older issue and
    // of one of the year before (in the older months' file).
    fs::write(
        dir.join("fixed.json"),
        seed_json.replace("科技创新实现新突破", "科技创新实现新突破（更正）"),
    )
    .unwrap();
    fs::write(
        dir.join("fixed-2025.json"),
        seed_json
            .replace("2026-04-03", "2025-12-31")
            .replace("科技创新实现新突破", "科技创新实现新突破（更正）"),
    )
    .unwrap();
    let base = dir.join("base");
    fs::create_dir_all(&base).unwrap();
    fs::write(
        base.join("shell.html"),
        "<!DOCTYPE html><html><title>电子报</title><base href=/epaper/><body><p id=boot>…</p></body></html>",
    )
    .unwrap();
    let before = [
        "2025-12-31.json",
        "2026-04-01.json",
        "2026-04-02.json",
        "2026-04-03.json",
    ];
    let out = base.join("data").display().to_string();
    let (code, _, err) = banmian(dir, &[&["publish"], &before[..], &["--out", &out]].concat());
    assert_eq!(code, 0, "{err}");
    let day = |site: &Path| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_banmian"));
        cmd.current_dir(dir)
            .args([
                "publish",
                "2026-05-01.json",
                "fixed.json",
                "fixed-2025.json",
                "--out",
            ])
            .arg(site.join("data"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        cmd
    };
    // The day's publish, uninterrupted: what every killed one must end as.
    let whole = dir.join("whole");
    copy_tree(&base, &whole);
    let started = std::time::Instant::now();
    assert!(day(&whole).status().unwrap().success());
    let takes = started.elapsed();
    let expected = in_use(&whole);
    assert_readable(&whole, "uninterrupted");

    for run in 0..24u32 {
        let site = dir.join(format!("run-{run}"));
        copy_tree(&base, &site);
        // Kill points spread over the run's length, in a scrambled order.
        let at = takes.mul_f64(f64::from(run * 7 % 24) / 24.0);
        let mut child = day(&site).spawn().unwrap();
        std::thread::sleep(at);
        let _ = child.kill();
        child.wait().unwrap();
        let when = format!("killed after {at:?}");
        assert_readable(&site, &when);
        assert!(day(&site).status().unwrap().success(), "{when}");
        let got = in_use(&site);
        assert_eq!(
            got.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
            expected.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
            "{when}"
        );
        assert!(got == expected, "{when}: the same bytes");
        fs::remove_dir_all(&site).unwrap();
    }
}

#[test]
fn page_pdfs_import_with_the_text_export_or_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../banmian-import/tests/pdf");
    copy_tree(&fixtures, &tmp.path().join("desk"));
    fs::create_dir(tmp.path().join("out")).unwrap();
    let pages: Vec<String> = (1..=4)
        .map(|n| format!("desk/issue/page-{n}.txt"))
        .collect();
    let pdfs: Vec<String> = (1..=4)
        .map(|n| format!("desk/issue/page-{n}.pdf"))
        .collect();
    let mut args = vec!["import"];
    args.extend(pages.iter().map(String::as_str));
    args.push("--pdf");
    args.extend(pdfs.iter().map(String::as_str));
    args.extend(["--out", "out/issue.json"]);
    let (code, _, err) = banmian(tmp.path(), &args);
    assert_eq!(code, 0, "{err}");
    let issue: serde_json::Value =
        serde_json::from_slice(&fs::read(tmp.path().join("out/issue.json")).unwrap()).unwrap();
    for (i, page) in issue["pages"].as_array().unwrap().iter().enumerate() {
        // Each page its PDF, relative to the issue file, at 150 dpi: 992 × 1389 pt is
        // 2066.7 × 2893.75 pixels.
        assert_eq!(page["image"], format!("../desk/issue/page-{}.pdf", i + 1));
        assert_eq!(
            page["image_size"],
            serde_json::json!({"width": 2067, "height": 2894})
        );
        for a in page["articles"].as_array().unwrap() {
            assert!(
                a["zones"].as_array().is_some_and(|z| !z.is_empty()),
                "{} has no zone",
                a["id"]
            );
        }
    }
    let (code, out, _) = banmian(tmp.path(), &["validate", "out/issue.json"]);
    assert_eq!(code, 0, "{out}");

    // A PDF named for one page that prints another is an error, and nothing is written.
    fs::copy(
        tmp.path().join("desk/issue/page-2.pdf"),
        tmp.path().join("desk/issue/page-3x.pdf"),
    )
    .unwrap();
    let (code, _, err) = banmian(
        tmp.path(),
        &[
            "import",
            "desk/issue/page-3.txt",
            "--pdf",
            "desk/issue/page-3x.pdf",
            "--out",
            "out/bad.json",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("desk/issue/page-3x.pdf: error: its name says page 3, and it prints 第2版"),
        "{err}"
    );
    assert!(!tmp.path().join("out/bad.json").exists());

    // Fonts that do not say which characters they print: the page is read from its text
    // export and shown as printed, its stories without zones, and the desk is told.
    let (code, _, err) = banmian(
        tmp.path(),
        &[
            "import",
            "desk/no-tounicode/page-1.txt",
            "--pdf",
            "desk/no-tounicode/page-1.pdf",
            "--out",
            "out/nt.json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("desk/no-tounicode/page-1.pdf: warning: the page's text layer is unusable"),
        "{err}"
    );
    let nt: serde_json::Value =
        serde_json::from_slice(&fs::read(tmp.path().join("out/nt.json")).unwrap()).unwrap();
    assert!(nt["pages"][0]["articles"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a.get("zones").is_none()));
    // Alone, such a PDF has nothing to read the issue from but its picture: with --date,
    // a page of its image alone.
    let (code, _, err) = banmian(
        tmp.path(),
        &[
            "import",
            "desk/no-tounicode/page-1.pdf",
            "--out",
            "out/scan.json",
        ],
    );
    assert_eq!(code, 1);
    assert!(err.contains("give --date YYYY-MM-DD"), "{err}");
    let (code, _, err) = banmian(
        tmp.path(),
        &[
            "import",
            "desk/no-tounicode/page-1.pdf",
            "--date",
            "2026-05-18",
            "--out",
            "out/scan.json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("desk/no-tounicode/page-1.pdf: warning: page 1: no usable text layer"),
        "{err}"
    );
    let scan: serde_json::Value =
        serde_json::from_slice(&fs::read(tmp.path().join("out/scan.json")).unwrap()).unwrap();
    assert_eq!(scan["pages"][0]["image"], "../desk/no-tounicode/page-1.pdf");
    assert_eq!(scan["pages"][0]["articles"], serde_json::json!([]));

    // Real page PDFs alone: the 1840 Erzähler's, scans with an OCR text layer. Its pages 2
    // and 3 begin with a story run on from the page before, without a marker: kept.
    let ezr =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/erzaehler-1840-02-21/PAGEPDF");
    copy_tree(&ezr, &tmp.path().join("ezr"));
    let pdfs: Vec<String> = (1..=6).map(|n| format!("ezr/{n:05}.pdf")).collect();
    let mut args = vec!["import"];
    args.extend(pdfs.iter().map(String::as_str));
    args.extend([
        "--date",
        "1840-02-21",
        "--lang",
        "de",
        "--out",
        "out/ezr.json",
    ]);
    let (code, _, err) = banmian(tmp.path(), &args);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("ezr/00002.pdf (its text layer):1: warning: text with no headline before it (run on from another page?): kept, named by its opening words"),
        "{err}"
    );
    let ezr: serde_json::Value =
        serde_json::from_slice(&fs::read(tmp.path().join("out/ezr.json")).unwrap()).unwrap();
    let pages = ezr["pages"].as_array().unwrap();
    assert_eq!(pages.len(), 6);
    // The scans' 150 dpi: 00001.pdf is 568.32 × 726.24 pt (pdfinfo), 1184 × 1513 pixels.
    assert_eq!(
        pages[0]["image_size"],
        serde_json::json!({"width": 1184, "height": 1513})
    );
    assert!(pages
        .iter()
        .flat_map(|p| p["articles"].as_array().unwrap())
        .all(|a| a["zones"].as_array().is_some_and(|z| !z.is_empty())));
}
