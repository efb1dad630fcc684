//! The floors of the widget's stack (see Cargo.toml): the topic's JSON,
//! parsed by the browser and read into serde types with serde-wasm-bindgen
//! at mount, one component, one piece of state. What the widget costs
//! beyond the fair floor is its own.
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// The minimal floor: a few serde structs of the fields it shows, English only.
#[cfg(not(feature = "fair"))]
mod model {
    use serde::Deserialize;
    use wasm_bindgen::JsValue;

    #[derive(Deserialize, PartialEq)]
    pub struct Topic {
        pub title: String,
        pub lead: String,
        pub groups: Vec<Group>,
        pub advice: String,
        pub disclaimer: String,
    }

    #[derive(Deserialize, PartialEq)]
    pub struct Group {
        pub title: String,
        pub causes: Vec<Cause>,
    }

    #[derive(Deserialize, PartialEq)]
    pub struct Cause {
        pub id: String,
        pub title: String,
        pub explanation: Vec<String>,
        #[serde(default)]
        pub medications: Option<Medications>,
        pub departments: Vec<String>,
    }

    #[derive(Deserialize, PartialEq)]
    pub struct Medications {
        pub names: Vec<String>,
    }

    #[derive(PartialEq)]
    pub struct Labels;

    impl Labels {
        pub fn lang(&self) -> &'static str {
            "en"
        }
        pub fn why(&self) -> &'static str {
            "Why it happens"
        }
        pub fn doctor_only(&self) -> &'static str {
            "Take these only under a doctor's guidance."
        }
        pub fn department(&self, id: &str) -> String {
            [id, " department"].concat()
        }
    }

    pub fn read(topic: JsValue) -> Result<(Topic, Labels), JsValue> {
        Ok((serde_wasm_bindgen::from_value(topic)?, Labels))
    }
}

// The widget's words table, the same rows.
#[cfg(feature = "fair")]
#[path = "../../../src/widget/words.rs"]
#[allow(dead_code)]
mod words;

/// The fair floor: the widget's content model and departments, and its
/// words table in both languages.
#[cfg(feature = "fair")]
mod model {
    pub use possible_causes_content::{Cause, Departments, Topic};
    use wasm_bindgen::JsValue;

    use super::words::{self, Word};

    #[derive(PartialEq)]
    pub struct Labels {
        lang: &'static str,
        words: [&'static str; words::COUNT],
        departments: Departments,
    }

    impl Labels {
        pub fn lang(&self) -> &'static str {
            self.lang
        }
        pub fn why(&self) -> &'static str {
            self.words[Word::Why as usize]
        }
        pub fn doctor_only(&self) -> &'static str {
            self.words[Word::DoctorOnly as usize]
        }
        pub fn department(&self, id: &str) -> String {
            let name = self.departments.get(id).map_or(id, |d| d.name.as_str());
            self.words[Word::DepartmentLink as usize].replace("{name}", name)
        }
    }

    const DEPARTMENTS_JSON: &str = include_str!("../../../content/departments.json");

    pub fn read(topic: JsValue) -> Result<(Topic, Labels), JsValue> {
        let departments: Departments =
            serde_wasm_bindgen::from_value(js_sys::JSON::parse(DEPARTMENTS_JSON)?)?;
        let topic: Topic = serde_wasm_bindgen::from_value(topic)?;
        let (lang, words) = if topic.lang.starts_with("zh") {
            ("zh-CN", words::CHINESE)
        } else {
            ("en", words::ENGLISH)
        };
        Ok((
            topic,
            Labels {
                lang,
                words,
                departments,
            },
        ))
    }
}

use model::{Cause, Labels, Topic};

#[derive(Properties, PartialEq)]
struct Props {
    topic: Rc<Topic>,
    labels: Rc<Labels>,
}

#[function_component(Floor)]
fn floor(props: &Props) -> Html {
    let open = use_state(Vec::<String>::new);
    let labels = &props.labels;
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
                <h3 class="section-heading">
                    <button type="button" class="section-button" id={format!("{}-header", cause.id)}
                            aria-expanded={if is_open { "true" } else { "false" }} aria-controls={format!("{}-panel", cause.id)} {onclick}>
                        <span class="section-title">{ &cause.title }</span>
                    </button>
                </h3>
                <div class="panel" id={format!("{}-panel", cause.id)} hidden={!is_open}>
                    <h4 class="subheading">{ labels.why() }</h4>
                    { for cause.explanation.iter().map(|p| html! { <p>{ p }</p> }) }
                    if let Some(medications) = &cause.medications {
                        <div class="medications">
                            <p class="doctor-only"><strong>{ labels.doctor_only() }</strong></p>
                            <ul>{ for medications.names.iter().map(|m| html! { <li>{ m }</li> }) }</ul>
                        </div>
                    }
                    <ul class="departments">
                        { for cause.departments.iter().map(|d| html! { <li><a href={format!("/departments/{d}.html")}>{ labels.department(d) }</a></li> }) }
                    </ul>
                </div>
            </div>
        }
    };
    let topic = &props.topic;
    html! {
        <article class="possible-causes" lang={labels.lang()}>
            <h2 class="topic-title">{ &topic.title }</h2>
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
    let (topic, labels) = model::read(js_sys::JSON::parse(TOPIC_JSON)?)?;
    let props = Props {
        topic: Rc::new(topic),
        labels: Rc::new(labels),
    };
    yew::Renderer::<Floor>::with_root_and_props(mount_point, props).render();
    Ok(())
}
