//! The boundary with the host page. `www/embed.js` defines the
//! `<possible-causes>` element and its shadow root, then calls [`mount`] with
//! the element and a box inside that shadow root. Everything the page can get
//! wrong ends here as a [`ContentError`], handed back to embed.js, which
//! shows a message in the box and sends a console error and a
//! `possible-causes:error` event; nothing reaches the page as an exception.

mod config;
mod events;
mod host_events;

pub use config::{resolve, Attributes, Resolved};

use crate::content::{ContentError, Topic};
use crate::widget::{Accordion, AccordionMsg, AccordionProps};
use host_events::host_events;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::Callback;

/// Renders the widget that `host`'s attributes ask for into `mount_point`,
/// and returns the function that unmounts it (call it once, when the element
/// leaves the page or its attributes change).
///
/// When it cannot render, it throws the list of what is wrong, each as
/// `{message, path}`; embed.js reports them as it reports files that fail to
/// load (the notice in the box, a console error each, one error event).
///
/// A function, not an exported struct: the glue then needs no class for it,
/// and a once-closure is a kind of closure Yew's scheduler brings anyway.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, mount_point: Element) -> Result<js_sys::Function, JsValue> {
    let resolved = resolve(&Attributes::read(&host)).map_err(|errors| error_list(&errors))?;
    for warning in &resolved.warnings {
        web_sys::console::warn_2(&PREFIX.into(), &warning.into());
    }
    let window = web_sys::window()
        .ok_or_else(|| error_list(&[ContentError::new("", "no window to render in")]))?;
    let mut open = resolved.open;
    if let Some(id) = hash_section(&window, &resolved.topic.topic) {
        open.push(id);
    }
    let on_event = host_events(&host, &resolved.topic.topic.id);
    let topic = resolved.topic.clone();
    let props = AccordionProps {
        topic: resolved.topic,
        heading_level: resolved.heading_level,
        text: resolved.text,
        open,
        section_link: Some(Callback::from(section_url)),
        on_event,
    };
    let app = yew::Renderer::<Accordion>::with_root_and_props(mount_point, props).render();

    let on_hash_change = {
        let (accordion, window_for_hash) = ((*app).clone(), window.clone());
        Closure::<dyn Fn(&web_sys::Event)>::new(move |_: &web_sys::Event| {
            if let Some(id) = hash_section(&window_for_hash, &topic.topic) {
                accordion.send_message(AccordionMsg::Open(vec![id]));
            }
        })
    };
    let _ = window
        .add_event_listener_with_callback("hashchange", on_hash_change.as_ref().unchecked_ref());
    let unmount = Closure::once_into_js(move || {
        let _ = window.remove_event_listener_with_callback(
            "hashchange",
            on_hash_change.as_ref().unchecked_ref(),
        );
        app.destroy();
    });
    Ok(unmount.unchecked_into())
}

/// The cause that the page URL's `#fragment` names, if this topic has it.
fn hash_section(window: &web_sys::Window, topic: &Topic) -> Option<String> {
    let hash = window.location().hash().ok()?;
    let id = hash.strip_prefix("#")?;
    topic.cause_ids().contains(&id).then(|| id.to_string())
}

/// The page's URL with `#<cause-id>`: what "copy link" copies.
fn section_url(id: String) -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let page = &href[..href.bytes().position(|b| b == b'#').unwrap_or(href.len())];
    [page, "#", &id].concat()
}

/// Starts every console line, so a web team can filter on it.
const PREFIX: &str = "possible-causes:";

/// Every broken rule as `{path, message}`.
fn error_list(errors: &[ContentError]) -> JsValue {
    events::to_js(&errors)
}
