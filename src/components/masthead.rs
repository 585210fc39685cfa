//! The masthead of page 1, as the printed paper sets it: the paper's name and owners in
//! its language; date, weekday, 农历, 期号, 今日N版, CN and 邮发代号 under the UI's labels
//! (`strings.rs`), so the English UI says "3 April 2026 Friday lunar calendar …".

use banmian_model::Issue;
use leptos::prelude::*;

use crate::strings;

/// Paper name, sponsor and publisher, date, weekday, lunar date, 期号, 今日N版, CN and 邮发代号.
#[component]
pub fn Masthead(
    /// The issue.
    issue: std::sync::Arc<Issue>,
) -> impl IntoView {
    let p = &issue.paper;
    let name = p
        .name
        .clone()
        .unwrap_or_else(|| strings::t().app_name.to_owned());
    let owners: Vec<String> = [p.sponsor.clone(), p.publisher.clone()]
        .into_iter()
        .flatten()
        .collect();
    let date_line: Vec<String> = [
        Some(strings::date(&issue.date)),
        strings::weekday(&issue.date, issue.weekday.as_deref()),
        issue.lunar_date.as_deref().map(strings::lunar),
    ]
    .into_iter()
    .flatten()
    .collect();
    let numbers: Vec<String> = [
        issue.number.map(strings::issue_number),
        issue.page_count.map(strings::page_count),
    ]
    .into_iter()
    .flatten()
    .collect();
    let serial = p.serial.as_deref().map(strings::serial);
    let postal = p.postal_code.as_deref().map(strings::postal_code);
    let website = p.website.clone();
    view! {
        <section class="masthead" aria-label=strings::t().masthead>
            {(!owners.is_empty()).then(|| view! { <p class="owners" lang=issue.paper.lang.clone()>{owners.join(" ")}</p> })}
            <h1 class="paper-name" lang=issue.paper.lang.clone()>{name}</h1>
            // The facts under UI labels, in the UI's language (the printed values as printed).
            <div class="facts" lang=strings::t().lang>
                <p class="date-line">{date_line.join(" ")}</p>
                {(!numbers.is_empty()).then(|| view! { <p class="numbers">{numbers.join(" ")}</p> })}
                <p class="codes">{serial}" "{postal}</p>
                {website.map(|w| view! { <p class="website"><a href=w.clone() rel="external">{w.clone()}</a></p> })}
            </div>
        </section>
    }
}
