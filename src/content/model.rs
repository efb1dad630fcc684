//! The topic model: what a content JSON file may say, as serde types.
//!
//! Shared with `build.rs` (through `#[path]`), so it depends on nothing but serde.

use serde::Deserialize;
use std::collections::BTreeMap;

/// One symptom question and the possible causes a source article gives for it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    /// BCP 47 tag of the topic text, e.g. "en".
    pub lang: String,
    /// The question, shown as the widget's heading.
    pub title: String,
    /// The article's opening answer.
    pub lead: String,
    pub groups: Vec<Group>,
    /// The article's closing advice, e.g. which departments to visit.
    pub advice: String,
    pub disclaimer: String,
    pub source: Source,
    /// Departments that this topic adds, or whose name, description or link it overrides.
    #[serde(default)]
    pub departments: BTreeMap<String, DepartmentOverride>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub title: String,
    pub causes: Vec<Cause>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cause {
    pub id: String,
    pub title: String,
    /// Why it happens: paragraphs of plain text.
    pub explanation: Vec<String>,
    /// What helps: paragraphs of plain text; may be empty when the source names nothing.
    #[serde(default)]
    pub care: Vec<String>,
    #[serde(default)]
    pub medications: Option<Medications>,
    /// Ids of the departments that treat this cause.
    pub departments: Vec<String>,
}

/// Medications the source article names. The widget always adds that they are
/// taken only under a doctor's guidance.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Medications {
    /// The article's own condition, e.g. "If necessary, a doctor may prescribe:".
    pub context: String,
    pub names: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Department {
    pub name: String,
    pub description: String,
    pub link: String,
}

/// A department entry inside a topic: every field optional, so a topic can
/// change only the link of a built-in department.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DepartmentOverride {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub link: Option<String>,
}

pub type Departments = BTreeMap<String, Department>;
