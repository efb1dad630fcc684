//! Everything the accordion does to or reads from a browser, in one place,
//! so that its view stays a pure function of its props and state (and
//! renders on a server, where there is no browser): scrolling to a section,
//! the clipboard, find-in-page.

use super::state::CopyStatus;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};
use yew::Callback;

/// Scrolls the section with this id (inside `root`) into view.
pub fn scroll_to_section(root: &Element, id: &str) {
    if let Ok(Some(section)) = root.query_selector(&format!("[id=\"{id}\"]")) {
        section.scroll_into_view();
    }
}

/// Writes `url` to the clipboard; `done` hears how it went.
pub fn copy_to_clipboard(url: String, done: Callback<CopyStatus>) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        done.emit(CopyStatus::CopyByHand(url));
        return;
    };
    let written = clipboard.write_text(&url);
    // One closure for both outcomes; it frees itself after its one call.
    let settle = Closure::once(move |refusal: JsValue| {
        // writeText resolves with undefined; a refusal arrives as an error.
        done.emit(if refusal.is_undefined() {
            CopyStatus::Copied
        } else {
            CopyStatus::CopyByHand(url)
        });
    });
    let _ = written.then2(&settle, &settle);
    settle.forget();
}

/// Hears the browser's find-in-page reveal a closed panel inside `root`
/// (`beforematch` on a `hidden="until-found"` element) for as long as it is kept.
pub struct FindInPage {
    root: Element,
    listener: Closure<dyn Fn(&Event)>,
}

impl FindInPage {
    /// `on_found` hears the id of each panel the browser is about to reveal.
    pub fn listen(root: Element, on_found: Callback<String>) -> Self {
        let listener = Closure::<dyn Fn(&Event)>::new(move |event: &Event| {
            if let Some(panel) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                on_found.emit(panel.id());
            }
        });
        let _ =
            root.add_event_listener_with_callback("beforematch", listener.as_ref().unchecked_ref());
        Self { root, listener }
    }
}

impl Drop for FindInPage {
    fn drop(&mut self) {
        let _ = self.root.remove_event_listener_with_callback(
            "beforematch",
            self.listener.as_ref().unchecked_ref(),
        );
    }
}
