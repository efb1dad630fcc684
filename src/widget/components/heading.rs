use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    /// 1–6; anything larger renders as h6.
    pub level: u8,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// A heading whose level the embedder chooses, so the widget fits the host page's outline.
#[function_component(Heading)]
pub fn heading(props: &HeadingProps) -> Html {
    let tag = match props.level.clamp(1, 6) {
        1 => "h1",
        2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    };
    html! {
        <@{tag} id={props.id.clone()} class={props.class.clone()}>{ props.children.clone() }</@>
    }
}
