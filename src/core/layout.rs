//! How the items of a page are set on the broadsheet: a 12-column grid.
//!
//! Banners run across the page; the lead story (the first item that is not a banner)
//! is set across with three text columns; long stories take two thirds of the width
//! (two text columns), short ones a third. Rows are then closed without holes, in
//! reading order: a row that a banner or a wide story would overflow gives its spare
//! columns to its last story. On a phone everything is one column (that is CSS's job).

use banmian_model::{Article, Block, Kind};

/// The place an item takes on the broadsheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A headline-only line across the page.
    Banner,
    /// The page's main story, across the page.
    Lead,
    /// Any other story, `span` grid columns of 12 wide (4, 8 or 12).
    Story {
        /// Grid columns.
        span: u8,
    },
}

impl Role {
    /// The CSS class of the role.
    pub fn class(self) -> &'static str {
        match self {
            Role::Banner => "story banner",
            Role::Lead => "story lead",
            Role::Story { span: 12 } => "story span-12",
            Role::Story { span: 8 } => "story span-8",
            Role::Story { .. } => "story span-4",
        }
    }

    fn width(self) -> u8 {
        match self {
            Role::Banner | Role::Lead => 12,
            Role::Story { span } => span,
        }
    }
}

/// Characters of body text from which a story takes two thirds of the width.
const MAJOR_CHARS: usize = 900;

/// The role of each item of a page, in order.
pub fn roles(articles: &[Article]) -> Vec<Role> {
    let lead = articles.iter().position(|a| a.kind != Kind::Banner);
    let mut roles: Vec<Role> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            if a.kind == Kind::Banner {
                Role::Banner
            } else if Some(i) == lead {
                Role::Lead
            } else if body_chars(a) >= MAJOR_CHARS {
                Role::Story { span: 8 }
            } else {
                Role::Story { span: 4 }
            }
        })
        .collect();
    let mut row: Vec<usize> = Vec::new();
    let mut used = 0;
    for i in 0..roles.len() {
        let w = roles[i].width();
        if used + w > 12 {
            close_row(&mut roles, &row, 12 - used);
            row.clear();
            used = 0;
        }
        row.push(i);
        used += w;
    }
    close_row(&mut roles, &row, 12 - used);
    roles
}

/// Gives a row's spare columns to its last story.
fn close_row(roles: &mut [Role], row: &[usize], spare: u8) {
    if let Some(&last) = row
        .iter()
        .rev()
        .find(|&&i| matches!(roles[i], Role::Story { .. }))
    {
        if let Role::Story { span } = roles[last] {
            roles[last] = Role::Story { span: span + spare };
        }
    }
}

/// Characters of text in an article's body.
pub fn body_chars(a: &Article) -> usize {
    a.blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph { text } | Block::Subhead { text } => text.chars().count(),
            _ => 0,
        })
        .sum()
}

#[cfg(test)]
mod tests;
