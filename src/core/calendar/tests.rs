use super::*;

fn keys(months: &[&str]) -> Vec<String> {
    months.iter().map(|m| (*m).to_owned()).collect()
}

#[test]
fn month_keys_read_as_year_and_month() {
    assert_eq!(parse_month("2026-04"), Some((2026, 4)));
    assert_eq!(parse_month("1999-12"), Some((1999, 12)));
    for bad in ["2026-13", "2026-00", "2026-4", "2026-04-01", "abcd-01", ""] {
        assert_eq!(parse_month(bad), None, "{bad}");
    }
}

#[test]
fn days_in_a_month_know_leap_years() {
    // Checked against a calendar.
    assert_eq!(days_in_month(2024, 2), 29);
    assert_eq!(days_in_month(2026, 2), 28);
    assert_eq!(days_in_month(2000, 2), 29, "divisible by 400");
    assert_eq!(days_in_month(1900, 2), 28, "divisible by 100");
    assert_eq!(days_in_month(2100, 2), 28);
    assert_eq!(days_in_month(2026, 4), 30);
    assert_eq!(days_in_month(2026, 3), 31);
    assert_eq!(days_in_month(2025, 12), 31);
    assert_eq!(days_in_month(2026, 13), 0);
}

#[test]
fn the_first_of_the_month_falls_in_its_weekday_column_monday_first() {
    // Checked against a calendar: Monday 0 … Sunday 6.
    assert_eq!(
        first_column("2026-04"),
        Some(2),
        "2026-04-01 is a Wednesday"
    );
    assert_eq!(first_column("2024-02"), Some(3), "2024-02-01 is a Thursday");
    assert_eq!(first_column("2026-03"), Some(6), "2026-03-01 is a Sunday");
    assert_eq!(first_column("2021-02"), Some(0), "2021-02-01 is a Monday");
    assert_eq!(first_column("1970-01"), Some(3), "1970-01-01 is a Thursday");
    assert_eq!(first_column("2026-13"), None);
}

#[test]
fn april_2026_has_two_blanks_before_and_three_after() {
    let w = weeks("2026-04");
    assert_eq!(w.len(), 5);
    assert_eq!(
        w[0],
        [None, None, Some(1), Some(2), Some(3), Some(4), Some(5)]
    );
    // 2026-04-03, the sample's issue, is a Friday (column 4); the 6th a Monday.
    assert_eq!(w[0][4], Some(3));
    assert_eq!(w[1][0], Some(6));
    assert_eq!(
        w[4],
        [Some(27), Some(28), Some(29), Some(30), None, None, None]
    );
}

#[test]
fn a_leap_february_ends_on_the_29th() {
    let w = weeks("2024-02");
    assert_eq!(w.len(), 5);
    assert_eq!(w[0], [None, None, None, Some(1), Some(2), Some(3), Some(4)]);
    // 2024-02-29 was a Thursday.
    assert_eq!(
        w[4],
        [Some(26), Some(27), Some(28), Some(29), None, None, None]
    );
}

#[test]
fn a_february_from_a_monday_fills_four_weeks_and_a_sunday_start_six() {
    let feb = weeks("2021-02");
    assert_eq!(feb.len(), 4);
    assert_eq!(feb[0][0], Some(1));
    assert_eq!(feb[3][6], Some(28));
    let march = weeks("2026-03");
    assert_eq!(march.len(), 6);
    assert_eq!(march[0], [None, None, None, None, None, None, Some(1)]);
    // 2026-03-30 was a Monday.
    assert_eq!(march[5], [Some(30), Some(31), None, None, None, None, None]);
    // Every day once, in order.
    let days: Vec<u32> = march.iter().flatten().flatten().copied().collect();
    assert_eq!(days, (1..=31).collect::<Vec<_>>());
    assert!(weeks("2026-00").is_empty());
}

#[test]
fn days_are_dates() {
    assert_eq!(date_of("2026-04", 3), "2026-04-03");
    assert_eq!(date_of("2025-12", 30), "2025-12-30");
}

#[test]
fn the_months_before_and_after_skip_the_months_without_issues() {
    let months = keys(&["2026-04", "2026-02", "2026-01", "2025-12"]);
    assert_eq!(
        month_before(&months, "2026-04"),
        Some("2026-02"),
        "no March"
    );
    assert_eq!(month_after(&months, "2026-02"), Some("2026-04"));
    assert_eq!(
        month_before(&months, "2026-01"),
        Some("2025-12"),
        "across a year"
    );
    assert_eq!(month_after(&months, "2025-12"), Some("2026-01"));
    assert_eq!(month_before(&months, "2025-12"), None, "the oldest");
    assert_eq!(month_after(&months, "2026-04"), None, "the newest");
    // A month without issues still has neighbours.
    assert_eq!(month_before(&months, "2026-03"), Some("2026-02"));
    assert_eq!(month_after(&months, "2026-03"), Some("2026-04"));
    assert_eq!(month_before(&[], "2026-03"), None);
}

#[test]
fn each_year_leads_to_its_newest_month() {
    let months = keys(&[
        "2026-04", "2026-02", "2026-01", "2025-12", "2025-03", "2023-07",
    ]);
    assert_eq!(
        years(&months),
        [
            ("2023".to_owned(), "2023-07".to_owned()),
            ("2025".to_owned(), "2025-12".to_owned()),
            ("2026".to_owned(), "2026-04".to_owned()),
        ]
    );
    assert!(years(&[]).is_empty());
}
