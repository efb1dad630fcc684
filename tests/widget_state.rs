//! The accordion's state and its changes, natively: what each action opens
//! and closes, and which changes a host hears of.
#![cfg(not(target_arch = "wasm32"))]

use possible_causes::widget::state::{AccordionState, Action, CopyStatus};

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|id| id.to_string()).collect()
}

#[test]
fn toggling_opens_then_closes_one_section_and_reports_it() {
    let mut state = AccordionState::default();
    assert_eq!(
        state.apply(Action::Toggle("a".into())),
        [("a".to_string(), true)]
    );
    assert_eq!(
        state.apply(Action::Toggle("b".into())),
        [("b".to_string(), true)]
    );
    assert!(
        state.is_open("a") && state.is_open("b"),
        "sections are independent"
    );
    assert_eq!(
        state.apply(Action::Toggle("a".into())),
        [("a".to_string(), false)]
    );
    assert!(!state.is_open("a") && state.is_open("b"));
}

#[test]
fn show_all_opens_the_closed_ones_then_hide_all_closes_every_one() {
    let all = ids(&["a", "b", "c"]);
    let mut state = AccordionState::default();
    state.apply(Action::Toggle("b".into()));
    assert!(!state.all_open(all.iter().map(String::as_str)));
    let opened = state.apply(Action::ToggleAll(all.clone()));
    assert_eq!(
        opened,
        [("a".to_string(), true), ("c".to_string(), true)],
        "only the changes"
    );
    assert!(state.all_open(all.iter().map(String::as_str)));
    let closed = state.apply(Action::ToggleAll(all.clone()));
    assert_eq!(closed.len(), 3);
    assert!(closed.iter().all(|(_, open)| !open));
    assert!(all.iter().all(|id| !state.is_open(id)));
}

#[test]
fn opening_leaves_open_sections_open_and_reports_only_new_ones() {
    let mut state = AccordionState::default();
    state.apply(Action::Toggle("a".into()));
    let changes = state.apply(Action::Open(ids(&["a", "b"])));
    assert_eq!(changes, [("b".to_string(), true)]);
    assert!(state.is_open("a") && state.is_open("b"));
}

#[test]
fn closing_leaves_closed_sections_closed_and_reports_only_those_it_closed() {
    let mut state = AccordionState::default();
    state.apply(Action::Open(ids(&["a", "c"])));
    let changes = state.apply(Action::Close(ids(&["a", "b"])));
    assert_eq!(changes, [("a".to_string(), false)]);
    assert!(!state.is_open("a") && !state.is_open("b") && state.is_open("c"));
    assert!(state.apply(Action::Close(ids(&["a"]))).is_empty());
}

#[test]
fn the_copy_status_belongs_to_the_last_section_copied() {
    let mut state = AccordionState::default();
    assert_eq!(state.copy_status("a"), None);
    state.apply(Action::CopyStatus("a".into(), CopyStatus::Copied));
    assert_eq!(state.copy_status("a"), Some(&CopyStatus::Copied));
    let by_hand = CopyStatus::CopyByHand("https://clinic.example/#b".into());
    assert!(state
        .apply(Action::CopyStatus("b".into(), by_hand.clone()))
        .is_empty());
    assert_eq!(
        state.copy_status("a"),
        None,
        "only the last copy shows a status"
    );
    assert_eq!(state.copy_status("b"), Some(&by_hand));
}

/// The one table of reader and host steps (tests/accordion-cases.json),
/// which embed.js's pre-rendered toggler runs too.
#[test]
fn every_case_of_the_accordion_table_opens_what_it_says() {
    let table: serde_json::Value =
        serde_json::from_str(include_str!("accordion-cases.json")).unwrap();
    let topic = possible_causes::content::builtin_topic("mirena-lower-back-pain").unwrap();
    let all = ids(&topic.topic.cause_ids());
    let cases = table["cases"].as_array().unwrap();
    assert!(cases.len() >= 5);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let mut state = AccordionState::default();
        for step in case["steps"].as_array().unwrap() {
            let section = || all[step["section"].as_u64().unwrap() as usize].clone();
            let action = match step["do"].as_str().unwrap() {
                "toggle" => Action::Toggle(section()),
                "show-all" => Action::ToggleAll(all.clone()),
                "find" | "show" => Action::Open(vec![section()]),
                "hide" => Action::Close(vec![section()]),
                "showAll" => Action::Open(all.clone()),
                "hideAll" => Action::Close(all.clone()),
                other => panic!("{name}: no step {other}"),
            };
            state.apply(action);
            let open: Vec<u64> = (0..all.len() as u64)
                .filter(|&at| state.is_open(&all[at as usize]))
                .collect();
            let expected: Vec<u64> = step["open"]
                .as_array()
                .unwrap()
                .iter()
                .map(|at| at.as_u64().unwrap())
                .collect();
            assert_eq!(open, expected, "{name}: after {step}");
        }
    }
}
