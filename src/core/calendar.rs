//! The archive as a calendar: a month's grid, its weeks Monday first as Chinese calendars
//! print them (一 二 三 四 五 六 日), and the months and years a reader can go to. Months
//! are keys, `YYYY-MM`; the months with issues come from the catalog
//! (`Catalog::month_keys`, newest first).

use std::collections::BTreeMap;

use crate::core::route::is_month;

/// A week of the grid: the day of the month in each column, Monday first; `None` before
/// the first and after the last day.
pub type Week = [Option<u32>; 7];

/// `2026-04` → `(2026, 4)`; `None` for anything but a month key.
pub fn parse_month(key: &str) -> Option<(i32, u32)> {
    if !is_month(key) {
        return None;
    }
    Some((key.get(..4)?.parse().ok()?, key.get(5..)?.parse().ok()?))
}

/// Whether `year` has a 29 February (Gregorian).
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// How many days `month` (1 to 12) of `year` has; 0 for no month.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The column of `date` (`YYYY-MM-DD`) in a week printed Monday first: its weekday,
/// Monday 0 … Sunday 6.
pub fn column(date: &str) -> Option<usize> {
    let days = banmian_model::day_number(date)?;
    // 1970-01-01 (day 0) was a Thursday, column 3.
    usize::try_from((days + 3).rem_euclid(7)).ok()
}

/// The column of the first day of the month `key`: Monday 0 … Sunday 6.
pub fn first_column(key: &str) -> Option<usize> {
    column(&date_of(key, 1))
}

/// The weeks of the month `key`, Monday first, with blanks before its first day and after
/// its last; empty for anything but a month key.
pub fn weeks(key: &str) -> Vec<Week> {
    let (Some((year, month)), Some(lead)) = (parse_month(key), first_column(key)) else {
        return Vec::new();
    };
    let days = days_in_month(year, month);
    let cells = (lead + days as usize).div_ceil(7) * 7;
    (0..cells)
        .map(|i| {
            let day = i.checked_sub(lead).map(|d| d as u32 + 1);
            day.filter(|&d| d <= days)
        })
        .collect::<Vec<_>>()
        .chunks(7)
        .map(|w| {
            let mut week = [None; 7];
            week.copy_from_slice(w);
            week
        })
        .collect()
}

/// The date of `day` in the month `key`: `2026-04`, 3 → `2026-04-03`.
pub fn date_of(key: &str, day: u32) -> String {
    format!("{key}-{day:02}")
}

/// The newest month with issues before `month` (`months` in any order), skipping the
/// months without.
pub fn month_before<'a>(months: &'a [String], month: &str) -> Option<&'a str> {
    months
        .iter()
        .map(String::as_str)
        .filter(|m| *m < month)
        .max()
}

/// The oldest month with issues after `month`.
pub fn month_after<'a>(months: &'a [String], month: &str) -> Option<&'a str> {
    months
        .iter()
        .map(String::as_str)
        .filter(|m| *m > month)
        .min()
}

/// The years with issues, oldest first, each with its newest month with issues:
/// `[("2025", "2025-12"), ("2026", "2026-04")]`.
pub fn years(months: &[String]) -> Vec<(String, String)> {
    let mut newest: BTreeMap<&str, &str> = BTreeMap::new();
    for m in months.iter().filter(|m| is_month(m)) {
        let year = &m[..4];
        let kept = newest.entry(year).or_insert(m);
        if m.as_str() > *kept {
            *kept = m;
        }
    }
    newest
        .into_iter()
        .map(|(y, m)| (y.to_owned(), m.to_owned()))
        .collect()
}

#[cfg(test)]
mod tests;
