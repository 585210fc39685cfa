//! The header zone at the top of a page: the masthead on page 1 (paper, sponsor,
//! publisher, website, date, weekday, lunar date, 期号, 今日N版, CN serial, 邮发代号)
//! and the running header of inner pages (date, `第2版 综合`, editors).
//!
//! The zone is the run of leading lines whose every token is a masthead fact; the
//! first line that is not ends it. Facts a page does not print stay `None`.

use crate::text::{parse_number, Line, MAX_TITLE};

/// The facts printed in a page's header zone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Header {
    pub name: Option<String>,
    pub sponsor: Option<String>,
    pub publisher: Option<String>,
    pub website: Option<String>,
    pub serial: Option<String>,
    pub postal_code: Option<String>,
    pub year: Option<u32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    pub weekday: Option<String>,
    pub lunar_date: Option<String>,
    pub number: Option<u32>,
    pub page_count: Option<u32>,
    pub page: Option<u32>,
    pub page_name: Option<String>,
}

impl Header {
    /// The date as `YYYY-MM-DD`, when year, month and day were all printed.
    pub fn date(&self) -> Option<String> {
        Some(format!(
            "{:04}-{:02}-{:02}",
            self.year?, self.month?, self.day?
        ))
    }
}

/// Reads the header zone of a page: the facts, and how many lines it took.
pub(crate) fn read_header(lines: &[Line]) -> (Header, usize) {
    let mut h = Header::default();
    let mut used = 0;
    // The index of the line that printed `第N版`.
    let mut page_line = None;
    for (k, line) in lines.iter().enumerate() {
        let mut trial = h.clone();
        if line.text.chars().count() > MAX_TITLE + 20 {
            break;
        }
        if read_line(&mut trial, &line.text) {
            if trial.page.is_some() && h.page.is_none() {
                page_line = Some(k);
            }
            h = trial;
        } else if h.page_name.is_none()
            && is_page_name(&line.text)
            && (page_line.is_some_and(|p| p + 1 == k) || next_prints_page(&h, lines.get(k + 1)))
        {
            // The page's name on a line of its own, right above or below `第N版`.
            h.page_name = Some(line.text.clone());
        } else {
            break;
        }
        used += 1;
    }
    if h.name.is_none() {
        h.name = h.publisher.as_deref().and_then(name_from_publisher);
    }
    (h, used)
}

/// Whether `line` is a header line that prints the page number.
fn next_prints_page(h: &Header, line: Option<&Line>) -> bool {
    let Some(line) = line else { return false };
    let mut trial = h.clone();
    h.page.is_none() && read_line(&mut trial, &line.text) && trial.page.is_some()
}

/// `晋中日报社出版` → `晋中日报`: a paper whose logo is an image prints its name only here.
fn name_from_publisher(publisher: &str) -> Option<String> {
    let name = publisher.strip_suffix("出版")?.trim_end();
    let name = name.strip_suffix('社').unwrap_or(name);
    name.ends_with('报').then(|| name.to_owned())
}

/// Takes every fact of one line into `h`; false if some part of it is not a header fact.
fn read_line(h: &mut Header, text: &str) -> bool {
    let mut rest = text.to_owned();
    if let Some(i) = rest.find("邮发代号") {
        let after = rest[i + "邮发代号".len()..].trim_start_matches([' ', ':', '：']);
        let end = after
            .find(|c: char| !(c.is_ascii_digit() || c == '-'))
            .unwrap_or(after.len());
        if end == 0 {
            return false;
        }
        h.postal_code = Some(after[..end].to_owned());
        rest = format!("{} {}", &rest[..i], &after[end..]);
    }
    if let Some(i) = find_serial(&rest) {
        let end = i + rest[i..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '/' || c == ' '))
            .unwrap_or(rest.len() - i);
        h.serial = Some(rest[i..end].trim().to_owned());
        rest = format!("{} {}", &rest[..i], &rest[end..]);
    }
    let tokens: Vec<&str> = rest.split(' ').filter(|t| !t.is_empty()).collect();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        if read_token(h, t) {
            i += 1;
            continue;
        }
        // `第2版 综合`: the short name that follows the page number.
        if i > 0
            && tokens[i - 1].starts_with('第')
            && h.page.is_some()
            && h.page_name.is_none()
            && is_page_name(t)
        {
            h.page_name = Some(t.to_owned());
            i += 1;
            continue;
        }
        // `综合 第2版`: the short name that precedes the page number.
        if h.page_name.is_none()
            && is_page_name(t)
            && tokens
                .get(i + 1)
                .is_some_and(|n| between(n, "第", "版").is_some())
        {
            h.page_name = Some(t.to_owned());
            i += 1;
            continue;
        }
        // A label (`晋中新闻网:`, `责任编辑：`) with the fact or name that follows it.
        if let Some(label) = t.strip_suffix([':', '：']) {
            if is_credit(label) {
                i += 2;
                continue;
            }
            if tokens.get(i + 1).is_some_and(|n| is_url(n)) {
                i += 1;
                continue;
            }
        }
        if is_credit_with_name(t) {
            i += 1;
            continue;
        }
        return false;
    }
    true
}

fn find_serial(s: &str) -> Option<usize> {
    let i = s.find("CN")?;
    let after = s[i + 2..].trim_start();
    after.starts_with(|c: char| c.is_ascii_digit()).then_some(i)
}

fn read_token(h: &mut Header, t: &str) -> bool {
    if matches!(
        t.trim_end_matches([':', '：']),
        "国内统一连续出版物号" | "国内统一刊号"
    ) {
        return true;
    }
    if t.ends_with("主管主办") || t.ends_with("主办") || t.ends_with("主管") {
        h.sponsor = Some(join(h.sponsor.take(), t));
        return true;
    }
    if t.ends_with("出版") && t.chars().count() > 2 {
        h.publisher = Some(t.to_owned());
        return true;
    }
    if is_url(t) {
        h.website = Some(t.to_owned());
        return true;
    }
    if let Some(n) = between(t, "第", "期").or_else(|| between(t, "总第", "期")) {
        h.number = Some(n);
        return true;
    }
    if let Some(n) = ["今日", "本期", "共"]
        .iter()
        .find_map(|p| between(t, p, "版"))
    {
        h.page_count = Some(n);
        return true;
    }
    if let Some(n) = between(t, "第", "版") {
        h.page = Some(n);
        return true;
    }
    if is_weekday(t) {
        h.weekday = Some(t.to_owned());
        return true;
    }
    if let Some(lunar) = lunar_date(t) {
        h.lunar_date = Some(lunar);
        return true;
    }
    if read_date(h, t) {
        return true;
    }
    if h.name.is_none() && is_paper_name(t) {
        h.name = Some(t.to_owned());
        return true;
    }
    false
}

fn join(a: Option<String>, b: &str) -> String {
    match a {
        Some(a) => format!("{a} {b}"),
        None => b.to_owned(),
    }
}

fn between(t: &str, prefix: &str, suffix: &str) -> Option<u32> {
    parse_number(t.strip_prefix(prefix)?.strip_suffix(suffix)?)
}

fn is_url(t: &str) -> bool {
    let l = t.to_ascii_lowercase();
    (l.starts_with("http://") || l.starts_with("https://") || l.starts_with("www.")) && l.len() > 8
}

fn is_weekday(t: &str) -> bool {
    let day = t
        .strip_prefix("星期")
        .or_else(|| t.strip_prefix("礼拜"))
        .or_else(|| t.strip_prefix('周'));
    day.is_some_and(|d| ["一", "二", "三", "四", "五", "六", "日", "天"].contains(&d))
}

/// `丙午年二月十六`, `农历丙午年二月十六` or `农历二月十六` (stored without `农历`).
fn lunar_date(t: &str) -> Option<String> {
    const STEMS: &str = "甲乙丙丁戊己庚辛壬癸";
    const BRANCHES: &str = "子丑寅卯辰巳午未申酉戌亥";
    let (body, marked) = match t.strip_prefix("农历") {
        Some(b) => (b.trim_start_matches([':', '：']), true),
        None => (t, false),
    };
    let mut chars = body.chars();
    let cyclic = matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(s), Some(b), Some('年')) if STEMS.contains(s) && BRANCHES.contains(b)
    );
    let lunar_chars =
        "正一二三四五六七八九十冬腊闰月初廿卅年甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
    let plausible = body.contains('月') && body.chars().all(|c| lunar_chars.contains(c));
    ((cyclic || marked) && plausible).then(|| body.to_owned())
}

/// `2026年4月3日`, `2026年4月` (the day on its own line follows), `3`, `3日`, `2026-04-03`.
fn read_date(h: &mut Header, t: &str) -> bool {
    if let Some((y, rest)) = t.split_once('年') {
        let (Some(y), Some((m, rest))) = (parse_number(y), rest.split_once('月')) else {
            return false;
        };
        let Some(m) = parse_number(m).filter(|m| (1..=12).contains(m)) else {
            return false;
        };
        let d = match rest {
            "" => None,
            r => match r.strip_suffix('日').and_then(parse_number) {
                Some(d) if (1..=31).contains(&d) => Some(d),
                _ => return false,
            },
        };
        if !(1900..=2999).contains(&y) {
            return false;
        }
        (h.year, h.month) = (Some(y), Some(m));
        if d.is_some() {
            h.day = d;
        }
        return true;
    }
    let parts: Vec<&str> = t.split('-').collect();
    if let [y, m, d] = parts[..] {
        if y.len() == 4 {
            if let (Some(y), Some(m), Some(d)) = (parse_number(y), parse_number(m), parse_number(d))
            {
                (h.year, h.month, h.day) = (Some(y), Some(m), Some(d));
                return true;
            }
        }
        return false;
    }
    if h.month.is_some() && h.day.is_none() {
        let digits = t.strip_suffix('日').unwrap_or(t);
        if digits.chars().all(|c| c.is_ascii_digit()) {
            if let Some(d) = parse_number(digits).filter(|d| (1..=31).contains(d)) {
                h.day = Some(d);
                return true;
            }
        }
    }
    false
}

fn is_paper_name(t: &str) -> bool {
    let n = t.chars().count();
    (3..=10).contains(&n)
        && [
            "日报", "晚报", "时报", "早报", "商报", "周报", "快报", "导报",
        ]
        .iter()
        .any(|s| t.ends_with(s))
}

fn is_page_name(t: &str) -> bool {
    let n = t.chars().count();
    (1..=8).contains(&n) && !t.contains(['，', '。', ',', ':', '：'])
}

const CREDITS: [&str; 11] = [
    "责任编辑",
    "责编",
    "编辑",
    "美编",
    "美术编辑",
    "校对",
    "版式",
    "组版",
    "制版",
    "摄影",
    "版式设计",
];

fn is_credit(label: &str) -> bool {
    CREDITS.contains(&label)
}

/// `责任编辑：张三` in one token.
fn is_credit_with_name(t: &str) -> bool {
    t.split_once(['：', ':'])
        .is_some_and(|(label, name)| is_credit(label) && !name.is_empty())
}

#[cfg(test)]
mod tests;
