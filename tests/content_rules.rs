//! The content rules natively: every case of `tests/content-cases.json` (the
//! one table the schema and browser tests read too), and what the table
//! cannot say: merged departments, the content guide's example, writing a topic back.
#![cfg(not(target_arch = "wasm32"))]

use possible_causes::content::rules::MEDICAL_SPECIALTIES;
use possible_causes::content::{
    builtin_departments, builtin_topic, load_topic, ContentError, Place, Topic,
};
use serde_json::Value;

const TOPIC: &str = include_str!("../content/topics/mirena-lower-back-pain.json");
const CASES: &str = include_str!("content-cases.json");

/// A case's JSON text: its raw `text`, or the base topic with its `changes` applied.
fn case_text(case: &Value) -> String {
    if let Some(text) = case["text"].as_str() {
        return text.to_string();
    }
    let mut topic: Value = serde_json::from_str(TOPIC).unwrap();
    for change in case["changes"].as_array().expect("changes or text") {
        if let Some(pointer) = change["set"].as_str() {
            let (parent, key) = pointer.rsplit_once('/').unwrap();
            let parent = topic
                .pointer_mut(parent)
                .unwrap_or_else(|| panic!("no {parent}"));
            match parent {
                Value::Array(items) => items[key.parse::<usize>().unwrap()] = change["to"].clone(),
                Value::Object(fields) => {
                    fields.insert(key.to_string(), change["to"].clone());
                }
                _ => panic!("{pointer} is inside neither a list nor an object"),
            }
        } else {
            let pointer = change["remove"].as_str().expect("set or remove");
            let (parent, key) = pointer.rsplit_once('/').unwrap();
            let removed = topic
                .pointer_mut(parent)
                .and_then(|p| p.as_object_mut()?.remove(key));
            assert!(removed.is_some(), "{pointer} is not there to remove");
        }
    }
    topic.to_string()
}

fn errors_of(text: &str) -> Vec<ContentError> {
    load_topic(text, builtin_departments())
        .err()
        .unwrap_or_default()
}

#[test]
fn every_case_of_the_table_gives_exactly_its_problems() {
    let table: Value = serde_json::from_str(CASES).unwrap();
    let cases = table["cases"].as_array().unwrap();
    assert!(cases.len() > 40);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let errors = errors_of(&case_text(case));
        let expected = case["problems"].as_array().unwrap();
        assert_eq!(errors.len(), expected.len(), "{name}: {errors:?}");
        for (error, problem) in errors.iter().zip(expected) {
            let path = problem["path"].as_str().unwrap();
            assert_eq!(error.path(), path, "{name}: {errors:?}");
            // A content problem is in the content, or in the whole text.
            let kind = if path.is_empty() {
                Place::Whole
            } else {
                Place::Content
            };
            assert_eq!(error.place(), kind, "{name}: {errors:?}");
            let gist = problem["message"].as_str().unwrap();
            assert!(
                error.message.contains(gist),
                "{name}: expected '{gist}' in {errors:?}"
            );
        }
    }
}

#[test]
fn the_built_in_topic_loads_with_both_departments() {
    let topic = builtin_topic("mirena-lower-back-pain").expect("built-in topic loads");
    assert_eq!(topic.topic.groups.len(), 3);
    assert_eq!(
        topic.departments.keys().collect::<Vec<_>>(),
        ["gynecology", "orthopedics"]
    );
    assert!(builtin_topic("no-such-topic").is_none());
}

#[test]
fn a_topic_s_departments_change_and_add_to_the_known_ones() {
    let mut topic: Value = serde_json::from_str(TOPIC).unwrap();
    topic["departments"] = serde_json::json!({
        "gynecology": { "link": "https://clinic.example/gyn" },
        "physiotherapy": { "name": "Physiotherapy", "description": "Exercise and movement care.", "link": "/physio" }
    });
    topic["groups"][2]["causes"][0]["departments"] = serde_json::json!(["physiotherapy"]);
    let loaded = load_topic(&topic.to_string(), builtin_departments()).expect("valid");
    let gynecology = loaded.departments.get("gynecology").unwrap();
    assert_eq!(gynecology.link, "https://clinic.example/gyn");
    assert_eq!(
        gynecology.name, "Gynecology",
        "unchanged fields stay the catalog's"
    );
    assert_eq!(
        loaded.departments.get("physiotherapy").unwrap().name,
        "Physiotherapy"
    );
}

#[test]
fn a_department_named_twice_is_refused() {
    let text = TOPIC.replacen(
        "\"source\"",
        "\"departments\": { \"gynecology\": { \"link\": \"/a\" }, \"gynecology\": { \"link\": \"/b\" } },\n  \"source\"",
        1,
    );
    let errors = errors_of(&text);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].message.contains("duplicate entry 'gynecology'"),
        "{errors:?}"
    );
}

#[test]
fn a_topic_written_back_is_the_file_it_was_read_from() {
    let topic: Topic = possible_causes::content::read(TOPIC).unwrap();
    let written: Value = serde_json::to_value(&topic).unwrap();
    assert_eq!(written, serde_json::from_str::<Value>(TOPIC).unwrap());
    let pretty = serde_json::to_string_pretty(&topic).unwrap();
    let fields: Vec<&str> = pretty
        .lines()
        .filter_map(|l| l.strip_prefix("  \"")?.split('"').next())
        .collect();
    assert_eq!(
        fields,
        [
            "id",
            "lang",
            "title",
            "lead",
            "groups",
            "advice",
            "disclaimer",
            "source"
        ]
    );
}

#[test]
fn the_content_guide_example_topic_is_valid() {
    let guide = include_str!("../docs/content.md");
    let start = guide
        .find("```json\n")
        .expect("docs/content.md has a JSON example")
        + "```json\n".len();
    let end = start + guide[start..].find("```").unwrap();
    let loaded =
        load_topic(&guide[start..end], builtin_departments()).expect("the guide's example passes");
    assert_eq!(
        loaded.departments.get("orthopedics").unwrap().link,
        "https://clinic.example/spine-centre"
    );
}

#[test]
fn the_schema_lists_the_specialties_the_rules_accept() {
    let schema: Value = serde_json::from_str(include_str!("../content/topic.schema.json")).unwrap();
    let mut listed: Vec<&str> = schema["definitions"]["specialty"]["enum"]
        .as_array()
        .expect("the schema's specialty is an enum")
        .iter()
        .map(|name| name.as_str().unwrap())
        .collect();
    listed.sort_unstable();
    let mut accepted = MEDICAL_SPECIALTIES.to_vec();
    accepted.sort_unstable();
    assert_eq!(listed, accepted);
}
