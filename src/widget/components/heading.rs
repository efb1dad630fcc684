use yew::prelude::*;

/// A heading whose level (1–6, larger renders as h6) the embedder chooses, so
/// the widget fits the host page's outline.
pub fn heading(level: u8, kind: &'static str, children: Html) -> Html {
    let tag = match level {
        0 | 1 => "h1",
        2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    };
    // data-kind, not class: html!'s `class` would parse the name into Classes at run time.
    html! { <@{tag} data-kind={kind}>{ children }</@> }
}
