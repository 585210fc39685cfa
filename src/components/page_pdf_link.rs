//! "下载本版PDF": the page as the paper printed it, a PDF with its size, for a page that came
//! with one (`Page.pdf`, published beside its scan renditions).

use banmian_model::Page;
use leptos::prelude::*;

use crate::core::api::issue_asset_url;
use crate::router::use_nav;
use crate::strings;

/// A link to `page`'s PDF; nothing when it has none. `short`: the page strip's form, named
/// by the page's label.
#[component]
pub fn PagePdfLink(
    /// The page.
    page: Page,
    /// The page strip's small form (`PDF`, its label and size as its name).
    #[prop(optional)]
    short: bool,
) -> impl IntoView {
    let pdf = page.pdf?;
    let href = format!("{}{}", use_nav().base(), issue_asset_url(&pdf.src)?);
    Some(if short {
        let name = strings::page_pdf_short(&page.label, pdf.bytes);
        view! { <a class="page-pdf short" href=href type="application/pdf" download="" aria-label=name.clone() title=name>"PDF"</a> }.into_any()
    } else {
        view! { <a class="page-pdf" href=href type="application/pdf" download="">{strings::page_pdf(pdf.bytes)}</a> }.into_any()
    })
}
