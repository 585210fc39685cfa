//! A quiet bar for the app's state: reading offline, or a new version waiting.

use leptos::prelude::*;

use crate::offline::{apply_update, use_offline};
use crate::strings;

/// "离线阅读中" while offline; "有新版本，点击刷新" when an update waits.
#[component]
pub fn ConnectionBar() -> impl IntoView {
    let offline = use_offline();
    view! {
        <Show when=move || !offline.online.get()>
            <p class="offline-bar" role="status">{strings::OFFLINE}</p>
        </Show>
        <Show when=move || offline.update_ready.get()>
            <p class="update-bar">
                <button type="button" on:click=move |_| apply_update()>{strings::UPDATE_READY}</button>
            </p>
        </Show>
    }
}
