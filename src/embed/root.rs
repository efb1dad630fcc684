use super::config::Resolved;
use super::events::{self, dispatch, dispatch_values};
use super::report;
use crate::content::ContentError;
use crate::widget::{Accordion, DepartmentFollowed, Notice};
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbeddedWidgetProps {
    pub host: HtmlElement,
    pub outcome: Rc<Result<Resolved, ContentError>>,
}

/// The widget as one host element shows it: the accordion, or a notice, with
/// the host told through events.
#[function_component(EmbeddedWidget)]
pub fn embedded_widget(props: &EmbeddedWidgetProps) -> Html {
    let host = props.host.clone();
    let outcome = props.outcome.clone();
    use_effect_with(outcome, move |outcome| match &**outcome {
        Ok(resolved) => dispatch(&host, events::READY, &[("topic", &resolved.topic.topic.id)]),
        Err(error) => report(&host, error),
    });

    let resolved = match &*props.outcome {
        Ok(resolved) => resolved,
        Err(_) => return html! { <Notice /> },
    };
    let topic_id = resolved.topic.topic.id.clone();
    let on_toggle = {
        let host = props.host.clone();
        let topic_id = topic_id.clone();
        Callback::from(move |(cause, open): (String, bool)| {
            dispatch_values(&host, events::TOGGLE, [
                ("topic", JsValue::from_str(&topic_id)),
                ("cause", JsValue::from_str(&cause)),
                ("open", JsValue::from_bool(open)),
            ]);
        })
    };
    let on_department = {
        let host = props.host.clone();
        Callback::from(move |followed: DepartmentFollowed| {
            dispatch(&host, events::DEPARTMENT, &[
                ("topic", &topic_id),
                ("cause", &followed.cause),
                ("department", &followed.department),
                ("href", &followed.href),
            ]);
        })
    };
    html! {
        <Accordion topic={resolved.topic.clone()} heading_level={resolved.heading_level} {on_toggle} {on_department} />
    }
}
