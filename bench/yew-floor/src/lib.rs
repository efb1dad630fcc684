//! The smallest Yew accordion of the topic as the design card has it: the
//! topic's JSON, parsed by the browser and read into serde types with
//! serde-wasm-bindgen at mount, one component, one piece of state. What the
//! widget costs beyond this is its own.
use serde::Deserialize;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[derive(Deserialize, PartialEq)]
struct Topic {
    title: String,
    lead: String,
    groups: Vec<Group>,
    advice: String,
    disclaimer: String,
}

#[derive(Deserialize, PartialEq)]
struct Group {
    title: String,
    causes: Vec<Cause>,
}

#[derive(Deserialize, PartialEq)]
struct Cause {
    id: String,
    title: String,
    explanation: Vec<String>,
    #[serde(default)]
    medications: Option<Medications>,
    departments: Vec<String>,
}

#[derive(Deserialize, PartialEq)]
struct Medications {
    names: Vec<String>,
}

#[derive(Properties, PartialEq)]
struct Props {
    topic: Rc<Topic>,
}

#[function_component(Floor)]
fn floor(props: &Props) -> Html {
    let open = use_state(Vec::<String>::new);
    let section = |cause: &Cause| {
        let is_open = open.contains(&cause.id);
        let onclick = {
            let (open, id) = (open.clone(), cause.id.clone());
            Callback::from(move |_: MouseEvent| {
                let mut ids = (*open).clone();
                match ids.iter().position(|open_id| *open_id == id) {
                    Some(i) => {
                        ids.remove(i);
                    }
                    None => ids.push(id.clone()),
                }
                open.set(ids);
            })
        };
        html! {
            <div class="section" id={cause.id.clone()}>
                <h3 data-kind="section-heading">
                    <button type="button" class="section-button" id={format!("{}-header", cause.id)}
                            aria-expanded={if is_open { "true" } else { "false" }} aria-controls={format!("{}-panel", cause.id)} {onclick}>
                        <span class="section-title">{ &cause.title }</span>
                    </button>
                </h3>
                <div class="panel" id={format!("{}-panel", cause.id)} hidden={!is_open}>
                    <h4 data-kind="subheading">{ "Why it happens" }</h4>
                    { for cause.explanation.iter().map(|p| html! { <p>{ p }</p> }) }
                    if let Some(medications) = &cause.medications {
                        <div class="medications">
                            <p class="doctor-only"><strong>{ "Take these only under a doctor's guidance." }</strong></p>
                            <ul>{ for medications.names.iter().map(|m| html! { <li>{ m }</li> }) }</ul>
                        </div>
                    }
                    <ul class="departments">
                        { for cause.departments.iter().map(|d| html! { <li><a href={format!("/departments/{d}.html")}>{ d }{ " department" }</a></li> }) }
                    </ul>
                </div>
            </div>
        }
    };
    let topic = &props.topic;
    html! {
        <article class="possible-causes" lang="en">
            <h2 data-kind="topic-title">{ &topic.title }</h2>
            <p class="lead">{ &topic.lead }</p>
            { for topic.groups.iter().map(|group| html! {
                <div class="group"><p class="group-title">{ &group.title }</p>{ for group.causes.iter().map(section) }</div>
            }) }
            <p class="advice">{ &topic.advice }</p>
            <p class="disclaimer">{ &topic.disclaimer }</p>
        </article>
    }
}

#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

const TOPIC_JSON: &str = include_str!("../../../content/topics/mirena-lower-back-pain.json");

#[wasm_bindgen]
pub fn mount(mount_point: web_sys::Element) -> Result<(), JsValue> {
    let topic: Topic = serde_wasm_bindgen::from_value(js_sys::JSON::parse(TOPIC_JSON)?)?;
    yew::Renderer::<Floor>::with_root_and_props(mount_point, Props { topic: Rc::new(topic) }).render();
    Ok(())
}
