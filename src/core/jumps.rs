//! What a jump marker shows and where it leads, and the parts of a story in order.

use banmian_model::{Issue, Jump};

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

#[cfg(test)]
mod tests;
