use banmian_model::{Article, Block, Kind};

use super::*;

fn item(kind: Kind, chars: usize) -> Article {
    Article {
        kind,
        blocks: vec![Block::Paragraph {
            text: "字".repeat(chars),
        }],
        ..Article::new("x", "标题")
    }
}

#[test]
fn rows_fill_in_reading_order() {
    let page = [
        item(Kind::Banner, 0),
        item(Kind::Commentary, 300),
        item(Kind::Article, 1500),
        item(Kind::Article, 400),
        item(Kind::Article, 400),
        item(Kind::Banner, 0),
        item(Kind::Article, 1500),
    ];
    let s = |span| Role::Story { span };
    // Row: major + minor; then a lone minor before a banner takes the whole row;
    // the last major, alone at the end, too.
    assert_eq!(
        roles(&page),
        [
            Role::Banner,
            Role::Lead,
            s(8),
            s(4),
            s(12),
            Role::Banner,
            s(12)
        ]
    );
    let minors = [
        item(Kind::Article, 1),
        item(Kind::Article, 1),
        item(Kind::Article, 1),
        item(Kind::Article, 1),
        item(Kind::Article, 1),
    ];
    assert_eq!(roles(&minors), [Role::Lead, s(4), s(4), s(4), s(12)]);
    assert_eq!(
        roles(&[
            item(Kind::Article, 1),
            item(Kind::Article, 1),
            item(Kind::Article, 1)
        ]),
        [Role::Lead, s(4), s(8)]
    );
    assert_eq!(roles(&[]), []);
    assert_eq!(roles(&[item(Kind::Banner, 0)]), [Role::Banner]);
}
