//! The accordion's events, turned into events on the host element.

use super::events::{self, dispatch, dispatch_detail, set};
use crate::widget::AccordionEvent;
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;
use yew::Callback;

/// Dispatches each of the accordion's events on `host`, with the topic's id.
pub fn host_events(host: &HtmlElement, topic_id: &str) -> Callback<AccordionEvent> {
    let (host, topic) = (host.clone(), topic_id.to_string());
    Callback::from(move |event| match event {
        AccordionEvent::Ready => dispatch(&host, events::READY, &[("topic", &topic)]),
        AccordionEvent::Toggled { cause, open } => {
            let detail = events::detail(&[("topic", &topic), ("cause", &cause)]);
            set(&detail, "open", &JsValue::from_bool(open));
            dispatch_detail(&host, events::TOGGLE, &detail);
        }
        AccordionEvent::DepartmentFollowed {
            cause,
            department,
            href,
        } => dispatch(
            &host,
            events::DEPARTMENT,
            &[
                ("topic", &topic),
                ("cause", &cause),
                ("department", &department),
                ("href", &href),
            ],
        ),
    })
}
