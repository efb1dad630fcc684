use super::cause_section::{cause_of_panel, cause_section, panel_id, CauseSection};
use super::heading::heading;
use crate::content::ValidTopic;
use crate::widget::effects::{self, FindInPage};
use crate::widget::markup::ACTION_SHOW_ALL;
use crate::widget::state::{AccordionState, Action, Change, CopyStatus};
use crate::widget::text::direction;
use crate::widget::{UiText, Word};
use std::rc::Rc;
use web_sys::Element;
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

/// What the accordion tells whoever renders it (the embed turns each into
/// an event on the host element).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccordionEvent {
    /// Rendered for the first time.
    Ready,
    /// A section opened or closed: by a reader, find-in-page, or the host
    /// page's code ([`Msg::FromHost`]); told once the page shows it.
    Toggled { cause: String, open: bool },
    /// A reader followed a department link.
    DepartmentFollowed {
        cause: String,
        department: String,
        href: String,
    },
}

#[derive(Properties, Clone)]
pub struct AccordionProps {
    pub topic: Rc<ValidTopic>,
    #[prop_or_default]
    pub heading_level: HeadingLevel,
    #[prop_or_default]
    pub text: Rc<UiText>,
    /// Sections open at the first render (the `open` attribute, a deep link);
    /// the first is scrolled into view. A new list for the same topic opens
    /// those too (see `changed`).
    #[prop_or_default]
    pub open: Vec<String>,
    /// Sections open at the first render without scrolling to them: those a
    /// reader had open before the widget was rendered anew.
    #[prop_or_default]
    pub reopen: Vec<String>,
    /// The URL of a section, for "copy link"; without it the control copies `#<cause-id>`.
    #[prop_or_default]
    pub section_link: Option<Callback<String, String>>,
    /// One callback for every [`AccordionEvent`]: one closure type in the wasm, not three.
    #[prop_or_default]
    pub on_event: Callback<AccordionEvent>,
    /// Rendered on a server, for a page that may run no script: section
    /// headers are text rather than buttons that could not work, and
    /// embed.js turns them into the buttons of the live render.
    #[prop_or_default]
    pub server_rendered: bool,
    /// Its panels may be regions (up to [`MOST_REGIONS`] sections): false
    /// where the page shows the same topic already, whose regions would
    /// have the same names.
    #[prop_or(true)]
    pub regions: bool,
}

/// Up to this many sections, each panel is a region labelled by its header,
/// as the WAI-ARIA accordion pattern advises; beyond it the landmarks would
/// crowd a screen reader's list of them.
pub const MOST_REGIONS: usize = 6;

// A topic never changes once loaded: comparing the Rc is enough, and keeps a
// deep comparison of the whole topic out of the wasm. The pattern names every
// field, so a prop added to the struct and not compared here does not compile.
impl PartialEq for AccordionProps {
    fn eq(&self, other: &Self) -> bool {
        let Self {
            topic,
            heading_level,
            text,
            open,
            reopen,
            section_link,
            on_event,
            server_rendered,
            regions,
        } = self;
        Rc::ptr_eq(topic, &other.topic)
            && *heading_level == other.heading_level
            && Rc::ptr_eq(text, &other.text)
            && *open == other.open
            && *reopen == other.reopen
            && *section_link == other.section_link
            && *on_event == other.on_event
            && *server_rendered == other.server_rendered
            && *regions == other.regions
    }
}

/// What a reader, or the browser on a reader's behalf, did in the accordion.
pub enum Msg {
    /// Used a section's button.
    Toggle(String),
    /// Used "Show all sections" / "Hide all sections".
    ToggleAll,
    /// Find-in-page matched text in this closed section.
    FoundInPage(String),
    CopyLink(String),
    LinkCopied(String, CopyStatus),
    /// Followed the link to a department (cause, department).
    DepartmentFollowed(String, String),
    /// The host page's code asked for this (the element's `show()`, `hideAll()`, …);
    /// the callback is called once the change is rendered.
    FromHost(Action, Callback<()>),
}

/// A struct component rather than a function component with hooks: its
/// lifecycle methods do the work of four hooks at a fraction of the wasm.
pub struct Accordion {
    state: AccordionState,
    root: NodeRef,
    /// The section to scroll to after the next render (an open request's first).
    scroll_to: Option<String>,
    /// Tell whoever renders it that it is ready, after the next render: the
    /// first, or the first with a new topic.
    announce: bool,
    /// Opens a closed section when find-in-page matches text in it, while kept.
    find_in_page: Option<FindInPage>,
    /// Sections opened or closed by the reader or the host's code (not by
    /// props), told after the next render: listeners then find the page as
    /// the event says.
    toggled: Vec<Change>,
    /// Told after the next render: the host's requests are then on the page.
    when_rendered: Vec<Callback<()>>,
}

impl Accordion {
    /// The sections open at a first render: those reopened, those asked for.
    fn start(&mut self, props: &AccordionProps) {
        self.state.apply(Action::Open(props.reopen.clone()));
        self.open_and_scroll(props.open.clone());
    }

    /// What a reader or the host's code asked for.
    fn apply(&mut self, action: Action) {
        let changes = self.state.apply(action);
        self.toggled.extend(changes);
    }

    fn open_and_scroll(&mut self, ids: Vec<String>) {
        self.scroll_to = ids.first().cloned();
        self.state.apply(Action::Open(ids));
    }
}

impl Component for Accordion {
    type Message = Msg;
    type Properties = AccordionProps;

    fn create(ctx: &Context<Self>) -> Self {
        let mut accordion = Self {
            state: AccordionState::default(),
            root: NodeRef::default(),
            scroll_to: None,
            announce: true,
            find_in_page: None,
            toggled: Vec::new(),
            when_rendered: Vec::new(),
        };
        accordion.start(ctx.props());
        accordion
    }

    /// Props are controlled: a new topic starts the accordion afresh (an app
    /// reused for another widget); a new `open` for the same topic opens
    /// those sections too (a new deep link).
    fn changed(&mut self, ctx: &Context<Self>, old: &AccordionProps) -> bool {
        let props = ctx.props();
        if !Rc::ptr_eq(&props.topic, &old.topic) {
            self.state = AccordionState::default();
            self.toggled.clear();
            self.announce = true;
            self.start(props);
        } else if props.open != old.open {
            self.open_and_scroll(props.open.clone());
        }
        true
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        let props = ctx.props();
        match msg {
            Msg::Toggle(id) => self.apply(Action::Toggle(id)),
            Msg::ToggleAll => {
                let ids = props
                    .topic
                    .topic
                    .cause_ids()
                    .into_iter()
                    .map(String::from)
                    .collect();
                self.apply(Action::ToggleAll(ids));
            }
            Msg::FoundInPage(id) => self.apply(Action::Open(vec![id])),
            Msg::FromHost(action, done) => {
                self.apply(action);
                self.when_rendered.push(done);
            }
            Msg::CopyLink(id) => {
                let url = match &props.section_link {
                    Some(link) => link.emit(id.clone()),
                    None => format!("#{id}"),
                };
                let done = ctx
                    .link()
                    .callback(move |status| Msg::LinkCopied(id.clone(), status));
                effects::copy_to_clipboard(url, done);
                return false;
            }
            Msg::LinkCopied(id, status) => {
                self.state.apply(Action::CopyStatus(id, status));
            }
            Msg::DepartmentFollowed(cause, department) => {
                if let Some(followed) = props.topic.departments.get(&department) {
                    let href = followed.link.clone();
                    props.on_event.emit(AccordionEvent::DepartmentFollowed {
                        cause,
                        department,
                        href,
                    });
                }
                return false;
            }
        }
        true
    }

    fn rendered(&mut self, ctx: &Context<Self>, first_render: bool) {
        let Some(root) = self.root.cast::<Element>() else {
            return;
        };
        if let Some(id) = self.scroll_to.take() {
            effects::scroll_to_section(&root, &id);
        }
        if first_render {
            let on_found = ctx.link().batch_callback(|panel_id: String| {
                cause_of_panel(&panel_id).map(|id| Msg::FoundInPage(id.to_string()))
            });
            self.find_in_page = Some(FindInPage::listen(root, on_found));
        }
        if std::mem::take(&mut self.announce) {
            ctx.props().on_event.emit(AccordionEvent::Ready);
        }
        for (cause, open) in std::mem::take(&mut self.toggled) {
            ctx.props()
                .on_event
                .emit(AccordionEvent::Toggled { cause, open });
        }
        for done in std::mem::take(&mut self.when_rendered) {
            done.emit(());
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let props = ctx.props();
        let link = ctx.link();
        let state = &self.state;
        let ValidTopic { topic, departments } = &*props.topic;
        let level = props.heading_level.get();
        let text = &*props.text;
        let all_ids = topic.cause_ids();
        let all_open = state.all_open(all_ids.iter().copied());
        let lang = topic.lang.as_str();
        let region = props.regions && all_ids.len() <= MOST_REGIONS;

        let groups = topic.groups.iter().map(|group| {
            let title_id = format!("{}-title", group.id);
            let causes = group.causes.iter().map(|cause| {
                let id = cause.id.clone();
                let (copy_id, department_cause) = (id.clone(), id.clone());
                cause_section(CauseSection {
                    on_toggle: link.callback(move |_: MouseEvent| Msg::Toggle(id.clone())),
                    on_copy_link: link
                        .callback(move |_: MouseEvent| Msg::CopyLink(copy_id.clone())),
                    on_department: link.callback(move |department: String| {
                        Msg::DepartmentFollowed(department_cause.clone(), department)
                    }),
                    cause,
                    departments,
                    open: state.is_open(&cause.id),
                    heading_level: level,
                    text,
                    lang,
                    copy_status: state.copy_status(&cause.id),
                    region,
                    server_rendered: props.server_rendered,
                })
            });
            html! {
                <div class="group" role="group" aria-labelledby={title_id.clone()}>
                    <p class="group-title" id={title_id}>{ &group.title }</p>
                    { for causes }
                </div>
            }
        });
        let mut panels = String::new();
        for id in &all_ids {
            if !panels.is_empty() {
                panels.push(' ');
            }
            panels.push_str(&panel_id(id));
        }

        html! {
            <article class="possible-causes" lang={topic.lang.clone()} dir={direction(lang)} ref={self.root.clone()}>
                { heading(level - 1, "topic-title", Some("question"), html! { &topic.title }) }
                <p class="lead">{ &topic.lead }</p>
                <button type="button" class="show-all" part="show-all" data-action={ACTION_SHOW_ALL} onclick={link.callback(|_: MouseEvent| Msg::ToggleAll)} aria-expanded={if all_open { "true" } else { "false" }}
                        aria-controls={panels}>
                    <span data-nosnippet="">{ text.word(if all_open { Word::HideAll } else { Word::ShowAll }, lang) }</span>
                </button>
                { for groups }
                <p class="advice">{ &topic.advice }</p>
                <footer class="footnotes">
                    <p class="disclaimer"><strong>{ text.word(Word::Disclaimer, lang) }{ ": " }</strong>{ &topic.disclaimer }</p>
                    <p class="source">
                        { text.word(Word::Source, lang) }{ ": " }
                        if let Some(url) = &topic.source.url {
                            <a href={url.clone()}>{ &topic.source.title }</a>
                        } else {
                            <cite>{ &topic.source.title }</cite>
                        }
                    </p>
                    if let Some(reviewed) = &topic.reviewed {
                        <p class="reviewed">{ text.word_filled_in(Word::Reviewed, text.reviewed(&reviewed.date, &reviewed.by).into(), lang) }</p>
                    }
                </footer>
            </article>
        }
    }
}
