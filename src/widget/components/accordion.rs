use super::cause_section::{cause_section, CauseSection};
use super::heading::heading;
use crate::content::ValidTopic;
use crate::widget::state::{AccordionState, Action};
use crate::widget::UiText;
use std::rc::Rc;
use yew::prelude::*;

/// The level of each section's heading; the topic's question sits one level above.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeadingLevel(u8);

impl HeadingLevel {
    pub const MIN: u8 = 2;
    pub const MAX: u8 = 6;

    /// `None` outside 2–6: the question above the sections needs a level too.
    pub fn new(level: u8) -> Option<Self> {
        (Self::MIN..=Self::MAX).contains(&level).then_some(Self(level))
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

#[derive(Properties)]
pub struct AccordionProps {
    pub topic: Rc<ValidTopic>,
    #[prop_or_default]
    pub heading_level: HeadingLevel,
    #[prop_or_default]
    pub text: UiText,
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
            && self.text == other.text
            && self.on_ready == other.on_ready
            && self.on_toggle == other.on_toggle
            && self.on_department == other.on_department
    }
}

#[function_component(Accordion)]
pub fn accordion(props: &AccordionProps) -> Html {
    let state = use_reducer(AccordionState::default);
    {
        let on_ready = props.on_ready.clone();
        use_effect_with((), move |()| on_ready.emit(()));
    }
    let ValidTopic { topic, departments } = &*props.topic;
    let level = props.heading_level.get();
    let text = props.text;

    let on_toggle = {
        let state = state.clone();
        let notify = props.on_toggle.clone();
        Callback::from(move |id: String| {
            let opening = !state.is_open(&id);
            state.dispatch(Action::Toggle(id.clone()));
            notify.emit((id, opening));
        })
    };

    let groups = topic.groups.iter().map(|group| {
        let title_id = format!("{}-title", group.id);
        let causes = group.causes.iter().map(|cause| {
            cause_section(CauseSection {
                cause,
                departments,
                open: state.is_open(&cause.id),
                heading_level: level,
                text: &text,
                on_toggle: &on_toggle,
                on_department: &props.on_department,
            })
        });
        html! {
            <div class="group" role="group" aria-labelledby={title_id.clone()}>
                <p class="group-title" id={title_id}>{ &group.title }</p>
                { for causes }
            </div>
        }
    });

    html! {
        <article class="possible-causes" lang={topic.lang.clone()}>
            { heading(level - 1, "topic-title", html! { &topic.title }) }
            <p class="lead">{ &topic.lead }</p>
            { for groups }
            <p class="advice">{ &topic.advice }</p>
            <footer class="footnotes">
                <p class="disclaimer"><strong>{ text.disclaimer }{ ": " }</strong>{ &topic.disclaimer }</p>
                <p class="source">
                    { text.source }{ ": " }
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
