use super::*;

#[test]
fn bylines_in_every_form() {
    for line in [
        "新华社记者 胡喆",
        "本报记者 王文安 通讯员 吕梁 周玉涛",
        "山西日报评论员",
        "本报评论员",
        "本报特约评论员",
        "记者刘冬冬",
        "本报记者 张三、李四",
        "文/张三",
        "本报记者 张三 摄",
        "By Jane Doe",
        "实习生 王五",
    ] {
        assert_eq!(byline(line).as_deref(), Some(line), "{line}");
    }
    // The bullet is kept: it is printed text.
    assert_eq!(
        byline("□ 本报记者 刘冬冬").as_deref(),
        Some("□ 本报记者 刘冬冬")
    );
}

#[test]
fn headlines_that_mention_reporters_are_not_bylines() {
    for line in [
        "他向记者讲述发展故事",
        "记者节：致敬新闻人",
        "科技创新实现新突破",
        "我市把精准服务送到企业心坎上",
        "By the river, a new bridge",
        "",
    ] {
        assert_eq!(byline(line), None, "{line}");
    }
}

#[test]
fn ledes_name_the_reporter() {
    assert_eq!(
        lede_byline("本报讯（记者刘冬冬）今年以来，市工业").as_deref(),
        Some("记者刘冬冬")
    );
    assert_eq!(
        lede_byline("本报讯 (记者 王菲 通讯员 张三) 3月31日").as_deref(),
        Some("记者 王菲 通讯员 张三")
    );
    assert_eq!(
        lede_byline("新华社北京4月2日电（记者胡喆）记者从").as_deref(),
        Some("记者胡喆")
    );
    assert_eq!(
        lede_byline("本报太原4月2日讯（记者 李明）").as_deref(),
        Some("记者 李明")
    );
    assert_eq!(lede_byline("今年以来（记者了解到），全市"), None);
    assert_eq!(lede_byline("本报讯（通报）全市"), None);
}

#[test]
fn source_notes_leave_the_text() {
    assert_eq!(
        source_note("交出优异答卷。（原载《山西日报》3月31日1版）"),
        Some(("交出优异答卷。".into(), "原载《山西日报》3月31日1版".into()))
    );
    assert_eq!(
        source_note("（来源：新华网）"),
        Some(("".into(), "来源：新华网".into()))
    );
    assert_eq!(source_note("全市共有企业67户（含分厂）"), None);
}
