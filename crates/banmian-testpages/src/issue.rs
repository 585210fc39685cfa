//! The issue: four pages of 示例日报 of 2026-05-18 on a broadsheet of 992 × 1389 pt
//! (350 × 490 mm), six columns of 140 pt with 14 pt gutters, body text 10 pt on a 15 pt
//! pitch (14 characters a column line).
//!
//! - Page 1: the masthead; a banner across the page; the lead over four columns; a
//!   boxed commentary beside it; a photo with its caption over three columns; under it a
//!   story that jumps to page 4 (`（下转第4版）`); an L-shaped story, down one column and
//!   then across two under its neighbour; the neighbour.
//! - Pages 2 and 3: stories stacked in two groups of columns (4 + 2 and 3 + 3), a photo
//!   in each of page 2's.
//! - Page 4: the jump's continuation (`（上接第1版）`), more stories, a photo.
//!
//! Every size is worked out from the text: a story's columns are balanced to its text,
//! or its text is cut at a sentence's end to fill its box, or (the jump) cut anywhere to
//! fill it exactly.

use crate::content::{self, Photo, Story, Text};
use crate::layout::{
    balance, distribute, fit, rows_between, rows_bottom, set_text, split_jump, BlockRole, Column,
    Issue, Kind, Link, Page, PageBuilder, Para, Shape, Target, Title,
};
use crate::metrics::{Face, Metrics};
use crate::typeset::{self, Align, Role, Style, ASCENT};
use crate::Error;

/// The page's width in points.
pub const WIDTH: f64 = 992.0;
/// The page's height in points.
pub const HEIGHT: f64 = 1389.0;
/// The left and right margins.
pub const MARGIN: f64 = 41.0;
/// A column's width.
pub const COL: f64 = 140.0;
/// The gutter between columns.
pub const GUTTER: f64 = 14.0;
/// Where the masthead and running headers start.
pub const TOP: f64 = 40.0;
/// The lowest a line may reach.
pub const BOTTOM: f64 = 1349.0;
/// The right edge of the type area.
pub const RIGHT: f64 = MARGIN + 6.0 * COL + 5.0 * GUTTER;

/// The marker that ends page 1's part of the story that jumps.
pub const TO_MARKER: &str = "（下转第4版）";
/// The marker that opens its continuation on page 4.
pub const FROM_MARKER: &str = "（上接第1版）";

/// Between the lines of a headline group.
const TITLE_GAP: f64 = 6.0;
/// From a headline group to its text.
const HEAD_GAP: f64 = 10.0;

/// Column `i`'s left edge.
pub fn col_x(i: usize) -> f64 {
    MARGIN + (COL + GUTTER) * i as f64
}

fn span(cols: (usize, usize)) -> (f64, f64) {
    (col_x(cols.0), col_x(cols.1) + COL)
}

fn lefts(cols: (usize, usize)) -> Vec<f64> {
    (cols.0..=cols.1).map(col_x).collect()
}

/// The sizes of a headline group.
#[derive(Debug, Clone, Copy)]
struct Sizes {
    headline_face: Face,
    headline: f64,
    kicker: f64,
    sub: f64,
    byline: f64,
}

const WIDE: Sizes = Sizes {
    headline_face: Face::SansBold,
    headline: 28.0,
    kicker: 13.0,
    sub: 13.0,
    byline: 10.0,
};
const THREE: Sizes = Sizes {
    headline_face: Face::SansBold,
    headline: 24.0,
    kicker: 12.0,
    sub: 12.0,
    byline: 10.0,
};
const TWO: Sizes = Sizes {
    headline_face: Face::SansBold,
    headline: 20.0,
    kicker: 12.0,
    sub: 12.0,
    byline: 10.0,
};
const CLASSIC: Sizes = Sizes {
    headline_face: Face::SerifBold,
    headline: 22.0,
    kicker: 12.0,
    sub: 12.0,
    byline: 10.0,
};

fn titles_of(s: &Story, z: Sizes, align: Align) -> Vec<Title> {
    let mut out = Vec::new();
    if let Some(k) = s.kicker {
        out.push(Title::new(k, Role::Kicker, Face::Sans, z.kicker, align));
    }
    out.push(Title::new(
        s.headline,
        Role::Headline,
        z.headline_face,
        z.headline,
        align,
    ));
    if let Some(sub) = s.subheadline {
        out.push(Title::new(
            &format!("——{sub}"),
            Role::Subheadline,
            Face::Sans,
            z.sub,
            align,
        ));
    }
    if let Some(b) = s.byline {
        out.push(Title::new(b, Role::Byline, Face::Sans, z.byline, align));
    }
    out
}

fn paras_of(s: &Story) -> Vec<Para> {
    s.text
        .iter()
        .map(|t| match t {
            Text::P(p) => Para::body(p),
            Text::S(h) => Para::subhead(h),
        })
        .collect()
}

/// A story part: its facts, and its titles in the export.
fn start(b: &mut PageBuilder, kind: Kind, s: &Story) -> Result<usize, Error> {
    let k = b.part(kind, s.headline);
    let p = b.part_mut(k)?;
    p.kicker = s.kicker.map(str::to_owned);
    p.subheadline = s.subheadline.map(str::to_owned);
    p.byline = s.byline.map(str::to_owned);
    p.export.extend(s.kicker.map(str::to_owned));
    p.export.push(s.headline.to_owned());
    p.export.extend(s.subheadline.map(|x| format!("——{x}")));
    p.export.extend(s.byline.map(str::to_owned));
    Ok(k)
}

/// How a story's text meets its box.
#[derive(Debug, Clone, Copy)]
enum Fill {
    /// All of it, its columns balanced, no lower than this.
    Balanced(f64),
    /// As much as fills the box down to this, cut at a sentence's end.
    To(f64),
}

/// A story over `cols` from `top`: its headline group across the columns, its text in
/// them. Returns the part and its bottom.
fn story(
    b: &mut PageBuilder,
    kind: Kind,
    s: &Story,
    cols: (usize, usize),
    top: f64,
    sizes: Sizes,
    fill: Fill,
) -> Result<(usize, f64), Error> {
    let m = b.metrics();
    let k = start(b, kind, s)?;
    let (x0, x1) = span(cols);
    let head = b.titles(
        k,
        &titles_of(s, sizes, Align::Center),
        x0,
        x1,
        top,
        TITLE_GAP,
    )?;
    let text_top = head + HEAD_GAP;
    let n = cols.1 - cols.0 + 1;
    let all = paras_of(s);
    let (paras, text, rows) = match fill {
        Fill::Balanced(limit) => {
            let text = set_text(m, &all, COL)?;
            let rows = balance(&text, n, rows_between(text_top, limit)).ok_or_else(|| {
                Error::Layout(format!("{:?} does not fit above {limit}", s.headline))
            })?;
            (all, text, rows)
        }
        Fill::To(bottom) => {
            let max = rows_between(text_top, bottom);
            let (paras, text) = fit(m, &all, COL, n, max)?;
            let rows = balance(&text, n, max).unwrap_or(max);
            (paras, text, rows)
        }
    };
    let bottom = b.columns(k, &text, &lefts(cols), COL, text_top, rows)?;
    b.paragraphs(k, &paras)?;
    Ok((k, bottom))
}

/// A rule under a story in a stack; returns where the next story starts.
fn rule_under(b: &mut PageBuilder, cols: (usize, usize), bottom: f64) -> f64 {
    let (x0, x1) = span(cols);
    b.rule(x0, x1, bottom + 8.0, 0.5);
    bottom + RULE_GAP
}

/// A photo `height` tall over `cols` from `top`, its caption under it: a title in bold
/// with the credit flush right on its baseline, then the caption's text.
fn photo(
    b: &mut PageBuilder,
    ph: &Photo,
    cols: (usize, usize),
    top: f64,
    size: PhotoSize,
) -> Result<(usize, f64), Error> {
    let m = b.metrics();
    let (x0, x1) = span(cols);
    let style = Style {
        face: Face::Serif,
        size: 9.0,
        pitch: 13.0,
    };
    let lines = typeset::paragraph(
        m,
        ph.caption,
        style,
        Role::Caption,
        x1 - x0,
        0.0,
        Align::Justify,
    )?;
    // Under the picture: a gap, the title's line, a gap, the caption's lines.
    let under = 6.0 + 14.0 + lines.len().saturating_sub(1) as f64 * style.pitch + style.size;
    let height = match size {
        PhotoSize::Height(h) => h,
        PhotoSize::Bottom(bottom) => bottom - under - top,
    };
    if height < 100.0 {
        return Err(Error::Layout(format!(
            "{:?}: no room for the photo",
            ph.title
        )));
    }
    let k = b.part(Kind::Photo, ph.title);
    {
        let p = b.part_mut(k)?;
        p.byline = Some(ph.credit.to_owned());
        p.export = vec![
            ph.title.to_owned(),
            ph.credit.to_owned(),
            ph.caption.to_owned(),
        ];
        p.paragraphs = 1;
    }
    let y1 = top + height;
    picture(b, [x0, top, x1, y1]);
    b.block(Target::Part(k), BlockRole::Photo, [x0, top, x1, y1])?;
    let cap_top = y1 + 6.0;
    let title = typeset::single(
        m,
        ph.title,
        Style {
            face: Face::SansBold,
            size: 10.0,
            pitch: 10.0,
        },
        Role::CaptionTitle,
        x1 - x0,
        Align::Left,
    )?;
    let baseline = cap_top + ASCENT * 10.0;
    b.place(Target::Part(k), &title, x0, baseline)?;
    let credit = typeset::single(
        m,
        ph.credit,
        Style {
            face: Face::Sans,
            size: 9.0,
            pitch: 9.0,
        },
        Role::Credit,
        x1 - x0,
        Align::Right,
    )?;
    if credit.left() < title.right + 10.0 {
        return Err(Error::Layout(format!(
            "{:?}: the credit runs into the title",
            ph.title
        )));
    }
    b.place(Target::Part(k), &credit, x0, baseline)?;
    let first = cap_top + 10.0 + 4.0;
    let mut bottom = cap_top + 10.0;
    for (i, l) in lines.iter().enumerate() {
        let base = first + ASCENT * style.size + i as f64 * style.pitch;
        let r = b.place(Target::Part(k), l, x0, base)?;
        bottom = r[3];
    }
    b.block(
        Target::Part(k),
        BlockRole::Caption,
        [x0, cap_top, x1, bottom],
    )?;
    Ok((k, bottom))
}

/// How tall a photo's picture is.
#[derive(Debug, Clone, Copy)]
enum PhotoSize {
    /// This tall.
    Height(f64),
    /// As tall as leaves its caption's last line at this bottom.
    Bottom(f64),
}

/// The room a rule takes between two stories of a stack.
const RULE_GAP: f64 = 17.5;

/// An item of a stack of stories in a group of columns.
#[derive(Debug, Clone, Copy)]
enum Item<'a> {
    /// A story, all of it, its columns balanced.
    Story(&'a Story, Sizes),
    /// A story cut at a sentence's end to fill the rest of the stack: the last item.
    Fill(&'a Story, Sizes),
    /// A photo as tall as the items under it leave room for.
    Photo(&'a Photo),
}

/// The height of a story item, set on a scratch page.
fn height(m: &dyn Metrics, item: &Item, cols: (usize, usize)) -> Result<f64, Error> {
    let Item::Story(s, z) = *item else {
        return Err(Error::Layout(
            "only whole stories may stand under a photo".into(),
        ));
    };
    let mut scratch = PageBuilder::new(m, 0, WIDTH, HEIGHT);
    Ok(story(
        &mut scratch,
        Kind::Article,
        s,
        cols,
        0.0,
        z,
        Fill::Balanced(BOTTOM),
    )?
    .1)
}

/// Stacks `items` in `cols` from `top` down to the page's foot, a rule between each two.
fn stack(b: &mut PageBuilder, cols: (usize, usize), top: f64, items: &[Item]) -> Result<(), Error> {
    let m = b.metrics();
    let mut y = top;
    for (i, item) in items.iter().enumerate() {
        let bottom = match *item {
            Item::Story(s, z) => story(b, Kind::Article, s, cols, y, z, Fill::Balanced(BOTTOM))?.1,
            Item::Fill(s, z) => story(b, Kind::Article, s, cols, y, z, Fill::To(BOTTOM))?.1,
            Item::Photo(ph) => {
                let mut below = 0.0;
                for it in &items[i + 1..] {
                    below += RULE_GAP + height(m, it, cols)?;
                }
                photo(b, ph, cols, y, PhotoSize::Bottom(BOTTOM - below))?.1
            }
        };
        if i + 1 < items.len() {
            y = rule_under(b, cols, bottom);
        }
    }
    Ok(())
}

/// A photo's picture: sky, hills, water, a sun, in greys.
fn picture(b: &mut PageBuilder, r: [f64; 4]) {
    let [x0, y0, x1, y1] = r;
    let (w, h) = (x1 - x0, y1 - y0);
    b.shape(Shape::Fill { rect: r, grey: 205 });
    b.shape(Shape::Poly {
        points: vec![
            [x0, y0 + 0.62 * h],
            [x0 + 0.22 * w, y0 + 0.38 * h],
            [x0 + 0.4 * w, y0 + 0.55 * h],
            [x0 + 0.63 * w, y0 + 0.3 * h],
            [x1, y0 + 0.58 * h],
            [x1, y0 + 0.72 * h],
            [x0, y0 + 0.72 * h],
        ],
        grey: 120,
    });
    b.shape(Shape::Fill {
        rect: [x0, y0 + 0.72 * h, x1, y1],
        grey: 160,
    });
    b.shape(Shape::Fill {
        rect: [
            x0 + 0.8 * w,
            y0 + 0.1 * h,
            x0 + 0.8 * w + 0.07 * h,
            y0 + 0.17 * h,
        ],
        grey: 245,
    });
}

/// Page 1's masthead; returns its bottom.
fn masthead(b: &mut PageBuilder) -> Result<f64, Error> {
    let h = Target::Header;
    b.single(
        h,
        content::PAPER,
        Role::Header,
        Face::SerifBold,
        72.0,
        MARGIN,
        RIGHT,
        44.0,
        Align::Left,
    )?;
    let sponsor = "中共示例市委主管主办 示例日报社出版";
    let site = "示例新闻网: http://www.slrb.example";
    b.single(
        h,
        sponsor,
        Role::Header,
        Face::Serif,
        10.0,
        MARGIN,
        RIGHT,
        124.0,
        Align::Left,
    )?;
    let bottom = b.single(
        h,
        site,
        Role::Header,
        Face::Serif,
        10.0,
        MARGIN,
        RIGHT,
        138.0,
        Align::Left,
    )?;
    let right = [
        ("2026年5月18日 星期一", Face::SansBold, 16.0, 48.0),
        ("农历丙午年四月初二", Face::Serif, 11.0, 72.0),
        ("第10235期 今日4版", Face::Serif, 11.0, 89.0),
        ("国内统一连续出版物号 CN 99-0001", Face::Serif, 10.0, 108.0),
        ("邮发代号 99-1", Face::Serif, 10.0, 124.0),
    ];
    let x0 = col_x(3);
    for (text, face, size, top) in right {
        b.single(
            h,
            text,
            Role::Header,
            face,
            size,
            x0,
            RIGHT,
            top,
            Align::Right,
        )?;
    }
    b.block(h, BlockRole::Header, [MARGIN, 44.0, RIGHT, bottom])?;
    let mut export = vec![content::PAPER, sponsor, site];
    export.extend(right.iter().map(|r| r.0));
    b.header_export(&export);
    b.rule(MARGIN, RIGHT, 156.0, 2.0);
    b.rule(MARGIN, RIGHT, 160.5, 0.6);
    Ok(bottom)
}

/// An inner page's running header; returns where its stories start.
fn running_header(b: &mut PageBuilder, number: u32, name: &str) -> Result<f64, Error> {
    let h = Target::Header;
    let page = format!("第{number}版");
    let m = b.metrics();
    let page_line = typeset::single(
        m,
        &page,
        Style {
            face: Face::SansBold,
            size: 18.0,
            pitch: 18.0,
        },
        Role::Header,
        COL * 2.0,
        Align::Left,
    )?;
    let base = 42.0 + ASCENT * 18.0;
    b.place(h, &page_line, MARGIN, base)?;
    let name_line = typeset::single(
        m,
        name,
        Style {
            face: Face::Sans,
            size: 14.0,
            pitch: 14.0,
        },
        Role::Header,
        COL * 2.0,
        Align::Left,
    )?;
    b.place(h, &name_line, MARGIN + page_line.right + 10.0, base)?;
    b.single(
        h,
        content::PAPER,
        Role::Header,
        Face::SerifBold,
        18.0,
        MARGIN,
        RIGHT,
        42.0,
        Align::Center,
    )?;
    let date = "2026年5月18日 星期一";
    let credits = match number {
        2 => "责任编辑：周敏 校对：孙立",
        3 => "责任编辑：郑岚 校对：吴越",
        _ => "责任编辑：赵敏 校对：钱晨",
    };
    b.single(
        h,
        date,
        Role::Header,
        Face::Serif,
        10.0,
        col_x(4),
        RIGHT,
        42.0,
        Align::Right,
    )?;
    let bottom = b.single(
        h,
        credits,
        Role::Header,
        Face::Serif,
        9.0,
        col_x(4),
        RIGHT,
        56.0,
        Align::Right,
    )?;
    b.block(
        h,
        BlockRole::Header,
        [MARGIN, 42.0, RIGHT, bottom.max(60.0)],
    )?;
    b.header_export(&[&page, name, content::PAPER, date, credits]);
    b.name(name);
    b.rule(MARGIN, RIGHT, 70.0, 1.5);
    Ok(82.0)
}

/// Page 1; with the continuation of the story that jumps, and that story's part index.
fn page1(m: &dyn Metrics) -> Result<(Page, Vec<Para>, usize), Error> {
    let mut b = PageBuilder::new(m, 1, WIDTH, HEIGHT);
    masthead(&mut b)?;

    // The banner, across the page.
    let banner = b.part(Kind::Banner, content::BANNER);
    let bottom = b.single(
        Target::Part(banner),
        content::BANNER,
        Role::Banner,
        Face::SerifBold,
        34.0,
        MARGIN,
        RIGHT,
        172.0,
        Align::Center,
    )?;
    b.block(
        Target::Part(banner),
        BlockRole::Head,
        [MARGIN, 172.0, RIGHT, bottom],
    )?;
    b.part_mut(banner)?.export.push(content::BANNER.to_owned());
    b.rule(MARGIN, RIGHT, 214.0, 0.6);

    // Row one: the lead over four columns, the commentary boxed beside it.
    let row = 224.0;
    let row_end = 640.0;
    let lead_sizes = Sizes {
        headline: 34.0,
        sub: 14.0,
        ..WIDE
    };
    story(
        &mut b,
        Kind::Article,
        &content::DRYLAND,
        (0, 3),
        row,
        lead_sizes,
        Fill::To(row_end),
    )?;
    commentary(&mut b, &content::COMMENTARY, (4, 5), row, row_end)?;
    b.rule(MARGIN, RIGHT, 648.0, 0.6);

    // Row two: the photo, the story that jumps under it; the L-shaped story and its
    // neighbour beside them.
    let row = 656.0;
    let (_, under_photo) = photo(
        &mut b,
        &content::PHOTO_WETLAND,
        (0, 2),
        row,
        PhotoSize::Height(240.0),
    )?;
    let jump_top = rule_under(&mut b, (0, 2), under_photo);
    let (jump, rest) = jump_story(&mut b, &content::TECH, (0, 2), jump_top)?;
    let foot_top = l_story(&mut b, &content::SERVICE, row)?;
    let n_bottom = foot_top - RULE_GAP;
    let (x0, x1) = span((4, 5));
    b.rule(x0, x1, foot_top - 9.5, 0.5);
    story(
        &mut b,
        Kind::Article,
        &content::GLASS,
        (4, 5),
        row,
        TWO_LONG,
        Fill::To(n_bottom),
    )?;
    Ok((b.finish(), rest, jump))
}

/// Two columns, for a long headline.
const TWO_LONG: Sizes = Sizes {
    headline: 16.0,
    ..TWO
};

/// The commentary in a box over `cols`, from `top` to `bottom`.
fn commentary(
    b: &mut PageBuilder,
    s: &Story,
    cols: (usize, usize),
    top: f64,
    bottom: f64,
) -> Result<usize, Error> {
    let m = b.metrics();
    let k = start(b, Kind::Commentary, s)?;
    let (x0, x1) = span(cols);
    let frame = [x0 - 5.0, top, x1 + 5.0, bottom];
    b.shape(Shape::Frame {
        rect: frame,
        width: 0.8,
    });
    b.block(Target::Part(k), BlockRole::Frame, frame)?;
    let sizes = Sizes {
        headline: 22.0,
        ..TWO
    };
    let head = b.titles(
        k,
        &titles_of(s, sizes, Align::Center),
        x0,
        x1,
        top + 10.0,
        TITLE_GAP,
    )?;
    let text_top = head + HEAD_GAP;
    let n = cols.1 - cols.0 + 1;
    let max = rows_between(text_top, bottom - 8.0);
    let (paras, text) = fit(m, &paras_of(s), COL, n, max)?;
    let rows = balance(&text, n, max).unwrap_or(max);
    b.columns(k, &text, &lefts(cols), COL, text_top, rows)?;
    b.paragraphs(k, &paras)?;
    Ok(k)
}

/// The story that jumps: its beginning fills `cols` from `top` to the page's foot and
/// ends with [`TO_MARKER`]; returns its part and the rest of its text.
fn jump_story(
    b: &mut PageBuilder,
    s: &Story,
    cols: (usize, usize),
    top: f64,
) -> Result<(usize, Vec<Para>), Error> {
    let m = b.metrics();
    let k = start(b, Kind::Article, s)?;
    let (x0, x1) = span(cols);
    let sizes = Sizes {
        headline: 26.0,
        sub: 11.0,
        ..THREE
    };
    let head = b.titles(
        k,
        &titles_of(s, sizes, Align::Center),
        x0,
        x1,
        top,
        TITLE_GAP,
    )?;
    let text_top = head + HEAD_GAP;
    let n = cols.1 - cols.0 + 1;
    let rows = rows_between(text_top, BOTTOM);
    let (first, rest) = split_jump(m, &paras_of(s), COL, n, rows, TO_MARKER, FROM_MARKER)?;
    let text = set_text(m, &first, COL)?;
    b.columns(k, &text, &lefts(cols), COL, text_top, rows)?;
    b.paragraphs(k, &first)?;
    Ok((k, rest))
}

/// The L-shaped story: its headline and text down column 3 from `top` to the page's
/// foot, the rest across columns 4 and 5 under its neighbour, ending level with
/// column 3. Returns the top of that foot.
fn l_story(b: &mut PageBuilder, s: &Story, top: f64) -> Result<f64, Error> {
    let m = b.metrics();
    let k = start(b, Kind::Article, s)?;
    let (x0, x1) = span((3, 3));
    // A 14-character headline in a 7-character column: two lines, as set by hand.
    let half = s.headline.chars().count() / 2;
    let first: String = s.headline.chars().take(half).collect();
    let second: String = s.headline.chars().skip(half).collect();
    let titles = [
        Title::new(&first, Role::Headline, Face::SansBold, 20.0, Align::Left),
        Title::new(&second, Role::Headline, Face::SansBold, 20.0, Align::Left),
    ];
    let head = b.titles(k, &titles, x0, x1, top, TITLE_GAP)?;
    let text_top = head + HEAD_GAP;
    let rows = rows_between(text_top, BOTTOM);
    let paras = paras_of(s);
    let text = set_text(m, &paras, COL)?;
    let down = distribute(&text, 1, rows).len();
    if down == text.lines.len() {
        return Err(Error::Layout(format!(
            "{:?} fits one column: no L",
            s.headline
        )));
    }
    let column = Column {
        lines: text.lines[..down].to_vec(),
    };
    let foot = Column {
        lines: text.lines[down..].to_vec(),
    };
    let foot_rows = balance(&foot, 2, rows)
        .ok_or_else(|| Error::Layout(format!("{:?} is too long for its L", s.headline)))?;
    if foot_rows < 3 {
        return Err(Error::Layout(format!(
            "{:?}: the L's foot is too shallow",
            s.headline
        )));
    }
    let last = rows_bottom(text_top, down);
    let foot_top = last - rows_bottom(0.0, foot_rows);
    b.columns(k, &column, &[col_x(3)], COL, text_top, rows)?;
    b.columns(k, &foot, &lefts((4, 5)), COL, foot_top, foot_rows)?;
    b.paragraphs(k, &paras)?;
    Ok(foot_top)
}

/// Page 2, 要闻: news in four columns and two, a photo in each.
fn page2(m: &dyn Metrics) -> Result<Page, Error> {
    let mut b = PageBuilder::new(m, 2, WIDTH, HEIGHT);
    let top = running_header(&mut b, 2, "要闻")?;
    use Item::{Photo as P, Story as S};
    let a = [
        S(&content::ALLEYS, WIDE),
        S(&content::NIGHT, WIDE),
        P(&content::PHOTO_FIELD),
        S(&content::YUAN_HUI, CLASSIC),
    ];
    stack(&mut b, (0, 3), top, &a)?;
    let g = [
        S(&content::HARVEST, TWO),
        S(&content::SWIM, TWO),
        P(&content::PHOTO_CRAFT),
        S(&content::SHI_SHUO, TWO_CLASSIC),
    ];
    stack(&mut b, (4, 5), top, &g)?;
    Ok(b.finish())
}

const TWO_CLASSIC: Sizes = Sizes {
    headline: 20.0,
    ..CLASSIC
};

/// Page 3, 副刊: classical prose in two groups of three columns.
fn page3(m: &dyn Metrics) -> Result<Page, Error> {
    let mut b = PageBuilder::new(m, 3, WIDTH, HEIGHT);
    let top = running_header(&mut b, 3, "副刊")?;
    use Item::{Fill as F, Story as S};
    let a = [
        S(&content::ZHU_ZHIWU, CLASSIC),
        S(&content::CAO_GUI, CLASSIC),
        F(&content::YUAN_DAO, CLASSIC),
    ];
    stack(&mut b, (0, 2), top, &a)?;
    let g = [
        S(&content::PAN_GU, CLASSIC),
        S(&content::JIE_ZHITUI, CLASSIC),
        S(&content::MENG_DONGYE, CLASSIC),
        F(&content::JIN_XUE, CLASSIC),
    ];
    stack(&mut b, (3, 5), top, &g)?;
    Ok(b.finish())
}

/// Page 4, 综合: the continuation, news, a photo, classical prose.
fn page4(m: &dyn Metrics, rest: &[Para]) -> Result<Page, Error> {
    let mut b = PageBuilder::new(m, 4, WIDTH, HEIGHT);
    let top = running_header(&mut b, 4, "综合")?;
    let a = (0, 2);
    let s = &content::TECH;
    let k = b.part(Kind::Article, s.headline);
    b.part_mut(k)?.export.push(s.headline.to_owned());
    let (x0, x1) = span(a);
    let titles = [Title::new(
        s.headline,
        Role::Headline,
        Face::SansBold,
        22.0,
        Align::Center,
    )];
    let head = b.titles(k, &titles, x0, x1, top, TITLE_GAP)?;
    let text_top = head + HEAD_GAP;
    let text = set_text(m, rest, COL)?;
    let rows = balance(&text, 3, rows_between(text_top, BOTTOM))
        .ok_or_else(|| Error::Layout("the continuation does not fit page 4".into()))?;
    let y = b.columns(k, &text, &lefts(a), COL, text_top, rows)?;
    b.paragraphs(k, rest)?;
    let y = rule_under(&mut b, a, y);
    use Item::{Fill as F, Photo as P, Story as S};
    let under = [
        S(&content::LIBRARY, THREE),
        S(&content::ZHENG_BO, CLASSIC),
        F(&content::HUI_BIAN, CLASSIC),
    ];
    stack(&mut b, a, y, &under)?;
    let g = [
        S(&content::FITNESS, THREE),
        P(&content::PHOTO_FITNESS),
        S(&content::MA_SHUO, CLASSIC),
        S(&content::GONG_ZHIQI, CLASSIC),
    ];
    stack(&mut b, (3, 5), top, &g)?;
    Ok(b.finish())
}

/// Lays out the issue.
pub fn build(m: &dyn Metrics) -> Result<Issue, Error> {
    let (mut p1, rest, jump) = page1(m)?;
    let p2 = page2(m)?;
    let p3 = page3(m)?;
    let mut p4 = page4(m, &rest)?;
    let from = p1.parts[jump].id.clone();
    let to = p4.parts[0].id.clone();
    p1.parts[jump].continues_to = Some(Link { page: 4, id: to });
    p4.parts[0].continued_from = Some(Link { page: 1, id: from });
    Ok(Issue {
        paper: content::PAPER.to_owned(),
        date: content::DATE.to_owned(),
        pages: vec![p1, p2, p3, p4],
    })
}
