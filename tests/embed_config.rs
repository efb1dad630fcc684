//! The element's attributes to settings, natively: each setting's own rule,
//! the widget's words, and the element's description held to the words table.
#![cfg(not(target_arch = "wasm32"))]

use possible_causes::content::{fill, Place};
use possible_causes::embed::config::{heading_level, open_sections, resolve, ui_text, Attributes};
use possible_causes::widget::words::NOTICE;
use possible_causes::widget::{UiText, Word, TEXT_KEYS};

const TOPIC: &str = include_str!("../content/topics/mirena-lower-back-pain.json");

fn attributes() -> Attributes {
    Attributes::default()
}

#[test]
fn without_attributes_the_only_built_in_topic_is_shown_with_the_defaults() {
    let resolved = resolve(&attributes()).expect("the built-in topic");
    assert_eq!(resolved.topic.topic.id, "mirena-lower-back-pain");
    assert_eq!(resolved.heading_level.get(), 3);
    assert!(resolved.open.is_empty() && resolved.warnings.is_empty());
    assert_eq!(resolved.text.lang, "en");
}

#[test]
fn an_unknown_topic_names_the_known_ones() {
    let errors = resolve(&Attributes {
        topic: Some("knee-pain".into()),
        ..attributes()
    })
    .unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].place(), Place::Attribute);
    assert_eq!(errors[0].path(), "@topic");
    assert_eq!(
        errors[0].message,
        "unknown topic 'knee-pain'; known topics: mirena-lower-back-pain"
    );
}

#[test]
fn department_href_fills_every_link_and_refuses_an_unsafe_template() {
    let template = Some("https://clinic.example/departments/{department}".to_string());
    let resolved = resolve(&Attributes {
        department_href: template,
        ..attributes()
    })
    .unwrap();
    let links: Vec<&str> = resolved
        .topic
        .departments
        .iter()
        .map(|(_, d)| d.link.as_str())
        .collect();
    assert_eq!(
        links,
        [
            "https://clinic.example/departments/gynecology",
            "https://clinic.example/departments/orthopedics"
        ]
    );
    for unsafe_template in [
        "javascript:alert('{department}')",
        "data:text/html,{department}",
        " java\tscript:x",
    ] {
        let errors = resolve(&Attributes {
            department_href: Some(unsafe_template.into()),
            ..attributes()
        })
        .unwrap_err();
        assert_eq!(errors[0].path(), "@department-href", "{unsafe_template}");
    }
}

#[test]
fn inline_json_wins_over_the_topic_attribute_with_a_warning() {
    let own = TOPIC.replacen("\"mirena-lower-back-pain\"", "\"clinic-back-pain\"", 1);
    let resolved = resolve(&Attributes {
        topic: Some("mirena-lower-back-pain".into()),
        inline_topic: Some(own),
        ..attributes()
    })
    .unwrap();
    assert_eq!(resolved.topic.topic.id, "clinic-back-pain");
    assert_eq!(resolved.warnings.len(), 1);
    assert!(resolved.warnings[0]
        .to_string()
        .starts_with("@topic: 'mirena-lower-back-pain' is ignored"));
}

#[test]
fn open_keeps_the_sections_the_topic_has_and_warns_of_the_rest() {
    let topic = resolve(&attributes()).unwrap().topic;
    let mut warnings = Vec::new();
    let open = open_sections(
        &topic,
        Some(" lumbar-disc-herniation  knee uterine-contractions"),
        &mut warnings,
    );
    assert_eq!(open, ["lumbar-disc-herniation", "uterine-contractions"]);
    let warnings: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert_eq!(warnings, ["@open: no section 'knee' in this topic"]);
}

#[test]
fn heading_level_takes_one_digit_from_2_to_6() {
    for (value, level) in [("2", 2), (" 6 ", 6), ("4", 4)] {
        let mut warnings = Vec::new();
        assert_eq!(heading_level(Some(value), &mut warnings).get(), level);
        assert!(warnings.is_empty());
    }
    for value in ["1", "7", "+3", "03", "three", ""] {
        let mut warnings = Vec::new();
        assert_eq!(
            heading_level(Some(value), &mut warnings).get(),
            3,
            "{value:?}"
        );
        assert_eq!(warnings.len(), 1, "{value:?}");
    }
}

#[test]
fn the_widget_s_words_follow_the_language_and_the_host_s_replacements() {
    assert_eq!(ui_text("zh-CN", &[]).lang, "zh-CN");
    assert_eq!(ui_text("zh-Hans-TW", &[]).lang, "zh-CN");
    assert_eq!(
        ui_text("zh-TW", &[]).lang,
        "en",
        "Traditional Chinese is not offered: English"
    );
    assert_eq!(ui_text("de", &[]).lang, "en");
    let text = ui_text("en", &[("show-all".into(), "Open everything".into())]);
    assert_eq!(text[Word::ShowAll], "Open everything");
    assert_eq!(text.department_link("Gynecology"), "Gynecology department");
    assert_eq!(ui_text("zh-CN", &[]).department_link("妇科"), "前往妇科");
}

#[test]
fn every_text_key_replaces_its_own_word() {
    let english = UiText::english();
    for word in Word::ALL {
        let mut text = UiText::english();
        assert!(
            text.set(word.key(), "replaced"),
            "text-{} is not accepted",
            word.key()
        );
        for other in Word::ALL {
            let expected = if other == word {
                "replaced"
            } else {
                english[other].as_str()
            };
            assert_eq!(text[other], expected, "text-{} and {other:?}", word.key());
        }
    }
    assert!(!UiText::english().set("no-such-key", "x"));
}

/// The element's description (from which the manifest, the types, embed.js's
/// observed attributes and the reference are written) lists a `text-<key>`
/// attribute for each word, in the words table's order, with its English as
/// the default.
#[test]
fn the_element_s_description_lists_every_word_with_its_english_default() {
    let element: serde_json::Value =
        serde_json::from_str(include_str!("../www/package/element.json")).unwrap();
    let attributes = element["attributes"]
        .as_array()
        .expect("the element's attributes");
    let documented: Vec<(&str, &str)> = attributes
        .iter()
        .filter_map(|attribute| {
            let key = attribute["name"].as_str()?.strip_prefix("text-")?;
            Some((key, attribute["default"].as_str().unwrap_or("(no default)")))
        })
        .collect();
    let (notice, documented) = documented.split_last().expect("text-error comes last");
    assert_eq!(*notice, ("error", NOTICE.en), "the notice's English");
    let english = UiText::english();
    let words: Vec<(&str, &str)> = TEXT_KEYS
        .iter()
        .map(|key| (*key, english[Word::from_key(key).unwrap()].as_str()))
        .collect();
    assert_eq!(documented.to_vec(), words);
}

#[test]
fn templates_fill_every_token() {
    assert_eq!(
        fill("/d/{department}.html", "{department}", "gynecology"),
        "/d/gynecology.html"
    );
    assert_eq!(fill("{x}-{x}", "{x}", "a"), "a-a");
    assert_eq!(fill("no token", "{x}", "a"), "no token");
    assert_eq!(fill("前往{name}", "{name}", "Gynecology"), "前往Gynecology");
}

#[test]
fn the_review_line_writes_the_date_as_each_language_does() {
    assert_eq!(
        UiText::english().reviewed("2026-11-01", "Dr. A. Example"),
        "Reviewed 1 November 2026 by Dr. A. Example"
    );
    assert_eq!(
        UiText::simplified_chinese().reviewed("2026-02-09", "王医生"),
        "2026年2月9日由王医生审核"
    );
    let text = ui_text(
        "en",
        &[("reviewed".into(), "Checked on {date} ({by})".into())],
    );
    assert_eq!(
        text.reviewed("2024-02-29", "the clinic"),
        "Checked on 29 February 2024 (the clinic)"
    );
}

/// The commands embed.js sends are the element's described methods, by their
/// names, and unmount.
#[test]
fn the_commands_are_the_element_s_methods_and_unmount() {
    use possible_causes::embed::command::Command;
    let element: serde_json::Value =
        serde_json::from_str(include_str!("../www/package/element.json")).unwrap();
    let mut methods: Vec<&str> = element["methods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|method| method["name"].as_str().unwrap())
        .collect();
    methods.push("unmount");
    let commands: Vec<&str> = Command::ALL.iter().map(|c| c.name()).collect();
    assert_eq!(commands, methods);
    for name in commands {
        assert_eq!(Command::from_name(name).map(Command::name), Some(name));
    }
    assert_eq!(Command::from_name("open"), None);
}
