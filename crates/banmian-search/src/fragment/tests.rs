use super::body_text;

/// An article as `banmian publish` writes it (serde_json: the model's field order, its
/// escapes), and the next one.
const FILE: &str = concat!(
    r#"{"pages":[{"articles":[{"id":"1-1","kind":"story","kicker":"引题","#,
    r#""headline":"标题不在正文里","subheadline":"副题","byline":"记者 王\"明\"","#,
    r#""blocks":[{"type":"p","text":"第一段，说到\\路径\\和\n换行。"},"#,
    r#"{"type":"image","src":"a.jpg","width":null,"caption":"图片说明不是正文"},"#,
    r#"{"type":"subhead","text":"小标题"},{"type":"p","text":"第二段\u0001控制符。"}],"#,
    r#""continues_to":{"page":4,"label":"（下转第4版）"},"continued_from":null,"#,
    r#""zone":null,"zones":[[[1.0,2.0],[3.0,4.0],[5.0,6.0]]],"#,
    r#""lines":[{"text":"印出的行","rect":[0.0,0.0,1.0,1.0]}]},"#,
    r#"{"id":"1-2","kind":"story","kicker":null,"headline":"下一篇","#,
    r#""blocks":[{"type":"p","text":"别的故事"}]}]}]}"#
);

/// The bytes of [`FILE`] from where `from` starts to where `to` ends.
fn between(from: &str, to: &str) -> &'static [u8] {
    let a = FILE.find(from).unwrap();
    let b = FILE[a..].find(to).unwrap() + a + to.len();
    &FILE.as_bytes()[a..b]
}

#[test]
fn the_file_is_json() {
    let value: serde_json::Value = serde_json::from_str(FILE).unwrap();
    assert_eq!(
        value["pages"][0]["articles"][0]["blocks"][0]["text"],
        "第一段，说到\\路径\\和\n换行。"
    );
}

#[test]
fn reads_the_body_strings_of_a_window_and_skips_what_is_not_body() {
    // From the middle of the kicker to the middle of the last paragraph: the headline,
    // the picture's caption and the keys are not text; escapes are read.
    assert_eq!(
        body_text(between("题\",\"headline", "控制符")),
        "题\n副题\n记者 王\"明\"\n第一段，说到\\路径\\和 换行。\n小标题\n第二段\u{1}控制符"
    );
}

#[test]
fn stops_where_the_body_ends() {
    // A window that runs past the body (a story in parts, whose next part is far on):
    // neither the jump's label, nor the printed lines, nor the next story.
    assert_eq!(
        body_text(between("第二段", "别的故事")),
        "第二段\u{1}控制符。"
    );
}

#[test]
fn a_cut_character_or_escape_at_the_end_is_left_out() {
    let start = FILE.find("第一段").unwrap();
    let bytes = FILE.as_bytes();
    // Cut one byte into "段", then in the middle of "\\".
    assert_eq!(body_text(&bytes[start..start + 7]), "第一");
    let escape = FILE[start..].find('\\').unwrap() + start;
    assert_eq!(body_text(&bytes[start..escape + 1]), "第一段，说到");
    assert_eq!(body_text(b""), "");
}
