use super::*;

const METS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<mets xmlns="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mods="http://www.loc.gov/mods/v3">
  <dmdSec ID="ISSUE"><mdWrap MDTYPE="MODS"><xmlData><mods:mods>
    <mods:relatedItem type="host"><mods:titleInfo><mods:title>Der Bote</mods:title></mods:titleInfo></mods:relatedItem>
    <mods:language><mods:languageTerm authority="iso639-2b">ger</mods:languageTerm></mods:language>
    <mods:part><mods:detail type="issue"><mods:number>15</mods:number></mods:detail></mods:part>
    <mods:originInfo><mods:dateIssued encoding="iso8601">1851-03-07</mods:dateIssued></mods:originInfo>
  </mods:mods></xmlData></mdWrap></dmdSec>
  <amdSec ID="MIX1"><techMD ID="T1"><mdWrap MDTYPE="NISOIMG"><xmlData>
    <XphysScanResolution>300</XphysScanResolution></xmlData></mdWrap></techMD></amdSec>
  <fileSec>
    <fileGrp USE="Images">
      <file ID="IMG1" MIMETYPE="image/jp2" ADMID="MIX1"><FLocat LOCTYPE="URL" xlink:href="file://./img/1.jp2"/></file>
      <file ID="IMG2" MIMETYPE="image/jp2"><FLocat LOCTYPE="URL" xlink:href="img/2.jp2"/></file>
    </fileGrp>
    <fileGrp USE="Text">
      <file ID="ALTO1" MIMETYPE="text/xml"><FLocat LOCTYPE="URL" xlink:href="alto/1.xml"/></file>
      <file ID="ALTO2" MIMETYPE="text/xml"><FLocat LOCTYPE="URL" xlink:href="alto/2.xml"/></file>
    </fileGrp>
  </fileSec>
  <structMap TYPE="PHYSICAL"><div TYPE="Newspaper">
    <div TYPE="page" ORDER="2" ORDERLABEL="2"><fptr><area FILEID="IMG2"/></fptr><fptr><area FILEID="ALTO2" BEGIN="P2"/></fptr></div>
    <div TYPE="page" ORDER="1" ORDERLABEL="1"><fptr><area FILEID="IMG1"/></fptr><fptr><area FILEID="ALTO1" BEGIN="P1"/></fptr></div>
  </div></structMap>
  <structMap TYPE="LOGICAL"><div TYPE="Newspaper"><div TYPE="CONTENT">
    <div ID="A1" TYPE="Article" LABEL="Untitled Article">
      <div TYPE="HEADING"><div TYPE="TITLE"><fptr><area FILEID="ALTO1" BEGIN="B-title"/></fptr></div></div>
      <div TYPE="AUTHOR"><fptr><area FILEID="ALTO1" BEGIN="B-by"/></fptr></div>
      <div TYPE="BODY"><div TYPE="BODY_CONTENT">
        <div TYPE="PARAGRAPH"><fptr><area FILEID="ALTO1" BEGIN="B-p1a"/></fptr><fptr><area FILEID="ALTO1" BEGIN="B-p1b"/></fptr></div>
        <div TYPE="PARAGRAPH"><fptr><area FILEID="ALTO2" BEGIN="B-p2"/></fptr></div>
        <div TYPE="PARAGRAPH"><fptr><area FILEID="ALTO2" BEGIN="B-nowhere"/></fptr></div>
      </div></div>
    </div>
    <div ID="A2" TYPE="ARTICLE" LABEL="Vermischtes">
      <div TYPE="BODY"><fptr><area FILEID="ALTO2" BEGIN="C1"/></fptr></div>
    </div>
    <div ID="A3" TYPE="Article" LABEL="Untitled Article"><fptr><area FILEID="ALTO2" BEGIN="B-empty"/></fptr></div>
  </div></div></structMap>
</mets>"#;

fn block(id: &str, [x, y, w, h]: [u32; 4], text: &str) -> String {
    let words: String = text
        .split(' ')
        .enumerate()
        .map(|(i, t)| {
            format!(
                r#"<String HPOS="{}" VPOS="{y}" WIDTH="10" HEIGHT="10" CONTENT="{t}"/>"#,
                x + 20 * i as u32
            )
        })
        .collect();
    format!(
        r#"<TextBlock ID="{id}" HPOS="{x}" VPOS="{y}" WIDTH="{w}" HEIGHT="{h}"><TextLine>{words}</TextLine></TextBlock>"#
    )
}

/// Page 1 in tenths of a millimetre (the METS gives 300 dpi for its scan), page 2 in pixels.
fn alto(href: &str) -> Result<Vec<u8>, String> {
    let (unit, blocks) = match href {
        "alto/1.xml" => (
            "mm10",
            [
                block("B-title", [254, 254, 1270, 254], "Aus der Schweiz"),
                block("B-by", [254, 508, 1270, 127], "Von unserem Korrespondenten"),
                block("B-p1a", [254, 635, 1270, 635], "Der Winter war lang."),
                block("B-p1b", [254, 1270, 1270, 635], "Nun taut es."),
            ]
            .concat(),
        ),
        "alto/2.xml" => (
            "pixel",
            [
                block("B-p2", [100, 100, 800, 400], "Die Straße ist offen."),
                r#"<ComposedBlock ID="C1" HPOS="1000" VPOS="100" WIDTH="800" HEIGHT="900">"#.to_owned(),
                block("C1-t", [1000, 100, 800, 300], "Ein Brand in Wil."),
                r#"<Illustration ID="C1-i" HPOS="1000" VPOS="420" WIDTH="800" HEIGHT="580"/></ComposedBlock>"#.to_owned(),
                r#"<TextBlock ID="B-empty" HPOS="5" VPOS="5" WIDTH="2" HEIGHT="2"/>"#.to_owned(),
            ]
            .concat(),
        ),
        other => return Err(format!("{other}: no such file")),
    };
    Ok(format!(
        r#"<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Description><MeasurementUnit>{unit}</MeasurementUnit></Description>
<Layout><Page WIDTH="{w}" HEIGHT="{h}"><PrintSpace>{blocks}</PrintSpace></Page></Layout></alto>"#,
        w = if unit == "pixel" { 2000 } else { 1693 },
        h = if unit == "pixel" { 3000 } else { 2540 },
    )
    .into_bytes())
}

fn import(mets: &str, read: &mut ReadFile) -> Report {
    let source = Source {
        name: "issues/1851-03-07/mets.xml".into(),
        bytes: mets.as_bytes().to_vec(),
    };
    import_mets(&source, read, &Options::default())
}

fn messages(report: &Report) -> Vec<String> {
    report.diagnostics.iter().map(ToString::to_string).collect()
}

#[test]
fn pages_articles_jumps_zones_and_mods() {
    let report = import(METS, &mut alto);
    assert_eq!(
        messages(&report),
        ["issues/1851-03-07/mets.xml:32: warning: area BEGIN=\"B-nowhere\" names no block in issues/1851-03-07/alto/2.xml",
         "issues/1851-03-07/mets.xml:38: warning: article A3 has no text: left out"]
    );
    let issue = report.issue.unwrap();
    assert_eq!(issue.date, "1851-03-07");
    assert_eq!(issue.paper.name.as_deref(), Some("Der Bote"));
    assert_eq!(issue.paper.lang, "de");
    assert_eq!(issue.number, Some(15));
    assert_eq!(issue.page_count, Some(2));
    // Pages in ORDER, each with its scan (relative to the METS) and its size in pixels:
    // 2540 tenths of a millimetre (10 inches) at 300 dpi are 3000 pixels, 1693 are 1999.6.
    let p1 = &issue.pages[0];
    assert_eq!(
        (p1.number, p1.label.as_str(), p1.image.as_deref()),
        (1, "1", Some("img/1.jp2"))
    );
    assert_eq!(
        p1.image_size,
        Some(Size {
            width: 2000,
            height: 3000
        })
    );
    assert_eq!(issue.pages[1].image.as_deref(), Some("img/2.jp2"));
    // The article: title, byline, a paragraph of two blocks; continued on page 2.
    let a = &p1.articles[0];
    assert_eq!(
        (a.id.as_str(), a.headline.as_str()),
        ("1-1", "Aus der Schweiz")
    );
    assert_eq!(a.byline.as_deref(), Some("Von unserem Korrespondenten"));
    assert_eq!(
        a.blocks,
        vec![Block::Paragraph {
            text: "Der Winter war lang. Nun taut es.".into()
        }]
    );
    assert_eq!(
        a.continues_to,
        Some(Jump {
            page: 2,
            article: Some("2-1".into()),
            label: None
        })
    );
    // Its four blocks stand one under another in one column: one rectangle, in pixels.
    assert_eq!(
        a.zones,
        vec![vec![
            [300.0, 300.0],
            [1800.0, 300.0],
            [1800.0, 2250.0],
            [300.0, 2250.0]
        ]]
    );
    let p2 = &issue.pages[1].articles;
    assert_eq!(p2.len(), 2);
    assert_eq!(
        (p2[0].id.as_str(), p2[0].headline.as_str()),
        ("2-1", "Aus der Schweiz")
    );
    assert_eq!(
        p2[0].continued_from,
        Some(Jump {
            page: 1,
            article: Some("1-1".into()),
            label: None
        })
    );
    assert_eq!(
        p2[0].blocks,
        vec![Block::Paragraph {
            text: "Die Straße ist offen.".into()
        }]
    );
    // A composed block: its text block and its picture, one under the other.
    assert_eq!(
        (p2[1].headline.as_str(), p2[1].kind.clone()),
        ("Vermischtes", Kind::Article)
    );
    assert_eq!(
        p2[1].blocks,
        vec![Block::Paragraph {
            text: "Ein Brand in Wil.".into()
        }]
    );
    assert_eq!(
        p2[1].zones,
        vec![vec![
            [1000.0, 100.0],
            [1800.0, 100.0],
            [1800.0, 1000.0],
            [1000.0, 1000.0]
        ]]
    );
    // Where each came from, for the outline.
    assert_eq!(report.traces[0].file, "issues/1851-03-07/alto/1.xml");
    assert!(
        report.traces[0].why.contains("METS A1"),
        "{}",
        report.traces[0].why
    );
}

#[test]
fn a_missing_alto_file_is_an_error_naming_it_and_the_rest_still_reads() {
    let mut only_page_two = |href: &str| match href {
        "alto/1.xml" => Err("cannot read (No such file or directory)".to_owned()),
        other => alto(other),
    };
    let report = import(METS, &mut only_page_two);
    assert!(report.has_errors());
    assert_eq!(
        messages(&report)[0],
        "issues/1851-03-07/alto/1.xml: error: cannot read (No such file or directory)"
    );
    // Page 2 alone is still read: its article, no longer continued from page 1.
    let issue = report.issue.unwrap();
    assert_eq!(issue.pages.len(), 1);
    assert_eq!(issue.pages[0].articles[0].continued_from, None);
}

#[test]
fn what_is_not_a_readable_mets_says_where() {
    let no_date = METS.replace(
        "<mods:dateIssued encoding=\"iso8601\">1851-03-07</mods:dateIssued>",
        "",
    );
    let named = Source {
        name: "b/18510307_01-METS.xml".into(),
        bytes: no_date.as_bytes().to_vec(),
    };
    let report = import_mets(&named, &mut alto, &Options::default());
    assert!(messages(&report).contains(&"b/18510307_01-METS.xml: warning: no MODS dateIssued: the date 1851-03-07 is read from the file's name".to_owned()));
    assert_eq!(report.issue.unwrap().date, "1851-03-07");
    let source = Source {
        name: "x/mets.xml".into(),
        bytes: no_date.into_bytes(),
    };
    let report = import_mets(&source, &mut alto, &Options::default());
    assert_eq!(messages(&report)[0], "x/mets.xml: error: no MODS dateIssued and no date in the file's name: give --date YYYY-MM-DD");
    assert!(report.issue.is_none());
    let report = import(
        "<mets xmlns=\"http://www.loc.gov/METS/\">\n<fileSec>\n</mets>",
        &mut alto,
    );
    assert_eq!(report.diagnostics[0].line, Some(3));
    let report = import(
        &METS.replace("TYPE=\"LOGICAL\"", "TYPE=\"OTHER\""),
        &mut alto,
    );
    assert!(messages(&report)[0]
        .ends_with("no logical structMap (TYPE=\"LOGICAL\"): the articles are not listed"));
}

#[test]
fn mets_is_known_by_its_content() {
    assert!(is_mets(METS.as_bytes()));
    assert!(is_mets(
        b"\xef\xbb\xbf<?xml version=\"1.0\"?>\n<METS:mets xmlns:METS=\"http://www.loc.gov/METS/\">"
    ));
    assert!(!is_mets("晋中日报\n2026年4月3日 <mets>".as_bytes()));
    assert!(!is_mets(
        b"<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v3#\"/>"
    ));
}

#[test]
fn dates_languages_and_openings() {
    assert_eq!(
        date_in_name("a/18400221_01-METS.xml").as_deref(),
        Some("1840-02-21")
    );
    assert_eq!(date_in_name("a/1840022101-METS.xml"), None);
    assert_eq!(date_in_name("a/18401321_01-METS.xml"), None);
    assert_eq!(
        iso_date("1851-03-07T00:00:00").as_deref(),
        Some("1851-03-07")
    );
    assert_eq!(bcp47("ger").as_deref(), Some("de"));
    assert_eq!(bcp47("zh-Hant").as_deref(), Some("zh-hant"));
    assert_eq!(bcp47("German"), None);
    assert_eq!(
        opening_words("Der Winter war lang und kalt, und im Frühjahr kam die Flut."),
        "Der Winter war lang und kalt,…"
    );
}

#[test]
fn blocks_in_other_columns_or_far_apart_stay_apart() {
    let z = zones(
        &[
            [0.0, 0.0, 100.0, 100.0],
            [0.0, 500.0, 100.0, 100.0],
            [300.0, 600.0, 100.0, 100.0],
        ],
        Some((1000.0, 1000.0)),
    );
    assert_eq!(z.len(), 3);
    // A block past the page's edge is cut at it.
    let z = zones(&[[900.0, 900.0, 200.0, 200.0]], Some((1000.0, 1000.0)));
    assert_eq!(
        z,
        vec![vec![
            [900.0, 900.0],
            [1000.0, 900.0],
            [1000.0, 1000.0],
            [900.0, 1000.0]
        ]]
    );
}
