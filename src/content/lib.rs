//! The content of possible-causes: the topic model (serde types), reading
//! content JSON with JSON paths in its errors, the rules every topic must
//! pass, and the built-in catalog from `content/`. A crate of its own, so
//! the widget, its build.rs and the command-line tool share one schema.

mod catalog;
pub mod import;
pub mod model;
mod read;
pub mod rules;
pub mod template;

pub use catalog::{builtin_departments, builtin_topic, builtin_topic_ids, check_catalog};
pub use model::{
    Cause, Department, DepartmentChange, Departments, Group, IdMap, Medications, Source, Topic,
};
pub use read::read;
pub use rules::{check_date, check_url, ContentError, Place};
pub use template::{fill, DEPARTMENT_TOKEN};

/// A topic that passed every rule, with the departments it may link to.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidTopic {
    pub topic: Topic,
    /// The known departments, with those the topic adds and its changes to
    /// their names, descriptions and links.
    pub departments: Departments,
}

/// Reads a topic's JSON text and checks it against the known departments:
/// the first shape error, or every broken rule.
pub fn load_topic(text: &str, known: Departments) -> Result<ValidTopic, Vec<ContentError>> {
    let topic: Topic = read(text).map_err(|error| vec![error])?;
    let departments = rules::check_topic(&topic, known)?;
    Ok(ValidTopic { topic, departments })
}

/// Reads and checks a department catalog (`content/departments.json`).
pub fn load_departments(text: &str) -> Result<Departments, Vec<ContentError>> {
    let departments: Departments = read(text).map_err(|error| vec![error])?;
    rules::check_departments(&departments)?;
    Ok(departments)
}
