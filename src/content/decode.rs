//! Parsed JSON to the typed model in one pass: each value is checked for its
//! shape and against its rule ([`validate`](super::validate)) where it is
//! read, so every error carries the JSON path it was found at.
//!
//! Generic over the parser's value type: serde_json's natively (tests,
//! build.rs), the browser's `JSON.parse` result in wasm, which keeps serde's
//! generated code out of the download.

use super::model::{Cause, Department, Departments, Group, IdMap, Medications, Source, Topic};
use super::validate::{
    check_id, check_language_tag, check_url, check_words, comma_list, field_path as at, item_path,
    ContentError,
};

/// What a JSON value is, for error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Null,
    Bool,
    Number,
    Text,
    List,
    Object,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Bool => "true/false",
            Kind::Number => "a number",
            Kind::Text => "text",
            Kind::List => "a list",
            Kind::Object => "an object",
        }
    }
}

/// A parsed JSON value.
pub trait Json: Sized {
    fn kind(&self) -> Kind;
    fn text(&self) -> Option<String>;
    fn items(&self) -> Option<Vec<Self>>;
    fn entries(&self) -> Option<Vec<(String, Self)>>;
}

/// The topic and the departments it may link to: `known` with the topic's
/// own additions and overrides.
pub fn decode_topic<V: Json>(
    value: &V,
    known: &Departments,
) -> Result<(Topic, Departments), Vec<ContentError>> {
    let mut decoder = Decoder {
        errors: Vec::new(),
        departments: known.clone(),
        ids: Vec::new(),
    };
    let topic = decoder.topic(value);
    let departments = std::mem::take(&mut decoder.departments);
    decoder.finish((topic, departments))
}

/// The department catalog (`content/departments.json`): entries by id.
pub fn decode_departments<V: Json>(value: &V) -> Result<Departments, Vec<ContentError>> {
    let mut decoder = Decoder {
        errors: Vec::new(),
        departments: IdMap::default(),
        ids: Vec::new(),
    };
    let fields = decoder.object(value, String::new());
    let mut departments = IdMap::default();
    for (id, v) in &fields.entries {
        let department = decoder.department(v, id);
        departments.insert(id.clone(), department);
    }
    decoder.finish(departments)
}

/// The fields of one JSON object, taken one by one; what is left is unknown.
/// A value that is not an object gives no fields and no further errors.
struct Fields<V> {
    path: String,
    entries: Vec<(String, V)>,
    broken: bool,
}

/// A department entry inside a topic: every field optional, so a topic can
/// change only the link of a built-in department.
struct DepartmentOverride {
    name: Option<String>,
    description: Option<String>,
    link: Option<String>,
}

/// What a text must be, beyond being text.
#[derive(Clone, Copy)]
enum Rule {
    /// Words for a reader: not blank.
    Words,
    Id,
    /// An id that becomes an anchor and an event detail: also unique across the topic.
    UniqueId,
    Lang,
    Link,
    /// The id of a department the topic may link to.
    Department,
}

/// Reads leniently, filling in empty values where the JSON is wrong, and
/// records every error; `finish` then refuses the result if there were any.
/// (Written without per-field closures: each one would be its own copy of
/// the code in the wasm.)
struct Decoder {
    errors: Vec<ContentError>,
    /// The departments a cause may name: the known ones, then the topic's own.
    departments: Departments,
    /// Each unique id read so far, with the path it was first used at.
    ids: Vec<(String, String)>,
}

impl Decoder {
    fn finish<T>(self, value: T) -> Result<T, Vec<ContentError>> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(self.errors)
        }
    }

    fn fail(&mut self, path: String, message: String) {
        self.errors.push(ContentError::new(path, message));
    }

    fn wrong_kind(&mut self, path: String, wanted: &str, found: Kind) {
        self.fail(
            path,
            ["expected ", wanted, ", found ", found.name()].concat(),
        );
    }

    fn object<V: Json>(&mut self, value: &V, path: String) -> Fields<V> {
        match value.entries() {
            Some(entries) => Fields {
                path,
                entries,
                broken: false,
            },
            None => {
                self.wrong_kind(path.clone(), "an object", value.kind());
                Fields {
                    path,
                    entries: Vec::new(),
                    broken: true,
                }
            }
        }
    }

    /// The field's value and path; `None` when it is absent or null
    /// (reported as missing when `required`).
    fn take<V: Json>(
        &mut self,
        fields: &mut Fields<V>,
        name: &str,
        required: bool,
    ) -> Option<(V, String)> {
        let found = fields
            .entries
            .iter()
            .position(|(key, _)| key == name)
            .map(|i| fields.entries.swap_remove(i).1);
        match found {
            Some(value) if value.kind() != Kind::Null => Some((value, at(&fields.path, name))),
            _ => {
                if required && !fields.broken {
                    self.fail(fields.path.clone(), ["missing field '", name, "'"].concat());
                }
                None
            }
        }
    }

    fn done<V: Json>(&mut self, fields: Fields<V>) {
        for (name, _) in fields.entries {
            let message = ["unknown field '", &name, "'"].concat();
            self.fail(at(&fields.path, &name), message);
        }
    }

    /// The text at `path` if it is text that keeps `rule`; the empty string otherwise.
    fn checked<V: Json>(&mut self, value: &V, path: String, rule: Rule) -> String {
        let Some(text) = value.text() else {
            self.wrong_kind(path, "text", value.kind());
            return String::new();
        };
        self.check(&text, path, rule);
        text
    }

    fn check(&mut self, text: &str, path: String, rule: Rule) {
        let broken = match rule {
            Rule::Words => check_words(text),
            Rule::Id => check_id(text),
            Rule::UniqueId => {
                check_id(text).and_then(|()| match self.ids.iter().find(|(used, _)| used == text) {
                    Some((_, first)) => {
                        Err(["duplicate id '", text, "' (first used at ", first, ")"].concat())
                    }
                    None => {
                        self.ids.push((text.to_string(), path.clone()));
                        Ok(())
                    }
                })
            }
            Rule::Lang => check_language_tag(text),
            Rule::Link => check_url(text),
            Rule::Department if self.departments.contains_key(text) => Ok(()),
            Rule::Department => Err([
                "unknown department '",
                text,
                "' (known: ",
                &comma_list(self.departments.keys()),
                ")",
            ]
            .concat()),
        };
        if let Err(message) = broken {
            self.fail(path, message);
        }
    }

    fn text<V: Json>(&mut self, fields: &mut Fields<V>, name: &str, rule: Rule) -> String {
        self.optional_text(fields, name, rule, true)
            .unwrap_or_default()
    }

    fn optional_text<V: Json>(
        &mut self,
        fields: &mut Fields<V>,
        name: &str,
        rule: Rule,
        required: bool,
    ) -> Option<String> {
        let (value, path) = self.take(fields, name, required)?;
        Some(self.checked(&value, path, rule))
    }

    /// The items of a list field, each with its path. A list that is there
    /// but empty breaks the rule `empty` names, if any.
    fn list<V: Json>(
        &mut self,
        fields: &mut Fields<V>,
        name: &str,
        required: bool,
        empty: Option<&str>,
    ) -> Vec<(V, String)> {
        let Some((value, path)) = self.take(fields, name, required) else {
            return Vec::new();
        };
        let Some(items) = value.items() else {
            self.wrong_kind(path, "a list", value.kind());
            return Vec::new();
        };
        if let (true, Some(message)) = (items.is_empty(), empty) {
            self.fail(path.clone(), message.to_string());
        }
        let mut listed = Vec::new();
        for (i, item) in items.into_iter().enumerate() {
            listed.push((item, item_path(&path, i)));
        }
        listed
    }

    fn texts<V: Json>(
        &mut self,
        fields: &mut Fields<V>,
        name: &str,
        rule: Rule,
        empty: Option<&str>,
    ) -> Vec<String> {
        let mut texts = Vec::new();
        for (item, path) in self.list(fields, name, empty.is_some(), empty) {
            texts.push(self.checked(&item, path, rule));
        }
        texts
    }

    fn topic<V: Json>(&mut self, value: &V) -> Topic {
        let mut f = self.object(value, String::new());
        let id = self.text(&mut f, "id", Rule::Id);
        let lang = self.text(&mut f, "lang", Rule::Lang);
        let title = self.text(&mut f, "title", Rule::Words);
        let lead = self.text(&mut f, "lead", Rule::Words);
        // Before the causes, which may name the departments a topic adds.
        if let Some((v, path)) = self.take(&mut f, "departments", false) {
            for (id, v) in self.object(&v, path.clone()).entries {
                let entry_path = at(&path, &id);
                let change = self.department_override(&v, entry_path.clone());
                let merged = match self.departments.get(&id) {
                    Some(base) => Some(Department {
                        name: change.name.unwrap_or_else(|| base.name.clone()),
                        description: change
                            .description
                            .unwrap_or_else(|| base.description.clone()),
                        link: change.link.unwrap_or_else(|| base.link.clone()),
                    }),
                    None => self.new_department(&id, change, entry_path),
                };
                if let Some(department) = merged {
                    self.departments.insert(id, department);
                }
            }
        }
        let mut groups = Vec::new();
        let no_groups = Some("a topic needs at least one group of causes");
        for (v, path) in self.list(&mut f, "groups", true, no_groups) {
            groups.push(self.group(&v, path));
        }
        let advice = self.text(&mut f, "advice", Rule::Words);
        let disclaimer = self.text(&mut f, "disclaimer", Rule::Words);
        let source = match self.take(&mut f, "source", true) {
            Some((v, path)) => self.source(&v, path),
            None => Source {
                title: String::new(),
                url: None,
            },
        };
        self.done(f);
        Topic {
            id,
            lang,
            title,
            lead,
            groups,
            advice,
            disclaimer,
            source,
        }
    }

    fn group<V: Json>(&mut self, value: &V, path: String) -> Group {
        let mut f = self.object(value, path);
        let id = self.text(&mut f, "id", Rule::UniqueId);
        let title = self.text(&mut f, "title", Rule::Words);
        let mut causes = Vec::new();
        let no_causes = Some("a group needs at least one cause");
        for (v, path) in self.list(&mut f, "causes", true, no_causes) {
            causes.push(self.cause(&v, path));
        }
        self.done(f);
        Group { id, title, causes }
    }

    fn cause<V: Json>(&mut self, value: &V, path: String) -> Cause {
        let mut f = self.object(value, path);
        let id = self.text(&mut f, "id", Rule::UniqueId);
        let title = self.text(&mut f, "title", Rule::Words);
        let why = Some("say why this cause leads to the symptom");
        let explanation = self.texts(&mut f, "explanation", Rule::Words, why);
        let care = self.texts(&mut f, "care", Rule::Words, None);
        let medications = self.take(&mut f, "medications", false).map(|(v, path)| {
            let mut m = self.object(&v, path);
            let context = self.text(&mut m, "context", Rule::Words);
            let none = Some("list at least one medication, or leave out 'medications'");
            let names = self.texts(&mut m, "names", Rule::Words, none);
            self.done(m);
            Medications { context, names }
        });
        let none = Some("name at least one department that treats this cause");
        let departments = self.texts(&mut f, "departments", Rule::Department, none);
        self.done(f);
        Cause {
            id,
            title,
            explanation,
            care,
            medications,
            departments,
        }
    }

    fn source<V: Json>(&mut self, value: &V, path: String) -> Source {
        let mut f = self.object(value, path);
        let title = self.text(&mut f, "title", Rule::Words);
        let url = self.optional_text(&mut f, "url", Rule::Link, false);
        self.done(f);
        Source { title, url }
    }

    /// An entry of the department catalog, whose key is its id.
    fn department<V: Json>(&mut self, value: &V, id: &str) -> Department {
        self.check(id, id.to_string(), Rule::Id);
        let mut f = self.object(value, id.to_string());
        let name = self.text(&mut f, "name", Rule::Words);
        let description = self.text(&mut f, "description", Rule::Words);
        let link = self.text(&mut f, "link", Rule::Link);
        self.done(f);
        Department {
            name,
            description,
            link,
        }
    }

    /// A department entry's fields, each checked where it is given.
    fn department_override<V: Json>(&mut self, value: &V, path: String) -> DepartmentOverride {
        let mut f = self.object(value, path);
        let name = self.optional_text(&mut f, "name", Rule::Words, false);
        let description = self.optional_text(&mut f, "description", Rule::Words, false);
        let link = self.optional_text(&mut f, "link", Rule::Link, false);
        self.done(f);
        DepartmentOverride {
            name,
            description,
            link,
        }
    }

    /// A department that is not known yet: it needs all three fields, and an id
    /// (its key) that can appear in URLs and events.
    fn new_department(
        &mut self,
        id: &str,
        entry: DepartmentOverride,
        path: String,
    ) -> Option<Department> {
        self.check(id, path.clone(), Rule::Id);
        match entry {
            DepartmentOverride {
                name: Some(name),
                description: Some(description),
                link: Some(link),
            } => Some(Department {
                name,
                description,
                link,
            }),
            _ => {
                let message = "a new department needs name, description and link";
                self.fail(path, message.to_string());
                None
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Json for serde_json::Value {
    fn kind(&self) -> Kind {
        use serde_json::Value;
        match self {
            Value::Null => Kind::Null,
            Value::Bool(_) => Kind::Bool,
            Value::Number(_) => Kind::Number,
            Value::String(_) => Kind::Text,
            Value::Array(_) => Kind::List,
            Value::Object(_) => Kind::Object,
        }
    }

    fn text(&self) -> Option<String> {
        self.as_str().map(str::to_string)
    }

    fn items(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }

    fn entries(&self) -> Option<Vec<(String, Self)>> {
        self.as_object()
            .map(|map| map.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
    }
}

#[cfg(target_arch = "wasm32")]
impl Json for wasm_bindgen::JsValue {
    fn kind(&self) -> Kind {
        // One `typeof` in place of a test per kind: each test is its own import.
        match self.js_typeof().as_string().as_deref() {
            Some("string") => Kind::Text,
            Some("number") => Kind::Number,
            Some("boolean") => Kind::Bool,
            Some("object") if self.is_null() => Kind::Null,
            Some("object") if js_sys::Array::is_array(self) => Kind::List,
            Some("object") => Kind::Object,
            // undefined; functions and symbols cannot come out of JSON.parse.
            _ => Kind::Null,
        }
    }

    fn text(&self) -> Option<String> {
        self.as_string()
    }

    fn items(&self) -> Option<Vec<Self>> {
        if !js_sys::Array::is_array(self) {
            return None;
        }
        let mut items = Vec::new();
        for item in js_sys::Array::from(self).iter() {
            items.push(item);
        }
        Some(items)
    }

    fn entries(&self) -> Option<Vec<(String, Self)>> {
        use wasm_bindgen::JsCast;
        if self.kind() != Kind::Object {
            return None;
        }
        let mut entries = Vec::new();
        for pair in js_sys::Object::entries(self.unchecked_ref()).iter() {
            let pair = js_sys::Array::from(&pair);
            if let Some(key) = pair.get(0).as_string() {
                entries.push((key, pair.get(1)));
            }
        }
        Some(entries)
    }
}
