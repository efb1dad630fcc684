//! The accordion's events, turned into events on the host element.

use super::events::{self, dispatch};
use crate::widget::AccordionEvent;
use web_sys::HtmlElement;
use yew::Callback;

/// Dispatches each of the accordion's events on `host`, with the topic's id.
pub fn host_events(host: &HtmlElement, topic_id: &str) -> Callback<AccordionEvent> {
    let (host, topic) = (host.clone(), topic_id.to_string());
    Callback::from(move |event| match event {
        AccordionEvent::Ready => dispatch(&host, events::READY, &events::Ready { topic: &topic }),
        AccordionEvent::Toggled { cause, open } => {
            let detail = events::Toggle {
                topic: &topic,
                cause: &cause,
                open,
            };
            dispatch(&host, events::TOGGLE, &detail);
        }
        AccordionEvent::DepartmentFollowed {
            cause,
            department,
            href,
        } => {
            let detail = events::DepartmentFollowed {
                topic: &topic,
                cause: &cause,
                department: &department,
                href: &href,
            };
            dispatch(&host, events::DEPARTMENT, &detail);
        }
    })
}
