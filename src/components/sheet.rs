//! The broadsheet's frame, and the page's touch gestures: a quick sideways swipe turns the
//! page; when the page is shown whole on a phone (`zoomable`), it is set at its printed
//! width and zoomed to fit, a double tap or a pinch zooms in and out, and a finger pans. A
//! tap on a story's zone of the printed page opens the story once it is sure no second tap
//! (a zoom) follows.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::gesture::{
    anchored_scroll, double_tap, pinch, swipe, Stroke, DOUBLE_TAP_MS, ZOOM_MIN,
};
use crate::router::use_nav;

/// The width (CSS px) the whole page is set at before it is zoomed (see `.sheet` in the
/// stylesheet).
const SHEET_WIDTH: f64 = 1000.0;

/// How wide (CSS px) the sheet stands on the screen, zoom included, while a page is shown
/// (0 before it is measured): what a picture in it needs to be sharp.
#[derive(Clone, Copy)]
pub struct SheetWidth(pub ReadSignal<u32>);

/// Where and when a finger went down.
#[derive(Clone, Copy)]
struct Down {
    x: f64,
    y: f64,
    ms: f64,
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn touch_xy(t: web_sys::Touch) -> (f64, f64) {
    (f64::from(t.client_x()), f64::from(t.client_y()))
}

/// The href of the printed page's zone a touch ended on, if it did.
fn zone_link(ev: &web_sys::TouchEvent) -> Option<String> {
    ev.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(".zones a[href]")
        .ok()??
        .get_attribute("href")
}

/// How far apart two fingers are, and the point between them.
fn spread(ev: &web_sys::TouchEvent) -> Option<(f64, (f64, f64))> {
    let touches = ev.touches();
    let (a, b) = (touches.get(0)?, touches.get(1)?);
    let ((ax, ay), (bx, by)) = (touch_xy(a), touch_xy(b));
    Some(((ax - bx).hypot(ay - by), ((ax + bx) / 2.0, (ay + by) / 2.0)))
}

/// The frame around the broadsheet (`children`).
#[component]
pub fn Sheet(
    /// Whether the page is shown whole (zoomable) rather than as a list.
    zoomable: Signal<bool>,
    /// Turns the page by a step (1 next, -1 previous).
    turn: Callback<i32>,
    /// The broadsheet.
    children: Children,
) -> impl IntoView {
    let frame = NodeRef::<leptos::html::Div>::new();
    let sheet = NodeRef::<leptos::html::Div>::new();
    let zoom = StoredValue::new(ZOOM_MIN);
    let down = StoredValue::new(None::<Down>);
    let last_tap = StoredValue::new(0.0_f64);
    let pinching = StoredValue::new(None::<(f64, f64)>);
    // A tap on a story's zone of the printed page, waiting to see whether a second tap
    // (a zoom) follows before it opens the story.
    let waiting = StoredValue::new(None::<TimeoutHandle>);
    let nav = use_nav();
    let (width, set_width) = signal(0_u32);
    provide_context(SheetWidth(width));
    // Zooms to `to` (relative to "fits"), keeping the point `at` (px in the frame) in place.
    let set_zoom = move |to: f64, at: Option<(f64, f64)>| {
        let (Some(frame), Some(sheet)) = (frame.get_untracked(), sheet.get_untracked()) else {
            return;
        };
        let from = zoom.get_value();
        zoom.set_value(to);
        let fit = (f64::from(frame.client_width()) / SHEET_WIDTH).min(1.0);
        // In thousandths: formatting a float would cost the wasm 10 KB.
        let permille = (fit * to * 1000.0).round() as u32;
        let _ = web_sys::HtmlElement::style(&sheet).set_property("--zoom", &permille.to_string());
        // Zoomed (a phone's whole page), the sheet is SHEET_WIDTH at that zoom; else the frame's.
        set_width.try_set(if zoomable.get_untracked() {
            permille
        } else {
            frame.client_width().max(0) as u32
        });
        if let Some((x, y)) = at {
            frame.set_scroll_left(
                anchored_scroll(f64::from(frame.scroll_left()), x, from, to) as i32
            );
            frame
                .set_scroll_top(anchored_scroll(f64::from(frame.scroll_top()), y, from, to) as i32);
        }
    };
    // Fit the page to the frame now, whenever the window changes size and when the page is
    // shown whole or as a list.
    Effect::new(move |_| {
        zoomable.track();
        if frame.get().is_some() {
            set_zoom(zoom.get_value(), None);
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        set_zoom(zoom.get_value(), None)
    });
    on_cleanup(move || resize.remove());
    let at = move |x: f64, y: f64| {
        let rect = frame.get_untracked()?.get_bounding_client_rect();
        Some((x - rect.left(), y - rect.top()))
    };
    let on_start = move |ev: web_sys::TouchEvent| match ev.touches().length() {
        1 => {
            let (x, y) = ev.touches().get(0).map(touch_xy).unwrap_or_default();
            down.set_value(Some(Down { x, y, ms: now() }));
        }
        2 if zoomable.get_untracked() => {
            down.set_value(None);
            pinching.set_value(spread(&ev).map(|(d, _)| (zoom.get_value(), d)));
        }
        _ => down.set_value(None),
    };
    let on_move = move |ev: web_sys::TouchEvent| {
        let (Some((start, d0)), Some((d, (x, y)))) = (pinching.get_value(), spread(&ev)) else {
            return;
        };
        ev.prevent_default();
        set_zoom(pinch(start, d0, d), at(x, y));
    };
    let on_end = move |ev: web_sys::TouchEvent| {
        if ev.touches().length() == 0 {
            pinching.set_value(None);
        }
        let (Some(start), Some(end)) = (down.get_value(), ev.changed_touches().get(0)) else {
            return;
        };
        down.set_value(None);
        let (x, y) = touch_xy(end);
        let stroke = Stroke {
            dx: x - start.x,
            dy: y - start.y,
            ms: now() - start.ms,
        };
        let zoomed = zoomable.get_untracked() && zoom.get_value() > ZOOM_MIN + 0.01;
        if let Some(step) = swipe(stroke).filter(|_| !zoomed) {
            turn.run(step);
            return;
        }
        let tap = stroke.dx.hypot(stroke.dy) < 10.0;
        if !(tap && zoomable.get_untracked()) {
            return;
        }
        if start.ms - last_tap.get_value() < DOUBLE_TAP_MS {
            ev.prevent_default();
            last_tap.set_value(0.0);
            if let Some(tap) = waiting.try_update_value(Option::take).flatten() {
                tap.clear();
            }
            set_zoom(double_tap(zoom.get_value()), at(x, y));
        } else {
            last_tap.set_value(start.ms);
            // A story's zone covers most of a printed page: its link opens once no second
            // tap has come (no click now, which would open it before a double tap could zoom).
            if let Some(href) = zone_link(&ev) {
                ev.prevent_default();
                let open = move || {
                    waiting.try_set_value(None);
                    nav.go(&href);
                    crate::mode::scroll_to_top();
                };
                let handle =
                    set_timeout_with_handle(open, Duration::from_millis(DOUBLE_TAP_MS as u64));
                waiting.set_value(handle.ok());
            }
        }
    };
    let on_dblclick = move |ev: web_sys::MouseEvent| {
        if zoomable.get_untracked() {
            let point = at(f64::from(ev.client_x()), f64::from(ev.client_y()));
            set_zoom(double_tap(zoom.get_value()), point);
        }
    };
    view! {
        <div
            class="sheet-frame"
            node_ref=frame
            on:touchstart=on_start
            on:touchmove=on_move
            on:touchend=on_end
            on:dblclick=on_dblclick
        >
            <div class="sheet" node_ref=sheet>{children()}</div>
        </div>
    }
}
