//! The rules every topic must pass before a patient sees it.
//!
//! The JSON Schema in `content/topic.schema.json` states the same shape for
//! editors' tools; this validator is the authority and adds what a schema
//! cannot say: unique ids, departments that exist, safe links.

use super::model::{Cause, Department, Departments, Topic};
use std::collections::BTreeMap;
use std::fmt;

/// One broken rule: where (a JSON path such as `groups[1].causes[0].title`) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub path: String,
    pub message: String,
}

impl ContentError {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self { path: path.into(), message: message.into() }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Checks the department catalog on its own (built-in `content/departments.json`).
pub fn validate_departments(departments: &Departments) -> Vec<ContentError> {
    let mut errors = Vec::new();
    for (id, department) in departments {
        check_department(&format!("departments.{id}"), id, department, &mut errors);
    }
    errors
}

/// Checks a topic against `known` departments and returns the departments it
/// may link to: the known ones with the topic's own additions and overrides.
pub fn validate_topic(topic: &Topic, known: &Departments) -> Result<Departments, Vec<ContentError>> {
    let mut errors = Vec::new();
    let departments = merge_departments(topic, known, &mut errors);

    check_id("id", &topic.id, &mut errors);
    check_lang(&topic.lang, &mut errors);
    for (path, text) in [
        ("title", &topic.title),
        ("lead", &topic.lead),
        ("advice", &topic.advice),
        ("disclaimer", &topic.disclaimer),
        ("source.title", &topic.source.title),
    ] {
        check_text(path, text, &mut errors);
    }
    if let Some(url) = &topic.source.url {
        check_link("source.url", url, &mut errors);
    }

    if topic.groups.is_empty() {
        errors.push(ContentError::new("groups", "a topic needs at least one group of causes"));
    }
    // Ids become anchors and event details, so they are unique across the whole topic.
    let mut first_use: BTreeMap<&str, String> = BTreeMap::new();
    for (g, group) in topic.groups.iter().enumerate() {
        let at = format!("groups[{g}]");
        check_id(&format!("{at}.id"), &group.id, &mut errors);
        claim_id(&mut first_use, format!("{at}.id"), &group.id, &mut errors);
        check_text(&format!("{at}.title"), &group.title, &mut errors);
        if group.causes.is_empty() {
            errors.push(ContentError::new(format!("{at}.causes"), "a group needs at least one cause"));
        }
        for (c, cause) in group.causes.iter().enumerate() {
            let at = format!("{at}.causes[{c}]");
            claim_id(&mut first_use, format!("{at}.id"), &cause.id, &mut errors);
            check_cause(&at, cause, &departments, &mut errors);
        }
    }

    if errors.is_empty() {
        Ok(departments)
    } else {
        Err(errors)
    }
}

fn claim_id<'a>(first_use: &mut BTreeMap<&'a str, String>, path: String, id: &'a str, errors: &mut Vec<ContentError>) {
    match first_use.get(id) {
        Some(first) => errors.push(ContentError::new(path, format!("duplicate id '{id}' (first used at {first})"))),
        None => {
            first_use.insert(id, path);
        }
    }
}

fn merge_departments(topic: &Topic, known: &Departments, errors: &mut Vec<ContentError>) -> Departments {
    let mut merged = known.clone();
    for (id, change) in &topic.departments {
        let path = format!("departments.{id}");
        let department = match (merged.get(id), change) {
            (Some(base), _) => Department {
                name: change.name.clone().unwrap_or_else(|| base.name.clone()),
                description: change.description.clone().unwrap_or_else(|| base.description.clone()),
                link: change.link.clone().unwrap_or_else(|| base.link.clone()),
            },
            (None, change) => match (&change.name, &change.description, &change.link) {
                (Some(name), Some(description), Some(link)) => {
                    Department { name: name.clone(), description: description.clone(), link: link.clone() }
                }
                _ => {
                    errors.push(ContentError::new(
                        path,
                        "a new department needs name, description and link",
                    ));
                    continue;
                }
            },
        };
        check_department(&path, id, &department, errors);
        merged.insert(id.clone(), department);
    }
    merged
}

fn check_department(path: &str, id: &str, department: &Department, errors: &mut Vec<ContentError>) {
    check_id(path, id, errors);
    check_text(&format!("{path}.name"), &department.name, errors);
    check_text(&format!("{path}.description"), &department.description, errors);
    check_link(&format!("{path}.link"), &department.link, errors);
}

fn check_cause(at: &str, cause: &Cause, departments: &Departments, errors: &mut Vec<ContentError>) {
    check_id(&format!("{at}.id"), &cause.id, errors);
    check_text(&format!("{at}.title"), &cause.title, errors);
    if cause.explanation.is_empty() {
        errors.push(ContentError::new(format!("{at}.explanation"), "say why this cause leads to the symptom"));
    }
    for (i, text) in cause.explanation.iter().enumerate() {
        check_text(&format!("{at}.explanation[{i}]"), text, errors);
    }
    for (i, text) in cause.care.iter().enumerate() {
        check_text(&format!("{at}.care[{i}]"), text, errors);
    }
    if let Some(medications) = &cause.medications {
        check_text(&format!("{at}.medications.context"), &medications.context, errors);
        if medications.names.is_empty() {
            errors.push(ContentError::new(
                format!("{at}.medications.names"),
                "list at least one medication, or leave out 'medications'",
            ));
        }
        for (i, name) in medications.names.iter().enumerate() {
            check_text(&format!("{at}.medications.names[{i}]"), name, errors);
        }
    }
    if cause.departments.is_empty() {
        errors.push(ContentError::new(format!("{at}.departments"), "name at least one department that treats this cause"));
    }
    for (i, id) in cause.departments.iter().enumerate() {
        if !departments.contains_key(id) {
            let known: Vec<&str> = departments.keys().map(String::as_str).collect();
            errors.push(ContentError::new(
                format!("{at}.departments[{i}]"),
                format!("unknown department '{id}' (known: {})", known.join(", ")),
            ));
        }
    }
}

/// Ids are kebab-case: they appear in URLs (`#cause-id`) and in host analytics.
pub fn check_id(path: &str, id: &str, errors: &mut Vec<ContentError>) {
    let kebab = !id.is_empty()
        && id.split('-').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
    if !kebab {
        errors.push(ContentError::new(path, format!("id '{id}' must be kebab-case (a-z, 0-9, single hyphens)")));
    }
}

fn check_lang(lang: &str, errors: &mut Vec<ContentError>) {
    let tag = !lang.is_empty()
        && lang.split('-').all(|part| (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric()));
    if !tag {
        errors.push(ContentError::new("lang", format!("'{lang}' is not a language tag such as 'en' or 'zh-CN'")));
    }
}

fn check_text(path: &str, text: &str, errors: &mut Vec<ContentError>) {
    if text.trim().is_empty() {
        errors.push(ContentError::new(path, "must not be empty"));
    }
}

fn check_link(path: &str, link: &str, errors: &mut Vec<ContentError>) {
    if let Err(why) = check_url(link) {
        errors.push(ContentError::new(path, why));
    }
}

/// A link is safe when it is http(s) or relative. Anything with another
/// scheme (javascript:, data:, vbscript:, …) is refused.
pub fn check_url(url: &str) -> Result<(), String> {
    if url.trim().is_empty() {
        return Err("a link must not be empty".into());
    }
    // Browsers drop tabs and newlines inside a URL ("java\tscript:" runs), so refuse them outright.
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(format!("link '{}' contains whitespace or control characters", url.escape_debug()));
    }
    let before_path = url.split(['/', '?', '#']).next().unwrap_or_default();
    match before_path.split_once(':') {
        None => Ok(()),
        Some((scheme, _)) if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") => Ok(()),
        Some((scheme, _)) => Err(format!("unsafe link scheme '{scheme}:'; only http(s) and relative links are allowed")),
    }
}
