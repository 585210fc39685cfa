use super::*;

#[test]
fn two_columns_under_a_headline_close_into_one_step() {
    // Headline over both columns, column 1 longer than column 2: gaps of 10 px under the
    // headline and a 20 px gutter, all narrower than 2d = 30.
    let rects = [[0, 0, 300, 40], [0, 50, 140, 500], [160, 50, 300, 300]];
    let rings = closed_outlines(&rects, 15);
    assert_eq!(
        rings,
        vec![vec![
            [0, 0],
            [300, 0],
            [300, 300],
            [140, 300],
            [140, 500],
            [0, 500]
        ]]
    );
}

#[test]
fn pieces_further_apart_than_twice_d_stay_apart() {
    let rects = [[0, 0, 100, 100], [200, 0, 300, 100]];
    let rings = closed_outlines(&rects, 20);
    assert_eq!(rings.len(), 2);
    assert_eq!(rings[0], vec![[0, 0], [100, 0], [100, 100], [0, 100]]);
    assert_eq!(rings[1], vec![[200, 0], [300, 0], [300, 100], [200, 100]]);
}

#[test]
fn a_hole_is_filled_and_without_d_the_union_is_plain() {
    // A frame of four rectangles around a 50 × 50 hole.
    let rects = [
        [0, 0, 150, 50],
        [0, 100, 150, 150],
        [0, 50, 50, 100],
        [100, 50, 150, 100],
    ];
    let rings = closed_outlines(&rects, 0);
    assert_eq!(rings, vec![vec![[0, 0], [150, 0], [150, 150], [0, 150]]]);
    assert_eq!(area(&rings[0]), 150 * 150);
}

#[test]
fn canonical_starts_top_left_and_runs_right() {
    let ring = vec![[0, 10], [0, 0], [5, 0], [10, 0], [10, 10], [10, 10]];
    assert_eq!(canonical(ring), vec![[0, 0], [10, 0], [10, 10], [0, 10]]);
}
