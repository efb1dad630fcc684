//! The built-in topics and departments. `build.rs` validates every file in
//! `content/` and writes them here minified, so a bad file fails the build
//! instead of reaching a page.

use super::model::Departments;
use super::{load_topic, parse_departments, ValidTopic};

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

pub fn builtin_topic_ids() -> impl Iterator<Item = &'static str> {
    TOPICS.iter().map(|(id, _)| *id)
}

pub fn builtin_departments() -> Departments {
    // Checked by build.rs; an error here would mean build.rs and this file disagree.
    parse_departments(DEPARTMENTS_JSON).unwrap_or_default()
}

/// The built-in topic with this id, or `None` when there is none.
pub fn builtin_topic(id: &str) -> Option<ValidTopic> {
    let (_, text) = TOPICS.iter().find(|(topic_id, _)| *topic_id == id)?;
    load_topic(text, &builtin_departments()).ok()
}
