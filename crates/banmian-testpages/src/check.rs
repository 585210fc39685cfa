//! Checks that a truth holds together: every polygon a simple rectilinear one on its
//! page, every line and block of a zone inside its polygon and every line inside one of
//! its blocks, no two zones of a page overlapping, no two lines overlapping, ids in
//! reading order and jumps that lead both ways.

use crate::polygon::{self, Rect};
use crate::truth::{Truth, TruthPage, Zone};

fn well_formed(r: &Rect) -> bool {
    r.iter().all(|v| v.is_finite()) && r[0] < r[2] && r[1] < r[3]
}

fn on_page(r: &Rect, page: &TruthPage) -> bool {
    r[0] >= 0.0 && r[1] >= 0.0 && r[2] <= page.width && r[3] <= page.height
}

fn within(inner: &Rect, outer: &Rect) -> bool {
    outer[0] <= inner[0] && inner[2] <= outer[2] && outer[1] <= inner[1] && inner[3] <= outer[3]
}

fn interiors_meet(a: &Rect, b: &Rect) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

fn zone(page: &TruthPage, name: &str, z: &Zone, problems: &mut Vec<String>) {
    let mut say = |what: String| problems.push(format!("page {} {name}: {what}", page.number));
    if let Some(why) = polygon::malformed(&z.polygon) {
        say(format!("polygon: {why}"));
        return;
    }
    for p in &z.polygon {
        if !(0.0..=page.width).contains(&p[0]) || !(0.0..=page.height).contains(&p[1]) {
            say(format!("polygon corner {p:?} is off the page"));
        }
    }
    if z.lines.is_empty() {
        say("no lines".into());
    }
    for b in &z.blocks {
        if !well_formed(&b.rect) || !on_page(&b.rect, page) {
            say(format!("block {:?} is empty or off the page", b.rect));
        } else if !polygon::rect_inside(&z.polygon, &b.rect) {
            say(format!("block {:?} is not inside its polygon", b.rect));
        }
    }
    for l in &z.lines {
        if l.text.trim().is_empty() {
            say("an empty line".into());
        }
        if !well_formed(&l.rect) || !on_page(&l.rect, page) {
            say(format!(
                "line {:?} {:?} is empty or off the page",
                l.text, l.rect
            ));
            continue;
        }
        if !polygon::rect_inside(&z.polygon, &l.rect) {
            say(format!(
                "line {:?} {:?} is not inside its polygon",
                l.text, l.rect
            ));
        }
        if !z.blocks.iter().any(|b| within(&l.rect, &b.rect)) {
            say(format!(
                "line {:?} {:?} is in none of its blocks",
                l.text, l.rect
            ));
        }
        let em = l.rect[3] - l.rect[1];
        if (em - l.size).abs() > 0.02 {
            say(format!("line {:?} is {em} tall at size {}", l.text, l.size));
        }
        if !(l.rect[1] < l.baseline && l.baseline < l.rect[3]) {
            say(format!(
                "line {:?}: its baseline is outside its box",
                l.text
            ));
        }
    }
}

/// Every way `truth` does not hold together; empty when it does.
pub fn check(truth: &Truth) -> Vec<String> {
    let mut problems = Vec::new();
    for page in &truth.pages {
        let mut zones: Vec<(String, &Zone)> = vec![("header".to_owned(), &page.header)];
        for (k, p) in page.parts.iter().enumerate() {
            let id = format!("{}-{}", page.number, k + 1);
            if p.id != id || p.page != page.number {
                problems.push(format!(
                    "page {}: part {} of the page is {} (page {})",
                    page.number,
                    k + 1,
                    p.id,
                    p.page
                ));
            }
            if p.headline.is_empty() {
                problems.push(format!("{}: no headline", p.id));
            }
            zones.push((p.id.clone(), &p.zone));
        }
        for (name, z) in &zones {
            zone(page, name, z, &mut problems);
        }
        for (i, (a, za)) in zones.iter().enumerate() {
            for (b, zb) in &zones[i + 1..] {
                if polygon::malformed(&za.polygon).is_none()
                    && polygon::malformed(&zb.polygon).is_none()
                    && polygon::overlap(&za.polygon, &zb.polygon)
                {
                    problems.push(format!("page {}: {a} and {b} overlap", page.number));
                }
            }
        }
        let lines: Vec<(&str, &crate::truth::TruthLine)> = zones
            .iter()
            .flat_map(|(n, z)| z.lines.iter().map(move |l| (n.as_str(), l)))
            .collect();
        for (i, (a, la)) in lines.iter().enumerate() {
            for (b, lb) in &lines[i + 1..] {
                if interiors_meet(&la.rect, &lb.rect) {
                    problems.push(format!(
                        "page {}: line {:?} of {a} and line {:?} of {b} overlap",
                        page.number, la.text, lb.text
                    ));
                }
            }
        }
    }
    // Jumps lead both ways (to the pages this truth holds).
    let find = |page: u32, id: &str| {
        truth
            .pages
            .iter()
            .filter(|p| p.number == page)
            .flat_map(|p| &p.parts)
            .find(|p| p.id == id)
    };
    let present = |page: u32| truth.pages.iter().any(|p| p.number == page);
    for p in truth.pages.iter().flat_map(|p| &p.parts) {
        if let Some(to) = p.continues_to.as_ref().filter(|to| present(to.page)) {
            match find(to.page, &to.id) {
                Some(q) if q.continued_from.as_ref().is_some_and(|f| f.id == p.id) => {}
                Some(_) => problems.push(format!(
                    "{} jumps to {}, which does not come from it",
                    p.id, to.id
                )),
                None => problems.push(format!("{} jumps to {}, which is not there", p.id, to.id)),
            }
        }
        if let Some(from) = p.continued_from.as_ref().filter(|f| present(f.page)) {
            match find(from.page, &from.id) {
                Some(q) if q.continues_to.as_ref().is_some_and(|t| t.id == p.id) => {}
                _ => problems.push(format!(
                    "{} comes from {}, which does not jump to it",
                    p.id, from.id
                )),
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests;
