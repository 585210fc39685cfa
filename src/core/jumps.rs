//! What a jump marker shows and where it leads, and the parts of a story in order.

use banmian_model::{Article, Issue, Jump};

/// Which end of a jump.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// 下转: continues on another page.
    To,
    /// 上接: continued from another page.
    From,
}

/// Where a jump leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The other part, on page `page`.
    Part {
        /// Its page.
        page: u32,
        /// Its id.
        id: String,
    },
    /// The page is in the data but the part was not found: lead to the page.
    Page(u32),
    /// The page is not in the data: say so instead of a dead link.
    Missing(u32),
}

/// A jump as the reader sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JumpView {
    /// The marker text: as printed, or made up in the paper's language when none was.
    pub text: String,
    /// Where it leads.
    pub target: Target,
}

/// The view of `jump`, one end of a story in `issue`.
pub fn jump_view(issue: &Issue, jump: &Jump, dir: Dir) -> JumpView {
    let english = issue.paper.lang.starts_with("en");
    let text = jump.label.clone().unwrap_or_else(|| match (dir, english) {
        (Dir::To, false) => format!("（下转第{}版）", jump.page),
        (Dir::From, false) => format!("（上接第{}版）", jump.page),
        (Dir::To, true) => format!("(Continued on Page {})", jump.page),
        (Dir::From, true) => format!("(Continued from Page {})", jump.page),
    });
    let target = match (&jump.article, issue.page(jump.page)) {
        (Some(id), Some(_)) => Target::Part {
            page: jump.page,
            id: id.clone(),
        },
        (None, Some(_)) => Target::Page(jump.page),
        (_, None) => Target::Missing(jump.page),
    };
    JumpView { text, target }
}

/// Every part of the story `id` belongs to, first part first, with their pages.
pub fn story_parts<'a>(issue: &'a Issue, id: &str) -> Vec<(u32, &'a Article)> {
    let Some(mut current) = issue.article(id) else {
        return Vec::new();
    };
    let mut seen = vec![current.1.id.as_str()];
    // Walk back to the first part (guarding against loops in hand-edited data).
    while let Some(prev) = current
        .1
        .continued_from
        .as_ref()
        .and_then(|j| j.article.as_deref())
        .and_then(|prev| issue.article(prev))
        .filter(|p| !seen.contains(&p.1.id.as_str()))
    {
        seen.push(prev.1.id.as_str());
        current = prev;
    }
    let mut parts = vec![current];
    while let Some(next) = parts
        .last()
        .and_then(|p| p.1.continues_to.as_ref())
        .and_then(|j| j.article.as_deref())
        .and_then(|next| issue.article(next))
        .filter(|n| !parts.iter().any(|p| p.1.id == n.1.id))
    {
        parts.push(next);
    }
    parts
}

#[cfg(test)]
mod tests;
