//! Property tests: whatever a host page puts in its inline JSON, the parser
//! and validator return errors; they never panic (a panic in the wasm would
//! take every widget on the page down with it). Generated valid topics, with
//! every optional field (a review, medications, the topic's own departments),
//! load; any one node of them replaced by anything gives errors that point at
//! it, or a topic that is still sound.
#![cfg(not(target_arch = "wasm32"))]

use possible_causes::content::{builtin_departments, check_url, load_topic, ValidTopic};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

const TOPIC: &str = include_str!("../content/topics/mirena-lower-back-pain.json");

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| serde_json::json!(f)),
        ".{0,12}".prop_map(Value::String),
        // Strings that look like the model's own values, so decoding gets further.
        prop::sample::select(vec![
            "gynecology",
            "orthopedics",
            "javascript:alert(1)",
            "en",
            "a-b",
            ""
        ])
        .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((field_name(), inner), 0..8)
                .prop_map(|fields| Value::Object(fields.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

fn field_name() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "id",
            "lang",
            "title",
            "lead",
            "groups",
            "causes",
            "explanation",
            "care",
            "medications",
            "context",
            "names",
            "departments",
            "advice",
            "disclaimer",
            "source",
            "url",
            "name",
            "description",
            "link",
            "specialty",
            "reviewed",
            "date",
            "by",
        ])
        .prop_map(str::to_string),
        "[a-z]{1,6}",
    ]
}

/// Every node of `value` by a path of keys and indexes.
fn paths(value: &Value, prefix: Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
    out.push(prefix.clone());
    match value {
        Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| {
            let mut p = prefix.clone();
            p.push(PathStep::Index(i));
            paths(v, p, out);
        }),
        Value::Object(map) => map.iter().for_each(|(k, v)| {
            let mut p = prefix.clone();
            p.push(PathStep::Key(k.clone()));
            paths(v, p, out);
        }),
        _ => {}
    }
}

#[derive(Clone, Debug)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn node_mut<'a>(value: &'a mut Value, path: &[PathStep]) -> &'a mut Value {
    path.iter().fold(value, |node, step| match step {
        PathStep::Key(k) => &mut node[k.as_str()],
        PathStep::Index(i) => &mut node[*i],
    })
}

/// `groups[1].causes[0].title`, as the reader writes paths.
fn json_path(steps: &[PathStep]) -> String {
    let mut path = String::new();
    for step in steps {
        match step {
            PathStep::Key(key) if path.is_empty() => path.push_str(key),
            PathStep::Key(key) => path.push_str(&format!(".{key}")),
            PathStep::Index(i) => path.push_str(&format!("[{i}]")),
        }
    }
    path
}

/// One path is the other, or leads to it.
fn related(a: &str, b: &str) -> bool {
    let within = |inner: &str, outer: &str| {
        outer.is_empty()
            || inner == outer
            || inner
                .strip_prefix(outer)
                .is_some_and(|rest| rest.starts_with(['.', '[']))
    };
    within(a, b) || within(b, a)
}

/// What a topic that passed validation must satisfy.
fn assert_sound(loaded: &ValidTopic) {
    for cause in loaded.topic.groups.iter().flat_map(|g| &g.causes) {
        for id in &cause.departments {
            assert!(
                loaded.departments.contains_key(id),
                "{id} passed but does not exist"
            );
        }
    }
    for (_, department) in loaded.departments.iter() {
        assert!(
            check_url(&department.link).is_ok(),
            "{} passed as a link",
            department.link
        );
    }
}

/// Replaces the node `pick` chooses in the valid `topic` with `replacement`:
/// the topic still loads and is sound, or what is wrong is where the
/// replacement went (at it, inside it, or around it).
fn replace_one_node(
    mut topic: Value,
    replacement: Value,
    pick: prop::sample::Index,
) -> Result<(), TestCaseError> {
    let mut all = Vec::new();
    paths(&topic, Vec::new(), &mut all);
    let path = pick.get(&all).clone();
    *node_mut(&mut topic, &path) = replacement;
    match load_topic(&topic.to_string(), builtin_departments()) {
        Ok(loaded) => assert_sound(&loaded),
        Err(errors) => {
            let replaced = json_path(&path);
            // A department the topic defines is named by its causes: changing
            // the definition may break the names.
            let named_there =
                |at: &str| replaced.starts_with("departments") && at.contains(".departments[");
            prop_assert!(
                errors
                    .iter()
                    .any(|error| related(error.path(), &replaced) || named_there(error.path())),
                "replacing {} gave {:?}",
                replaced,
                errors
            );
        }
    }
    Ok(())
}

/// Text a reader sees: never blank.
fn words() -> impl Strategy<Value = String> {
    "[A-Za-z][A-Za-z0-9 ,.?'-]{0,24}"
}

/// A topic that every rule accepts, with each optional field now and then.
fn valid_topic() -> impl Strategy<Value = Value> {
    let medications = prop::option::of((words(), prop::collection::vec(words(), 1..3)))
        .prop_map(|m| m.map(|(context, names)| json!({ "context": context, "names": names })));
    // The topic's own department: a new one in full, or a known one's new link.
    let own = prop_oneof![
        Just(None),
        (words(), words(), prop::sample::select(vec!["Gynecologic", "Musculoskeletal", "Urologic"]))
            .prop_map(|(name, description, specialty)| Some(json!({
                "pelvic-care": { "name": name, "description": description, "link": "/departments/pelvic-care", "specialty": specialty }
            }))),
        "[a-z]{1,8}".prop_map(|page| Some(json!({ "orthopedics": { "link": format!("https://clinic.example/{page}") } }))),
    ];
    let cause = (
        words(),
        prop::collection::vec(words(), 1..3),
        prop::collection::vec(words(), 0..2),
        medications,
        prop::sample::subsequence(vec!["gynecology", "orthopedics", "pelvic-care"], 1..3),
    );
    let group = (words(), prop::collection::vec(cause, 1..3));
    let reviewed = prop::option::of((2000u32..2026, 1u32..13, 1u32..29, words()));
    let source = (words(), prop::option::of("[a-z]{1,8}"));
    (
        ("[a-z][a-z0-9]{0,7}(-[a-z0-9]{1,6}){0,2}", prop::sample::select(vec!["en", "zh-CN", "ar"])),
        (words(), words(), words(), words()),
        prop::collection::vec(group, 1..3),
        source,
        reviewed,
        own,
    )
        .prop_map(|((id, lang), (title, lead, advice, disclaimer), groups, (source, url), reviewed, own)| {
            let own_department = own.as_ref().is_some_and(|own| own.get("pelvic-care").is_some());
            let groups: Vec<Value> = groups.into_iter().enumerate().map(|(g, (title, causes))| {
                let causes: Vec<Value> = causes.into_iter().enumerate().map(|(c, (title, explanation, care, medications, departments))| {
                    let departments: Vec<&str> = departments.into_iter()
                        .filter(|d| own_department || *d != "pelvic-care")
                        .collect();
                    let departments = if departments.is_empty() { vec!["gynecology"] } else { departments };
                    let mut cause = json!({ "id": format!("cause-{g}-{c}"), "title": title, "explanation": explanation, "departments": departments });
                    if !care.is_empty() {
                        cause["care"] = json!(care);
                    }
                    if let Some(medications) = medications {
                        cause["medications"] = medications;
                    }
                    cause
                }).collect();
                json!({ "id": format!("group-{g}"), "title": title, "causes": causes })
            }).collect();
            let mut topic = json!({
                "id": id, "lang": lang, "title": title, "lead": lead, "groups": groups,
                "advice": advice, "disclaimer": disclaimer, "source": { "title": source },
            });
            if let Some(page) = url {
                topic["source"]["url"] = json!(format!("https://example.org/{page}"));
            }
            if let Some((year, month, day, by)) = reviewed {
                topic["reviewed"] = json!({ "date": format!("{year}-{month:02}-{day:02}"), "by": by });
            }
            if let Some(own) = own {
                topic["departments"] = own;
            }
            topic
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        prop_assert!(load_topic(&text, builtin_departments()).is_err());
    }

    #[test]
    fn arbitrary_json_never_panics(value in any_json()) {
        if let Ok(loaded) = load_topic(&value.to_string(), builtin_departments()) {
            assert_sound(&loaded);
        }
    }

    #[test]
    fn any_node_of_a_valid_topic_replaced_never_panics(replacement in any_json(), pick in any::<prop::sample::Index>()) {
        replace_one_node(serde_json::from_str(TOPIC).unwrap(), replacement, pick)?;
    }

    #[test]
    fn generated_topics_are_valid_and_any_node_replaced_never_panics(
        topic in valid_topic(),
        replacement in any_json(),
        pick in any::<prop::sample::Index>(),
    ) {
        let loaded = load_topic(&topic.to_string(), builtin_departments());
        prop_assert!(loaded.is_ok(), "a generated topic is valid: {:?}\n{}", loaded.err(), topic);
        assert_sound(&loaded.unwrap());
        replace_one_node(topic, replacement, pick)?;
    }

    #[test]
    fn links_with_a_scheme_other_than_http_are_refused(scheme in "[a-zA-Z][a-zA-Z0-9+.-]{0,10}", rest in "[^\\s]{0,20}") {
        let link = format!("{scheme}:{rest}");
        let lower = scheme.to_ascii_lowercase();
        prop_assert_eq!(check_url(&link).is_ok(), lower == "http" || lower == "https", "{}", link);
    }
}
