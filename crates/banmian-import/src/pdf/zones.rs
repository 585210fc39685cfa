//! Which printed line belongs to which article, and each article's zone on the page.
//!
//! **Matching.** Text is compared normalized: letters and digits only (CJK characters
//! are letters), full-width forms folded, lower case; so punctuation, spaces and the
//! importer's own edits (a `——` taken off a subheadline, brackets off a source note,
//! markers split off a line) make no difference. A line goes to the article whose text
//! holds it exactly; a line whose text no article holds exactly, if long enough, by a
//! vote of its character trigrams (at least half of them in the article, and clearly
//! more than in any other). A line in a headline's type size goes to a headline that
//! holds it before a body text that does. A line several articles hold (a short last
//! line of a paragraph, a phrase two stories share) and a short line found only in some
//! article's body (which may be chance: `综合` in a running header) are decided by their
//! neighbours: the line above or below in the same block, else, for lines of three
//! characters or more, the nearest placed line of a candidate close by. A line nothing
//! decides stays unplaced: nothing is invented.
//!
//! **Zones.** An article's lines, block by block, make runs (its lines of one block not
//! interrupted by another article's); each run's box is widened to the columns it stands
//! in: a short run centred on a span of the article's columns (a headline, a kicker, a
//! byline over its story; a banner over the page's) to that span, any other to the
//! columns its edges stand in (a byline or a short last line is as wide as its column),
//! never over another article's box. The bottoms and tops of side-by-side runs that
//! differ by less than half an em are evened, and the union of the boxes is closed by 1.5
//! ems (`shape`), which joins the story's columns over their gutters and its headline to
//! its first lines. Pieces still apart (a picture between a
//! headline and its story) are joined by the shortest bridges that cross no other
//! article; what cannot be joined stays a polygon of its own. A photo story's zone also
//! takes the empty space above its caption, where its picture is (a picture has no text).

use std::collections::HashSet;

use banmian_model::{Article, Block, Kind, Severity, TextLine};
use banmian_pdf::{pixel_size, PageInfo, PX_PER_PT};

use super::lines::{Line, Page, TITLE_RATIO};
use super::shape::{closed_outlines, Rect, Ring};
use crate::Diagnostic;

/// Lines with fewer normalized characters than this are matched exactly only.
const VOTE_MIN: usize = 8;
/// Share of a line's trigrams an article must hold to get it by vote.
const VOTE_SHARE: f64 = 0.5;
/// Another article within this share of the best vote makes a line ambiguous.
const VOTE_MARGIN: f64 = 0.2;
/// A line found only in an article's body with fewer normalized characters than this needs
/// a neighbour of that article to be placed.
const SUPPORT_MIN: usize = 6;
/// How near (in body ems) a placed line must be to decide an ambiguous one.
const NEAR_EM: f64 = 2.5;
/// The closing distance, in body ems: gaps up to twice this are bridged.
const CLOSE_EM: f64 = 1.5;
/// A box whose centre is within this many body ems of a span of columns' is centred on it.
const CENTRED_EM: f64 = 0.5;
/// Tops and bottoms of side-by-side runs closer than this (in body ems) are evened.
const EVEN_EM: f64 = 0.5;
/// A photo story's picture is taken to end this many body ems below the text above it.
const PICTURE_GAP_EM: f64 = 1.0;
/// Coordinates are kept within this many pixels of the origin (i_overlay's `i32` engine
/// takes up to 2^30).
const MAX_PX: f64 = (1 << 26) as f64;
/// An article with less of its text found than this share gets a warning.
const MIN_COVERAGE: f64 = 0.5;

/// Letters and digits only, full-width forms folded, lower case.
pub fn normalize(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            _ => c,
        })
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// What an article prints, normalized, for matching.
struct Text {
    /// Everything, in printed order (a jump marker in both places it may stand).
    all: String,
    /// How many characters it prints (each marker once).
    printed: usize,
    /// Kicker, headline, subheadline: what a line in a headline's type may be.
    titles: Vec<String>,
    /// What stands on short lines of its own: titles, byline, subheads, markers, source.
    short: Vec<String>,
    trigrams: HashSet<[char; 3]>,
}

impl Text {
    fn new(a: &Article) -> Text {
        let label = |j: &Option<banmian_model::Jump>| {
            j.as_ref()
                .and_then(|j| j.label.as_deref())
                .map(normalize)
                .unwrap_or_default()
        };
        let opt = |s: &Option<String>| s.as_deref().map(normalize).unwrap_or_default();
        // A marker stands before the headline or glued to the first line of the text, after
        // the last line or on a line of its own: both places are tried.
        let from = label(&a.continued_from);
        let to = label(&a.continues_to);
        let titles: Vec<String> = [opt(&a.kicker), normalize(&a.headline), opt(&a.subheadline)]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect();
        let mut short = titles.clone();
        short.extend([opt(&a.byline), from.clone(), to.clone(), opt(&a.source)]);
        let mut all = from.clone();
        all += &opt(&a.kicker);
        all += &normalize(&a.headline);
        all += &opt(&a.subheadline);
        all += &opt(&a.byline);
        all += &from;
        for b in &a.blocks {
            match b {
                Block::Paragraph { text } => all += &normalize(text),
                Block::Subhead { text } => {
                    let t = normalize(text);
                    all += &t;
                    short.push(t);
                }
                Block::Image {
                    caption, credit, ..
                } => {
                    all += &opt(caption);
                    all += &opt(credit);
                }
                Block::Unknown => {}
            }
        }
        all += &to;
        all += &opt(&a.source);
        all += &to;
        short.retain(|s| !s.is_empty());
        let trigrams = trigrams(&all);
        let printed = all.chars().count() - from.chars().count() - to.chars().count();
        Text {
            all,
            printed,
            titles,
            short,
            trigrams,
        }
    }
}

fn trigrams(s: &str) -> HashSet<[char; 3]> {
    let chars: Vec<char> = s.chars().collect();
    chars.windows(3).map(|w| [w[0], w[1], w[2]]).collect()
}

/// What the text says of a line, before its neighbours are asked.
#[derive(Debug, Clone, PartialEq)]
enum Match {
    /// No article holds it.
    None,
    /// This article, surely.
    One(usize),
    /// One of these; its neighbours decide.
    Some(Vec<usize>),
}

/// Matches every line to the articles and returns each line's article.
fn assign(page: &Page, texts: &[Text]) -> Vec<Option<usize>> {
    let norm: Vec<String> = page.lines.iter().map(|l| normalize(&l.text)).collect();
    let matches: Vec<Match> = page
        .lines
        .iter()
        .zip(&norm)
        .map(|(l, t)| match_line(l, t, page.body, texts))
        .collect();
    let mut of: Vec<Option<usize>> = matches
        .iter()
        .map(|m| match m {
            Match::One(a) => Some(*a),
            _ => None,
        })
        .collect();
    // Blocks of lines of a character or two (a headline set vertically, a glyph a line)
    // are matched as one text.
    for block in &page.blocks {
        let tiny = block
            .lines
            .iter()
            .all(|&l| norm[l].chars().count() <= 2 && of[l].is_none());
        if block.lines.len() < 2 || !tiny {
            continue;
        }
        let joined: String = block.lines.iter().map(|&l| norm[l].as_str()).collect();
        let whole = Line {
            text: joined.clone(),
            rect: block.rect,
            size: block.size,
            space_after: false,
        };
        if let Match::One(a) = match_line(&whole, &joined, page.body, texts) {
            for &l in &block.lines {
                of[l] = Some(a);
            }
        }
    }
    // The neighbours decide, until nothing changes (each round places at least one line).
    let block_of = page.block_of();
    let near = NEAR_EM * page.body;
    loop {
        let mut changed = false;
        for (i, m) in matches.iter().enumerate() {
            let Match::Some(cands) = m else { continue };
            if of[i].is_some() {
                continue;
            }
            let (b, k) = block_of[i];
            let block = &page.blocks[b].lines;
            let in_block = [k.checked_sub(1), Some(k + 1)]
                .into_iter()
                .flatten()
                .filter_map(|k| block.get(k))
                .filter_map(|&j| of[j])
                .find(|a| cands.contains(a));
            let nearby = || {
                if norm[i].chars().count() < 3 {
                    return None;
                }
                (0..page.lines.len())
                    .filter_map(|j| of[j].filter(|a| cands.contains(a)).map(|a| (j, a)))
                    .map(|(j, a)| (distance(&page.lines[i], &page.lines[j]), a))
                    .filter(|&(d, _)| d <= near)
                    .min_by(|x, y| x.0.total_cmp(&y.0))
                    .map(|(_, a)| a)
            };
            if let Some(a) = in_block.or_else(nearby) {
                of[i] = Some(a);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    of
}

/// The gap between two boxes: the larger of the horizontal and vertical gaps.
fn distance(a: &Line, b: &Line) -> f64 {
    let dx = (b.rect[0] - a.rect[2]).max(a.rect[0] - b.rect[2]).max(0.0);
    let dy = (b.rect[1] - a.rect[3]).max(a.rect[1] - b.rect[3]).max(0.0);
    dx.max(dy)
}

fn match_line(line: &Line, t: &str, body: f64, texts: &[Text]) -> Match {
    if t.is_empty() {
        return Match::None;
    }
    let n = t.chars().count();
    let mut exact: Vec<usize> = (0..texts.len())
        .filter(|&a| texts[a].all.contains(t))
        .collect();
    if line.size >= TITLE_RATIO * body {
        let in_titles: Vec<usize> = exact
            .iter()
            .copied()
            .filter(|&a| texts[a].titles.iter().any(|h| h.contains(t)))
            .collect();
        if !in_titles.is_empty() {
            exact = in_titles;
        }
    }
    match exact.as_slice() {
        [a] if n < SUPPORT_MIN && !texts[*a].short.iter().any(|s| s.contains(t)) => {
            Match::Some(vec![*a])
        }
        [a] => Match::One(*a),
        [] if n >= VOTE_MIN => vote(t, texts),
        [] => Match::None,
        several => Match::Some(several.to_vec()),
    }
}

/// The article most of the line's trigrams are in.
fn vote(t: &str, texts: &[Text]) -> Match {
    let grams = trigrams(t);
    if grams.is_empty() {
        return Match::None;
    }
    let shares: Vec<f64> = texts
        .iter()
        .map(|x| {
            grams.iter().filter(|g| x.trigrams.contains(*g)).count() as f64 / grams.len() as f64
        })
        .collect();
    let best = shares.iter().copied().fold(0.0, f64::max);
    if best < VOTE_SHARE {
        return Match::None;
    }
    let cands: Vec<usize> = (0..texts.len())
        .filter(|&a| shares[a] >= best - VOTE_MARGIN && shares[a] >= VOTE_SHARE)
        .collect();
    match cands.as_slice() {
        [a] => Match::One(*a),
        _ => Match::Some(cands),
    }
}

/// Places the page's articles: see [`super::place`].
pub(crate) fn place(info: PageInfo, page: &Page, articles: &mut [Article]) -> Vec<Diagnostic> {
    let texts: Vec<Text> = articles.iter().map(Text::new).collect();
    let of = assign(page, &texts);
    let runs = runs(page, &of);
    let columns = page.columns();
    let mut rects: Vec<(usize, [f64; 4])> = runs
        .iter()
        .map(|(a, lines)| (*a, bbox(lines.iter().map(|&l| page.lines[l].rect))))
        .collect();
    let counts: Vec<usize> = runs.iter().map(|(_, lines)| lines.len()).collect();
    widen_to_columns(&mut rects, &counts, &columns, page.body);
    even_edges(&mut rects, page.body);
    pictures_above(&mut rects, articles, page, &of);
    // In pixels from here on.
    // Outwards to whole pixels (a thousandth of a pixel is rounding, not ink), kept well
    // inside the geometry engine's range whatever page a PDF claims.
    let px = |r: [f64; 4]| -> Rect {
        let clamp = |v: f64| v.clamp(-MAX_PX, MAX_PX) as i32;
        let lo = |v: f64| clamp((v * PX_PER_PT + 1e-3).floor());
        let hi = |v: f64| clamp((v * PX_PER_PT - 1e-3).ceil());
        [lo(r[0]), lo(r[1]), hi(r[2]), hi(r[3])]
    };
    let rects: Vec<(usize, Rect)> = rects.into_iter().map(|(a, r)| (a, px(r))).collect();
    // Blocks with no placed line (an advertisement, a masthead) are in the way of bridges.
    let block_of = page.block_of();
    let mut obstacles: Vec<(usize, Rect)> = page
        .blocks
        .iter()
        .filter(|b| b.lines.iter().all(|&l| of[l].is_none()))
        .map(|b| (usize::MAX, px(b.rect)))
        .collect();
    obstacles.extend(rects.iter().copied());
    let d = (CLOSE_EM * page.body * PX_PER_PT)
        .round()
        .clamp(0.0, MAX_PX / 4.0) as i32;
    let (w, h) = pixel_size(info);
    let (w, h) = (
        i32::try_from(w).unwrap_or(i32::MAX),
        i32::try_from(h).unwrap_or(i32::MAX),
    );
    let mut diags = Vec::new();
    for (a, article) in articles.iter_mut().enumerate() {
        let mine: Vec<Rect> = rects
            .iter()
            .filter(|(x, _)| *x == a)
            .map(|&(_, r)| r)
            .collect();
        let mut lines: Vec<usize> = (0..page.lines.len())
            .filter(|&l| of[l] == Some(a))
            .collect();
        lines.sort_by_key(|&l| block_of[l]);
        article.zone = None;
        article.lines = lines
            .iter()
            .map(|&l| {
                let r = page.lines[l].rect;
                let v = |x: f64| (x * PX_PER_PT * 100.0).round() / 100.0;
                TextLine {
                    text: page.lines[l].text.clone(),
                    rect: [v(r[0]), v(r[1]), v(r[2] - r[0]), v(r[3] - r[1])],
                }
            })
            .collect();
        article.zones = zone(&mine, a, &obstacles, d)
            .into_iter()
            .map(|ring| {
                ring.into_iter()
                    .map(|[x, y]| [f64::from(x.clamp(0, w)), f64::from(y.clamp(0, h))])
                    .collect()
            })
            .collect();
        let found: usize = lines
            .iter()
            .map(|&l| normalize(&page.lines[l].text).chars().count())
            .sum();
        let total = texts[a].printed;
        let message = if total == 0 {
            Some(format!(
                "{}: the article has no text to find on the page; no zone",
                article.id
            ))
        } else if lines.is_empty() {
            Some(format!(
                "{}: none of its text is on the page ({:?}); no zone",
                article.id,
                title_of(article)
            ))
        } else if (found as f64) < MIN_COVERAGE * total as f64 {
            Some(format!(
                "{}: only {}% of its text is found on the page; its zone may miss part of it",
                article.id,
                found * 100 / total
            ))
        } else {
            None
        };
        if let Some(message) = message {
            diags.push(Diagnostic {
                severity: Severity::Warning,
                file: None,
                line: None,
                message,
            });
        }
    }
    diags
}

/// A few words naming an article in a message.
fn title_of(a: &Article) -> String {
    let t = if a.headline.is_empty() {
        a.blocks
            .iter()
            .find_map(|b| match b {
                Block::Paragraph { text } => Some(text.as_str()),
                _ => None,
            })
            .unwrap_or("")
    } else {
        a.headline.as_str()
    };
    t.chars().take(16).collect()
}

/// Each article's runs: its lines of one block that no other article's line interrupts.
fn runs(page: &Page, of: &[Option<usize>]) -> Vec<(usize, Vec<usize>)> {
    let mut out: Vec<(usize, Vec<usize>)> = Vec::new();
    for block in &page.blocks {
        let mut current: Option<(usize, Vec<usize>)> = None;
        for &l in &block.lines {
            let Some(a) = of[l] else { continue };
            match &mut current {
                Some((x, lines)) if *x == a => lines.push(l),
                _ => {
                    if let Some(run) = current.take() {
                        out.push(run);
                    }
                    current = Some((a, vec![l]));
                }
            }
        }
        out.extend(current);
    }
    out
}

fn bbox(rects: impl Iterator<Item = [f64; 4]>) -> [f64; 4] {
    rects.fold(
        [
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        ],
        |a, r| {
            [
                a[0].min(r[0]),
                a[1].min(r[1]),
                a[2].max(r[2]),
                a[3].max(r[3]),
            ]
        },
    )
}

fn overlaps(a: [f64; 4], b: [f64; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// Whether `r` (article `a`'s) would overlap a box of another article.
fn collides(r: [f64; 4], a: usize, rects: &[(usize, [f64; 4])]) -> bool {
    rects.iter().any(|&(x, o)| x != a && overlaps(r, o))
}

/// Widens each box to the columns it stands in. A box of fewer than three lines (column
/// text is longer) centred on a span of its article's columns (a headline, a kicker or a
/// byline over its story) takes the widest such span; an article with no box at a column's
/// edges (a banner) looks among the page's spans. Any other box has its left edge moved to
/// the start of the column that edge is in and its right edge to the end of the column
/// that edge is in (a byline or a short last line is as wide as its column). An edge that
/// would take the box over another article's box stays where it was.
fn widen_to_columns(
    rects: &mut [(usize, [f64; 4])],
    lines: &[usize],
    columns: &[[f64; 2]],
    body: f64,
) {
    let tol = 0.5 * body;
    let spans = |lefts: &[f64], rights: &[f64]| -> Vec<[f64; 2]> {
        lefts
            .iter()
            .flat_map(|&a| rights.iter().map(move |&b| [a, b]))
            .filter(|s| s[1] > s[0])
            .collect()
    };
    let page_spans = spans(
        &columns.iter().map(|c| c[0]).collect::<Vec<_>>(),
        &columns.iter().map(|c| c[1]).collect::<Vec<_>>(),
    );
    let at_left = |x: f64| columns.iter().any(|c| (c[0] - x).abs() <= tol);
    let at_right = |x: f64| columns.iter().any(|c| (c[1] - x).abs() <= tol);
    for i in 0..rects.len() {
        let (a, r) = rects[i];
        let centred = if lines[i] >= 3 {
            None
        } else {
            let mine = || rects.iter().filter(|(x, _)| *x == a).map(|(_, r)| r);
            let lefts: Vec<f64> = mine().map(|r| r[0]).filter(|&x| at_left(x)).collect();
            let rights: Vec<f64> = mine().map(|r| r[2]).filter(|&x| at_right(x)).collect();
            let own = spans(&lefts, &rights);
            let pool = if own.is_empty() { &page_spans } else { &own };
            let centre = (r[0] + r[2]) / 2.0;
            pool.iter()
                .filter(|s| s[0] - tol <= r[0] && r[2] <= s[1] + tol)
                .filter(|s| ((s[0] + s[1]) / 2.0 - centre).abs() <= CENTRED_EM * body)
                .max_by(|p, q| (p[1] - p[0]).total_cmp(&(q[1] - q[0])))
                .copied()
        };
        let (left, right) = match centred {
            Some(s) => (Some(s[0]), Some(s[1])),
            None => (
                columns
                    .iter()
                    .filter(|c| c[0] - tol <= r[0] && r[0] < c[1])
                    .map(|c| c[0])
                    .filter(|&x| x <= r[0] + tol)
                    .max_by(f64::total_cmp),
                columns
                    .iter()
                    .filter(|c| c[0] < r[2] && r[2] <= c[1] + tol)
                    .map(|c| c[1])
                    .filter(|&x| x >= r[2] - tol)
                    .min_by(f64::total_cmp),
            ),
        };
        let mut wide = r;
        if let Some(x) = left {
            wide[0] = x.min(r[0]);
        }
        if let Some(x) = right {
            wide[2] = x.max(r[2]);
        }
        for edge in [0, 2] {
            let mut trial = rects[i].1;
            trial[edge] = wide[edge];
            if !collides(trial, a, rects) {
                rects[i].1 = trial;
            }
        }
    }
}

/// Evens the tops and the bottoms of an article's side-by-side boxes that differ by less
/// than [`EVEN_EM`], to the higher top and the lower bottom, unless that would take a box
/// over another article's.
fn even_edges(rects: &mut [(usize, [f64; 4])], body: f64) {
    let tol = EVEN_EM * body;
    for i in 0..rects.len() {
        for j in 0..rects.len() {
            let ((a, ri), (b, rj)) = (rects[i], rects[j]);
            let side_by_side = ri[1] < rj[3] && rj[1] < ri[3] && (ri[2] <= rj[0] || rj[2] <= ri[0]);
            if i == j || a != b || !side_by_side {
                continue;
            }
            let mut trial = ri;
            if (ri[1] - rj[1]).abs() <= tol {
                trial[1] = ri[1].min(rj[1]);
            }
            if (ri[3] - rj[3]).abs() <= tol {
                trial[3] = ri[3].max(rj[3]);
            }
            if trial != ri && !collides(trial, a, rects) {
                rects[i].1 = trial;
            }
        }
    }
}

/// A photo story (`Kind::Photo`: the text export gives its title, credit and caption)
/// prints its picture above its caption, and a picture has no text: the story's zone takes
/// the empty space above its boxes, over their width, up to [`PICTURE_GAP_EM`] under
/// the nearest line above (of any article or none); nothing when no line stands above it
/// or the space is less than two ems high.
fn pictures_above(
    rects: &mut Vec<(usize, [f64; 4])>,
    articles: &[Article],
    page: &Page,
    of: &[Option<usize>],
) {
    for (a, article) in articles.iter().enumerate() {
        if article.kind != Kind::Photo {
            continue;
        }
        let mine: Vec<[f64; 4]> = rects
            .iter()
            .filter(|(x, _)| *x == a)
            .map(|&(_, r)| r)
            .collect();
        if mine.is_empty() {
            continue;
        }
        // Over the width of all its boxes (a caption's title, its credit beside it, its text).
        let top = mine.iter().fold(
            [f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, 0.0],
            |t, r| [t[0].min(r[0]), t[1].min(r[1]), t[2].max(r[2]), 0.0],
        );
        let above = page
            .lines
            .iter()
            .enumerate()
            .filter(|&(l, line)| {
                of[l] != Some(a)
                    && line.rect[3] <= top[1] + 0.1 * page.body
                    && line.rect[0] < top[2]
                    && top[0] < line.rect[2]
            })
            .map(|(_, line)| line.rect[3])
            .max_by(f64::total_cmp);
        let Some(above) = above else { continue };
        let ceiling = above + PICTURE_GAP_EM * page.body;
        if top[1] - ceiling >= 2.0 * page.body {
            rects.push((a, [top[0], ceiling, top[2], top[1]]));
        }
    }
}

fn overlaps_px(a: Rect, b: Rect) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// Article `a`'s zone from its boxes: closed by `d`, pieces still apart joined by the
/// shortest bridges that cross no obstacle (other articles' boxes, blocks of no article).
fn zone(rects: &[Rect], a: usize, obstacles: &[(usize, Rect)], d: i32) -> Vec<Ring> {
    let rings = closed_outlines(rects, d);
    if rings.len() <= 1 {
        return rings;
    }
    // The piece each box is in.
    let piece: Vec<usize> = rects
        .iter()
        .map(|r| {
            let c = [(r[0] + r[2]) / 2, (r[1] + r[3]) / 2];
            rings.iter().position(|ring| inside(c, ring)).unwrap_or(0)
        })
        .collect();
    // Every bridge between two boxes of different pieces, shortest first.
    let mut bridges: Vec<(i32, usize, usize, Rect)> = Vec::new();
    for i in 0..rects.len() {
        for j in 0..rects.len() {
            if piece[i] >= piece[j] {
                continue;
            }
            let (p, q) = (rects[i], rects[j]);
            let x = [p[0].max(q[0]), p[2].min(q[2])];
            let y = [p[1].max(q[1]), p[3].min(q[3])];
            let bridge = if x[1] > x[0] {
                let (top, bottom) = if p[1] < q[1] { (p, q) } else { (q, p) };
                [x[0], top[3], x[1], bottom[1]]
            } else if y[1] > y[0] {
                let (left, right) = if p[0] < q[0] { (p, q) } else { (q, p) };
                [left[2], y[0], right[0], y[1]]
            } else {
                continue;
            };
            let length = (bridge[2] - bridge[0]).min(bridge[3] - bridge[1]);
            let clear = !obstacles
                .iter()
                .any(|&(x, o)| x != a && overlaps_px(bridge, o));
            if clear {
                bridges.push((length, piece[i], piece[j], bridge));
            }
        }
    }
    bridges.sort_by_key(|b| b.0);
    // Kruskal: a bridge is kept when it joins two pieces not yet joined.
    let mut root: Vec<usize> = (0..rings.len()).collect();
    fn find(root: &mut [usize], mut x: usize) -> usize {
        while root[x] != x {
            root[x] = root[root[x]];
            x = root[x];
        }
        x
    }
    let mut all = rects.to_vec();
    for (_, p, q, bridge) in bridges {
        let (rp, rq) = (find(&mut root, p), find(&mut root, q));
        if rp != rq {
            root[rp] = rq;
            all.push(bridge);
        }
    }
    if all.len() == rects.len() {
        return rings;
    }
    closed_outlines(&all, d)
}

/// Whether a point is inside a ring (even-odd rule, a point on an edge counting as in).
fn inside(p: [i32; 2], ring: &[[i32; 2]]) -> bool {
    let n = ring.len();
    let mut odd = false;
    for i in 0..n {
        let (a, b) = (ring[i], ring[(i + 1) % n]);
        let on_edge = (a[0] == b[0]
            && p[0] == a[0]
            && p[1] >= a[1].min(b[1])
            && p[1] <= a[1].max(b[1]))
            || (a[1] == b[1] && p[1] == a[1] && p[0] >= a[0].min(b[0]) && p[0] <= a[0].max(b[0]));
        if on_edge {
            return true;
        }
        if (a[1] > p[1]) != (b[1] > p[1]) {
            let x =
                a[0] as f64 + (p[1] - a[1]) as f64 * (b[0] - a[0]) as f64 / (b[1] - a[1]) as f64;
            if (p[0] as f64) < x {
                odd = !odd;
            }
        }
    }
    odd
}

#[cfg(test)]
mod tests;
