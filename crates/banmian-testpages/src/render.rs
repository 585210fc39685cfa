//! The page as a PDF, written with krilla: each line's glyphs placed one by one where the
//! layout put them (so the PDF's text layer is the truth's lines), the fonts subset and
//! embedded with their ToUnicode maps; rules, photos and boxes as paths. Same input,
//! same bytes: no dates, ids from hashes of the content.

use krilla::color::luma;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::{Document, SerializeSettings};

use crate::fonts::FontSet;
use crate::layout::{Line, Page, Shape};
use crate::metrics::Face;
use crate::Error;

fn grey(g: u8) -> Fill {
    Fill {
        paint: luma::Color::new(g).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

/// The page's PDF; `title` goes into its document information.
pub fn pdf(page: &Page, fonts: &FontSet, title: &str) -> Result<Vec<u8>, Error> {
    let settings = SerializeSettings {
        xmp_metadata: false,
        enable_tagging: false,
        ..SerializeSettings::default()
    };
    let mut doc = Document::new_with(settings);
    doc.set_metadata(
        Metadata::new()
            .title(title.to_owned())
            .creator("banmian-testpages".to_owned()),
    );
    let faces: Vec<(Face, Font)> = Face::ALL
        .iter()
        .filter_map(|&f| fonts.krilla_font(f).map(|font| (f, font)))
        .collect();
    let settings = PageSettings::from_wh(page.width as f32, page.height as f32)
        .ok_or_else(|| Error::Pdf("bad page size".into()))?;
    {
        let mut p = doc.start_page_with(settings);
        let mut s = p.surface();
        for shape in &page.shapes {
            let (path, fill, stroke) = match shape {
                Shape::Fill { rect, grey: g } => (rect_path(*rect)?, Some(grey(*g)), None),
                Shape::Poly { points, grey: g } => {
                    let mut pb = PathBuilder::new();
                    for (k, q) in points.iter().enumerate() {
                        if k == 0 {
                            pb.move_to(q[0] as f32, q[1] as f32);
                        } else {
                            pb.line_to(q[0] as f32, q[1] as f32);
                        }
                    }
                    pb.close();
                    let path = pb
                        .finish()
                        .ok_or_else(|| Error::Pdf("empty shape".into()))?;
                    (path, Some(grey(*g)), None)
                }
                Shape::Frame { rect, width } => {
                    let stroke = Stroke {
                        width: *width as f32,
                        ..Stroke::default()
                    };
                    (rect_path(*rect)?, None, Some(stroke))
                }
            };
            s.set_fill(fill);
            s.set_stroke(stroke);
            s.draw_path(&path);
        }
        s.set_stroke(None);
        s.set_fill(Some(grey(0)));
        let lines = page
            .header
            .lines
            .iter()
            .chain(page.parts.iter().flat_map(|p| &p.lines));
        for line in lines {
            draw_line(&mut s, line, fonts, &faces)?;
        }
        s.finish();
        p.finish();
    }
    doc.finish().map_err(|e| Error::Pdf(format!("{e:?}")))
}

fn rect_path(r: [f64; 4]) -> Result<krilla::geom::Path, Error> {
    let mut pb = PathBuilder::new();
    let rect = krilla::geom::Rect::from_ltrb(r[0] as f32, r[1] as f32, r[2] as f32, r[3] as f32)
        .ok_or_else(|| Error::Pdf(format!("bad rectangle {r:?}")))?;
    pb.push_rect(rect);
    pb.finish()
        .ok_or_else(|| Error::Pdf("empty rectangle".into()))
}

/// Draws a line glyph by glyph: each glyph's advance is the distance to the next one's
/// place, so justification spacing shows in the PDF as it is in the truth.
fn draw_line(
    s: &mut krilla::surface::Surface<'_>,
    line: &Line,
    fonts: &FontSet,
    faces: &[(Face, Font)],
) -> Result<(), Error> {
    let face = line.style.face;
    let size = line.style.size;
    let font = faces
        .iter()
        .find(|(f, _)| *f == face)
        .map(|(_, font)| font.clone())
        .ok_or_else(|| Error::Pdf(format!("no font for {}", face.name())))?;
    let chars: Vec<(usize, char)> = line.text.char_indices().collect();
    let mut glyphs = Vec::with_capacity(chars.len());
    for (k, &(at, c)) in chars.iter().enumerate() {
        let (gid, natural) = fonts.glyph(face, c).ok_or(Error::NoGlyph {
            face: face.name(),
            c,
        })?;
        let end = chars.get(k + 1).map_or(line.text.len(), |n| n.0);
        let advance = match line.xs.get(k + 1) {
            Some(next) => (next - line.xs[k]) / size,
            None => natural,
        };
        glyphs.push(KrillaGlyph::new(
            GlyphId::new(gid),
            advance as f32,
            0.0,
            0.0,
            0.0,
            at..end,
            None,
        ));
    }
    let Some(&x) = line.xs.first() else {
        return Ok(());
    };
    s.draw_glyphs(
        Point::from_xy(x as f32, line.baseline as f32),
        &glyphs,
        font,
        &line.text,
        size as f32,
        false,
    );
    Ok(())
}
