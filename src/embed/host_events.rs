//! The accordion's callbacks, turned into events on the host element.

use super::events::{self, dispatch, dispatch_detail, set};
use crate::widget::DepartmentFollowed;
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;
use yew::Callback;

pub struct HostEvents {
    pub on_ready: Callback<()>,
    pub on_toggle: Callback<(String, bool)>,
    pub on_department: Callback<DepartmentFollowed>,
}

impl HostEvents {
    pub fn new(host: &HtmlElement, topic_id: &str) -> Self {
        let on_ready = {
            let (host, topic_id) = (host.clone(), topic_id.to_string());
            Callback::from(move |()| dispatch(&host, events::READY, &[("topic", &topic_id)]))
        };
        let on_toggle = {
            let (host, topic_id) = (host.clone(), topic_id.to_string());
            Callback::from(move |(cause, open): (String, bool)| {
                let detail = js_sys::Object::new();
                set(&detail, "topic", &JsValue::from_str(&topic_id));
                set(&detail, "cause", &JsValue::from_str(&cause));
                set(&detail, "open", &JsValue::from_bool(open));
                dispatch_detail(&host, events::TOGGLE, &detail);
            })
        };
        let on_department = {
            let (host, topic_id) = (host.clone(), topic_id.to_string());
            Callback::from(move |followed: DepartmentFollowed| {
                dispatch(
                    &host,
                    events::DEPARTMENT,
                    &[
                        ("topic", &topic_id),
                        ("cause", &followed.cause),
                        ("department", &followed.department),
                        ("href", &followed.href),
                    ],
                );
            })
        };
        Self {
            on_ready,
            on_toggle,
            on_department,
        }
    }
}
