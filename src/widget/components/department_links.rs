use super::heading::heading;
use crate::content::{Cause, Departments};
use crate::widget::{AccordionEvent, UiText, Word};
use yew::prelude::*;

/// Links to the departments that treat `cause`, named for the reader
/// ("Gynecology department"); following one is reported to `on_follow`.
pub fn department_links(
    cause: &Cause,
    departments: &Departments,
    heading_level: u8,
    text: &UiText,
    on_follow: &Callback<AccordionEvent>,
) -> Html {
    let items = cause.departments.iter().filter_map(|id| {
        let department = departments.get(id)?;
        let followed = AccordionEvent::DepartmentFollowed {
            cause: cause.id.clone(),
            department: id.clone(),
            href: department.link.clone(),
        };
        let onclick = on_follow.reform(move |_: MouseEvent| followed.clone());
        Some(html! {
            <li>
                <a href={department.link.clone()} {onclick}>{ text.department_link(&department.name) }</a>
                <span class="department-description">{ &department.description }</span>
            </li>
        })
    });
    html! {
        <div class="departments">
            { heading(heading_level, "subheading", html! { &text[Word::WhereToGo] }) }
            <ul>{ for items }</ul>
        </div>
    }
}
