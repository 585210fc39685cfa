use super::*;
use crate::issue;
use crate::metrics::FixedMetrics;
use crate::truth::{self, Truth};

fn truth() -> Truth {
    truth::truth(&issue::build(&FixedMetrics).unwrap(), &[]).unwrap()
}

fn finds(t: &Truth, what: &str) {
    let problems = check(t);
    assert!(
        problems.iter().any(|p| p.contains(what)),
        "no problem saying {what:?} in {problems:#?}"
    );
}

#[test]
fn a_sound_truth_has_no_problems() {
    assert_eq!(check(&truth()), Vec::<String>::new());
}

#[test]
fn a_line_outside_its_story_is_found() {
    let mut t = truth();
    // The lead's first line moved over the commentary.
    let over = t.pages[0].parts[2].zone.lines[5].rect;
    t.pages[0].parts[1].zone.lines[0].rect = over;
    finds(&t, "is not inside its polygon");
    finds(&t, "is in none of its blocks");
    finds(&t, "overlap");
}

#[test]
fn overlapping_stories_are_found() {
    let mut t = truth();
    // The L's neighbour made to reach down into the L's foot.
    let neighbour = &mut t.pages[0].parts[6].zone;
    for p in &mut neighbour.polygon {
        if p[1] > 900.0 {
            p[1] += 100.0;
        }
    }
    finds(&t, "1-6 and 1-7 overlap");
}

#[test]
fn a_broken_polygon_is_found() {
    let mut t = truth();
    t.pages[1].parts[0].zone.polygon.pop();
    finds(&t, "polygon");
    let mut t = truth();
    t.pages[1].parts[0].zone.polygon[0][0] += 1.0;
    finds(&t, "not axis-parallel");
}

#[test]
fn a_line_off_the_page_is_found() {
    let mut t = truth();
    t.pages[2].parts[0].zone.lines[0].rect[0] = -3.0;
    finds(&t, "off the page");
}

#[test]
fn a_one_way_jump_is_found() {
    let mut t = truth();
    t.pages[3].parts[0].continued_from = None;
    finds(&t, "which does not come from it");
}

#[test]
fn parts_out_of_reading_order_are_found() {
    let mut t = truth();
    t.pages[1].parts.swap(0, 1);
    finds(&t, "part 1 of the page is 2-2");
}
