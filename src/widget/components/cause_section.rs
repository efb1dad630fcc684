use super::department_links::DepartmentLinks;
use super::heading::Heading;
use super::medication_list::MedicationList;
use crate::content::{Cause, Departments};
use crate::widget::UiText;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CauseSectionProps {
    pub cause: Cause,
    pub departments: Rc<Departments>,
    pub open: bool,
    pub heading_level: u8,
    #[prop_or_default]
    pub text: UiText,
    /// Asked to open or close this section.
    pub on_toggle: Callback<String>,
    #[prop_or_default]
    pub on_department: Callback<String>,
}

/// One section of the WAI-ARIA accordion pattern: a heading whose only child
/// is the button that shows or hides the panel below it.
#[function_component(CauseSection)]
pub fn cause_section(props: &CauseSectionProps) -> Html {
    let CauseSectionProps { cause, departments, open, heading_level, text, .. } = props;
    let header_id = format!("{}-header", cause.id);
    let panel_id = format!("{}-panel", cause.id);
    let onclick = props.on_toggle.reform({
        let id = cause.id.clone();
        move |_: MouseEvent| id.clone()
    });
    let inner_level = heading_level + 1;
    html! {
        <div class={classes!("section", open.then_some("open"))} id={cause.id.clone()}>
            <Heading level={*heading_level} class="section-heading">
                <button type="button" class="section-button" id={header_id.clone()}
                        aria-expanded={open.to_string()} aria-controls={panel_id.clone()} {onclick}>
                    <span class="section-title">{ &cause.title }</span>
                    <span class="section-icon" aria-hidden="true"></span>
                </button>
            </Heading>
            <div class="panel" id={panel_id} role="region" aria-labelledby={header_id} hidden={!open}>
                <Heading level={inner_level} class="subheading">{ text.why }</Heading>
                { for cause.explanation.iter().map(|p| html! { <p>{ p }</p> }) }
                if !cause.care.is_empty() {
                    <Heading level={inner_level} class="subheading">{ text.what_helps }</Heading>
                    { for cause.care.iter().map(|p| html! { <p>{ p }</p> }) }
                }
                if let Some(medications) = &cause.medications {
                    <MedicationList medications={medications.clone()} heading_level={inner_level} text={*text} />
                }
                <DepartmentLinks ids={cause.departments.clone()} departments={departments.clone()}
                                 heading_level={inner_level} text={*text} on_follow={props.on_department.clone()} />
            </div>
        </div>
    }
}
