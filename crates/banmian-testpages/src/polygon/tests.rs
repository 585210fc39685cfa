use super::*;

#[test]
fn one_rectangle_is_its_own_outline() {
    let poly = outline(&[[10.0, 20.0, 30.0, 50.0]]).unwrap();
    assert_eq!(
        poly,
        vec![[10.0, 20.0], [30.0, 20.0], [30.0, 50.0], [10.0, 50.0]]
    );
    assert_eq!(malformed(&poly), None);
}

#[test]
fn an_l_turns_a_column_corner() {
    // A column down the left, then two columns under a neighbour, gutters 14 wide.
    let blocks = [
        [0.0, 0.0, 140.0, 700.0],
        [154.0, 400.0, 294.0, 700.0],
        [308.0, 400.0, 448.0, 700.0],
    ];
    let poly = zone(&blocks, 24.0).unwrap();
    assert_eq!(
        poly,
        vec![
            [0.0, 0.0],
            [140.0, 0.0],
            [140.0, 400.0],
            [448.0, 400.0],
            [448.0, 700.0],
            [0.0, 700.0]
        ]
    );
    assert_eq!(malformed(&poly), None);
    assert!(rect_inside(&poly, &[0.0, 0.0, 140.0, 10.0]));
    assert!(rect_inside(&poly, &[300.0, 400.0, 448.0, 700.0]));
    // The neighbour's corner is not in it.
    assert!(!rect_inside(&poly, &[150.0, 390.0, 160.0, 410.0]));
    let neighbour = outline(&[[154.0, 0.0, 448.0, 390.0]]).unwrap();
    assert!(!overlap(&poly, &neighbour));
    let touching = outline(&[[154.0, 0.0, 448.0, 400.0]]).unwrap();
    assert!(!overlap(&poly, &touching), "sharing an edge is no overlap");
    let into = outline(&[[154.0, 0.0, 448.0, 401.0]]).unwrap();
    assert!(overlap(&poly, &into));
}

#[test]
fn holes_are_filled_and_gaps_too_wide_are_not_bridged() {
    // A headline over two columns leaves a hole in the gutter under it: filled.
    let blocks = [
        [0.0, 0.0, 294.0, 40.0],
        [0.0, 50.0, 140.0, 300.0],
        [154.0, 50.0, 294.0, 300.0],
    ];
    let poly = zone(&blocks, 24.0).unwrap();
    assert_eq!(poly.len(), 4, "{poly:?}");
    // Columns 40 apart are two pieces.
    let apart = [[0.0, 0.0, 140.0, 100.0], [180.0, 0.0, 320.0, 100.0]];
    assert!(zone(&apart, 24.0).is_err());
    // Pieces touching only at a corner are refused.
    let corner = [[0.0, 0.0, 10.0, 10.0], [10.0, 10.0, 20.0, 20.0]];
    assert!(outline(&corner).is_err());
}

#[test]
fn malformed_polygons_are_named() {
    let bow = [
        [0.0, 0.0],
        [10.0, 0.0],
        [10.0, 10.0],
        [5.0, 10.0],
        [5.0, -5.0],
        [0.0, -5.0],
    ];
    assert!(malformed(&bow).is_some(), "edges cross");
    let slanted = [[0.0, 0.0], [10.0, 1.0], [10.0, 10.0], [0.0, 10.0]];
    assert!(malformed(&slanted).is_some());
    assert!(malformed(&[[0.0, 0.0], [1.0, 0.0]]).is_some());
}
