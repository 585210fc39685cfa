use super::*;
use crate::text::lines;

#[track_caller]
fn read(text: &str) -> (Header, usize) {
    read_header(&lines(text))
}

#[test]
fn the_seed_masthead() {
    let text = "\n\n中共晋中市委主管主办 晋中日报社出版\n晋中新闻网: http://www.sxjzxw.com\n\n2026年4月\n\n3\n\n星期五\n\n丙午年二月十六\n\n第12966期\n今日4版\n\n国内统一连续出版物号\nCN 14-0023\n邮发代号 21-21\n\n\n\n筑牢防火防线 共护绿色清明\n";
    let (h, used) = read(text);
    assert_eq!(used, 11);
    assert_eq!(
        h,
        Header {
            name: Some("晋中日报".into()),
            sponsor: Some("中共晋中市委主管主办".into()),
            publisher: Some("晋中日报社出版".into()),
            website: Some("http://www.sxjzxw.com".into()),
            serial: Some("CN 14-0023".into()),
            postal_code: Some("21-21".into()),
            year: Some(2026),
            month: Some(4),
            day: Some(3),
            weekday: Some("星期五".into()),
            lunar_date: Some("丙午年二月十六".into()),
            number: Some(12966),
            page_count: Some(4),
            page: None,
            page_name: None,
        }
    );
    assert_eq!(h.date().as_deref(), Some("2026-04-03"));
}

#[test]
fn a_one_line_masthead_with_a_printed_name() {
    let (h, used) = read("太行日报\n2025年12月31日 星期三 农历乙巳年冬月十二 第8001期 今日8版\n国内统一连续出版物号：CN14-0001 邮发代号：21-1\n新年献词\n");
    assert_eq!(used, 3);
    assert_eq!(h.name.as_deref(), Some("太行日报"));
    assert_eq!(h.date().as_deref(), Some("2025-12-31"));
    assert_eq!(h.lunar_date.as_deref(), Some("乙巳年冬月十二"));
    assert_eq!(h.serial.as_deref(), Some("CN14-0001"));
    assert_eq!(h.postal_code.as_deref(), Some("21-1"));
    assert_eq!((h.number, h.page_count), (Some(8001), Some(8)));
}

#[test]
fn an_inner_page_running_header() {
    let (h, used) = read("2026年4月3日 星期五\n第2版 综合\n责任编辑：张三 校对： 李四\n本报讯（记者刘冬冬）今年以来。\n");
    assert_eq!(used, 3);
    assert_eq!((h.page, h.page_name.as_deref()), (Some(2), Some("综合")));
    assert_eq!(h.date().as_deref(), Some("2026-04-03"));
    assert_eq!(h.name, None);
}

#[test]
fn content_ends_the_zone_and_nothing_is_invented() {
    let (h, used) = read("第三版 要闻\n2026年工作要点\n");
    assert_eq!(used, 1);
    assert_eq!((h.page, h.page_name.as_deref()), (Some(3), Some("要闻")));
    let (h, used) = read("科技创新实现新突破\n");
    assert_eq!(used, 0);
    assert_eq!(h, Header::default());
    // A day number alone is only a day right after "2026年4月".
    let (_, used) = read("3\n");
    assert_eq!(used, 0);
}

#[test]
fn a_running_header_in_another_order() {
    // The page's name on a line of its own, above or below `第N版`, in any order with
    // the date: never a headline.
    for text in [
        "要闻\n第2版\n2026年4月3日 星期五\n标题\n",
        "2026年4月3日 星期五\n要闻\n第2版\n标题\n",
        "第2版\n要闻\n2026年4月3日 星期五\n标题\n",
        "要闻 第2版\n2026年4月3日 星期五\n\n标题\n",
    ] {
        let (h, used) = read(text);
        assert_eq!(
            used,
            text.lines().filter(|l| !l.is_empty()).count() - 1,
            "{text}"
        );
        assert_eq!((h.page, h.page_name.as_deref()), (Some(2), Some("要闻")));
        assert_eq!(h.date().as_deref(), Some("2026-04-03"));
    }
    // A short line not next to `第N版` ends the header: it is the first headline.
    let (h, used) = read("2026年4月3日 星期五\n第2版\n2026年4月3日\n要闻\n");
    assert_eq!((used, h.page_name), (3, None));
}
