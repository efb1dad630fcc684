//! The element's one description (`www/package/element.json`), as the tool
//! and the server renderer read it: the attributes the command line takes as
//! flags and the render API as options, in the order a snippet writes them,
//! with the values each allows. Only the tool carries it; the browser's
//! wasm reads its attributes in `embed::config`.

use serde::Deserialize;
use std::sync::OnceLock;

/// The part of the description the tool needs.
#[derive(Debug, Deserialize)]
pub struct Element {
    pub attributes: Vec<Attribute>,
}

#[derive(Debug, Deserialize)]
pub struct Attribute {
    pub name: String,
    /// As TypeScript writes it: `string`, or the values it takes (`"light" | "dark"`).
    #[serde(rename = "type")]
    pub kind: String,
    pub description: String,
}

impl Attribute {
    /// The values it takes, where its type lists them.
    pub fn values(&self) -> Option<Vec<&str>> {
        self.kind
            .split(" | ")
            .map(|part| part.strip_prefix('"')?.strip_suffix('"'))
            .collect()
    }

    /// The key of the widget's word it replaces (`text-show` replaces `show`).
    pub fn text_key(&self) -> Option<&str> {
        self.name.strip_prefix("text-")
    }

    /// Its description's first sentence.
    pub fn summary(&self) -> &str {
        self.description
            .split_once(". ")
            .map_or(self.description.trim_end_matches('.'), |(first, _)| first)
    }
}

impl Element {
    pub fn attribute(&self, name: &str) -> Option<&Attribute> {
        self.attributes.iter().find(|a| a.name == name)
    }
}

/// The description, read once. It is part of the build, and
/// `tests/cli.rs` reads it, so a description that does not parse never ships.
pub fn element() -> &'static Element {
    static ELEMENT: OnceLock<Element> = OnceLock::new();
    ELEMENT.get_or_init(|| {
        serde_json::from_str(include_str!("../www/package/element.json"))
            .expect("www/package/element.json describes the element")
    })
}

/// `department-href` as `departmentHref`.
pub fn camel_case(name: &str) -> String {
    let mut parts = name.split('-');
    let mut camel = parts.next().unwrap_or_default().to_string();
    for part in parts {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            camel.extend(first.to_uppercase());
            camel.push_str(chars.as_str());
        }
    }
    camel
}

/// `a`, `a or b`, `a, b or c`.
pub fn or_list(values: &[&str]) -> String {
    match values {
        [] => String::new(),
        [only] => only.to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}
