//! An issue from its page PDFs, with or without the pages' text export.
//!
//! `banmian import page-1.txt … --pdf page-1.pdf …`: the text export is read as ever and each
//! PDF is paired with its page (the number in the PDF's file name, else the `第N版` printed
//! on it; a file name and a header that disagree is an error). The PDF becomes the page's
//! image and its text layer tells where each story stands ([`crate::pdf::place`]).
//!
//! `banmian import page-1.pdf …`: the text comes from the PDFs' text layers, written as the
//! export would have it ([`crate::pdf::page_text`]) and read by the one text importer. A
//! page without a usable text layer (a scan) is said so, and still published as its image.

use banmian_model::{validate, Block, Issue, Page, Paper, Severity, Size, ISSUE_FORMAT};
use banmian_pdf::{Char, Document, PageInfo};

use crate::{diag, import, number_in_file_name, Diagnostic, Options, Report, Source};

/// One page PDF, read.
struct PagePdf<'a> {
    name: &'a str,
    number: u32,
    info: PageInfo,
    chars: Vec<Char>,
}

/// Imports an issue from its page PDFs and, when the desk has them, the pages' text
/// exports (`texts` empty: the text comes from the PDFs). Each page's `image` is its PDF's
/// name as given (the caller makes it relative to the issue file).
pub fn import_with_pdfs(texts: &[Source], pdfs: &[Source], options: &Options) -> Report {
    let given = !texts.is_empty();
    let mut diags = Vec::new();
    let mut read = Vec::new();
    for (index, source) in pdfs.iter().enumerate() {
        if let Some(pdf) = open(source, index, &mut diags) {
            read.push(pdf);
        }
    }
    if diags.iter().any(|d| d.severity == Severity::Error) {
        return Report {
            issue: None,
            diagnostics: diags,
            traces: Vec::new(),
        };
    }
    // Without an export, each PDF's text layer is the page's export.
    let from_pdfs: Vec<Source>;
    let texts = if !given {
        from_pdfs = read
            .iter()
            .filter_map(|pdf| {
                let text = crate::pdf::page_text(pdf.info, &pdf.chars);
                if text.is_none() {
                    diags.push(diag(
                        Severity::Warning,
                        Some(pdf.name),
                        None,
                        format!(
                            "page {}: no usable text layer (a scan, or fonts that do not say \
                             which characters they print): the page is published as its \
                             image, without stories",
                            pdf.number
                        ),
                    ));
                }
                Some(Source {
                    name: pdf.name.to_owned(),
                    bytes: text?.into_bytes(),
                })
            })
            .collect();
        if from_pdfs.is_empty() {
            return scans_only(&read, options, diags);
        }
        &from_pdfs[..]
    } else {
        texts
    };
    let mut report = import(texts, options);
    if !given {
        untitled_by_opening_words(&mut report);
        // Lines of a text the PDF never shows: say they are its text layer's.
        for d in &mut report.diagnostics {
            if let (Some(file), Some(_)) = (&mut d.file, d.line) {
                file.push_str(" (its text layer)");
            }
        }
    }
    report.diagnostics.append(&mut diags);
    if let Some(issue) = &mut report.issue {
        for pdf in &read {
            let page = match issue.pages.iter().position(|p| p.number == pdf.number) {
                Some(i) => &mut issue.pages[i],
                None if given => {
                    report.diagnostics.push(diag(
                        Severity::Error,
                        Some(pdf.name),
                        None,
                        format!(
                            "this PDF is page {}, and no page file given is page {}",
                            pdf.number, pdf.number
                        ),
                    ));
                    continue;
                }
                // A page with no text (a scan): its image alone, in its place.
                None => {
                    let at = issue.pages.partition_point(|p| p.number < pdf.number);
                    issue.pages.insert(at, picture_page(pdf));
                    &mut issue.pages[at]
                }
            };
            let (width, height) = banmian_pdf::pixel_size(pdf.info);
            page.image = Some(pdf.name.to_owned());
            page.image_size = Some(Size { width, height });
            if !page.articles.is_empty() {
                for mut d in crate::pdf::place(pdf.info, &pdf.chars, &mut page.articles) {
                    d.file = Some(pdf.name.to_owned());
                    report.diagnostics.push(d);
                }
            }
        }
        if given {
            for page in issue.pages.iter().filter(|p| p.image.is_none()) {
                report.diagnostics.push(diag(
                    Severity::Warning,
                    None,
                    None,
                    format!(
                        "page {} has no PDF: it is shown set from its text",
                        page.number
                    ),
                ));
            }
        }
        // The zones and lines found are checked as any issue's are.
        for problem in validate(issue) {
            if problem.path.contains(".zones") || problem.path.contains(".lines") {
                report.diagnostics.push(diag(
                    problem.severity,
                    None,
                    None,
                    format!("{}: {}", problem.path, problem.message),
                ));
            }
        }
    }
    report
}

/// Text read from a PDF that starts with body text (a story run on from another page with
/// no 上接 marker, as old papers print it) is no error the desk could mend in an export: the
/// piece is kept, named by its opening words as an untitled METS article is, with a warning.
fn untitled_by_opening_words(report: &mut Report) {
    const NO_HEADLINE: &str = "body text with no headline before it";
    let Some(issue) = &mut report.issue else {
        return;
    };
    let mut named = Vec::new();
    for (pi, page) in issue.pages.iter_mut().enumerate() {
        for (ai, a) in page.articles.iter_mut().enumerate() {
            if !a.headline.trim().is_empty() || a.continued_from.is_some() {
                continue;
            }
            let Some(Block::Paragraph { text }) = a.blocks.first() else {
                continue;
            };
            a.headline = crate::mets::opening_words(text);
            named.push(format!("pages[{pi}].articles[{ai}].headline: is empty"));
        }
    }
    report.diagnostics.retain(|d| !named.contains(&d.message));
    for d in &mut report.diagnostics {
        if d.severity == Severity::Error && d.message.starts_with(NO_HEADLINE) {
            d.severity = Severity::Warning;
            d.message = "text with no headline before it (run on from another page?): kept, \
                         named by its opening words"
                .into();
        }
    }
}

/// An issue of page PDFs none of which has text (scans): each page its image, no stories.
/// Nothing on the pages says the date or the paper, so `--date` must.
fn scans_only(read: &[PagePdf], options: &Options, mut diags: Vec<Diagnostic>) -> Report {
    let Some(date) = options.date.clone() else {
        diags.push(diag(
            Severity::Error,
            None,
            None,
            "no page PDF has text to read the date from: give --date YYYY-MM-DD (or the \
             pages' text export with them: banmian import page-1.txt … --pdf page-1.pdf …)"
                .into(),
        ));
        return Report {
            issue: None,
            diagnostics: diags,
            traces: Vec::new(),
        };
    };
    let mut pages: Vec<Page> = read.iter().map(picture_page).collect();
    pages.sort_by_key(|p| p.number);
    let issue = Issue {
        format: ISSUE_FORMAT.to_owned(),
        paper: Paper {
            id: options.paper_id.clone(),
            lang: options.lang.clone().unwrap_or_else(|| "zh-CN".to_owned()),
            ..Paper::default()
        },
        date,
        weekday: None,
        lunar_date: None,
        number: None,
        page_count: Some(pages.len() as u32),
        pages,
    };
    for problem in validate(&issue) {
        diags.push(diag(
            problem.severity,
            None,
            None,
            format!("{}: {}", problem.path, problem.message),
        ));
    }
    Report {
        issue: Some(issue),
        diagnostics: diags,
        traces: Vec::new(),
    }
}

/// A page that is its PDF's picture alone, no stories on it.
fn picture_page(pdf: &PagePdf) -> Page {
    let (width, height) = banmian_pdf::pixel_size(pdf.info);
    Page {
        number: pdf.number,
        label: Page::default_label(pdf.number),
        name: None,
        image: Some(pdf.name.to_owned()),
        image_size: Some(Size { width, height }),
        renditions: Vec::new(),
        pdf: None,
        articles: Vec::new(),
    }
}

/// Reads one page PDF: its page, glyphs and page number.
fn open<'a>(source: &'a Source, index: usize, diags: &mut Vec<Diagnostic>) -> Option<PagePdf<'a>> {
    let name = source.name.as_str();
    let fail = |diags: &mut Vec<Diagnostic>, message: String| {
        diags.push(diag(Severity::Error, Some(name), None, message));
    };
    let doc = match Document::open(&source.bytes) {
        Ok(doc) => doc,
        Err(e) => {
            fail(diags, e.to_string());
            return None;
        }
    };
    if doc.page_count() != 1 {
        fail(
            diags,
            format!(
                "has {} pages: give one PDF a page, as the layout system sends them to print",
                doc.page_count()
            ),
        );
        return None;
    }
    let (info, chars) = match doc.page(0).and_then(|info| Ok((info, doc.chars(0)?))) {
        Ok(read) => read,
        Err(e) => {
            fail(diags, e.to_string());
            return None;
        }
    };
    let printed = printed_number(&chars);
    let number = match (number_in_file_name(name), printed) {
        (Some(named), Some(printed)) if named != printed => {
            fail(
                diags,
                format!("its name says page {named}, and it prints 第{printed}版"),
            );
            return None;
        }
        (Some(n), _) | (None, Some(n)) => n,
        (None, None) => index as u32 + 1,
    };
    Some(PagePdf {
        name,
        number,
        info,
        chars,
    })
}

/// The page number a page prints in its header, `第4版`: the first `第N版` that is not a
/// jump marker's (`下转第4版`, `上接第1版`).
fn printed_number(chars: &[Char]) -> Option<u32> {
    let text: String = chars.iter().filter_map(|c| c.text.as_deref()).collect();
    let mut rest = text.as_str();
    while let Some(at) = rest.find('第') {
        let before = &rest[..at];
        let after = &rest[at + '第'.len_utf8()..];
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        let marker = before.ends_with(['转', '接']);
        if !digits.is_empty() && after[digits.len()..].starts_with('版') && !marker {
            return digits.parse().ok();
        }
        rest = after;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyphs(text: &str) -> Vec<Char> {
        text.chars()
            .enumerate()
            .map(|(i, c)| Char {
                text: Some(c.to_string()),
                rect: [i as f64 * 10.0, 0.0, i as f64 * 10.0 + 10.0, 10.0],
                size: 10.0,
            })
            .collect()
    }

    #[test]
    fn the_page_number_is_the_headers_not_a_markers() {
        assert_eq!(
            printed_number(&glyphs("（下转第4版）示例日报 第2版 要闻")),
            Some(2)
        );
        assert_eq!(printed_number(&glyphs("（上接第1版）没有版次")), None);
        assert_eq!(printed_number(&glyphs("第12版")), Some(12));
        assert_eq!(printed_number(&glyphs("第一版")), None);
    }
}
