//! Every number the importer decides with, in one place, with the reason for its value.
//!
//! A title-like line under a story that ended (a `下转` marker, a source note, 责任编辑)
//! or under no story starts one. Otherwise its story-start score is the sum of the
//! weights of the evidence it shows ([`crate::layout`]'s `score`); a line scoring
//! [`START_STORY`] or more starts a new story. Tune here, then run `cargo xtask bench import` (the evaluation sets) and the
//! fixture tests.
//!
//! | name | value | why |
//! |---|---|---|
//! | `MAX_TITLE` | 40 chars | Chinese headlines, subheads and bylines stay under ~30 characters; a longer line is a paragraph |
//! | `INDENT_SPACES` | 2 | exports indent with two ideographic spaces or 2–4 ASCII spaces; one space is a typo |
//! | `INDENTED_SHARE` | 60 % | a page "indents paragraphs" when most long lines are indented; column-break continuations are not, so not all are |
//! | `MIN_STYLE_LINES` | 3 | below three long lines a page says nothing about its style |
//! | `START_STORY` | 3 | one strong signal (a byline below, a wide gap, a flush line among indented ones) starts a story; weak ones must agree |
//! | `CLOSE_CALL` | 1 | a score this near the threshold is reported, so the desk can confirm it with a hint |
//! | `W_FLUSH` | +4 | a flush-left line in a page of indented paragraphs is a title: the export's own layout says so |
//! | `W_INDENTED` | −3 | an indented line in such a page is a paragraph or a subhead |
//! | `W_GAP` | +4 | more blank lines above it than between the page's paragraphs: the layout system separated stories (strong enough alone, even against a comma) |
//! | `W_BYLINE_BELOW` | +4 | a byline or a lede (`本报讯（记者…）`) follows it with no wider gap than between paragraphs: only a story opens with one (after a wider gap it opens the next story); a subhead never has one, so it outweighs a comma |
//! | `W_BYLINE_ABOVE` | +3 | a byline stands right above it (papers that print the byline first) |
//! | `W_GROUP` | +2 | another title line follows (引题/主题/副题): subheads come one at a time |
//! | `W_DASH` | +3 | a `——` subheadline follows: only headline groups have one |
//! | `W_FROM` | +4 | an `上接` marker stands right above it, or right below its group with no wider gap than between paragraphs: a continued part begins |
//! | `W_PHOTO` | +3 | `图片新闻` and the like head a photo story |
//! | `W_OPEN` | −4 | the paragraph before it is unfinished and only a paragraph's gap separates them: it is a piece of that paragraph split by a column break (a wider gap is no column break) |
//! | `W_NUMBERED` | −2 | `一、`, `（二）`, `3.`: numbered lines are the subheads of one story |
//! | `W_COMMA` | −1 | a comma inside: subheads are often clauses, headlines rarely |
//! | `GLUED_SUBHEAD_MAX` | 16 chars | a subhead glued after a paragraph's last sentence (`…完成。下一步工作重点`) is short |
//! | `LEDE_WINDOW` | 24 chars | the dateline and reporter of a lede (`新华社北京4月2日电（`) stand within its first 24 characters |
//! | `MIN_LIKENESS` (model) | 0.5 | see `banmian_model::resolve_jumps` |

/// The longest line (in characters) that can still be a headline, subhead or byline.
pub(crate) const MAX_TITLE: usize = 40;
/// Leading ASCII spaces that make an indent.
pub(crate) const INDENT_SPACES: usize = 2;
/// Percentage of long lines that must be indented for a page to indent its paragraphs.
pub(crate) const INDENTED_SHARE: usize = 60;
/// Long lines a page needs before its style is read from them.
pub(crate) const MIN_STYLE_LINES: usize = 3;
/// The score at which a line starts a story.
pub(crate) const START_STORY: i32 = 3;
/// Scores within this distance of [`START_STORY`] are reported as close calls.
pub(crate) const CLOSE_CALL: i32 = 1;

pub(crate) const W_FLUSH: i32 = 4;
pub(crate) const W_INDENTED: i32 = -3;
pub(crate) const W_GAP: i32 = 4;
pub(crate) const W_BYLINE_BELOW: i32 = 4;
pub(crate) const W_BYLINE_ABOVE: i32 = 3;
pub(crate) const W_GROUP: i32 = 2;
pub(crate) const W_DASH: i32 = 3;
pub(crate) const W_FROM: i32 = 4;
pub(crate) const W_PHOTO: i32 = 3;
pub(crate) const W_OPEN: i32 = -4;
pub(crate) const W_NUMBERED: i32 = -2;
pub(crate) const W_COMMA: i32 = -1;

/// The longest subhead recognised when glued to the end of a paragraph.
pub(crate) const GLUED_SUBHEAD_MAX: usize = 16;
/// How far into a paragraph a lede's dateline and reporter may stand.
pub(crate) const LEDE_WINDOW: usize = 24;
