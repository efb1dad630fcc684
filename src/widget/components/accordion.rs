use super::cause_section::{cause_section, CauseSection, CopyStatus};
use super::heading::heading;
use crate::content::ValidTopic;
use crate::widget::state::{AccordionState, Action};
use crate::widget::UiText;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// The level of each section's heading; the topic's question sits one level above.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeadingLevel(u8);

impl HeadingLevel {
    pub const MIN: u8 = 2;
    pub const MAX: u8 = 6;

    /// `None` outside 2–6: the question above the sections needs a level too.
    pub fn new(level: u8) -> Option<Self> {
        (Self::MIN..=Self::MAX)
            .contains(&level)
            .then_some(Self(level))
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

impl Default for HeadingLevel {
    fn default() -> Self {
        Self(3)
    }
}

/// A reader followed a department link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DepartmentFollowed {
    pub cause: String,
    pub department: String,
    pub href: String,
}

/// Sections to open from outside (a deep link, the `open` attribute), and
/// scroll into view. A new request is a new `Rc`, even with the same ids.
#[derive(Debug, Clone, Default)]
pub struct OpenRequest(pub Rc<Vec<String>>);

impl PartialEq for OpenRequest {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, Clone)]
pub struct AccordionProps {
    pub topic: Rc<ValidTopic>,
    #[prop_or_default]
    pub heading_level: HeadingLevel,
    #[prop_or_default]
    pub text: Rc<UiText>,
    #[prop_or_default]
    pub open_request: OpenRequest,
    /// The URL of a section, for "copy link"; without it the control copies `#<cause-id>`.
    #[prop_or_default]
    pub section_link: Option<Callback<String, String>>,
    /// Told once, after the first render.
    #[prop_or_default]
    pub on_ready: Callback<()>,
    /// Told (cause id, now open) after a reader opens or closes a section.
    #[prop_or_default]
    pub on_toggle: Callback<(String, bool)>,
    #[prop_or_default]
    pub on_department: Callback<DepartmentFollowed>,
}

// A topic never changes once loaded: comparing the Rc is enough, and keeps a
// deep comparison of the whole topic out of the wasm.
impl PartialEq for AccordionProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.topic, &other.topic)
            && self.heading_level == other.heading_level
            && Rc::ptr_eq(&self.text, &other.text)
            && self.open_request == other.open_request
            && self.section_link == other.section_link
            && self.on_ready == other.on_ready
            && self.on_toggle == other.on_toggle
            && self.on_department == other.on_department
    }
}

#[function_component(Accordion)]
pub fn accordion(props: &AccordionProps) -> Html {
    let state = use_reducer(AccordionState::default);
    let root = use_node_ref();
    use_first_render(&root, &state, &props.on_ready, &props.on_toggle);
    {
        // html! writes `hidden` only as a boolean; find-in-page needs hidden="until-found",
        // so closed panels get it here, after each render.
        let root = root.clone();
        let open: Vec<String> = state
            .open_ids()
            .iter()
            .map(|id| [id, "-panel"].concat())
            .collect();
        use_effect(move || hide_closed_panels(&root, &open));
    }
    {
        let (state, root) = (state.clone(), root.clone());
        use_effect_with(props.open_request.clone(), move |OpenRequest(ids)| {
            if let Some(first) = ids.first() {
                state.dispatch(Action::Open(ids.to_vec()));
                scroll_to_section(&root, first);
            }
        });
    }

    let ValidTopic { topic, departments } = &*props.topic;
    let level = props.heading_level.get();
    let text = &*props.text;
    let all_ids: Vec<String> = topic
        .groups
        .iter()
        .flat_map(|g| &g.causes)
        .map(|c| c.id.clone())
        .collect();
    let all_open = state.open_count() == all_ids.len();

    let on_toggle = {
        let state = state.clone();
        let notify = props.on_toggle.clone();
        Callback::from(move |id: String| {
            let opening = !state.is_open(&id);
            state.dispatch(Action::Toggle(id.clone()));
            notify.emit((id, opening));
        })
    };
    let on_toggle_all = {
        let (state, ids, notify) = (state.clone(), all_ids.clone(), props.on_toggle.clone());
        Callback::from(move |_: MouseEvent| {
            // Tell the host about each section that changes, as if its own button was used.
            let opening = !all_open;
            let changed: Vec<String> = ids
                .iter()
                .filter(|id| state.is_open(id) != opening)
                .cloned()
                .collect();
            state.dispatch(Action::SetAll(if opening {
                ids.clone()
            } else {
                Vec::new()
            }));
            for id in changed {
                notify.emit((id, opening));
            }
        })
    };
    let on_copy_link = {
        let (state, section_link) = (state.clone(), props.section_link.clone());
        Callback::from(move |id: String| {
            let url = section_link
                .as_ref()
                .map(|link| link.emit(id.clone()))
                .unwrap_or_else(|| ["#", &id].concat());
            copy_to_clipboard(url, id, state.clone());
        })
    };

    let groups = topic.groups.iter().map(|group| {
        let title_id = [&group.id, "-title"].concat();
        let causes = group.causes.iter().map(|cause| {
            cause_section(CauseSection {
                cause,
                departments,
                open: state.is_open(&cause.id),
                heading_level: level,
                text,
                on_toggle: &on_toggle,
                on_department: &props.on_department,
                on_copy_link: &on_copy_link,
                copy_status: state.copy_status(&cause.id),
            })
        });
        html! {
            <div class="group" role="group" aria-labelledby={title_id.clone()}>
                <p class="group-title" id={title_id}>{ &group.title }</p>
                { for causes }
            </div>
        }
    });
    let panels = all_ids
        .iter()
        .map(|id| [id, "-panel"].concat())
        .collect::<Vec<_>>()
        .join(" ");

    html! {
        <article class="possible-causes" lang={topic.lang.clone()} ref={root} onkeydown={Callback::from(move_focus)}>
            { heading(level - 1, "topic-title", html! { &topic.title }) }
            <p class="lead">{ &topic.lead }</p>
            <p class="show-all-row">
                <button type="button" class="show-all" aria-expanded={if all_open { "true" } else { "false" }}
                        aria-controls={panels} onclick={on_toggle_all} lang={text.lang.clone()}>
                    { if all_open { &text.hide_all } else { &text.show_all } }
                </button>
            </p>
            { for groups }
            <p class="advice">{ &topic.advice }</p>
            <footer class="footnotes">
                <p class="disclaimer"><strong>{ &text.disclaimer }{ ": " }</strong>{ &topic.disclaimer }</p>
                <p class="source">
                    { &text.source }{ ": " }
                    if let Some(url) = &topic.source.url {
                        <a href={url.clone()}>{ &topic.source.title }</a>
                    } else {
                        <cite>{ &topic.source.title }</cite>
                    }
                </p>
            </footer>
        </article>
    }
}

/// ArrowDown/ArrowUp move between section headers (wrapping), Home/End go
/// to the first/last, as the WAI-ARIA accordion pattern suggests.
fn move_focus(event: KeyboardEvent) {
    let Some(target) = event.target_dyn_into::<Element>() else {
        return;
    };
    if !target.class_list().contains("section-button") {
        return;
    }
    let Some(root) = target.closest("article").ok().flatten() else {
        return;
    };
    let Ok(list) = root.query_selector_all(".section-button") else {
        return;
    };
    let buttons: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect();
    let Some(current) = buttons.iter().position(|b| **b == target) else {
        return;
    };
    let last = buttons.len() - 1;
    let next = match event.key().as_str() {
        "ArrowDown" => {
            if current == last {
                0
            } else {
                current + 1
            }
        }
        "ArrowUp" => {
            if current == 0 {
                last
            } else {
                current - 1
            }
        }
        "Home" => 0,
        "End" => last,
        _ => return,
    };
    event.prevent_default();
    let _ = buttons[next].focus();
}

fn hide_closed_panels(root: &NodeRef, open_panels: &[String]) {
    let Some(list) = root
        .cast::<Element>()
        .and_then(|root| root.query_selector_all(".panel").ok())
    else {
        return;
    };
    for panel in (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()) {
        let _ = if open_panels.contains(&panel.id()) {
            panel.remove_attribute("hidden")
        } else {
            panel.set_attribute("hidden", "until-found")
        };
    }
}

fn scroll_to_section(root: &NodeRef, id: &str) {
    let section = root.cast::<Element>().and_then(|root| {
        root.query_selector(&["[id=\"", id, "\"]"].concat())
            .ok()
            .flatten()
    });
    if let Some(section) = section {
        section.scroll_into_view();
    }
}

/// After the first render: tells `on_ready`, and opens a closed section when
/// the browser's find-in-page matches text in it (`beforematch` fires on a
/// `hidden="until-found"` panel and bubbles).
#[hook]
fn use_first_render(
    root: &NodeRef,
    state: &UseReducerHandle<AccordionState>,
    on_ready: &Callback<()>,
    on_toggle: &Callback<(String, bool)>,
) {
    let (root, state, on_ready, on_toggle) = (
        root.clone(),
        state.clone(),
        on_ready.clone(),
        on_toggle.clone(),
    );
    use_effect_with(root, move |root| {
        on_ready.emit(());
        let listener = Closure::<dyn Fn(Event)>::new(move |event: Event| {
            let panel = event.target().and_then(|t| t.dyn_into::<Element>().ok());
            if let Some(id) = panel
                .as_ref()
                .and_then(|p| p.id().strip_suffix("-panel").map(str::to_string))
            {
                state.dispatch(Action::Open(vec![id.clone()]));
                on_toggle.emit((id, true));
            }
        });
        let element = root.cast::<Element>();
        if let Some(element) = &element {
            let _ = element
                .add_event_listener_with_callback("beforematch", listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(element) = element {
                let _ = element.remove_event_listener_with_callback(
                    "beforematch",
                    listener.as_ref().unchecked_ref(),
                );
            }
        }
    });
}

fn copy_to_clipboard(url: String, id: String, state: UseReducerHandle<AccordionState>) {
    let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
    let Some(clipboard) = clipboard else {
        state.dispatch(Action::CopyStatus(id, CopyStatus::CopyByHand(url)));
        return;
    };
    let written = clipboard.write_text(&url);
    // One closure for both outcomes: each closure type costs its own glue. It
    // frees itself after its one call.
    let settle = Closure::once(move |refusal: JsValue| {
        let status = if refusal.is_undefined() {
            CopyStatus::Copied
        } else {
            CopyStatus::CopyByHand(url)
        };
        state.dispatch(Action::CopyStatus(id, status));
    });
    // writeText resolves with undefined; a refusal arrives as an error.
    let _ = written.then2(&settle, &settle);
    settle.forget();
}
