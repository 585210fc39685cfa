//! How the items of a page are set on the broadsheet.
//!
//! Banners run across the page; the lead story (the first item that is not a banner)
//! is set wide with several text columns; long stories take two thirds of the width,
//! short ones a third. On a phone everything is one column (that is CSS's job).

use banmian_model::{Article, Block, Kind};

/// The place an item takes on the broadsheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A headline-only line across the page.
    Banner,
    /// The page's main story.
    Lead,
    /// A long story: two thirds of the width, two text columns.
    Major,
    /// A short story: one third of the width.
    Minor,
}

impl Role {
    /// The CSS class of the role.
    pub fn class(self) -> &'static str {
        match self {
            Role::Banner => "story banner",
            Role::Lead => "story lead",
            Role::Major => "story major",
            Role::Minor => "story minor",
        }
    }
}

/// Characters of body text from which a story is set as a major one.
const MAJOR_CHARS: usize = 900;

/// The role of each item of a page, in order.
pub fn roles(articles: &[Article]) -> Vec<Role> {
    let lead = articles.iter().position(|a| a.kind != Kind::Banner);
    articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            if a.kind == Kind::Banner {
                Role::Banner
            } else if Some(i) == lead {
                Role::Lead
            } else if body_chars(a) >= MAJOR_CHARS {
                Role::Major
            } else {
                Role::Minor
            }
        })
        .collect()
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
mod tests {
    use banmian_model::{Article, Block, Kind};

    use super::*;

    fn item(kind: Kind, chars: usize) -> Article {
        Article {
            id: "x".into(),
            kind,
            kicker: None,
            headline: "标题".into(),
            subheadline: None,
            byline: None,
            blocks: vec![Block::Paragraph {
                text: "字".repeat(chars),
            }],
            source: None,
            continues_to: None,
            continued_from: None,
            zone: None,
        }
    }

    #[test]
    fn banners_lead_major_minor() {
        let page = [
            item(Kind::Banner, 0),
            item(Kind::Commentary, 300),
            item(Kind::Article, 1500),
            item(Kind::Article, 400),
            item(Kind::Banner, 0),
        ];
        assert_eq!(
            roles(&page),
            [
                Role::Banner,
                Role::Lead,
                Role::Major,
                Role::Minor,
                Role::Banner
            ]
        );
        assert_eq!(roles(&[]), []);
        assert_eq!(roles(&[item(Kind::Banner, 0)]), [Role::Banner]);
    }
}
