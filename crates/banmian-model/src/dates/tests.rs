use super::*;

#[test]
fn dates_read_as_printed() {
    assert_eq!(long_date("2026-04-03"), "2026年4月3日");
    assert_eq!(long_date("2026-12-31"), "2026年12月31日");
    assert_eq!(long_date("soon"), "soon");
    assert_eq!(month("2026-04-03"), "2026年4月");
}

#[test]
fn day_numbers_count_days_since_1970() {
    // Checked against a calendar: 1970-01-01 was a Thursday, 2026-04-03 a Friday.
    assert_eq!(day_number("1970-01-01"), Some(0));
    assert_eq!(day_number("1970-01-02"), Some(1));
    assert_eq!(day_number("1969-12-31"), Some(-1));
    assert_eq!(
        day_number("2000-03-01")
            .zip(day_number("2000-02-28"))
            .map(|(a, b)| a - b),
        Some(2)
    );
    assert_eq!(day_number("2026-04-03"), Some(20546));
    assert_eq!(
        day_number("2026-04-03").map(|d| (d + 4).rem_euclid(7)),
        Some(5)
    );
    assert_eq!(day_number("2026-13-01"), None);
    assert_eq!(day_number("2026-04"), None);
    assert_eq!(day_number("not a date"), None);
}
