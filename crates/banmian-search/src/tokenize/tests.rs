use super::*;

/// Units joined by `|`.
fn units(text: &str) -> String {
    tokenize(text)
        .iter()
        .map(|t| t.unit.to_string())
        .collect::<Vec<_>>()
        .join("|")
}

#[test]
fn goldens() {
    let cases = [
        ("政绩观", "政|绩|观"),
        ("C919大飞机", "c919|大|飞|机"),
        ("Ｃ９１９大飞机", "c919|大|飞|机"),
        (
            "全社会研发投入超过3.92万亿元",
            "全|社|会|研|发|投|入|超|过|3|92|万|亿|元",
        ),
        ("（下转第4版）", "下|转|第|4|版"),
        ("（下转第四版）", "下|转|第|四|版"),
        ("创新，推动“高质量”发展。", "创|新|推|动|高|质|量|发|展"),
        ("Continued on Page 6A", "continued|on|page|6a"),
        ("iPhone手机　和 ＡＩ", "iphone|手|机|和|ai"),
        ("", ""),
        ("，。！？……", ""),
        ("ひらがな한국어", "ひ|ら|が|な|한|국|어"),
        ("Ünïcode café", "ünïcode|café"),
    ];
    for (text, expect) in cases {
        assert_eq!(units(text), expect, "{text}");
    }
}

#[test]
fn spans_point_into_the_original_text() {
    let text = "记者Ｃ９１９，飞";
    let tokens = tokenize(text);
    let spans: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
    assert_eq!(spans, ["记", "者", "Ｃ９１９", "飞"]);
}
