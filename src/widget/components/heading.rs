use yew::prelude::*;

/// A heading whose level (1–6, larger renders as h6) the embedder chooses, so
/// the widget fits the host page's outline.
///
/// `part` names it for the host page's `::part()` rules.
pub fn heading(level: u8, kind: &'static str, part: Option<&'static str>, children: Html) -> Html {
    // A literal tag per level: html!'s dynamic `<@{tag}>` would bring in the
    // code for <input> and <textarea> that a heading never needs. data-kind,
    // not class: `class` is parsed into Classes at run time, which measured
    // 1,586 bytes brotli more wasm (bench/size-history.md).
    match level {
        0 | 1 => html! { <h1 data-kind={kind} {part}>{ children }</h1> },
        2 => html! { <h2 data-kind={kind} {part}>{ children }</h2> },
        3 => html! { <h3 data-kind={kind} {part}>{ children }</h3> },
        4 => html! { <h4 data-kind={kind} {part}>{ children }</h4> },
        5 => html! { <h5 data-kind={kind} {part}>{ children }</h5> },
        _ => html! { <h6 data-kind={kind} {part}>{ children }</h6> },
    }
}
