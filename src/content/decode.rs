//! Parsed JSON to the typed model in one pass: each value is checked for its
//! shape and against its rule ([`validate`](super::validate)) where it is
//! read, so every error carries the JSON path it was found at.
//!
//! Generic over the parser's value type: serde_json's natively (tests,
//! build.rs), the browser's `JSON.parse` result in wasm, which keeps serde's
//! generated code out of the download.

use super::model::{Cause, Department, Departments, Group, IdMap, Medications, Source, Topic};
use super::validate::{
    check_id, check_language_tag, check_url, check_words, comma_list, ContentError,
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
    known: Departments,
) -> Result<(Topic, Departments), Vec<ContentError>> {
    let mut decoder = Decoder::new(known);
    let topic = decoder.topic(value);
    let departments = std::mem::take(&mut decoder.departments);
    decoder.finish((topic, departments))
}

/// The department catalog (`content/departments.json`): entries by id.
pub fn decode_departments<V: Json>(value: &V) -> Result<Departments, Vec<ContentError>> {
    let mut decoder = Decoder::new(IdMap::default());
    let fields = decoder.object(value, &Path::Root);
    let mut departments = IdMap::default();
    for (id, v) in &fields.entries {
        let department = decoder.department(v, id, &Path::Field(&Path::Root, id));
        departments.insert(id.clone(), department);
    }
    decoder.finish(departments)
}

/// Where a value sits in the JSON. Written out (`groups[1].causes[0].title`)
/// only for an error message: a valid topic, every page load, builds no paths.
#[derive(Clone, Copy)]
enum Path<'a> {
    Root,
    Field(&'a Path<'a>, &'a str),
    Item(&'a Path<'a>, usize),
}

impl Path<'_> {
    fn text(&self) -> String {
        let mut text = String::new();
        self.write(&mut text);
        text
    }

    fn write(&self, text: &mut String) {
        match *self {
            Path::Root => {}
            Path::Field(parent, name) => {
                parent.write(text);
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(name);
            }
            Path::Item(parent, index) => {
                parent.write(text);
                text.push('[');
                text.push_str(&index.to_string());
                text.push(']');
            }
        }
    }
}

/// The fields of one JSON object, taken one by one; what is left is unknown.
/// A value that is not an object gives no fields and no further errors.
struct Fields<'p, V> {
    path: &'p Path<'p>,
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
    fn new(departments: Departments) -> Self {
        Self {
            errors: Vec::new(),
            departments,
            ids: Vec::new(),
        }
    }

    fn finish<T>(self, value: T) -> Result<T, Vec<ContentError>> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(self.errors)
        }
    }

    fn fail(&mut self, path: &Path, message: String) {
        self.errors.push(ContentError::new(path.text(), message));
    }

    fn wrong_kind(&mut self, path: &Path, wanted: &str, found: Kind) {
        let message = ["expected ", wanted, ", found ", found.name()].concat();
        self.fail(path, message);
    }

    fn object<'p, V: Json>(&mut self, value: &V, path: &'p Path<'p>) -> Fields<'p, V> {
        let entries = value.entries();
        if entries.is_none() {
            self.wrong_kind(path, "an object", value.kind());
        }
        Fields {
            path,
            broken: entries.is_none(),
            entries: entries.unwrap_or_default(),
        }
    }

    /// The field's value; `None` when it is absent or null (reported as
    /// missing when `required`).
    fn take<V: Json>(&mut self, fields: &mut Fields<V>, name: &str, required: bool) -> Option<V> {
        let found = fields
            .entries
            .iter()
            .position(|(key, _)| key == name)
            .map(|i| fields.entries.swap_remove(i).1);
        match found {
            Some(value) if value.kind() != Kind::Null => Some(value),
            _ => {
                if required && !fields.broken {
                    self.fail(fields.path, ["missing field '", name, "'"].concat());
                }
                None
            }
        }
    }

    fn done<V: Json>(&mut self, fields: Fields<V>) {
        for (name, _) in &fields.entries {
            let message = ["unknown field '", name, "'"].concat();
            self.fail(&Path::Field(fields.path, name), message);
        }
    }

    /// The text at `path` if it is text that keeps `rule`; the empty string otherwise.
    fn checked<V: Json>(&mut self, value: &V, path: &Path, rule: Rule) -> String {
        let Some(text) = value.text() else {
            self.wrong_kind(path, "text", value.kind());
            return String::new();
        };
        self.check(&text, path, rule);
        text
    }

    fn check(&mut self, text: &str, path: &Path, rule: Rule) {
        let broken = match rule {
            Rule::Words => check_words(text),
            Rule::Id => check_id(text),
            Rule::UniqueId => {
                check_id(text).and_then(|()| match self.ids.iter().find(|(used, _)| used == text) {
                    Some((_, first)) => {
                        Err(["duplicate id '", text, "' (first used at ", first, ")"].concat())
                    }
                    None => {
                        self.ids.push((text.to_string(), path.text()));
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
        let value = self.take(fields, name, required)?;
        Some(self.checked(&value, &Path::Field(fields.path, name), rule))
    }

    /// The items of a list field, and the list's path for theirs. A list that
    /// is there but empty breaks the rule `empty` names, if any.
    fn list<'p, V: Json>(
        &mut self,
        fields: &mut Fields<'p, V>,
        name: &'p str,
        required: bool,
        empty: Option<&str>,
    ) -> (Vec<V>, Path<'p>) {
        let path = Path::Field(fields.path, name);
        let Some(value) = self.take(fields, name, required) else {
            return (Vec::new(), path);
        };
        let Some(items) = value.items() else {
            self.wrong_kind(&path, "a list", value.kind());
            return (Vec::new(), path);
        };
        if let (true, Some(message)) = (items.is_empty(), empty) {
            self.fail(&path, message.to_string());
        }
        (items, path)
    }

    fn texts<'p, V: Json>(
        &mut self,
        fields: &mut Fields<'p, V>,
        name: &'p str,
        rule: Rule,
        empty: Option<&str>,
    ) -> Vec<String> {
        // A list that may not be empty may not be missing either.
        let (items, path) = self.list(fields, name, empty.is_some(), empty);
        let mut texts = Vec::new();
        for (i, item) in items.iter().enumerate() {
            texts.push(self.checked(item, &Path::Item(&path, i), rule));
        }
        texts
    }

    fn topic<V: Json>(&mut self, value: &V) -> Topic {
        let mut f = self.object(value, &Path::Root);
        let id = self.text(&mut f, "id", Rule::Id);
        let lang = self.text(&mut f, "lang", Rule::Lang);
        let title = self.text(&mut f, "title", Rule::Words);
        let lead = self.text(&mut f, "lead", Rule::Words);
        // Before the causes, which may name the departments a topic adds.
        if let Some(v) = self.take(&mut f, "departments", false) {
            let path = Path::Field(f.path, "departments");
            for (id, v) in self.object(&v, &path).entries {
                let entry_path = Path::Field(&path, &id);
                let change = self.department_override(&v, &entry_path);
                let merged = match self.departments.get(&id) {
                    Some(base) => Some(Department {
                        name: change.name.unwrap_or_else(|| base.name.clone()),
                        description: change
                            .description
                            .unwrap_or_else(|| base.description.clone()),
                        link: change.link.unwrap_or_else(|| base.link.clone()),
                    }),
                    None => self.new_department(&id, change, &entry_path),
                };
                if let Some(department) = merged {
                    self.departments.insert(id, department);
                }
            }
        }
        let no_groups = Some("a topic needs at least one group of causes");
        let (items, items_path) = self.list(&mut f, "groups", true, no_groups);
        let mut groups = Vec::new();
        for (i, v) in items.iter().enumerate() {
            groups.push(self.group(v, &Path::Item(&items_path, i)));
        }
        let advice = self.text(&mut f, "advice", Rule::Words);
        let disclaimer = self.text(&mut f, "disclaimer", Rule::Words);
        let source = match self.take(&mut f, "source", true) {
            Some(v) => self.source(&v, &Path::Field(f.path, "source")),
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

    fn group<V: Json>(&mut self, value: &V, path: &Path) -> Group {
        let mut f = self.object(value, path);
        let id = self.text(&mut f, "id", Rule::UniqueId);
        let title = self.text(&mut f, "title", Rule::Words);
        let no_causes = Some("a group needs at least one cause");
        let (items, items_path) = self.list(&mut f, "causes", true, no_causes);
        let mut causes = Vec::new();
        for (i, v) in items.iter().enumerate() {
            causes.push(self.cause(v, &Path::Item(&items_path, i)));
        }
        self.done(f);
        Group { id, title, causes }
    }

    fn cause<V: Json>(&mut self, value: &V, path: &Path) -> Cause {
        let mut f = self.object(value, path);
        let id = self.text(&mut f, "id", Rule::UniqueId);
        let title = self.text(&mut f, "title", Rule::Words);
        let why = Some("say why this cause leads to the symptom");
        let explanation = self.texts(&mut f, "explanation", Rule::Words, why);
        let care = self.texts(&mut f, "care", Rule::Words, None);
        let medications = self.take(&mut f, "medications", false).map(|v| {
            let path = Path::Field(path, "medications");
            let mut m = self.object(&v, &path);
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

    fn source<V: Json>(&mut self, value: &V, path: &Path) -> Source {
        let mut f = self.object(value, path);
        let title = self.text(&mut f, "title", Rule::Words);
        let url = self.optional_text(&mut f, "url", Rule::Link, false);
        self.done(f);
        Source { title, url }
    }

    /// An entry of the department catalog, whose key is its id.
    fn department<V: Json>(&mut self, value: &V, id: &str, path: &Path) -> Department {
        self.check(id, path, Rule::Id);
        let mut f = self.object(value, path);
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
    fn department_override<V: Json>(&mut self, value: &V, path: &Path) -> DepartmentOverride {
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
        path: &Path,
    ) -> Option<Department> {
        self.check(id, path, Rule::Id);
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

    // Arrays are read in place (a checked cast, not a copy with Array.from).
    fn items(&self) -> Option<Vec<Self>> {
        use wasm_bindgen::JsCast;
        if !js_sys::Array::is_array(self) {
            return None;
        }
        let mut items = Vec::new();
        for item in self.unchecked_ref::<js_sys::Array>().iter() {
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
        // Object.entries gives [key, value] arrays.
        for pair in js_sys::Object::entries(self.unchecked_ref()).iter() {
            let pair = pair.unchecked_into::<js_sys::Array>();
            if let Some(key) = pair.get(0).as_string() {
                entries.push((key, pair.get(1)));
            }
        }
        Some(entries)
    }
}
