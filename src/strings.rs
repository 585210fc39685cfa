//! Every piece of UI text, in one place: zh-CN by default, English on request.
//!
//! All of it lives in the two tables [`ZH`] and [`EN`]: plain text, and templates whose
//! `{}` the functions below fill with numbers, dates or names ([`fill`]). [`t`] is the
//! table of the language chosen at start-up ([`set_english`]); a paper in another
//! language adds a table (and its date format, in [`date`]).
//! The paper's own words (masthead, jump markers, headlines) are content, not UI text:
//! they stay in the paper's language and carry its `lang`.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::core::api::FetchError;

/// The UI text of one language.
// The fields are named for what they say; each one documenting itself twice adds nothing.
#[allow(missing_docs)]
pub struct Ui {
    /// The BCP 47 tag of the language (`lang` attribute).
    pub lang: &'static str,
    /// The app's generic name.
    pub app_name: &'static str,
    pub loading: &'static str,
    pub archive: &'static str,
    pub archive_title: &'static str,
    pub latest: &'static str,
    pub pages: &'static str,
    pub prev_page: &'static str,
    pub next_page: &'static str,
    pub prev_article: &'static str,
    pub next_article: &'static str,
    pub not_included: &'static str,
    pub read_all: &'static str,
    pub back_to_page: &'static str,
    pub no_issues: &'static str,
    pub not_found: &'static str,
    pub keys_hint: &'static str,
    pub offline: &'static str,
    pub update_ready: &'static str,
    pub download: &'static str,
    pub downloaded: &'static str,
    pub downloads: &'static str,
    pub no_downloads: &'static str,
    pub delete: &'static str,
    pub quota: &'static str,
    pub no_cache: &'static str,
    pub version: &'static str,
    pub search: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub scope_all: &'static str,
    pub scope: &'static str,
    pub search_index: &'static str,
    pub search_needs_js: &'static str,
    pub needs_js: &'static str,
    pub kept_page: &'static str,
    pub skip: &'static str,
    pub site_nav: &'static str,
    pub crumbs: &'static str,
    pub article_nav: &'static str,
    pub masthead: &'static str,
    pub continued: &'static str,
    pub about: &'static str,
    pub font_size: &'static str,
    /// The font-size steps, smallest first.
    pub font_steps: [&'static str; 4],
    pub read_aloud: &'static str,
    pub stop_reading: &'static str,
    pub share: &'static str,
    pub link_copied: &'static str,
    pub copy_failed: &'static str,
    pub dark_theme: &'static str,
    pub reading_tools: &'static str,
    /// The name of the other language, in that language (the switch).
    pub other_language: &'static str,
    pub other_lang: &'static str,
    pub list_view: &'static str,
    pub sheet_view: &'static str,
    pub view_mode: &'static str,
    pub print_mode: &'static str,
    pub printed_view: &'static str,
    pub text_view: &'static str,
    pub stories_on_page: &'static str,
    pub printed_alt_t: &'static str,
    pub clip_t: &'static str,
    pub page_pdf_t: &'static str,
    pub page_pdf_short_t: &'static str,
    pub on_the_page: &'static str,
    pub zoom_hint: &'static str,
    pub swipe_hint: &'static str,
    /// The weekdays, Monday first, in full (the calendar's column headers, as read aloud).
    pub weekdays: [&'static str; 7],
    /// The weekdays, Monday first, as the calendar's columns show them.
    pub weekdays_short: [&'static str; 7],
    pub prev_month: &'static str,
    pub next_month: &'static str,
    pub months_nav: &'static str,
    pub years_nav: &'static str,
    // Templates: each `{}` is filled in order by the functions below.
    pub page_t: &'static str,
    pub page_missing_t: &'static str,
    pub issue_number_t: &'static str,
    pub lunar_t: &'static str,
    pub serial_t: &'static str,
    pub postal_t: &'static str,
    pub page_count_t: &'static str,
    pub parts_t: &'static str,
    pub this_issue_t: &'static str,
    pub network_t: &'static str,
    pub missing_t: &'static str,
    pub status_t: &'static str,
    pub unreadable_t: &'static str,
    pub not_offline_t: &'static str,
    pub downloading_t: &'static str,
    pub download_failed_t: &'static str,
    pub app_parts: &'static str,
    pub storage_t: &'static str,
    pub found_t: &'static str,
    pub scope_issue_t: &'static str,
    pub about_t: &'static str,
    pub search_title_t: &'static str,
    pub nothing_found_t: &'static str,
    pub font_step_t: &'static str,
    pub year_t: &'static str,
    pub day_lead_t: &'static str,
    pub month_empty_t: &'static str,
    pub month_catalog_t: &'static str,
}

/// 中文.
pub static ZH: Ui = Ui {
    lang: "zh-CN",
    app_name: "电子报",
    loading: "正在载入……",
    archive: "往期",
    archive_title: "往期回顾",
    latest: "最新一期",
    pages: "版面导航",
    prev_page: "上一版",
    next_page: "下一版",
    prev_article: "上一篇",
    next_article: "下一篇",
    not_included: "未收录",
    read_all: "阅读全文",
    back_to_page: "返回版面",
    no_issues: "还没有发布任何一期。",
    not_found: "没有找到这个页面",
    keys_hint: "可用键盘 ← → 翻版",
    offline: "离线阅读中",
    update_ready: "有新版本，点击刷新",
    download: "下载本期",
    downloaded: "已下载",
    downloads: "已下载的期次",
    no_downloads: "还没有下载任何一期。在版面上点“下载本期”，离线时也能阅读。",
    delete: "删除",
    quota: "存储空间不足，下载未完成；已下载的内容仍然保留。",
    no_cache: "这个浏览器不能保存离线内容（可能处于隐私模式）。",
    version: "版本",
    search: "搜索",
    search_label: "搜索本报",
    search_placeholder: "搜索全部期次，如：原始创新",
    scope_all: "全部期次",
    scope: "搜索范围",
    search_index: "搜索索引",
    search_needs_js: "搜索需要浏览器启用 JavaScript。各期各版仍可从“往期”逐篇阅读。",
    needs_js: "这一页需要浏览器启用 JavaScript。",
    kept_page: "下面是本页发布时的版本，仍可阅读，链接可用。",
    skip: "跳到正文",
    site_nav: "站点",
    crumbs: "位置",
    article_nav: "文章",
    masthead: "报头",
    continued: "（续）",
    about: "banmian 版面 · 开源电子报阅读器",
    font_size: "字号",
    font_steps: ["小", "标准", "大", "特大"],
    read_aloud: "朗读",
    stop_reading: "停止朗读",
    share: "分享",
    link_copied: "链接已复制",
    copy_failed: "无法复制，请手动复制地址栏中的链接",
    dark_theme: "深色模式",
    reading_tools: "阅读工具",
    other_language: "English",
    other_lang: "en",
    list_view: "列表",
    sheet_view: "版面",
    view_mode: "显示方式",
    print_mode: "版本",
    printed_view: "原版",
    text_view: "文字版",
    stories_on_page: "本版文章",
    printed_alt_t: "{}原版",
    clip_t: "{}原版：{}",
    page_pdf_t: "下载本版PDF（{}）",
    page_pdf_short_t: "{}PDF（{}）",
    on_the_page: "在版面上看",
    zoom_hint: "双击或双指缩放，拖动查看",
    swipe_hint: "左右滑动翻版",
    weekdays: [
        "星期一",
        "星期二",
        "星期三",
        "星期四",
        "星期五",
        "星期六",
        "星期日",
    ],
    weekdays_short: ["一", "二", "三", "四", "五", "六", "日"],
    prev_month: "上一月",
    next_month: "下一月",
    months_nav: "月份",
    years_nav: "年份",
    page_t: "第{}版",
    page_missing_t: "第{}版未收录",
    issue_number_t: "第{}期",
    lunar_t: "农历{}",
    serial_t: "国内统一连续出版物号 {}",
    postal_t: "邮发代号 {}",
    page_count_t: "今日{}版",
    parts_t: "（共{}部分）",
    this_issue_t: "{}这一期",
    network_t: "{}无法载入：网络连接失败，请检查网络后重试。",
    missing_t: "没有找到{}。",
    status_t: "{}无法载入：服务器返回错误 {}。",
    unreadable_t: "{}数据无法读取：{}",
    not_offline_t: "{}尚未下载，离线时无法阅读。联网后会自动载入。",
    downloading_t: "正在下载 {}/{}",
    download_failed_t: "下载失败：{}",
    app_parts: "离线使用往期回顾和搜索所需的程序文件未能下载",
    storage_t: "本站已用 {}（可用 {}）",
    found_t: "共 {} 条",
    scope_issue_t: "本期（{}）",
    about_t: "{}：{}",
    search_title_t: "搜索：{}",
    nothing_found_t: "没有找到「{}」",
    font_step_t: "字号：{}",
    year_t: "{}年",
    day_lead_t: "{}：{}",
    month_empty_t: "{}没有报纸。",
    month_catalog_t: "{}的往期目录",
};

/// English.
pub static EN: Ui = Ui {
    lang: "en",
    app_name: "e-Paper",
    loading: "Loading…",
    archive: "Archive",
    archive_title: "Past issues",
    latest: "Latest issue",
    pages: "Pages",
    prev_page: "Previous page",
    next_page: "Next page",
    prev_article: "Previous article",
    next_article: "Next article",
    not_included: "not included",
    read_all: "Read the whole story",
    back_to_page: "Back to page",
    no_issues: "No issue has been published yet.",
    not_found: "This page was not found",
    keys_hint: "Turn pages with the ← → keys",
    offline: "Reading offline",
    update_ready: "A new version is ready: reload",
    download: "Download this issue",
    downloaded: "Downloaded",
    downloads: "Downloaded issues",
    no_downloads:
        "No issue downloaded yet. Press “Download this issue” on a page to read it offline.",
    delete: "Delete",
    quota: "Not enough storage: the download stopped. Earlier downloads are kept.",
    no_cache: "This browser cannot keep content offline (private mode?).",
    version: "version",
    search: "Search",
    search_label: "Search the paper",
    search_placeholder: "Search every issue",
    scope_all: "All issues",
    scope: "Search in",
    search_index: "The search index",
    search_needs_js: "Search needs JavaScript in your browser. Every issue and page can still be read from the archive.",
    needs_js: "This page needs JavaScript in your browser.",
    kept_page: "Below is this page as it was published: it can still be read, and its links work.",
    skip: "Skip to content",
    site_nav: "Site",
    crumbs: "Where you are",
    article_nav: "Articles",
    masthead: "Masthead",
    continued: "(continued)",
    about: "banmian · open-source e-paper reader",
    font_size: "Text size",
    font_steps: ["small", "normal", "large", "larger"],
    read_aloud: "Read aloud",
    stop_reading: "Stop reading",
    share: "Share",
    link_copied: "Link copied",
    copy_failed: "Could not copy: copy the address from the address bar",
    dark_theme: "Dark theme",
    reading_tools: "Reading tools",
    other_language: "中文",
    other_lang: "zh-CN",
    list_view: "List",
    sheet_view: "Page",
    view_mode: "Show as",
    print_mode: "Edition",
    printed_view: "As printed",
    text_view: "Text",
    stories_on_page: "Stories on this page",
    printed_alt_t: "{} as printed",
    clip_t: "{} as printed: {}",
    page_pdf_t: "Download this page as PDF ({})",
    page_pdf_short_t: "{} as PDF ({})",
    on_the_page: "See it on the page",
    zoom_hint: "Double-tap or pinch to zoom, drag to move",
    swipe_hint: "Swipe left or right to turn pages",
    weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    prev_month: "Previous month",
    next_month: "Next month",
    months_nav: "Months",
    years_nav: "Years",
    page_t: "Page {}",
    page_missing_t: "Page {} not included",
    issue_number_t: "No. {}",
    lunar_t: "lunar calendar {}",
    serial_t: "serial {}",
    postal_t: "postal code {}",
    page_count_t: "{} pages",
    parts_t: " ({} parts)",
    this_issue_t: "The issue of {}",
    network_t: "{} could not be loaded: the network failed. Check the connection and try again.",
    missing_t: "{} was not found.",
    status_t: "{} could not be loaded: the server answered {}.",
    unreadable_t: "{} could not be read: {}",
    not_offline_t: "{} has not been downloaded and cannot be read offline. It loads by itself once you are back online.",
    downloading_t: "Downloading {}/{}",
    download_failed_t: "Download failed: {}",
    app_parts: "the parts of the app that open the archive and search offline could not be fetched",
    storage_t: "Used here: {} (of {})",
    found_t: "{} found",
    scope_issue_t: "This issue ({})",
    about_t: "{}: {}",
    search_title_t: "Search: {}",
    nothing_found_t: "Nothing found for “{}”",
    font_step_t: "Text size: {}",
    year_t: "{}",
    day_lead_t: "{}: {}",
    month_empty_t: "No paper was published in {}.",
    month_catalog_t: "The archive of {}",
};

static ENGLISH: AtomicBool = AtomicBool::new(false);

/// Chooses the UI language for the rest of the session (before the app mounts).
pub fn set_english(on: bool) {
    ENGLISH.store(on, Ordering::Relaxed);
}

fn en() -> bool {
    ENGLISH.load(Ordering::Relaxed)
}

/// The UI text in the chosen language.
pub fn t() -> &'static Ui {
    if en() {
        &EN
    } else {
        &ZH
    }
}

/// `template` with each `{}` replaced by the next of `args`.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::new();
    let mut rest = template;
    let mut args = args.iter();
    while let Some(at) = rest.find("{}") {
        out += &rest[..at];
        out += args.next().copied().unwrap_or_default();
        rest = &rest[at + 2..];
    }
    out + rest
}

/// `第4版` / `Page 4`.
pub fn page_label(page: u32) -> String {
    fill(t().page_t, &[&page.to_string()])
}

/// The alternative text of a page's scan: `第1版原版` / `1 as printed`.
pub fn printed_alt(label: &str) -> String {
    fill(t().printed_alt_t, &[label])
}

/// The alternative text of a story's clip of the scan: `第1版原版：标题`.
pub fn clip_alt(label: &str, headline: &str) -> String {
    fill(t().clip_t, &[label, headline])
}

/// The link to a page's PDF, with its size: `下载本版PDF（623 KB）`.
pub fn page_pdf(bytes: u64) -> String {
    fill(t().page_pdf_t, &[&size(bytes as f64)])
}

/// The page strip's name for a page's PDF: `第2版PDF（186 KB）`.
pub fn page_pdf_short(label: &str, bytes: u64) -> String {
    fill(t().page_pdf_short_t, &[label, &size(bytes as f64)])
}

/// `第4版未收录`: a page the paper printed but the data lacks.
pub fn page_missing(page: u32) -> String {
    fill(t().page_missing_t, &[&page.to_string()])
}

/// `第12966期`.
pub fn issue_number(n: u32) -> String {
    fill(t().issue_number_t, &[&n.to_string()])
}

/// `今日4版`.
pub fn page_count(n: u32) -> String {
    fill(t().page_count_t, &[&n.to_string()])
}

/// `（共2部分）`.
pub fn parts(n: usize) -> String {
    fill(t().parts_t, &[&n.to_string()])
}

/// `2026年4月3日` / `3 April 2026`.
pub fn date(date: &str) -> String {
    match english_date(date) {
        Some((d, m, y)) if en() => format!("{d} {m} {y}"),
        _ => banmian_model::long_date(date),
    }
}

/// The masthead's labelled facts: `农历丙午年二月十六` / `lunar calendar 丙午年二月十六`,
/// `国内统一连续出版物号 CN 14-0023` / `serial CN 14-0023`, `邮发代号 21-21` /
/// `postal code 21-21` (the facts themselves as printed).
pub fn lunar(printed: &str) -> String {
    fill(t().lunar_t, &[printed])
}

/// See [`lunar`].
pub fn serial(printed: &str) -> String {
    fill(t().serial_t, &[printed])
}

/// See [`lunar`].
pub fn postal_code(printed: &str) -> String {
    fill(t().postal_t, &[printed])
}

/// The weekday of `date`: as the paper printed it (`星期五`), or in English (`Friday`,
/// reckoned from the date).
pub fn weekday(date: &str, printed: Option<&str>) -> Option<String> {
    if en() {
        english_weekday(date).map(str::to_owned)
    } else {
        printed.map(str::to_owned)
    }
}

/// `2026-04-03` → `Friday`.
fn english_weekday(date: &str) -> Option<&'static str> {
    EN.weekdays
        .get(crate::core::calendar::column(date)?)
        .copied()
}

/// `2026年4月` / `April 2026`.
pub fn month(date: &str) -> String {
    match english_date(date) {
        Some((_, m, y)) if en() => format!("{m} {y}"),
        _ => banmian_model::month(date),
    }
}

/// The month of a month key: `2026-04` → `2026年4月` / `April 2026`.
pub fn month_of(key: &str) -> String {
    month(&format!("{key}-01"))
}

/// `2026年` / `2026`.
pub fn year(year: &str) -> String {
    fill(t().year_t, &[year])
}

/// A day of the calendar, with its weekday, in a month the calendar names (so without the
/// year, and unlike the list's `2026年4月3日`): `4月3日 星期五` / `Friday 3 April`.
pub fn day(d: &str) -> String {
    let weekday = crate::core::calendar::column(d).and_then(|c| t().weekdays.get(c).copied());
    let Some(((day, name, _), weekday)) = english_date(d).zip(weekday) else {
        return date(d);
    };
    if en() {
        format!("{weekday} {day} {name}")
    } else {
        let month = d.get(5..7).unwrap_or_default().trim_start_matches('0');
        format!("{month}月{day}日 {weekday}")
    }
}

/// A day of the calendar with its issue's lead headline: `4月3日 星期五：科技创新实现新突破`.
pub fn day_with_lead(d: &str, lead: Option<&str>) -> String {
    match lead.filter(|l| !l.trim().is_empty()) {
        Some(lead) => fill(t().day_lead_t, &[&day(d), lead]),
        None => day(d),
    }
}

/// `2026年3月没有报纸。`.
pub fn month_empty(key: &str) -> String {
    fill(t().month_empty_t, &[&month_of(key)])
}

/// `2026年3月的往期目录`: what a month piece of the catalog is, in an error message.
pub fn month_catalog(key: &str) -> String {
    fill(t().month_catalog_t, &[&month_of(key)])
}

fn english_date(date: &str) -> Option<(u32, &'static str, &str)> {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let (y, rest) = date.split_once('-')?;
    let (m, d) = rest.split_once('-')?;
    let m: usize = m.parse().ok()?;
    Some((d.parse().ok()?, MONTHS.get(m.checked_sub(1)?)?, y))
}

/// The message for data that could not be loaded, and what still works.
pub fn fetch_error(what: &str, e: &FetchError) -> String {
    let offline = crate::mode::in_browser() && !leptos::prelude::window().navigator().on_line();
    let ui = t();
    match e {
        FetchError::Network(_) if offline => not_offline(what),
        FetchError::Network(_) => fill(ui.network_t, &[what]),
        FetchError::NotFound => fill(ui.missing_t, &[what]),
        FetchError::Status(s) => fill(ui.status_t, &[what, &s.to_string()]),
        FetchError::Data(detail) => fill(ui.unreadable_t, &[what, detail]),
    }
}

/// `2026年4月3日这一期`.
pub fn this_issue(d: &str) -> String {
    fill(t().this_issue_t, &[&date(d)])
}

/// `正在下载 1/3`.
pub fn downloading(done: usize, total: usize) -> String {
    fill(t().downloading_t, &[&done.to_string(), &total.to_string()])
}

/// `下载失败：…`.
pub fn download_failed(detail: &str) -> String {
    fill(t().download_failed_t, &[detail])
}

/// `1.2 MB` / `18 KB` (integer arithmetic: float formatting costs the wasm 10 KB).
pub fn size(bytes: f64) -> String {
    let kb = (bytes as u64).div_ceil(1000);
    if kb >= 1000 {
        let tenths = kb.div_ceil(100);
        format!("{}.{} MB", tenths / 10, tenths % 10)
    } else {
        format!("{kb} KB")
    }
}

/// `本站已用 1.2 MB（可用 300 MB）`.
pub fn storage(usage: f64, quota: f64) -> String {
    fill(t().storage_t, &[&size(usage), &size(quota)])
}

/// What to say when `what` cannot be read offline.
pub fn not_offline(what: &str) -> String {
    fill(t().not_offline_t, &[what])
}

/// `共 12 条`.
pub fn found(n: usize) -> String {
    fill(t().found_t, &[&n.to_string()])
}

/// `本期（2026年4月3日）`.
pub fn scope_issue(d: &str) -> String {
    fill(t().scope_issue_t, &[&date(d)])
}

/// `subject：what` (a message about something).
pub fn about(subject: &str, what: &str) -> String {
    fill(t().about_t, &[subject, what])
}

/// `搜索：原始创新` (the search view's heading), or `搜索`.
pub fn search_title(q: &str) -> String {
    if q.trim().is_empty() {
        t().search.to_owned()
    } else {
        fill(t().search_title_t, &[q])
    }
}

/// `没有找到「窑洞」`.
pub fn nothing_found(q: &str) -> String {
    fill(t().nothing_found_t, &[q])
}

/// `字号：大`.
pub fn font_step(step: usize) -> String {
    let name = t().font_steps.get(step).copied().unwrap_or_default();
    fill(t().font_step_t, &[name])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_pdf_is_offered_with_its_size() {
        // 623,579 bytes: 624 KB (the downloads' sizes, in thousands, rounded up).
        assert_eq!(page_pdf(623_579), "下载本版PDF（624 KB）");
        assert_eq!(page_pdf_short("第2版", 1_500_000), "第2版PDF（1.5 MB）");
    }

    #[test]
    fn dates_follow_the_language() {
        assert_eq!(date("2026-04-03"), "2026年4月3日");
        assert_eq!(month("2026-04-03"), "2026年4月");
        assert_eq!(english_date("2026-04-03"), Some((3, "April", "2026")));
        assert_eq!(english_date("2026-13-03"), None);
        assert_eq!(english_date("not a date"), None);
        // Checked against a calendar.
        assert_eq!(english_weekday("2026-04-03"), Some("Friday"));
        assert_eq!(english_weekday("1970-01-01"), Some("Thursday"));
        assert_eq!(english_weekday("2000-02-29"), Some("Tuesday"));
        assert_eq!(english_weekday("2024-12-31"), Some("Tuesday"));
        assert_eq!(english_weekday("2026-13-01"), None);
        assert_eq!(
            weekday("2026-04-03", Some("星期五")).as_deref(),
            Some("星期五")
        );
        assert_eq!(lunar("丙午年二月十六"), "农历丙午年二月十六");
        assert_eq!(serial("CN 14-0023"), "国内统一连续出版物号 CN 14-0023");
        assert_eq!(postal_code("21-21"), "邮发代号 21-21");
        assert_eq!(month_of("2026-04"), "2026年4月");
        assert_eq!(year("2026"), "2026年");
        // Checked against a calendar.
        assert_eq!(day("2026-04-03"), "4月3日 星期五");
        assert_eq!(day("2026-04-05"), "4月5日 星期日");
        assert_eq!(day("2024-02-29"), "2月29日 星期四");
        assert_eq!(day("2025-12-30"), "12月30日 星期二");
        assert_eq!(
            day_with_lead("2026-04-01", Some("标题")),
            "4月1日 星期三：标题"
        );
        assert_eq!(day_with_lead("2026-04-06", None), "4月6日 星期一");
        assert_eq!(
            day("2026-13-01"),
            date("2026-13-01"),
            "no day: the date as it is"
        );
        assert_eq!(month_empty("2026-03"), "2026年3月没有报纸。");
    }

    #[test]
    fn templates_are_filled_in_order() {
        assert_eq!(
            fill("{}数据无法读取：{}", &["本期", "缺少字段"]),
            "本期数据无法读取：缺少字段"
        );
        assert_eq!(fill("第{}版", &["4"]), "第4版");
        assert_eq!(fill("no holes", &["x"]), "no holes");
        assert_eq!(
            fill("{} and {}", &["one"]),
            "one and ",
            "a missing argument is empty"
        );
        assert_eq!(page_label(4), "第4版");
        assert_eq!(font_step(2), "字号：大");
    }

    #[test]
    fn both_tables_say_everything() {
        // A field left empty would show nothing in one language.
        for ui in [&ZH, &EN] {
            assert!(!ui.app_name.is_empty() && !ui.font_size.is_empty());
            assert!(ui.font_steps.iter().all(|s| !s.is_empty()));
            // Every template has as many holes in both languages.
            let holes = |t: &str| t.matches("{}").count();
            for (a, b) in [
                (ZH.status_t, EN.status_t),
                (ZH.storage_t, EN.storage_t),
                (ZH.unreadable_t, EN.unreadable_t),
                (ZH.downloading_t, EN.downloading_t),
                (ZH.about_t, EN.about_t),
                (ZH.year_t, EN.year_t),
                (ZH.day_lead_t, EN.day_lead_t),
                (ZH.month_empty_t, EN.month_empty_t),
                (ZH.month_catalog_t, EN.month_catalog_t),
            ] {
                assert_eq!(holes(a), holes(b), "{a} / {b}");
            }
        }
        assert_ne!(ZH.read_aloud, EN.read_aloud);
        for ui in [&ZH, &EN] {
            assert!(ui
                .weekdays
                .iter()
                .chain(&ui.weekdays_short)
                .all(|w| !w.is_empty()));
        }
        assert_eq!(EN.weekdays[0], "Monday", "weeks start on Monday in both");
        assert_eq!(ZH.other_lang, EN.lang);
        assert_eq!(EN.other_lang, ZH.lang);
    }
}
