//! CustomEvents to the host page. They bubble and are composed, so a listener
//! on `document` hears them from inside the shadow root. Each `detail` is a
//! Rust struct turned into a plain object by serde-wasm-bindgen, so the
//! fields README documents are the fields of these types.

use serde::Serialize;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

pub const READY: &str = "possible-causes:ready";
pub const TOGGLE: &str = "possible-causes:toggle";
pub const DEPARTMENT: &str = "possible-causes:department";

#[derive(Serialize)]
pub struct Ready<'a> {
    pub topic: &'a str,
}

#[derive(Serialize)]
pub struct Toggle<'a> {
    pub topic: &'a str,
    pub cause: &'a str,
    pub open: bool,
}

#[derive(Serialize)]
pub struct DepartmentFollowed<'a> {
    pub topic: &'a str,
    pub cause: &'a str,
    pub department: &'a str,
    pub href: &'a str,
}

/// A plain JavaScript value of `value`: objects for structs, arrays for lists.
pub fn to_js(value: &impl Serialize) -> JsValue {
    // Only strings, booleans, structs and lists go through here: none can fail.
    value
        .serialize(&serde_wasm_bindgen::Serializer::new())
        .unwrap_or(JsValue::UNDEFINED)
}

/// Dispatches `name` on `host` with `detail`.
pub fn dispatch(host: &HtmlElement, name: &str, detail: &impl Serialize) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&to_js(detail));
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        // A host listener that throws is reported by the browser; it does not reach us.
        let _ = host.dispatch_event(&event);
    }
}
