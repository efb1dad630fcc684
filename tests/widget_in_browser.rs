//! The Yew components and the embed entry point, rendered in headless Chromium
//! inside a shadow root as on a host page.
#![cfg(target_arch = "wasm32")]

use possible_causes::content::builtin_topic;
use possible_causes::embed::{command, mount};
use possible_causes::widget::{Accordion, AccordionEvent, AccordionProps, HeadingLevel};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A host element with an open shadow root and a box inside it, as embed.js makes.
fn host_with_box(attributes: &[(&str, &str)]) -> (HtmlElement, ShadowRoot, Element) {
    let host: HtmlElement = document()
        .create_element("div")
        .unwrap()
        .dyn_into()
        .unwrap();
    for (name, value) in attributes {
        host.set_attribute(name, value).unwrap();
    }
    document().body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    let mount_point = document().create_element("div").unwrap();
    shadow.append_child(&mount_point).unwrap();
    (host, shadow, mount_point)
}

fn all(root: &ShadowRoot, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into().unwrap())
        .collect()
}

fn one(root: &ShadowRoot, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

async fn click(element: &Element) {
    element.dyn_ref::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
}

async fn render_accordion(level: HeadingLevel, on_toggle: Callback<(String, bool)>) -> ShadowRoot {
    let (_, shadow, mount_point) = host_with_box(&[]);
    let topic = Rc::new(builtin_topic("mirena-lower-back-pain").unwrap());
    let props = AccordionProps {
        topic,
        heading_level: level,
        text: Default::default(),
        open: Vec::new(),
        reopen: Vec::new(),
        section_link: None,
        on_event: Callback::from(move |event| {
            if let AccordionEvent::Toggled { cause, open } = event {
                on_toggle.emit((cause, open));
            }
        }),
        server_rendered: false,
        regions: true,
    };
    yew::Renderer::<Accordion>::with_root_and_props(mount_point, props).render();
    yew::scheduler::flush().await;
    shadow
}

/// The accordion, and every (cause, open) it reports.
async fn render_recording_toggles() -> (ShadowRoot, Rc<RefCell<Vec<(String, bool)>>>) {
    let toggles = Rc::new(RefCell::new(Vec::new()));
    let seen = toggles.clone();
    let on_toggle = Callback::from(move |t| seen.borrow_mut().push(t));
    (
        render_accordion(HeadingLevel::default(), on_toggle).await,
        toggles,
    )
}

#[wasm_bindgen_test]
async fn renders_every_cause_collapsed_with_accordion_semantics() {
    let root = render_accordion(HeadingLevel::default(), Callback::noop()).await;
    assert_eq!(
        one(&root, "h2[data-kind=topic-title]")
            .text_content()
            .unwrap(),
        "What are the causes of lower back pain after inserting a Mirena IUD?"
    );
    let buttons = all(&root, "button.section-button");
    let titles: Vec<String> = all(&root, "button.section-button .section-title")
        .iter()
        .map(|t| t.text_content().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Uterine contractions",
            "Chronic pelvic inflammatory disease",
            "Lumbar disc herniation",
            "Muscle or ligament strain",
            "Skeletal abnormalities",
        ]
    );
    for button in &buttons {
        let word = |selector: &str| {
            let found = button.query_selector(selector).unwrap();
            found
                .unwrap_or_else(|| panic!("no {selector}"))
                .text_content()
                .unwrap()
        };
        // Both words are there; the stylesheet shows the one for the button's state.
        assert_eq!(word("[data-when=closed]"), "Show");
        assert_eq!(word("[data-when=open]"), "Hide");
        assert_eq!(word("[data-when=open] + .visually-hidden"), " this section");
        // A spoken pause between the title and what the button does.
        assert_eq!(word(".section-toggle > .visually-hidden:first-child"), ", ");
        assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
        assert_eq!(
            button.get_attribute("aria-expanded").as_deref(),
            Some("false")
        );
        let heading = button.parent_element().unwrap();
        assert_eq!(heading.tag_name(), "H3");
        assert_eq!(
            heading.child_element_count(),
            1,
            "the button is the heading's only child"
        );
        let panel = root
            .get_element_by_id(&button.get_attribute("aria-controls").unwrap())
            .expect("panel exists");
        assert_eq!(
            panel.get_attribute("hidden").as_deref(),
            Some("until-found"),
            "find-in-page can reveal it"
        );
        // Five sections: each panel a region named by its header (the APG's advice up to six).
        assert_eq!(panel.get_attribute("role").as_deref(), Some("region"));
        assert_eq!(panel.get_attribute("aria-labelledby"), Some(button.id()));
    }
    assert!(one(&root, ".disclaimer")
        .text_content()
        .unwrap()
        .contains("does not replace a doctor's diagnosis"));
    assert!(one(&root, ".source")
        .text_content()
        .unwrap()
        .contains("Mirena IUD"));
    assert!(one(&root, ".advice")
        .text_content()
        .unwrap()
        .contains("gynecology or orthopedics"));
}

#[wasm_bindgen_test]
async fn sections_toggle_independently_and_report_it() {
    let (root, toggles) = render_recording_toggles().await;
    let pid = one(&root, "#chronic-pelvic-inflammatory-disease-header");
    let disc = one(&root, "#lumbar-disc-herniation-header");
    click(&pid).await;
    click(&disc).await;
    assert_eq!(pid.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert_eq!(
        disc.get_attribute("aria-expanded").as_deref(),
        Some("true"),
        "several sections may be open"
    );
    let panel = one(&root, "#chronic-pelvic-inflammatory-disease-panel");
    assert!(!panel.has_attribute("hidden"));
    let text = panel.text_content().unwrap();
    assert!(
        text.contains("Take these only under a doctor's guidance."),
        "{text}"
    );
    assert!(text.contains("Clindamycin hydrochloride capsules"));
    assert!(text.contains("Physical therapy may help improve local blood circulation."));
    let link = one(&root, "#chronic-pelvic-inflammatory-disease-panel a");
    assert_eq!(link.text_content().unwrap(), "Gynecology department");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/departments/gynecology.html")
    );

    click(&pid).await;
    assert_eq!(pid.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(panel.has_attribute("hidden"));
    assert_eq!(
        *toggles.borrow(),
        [
            ("chronic-pelvic-inflammatory-disease".to_string(), true),
            ("lumbar-disc-herniation".to_string(), true),
            ("chronic-pelvic-inflammatory-disease".to_string(), false),
        ]
    );
}

#[wasm_bindgen_test]
async fn show_all_opens_every_section_and_its_label_follows() {
    let (root, toggles) = render_recording_toggles().await;
    let show_all = one(&root, "button.show-all");
    assert_eq!(show_all.text_content().unwrap(), "Show all sections");
    assert_eq!(
        show_all.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(
        show_all
            .get_attribute("aria-controls")
            .unwrap()
            .split(' ')
            .count(),
        5
    );
    click(&show_all).await;
    assert!(all(&root, "button.section-button")
        .iter()
        .all(|b| b.get_attribute("aria-expanded").as_deref() == Some("true")));
    assert_eq!(show_all.text_content().unwrap(), "Hide all sections");
    assert_eq!(
        show_all.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    click(&one(&root, "#skeletal-abnormalities-header")).await;
    assert_eq!(
        show_all.text_content().unwrap(),
        "Show all sections",
        "one closed section makes it 'show all' again"
    );
    click(&show_all).await;
    click(&show_all).await;
    assert!(all(&root, ".panel")
        .iter()
        .all(|p| p.get_attribute("hidden").as_deref() == Some("until-found")));
    // Each section that changed is reported once: 5 opened, 1 closed by its button,
    // the same 1 opened by "show all", then 5 closed.
    let toggles = toggles.borrow();
    let opened = |from: usize, to: usize| toggles[from..to].iter().all(|(_, open)| *open);
    assert_eq!(toggles.len(), 12, "{toggles:?}");
    assert!(opened(0, 5));
    assert_eq!(toggles[5], ("skeletal-abnormalities".to_string(), false));
    assert_eq!(toggles[6], ("skeletal-abnormalities".to_string(), true));
    assert!(toggles[7..].iter().all(|(_, open)| !open));
}

#[wasm_bindgen_test]
async fn heading_level_is_the_embedder_s() {
    let root = render_accordion(HeadingLevel::new(5).unwrap(), Callback::noop()).await;
    assert_eq!(all(&root, "h5 > button.section-button").len(), 5);
    assert_eq!(all(&root, "h4[data-kind=topic-title]").len(), 1);
    assert!(HeadingLevel::new(1).is_none() && HeadingLevel::new(7).is_none());
}

#[wasm_bindgen_test]
async fn content_is_text_never_html() {
    let (host, shadow, mount_point) = host_with_box(&[]);
    let markup = r#"<img src=x onerror=alert(1)><b>Uterine</b> <script>alert(2)</script>"#;
    let topic = include_str!("../content/topics/mirena-lower-back-pain.json").replacen(
        "\"Uterine contractions\"",
        &format!("{markup:?}"),
        1,
    );
    with_inline_json(&host, &topic);
    assert!(mount(host, mount_point, None).is_ok());
    yew::scheduler::flush().await;
    let title = one(&shadow, "#uterine-contractions-header .section-title");
    assert_eq!(
        title.text_content().unwrap(),
        markup,
        "shown as the text it is"
    );
    assert!(
        all(&shadow, "img, b, script, iframe").is_empty(),
        "no element made from content"
    );
}

#[wasm_bindgen_test]
async fn a_button_with_a_class_of_its_own_still_works() {
    let (root, toggles) = render_recording_toggles().await;
    let button = one(&root, "#lumbar-disc-herniation-header");
    button.class_list().add_1("brand-extra").unwrap();
    click(&button).await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        *toggles.borrow(),
        [("lumbar-disc-herniation".to_string(), true)]
    );
}

fn listen(host: &HtmlElement, name: &str) -> Rc<RefCell<Vec<JsValue>>> {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let store = seen.clone();
    let listener =
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
            store.borrow_mut().push(event.detail());
        });
    host.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref())
        .unwrap();
    listener.forget();
    seen
}

/// What `mount` refused with, as (path, message) pairs; empty when it mounted.
fn refusal(mounted: Result<u32, JsValue>) -> Vec<(String, String)> {
    match mounted {
        Ok(_) => Vec::new(),
        Err(errors) => js_sys::Array::from(&errors)
            .iter()
            .map(|e| (field(&e, "path"), field(&e, "message")))
            .collect(),
    }
}

fn field(detail: &JsValue, key: &str) -> String {
    js_sys::Reflect::get(detail, &key.into())
        .unwrap()
        .as_string()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn embed_uses_the_department_href_template() {
    let (host, shadow, mount_point) = host_with_box(&[
        ("topic", "mirena-lower-back-pain"),
        (
            "department-href",
            "https://clinic.example/dept/{department}",
        ),
    ]);
    let ready = listen(&host, "possible-causes:ready");
    let _mounted = mount(host, mount_point, None);
    yew::scheduler::flush().await;
    let hrefs: Vec<String> = all(&shadow, ".departments a")
        .iter()
        .map(|a| a.get_attribute("href").unwrap())
        .collect();
    assert_eq!(hrefs.len(), 5);
    assert!(hrefs.contains(&"https://clinic.example/dept/gynecology".to_string()));
    assert!(hrefs.contains(&"https://clinic.example/dept/orthopedics".to_string()));
    assert_eq!(ready.borrow().len(), 1);
    assert_eq!(field(&ready.borrow()[0], "topic"), "mirena-lower-back-pain");
}

#[wasm_bindgen_test]
async fn embed_mounts_a_widget_that_commands_drive_and_unmount() {
    let (host, shadow, mount_point) = host_with_box(&[("topic", "mirena-lower-back-pain")]);
    let toggles = listen(&host, "possible-causes:toggle");
    let widget = mount(host, mount_point, None).expect("the built-in topic mounts");
    yew::scheduler::flush().await;
    let buttons = all(&shadow, ".section-button");
    let expanded = |i: usize| buttons[i].get_attribute("aria-expanded").unwrap();

    // show(id): `done` is called once the section is open on the page.
    let id = shadow.query_selector(".section").unwrap().unwrap().id();
    let done_at = Rc::new(RefCell::new(None));
    let done = {
        let (done_at, buttons) = (done_at.clone(), buttons.clone());
        Closure::once_into_js(move || {
            *done_at.borrow_mut() = buttons[0].get_attribute("aria-expanded");
        })
    };
    command(
        widget,
        "show",
        Some(id.clone()),
        Some(done.unchecked_into()),
    );
    assert_eq!(expanded(0), "false", "rendered later, by Yew's scheduler");
    yew::scheduler::flush().await;
    assert_eq!(done_at.borrow().as_deref(), Some("true"));
    assert_eq!(field(&toggles.borrow()[0], "cause"), id);

    command(widget, "showAll", None, None);
    yew::scheduler::flush().await;
    assert!((0..buttons.len()).all(|i| expanded(i) == "true"));
    assert_eq!(toggles.borrow().len(), buttons.len());
    // An unknown id changes nothing and fires nothing.
    command(widget, "hide", Some("no-such-cause".into()), None);
    yew::scheduler::flush().await;
    assert!((0..buttons.len()).all(|i| expanded(i) == "true"));
    assert_eq!(toggles.borrow().len(), buttons.len());

    command(widget, "unmount", None, None);
    yew::scheduler::flush().await;
    assert!(
        shadow.query_selector("article").unwrap().is_none(),
        "the widget's DOM is gone"
    );
    // A stale number drives nothing, not even the widget mounted next.
    let (next_host, next_shadow, next_box) = host_with_box(&[("topic", "mirena-lower-back-pain")]);
    let next = mount(next_host, next_box, None).expect("the next widget mounts");
    yew::scheduler::flush().await;
    assert_ne!(next, widget, "numbers are never given twice");
    let settled = Rc::new(RefCell::new(false));
    let done = {
        let settled = settled.clone();
        Closure::once_into_js(move || *settled.borrow_mut() = true)
    };
    command(widget, "showAll", None, Some(done.unchecked_into()));
    command(widget, "unmount", None, None);
    yew::scheduler::flush().await;
    assert!(*settled.borrow(), "a call to a stale number still settles");
    let next_buttons = all(&next_shadow, ".section-button");
    assert!(next_buttons
        .iter()
        .all(|b| b.get_attribute("aria-expanded").as_deref() == Some("false")));
    assert!(next_shadow.query_selector("article").unwrap().is_some());
    command(next, "unmount", None, None);
}

#[wasm_bindgen_test]
async fn embed_refuses_an_unknown_topic_politely() {
    let (host, shadow, mount_point) = host_with_box(&[("topic", "knee-pain")]);
    let errors = refusal(mount(host, mount_point, None));
    yew::scheduler::flush().await;
    assert!(
        shadow.query_selector("button").unwrap().is_none(),
        "nothing mounted; embed.js shows its notice"
    );
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].0, "@topic");
    assert!(errors[0]
        .1
        .contains("unknown topic 'knee-pain'; known topics: mirena-lower-back-pain"));
}

#[wasm_bindgen_test]
async fn embed_refuses_an_unsafe_department_href() {
    let (host, shadow, mount_point) =
        host_with_box(&[("department-href", "javascript:alert('{department}')")]);
    let errors = refusal(mount(host, mount_point, None));
    yew::scheduler::flush().await;
    assert!(shadow.query_selector("a").unwrap().is_none());
    assert_eq!(errors[0].0, "@department-href");
    assert!(errors[0].1.contains("unsafe link scheme 'javascript:'"));
}

fn with_inline_json(host: &HtmlElement, json: &str) {
    let script = document().create_element("script").unwrap();
    script.set_attribute("type", "application/json").unwrap();
    script.set_text_content(Some(json));
    host.append_child(&script).unwrap();
}

#[wasm_bindgen_test]
async fn embed_renders_a_host_topic_from_inline_json() {
    let (host, shadow, mount_point) = host_with_box(&[]);
    let topic = include_str!("../content/topics/mirena-lower-back-pain.json").replacen(
        "\"Uterine contractions\"",
        "\"Contractions of the uterus\"",
        1,
    );
    with_inline_json(&host, &topic);
    let mounted = mount(host, mount_point, None);
    assert!(mounted.is_ok());
    yew::scheduler::flush().await;
    assert_eq!(
        one(&shadow, "#uterine-contractions-header .section-title")
            .text_content()
            .unwrap(),
        "Contractions of the uterus"
    );
}

#[wasm_bindgen_test]
async fn embed_reports_every_broken_rule_of_inline_json() {
    let (host, _shadow, mount_point) = host_with_box(&[]);
    let topic = include_str!("../content/topics/mirena-lower-back-pain.json")
        .replacen(
            "\"departments\": [\"gynecology\"]",
            "\"departments\": [\"gyno\"]",
            1,
        )
        .replacen("\"title\": \"Disease factors\"", "\"title\": \"\"", 1);
    with_inline_json(&host, &topic);
    let errors = refusal(mount(host, mount_point, None));
    let paths: Vec<&str> = errors.iter().map(|(path, _)| path.as_str()).collect();
    assert_eq!(
        paths,
        ["groups[0].causes[0].departments[0]", "groups[1].title"]
    );
    assert!(errors[0].1.contains("unknown department 'gyno'"));
    assert_eq!(errors[1].1, "must not be empty");
}

#[wasm_bindgen_test]
async fn embed_reports_malformed_inline_json() {
    let (host, _shadow, mount_point) = host_with_box(&[]);
    with_inline_json(&host, "{\"id\": ");
    let errors = refusal(mount(host, mount_point, None));
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].0, "");
    assert!(errors[0].1.starts_with("not valid JSON"));
}
