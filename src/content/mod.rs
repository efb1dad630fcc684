//! Content: the topic model, parsing and validation of content JSON, and the
//! built-in catalog compiled from `content/`.

mod catalog;
pub mod decode;
pub mod model;
mod parse;
pub mod validate;

pub use catalog::{builtin_departments, builtin_topic, builtin_topic_ids};
pub use model::{Cause, Department, Departments, Group, Medications, Source, Topic};
pub use parse::{parse_departments, parse_topic};
pub use validate::{check_url, comma_list, ContentError};

/// A topic that passed validation, with the departments it may link to.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidTopic {
    pub topic: Topic,
    /// The known departments, with those the topic adds and its changes to
    /// their names, descriptions and links.
    pub departments: Departments,
}

/// Parses and validates a topic's JSON text against the given departments.
pub fn load_topic(text: &str, known: Departments) -> Result<ValidTopic, Vec<ContentError>> {
    let (topic, departments) = parse_topic(text, known)?;
    Ok(ValidTopic { topic, departments })
}
