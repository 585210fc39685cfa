use super::*;

/// A small issue: a banner, a story whose headline is hostile text, and its continuation.
fn issue(date: &str) -> Issue {
    let json = format!(
        r#"{{"format":"banmian.issue/1","paper":{{"id":"demo","name":"示例日报","lang":"zh-CN"}},"date":"{date}",
        "pages":[
          {{"number":1,"label":"第1版","articles":[
            {{"id":"1-1","kind":"banner","headline":"口号"}},
            {{"id":"1-2","kind":"article","headline":"</news:title><x>&\"'","blocks":[{{"type":"paragraph","text":"正文"}}],
             "continues_to":{{"page":2,"article":"2-1"}}}}]}},
          {{"number":2,"label":"第2版","articles":[
            {{"id":"2-1","kind":"article","headline":"","blocks":[{{"type":"paragraph","text":"续文"}}],
             "continued_from":{{"page":1,"article":"1-2"}}}}]}}]}}"#
    );
    banmian_model::parse_issue(&json).unwrap()
}

#[test]
fn every_page_and_article_with_absolute_addresses_and_escaped_text() {
    let (a, b) = (issue("2026-04-02"), issue("2026-04-03"));
    let site = "https://www.example.com/epaper/";
    assert_eq!(
        sitemap(&[&a, &b], site),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://www.example.com/epaper/2026-04-03/1</loc><lastmod>2026-04-03</lastmod></url>
  <url><loc>https://www.example.com/epaper/2026-04-03/1/1-2</loc><lastmod>2026-04-03</lastmod></url>
  <url><loc>https://www.example.com/epaper/2026-04-03/2</loc><lastmod>2026-04-03</lastmod></url>
  <url><loc>https://www.example.com/epaper/2026-04-03/2/2-1</loc><lastmod>2026-04-03</lastmod></url>
  <url><loc>https://www.example.com/epaper/2026-04-02/1</loc><lastmod>2026-04-02</lastmod></url>
  <url><loc>https://www.example.com/epaper/2026-04-02/1/1-2</loc><lastmod>2026-04-02</lastmod></url>
  <url><loc>https://www.example.com/epaper/2026-04-02/2</loc><lastmod>2026-04-02</lastmod></url>
  <url><loc>https://www.example.com/epaper/2026-04-02/2/2-1</loc><lastmod>2026-04-02</lastmod></url>
</urlset>
"#
    );
    assert_eq!(
        index(&["2026-04".into(), "2026-03".into()], site),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://www.example.com/epaper/sitemaps/site.xml</loc></sitemap>
  <sitemap><loc>https://www.example.com/epaper/sitemaps/2026-04.xml</loc></sitemap>
  <sitemap><loc>https://www.example.com/epaper/sitemaps/2026-03.xml</loc></sitemap>
</sitemapindex>
"#
    );
    assert_eq!(
        site_sitemap(&["2026-04".into()], "2026-04-03", site),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://www.example.com/epaper/</loc><lastmod>2026-04-03</lastmod></url>
  <url><loc>https://www.example.com/epaper/archive</loc><lastmod>2026-04-03</lastmod></url>
  <url><loc>https://www.example.com/epaper/archive/2026-04</loc></url>
</urlset>
"#
    );
    assert_eq!(
        robots(site),
        "User-agent: *\nAllow: /\n\nSitemap: https://www.example.com/epaper/sitemap.xml\nSitemap: https://www.example.com/epaper/news-sitemap.xml\n"
    );
    // Without the site's address, relative to the site; robots.txt names no sitemap then
    // (a `Sitemap:` line must be absolute).
    assert!(sitemap(&[&b], "").contains("<loc>2026-04-03/1/1-2</loc>"));
    assert!(!robots("").contains("Sitemap:"));
}

#[test]
fn the_news_sitemap_holds_the_last_two_days_only() {
    let issues = [
        issue("2026-03-31"),
        issue("2026-04-02"),
        issue("2026-04-03"),
    ];
    let refs: Vec<&Issue> = issues.iter().collect();
    let news = news_sitemap(&refs, "https://www.example.com/epaper/");
    let one = |date: &str, path: &str| {
        format!("  <url><loc>https://www.example.com/epaper/{date}/{path}</loc><news:news><news:publication><news:name>示例日报</news:name><news:language>zh-cn</news:language></news:publication><news:publication_date>{date}</news:publication_date><news:title>&lt;/news:title&gt;&lt;x&gt;&amp;&quot;&#39;</news:title></news:news></url>\n")
    };
    // The continuation has no headline of its own: it is listed under its story's.
    let expected = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n{}{}{}{}</urlset>\n",
        one("2026-04-03", "1/1-2"),
        one("2026-04-03", "2/2-1"),
        one("2026-04-02", "1/1-2"),
        one("2026-04-02", "2/2-1"),
    );
    assert_eq!(news, expected);
}
