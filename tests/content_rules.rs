//! The validator on the built-in content and on one broken variant per rule.
#![cfg(not(target_arch = "wasm32"))]

use possible_causes::content::{builtin_departments, builtin_topic, load_topic, ContentError};
use serde_json::{json, Value};

const TOPIC: &str = include_str!("../content/topics/mirena-lower-back-pain.json");

fn topic_json() -> Value {
    serde_json::from_str(TOPIC).unwrap()
}

/// Loads `topic` and returns its errors as "path: message" lines.
fn errors_of(topic: &Value) -> Vec<String> {
    match load_topic(&topic.to_string(), builtin_departments()) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(ContentError::to_string).collect(),
    }
}

fn assert_single_error(topic: &Value, path: &str, words: &str) {
    let errors = errors_of(topic);
    assert_eq!(
        errors.len(),
        1,
        "expected one error at {path}, got {errors:?}"
    );
    assert!(
        errors[0].starts_with(&format!("{path}: ")),
        "wrong path: {errors:?}"
    );
    assert!(
        errors[0].contains(words),
        "expected '{words}' in {errors:?}"
    );
}

#[test]
fn builtin_topic_and_departments_are_valid() {
    assert!(errors_of(&topic_json()).is_empty());
    let topic = builtin_topic("mirena-lower-back-pain").expect("built-in topic loads");
    assert_eq!(topic.topic.groups.len(), 3);
    assert!(topic.departments.contains_key("gynecology"));
    assert!(topic.departments.contains_key("orthopedics"));
    assert!(builtin_topic("no-such-topic").is_none());
}

#[test]
fn malformed_json_is_reported_without_a_path() {
    let errors = load_topic("{\"id\": ", builtin_departments()).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, "");
    assert!(
        errors[0].message.starts_with("not valid JSON"),
        "{errors:?}"
    );
}

#[test]
fn missing_required_field_names_its_path() {
    let mut topic = topic_json();
    topic["groups"][1]["causes"][0]
        .as_object_mut()
        .unwrap()
        .remove("title");
    assert_single_error(&topic, "groups[1].causes[0]", "missing field 'title'");
}

#[test]
fn wrong_type_names_its_path() {
    let mut topic = topic_json();
    topic["groups"][0]["causes"][0]["explanation"] = json!("one string, not a list");
    assert_single_error(
        &topic,
        "groups[0].causes[0].explanation",
        "expected a list, found text",
    );
}

#[test]
fn unknown_field_is_refused() {
    let mut topic = topic_json();
    topic["groups"][0]["causes"][0]["dose"] = json!("200 mg");
    assert_single_error(&topic, "groups[0].causes[0].dose", "unknown field 'dose'");
}

#[test]
fn unknown_department_is_refused() {
    let mut topic = topic_json();
    topic["groups"][1]["causes"][0]["departments"][0] = json!("gyno");
    assert_single_error(
        &topic,
        "groups[1].causes[0].departments[0]",
        "unknown department 'gyno'",
    );
}

#[test]
fn duplicate_id_is_refused() {
    let mut topic = topic_json();
    topic["groups"][2]["causes"][1]["id"] = json!("lumbar-disc-herniation");
    assert_single_error(
        &topic,
        "groups[2].causes[1].id",
        "duplicate id 'lumbar-disc-herniation' (first used at groups[1].causes[1].id)",
    );
}

#[test]
fn non_kebab_case_id_is_refused() {
    for id in ["Non Disease", "a--b", "-a", "a-", "a_b", "Ä", ""] {
        let mut topic = topic_json();
        topic["groups"][0]["id"] = json!(id);
        assert_single_error(&topic, "groups[0].id", "kebab-case");
    }
    for id in ["a", "non-disease-2", "3-b"] {
        let mut topic = topic_json();
        topic["groups"][0]["id"] = json!(id);
        assert!(errors_of(&topic).is_empty(), "{id:?} was refused");
    }
}

#[test]
fn empty_text_is_refused() {
    for blank in ["   ", "\u{3000}\n"] {
        let mut topic = topic_json();
        topic["lead"] = json!(blank);
        assert_single_error(&topic, "lead", "must not be empty");
    }
}

#[test]
fn empty_lists_are_refused() {
    let mut topic = topic_json();
    topic["groups"][0]["causes"] = json!([]);
    assert_single_error(&topic, "groups[0].causes", "at least one cause");

    let mut topic = topic_json();
    topic["groups"] = json!([]);
    assert_single_error(&topic, "groups", "at least one group");

    let mut topic = topic_json();
    topic["groups"][1]["causes"][0]["departments"] = json!([]);
    assert_single_error(
        &topic,
        "groups[1].causes[0].departments",
        "at least one department",
    );

    let mut topic = topic_json();
    topic["groups"][1]["causes"][0]["medications"]["names"] = json!([]);
    assert_single_error(
        &topic,
        "groups[1].causes[0].medications.names",
        "at least one medication",
    );
}

#[test]
fn bad_language_tag_is_refused() {
    for lang in [
        "english please",
        "en-",
        "-en",
        "en--us",
        "toolongtag",
        "zh_CN",
        "",
    ] {
        let mut topic = topic_json();
        topic["lang"] = json!(lang);
        assert_single_error(&topic, "lang", "language tag");
    }
    for lang in ["en", "zh-CN", "zh-Hans-CN", "de-1996", "x-abcdefgh"] {
        let mut topic = topic_json();
        topic["lang"] = json!(lang);
        assert!(errors_of(&topic).is_empty(), "{lang:?} was refused");
    }
}

#[test]
fn unsafe_links_are_refused_and_safe_ones_kept() {
    for link in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,hi",
        "vbscript:x",
        "java\tscript:alert(1)",
        " javascript:alert(1)",
        "data:,x/y",
        "\u{3000}",
        "",
    ] {
        let mut topic = topic_json();
        topic["source"]["url"] = json!(link);
        let errors = errors_of(&topic);
        assert_eq!(errors.len(), 1, "{link:?} was accepted");
        assert!(errors[0].starts_with("source.url: "), "{errors:?}");
    }
    for link in [
        "https://clinic.example/a",
        "http://x.example",
        "/departments/a.html",
        "a.html#x",
        "//cdn.example/x",
        "HTTPS://clinic.example",
        "a/b:c",
        "?q=x:y",
    ] {
        let mut topic = topic_json();
        topic["source"]["url"] = json!(link);
        assert!(errors_of(&topic).is_empty(), "{link:?} was refused");
    }
}

#[test]
fn topic_departments_override_and_add() {
    let mut topic = topic_json();
    topic["departments"] = json!({
        "gynecology": { "link": "https://clinic.example/gyn" },
        "physiotherapy": { "name": "Physiotherapy", "description": "Exercise and movement care.", "link": "/physio" }
    });
    topic["groups"][2]["causes"][0]["departments"] = json!(["physiotherapy"]);
    let loaded = load_topic(&topic.to_string(), builtin_departments()).expect("valid");
    assert_eq!(
        loaded.departments["gynecology"].link,
        "https://clinic.example/gyn"
    );
    assert_eq!(loaded.departments["gynecology"].name, "Gynecology");
    assert_eq!(loaded.departments["physiotherapy"].name, "Physiotherapy");

    let mut topic = topic_json();
    topic["departments"] = json!({ "gynecology": { "link": "javascript:alert(1)" } });
    assert_single_error(
        &topic,
        "departments.gynecology.link",
        "unsafe link scheme 'javascript:'",
    );

    let mut topic = topic_json();
    topic["departments"] = json!({ "cardiology": { "name": "Cardiology" } });
    assert_single_error(
        &topic,
        "departments.cardiology",
        "needs name, description and link",
    );
}

#[test]
fn every_error_is_reported_at_once() {
    let mut topic = topic_json();
    topic["title"] = json!("");
    topic["groups"][1]["causes"][1]["departments"][0] = json!("cardiology");
    assert_eq!(errors_of(&topic).len(), 2);
}

#[test]
fn the_readme_example_topic_is_valid() {
    let readme = include_str!("../README.md");
    let start = readme.find("```json\n").expect("README has a JSON example") + "```json\n".len();
    let end = start + readme[start..].find("```").unwrap();
    let loaded =
        load_topic(&readme[start..end], builtin_departments()).expect("the README example passes");
    assert_eq!(
        loaded.departments["orthopedics"].link,
        "https://clinic.example/spine-centre"
    );
}
