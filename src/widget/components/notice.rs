use crate::widget::UiText;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    #[prop_or_default]
    pub text: UiText,
}

/// What the widget shows in its own box when it cannot show a topic. The
/// reader gets one polite sentence; the details go to the console.
#[function_component(Notice)]
pub fn notice(props: &NoticeProps) -> Html {
    html! {
        <div class="possible-causes notice" role="status">
            <p class="notice-title">{ props.text.error_title }</p>
        </div>
    }
}
