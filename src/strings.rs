//! Every piece of UI text, in one place (zh-CN).
// The constants are named for what they say; each one documenting itself twice adds nothing.
#![allow(missing_docs)]

/// The language of the UI text.
pub const LANG: &str = "zh-CN";

/// The app's generic name.
pub const APP_NAME: &str = "电子报";
pub const LOADING: &str = "正在载入……";
pub const ARCHIVE: &str = "往期";
pub const ARCHIVE_TITLE: &str = "往期回顾";
pub const LATEST: &str = "最新一期";
pub const PAGES: &str = "版面导航";
pub const PREV_PAGE: &str = "上一版";
pub const NEXT_PAGE: &str = "下一版";
pub const PREV_ARTICLE: &str = "上一篇";
pub const NEXT_ARTICLE: &str = "下一篇";
pub const NOT_INCLUDED: &str = "未收录";
pub const READ_ALL: &str = "阅读全文";
pub const BACK_TO_PAGE: &str = "返回版面";
pub const NO_ISSUES: &str = "还没有发布任何一期。";
pub const NOT_FOUND: &str = "没有找到这个页面";
pub const SOURCE_PREFIX: &str = "来源：";
pub const KEYS_HINT: &str = "可用键盘 ← → 翻版";

/// `第4版未收录`: a page the paper printed but the data lacks.
pub fn page_missing(page: u32) -> String {
    format!("第{page}版{NOT_INCLUDED}")
}

/// `第12966期`.
pub fn issue_number(n: u32) -> String {
    format!("第{n}期")
}

/// `今日4版`.
pub fn page_count(n: u32) -> String {
    format!("今日{n}版")
}

/// `共 2 部分`.
pub fn parts(n: usize) -> String {
    format!("（共{n}部分）")
}

/// The message for data that could not be loaded, and what still works.
pub fn fetch_error(what: &str, e: &crate::core::api::FetchError) -> String {
    use crate::core::api::FetchError;
    let offline = !leptos::prelude::window().navigator().on_line();
    match e {
        FetchError::Network(_) if offline => not_offline(what),
        FetchError::Network(_) => format!("{what}无法载入：网络连接失败，请检查网络后重试。"),
        FetchError::NotFound => format!("没有找到{what}。"),
        FetchError::Status(s) => format!("{what}无法载入：服务器返回错误 {s}。"),
        FetchError::Data(detail) => format!("{what}数据无法读取：{detail}"),
    }
}

/// `本期` / `2026年4月3日这一期`.
pub fn this_issue(date: &str) -> String {
    format!("{}这一期", banmian_model::long_date(date))
}

pub const OFFLINE: &str = "离线阅读中";
pub const UPDATE_READY: &str = "有新版本，点击刷新";
pub const DOWNLOAD: &str = "下载本期";
pub const DOWNLOADED: &str = "已下载";
pub const DOWNLOADS: &str = "已下载的期次";
pub const NO_DOWNLOADS: &str = "还没有下载任何一期。在版面上点“下载本期”，离线时也能阅读。";
pub const DELETE: &str = "删除";
pub const QUOTA: &str = "存储空间不足，下载未完成；已下载的内容仍然保留。";
pub const NO_CACHE: &str = "这个浏览器不能保存离线内容（可能处于隐私模式）。";
pub const VERSION: &str = "版本";

/// `正在下载 1/3`.
pub fn downloading(done: usize, total: usize) -> String {
    format!("正在下载 {done}/{total}")
}

/// `下载失败：…`.
pub fn download_failed(detail: &str) -> String {
    format!("下载失败：{detail}")
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
    format!("本站已用 {}（可用 {}）", size(usage), size(quota))
}

/// What to say when `what` cannot be read offline.
pub fn not_offline(what: &str) -> String {
    format!("{what}尚未下载，离线时无法阅读。联网后会自动载入。")
}

pub const SEARCH: &str = "搜索";
pub const SEARCH_LABEL: &str = "搜索本报";
pub const SEARCH_PLACEHOLDER: &str = "搜索全部期次，如：原始创新";
pub const SEARCH_TITLE: &str = "搜索";
pub const NOTHING_FOUND: &str = "没有找到";
pub const SCOPE_ALL: &str = "全部期次";
pub const SCOPE: &str = "搜索范围";
pub const SEARCH_INDEX: &str = "搜索索引";

/// `共 12 条`.
pub fn found(n: usize) -> String {
    format!("共 {n} 条")
}

/// `本期（2026年4月3日）`.
pub fn scope_issue(date: &str) -> String {
    format!("本期（{}）", banmian_model::long_date(date))
}
