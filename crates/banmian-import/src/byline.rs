//! Bylines in the forms Chinese (and English) papers print them, ledes that carry the
//! reporter (`本报讯（记者刘冬冬）…`), and source notes (`（原载《山西日报》3月31日1版）`).

use crate::text::MAX_TITLE;
use crate::tuning::LEDE_WINDOW;

const ROLES: [&str; 9] = [
    "特约评论员",
    "评论员",
    "通讯员",
    "实习生",
    "记者",
    "撰稿人",
    "撰文",
    "编译",
    "整理",
];

/// The byline a line prints (a leading bullet `■`, `□` … kept), or `None` if it is not one.
///
/// Accepted: `新华社记者 胡喆`, `本报记者 王文安 通讯员 吕梁 周玉涛`, `山西日报评论员`,
/// `本报评论员`, `记者刘冬冬`, `文/张三`, `本报记者 张三 摄`, `By Jane Doe`.
pub(crate) fn byline(text: &str) -> Option<String> {
    let t = text.trim_start_matches(['□', '■', '◎', '●', '○', '◆', ' ']);
    if t.is_empty()
        || t.chars().count() > MAX_TITLE
        || t.contains(['，', '。', '；', '！', '？', ',', ';', '：'])
    {
        return None;
    }
    if let Some(name) = t.strip_prefix("By ").or_else(|| t.strip_prefix("BY ")) {
        let words_ok = name
            .split(' ')
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()) || w == "and" || w == "of");
        return (words_ok && t.len() <= 60).then(|| t.to_owned());
    }
    let segments: Vec<&str> = t.split([' ', '、']).filter(|s| !s.is_empty()).collect();
    let first = segments.first()?;
    let credit = ["文/", "图/", "文图/", "文／", "图／"]
        .iter()
        .any(|p| first.starts_with(p));
    if !credit && !role_segment(first) {
        return None;
    }
    let rest_ok = segments[1..].iter().all(|s| {
        role_segment(s)
            || is_name(s)
            || matches!(*s, "摄" | "报道" | "摄影报道" | "文/图" | "文/摄")
    });
    // The bullet stays: it is what the paper printed, and nothing printed is dropped.
    rest_ok.then(|| text.trim().to_owned())
}

/// `本报记者`, `记者刘冬冬`, `山西日报评论员`: an organisation (short), a role, a name (short).
fn role_segment(s: &str) -> bool {
    ROLES.iter().any(|role| {
        s.find(role).is_some_and(|i| {
            let before = s[..i].chars().count();
            let after = &s[i + role.len()..];
            before <= 8 && (after.is_empty() || is_name(after) || after == "摄")
        })
    })
}

/// A personal name: 1–4 Chinese characters, or a short Latin name.
fn is_name(s: &str) -> bool {
    let n = s.chars().count();
    let han = s
        .chars()
        .all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) || c == '·');
    (han && (1..=5).contains(&n))
        || (s.chars().all(|c| c.is_alphabetic() || c == '.') && s.is_ascii() && n <= 20)
}

/// The reporter a lede names: `本报讯（记者刘冬冬）…` → `记者刘冬冬`,
/// `新华社北京4月2日电（记者 胡喆）…` → `记者 胡喆`, `记者 张伟 报道 …` → `记者 张伟`.
pub(crate) fn lede_byline(paragraph: &str) -> Option<String> {
    dateline_byline(paragraph).or_else(|| reported_by(paragraph))
}

/// `本报记者 张伟 报道 今年以来…` → `本报记者 张伟`: a byline glued before the lede.
fn reported_by(paragraph: &str) -> Option<String> {
    let (end, _) = paragraph
        .char_indices()
        .take(LEDE_WINDOW)
        .find(|&(i, _)| paragraph[i..].starts_with("报道"))?;
    let rest = paragraph[end + "报道".len()..].trim_start();
    if rest.is_empty() {
        return None;
    }
    byline(paragraph[..end].trim())
}

fn dateline_byline(paragraph: &str) -> Option<String> {
    let (open, _) = paragraph
        .char_indices()
        .take(LEDE_WINDOW)
        .find(|&(_, c)| c == '（' || c == '(')?;
    let dateline = paragraph[..open].trim_end();
    if !(dateline.ends_with('讯') || dateline.ends_with('电')) || !is_dateline(dateline) {
        return None;
    }
    let inner_start = open + paragraph[open..].chars().next()?.len_utf8();
    let close = paragraph[inner_start..].find(['）', ')'])? + inner_start;
    let inner = paragraph[inner_start..close].trim();
    ROLES
        .iter()
        .any(|r| inner.contains(r))
        .then(|| inner.to_owned())
}

fn is_dateline(s: &str) -> bool {
    s.starts_with("本报")
        || s.starts_with("新华社")
        || s.starts_with("中新社")
        || s.starts_with("据")
        || s.contains("日电")
}

/// Splits a trailing source note off a paragraph: `…答卷。（原载《山西日报》3月31日1版）`
/// → (`…答卷。`, `原载《山西日报》3月31日1版`).
pub(crate) fn source_note(paragraph: &str) -> Option<(String, String)> {
    // Only a note whose brackets match: the note is stored without them, and the
    // viewer draws `（…）` again.
    let body = paragraph.strip_suffix('）')?;
    let open = body.rfind('（')?;
    let inner = body[open..].trim_start_matches(['（', '(']).trim();
    let is_note = [
        "原载",
        "来源",
        "稿件来源",
        "摘自",
        "转自",
        "选自",
        "转载自",
        "据《",
    ]
    .iter()
    .any(|p| inner.starts_with(p));
    is_note.then(|| (body[..open].trim_end().to_owned(), inner.to_owned()))
}

/// Whether a paragraph ends its story while staying part of it: a contributor note
/// `（新华社记者 张三对本文有贡献）`, `（完）`, the editor's credit `责任编辑：李四`, or a
/// source line `来源：新华网`.
pub(crate) fn ends_story(paragraph: &str) -> bool {
    let bracketed = paragraph
        .strip_suffix(['）', ')'])
        .and_then(|body| body.rfind(['（', '(']).map(|open| &body[open..]))
        .map(|inner| inner.trim_start_matches(['（', '(']).trim());
    let note = |t: &str| t.contains("对本文有贡献") || t == "完" || editor_credit(t);
    bracketed.is_some_and(note) || editor_credit(paragraph) || source_line(paragraph)
}

/// `来源：新华网`, `稿件来源: 本报` on a line of its own.
fn source_line(t: &str) -> bool {
    ["来源", "稿件来源", "信息来源", "内容来源", "文章来源"]
        .iter()
        .any(|label| {
            t.strip_prefix(label).is_some_and(|rest| {
                rest.starts_with(['：', ':']) && (2..=30).contains(&rest.chars().count())
            })
        })
}

/// `责任编辑：李四`, `编辑 王五`.
fn editor_credit(t: &str) -> bool {
    ["责任编辑", "责编", "编辑"].iter().any(|label| {
        t.strip_prefix(label).is_some_and(|rest| {
            rest.starts_with(['：', ':', ' ']) && (2..=16).contains(&rest.chars().count())
        })
    })
}

#[cfg(test)]
mod tests;
