use super::heading::Heading;
use crate::content::Departments;
use crate::widget::UiText;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DepartmentLinksProps {
    /// Ids of the departments to list, in the topic's order.
    pub ids: Vec<String>,
    /// All departments the topic may link to, with final links.
    pub departments: std::rc::Rc<Departments>,
    pub heading_level: u8,
    #[prop_or_default]
    pub text: UiText,
    /// Told the department id when a reader follows its link; the link still works.
    #[prop_or_default]
    pub on_follow: Callback<String>,
}

#[function_component(DepartmentLinks)]
pub fn department_links(props: &DepartmentLinksProps) -> Html {
    let items = props.ids.iter().filter_map(|id| {
        let department = props.departments.get(id)?;
        let on_follow = props.on_follow.clone();
        let followed = id.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_follow.emit(followed.clone()));
        Some(html! {
            <li key={id.clone()}>
                <a href={department.link.clone()} {onclick}>{ props.text.department_link(&department.name) }</a>
                <span class="department-description">{ &department.description }</span>
            </li>
        })
    });
    html! {
        <div class="departments">
            <Heading level={props.heading_level} class="subheading">{ props.text.where_to_go }</Heading>
            <ul>{ for items }</ul>
        </div>
    }
}
