//! A quiet bar for the app's state: reading offline, or a new version waiting.

use leptos::prelude::*;

use crate::offline::{apply_update, use_offline};
use crate::strings;

/// "离线阅读中" while offline; "有新版本，点击刷新" when an update waits.
#[component]
pub fn ConnectionBar() -> impl IntoView {
    let offline = use_offline();
    let offline_bar = move || {
        (!offline.online.get())
            .then(|| view! { <p class="offline-bar" role="status">{strings::t().offline}</p> })
    };
    let update_bar = move || {
        offline.update_ready.get().then(|| {
            view! {
                <p class="update-bar">
                    <button type="button" on:click=move |_| apply_update()>{strings::t().update_ready}</button>
                </p>
            }
        })
    };
    view! { {offline_bar} {update_bar} }
}
