use super::*;

#[test]
fn paths_parse_and_print_back() {
    let cases = [
        ("", Route::Latest),
        (
            "2026-04-03",
            Route::Page {
                date: "2026-04-03".into(),
                page: 1,
            },
        ),
        (
            "2026-04-03/4",
            Route::Page {
                date: "2026-04-03".into(),
                page: 4,
            },
        ),
        (
            "2026-04-03/4/4-2",
            Route::Article {
                date: "2026-04-03".into(),
                page: 4,
                id: "4-2".into(),
            },
        ),
        ("archive", Route::Archive),
        (
            "archive/2026-04",
            Route::ArchiveMonth {
                month: "2026-04".into(),
            },
        ),
        (
            "archive/1999-12",
            Route::ArchiveMonth {
                month: "1999-12".into(),
            },
        ),
    ];
    for (path, route) in cases {
        assert_eq!(Route::parse(path), route, "{path}");
        assert_eq!(route.path(), path);
        assert_eq!(
            Route::parse(&format!("/{path}/")),
            route,
            "slashes are optional"
        );
    }
    assert_eq!(
        Route::parse("2026-04-03/1"),
        Route::Page {
            date: "2026-04-03".into(),
            page: 1
        }
    );
    assert_eq!(Route::parse("2026-04-03/1").path(), "2026-04-03");
    assert_eq!(Route::parse("index.html"), Route::Latest);
}

#[test]
fn anything_else_is_not_found() {
    for path in [
        "2026-4-3",
        "2026-04-03/0",
        "2026-04-03/04",
        "2026-04-03/x",
        "2026-04-03/1/a b",
        "a/b/c/d",
        "feed.xml",
        // Under archive/, only a month.
        "archive/2026-13",
        "archive/2026-00",
        "archive/2026-4",
        "archive/2026-04-03",
        "archive/202a-04",
        "archive/2026_04",
        "archive/2026-04/1",
        "archive/x",
    ] {
        assert!(matches!(Route::parse(path), Route::NotFound(_)), "{path}");
    }
}

#[test]
fn hrefs_live_under_the_base() {
    let route = Route::Page {
        date: "2026-04-03".into(),
        page: 4,
    };
    assert_eq!(href("/epaper/", &route), "/epaper/2026-04-03/4");
    assert_eq!(href("/", &Route::Latest), "/");
    assert_eq!(
        part_href("/epaper/", "2026-04-03", 4, "4-2"),
        "/epaper/2026-04-03/4#a-4-2"
    );
}

#[test]
fn search_urls_round_trip() {
    assert_eq!(Route::parse("search"), Route::Search);
    let h = search_href("/epaper/", "原始 创新&", Some("2026-04-03"), true);
    assert_eq!(
        h,
        "/epaper/search?q=%E5%8E%9F%E5%A7%8B%20%E5%88%9B%E6%96%B0%26&from=2026-04-03&scope=issue"
    );
    let query = h.split_once('?').unwrap().1;
    assert_eq!(query_param(query, "q"), "原始 创新&");
    assert_eq!(query_param(query, "scope"), "issue");
    assert_eq!(query_param(query, "none"), "");
    assert_eq!(
        search_href("/", "窑", Some("not-a-date"), true),
        "/search?q=%E7%AA%91"
    );
    // `+` is a space in a query string only; in a path it is a plus sign.
    assert_eq!(decode("a+b%2"), "a+b%2");
    assert_eq!(query_param("q=C%2B%2B+11", "q"), "C++ 11");
    assert_eq!(query_param("q=a+b", "q"), "a b");
    let article = Route::Article {
        date: "2026-04-03".into(),
        page: 1,
        id: "1-3".into(),
    };
    assert_eq!(
        marked_href("/", &article, "窑"),
        "/2026-04-03/1/1-3?q=%E7%AA%91"
    );
}

#[test]
fn a_base_claims_only_the_paths_under_it() {
    assert_eq!(
        under_base("/epaper/2026-04-03/1", "/epaper/"),
        Some("2026-04-03/1")
    );
    assert_eq!(under_base("/epaper/", "/epaper/"), Some(""));
    assert_eq!(under_base("/epaper", "/epaper/"), Some(""));
    assert_eq!(under_base("/epaper-x/2026-04-03", "/epaper/"), None);
    assert_eq!(under_base("/other", "/epaper/"), None);
    assert_eq!(under_base("/2026-04-03", "/"), Some("2026-04-03"));
}
