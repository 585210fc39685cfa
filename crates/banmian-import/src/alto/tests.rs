use super::*;

/// An ALTO page in the Library of Congress's v3 namespace with `blocks` inside its
/// PrintSpace.
fn loc_v3(unit: &str, blocks: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">
  <Description><MeasurementUnit>{unit}</MeasurementUnit></Description>
  <Layout><Page ID="P1" WIDTH="2000" HEIGHT="3000"><PrintSpace>
{blocks}
  </PrintSpace></Page></Layout>
</alto>"#
    )
}

fn s(x: u32, y: u32, content: &str) -> String {
    format!(r#"<String HPOS="{x}" VPOS="{y}" WIDTH="80" HEIGHT="40" CONTENT="{content}"/>"#)
}

#[test]
fn lines_in_order_with_marked_hyphens_and_punctuation_against_its_word() {
    let block = format!(
        r#"<TextBlock ID="B1" HPOS="100" VPOS="200" WIDTH="900" HEIGHT="180">
  <TextLine>{} <SP/> {} {} <HYP CONTENT="-"/></TextLine>
  <TextLine>{} {} <String HPOS="300" VPOS="260" WIDTH="80" HEIGHT="40" CONTENT="Dampf-" SUBS_TYPE="HypPart1" SUBS_CONTENT="Dampfschiff"/></TextLine>
  <TextLine><String HPOS="100" VPOS="320" WIDTH="80" HEIGHT="40" CONTENT="schiff" SUBS_TYPE="HypPart2" SUBS_CONTENT="Dampfschiff"/> {}</TextLine>
</TextBlock>"#,
        s(100, 200, "Die"),
        s(200, 200, "schnelle"),
        s(300, 200, "Eisen-"),
        s(100, 260, "bahn"),
        s(200, 260, ","),
        s(200, 320, "ab."),
    );
    let alto = read(&loc_v3("pixel", &block), None).unwrap();
    let b = &alto.blocks["B1"];
    assert_eq!(b.text, "Die schnelle Eisenbahn, Dampfschiff ab.");
    assert_eq!(b.rect, [100.0, 200.0, 900.0, 180.0]);
    assert_eq!(alto.size, Some((2000.0, 3000.0)));
}

#[test]
fn lines_listed_bottom_up_in_one_text_line_read_top_to_bottom() {
    // As the 1840 Erzähler's OCR lists them: the lower line first, in one TextLine.
    let block = format!(
        r#"<TextBlock ID="B" HPOS="0" VPOS="0" WIDTH="900" HEIGHT="200"><TextLine>{} {} {} {} {} {}</TextLine></TextBlock>"#,
        s(100, 105, "haben"),
        s(200, 103, "wir"),
        s(100, 60, "dem"),
        s(200, 58, "Nachstehen-"),
        s(100, 10, "Auch"),
        s(200, 12, "in"),
    );
    let alto = read(&loc_v3("pixel", &block), None).unwrap();
    assert_eq!(alto.blocks["B"].text, "Auch in dem Nachstehenhaben wir");
}

#[test]
fn unmarked_line_end_hyphens_join_only_a_lower_case_word_that_is_no_conjunction() {
    let block = format!(
        r#"<TextBlock ID="B" HPOS="0" VPOS="0" WIDTH="900" HEIGHT="400">
<TextLine>{} {}</TextLine><TextLine>{} {}</TextLine><TextLine>{} {}</TextLine><TextLine>{}</TextLine></TextBlock>"#,
        s(100, 10, "dem"),
        s(200, 10, "Nachstehen-"),
        s(100, 60, "den"),
        s(200, 60, "Nord-"),
        s(100, 110, "und"),
        s(200, 110, "Ost-"),
        s(100, 160, "Indien"),
    );
    let alto = read(&loc_v3("pixel", &block), None).unwrap();
    assert_eq!(
        alto.blocks["B"].text,
        "dem Nachstehenden Nord- und Ost- Indien"
    );
}

#[test]
fn tenths_of_millimetres_become_pixels_at_the_scan_resolution() {
    let block = r#"<TextBlock ID="B" HPOS="254" VPOS="508" WIDTH="2540" HEIGHT="127"/>"#;
    let alto = read(&loc_v3("mm10", block), Some(300.0)).unwrap();
    assert_eq!(alto.blocks["B"].rect, [300.0, 600.0, 3000.0, 150.0]);
    assert_eq!(alto.size, Some((2362.2, 3543.31)));
    let e = read(&loc_v3("mm10", block), None).unwrap_err();
    assert_eq!(e.line, Some(3));
    assert!(e.message.contains("no scan resolution"), "{}", e.message);
}

#[test]
fn ccs_alto_1_composed_blocks_and_illustrations() {
    let text = r#"<alto xmlns="http://schema.ccs-gmbh.com/ALTO"><Layout><Page WIDTH="10" HEIGHT="20"><PrintSpace>
<ComposedBlock ID="C1" HPOS="1" VPOS="1" WIDTH="8" HEIGHT="8">
  <TextBlock ID="T1" HPOS="1" VPOS="1" WIDTH="8" HEIGHT="2"><TextLine><String HPOS="1" VPOS="1" WIDTH="2" HEIGHT="2" CONTENT="Bild"/></TextLine></TextBlock>
  <Illustration ID="I1" HPOS="1" VPOS="3" WIDTH="8" HEIGHT="6"/>
</ComposedBlock></PrintSpace></Page></Layout></alto>"#;
    let alto = read(text, None).unwrap();
    assert_eq!(alto.blocks["C1"].parts, vec!["T1", "I1"]);
    assert_eq!(alto.blocks["T1"].text, "Bild");
    assert_eq!(alto.blocks["I1"].text, "");
    assert_eq!(alto.blocks["I1"].rect, [1.0, 3.0, 8.0, 6.0]);
    assert_eq!(alto.blocks["T1"].lines, (3, 3));
}

#[test]
fn what_is_not_alto_says_where() {
    let e = read("<alto>\n<Layout>\n</alto>", None).unwrap_err();
    assert_eq!(e.line, Some(3));
    assert!(
        e.message.starts_with("not well-formed XML"),
        "{}",
        e.message
    );
    let e = read("<html/>", None).unwrap_err();
    assert_eq!(e.message, "not ALTO: the root element is <html>");
    let e = read(&loc_v3("furlong", ""), None).unwrap_err();
    assert!(e.message.contains("furlong"), "{}", e.message);
}
