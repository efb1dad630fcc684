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
