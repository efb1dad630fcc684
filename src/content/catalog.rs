//! The built-in topics and departments. `build.rs` validates every file in
//! `content/` and writes them here (topics as minified JSON, departments as
//! static data), so a bad file fails the build instead of reaching a page.

use super::model::{Department, Departments};
use super::{load_topic, ValidTopic};

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

pub fn builtin_topic_ids() -> impl Iterator<Item = &'static str> {
    TOPICS.iter().map(|(id, _)| *id)
}

pub fn builtin_departments() -> Departments {
    let mut departments = Departments::default();
    for &(id, name, description, link) in DEPARTMENTS {
        let department = Department {
            name: name.into(),
            description: description.into(),
            link: link.into(),
        };
        departments.insert(id.into(), department);
    }
    departments
}

/// The built-in topic with this id, or `None` when there is none.
pub fn builtin_topic(id: &str) -> Option<ValidTopic> {
    let (_, text) = TOPICS.iter().find(|(topic_id, _)| *topic_id == id)?;
    load_topic(text, builtin_departments()).ok()
}
