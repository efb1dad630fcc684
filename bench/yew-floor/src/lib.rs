//! The smallest Yew accordion of the topic: static data, one component, one
//! piece of state. What the widget costs beyond this is its own.
use wasm_bindgen::prelude::*;
use yew::prelude::*;

pub struct Cause {
    id: &'static str,
    title: &'static str,
    explanation: &'static [&'static str],
    medications: &'static [&'static str],
    departments: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/topic.rs"));

#[function_component(Floor)]
fn floor() -> Html {
    let open = use_state(Vec::<&'static str>::new);
    let section = |cause: &'static Cause| {
        let is_open = open.contains(&cause.id);
        let onclick = {
            let open = open.clone();
            Callback::from(move |_: MouseEvent| {
                let mut ids = (*open).clone();
                match ids.iter().position(|id| *id == cause.id) {
                    Some(i) => {
                        ids.remove(i);
                    }
                    None => ids.push(cause.id),
                }
                open.set(ids);
            })
        };
        html! {
            <div class="section" id={cause.id}>
                <h3 data-kind="section-heading">
                    <button type="button" class="section-button" id={format!("{}-header", cause.id)}
                            aria-expanded={if is_open { "true" } else { "false" }} aria-controls={format!("{}-panel", cause.id)} {onclick}>
                        <span class="section-title">{ cause.title }</span>
                        <span class="section-icon" aria-hidden="true"></span>
                    </button>
                </h3>
                <div class="panel" id={format!("{}-panel", cause.id)} hidden={!is_open}>
                    <h4 data-kind="subheading">{ "Why it happens" }</h4>
                    { for cause.explanation.iter().map(|p| html! { <p>{ *p }</p> }) }
                    if !cause.medications.is_empty() {
                        <div class="medications">
                            <p class="doctor-only"><strong>{ "Take these only under a doctor's guidance." }</strong></p>
                            <ul>{ for cause.medications.iter().map(|m| html! { <li>{ *m }</li> }) }</ul>
                        </div>
                    }
                    <ul class="departments">
                        { for cause.departments.iter().map(|d| html! { <li><a href={format!("/departments/{d}.html")}>{ *d }{ " department" }</a></li> }) }
                    </ul>
                </div>
            </div>
        }
    };
    html! {
        <article class="possible-causes" lang="en">
            <h2 data-kind="topic-title">{ TITLE }</h2>
            <p class="lead">{ LEAD }</p>
            { for GROUPS.iter().map(|(title, causes)| html! {
                <div class="group"><p class="group-title">{ *title }</p>{ for causes.iter().map(section) }</div>
            }) }
            <p class="advice">{ ADVICE }</p>
            <p class="disclaimer">{ DISCLAIMER }</p>
        </article>
    }
}

#[wasm_bindgen]
pub fn mount(mount_point: web_sys::Element) {
    yew::Renderer::<Floor>::with_root(mount_point).render();
}
