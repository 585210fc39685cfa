//! Rectilinear polygons: the outline of a story's blocks as one polygon, and the tests
//! the truth is checked with (a point or a rectangle inside a polygon, two polygons
//! overlapping). Everything works on the grid of the shapes' own coordinates, so it is
//! exact for axis-parallel shapes.

use std::collections::BTreeMap;

/// `[x0, y0, x1, y1]`, y down.
pub type Rect = [f64; 4];
/// `[x, y]`.
pub type Point = [f64; 2];

/// The gaps a story's blocks are joined across: between two of its columns (the gutter)
/// or between its headline and its text, up to `max_gap` points, over the stretch the
/// two blocks face each other.
pub fn bridges(blocks: &[Rect], max_gap: f64) -> Vec<Rect> {
    let mut out = Vec::new();
    for a in blocks {
        for b in blocks {
            // b right of a, facing it.
            let gap = b[0] - a[2];
            let (y0, y1) = (a[1].max(b[1]), a[3].min(b[3]));
            if gap > 0.0 && gap <= max_gap && y1 > y0 {
                out.push([a[2], y0, b[0], y1]);
            }
            // b below a, facing it.
            let gap = b[1] - a[3];
            let (x0, x1) = (a[0].max(b[0]), a[2].min(b[2]));
            if gap > 0.0 && gap <= max_gap && x1 > x0 {
                out.push([x0, a[3], x1, b[1]]);
            }
        }
    }
    out
}

fn grid(values: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut v: Vec<f64> = values.collect();
    v.sort_by(f64::total_cmp);
    v.dedup();
    v
}

fn inside_rect(r: &Rect, p: Point) -> bool {
    r[0] < p[0] && p[0] < r[2] && r[1] < p[1] && p[1] < r[3]
}

/// The outline of the union of `rects`, holes filled, as one polygon: clockwise on the
/// page (y down), starting at its top-most, left-most corner, no point repeated, no
/// point in the middle of a straight edge. An error if the union falls apart into
/// pieces or two pieces touch only at a corner.
pub fn outline(rects: &[Rect]) -> Result<Vec<Point>, String> {
    let rects: Vec<Rect> = rects
        .iter()
        .filter(|r| r[2] > r[0] && r[3] > r[1])
        .copied()
        .collect();
    if rects.is_empty() {
        return Err("no block with an area".into());
    }
    let xs = grid(rects.iter().flat_map(|r| [r[0], r[2]]));
    let ys = grid(rects.iter().flat_map(|r| [r[1], r[3]]));
    // Cells of the grid, with a ring of empty cells around it: cell (i, j) of the padded
    // grid spans xs[i-1]..xs[i] and ys[j-1]..ys[j].
    let (w, h) = (xs.len() + 1, ys.len() + 1);
    let mut covered = vec![false; w * h];
    for j in 1..h - 1 {
        for i in 1..w - 1 {
            let c = [(xs[i - 1] + xs[i]) / 2.0, (ys[j - 1] + ys[j]) / 2.0];
            covered[j * w + i] = rects.iter().any(|r| inside_rect(r, c));
        }
    }
    // What the outside reaches; everything else is the shape, holes filled.
    let mut outside = vec![false; w * h];
    let mut stack = vec![(0usize, 0usize)];
    outside[0] = true;
    while let Some((i, j)) = stack.pop() {
        for (di, dj) in [(1i64, 0i64), (-1, 0), (0, 1), (0, -1)] {
            let (ni, nj) = (i as i64 + di, j as i64 + dj);
            if ni < 0 || nj < 0 || ni >= w as i64 || nj >= h as i64 {
                continue;
            }
            let n = nj as usize * w + ni as usize;
            if !covered[n] && !outside[n] {
                outside[n] = true;
                stack.push((ni as usize, nj as usize));
            }
        }
    }
    let filled = |i: usize, j: usize| !outside[j * w + i];
    // Its boundary as directed edges between grid points, the shape on the right.
    let mut edges: BTreeMap<(usize, usize), (usize, usize)> = BTreeMap::new();
    let mut add = |from: (usize, usize), to: (usize, usize)| -> Result<(), String> {
        if edges.insert(from, to).is_some() {
            Err("the blocks touch only at a corner".to_owned())
        } else {
            Ok(())
        }
    };
    for j in 1..h - 1 {
        for i in 1..w - 1 {
            if !filled(i, j) {
                continue;
            }
            // Grid points: x index i-1..i, y index j-1..j.
            if !filled(i, j - 1) {
                add((i - 1, j - 1), (i, j - 1))?;
            }
            if !filled(i + 1, j) {
                add((i, j - 1), (i, j))?;
            }
            if !filled(i, j + 1) {
                add((i, j), (i - 1, j))?;
            }
            if !filled(i - 1, j) {
                add((i - 1, j), (i - 1, j - 1))?;
            }
        }
    }
    let Some(start) = edges.keys().min_by_key(|&&(x, y)| (y, x)).copied() else {
        return Err("no boundary".into());
    };
    let mut ring = vec![start];
    let mut at = start;
    loop {
        let Some(&next) = edges.get(&at) else {
            return Err("the boundary does not close".into());
        };
        if next == start {
            break;
        }
        ring.push(next);
        at = next;
        if ring.len() > edges.len() {
            return Err("the boundary does not close".into());
        }
    }
    if ring.len() != edges.len() {
        return Err("the blocks fall apart into separate pieces".into());
    }
    // Drop the points in the middle of straight edges.
    let n = ring.len();
    let corners: Vec<(usize, usize)> = (0..n)
        .filter(|&k| {
            let (p, c, q) = (ring[(k + n - 1) % n], ring[k], ring[(k + 1) % n]);
            !((p.0 == c.0 && c.0 == q.0) || (p.1 == c.1 && c.1 == q.1))
        })
        .map(|k| ring[k])
        .collect();
    Ok(corners.iter().map(|&(i, j)| [xs[i], ys[j]]).collect())
}

/// The outline of a story's blocks joined across their gaps (see [`bridges`]).
pub fn zone(blocks: &[Rect], max_gap: f64) -> Result<Vec<Point>, String> {
    let mut all = blocks.to_vec();
    all.extend(bridges(blocks, max_gap));
    outline(&all)
}

/// Whether `p` lies strictly inside `poly` (a point on an edge is not asked about: the
/// callers ask about cell centres, which are never on one).
pub fn contains_point(poly: &[Point], p: Point) -> bool {
    let n = poly.len();
    let mut inside = false;
    for k in 0..n {
        let (a, b) = (poly[k], poly[(k + 1) % n]);
        if a[0] == b[0] && ((a[1] > p[1]) != (b[1] > p[1])) && p[0] < a[0] {
            inside = !inside;
        }
    }
    inside
}

/// Whether the rectangle lies inside `poly` (its edges may lie on the polygon's).
pub fn rect_inside(poly: &[Point], r: &Rect) -> bool {
    if !(r[2] > r[0] && r[3] > r[1]) {
        return false;
    }
    let xs = grid(
        poly.iter()
            .map(|p| p[0])
            .chain([r[0], r[2]])
            .filter(|&x| r[0] <= x && x <= r[2]),
    );
    let ys = grid(
        poly.iter()
            .map(|p| p[1])
            .chain([r[1], r[3]])
            .filter(|&y| r[1] <= y && y <= r[3]),
    );
    xs.windows(2).all(|x| {
        ys.windows(2)
            .all(|y| contains_point(poly, [(x[0] + x[1]) / 2.0, (y[0] + y[1]) / 2.0]))
    })
}

/// Whether two polygons share any area (touching along an edge is not overlapping).
pub fn overlap(a: &[Point], b: &[Point]) -> bool {
    let xs = grid(a.iter().chain(b).map(|p| p[0]));
    let ys = grid(a.iter().chain(b).map(|p| p[1]));
    xs.windows(2).any(|x| {
        ys.windows(2).any(|y| {
            let c = [(x[0] + x[1]) / 2.0, (y[0] + y[1]) / 2.0];
            contains_point(a, c) && contains_point(b, c)
        })
    })
}

/// Why `poly` is not a simple rectilinear polygon, if it is not one: fewer than four
/// corners, an edge neither horizontal nor vertical, two edges in a row along one line,
/// or two edges that cross or touch.
pub fn malformed(poly: &[Point]) -> Option<String> {
    let n = poly.len();
    if n < 4 || n % 2 == 1 {
        return Some(format!("{n} corners"));
    }
    let edge = |k: usize| (poly[k], poly[(k + 1) % n]);
    for k in 0..n {
        let (a, b) = edge(k);
        let horizontal = a[1] == b[1] && a[0] != b[0];
        let vertical = a[0] == b[0] && a[1] != b[1];
        if !(horizontal || vertical) {
            return Some(format!("edge {k} from {a:?} to {b:?} is not axis-parallel"));
        }
        let (c, d) = edge((k + 1) % n);
        let next_horizontal = c[1] == d[1];
        if horizontal == next_horizontal {
            return Some(format!("edges {k} and {} run along one line", (k + 1) % n));
        }
    }
    for i in 0..n {
        for j in i + 2..n {
            if i == 0 && j == n - 1 {
                continue;
            }
            if segments_meet(edge(i), edge(j)) {
                return Some(format!("edges {i} and {j} meet"));
            }
        }
    }
    None
}

fn segments_meet((a, b): (Point, Point), (c, d): (Point, Point)) -> bool {
    let span = |p: f64, q: f64| (p.min(q), p.max(q));
    let (ax, bx) = span(a[0], b[0]);
    let (ay, by) = span(a[1], b[1]);
    let (cx, dx) = span(c[0], d[0]);
    let (cy, dy) = span(c[1], d[1]);
    ax <= dx && cx <= bx && ay <= dy && cy <= by
}

#[cfg(test)]
mod tests;
