//! Mounting a widget into its element's shadow root, for embed.js.

use super::command::Command;
use super::config::{absolute_links, resolve, Attributes};
use super::events::error_list;
use super::host_events::host_events;
use crate::content::{ContentError, Topic};
use crate::widget::state::Action;
use crate::widget::{Accordion, AccordionProps, Msg};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;
use yew::Callback;

/// Renders the widget that `host`'s attributes ask for into `mount_point`,
/// and returns the number that names it for [`command`]. `reopen` names,
/// space-separated, the sections a reader had open before the attributes
/// changed: those that the topic still has open again, without scrolling and
/// without events.
///
/// When it cannot render, it throws the list of what is wrong, each as
/// `{message, path}`; embed.js reports them as it reports files that fail to
/// load (the notice in the box, a console error each, one error event).
///
/// A number, not an exported struct or a closure: the glue then needs no
/// class for it, and nothing of a widget outlives its `unmount`.
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    mount_point: Element,
    reopen: Option<String>,
) -> Result<u32, JsValue> {
    let mut resolved = resolve(&Attributes::read(&host)).map_err(|errors| error_list(&errors))?;
    let base_url = host.base_uri().ok().flatten().unwrap_or_default();
    absolute_links(
        &mut Rc::make_mut(&mut resolved.topic).departments,
        &base_url,
    );
    for warning in &resolved.warnings {
        web_sys::console::warn_2(&PREFIX.into(), &warning.to_string().into());
    }
    let window = web_sys::window()
        .ok_or_else(|| error_list(&[ContentError::whole("no window to render in")]))?;
    let mut open = resolved.open;
    if let Some(id) = hash_section(&window, &resolved.topic.topic) {
        open.push(id);
    }
    let causes = resolved.topic.topic.cause_ids();
    let reopen = reopen.unwrap_or_default();
    let reopen = reopen
        .split_ascii_whitespace()
        .filter(|id| causes.contains(id))
        .map(str::to_string)
        .collect();
    let on_event = host_events(&host, &resolved.topic.topic.id);
    let shown_already = MOUNTED.with(|live| {
        live.borrow()
            .iter()
            .any(|(_, other)| other.props.topic.topic.id == resolved.topic.topic.id)
    });
    let props = AccordionProps {
        topic: resolved.topic,
        heading_level: resolved.heading_level,
        text: resolved.text,
        open,
        reopen,
        section_link: Some(Callback::from(section_url)),
        on_event,
        server_rendered: false,
        regions: !shown_already,
    };
    let pooled = PooledApp::take(&window, props.clone())?;
    let _ = mount_point.append_child(&pooled.root);
    let widget = NEXT.with(|next| next.replace(next.get().wrapping_add(1)));
    // A new #fragment is a new `open` for the same topic: the accordion
    // opens and scrolls to it, keeping what else is open.
    let on_hash_change = Closure::<dyn Fn()>::new(move || {
        MOUNTED.with(|live| {
            if let Some((_, shown)) = live.borrow_mut().iter_mut().find(|(n, _)| *n == widget) {
                shown.follow_hash();
            }
        })
    });
    let _ = window
        .add_event_listener_with_callback("hashchange", on_hash_change.as_ref().unchecked_ref());
    let shown = MountedWidget {
        pooled,
        props,
        window,
        on_hash_change,
    };
    MOUNTED.with(|live| live.borrow_mut().push((widget, shown)));
    Ok(widget)
}

/// Drives the widget `mount` returned: `command` is one of the element's
/// methods (`show`, `hide`, `showAll`, `hideAll`), and `done` is called once
/// its change is on the page (at once when there is none to make); or
/// `unmount` (once, when the element leaves the page or its attributes
/// change; later commands with that number change nothing and call `done`).
#[wasm_bindgen]
pub fn command(widget: u32, command: &str, id: Option<String>, done: Option<js_sys::Function>) {
    let done = Callback::from(move |()| {
        if let Some(done) = &done {
            let _ = done.call0(&JsValue::NULL);
        }
    });
    let Some(command) = Command::from_name(command) else {
        let message = format!("unknown command {command}(): nothing changed");
        web_sys::console::warn_2(&PREFIX.into(), &message.into());
        return done.emit(());
    };
    MOUNTED.with(|live| {
        let mut live = live.borrow_mut();
        let at = live.iter().position(|(n, _)| *n == widget);
        match at {
            Some(at) if command == Command::Unmount => live.swap_remove(at).1.unmount(),
            Some(at) => {
                let shown = &live[at].1;
                if let Some(action) = shown.action(command, id) {
                    return shown.pooled.app.send_message(Msg::FromHost(action, done));
                }
            }
            // A number from a widget already unmounted names nothing: never another widget.
            None => {}
        }
        done.emit(());
    })
}

/// A widget on the page: its app, the props it was mounted with, and its
/// hashchange listener.
struct MountedWidget {
    pooled: PooledApp,
    props: AccordionProps,
    window: web_sys::Window,
    on_hash_change: Closure<dyn Fn()>,
}

thread_local! {
    /// The widgets on the page, with the number `mount` returned for each.
    /// Numbers are never given twice, so a stale one drives nothing.
    static MOUNTED: RefCell<Vec<(u32, MountedWidget)>> = const { RefCell::new(Vec::new()) };
    static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

impl MountedWidget {
    /// What one of the element's methods asks of this widget; `None`, with a
    /// console warning, for a cause the topic does not have.
    fn action(&self, command: Command, id: Option<String>) -> Option<Action> {
        let topic = &self.props.topic.topic;
        let all = || topic.cause_ids().into_iter().map(String::from).collect();
        match command {
            Command::ShowAll => Some(Action::Open(all())),
            Command::HideAll => Some(Action::Close(all())),
            Command::Show | Command::Hide => {
                let id = id.unwrap_or_default();
                if !topic.cause_ids().contains(&id.as_str()) {
                    let message = unknown_section(command.name(), &id, topic);
                    web_sys::console::warn_2(&PREFIX.into(), &message.into());
                    return None;
                }
                Some(if command == Command::Show {
                    Action::Open(vec![id])
                } else {
                    Action::Close(vec![id])
                })
            }
            Command::Unmount => None,
        }
    }

    fn follow_hash(&mut self) {
        if let Some(id) = hash_section(&self.window, &self.props.topic.topic) {
            self.pooled.app.update(AccordionProps {
                open: vec![id],
                ..self.props.clone()
            });
        }
    }

    fn unmount(self) {
        let _ = self.window.remove_event_listener_with_callback(
            "hashchange",
            self.on_hash_change.as_ref().unchecked_ref(),
        );
        self.pooled.return_to_pool();
    }
}

/// The console's warning for `show(id)` or `hide(id)` with an id the topic
/// does not have: the call changes nothing.
fn unknown_section(command: &str, id: &str, topic: &Topic) -> String {
    let known = topic.cause_ids().join(", ");
    format!(
        "{command}(\"{id}\"): the topic \"{}\" has no such section, so nothing changed (its sections: {known})",
        topic.id
    )
}

/// A Yew app and the element it renders into. Yew never frees the event
/// handlers it puts on an app's root, so a page that adds and removes
/// widgets thousands of times would grow with an app per widget: an app
/// whose widget left the page waits here for the next one instead.
struct PooledApp {
    root: Element,
    app: AppHandle<Accordion>,
}

thread_local! {
    static IDLE: RefCell<Vec<PooledApp>> = const { RefCell::new(Vec::new()) };
}

/// More apps than this waiting are destroyed (their handlers stay behind).
const MOST_IDLE: usize = 8;

impl PooledApp {
    /// An idle app showing `props` (the accordion starts afresh for a new
    /// topic), or a new one.
    fn take(window: &web_sys::Window, props: AccordionProps) -> Result<Self, JsValue> {
        if let Some(mut pooled) = IDLE.with(|idle| idle.borrow_mut().pop()) {
            pooled.app.update(props);
            return Ok(pooled);
        }
        let no_document = || error_list(&[ContentError::whole("no document to render in")]);
        let root = window
            .document()
            .ok_or_else(no_document)?
            .create_element("div")
            .map_err(|_| no_document())?;
        root.set_class_name("app");
        let app = yew::Renderer::<Accordion>::with_root_and_props(root.clone(), props).render();
        Ok(Self { root, app })
    }

    /// Takes the widget off the page and keeps the app for the next one.
    fn return_to_pool(self) {
        self.root.remove();
        IDLE.with(|idle| {
            let mut idle = idle.borrow_mut();
            if idle.len() < MOST_IDLE {
                idle.push(self);
            } else {
                self.app.destroy();
            }
        });
    }
}

/// The cause that the page URL's `#fragment` names, if this topic has it.
fn hash_section(window: &web_sys::Window, topic: &Topic) -> Option<String> {
    let hash = window.location().hash().ok()?;
    let id = hash.strip_prefix("#")?;
    topic.cause_ids().contains(&id).then(|| id.to_string())
}

/// The page's URL with `#<cause-id>`: what "copy link" copies.
fn section_url(id: String) -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let page = href.split('#').next().unwrap_or_default();
    format!("{page}#{id}")
}

/// Starts every console line, so a web team can filter on it.
const PREFIX: &str = "possible-causes:";
