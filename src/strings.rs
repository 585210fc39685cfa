//! Every piece of UI text, in one place: zh-CN by default, English on request.
//!
//! Plain text lives in the two tables [`ZH`] and [`EN`]; text with numbers or dates in it
//! is made by the functions below. [`t`] is the table of the language chosen at start-up
//! ([`set_english`]); a paper in another language adds a table and a branch here.
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
    pub light_theme: &'static str,
    pub reading_tools: &'static str,
    /// The name of the other language, in that language (the switch).
    pub other_language: &'static str,
    pub other_lang: &'static str,
    pub list_view: &'static str,
    pub sheet_view: &'static str,
    pub view_mode: &'static str,
    pub zoom_hint: &'static str,
    pub swipe_hint: &'static str,
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
    light_theme: "浅色模式",
    reading_tools: "阅读工具",
    other_language: "English",
    other_lang: "en",
    list_view: "列表",
    sheet_view: "版面",
    view_mode: "显示方式",
    zoom_hint: "双击或双指缩放，拖动查看",
    swipe_hint: "左右滑动翻版",
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
    light_theme: "Light theme",
    reading_tools: "Reading tools",
    other_language: "中文",
    other_lang: "zh-CN",
    list_view: "List",
    sheet_view: "Page",
    view_mode: "Show as",
    zoom_hint: "Double-tap or pinch to zoom, drag to move",
    swipe_hint: "Swipe left or right to turn pages",
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

/// `第4版` / `Page 4`.
pub fn page_label(page: u32) -> String {
    if en() {
        format!("Page {page}")
    } else {
        format!("第{page}版")
    }
}

/// `第4版未收录`: a page the paper printed but the data lacks.
pub fn page_missing(page: u32) -> String {
    if en() {
        format!("Page {page} not included")
    } else {
        format!("第{page}版未收录")
    }
}

/// `第12966期`.
pub fn issue_number(n: u32) -> String {
    if en() {
        format!("No. {n}")
    } else {
        format!("第{n}期")
    }
}

/// `今日4版`.
pub fn page_count(n: u32) -> String {
    if en() {
        format!("{n} pages")
    } else {
        format!("今日{n}版")
    }
}

/// `（共2部分）`.
pub fn parts(n: usize) -> String {
    if en() {
        format!(" ({n} parts)")
    } else {
        format!("（共{n}部分）")
    }
}

/// `2026年4月3日` / `3 April 2026`.
pub fn date(date: &str) -> String {
    match english_date(date) {
        Some((d, m, y)) if en() => format!("{d} {m} {y}"),
        _ => banmian_model::long_date(date),
    }
}

/// `2026年4月` / `April 2026`.
pub fn month(date: &str) -> String {
    match english_date(date) {
        Some((_, m, y)) if en() => format!("{m} {y}"),
        _ => banmian_model::month(date),
    }
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
    let offline = !leptos::prelude::window().navigator().on_line();
    match (e, en()) {
        (FetchError::Network(_), _) if offline => not_offline(what),
        (FetchError::Network(_), false) => {
            format!("{what}无法载入：网络连接失败，请检查网络后重试。")
        }
        (FetchError::Network(_), true) => {
            format!("{what} could not be loaded: the network failed. Check the connection and try again.")
        }
        (FetchError::NotFound, false) => format!("没有找到{what}。"),
        (FetchError::NotFound, true) => format!("{what} was not found."),
        (FetchError::Status(s), false) => format!("{what}无法载入：服务器返回错误 {s}。"),
        (FetchError::Status(s), true) => {
            format!("{what} could not be loaded: the server answered {s}.")
        }
        (FetchError::Data(detail), false) => format!("{what}数据无法读取：{detail}"),
        (FetchError::Data(detail), true) => format!("{what} could not be read: {detail}"),
    }
}

/// `2026年4月3日这一期`.
pub fn this_issue(date: &str) -> String {
    if en() {
        format!("The issue of {}", self::date(date))
    } else {
        format!("{}这一期", self::date(date))
    }
}

/// `正在下载 1/3`.
pub fn downloading(done: usize, total: usize) -> String {
    if en() {
        format!("Downloading {done}/{total}")
    } else {
        format!("正在下载 {done}/{total}")
    }
}

/// `下载失败：…`.
pub fn download_failed(detail: &str) -> String {
    if en() {
        format!("Download failed: {detail}")
    } else {
        format!("下载失败：{detail}")
    }
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
    if en() {
        format!("Used here: {} (of {})", size(usage), size(quota))
    } else {
        format!("本站已用 {}（可用 {}）", size(usage), size(quota))
    }
}

/// What to say when `what` cannot be read offline.
pub fn not_offline(what: &str) -> String {
    if en() {
        format!("{what} has not been downloaded and cannot be read offline. It loads by itself once you are back online.")
    } else {
        format!("{what}尚未下载，离线时无法阅读。联网后会自动载入。")
    }
}

/// `共 12 条`.
pub fn found(n: usize) -> String {
    if en() {
        format!("{n} found")
    } else {
        format!("共 {n} 条")
    }
}

/// `本期（2026年4月3日）`.
pub fn scope_issue(d: &str) -> String {
    if en() {
        format!("This issue ({})", date(d))
    } else {
        format!("本期（{}）", date(d))
    }
}

/// `subject：what` (a message about something).
pub fn about(subject: &str, what: &str) -> String {
    if en() {
        format!("{subject}: {what}")
    } else {
        format!("{subject}：{what}")
    }
}

/// `搜索：原始创新` (the search view's heading).
pub fn search_title(q: &str) -> String {
    match (q.trim().is_empty(), en()) {
        (true, _) => t().search.to_owned(),
        (false, true) => format!("Search: {q}"),
        (false, false) => format!("搜索：{q}"),
    }
}

/// `没有找到「窑洞」`.
pub fn nothing_found(q: &str) -> String {
    if en() {
        format!("Nothing found for “{q}”")
    } else {
        format!("没有找到「{q}」")
    }
}

/// `字号：大`.
pub fn font_step(step: usize) -> String {
    let name = t().font_steps.get(step).copied().unwrap_or_default();
    if en() {
        format!("{}: {name}", t().font_size)
    } else {
        format!("{}：{name}", t().font_size)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_the_language() {
        assert_eq!(date("2026-04-03"), "2026年4月3日");
        assert_eq!(month("2026-04-03"), "2026年4月");
        assert_eq!(english_date("2026-04-03"), Some((3, "April", "2026")));
        assert_eq!(english_date("2026-13-03"), None);
        assert_eq!(english_date("not a date"), None);
    }

    #[test]
    fn both_tables_say_everything() {
        // A field left empty would show nothing in one language.
        for ui in [&ZH, &EN] {
            assert!(!ui.app_name.is_empty() && !ui.font_size.is_empty());
            assert!(ui.font_steps.iter().all(|s| !s.is_empty()));
        }
        assert_ne!(ZH.read_aloud, EN.read_aloud);
        assert_eq!(ZH.other_lang, EN.lang);
        assert_eq!(EN.other_lang, ZH.lang);
    }
}
