//! 字号: one button that steps the text size up (and from the largest back to the
//! smallest); the choice is kept for the next visit.

use leptos::prelude::*;

use crate::prefs::{font, set_font, FONT_STEPS};
use crate::strings::font_step;

/// The text-size button.
#[component]
pub fn FontSize() -> impl IntoView {
    let step = RwSignal::new(font());
    let next = move |_| {
        let to = (step.get_untracked() + 1) % FONT_STEPS;
        set_font(to);
        step.set(to);
    };
    view! {
        <button type="button" class="tool font-size" on:click=next>
            {move || font_step(step.get())}
        </button>
    }
}
