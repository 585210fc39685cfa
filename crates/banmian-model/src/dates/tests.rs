use super::*;

#[test]
fn dates_read_as_printed() {
    assert_eq!(long_date("2026-04-03"), "2026年4月3日");
    assert_eq!(long_date("2026-12-31"), "2026年12月31日");
    assert_eq!(long_date("soon"), "soon");
    assert_eq!(month("2026-04-03"), "2026年4月");
}
