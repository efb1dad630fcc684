//! CustomEvents to the host page. They bubble and are composed, so a listener
//! on `document` hears them from inside the shadow root.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

pub const READY: &str = "possible-causes:ready";
pub const TOGGLE: &str = "possible-causes:toggle";
pub const DEPARTMENT: &str = "possible-causes:department";
pub const ERROR: &str = "possible-causes:error";

pub fn dispatch(host: &HtmlElement, name: &str, detail: &[(&str, &str)]) {
    dispatch_values(host, name, detail.iter().map(|(key, value)| (*key, JsValue::from_str(value))));
}

pub fn dispatch_values<'a>(host: &HtmlElement, name: &str, detail: impl IntoIterator<Item = (&'a str, JsValue)>) {
    let object = js_sys::Object::new();
    for (key, value) in detail {
        // Setting a plain data property on a fresh object cannot fail.
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &value);
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        // A host listener that throws is reported by the browser; it does not reach us.
        let _ = host.dispatch_event(&event);
    }
}
