//! CustomEvents to the host page. They bubble and are composed, so a listener
//! on `document` hears them from inside the shadow root. Each `detail` is a
//! plain object built from one of the structs here, field by field: for
//! these few strings and booleans that is 1.4 KB brotli less wasm than
//! serde-wasm-bindgen's Serializer (bench/size-history.md).

use crate::content::ContentError;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

pub const READY: &str = "possible-causes:ready";
pub const TOGGLE: &str = "possible-causes:toggle";
pub const DEPARTMENT: &str = "possible-causes:department";

/// A value handed to the page as a plain object of these fields.
pub trait Detail {
    fn fields(&self) -> Vec<(&'static str, JsValue)>;

    fn to_js(&self) -> JsValue {
        let object = Object::new();
        for (key, value) in self.fields() {
            // Setting a data property on a fresh plain object cannot fail.
            let _ = Reflect::set(&object, &key.into(), &value);
        }
        object.into()
    }
}

/// The events' details: each struct, and its `Detail` with a field of the
/// same name for each of its fields, from one list of the fields.
macro_rules! details {
    ($($(#[$doc:meta])* $name:ident { $($field:ident: $type:ty),* $(,)? })*) => {
        $(
            $(#[$doc])*
            pub struct $name<'a> {
                $(pub $field: $type,)*
            }

            impl Detail for $name<'_> {
                fn fields(&self) -> Vec<(&'static str, JsValue)> {
                    vec![$((stringify!($field), self.$field.into())),*]
                }
            }
        )*
    };
}

details! {
    /// `possible-causes:ready`: the widget shows its topic.
    Ready { topic: &'a str }
    /// `possible-causes:toggle`: a section opened or closed.
    Toggle { topic: &'a str, cause: &'a str, open: bool }
    /// `possible-causes:department`: a reader followed a department's link.
    DepartmentFollowed { topic: &'a str, cause: &'a str, department: &'a str, href: &'a str }
}

impl Detail for ContentError {
    fn fields(&self) -> Vec<(&'static str, JsValue)> {
        vec![
            ("path", self.path().into()),
            ("message", self.message.as_str().into()),
            ("text", self.to_string().into()),
        ]
    }
}

/// Every broken rule as `{path, message, text}`, in a list.
pub fn error_list(errors: &[ContentError]) -> JsValue {
    errors.iter().map(Detail::to_js).collect::<Array>().into()
}

/// Dispatches `name` on `host` with `detail`.
pub fn dispatch(host: &HtmlElement, name: &str, detail: &impl Detail) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail.to_js());
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        // A host listener that throws is reported by the browser; it does not reach us.
        let _ = host.dispatch_event(&event);
    }
}
