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
