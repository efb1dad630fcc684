//! The rules every topic must pass before a patient sees it.
//!
//! The JSON Schema in `content/topic.schema.json` states the same shape for
//! editors' tools; this validator is the authority and adds what a schema
//! cannot say: unique ids, departments that exist, safe links.

use super::model::{Cause, Department, DepartmentOverride, Departments, Topic};
use std::fmt;

/// One broken rule: where (a JSON path such as `groups[1].causes[0].title`) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub path: String,
    pub message: String,
}

impl ContentError {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
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

/// `path.name`, `name` at the root, or `path` itself for an empty name. Paths
/// are built only when a rule fails: the valid case, every page load, pays
/// nothing for them.
pub fn field_path(path: &str, name: &str) -> String {
    let mut joined = String::with_capacity(path.len() + name.len() + 1);
    joined.push_str(path);
    if !path.is_empty() && !name.is_empty() {
        joined.push('.');
    }
    joined.push_str(name);
    joined
}

pub fn item_path(path: &str, index: usize) -> String {
    [path, "[", &index.to_string(), "]"].concat()
}

/// Checks the department catalog on its own (built-in `content/departments.json`).
pub fn validate_departments(departments: &Departments) -> Vec<ContentError> {
    let mut check = Checker::default();
    for (id, department) in departments.iter() {
        check.department(&field_path("departments", id), id, department);
    }
    check.errors
}

/// Checks a topic against `known` departments and returns the departments it
/// may link to: the known ones with the topic's own additions and overrides.
pub fn validate_topic(
    topic: &Topic,
    known: &Departments,
) -> Result<Departments, Vec<ContentError>> {
    let mut check = Checker::default();
    let departments = check.merge_departments(topic, known);

    check.id("", "id", &topic.id);
    check.lang(&topic.lang);
    check.text("", "title", &topic.title);
    check.text("", "lead", &topic.lead);
    check.text("", "advice", &topic.advice);
    check.text("", "disclaimer", &topic.disclaimer);
    check.text("source", "title", &topic.source.title);
    if let Some(url) = &topic.source.url {
        check.link("source", "url", url);
    }
    check.not_empty(
        "",
        "groups",
        topic.groups.len(),
        "a topic needs at least one group of causes",
    );

    // Ids become anchors and event details, so they are unique across the whole topic.
    let mut first_use: Vec<(&str, String)> = Vec::new();
    for (g, group) in topic.groups.iter().enumerate() {
        let at = item_path("groups", g);
        check.id(&at, "id", &group.id);
        check.unique(&mut first_use, &at, &group.id);
        check.text(&at, "title", &group.title);
        check.not_empty(
            &at,
            "causes",
            group.causes.len(),
            "a group needs at least one cause",
        );
        for (c, cause) in group.causes.iter().enumerate() {
            let at = item_path(&field_path(&at, "causes"), c);
            check.unique(&mut first_use, &at, &cause.id);
            check.cause(&at, cause, &departments);
        }
    }

    if check.errors.is_empty() {
        Ok(departments)
    } else {
        Err(check.errors)
    }
}

#[derive(Default)]
struct Checker {
    errors: Vec<ContentError>,
}

impl Checker {
    fn fail(&mut self, path: String, message: impl Into<String>) {
        self.errors.push(ContentError::new(path, message));
    }

    fn text(&mut self, path: &str, name: &str, text: &str) {
        if is_blank(text) {
            self.fail(field_path(path, name), "must not be empty");
        }
    }

    fn texts(&mut self, path: &str, name: &str, texts: &[String]) {
        for (i, text) in texts.iter().enumerate() {
            if is_blank(text) {
                self.fail(item_path(&field_path(path, name), i), "must not be empty");
            }
        }
    }

    fn not_empty(&mut self, path: &str, name: &str, len: usize, message: &str) {
        if len == 0 {
            self.fail(field_path(path, name), message);
        }
    }

    /// Ids are kebab-case: they appear in URLs (`#cause-id`) and in host analytics.
    fn id(&mut self, path: &str, name: &str, id: &str) {
        if !is_kebab_case(id) {
            self.fail(
                field_path(path, name),
                [
                    "id '",
                    id,
                    "' must be kebab-case (a-z, 0-9, single hyphens)",
                ]
                .concat(),
            );
        }
    }

    fn unique<'a>(&mut self, first_use: &mut Vec<(&'a str, String)>, path: &str, id: &'a str) {
        match first_use.iter().find(|(used, _)| *used == id) {
            Some((_, first)) => {
                let message = ["duplicate id '", id, "' (first used at ", first, ")"].concat();
                self.fail(field_path(path, "id"), message);
            }
            None => first_use.push((id, field_path(path, "id"))),
        }
    }

    fn lang(&mut self, lang: &str) {
        if !hyphenated(lang, 8, u8::is_ascii_alphanumeric) {
            self.fail(
                "lang".into(),
                ["'", lang, "' is not a language tag such as 'en' or 'zh-CN'"].concat(),
            );
        }
    }

    fn link(&mut self, path: &str, name: &str, link: &str) {
        if let Err(why) = check_url(link) {
            self.fail(field_path(path, name), why);
        }
    }

    fn department(&mut self, path: &str, id: &str, department: &Department) {
        // A department's id is its key, so the error points at the entry itself.
        self.id(path, "", id);
        self.text(path, "name", &department.name);
        self.text(path, "description", &department.description);
        self.link(path, "link", &department.link);
    }

    fn merge_departments(&mut self, topic: &Topic, known: &Departments) -> Departments {
        let mut merged = known.clone();
        for (id, change) in topic.departments.iter() {
            let path = field_path("departments", id);
            let department = match (merged.get(id), change) {
                (Some(base), _) => Department {
                    name: change.name.clone().unwrap_or_else(|| base.name.clone()),
                    description: change
                        .description
                        .clone()
                        .unwrap_or_else(|| base.description.clone()),
                    link: change.link.clone().unwrap_or_else(|| base.link.clone()),
                },
                (
                    None,
                    DepartmentOverride {
                        name: Some(name),
                        description: Some(description),
                        link: Some(link),
                    },
                ) => Department {
                    name: name.clone(),
                    description: description.clone(),
                    link: link.clone(),
                },
                (None, _) => {
                    self.fail(path, "a new department needs name, description and link");
                    continue;
                }
            };
            self.department(&path, id, &department);
            merged.insert(id.clone(), department);
        }
        merged
    }

    fn cause(&mut self, at: &str, cause: &Cause, departments: &Departments) {
        self.id(at, "id", &cause.id);
        self.text(at, "title", &cause.title);
        self.not_empty(
            at,
            "explanation",
            cause.explanation.len(),
            "say why this cause leads to the symptom",
        );
        self.texts(at, "explanation", &cause.explanation);
        self.texts(at, "care", &cause.care);
        if let Some(medications) = &cause.medications {
            let at = field_path(at, "medications");
            self.text(&at, "context", &medications.context);
            let message = "list at least one medication, or leave out 'medications'";
            self.not_empty(&at, "names", medications.names.len(), message);
            self.texts(&at, "names", &medications.names);
        }
        self.not_empty(
            at,
            "departments",
            cause.departments.len(),
            "name at least one department that treats this cause",
        );
        for (i, id) in cause.departments.iter().enumerate() {
            if !departments.contains_key(id) {
                let message = [
                    "unknown department '",
                    id,
                    "' (known: ",
                    &comma_list(departments.keys()),
                    ")",
                ]
                .concat();
                self.fail(item_path(&field_path(at, "departments"), i), message);
            }
        }
    }
}

/// `a, b, c`: the names a message offers instead of a wrong one.
pub fn comma_list<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let mut list = String::new();
    for name in names {
        if !list.is_empty() {
            list.push_str(", ");
        }
        list.push_str(name);
    }
    list
}

fn is_kebab_case(id: &str) -> bool {
    hyphenated(id, usize::MAX, |b| {
        b.is_ascii_lowercase() || b.is_ascii_digit()
    })
}

/// Parts of 1 to `longest` bytes that are all `allowed`, joined by single
/// hyphens. (Bytes, not `split`: the general searcher costs more wasm.)
fn hyphenated(text: &str, longest: usize, allowed: fn(&u8) -> bool) -> bool {
    let mut part = 0;
    for byte in text.bytes() {
        if byte == b'-' && part > 0 {
            part = 0;
        } else if allowed(&byte) && part < longest {
            part += 1;
        } else {
            return false;
        }
    }
    part > 0
}

fn is_blank(text: &str) -> bool {
    text.chars().all(char::is_whitespace)
}

/// A link is safe when it is http(s) or relative. Anything with another
/// scheme (javascript:, data:, vbscript:, …) is refused.
pub fn check_url(url: &str) -> Result<(), String> {
    if is_blank(url) {
        return Err("a link must not be empty".into());
    }
    // Browsers drop tabs and newlines inside a URL ("java\tscript:" runs), so refuse them outright.
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err("a link may not contain spaces or control characters".into());
    }
    let path_at = url.bytes().position(|b| matches!(b, b'/' | b'?' | b'#'));
    let before_path = &url.as_bytes()[..path_at.unwrap_or(url.len())];
    match before_path.iter().position(|&b| b == b':') {
        None => Ok(()),
        Some(colon) => {
            let scheme = &url[..colon];
            if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") {
                return Ok(());
            }
            Err([
                "unsafe link scheme '",
                scheme,
                ":'; only http(s) and relative links are allowed",
            ]
            .concat())
        }
    }
}
