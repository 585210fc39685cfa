//! Issue dates as a Chinese reader reads them.

/// `2026-04-03` → `2026年4月3日`; anything else is returned as it is.
pub fn long_date(date: &str) -> String {
    match parts(date) {
        Some((y, m, Some(d))) => format!("{y}年{m}月{d}日"),
        _ => date.to_owned(),
    }
}

/// `2026-04-03` → `2026年4月`, for grouping an archive by month.
pub fn month(date: &str) -> String {
    match parts(date) {
        Some((y, m, _)) => format!("{y}年{m}月"),
        None => date.to_owned(),
    }
}

fn parts(date: &str) -> Option<(u32, u32, Option<u32>)> {
    let mut it = date.split('-').map(|p| p.parse::<u32>().ok());
    let y = it.next()??;
    let m = it.next()??;
    let d = it.next().flatten();
    Some((y, m, d))
}

#[cfg(test)]
mod tests;
