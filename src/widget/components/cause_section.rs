use super::department_links::department_links;
use super::heading::heading;
use super::medication_list::medication_list;
use crate::content::{Cause, Departments};
use crate::widget::markup::{ACTION_TOGGLE, HEADER_SUFFIX, PANEL_SUFFIX};
use crate::widget::state::CopyStatus;
use crate::widget::{UiText, Word};
use yew::prelude::*;

/// The id of a section's header button: `<cause-id>-header`.
pub fn header_id(cause_id: &str) -> String {
    format!("{cause_id}{HEADER_SUFFIX}")
}

/// The id of a section's panel: `<cause-id>-panel`.
pub fn panel_id(cause_id: &str) -> String {
    format!("{cause_id}{PANEL_SUFFIX}")
}

/// The cause whose panel has this id.
pub fn cause_of_panel(panel_id: &str) -> Option<&str> {
    panel_id.strip_suffix(PANEL_SUFFIX)
}

/// Spoken between a section's title and "Show this section", so a screen
/// reader pauses there instead of running them into one phrase (as GOV.UK's
/// accordion does). A comma is a pause in every language's speech. It is
/// part of the toggle's words, which go where the toggle cannot work.
const PAUSE: &str = ", ";

/// What one section needs to render.
pub struct CauseSection<'a> {
    pub cause: &'a Cause,
    pub departments: &'a Departments,
    pub open: bool,
    pub heading_level: u8,
    pub text: &'a UiText,
    /// The topic's language, which the section's own words sit in.
    pub lang: &'a str,
    pub copy_status: Option<&'a CopyStatus>,
    /// Its panel is a region labelled by its header (a topic of few sections).
    pub region: bool,
    /// Rendered on a server for a page that may run no script: the header is
    /// text, which embed.js makes the button (see `AccordionProps::server_rendered`).
    pub server_rendered: bool,
    /// A reader used the section's button.
    pub on_toggle: Callback<MouseEvent>,
    /// A reader used "copy link".
    pub on_copy_link: Callback<MouseEvent>,
    /// A reader followed the link to this department (its id).
    pub on_department: Callback<String>,
}

/// One section of the WAI-ARIA accordion pattern: a heading whose only child
/// is the button that shows or hides the panel below it. A closed panel is
/// `hidden="until-found"`, so the browser's find-in-page can reveal it.
/// Rendered on a server, the section is a `<details>` whose summary holds the
/// heading, so that it works with no script of ours.
/// (Spelled `HIDDEN`: html! takes `hidden` for a true/false attribute and
/// would write `hidden=""`; the DOM lower-cases an HTML element's attribute
/// names, so the page gets `hidden="until-found"`.)
pub fn cause_section(section: CauseSection) -> Html {
    let CauseSection {
        cause,
        departments,
        open,
        heading_level,
        text,
        lang,
        region,
        server_rendered,
        on_toggle,
        on_copy_link,
        on_department,
        copy_status,
    } = section;
    let header_id = header_id(&cause.id);
    let panel_id = panel_id(&cause.id);
    let inner_level = heading_level + 1;
    // Both words are there; the stylesheet shows the one the button's state
    // calls for, so the pre-rendered header needs no script to say it right.
    let label = html! {
        <>
            <span class="section-title">{ &cause.title }</span>
            <span class="section-toggle" data-nosnippet="">
                <span class="visually-hidden">{ PAUSE }</span>
                <span class="section-toggle-label" data-when="closed">{ text.word(Word::Show, lang) }</span>
                <span class="section-toggle-label" data-when="open">{ text.word(Word::Hide, lang) }</span>
                <span class="visually-hidden">{ text.word(Word::ThisSection, lang) }</span>
            </span>
        </>
    };
    let panel = html! {
            <div class="panel" part="panel" id={panel_id.clone()} role={region.then_some("region")}
                 aria-labelledby={region.then(|| header_id.clone())} HIDDEN={(!open && !server_rendered).then_some("until-found")}>
                { heading(inner_level, "subheading", None, text.word(Word::Why, lang)) }
                { for cause.explanation.iter().map(|p| html! { <p>{ p }</p> }) }
                if !cause.care.is_empty() {
                    { heading(inner_level, "subheading", None, text.word(Word::WhatHelps, lang)) }
                    { for cause.care.iter().map(|p| html! { <p>{ p }</p> }) }
                }
                if let Some(medications) = &cause.medications {
                    { medication_list(medications, inner_level, text, lang) }
                }
                { department_links(cause, departments, inner_level, text, lang, &on_department) }
                { section_link(text, lang, copy_status, on_copy_link) }
            </div>
    };
    // Only a server renders the pre-rendered markup: the widget's wasm is
    // built without it.
    #[cfg(feature = "tool")]
    if server_rendered {
        let header = html! {
            <span class="section-button" part="section-button" data-action={ACTION_TOGGLE} id={header_id} data-controls={panel_id}>
                { label }
            </span>
        };
        // A native disclosure: it opens and closes by itself, in every
        // browser, while embed.js is on its way or if it never comes;
        // embed.js makes it the live render's section (a heading whose
        // button shows or hides the panel), with the same layout.
        return html! {
            <details class="section" id={cause.id.clone()} open={open}>
                <summary class="section-summary">{ heading(heading_level, "section-heading", None, header) }</summary>
                { panel }
            </details>
        };
    }
    let header = html! {
        <button type="button" class="section-button" part="section-button" data-action={ACTION_TOGGLE} id={header_id}
                aria-expanded={if open { "true" } else { "false" }} aria-controls={panel_id} onclick={on_toggle}>
            { label }
        </button>
    };
    html! {
        <div class="section" id={cause.id.clone()}>
            { heading(heading_level, "section-heading", None, header) }
            { panel }
        </div>
    }
}

fn section_link(
    text: &UiText,
    lang: &str,
    status: Option<&CopyStatus>,
    on_copy_link: Callback<MouseEvent>,
) -> Html {
    let status = match status {
        None => html! {},
        Some(CopyStatus::Copied) => text.word(Word::LinkCopied, lang),
        Some(CopyStatus::CopyByHand(url)) => {
            html! { <>{ text.word(Word::CopyThisLink, lang) }{ " " }<span class="copy-url">{ url }</span></> }
        }
    };
    html! {
        <div class="section-link" data-nosnippet="">
            <button type="button" class="copy-link" data-action="copy-link" onclick={on_copy_link}>{ text.word(Word::CopyLink, lang) }</button>
            <span class="copy-status" role="status">{ status }</span>
        </div>
    }
}
