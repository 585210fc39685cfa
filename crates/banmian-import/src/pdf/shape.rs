//! Rectilinear outlines of unions of rectangles, with i_overlay (integer coordinates, so
//! every corner stays exact).
//!
//! An article's zone is the union of its block rectangles *closed* by `d` (a
//! morphological closing with a square: each rectangle grown by `d`, the union taken, the
//! union shrunk by `d` with mitred corners). The closing fills what is narrower than `2d`
//! between two pieces, a gutter between two columns of the story or the gap between its
//! headline and its first lines, where the pieces face each other, and nothing else: the
//! outer corners come back where they were, and a column the story does not reach stays
//! outside. Squares in, squares out: the result is rectilinear.

use i_overlay::core::fill_rule::FillRule;
use i_overlay::core::overlay::Overlay;
use i_overlay::core::overlay_rule::OverlayRule;
use i_overlay::i_float::int::angle::Angle;
use i_overlay::i_float::int::point::IntPoint;
use i_overlay::i_shape::int::shape::IntShapes;
use i_overlay::mesh::int::outline::offset::IntOutlineOffset;
use i_overlay::mesh::int::style::{IntLineJoin, IntOutlineStyle};

/// `[x0, y0, x1, y1]` in pixels.
pub(crate) type Rect = [i32; 4];

/// A closed ring of points, without its first point repeated.
pub(crate) type Ring = Vec<[i32; 2]>;

/// The outlines of the union of `rects` closed by `d` (see the module's documentation),
/// one ring for each separate piece, holes filled; each ring starts at its top-left
/// corner and runs clockwise on the page (right along the top edge first).
pub(crate) fn closed_outlines(rects: &[Rect], d: i32) -> Vec<Ring> {
    let d = d.max(0);
    let grown: Vec<Vec<IntPoint<i32>>> = rects
        .iter()
        .filter(|r| r[2] > r[0] && r[3] > r[1])
        .map(|&[x0, y0, x1, y1]| contour([x0 - d, y0 - d, x1 + d, y1 + d]))
        .collect();
    if grown.is_empty() {
        return Vec::new();
    }
    let union = Overlay::from_subj(&grown).overlay(OverlayRule::Subject, FillRule::NonZero);
    let closed = if d == 0 {
        union
    } else {
        // A mitred corner for every turn wider than 15°: all of them, here (90° or 270°).
        let join = IntLineJoin::Miter(Angle::from_bits(Angle::QUARTER_TURN.bits() / 6));
        let style = IntOutlineStyle::new(-d).line_join(join);
        match union.outline(&style) {
            Ok(shapes) => shapes,
            // Out of the engine's range (not with page coordinates): the plain union.
            Err(_) => plain_union(rects),
        }
    };
    outer_rings(&closed)
}

/// The union of `rects` as it is.
fn plain_union(rects: &[Rect]) -> IntShapes<i32> {
    let contours: Vec<Vec<IntPoint<i32>>> = rects
        .iter()
        .filter(|r| r[2] > r[0] && r[3] > r[1])
        .map(|&r| contour(r))
        .collect();
    Overlay::from_subj(&contours).overlay(OverlayRule::Subject, FillRule::NonZero)
}

/// A rectangle as a counter-clockwise contour (in i_overlay's y-up sense).
fn contour([x0, y0, x1, y1]: Rect) -> Vec<IntPoint<i32>> {
    vec![
        IntPoint::new(x0, y0),
        IntPoint::new(x1, y0),
        IntPoint::new(x1, y1),
        IntPoint::new(x0, y1),
    ]
}

/// Each shape's outer ring (its holes dropped: a zone is a simple polygon), cleaned.
fn outer_rings(shapes: &IntShapes<i32>) -> Vec<Ring> {
    shapes
        .iter()
        .filter_map(|shape| shape.first())
        .map(|c| canonical(c.iter().map(|p| [p.x, p.y]).collect()))
        .filter(|r| r.len() >= 4)
        .collect()
}

/// Drops repeated and collinear points, starts at the top-left corner and runs right
/// along the top edge first (clockwise on a page whose y grows downwards).
pub(crate) fn canonical(ring: Ring) -> Ring {
    let mut pts: Ring = Vec::with_capacity(ring.len());
    for p in ring {
        if pts.last() != Some(&p) {
            pts.push(p);
        }
    }
    while pts.len() > 1 && pts.first() == pts.last() {
        pts.pop();
    }
    // Collinear points, until none is left (a removal can make its neighbours collinear).
    loop {
        let n = pts.len();
        if n < 3 {
            return pts;
        }
        let collinear = (0..n).find(|&i| {
            let (a, b, c) = (pts[(i + n - 1) % n], pts[i], pts[(i + 1) % n]);
            (b[0] - a[0]) as i64 * (c[1] - b[1]) as i64
                == (b[1] - a[1]) as i64 * (c[0] - b[0]) as i64
        });
        match collinear {
            Some(i) => {
                pts.remove(i);
            }
            None => break,
        }
    }
    let start = (0..pts.len())
        .min_by_key(|&i| (pts[i][1], pts[i][0]))
        .unwrap_or(0);
    pts.rotate_left(start);
    // Right along the top edge first: the second point on the first point's row.
    if pts.len() > 2 && pts[1][1] != pts[0][1] {
        pts[1..].reverse();
    }
    pts
}

/// A ring's area (twice the shoelace sum, halved).
#[cfg(test)]
pub(crate) fn area(ring: &[[i32; 2]]) -> i64 {
    let n = ring.len();
    let twice: i64 = (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            a[0] as i64 * b[1] as i64 - b[0] as i64 * a[1] as i64
        })
        .sum();
    twice.abs() / 2
}

#[cfg(test)]
mod tests;
