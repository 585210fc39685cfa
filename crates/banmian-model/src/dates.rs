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

/// `2026-04-03` → the days since 1970-01-01 (20546), for comparing dates and finding
/// weekdays (`(days + 4) % 7` is the weekday, Sunday 0); `None` for anything else.
/// Howard Hinnant's `days_from_civil`.
pub fn day_number(date: &str) -> Option<i64> {
    let (y, m, d) = parts(date)?;
    let d = d?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let (y, m, d) = (i64::from(y), i64::from(m), i64::from(d));
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + (153 * m + 2) / 5 + d - 1;
    Some(era * 146_097 + doe - 719_468)
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
