use super::heading::heading;
use crate::content::{Cause, Departments};
use crate::widget::{UiText, Word};
use yew::prelude::*;

/// Links to the departments that treat `cause`, named for the reader
/// ("Gynecology department"); `on_department` hears which one a reader followed.
pub fn department_links(
    cause: &Cause,
    departments: &Departments,
    heading_level: u8,
    text: &UiText,
    lang: &str,
    on_department: &Callback<String>,
) -> Html {
    let items = cause.departments.iter().filter_map(|id| {
        let department = departments.get(id)?;
        let followed = id.clone();
        let onclick = on_department.reform(move |_: MouseEvent| followed.clone());
        Some(html! {
            <li>
                <a href={department.link.clone()} part="department-link" {onclick}>{ text.word_filled_in(Word::DepartmentLink, text.department_link(&department.name).into(), lang) }</a>
                <span class="department-description">{ &department.description }</span>
            </li>
        })
    });
    html! {
        <div class="departments">
            { heading(heading_level, "subheading", None, text.word(Word::WhereToGo, lang)) }
            <ul>{ for items }</ul>
        </div>
    }
}
