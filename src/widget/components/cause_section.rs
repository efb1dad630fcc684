use super::department_links::department_links;
use super::heading::heading;
use super::medication_list::medication_list;
use crate::content::{Cause, Departments};
use crate::widget::{DepartmentFollowed, UiText};
use yew::prelude::*;

/// What one section needs to render.
pub struct CauseSection<'a> {
    pub cause: &'a Cause,
    pub departments: &'a Departments,
    pub open: bool,
    pub heading_level: u8,
    pub text: &'a UiText,
    /// Asked to open or close this section, with the cause's id.
    pub on_toggle: &'a Callback<String>,
    pub on_department: &'a Callback<DepartmentFollowed>,
}

/// One section of the WAI-ARIA accordion pattern: a heading whose only child
/// is the button that shows or hides the panel below it.
pub fn cause_section(section: CauseSection) -> Html {
    let CauseSection { cause, departments, open, heading_level, text, on_toggle, on_department } = section;
    let header_id = format!("{}-header", cause.id);
    let panel_id = format!("{}-panel", cause.id);
    let onclick = on_toggle.reform({
        let id = cause.id.clone();
        move |_: MouseEvent| id.clone()
    });
    let inner_level = heading_level + 1;
    let button = html! {
        <button type="button" class="section-button" id={header_id.clone()}
                aria-expanded={if open { "true" } else { "false" }} aria-controls={panel_id.clone()} {onclick}>
            <span class="section-title">{ &cause.title }</span>
            <span class="section-icon" aria-hidden="true"></span>
        </button>
    };
    html! {
        <div class={if open { "section open" } else { "section" }} id={cause.id.clone()}>
            { heading(heading_level, "section-heading", button) }
            <div class="panel" id={panel_id} role="region" aria-labelledby={header_id} hidden={!open}>
                { heading(inner_level, "subheading", html! { text.why }) }
                { for cause.explanation.iter().map(|p| html! { <p>{ p }</p> }) }
                if !cause.care.is_empty() {
                    { heading(inner_level, "subheading", html! { text.what_helps }) }
                    { for cause.care.iter().map(|p| html! { <p>{ p }</p> }) }
                }
                if let Some(medications) = &cause.medications {
                    { medication_list(medications, inner_level, text) }
                }
                { department_links(cause, departments, inner_level, text, on_department) }
            </div>
        </div>
    }
}
