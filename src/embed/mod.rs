//! The boundary with the host page. `www/embed.js` defines the
//! `<possible-causes>` element and its shadow root, then calls [`mount`] with
//! the element and a box inside that shadow root. Everything the page can get
//! wrong ends here as a [`ContentError`]: a message in the box, a console
//! error and a `possible-causes:error` event, never an exception.

mod config;
mod events;
mod root;

pub use config::{resolve, Attributes, Resolved};

use crate::content::ContentError;
use root::{EmbeddedWidget, EmbeddedWidgetProps};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;

/// A widget rendered into one element; `unmount` when the element leaves the page.
#[wasm_bindgen]
pub struct Mounted {
    app: Option<AppHandle<EmbeddedWidget>>,
}

#[wasm_bindgen]
impl Mounted {
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Renders the widget that `host`'s attributes ask for into `mount_point`.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, mount_point: Element) -> Mounted {
    let outcome = resolve(&Attributes::read(&host));
    if let Ok(resolved) = &outcome {
        for warning in &resolved.warnings {
            web_sys::console::warn_1(&format!("possible-causes: {warning}").into());
        }
    }
    let props = EmbeddedWidgetProps { host, outcome: Rc::new(outcome) };
    let app = yew::Renderer::<EmbeddedWidget>::with_root_and_props(mount_point, props).render();
    Mounted { app: Some(app) }
}

pub(crate) fn report(host: &HtmlElement, error: &ContentError) {
    web_sys::console::error_1(&format!("possible-causes: {error}").into());
    events::dispatch(host, events::ERROR, &[("message", error.message.as_str()), ("path", error.path.as_str())]);
}
