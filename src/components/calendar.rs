//! A month of the archive as a calendar: a table, weeks Monday first, each day with an issue
//! a link to its front page, today marked; above it the months before and after that have
//! issues, below it the years.

use std::collections::BTreeMap;

use banmian_model::CatalogEntry;
use leptos::prelude::*;

use crate::core::calendar::{date_of, month_after, month_before, weeks, years};
use crate::core::route::Route;
use crate::router::use_nav;
use crate::strings;

/// The calendar of `month`.
#[component]
pub fn Calendar(
    /// The month shown, `YYYY-MM`.
    month: String,
    /// Its issues.
    entries: Vec<CatalogEntry>,
    /// Every month with issues, `YYYY-MM` (`Catalog::month_keys`).
    months: Vec<String>,
) -> impl IntoView {
    let nav = use_nav();
    let ui = strings::t();
    let today = today();
    let by_date: BTreeMap<String, CatalogEntry> =
        entries.into_iter().map(|e| (e.date.clone(), e)).collect();
    let month_href = move |m: &str| {
        nav.href(&Route::ArchiveMonth {
            month: m.to_owned(),
        })
    };
    let prev = month_before(&months, &month).map(|m| (month_href(m), strings::month_of(m)));
    let next = month_after(&months, &month).map(|m| (month_href(m), strings::month_of(m)));
    let month_nav = (prev.is_some() || next.is_some()).then(|| {
        view! {
            <nav class="cal-nav" aria-label=ui.months_nav>
                {prev.map(|(href, name)| view! {
                    <a class="prev" rel="prev" href=href>
                        <span class="dir"><span aria-hidden="true">"‹ "</span>{ui.prev_month}</span>
                        " "
                        <span class="to">{name}</span>
                    </a>
                })}
                {next.map(|(href, name)| view! {
                    <a class="next" rel="next" href=href>
                        <span class="dir">{ui.next_month}<span aria-hidden="true">" ›"</span></span>
                        " "
                        <span class="to">{name}</span>
                    </a>
                })}
            </nav>
        }
    });
    let head = ui
        .weekdays
        .iter()
        .zip(ui.weekdays_short)
        .map(|(full, short)| {
            view! {
                <th scope="col"><span aria-hidden="true">{short}</span><span class="sr-only">{*full}</span></th>
            }
        })
        .collect_view();
    let rows = weeks(&month)
        .into_iter()
        .map(|week| {
            let cells = week
                .into_iter()
                .map(|day| {
                    let Some(day) = day else {
                        return view! { <td></td> }.into_any();
                    };
                    let date = date_of(&month, day);
                    let is_today = today.as_deref() == Some(date.as_str());
                    let current = is_today.then_some("date");
                    match by_date.get(&date) {
                        Some(entry) => {
                            let label = strings::day_with_lead(&date, entry.lead.as_deref());
                            let href = nav.href(&Route::Page { date, page: 1 });
                            view! {
                                <td class="issue">
                                    <a class="day" class:today=is_today href=href aria-label=label aria-current=current>{day}</a>
                                </td>
                            }
                            .into_any()
                        }
                        None => view! {
                            <td><span class="day" class:today=is_today aria-current=current>{day}</span></td>
                        }
                        .into_any(),
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    let years = years(&months);
    let year_nav = (years.len() > 1).then(|| {
        let shown = month.get(..4).unwrap_or_default().to_owned();
        let items = years
            .into_iter()
            .map(|(year, newest)| {
                let current = (year == shown).then_some("true");
                view! { <li><a href=month_href(&newest) aria-current=current>{strings::year(&year)}</a></li> }
            })
            .collect_view();
        view! {
            <nav class="cal-years" aria-label=ui.years_nav>
                <ul>{items}</ul>
            </nav>
        }
    });
    view! {
        <div class="calendar">
            {month_nav}
            <table class="cal-grid">
                <caption>{strings::month_of(&month)}</caption>
                <thead><tr>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
            {year_nav}
        </div>
    }
    .into_any()
}

/// Today's date in the reader's time zone, `YYYY-MM-DD`; `None` when prerendering (a page
/// published today is read on other days).
fn today() -> Option<String> {
    if !crate::mode::in_browser() {
        return None;
    }
    let now = js_sys::Date::new_0();
    Some(format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    ))
}
