//! CustomEvents to the host page. They bubble and are composed, so a listener
//! on `document` hears them from inside the shadow root.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

pub const READY: &str = "possible-causes:ready";
pub const TOGGLE: &str = "possible-causes:toggle";
pub const DEPARTMENT: &str = "possible-causes:department";

/// Dispatches `name` with a detail object of text fields.
pub fn dispatch(host: &HtmlElement, name: &str, fields: &[(&str, &str)]) {
    dispatch_detail(host, name, &detail(fields));
}

/// A plain object of text fields.
pub fn detail(fields: &[(&str, &str)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        set(&object, key, &JsValue::from_str(value));
    }
    object
}

pub fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    // Setting a plain data property on a fresh object cannot fail.
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), value);
}

pub fn dispatch_detail(host: &HtmlElement, name: &str, object: &js_sys::Object) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(object);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        // A host listener that throws is reported by the browser; it does not reach us.
        let _ = host.dispatch_event(&event);
    }
}
