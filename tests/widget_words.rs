//! Each of the widget's words sits where it belongs, rendered natively by the
//! same components as in the browser: a host's replacement for one word
//! shows in that word's place and nowhere else. Crossing two words in a
//! view, or in the table, fails here.
#![cfg(all(feature = "tool", not(target_arch = "wasm32")))]

use possible_causes::content::builtin_topic;
use possible_causes::embed::config::ui_text;
use possible_causes::prerender::render_accordion;
use possible_causes::widget::{AccordionProps, Word};
use std::rc::Rc;

/// The accordion with every word replaced by `<KEY>`, with the sections `open`.
fn rendered(open: &[&str]) -> String {
    let replacements: Vec<(String, String)> = Word::ALL
        .iter()
        .map(|word| {
            (
                word.key().to_string(),
                format!("<{}>", word.key().to_uppercase()),
            )
        })
        .collect();
    let render = render_accordion(AccordionProps {
        topic: Rc::new(builtin_topic("mirena-lower-back-pain").unwrap()),
        heading_level: Default::default(),
        text: Rc::new(ui_text("en", &replacements)),
        open: open.iter().map(|id| id.to_string()).collect(),
        reopen: Vec::new(),
        section_link: None,
        on_event: Default::default(),
        server_rendered: false,
        regions: true,
    });
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    tokio::task::LocalSet::new().block_on(&runtime, render)
}

/// What follows the tag whose attributes hold the first `marker` in `html`
/// (HTML-escaped as rendered).
fn after<'a>(html: &'a str, marker: &str) -> &'a str {
    let at = html.find(marker).unwrap_or_else(|| panic!("no {marker}"));
    let end = at + html[at..].find('>').unwrap() + 1;
    &html[end..]
}

#[test]
fn each_state_of_a_section_button_says_its_own_word() {
    let html = rendered(&[]);
    assert!(
        after(&html, r#"data-when="closed""#).starts_with("&lt;SHOW&gt;"),
        "closed: Show"
    );
    assert!(
        after(&html, r#"data-when="open""#).starts_with("&lt;HIDE&gt;"),
        "open: Hide"
    );
    // First the spoken pause after the title, then "this section" after the words.
    assert!(after(&html, r#"class="visually-hidden""#).starts_with(", <"));
    let toggle = after(&html, r#"data-when="open""#);
    assert!(after(toggle, r#"class="visually-hidden""#).starts_with("&lt;THIS-SECTION&gt;"));
    assert!(after(&html, r#"data-action="show-all""#).contains("&lt;SHOW-ALL&gt;"));
    let all_open = rendered(&[
        "uterine-contractions",
        "chronic-pelvic-inflammatory-disease",
        "lumbar-disc-herniation",
        "muscle-or-ligament-strain",
        "skeletal-abnormalities",
    ]);
    let show_all = after(&all_open, r#"data-action="show-all""#);
    assert!(show_all[..show_all.find("</button>").unwrap()].contains("&lt;HIDE-ALL&gt;"));
}

#[test]
fn a_panel_s_headings_stand_above_what_they_name() {
    let topic = builtin_topic("mirena-lower-back-pain").unwrap().topic;
    let cause = topic
        .causes()
        .find(|c| !c.care.is_empty() && c.medications.is_some())
        .unwrap();
    let html = rendered(&[cause.id.as_str()]);
    let panel = after(&html, &format!(r#"id="{}-panel""#, cause.id));
    let position = |text: &str| {
        panel
            .find(text)
            .unwrap_or_else(|| panic!("no {text} in the panel"))
    };
    let why = position("&lt;WHY&gt;");
    let explanation = position(&cause.explanation[0].replace('\'', "&#39;"));
    let helps = position("&lt;WHAT-HELPS&gt;");
    let care = position(&cause.care[0].replace('\'', "&#39;"));
    let medications = position("&lt;MEDICATIONS&gt;");
    let doctor_only = position("&lt;DOCTOR-ONLY&gt;");
    let names = position(&cause.medications.as_ref().unwrap().names[0]);
    let where_to_go = position("&lt;WHERE-TO-GO&gt;");
    let department = position("&lt;DEPARTMENT-LINK&gt;");
    let copy = position("&lt;COPY-LINK&gt;");
    let order = [
        why,
        explanation,
        helps,
        care,
        medications,
        doctor_only,
        names,
        where_to_go,
        department,
        copy,
    ];
    assert!(order.windows(2).all(|pair| pair[0] < pair[1]), "{order:?}");
}

#[test]
fn the_footer_labels_its_disclaimer_and_source() {
    let html = rendered(&[]);
    assert!(
        after(&html, r#"class="disclaimer""#).starts_with("<strong>&lt;DISCLAIMER&gt;: </strong>")
    );
    assert!(after(&html, r#"class="source""#).starts_with("&lt;SOURCE&gt;: "));
}
