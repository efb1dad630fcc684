//! The built-in topics and departments: the files in `content/`, embedded
//! as the JSON they are and read by the same code as a host's own topic.
//! The widget's build.rs calls [`check_catalog`], so a bad file stops the
//! build instead of reaching a page.

use crate::model::Departments;
use crate::{load_departments, load_topic, ContentError, ValidTopic};

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

pub fn builtin_topic_ids() -> impl Iterator<Item = &'static str> {
    TOPICS.iter().map(|(id, _)| *id)
}

pub fn builtin_departments() -> Departments {
    match load_departments(DEPARTMENTS_JSON) {
        Ok(departments) => departments,
        // The widget's build.rs ran check_catalog: a catalog that fails here never built.
        Err(_) => unreachable!("content/departments.json was checked at build"),
    }
}

/// The built-in topic with this id, or `None` when there is none.
pub fn builtin_topic(id: &str) -> Option<ValidTopic> {
    let (_, text) = TOPICS.iter().find(|(topic_id, _)| *topic_id == id)?;
    load_topic(text, builtin_departments()).ok()
}

/// Every built-in file's problems, as `(file, problem)`: the departments,
/// then each topic, which must also carry its file's name as its id.
pub fn check_catalog() -> Vec<(String, ContentError)> {
    let mut problems = Vec::new();
    let departments = match load_departments(DEPARTMENTS_JSON) {
        Ok(departments) => departments,
        Err(errors) => {
            for error in errors {
                problems.push(("content/departments.json".to_string(), error));
            }
            Departments::default()
        }
    };
    for (file_id, text) in TOPICS {
        let file = format!("content/topics/{file_id}.json");
        match load_topic(text, departments.clone()) {
            Ok(topic) if topic.topic.id != *file_id => {
                let message = format!("must match the file name '{file_id}'");
                problems.push((file, ContentError::in_content("id", message)));
            }
            Ok(_) => {}
            Err(errors) => problems.extend(errors.into_iter().map(|e| (file.clone(), e))),
        }
    }
    problems
}
