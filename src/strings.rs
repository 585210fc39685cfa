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
    match e {
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
