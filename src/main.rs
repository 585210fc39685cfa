//! Entry point of the viewer: panic hook, then mount the app where `mode` says.

fn main() {
    console_error_panic_hook::set_once();
    // The static "loading" line of index.html has done its job; removing it before
    // mounting keeps the page from shifting.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    let root = banmian_viewer::mode::start().or_else(|| leptos::prelude::document().body());
    if let Some(root) = root {
        // Over a prerendered page, the app renders out of sight until it can take over.
        if banmian_viewer::takeover::prerendered().is_some() {
            let _ = root.class_list().add_1("incoming");
        }
        leptos::mount::mount_to(root, banmian_viewer::App).forget();
    }
}
