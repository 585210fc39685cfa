//! The masthead of page 1, as the printed paper sets it.

use banmian_model::Issue;
use leptos::prelude::*;

use crate::strings;
use banmian_model::long_date;

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
        Some(long_date(&issue.date)),
        issue.weekday.clone(),
        issue.lunar_date.as_ref().map(|l| format!("农历{l}")),
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
    let serial = p
        .serial
        .as_ref()
        .map(|s| format!("国内统一连续出版物号 {s}"));
    let postal = p.postal_code.as_ref().map(|c| format!("邮发代号 {c}"));
    let website = p.website.clone();
    view! {
        <section class="masthead" aria-label=strings::t().masthead>
            {(!owners.is_empty()).then(|| view! { <p class="owners">{owners.join(" ")}</p> })}
            <h1 class="paper-name">{name}</h1>
            <div class="facts">
                <p class="date-line">{date_line.join(" ")}</p>
                {(!numbers.is_empty()).then(|| view! { <p class="numbers">{numbers.join(" ")}</p> })}
                <p class="codes">{serial}" "{postal}</p>
                {website.map(|w| view! { <p class="website"><a href=w.clone() rel="external">{w.clone()}</a></p> })}
            </div>
        </section>
    }
}
