//! Property tests: whatever a host page puts in its inline JSON, the parser
//! and validator return errors; they never panic (a panic in the wasm would
//! take every widget on the page down with it).
#![cfg(not(target_arch = "wasm32"))]

use possible_causes::content::{builtin_departments, check_url, load_topic, ValidTopic};
use proptest::prelude::*;
use serde_json::{Map, Value};

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
        let mut topic: Value = serde_json::from_str(TOPIC).unwrap();
        let mut all = Vec::new();
        paths(&topic, Vec::new(), &mut all);
        let path = pick.get(&all).clone();
        *node_mut(&mut topic, &path) = replacement;
        match load_topic(&topic.to_string(), builtin_departments()) {
            Ok(loaded) => assert_sound(&loaded),
            // What is wrong is where the replacement went: at it, inside it, or around it.
            Err(errors) => {
                let replaced = json_path(&path);
                prop_assert!(
                    errors.iter().any(|error| related(&error.path, &replaced)),
                    "replacing {} gave {:?}", replaced, errors
                );
            }
        }
    }

    #[test]
    fn links_with_a_scheme_other_than_http_are_refused(scheme in "[a-zA-Z][a-zA-Z0-9+.-]{0,10}", rest in "[^\\s]{0,20}") {
        let link = format!("{scheme}:{rest}");
        let lower = scheme.to_ascii_lowercase();
        prop_assert_eq!(check_url(&link).is_ok(), lower == "http" || lower == "https", "{}", link);
    }
}
