//! 朗读: reads the article aloud with the browser's speech synthesis (Web Speech API), in a
//! voice of the article's language when the browser has one. Not shown where the browser
//! cannot speak.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::core::reading::speech_chunks;
use crate::strings::t;

/// The longest piece given to the synthesiser at once (some stop after ~15 s).
const CHUNK: usize = 200;

fn speech() -> Option<web_sys::SpeechSynthesis> {
    if !crate::mode::in_browser() {
        return None; // prerendered: the app adds the button where the browser can speak
    }
    let w = window();
    let has = |name: &str| js_sys::Reflect::has(&w, &name.into()).unwrap_or(false);
    if has("speechSynthesis") && has("SpeechSynthesisUtterance") {
        w.speech_synthesis().ok()
    } else {
        None
    }
}

/// A voice for `lang` (`zh-CN` also takes `zh_CN`, then any `zh`).
fn voice(synth: &web_sys::SpeechSynthesis, lang: &str) -> Option<web_sys::SpeechSynthesisVoice> {
    let voices: Vec<web_sys::SpeechSynthesisVoice> = synth
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into().ok())
        .collect();
    let norm = |l: String| l.replace('_', "-").to_ascii_lowercase();
    let want = lang.to_ascii_lowercase();
    let family = want.split('-').next().unwrap_or_default().to_owned();
    voices
        .iter()
        .find(|v| norm(v.lang()) == want)
        .or_else(|| voices.iter().find(|v| norm(v.lang()).starts_with(&family)))
        .cloned()
}

/// The read-aloud button for `text`, spoken as `lang`.
#[component]
pub fn ReadAloud(
    /// What to read.
    text: String,
    /// Its language (the paper's).
    lang: String,
) -> impl IntoView {
    if speech().is_none() {
        return ().into_any();
    }
    let speaking = RwSignal::new(false);
    on_cleanup(|| {
        if let Some(synth) = speech() {
            synth.cancel();
        }
    });
    let toggle = move |_| {
        let Some(synth) = speech() else { return };
        synth.cancel();
        if speaking.get_untracked() {
            speaking.set(false);
            return;
        }
        let voice = voice(&synth, &lang);
        let chunks = speech_chunks(&text, CHUNK);
        let last = chunks.len().saturating_sub(1);
        for (i, chunk) in chunks.iter().enumerate() {
            let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(chunk) else {
                continue;
            };
            utterance.set_lang(&lang);
            utterance.set_voice(voice.as_ref());
            if i == last {
                let done = Closure::once_into_js(move || {
                    speaking.try_set(false);
                });
                utterance.set_onend(Some(done.unchecked_ref()));
            }
            synth.speak(&utterance);
        }
        speaking.set(!chunks.is_empty());
    };
    view! {
        <button type="button" class="tool" on:click=toggle>
            {move || if speaking.get() { t().stop_reading } else { t().read_aloud }}
        </button>
    }
    .into_any()
}
