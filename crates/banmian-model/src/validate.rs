//! Validation: every problem of an issue, each with its JSON path, not just the first.

use std::collections::HashMap;
use std::fmt;

use crate::issue::{Article, Block, Issue, Jump, Kind, Page, Size, ISSUE_FORMAT};

/// How bad a [`Problem`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The data works but a reader may notice something (an unlinked jump, an empty body).
    Warning,
    /// The data is wrong and must not be published.
    Error,
}

/// One problem found in an issue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// How bad it is.
    pub severity: Severity,
    /// JSON path of the field, e.g. `pages[0].articles[2].headline`.
    pub path: String,
    /// What is wrong, in one line.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{level}: {}: {}", self.path, self.message)
    }
}

/// Every problem of `issue`, in document order.
pub fn validate(issue: &Issue) -> Vec<Problem> {
    let mut v = Validator {
        issue,
        problems: Vec::new(),
    };
    v.issue();
    v.problems
}

struct Validator<'a> {
    issue: &'a Issue,
    problems: Vec<Problem>,
}

impl<'a> Validator<'a> {
    fn error(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Error, path.into(), message.into());
    }

    fn warning(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Warning, path.into(), message.into());
    }

    fn push(&mut self, severity: Severity, path: String, message: String) {
        self.problems.push(Problem {
            severity,
            path,
            message,
        });
    }

    fn issue(&mut self) {
        let issue = self.issue;
        if issue.format != ISSUE_FORMAT {
            self.error(
                "format",
                format!("is {:?}, expected {ISSUE_FORMAT:?}", issue.format),
            );
        }
        self.paper();
        match civil_date(&issue.date) {
            None => self.error(
                "date",
                format!("{:?} is not a calendar date YYYY-MM-DD", issue.date),
            ),
            Some(days) => self.weekday(days),
        }
        if issue.page_count == Some(0) {
            self.error("page_count", "is 0: an issue has at least one page");
        }
        if issue.pages.is_empty() {
            self.error("pages", "is empty: the issue holds no page");
        }
        let mut seen_pages: HashMap<u32, usize> = HashMap::new();
        let mut seen_ids: HashMap<&str, String> = HashMap::new();
        for (pi, page) in issue.pages.iter().enumerate() {
            let path = format!("pages[{pi}]");
            if page.number == 0 {
                self.error(format!("{path}.number"), "is 0: pages are numbered from 1");
            } else if let Some(count) = issue.page_count.filter(|&c| page.number > c) {
                self.error(
                    format!("{path}.number"),
                    format!("page {} is outside 1..={count} (page_count)", page.number),
                );
            }
            if let Some(first) = seen_pages.insert(page.number, pi) {
                self.error(
                    format!("{path}.number"),
                    format!("page {} again (also pages[{first}])", page.number),
                );
            } else if pi > 0 && issue.pages[pi - 1].number > page.number {
                self.warning(
                    format!("{path}.number"),
                    format!(
                        "page {} comes after page {}",
                        page.number,
                        issue.pages[pi - 1].number
                    ),
                );
            }
            if page.label.trim().is_empty() {
                self.error(format!("{path}.label"), "is empty");
            }
            self.optional_text(&format!("{path}.name"), page.name.as_deref());
            self.image(&path, page);
            if page.articles.is_empty() {
                self.warning(
                    format!("{path}.articles"),
                    "is empty: the page shows nothing",
                );
            }
            for (ai, article) in page.articles.iter().enumerate() {
                let apath = format!("{path}.articles[{ai}]");
                self.article(&apath, page, article);
                if let Some(first) = seen_ids.insert(&article.id, apath.clone()) {
                    self.error(
                        format!("{apath}.id"),
                        format!("duplicate id {:?} (also at {first})", article.id),
                    );
                }
            }
        }
    }

    fn paper(&mut self) {
        let paper = &self.issue.paper;
        if let Some(id) = &paper.id {
            if !is_slug(id) {
                self.error(
                    "paper.id",
                    format!("{id:?} must be lower-case letters, digits, '-' or '_'"),
                );
            }
        }
        if paper.name.is_none() {
            self.warning("paper.name", "is null: readers will see no paper name");
        }
        for (field, value) in [
            ("paper.name", &paper.name),
            ("paper.sponsor", &paper.sponsor),
            ("paper.publisher", &paper.publisher),
            ("paper.website", &paper.website),
            ("paper.serial", &paper.serial),
            ("paper.postal_code", &paper.postal_code),
        ] {
            self.optional_text(field, value.as_deref());
        }
        if paper.lang.trim().is_empty() {
            self.error("paper.lang", "is empty: use a language tag such as zh-CN");
        }
    }

    fn weekday(&mut self, days: i64) {
        let Some(printed) = self.issue.weekday.as_deref() else {
            return;
        };
        let names = [
            "星期四",
            "星期五",
            "星期六",
            "星期日",
            "星期一",
            "星期二",
            "星期三",
        ];
        let expected = names[days.rem_euclid(7) as usize];
        let same = printed == expected || (expected == "星期日" && printed == "星期天");
        let chinese = printed.starts_with("星期");
        if chinese && !same {
            self.warning(
                "weekday",
                format!("{printed:?} but {} is a {expected}", self.issue.date),
            );
        }
    }

    fn article(&mut self, path: &str, on: &Page, article: &Article) {
        let (page, size) = (on.number, on.image_size);
        if article.id.is_empty() {
            self.error(format!("{path}.id"), "is empty");
        } else if !article
            .id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        {
            self.error(
                format!("{path}.id"),
                format!("{:?} may hold only ASCII letters, digits, '-', '_' and '.' (it goes into URLs)", article.id),
            );
        }
        if article.headline.trim().is_empty() {
            if article.continued_from.is_some() {
                self.warning(format!("{path}.headline"), "is empty on a continued part");
            } else {
                self.error(format!("{path}.headline"), "is empty");
            }
        }
        self.optional_text(&format!("{path}.kicker"), article.kicker.as_deref());
        self.optional_text(
            &format!("{path}.subheadline"),
            article.subheadline.as_deref(),
        );
        self.optional_text(&format!("{path}.byline"), article.byline.as_deref());
        self.optional_text(&format!("{path}.source"), article.source.as_deref());
        if article.blocks.is_empty() && !matches!(article.kind, Kind::Banner | Kind::Photo) {
            self.warning(
                format!("{path}.blocks"),
                "is empty: the article has no body",
            );
        }
        for (bi, block) in article.blocks.iter().enumerate() {
            self.block(&format!("{path}.blocks[{bi}]"), block);
        }
        if let Some(jump) = &article.continues_to {
            self.jump(&format!("{path}.continues_to"), page, article, jump, true);
        }
        if let Some(jump) = &article.continued_from {
            self.jump(
                &format!("{path}.continued_from"),
                page,
                article,
                jump,
                false,
            );
        }
        let polygons = article
            .zone
            .iter()
            .map(|z| (format!("{path}.zone"), z))
            .chain(
                (article.zones.iter().enumerate())
                    .map(|(zi, z)| (format!("{path}.zones[{zi}]"), z)),
            );
        for (pi, (at, polygon)) in polygons.enumerate() {
            self.polygon(&at, polygon, size);
            if pi == 0 && size.is_none() {
                self.warning(at, "the page has no image_size: the zone cannot be placed");
            }
        }
        // A printed line's box is checked as the rectangle it is.
        for (li, line) in article.lines.iter().enumerate() {
            let [x, y, w, h] = line.rect;
            let at = format!("{path}.lines[{li}].rect");
            if w < 0.0 || h < 0.0 {
                self.error(&at, "a box has a negative width or height");
            }
            self.polygon(&at, &[[x, y], [x + w, y], [x + w, y + h], [x, y + h]], size);
        }
    }

    /// A zone: at least 3 points, each inside the page image when its size is known.
    fn polygon(&mut self, path: &str, polygon: &[[f64; 2]], size: Option<Size>) {
        if polygon.len() < 3 {
            self.error(path, "a polygon needs at least 3 points");
        }
        let (w, h) = size.map_or((f64::INFINITY, f64::INFINITY), |s| {
            (f64::from(s.width), f64::from(s.height))
        });
        if let Some([x, y]) = polygon.iter().find(|[x, y]| {
            !(x.is_finite() && y.is_finite() && (0.0..=w).contains(x) && (0.0..=h).contains(y))
        }) {
            let message = match size {
                Some(s) => format!(
                    "the point [{x}, {y}] is outside the page image ({} × {} pixels)",
                    s.width, s.height
                ),
                None => format!("the point [{x}, {y}] is outside the page image"),
            };
            self.error(path, message);
        }
    }

    /// The page image's size and renditions.
    fn image(&mut self, path: &str, page: &Page) {
        if let Some(size) = page.image_size {
            if size.width == 0 || size.height == 0 {
                self.error(format!("{path}.image_size"), "a page image has no pixels");
            }
        }
        for (ri, r) in page.renditions.iter().enumerate() {
            let at = format!("{path}.renditions[{ri}]");
            if r.src.trim().is_empty() {
                self.error(format!("{at}.src"), "is empty");
            }
            if r.width == 0 || r.height == 0 {
                self.error(at.clone(), "a rendition has no pixels");
            }
            if !r.media_type.starts_with("image/") {
                self.error(
                    format!("{at}.type"),
                    format!("{:?} is not an image's media type", r.media_type),
                );
            }
        }
        if !page.renditions.is_empty() && page.image_size.is_none() {
            self.error(
                format!("{path}.image_size"),
                "is missing: renditions need the size of the image they were made from",
            );
        }
    }

    fn block(&mut self, path: &str, block: &Block) {
        match block {
            Block::Paragraph { text } | Block::Subhead { text } => {
                if text.trim().is_empty() {
                    self.error(format!("{path}.text"), "is empty");
                }
            }
            Block::Image {
                src, width, height, ..
            } => {
                if src.trim().is_empty() {
                    self.error(format!("{path}.src"), "is empty");
                }
                if *width == Some(0) || *height == Some(0) {
                    self.error(path.to_owned(), "width and height must not be 0");
                }
            }
            Block::Unknown => {}
        }
    }

    fn jump(&mut self, path: &str, page: u32, article: &Article, jump: &Jump, forward: bool) {
        let issue = self.issue;
        if jump.page == 0 || issue.page_count.is_some_and(|c| jump.page > c) {
            self.error(
                format!("{path}.page"),
                format!("page {} is not a page of this issue", jump.page),
            );
            return;
        }
        if jump.page == page {
            self.error(format!("{path}.page"), "points at its own page");
        }
        let Some(target_id) = &jump.article else {
            if issue.page(jump.page).is_some() {
                self.warning(
                    format!("{path}.article"),
                    format!(
                        "is null although page {} is in the data: the other part was not found",
                        jump.page
                    ),
                );
            }
            return;
        };
        match issue.article(target_id) {
            None => self.error(
                format!("{path}.article"),
                format!("points at {target_id:?}, which is not in this issue"),
            ),
            Some((target_page, _)) if target_page != jump.page => self.error(
                format!("{path}.article"),
                format!(
                    "{target_id:?} is on page {target_page}, not page {}",
                    jump.page
                ),
            ),
            Some((_, target)) => {
                let back = if forward {
                    &target.continued_from
                } else {
                    &target.continues_to
                };
                let points_back = back
                    .as_ref()
                    .is_some_and(|b| b.page == page && b.article.as_deref() == Some(&article.id));
                if !points_back {
                    let field = if forward {
                        "continued_from"
                    } else {
                        "continues_to"
                    };
                    self.warning(
                        format!("{path}.article"),
                        format!(
                            "{target_id:?} has no {field} pointing back at {:?}",
                            article.id
                        ),
                    );
                }
            }
        }
    }

    fn optional_text(&mut self, path: &str, value: Option<&str>) {
        if value.is_some_and(|v| v.trim().is_empty()) {
            self.warning(
                path.to_owned(),
                "is an empty string: use null for \"not printed\"",
            );
        }
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date, or `None` if it is not a real date.
pub(crate) fn civil_date(date: &str) -> Option<i64> {
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |s: &str| s.parse::<i64>().ok();
    let (y, m, d) = (num(&date[0..4])?, num(&date[5..7])?, num(&date[8..10])?);
    if !date[0..4]
        .bytes()
        .chain(date[5..7].bytes())
        .chain(date[8..10].bytes())
        .all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let month_days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&m) || d < 1 || d > month_days[(m - 1) as usize] {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

#[cfg(test)]
mod tests;
