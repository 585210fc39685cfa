//! The language switch: 中文 ↔ English; the viewer starts again in the other language.

use leptos::prelude::*;

use crate::prefs::switch_language;
use crate::strings::t;

/// A button named in the other language, and marked as such (`lang`).
#[component]
pub fn LangSwitch() -> impl IntoView {
    let other = t().other_lang;
    view! {
        <button type="button" class="lang" lang=other on:click=move |_| switch_language(other)>
            {t().other_language}
        </button>
    }
}
