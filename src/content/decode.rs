//! Parsed JSON to the typed model, reporting every shape error with its JSON
//! path. Generic over the parser's value type: serde_json's natively (tests,
//! build.rs), the browser's `JSON.parse` result in wasm, which keeps serde's
//! generated code out of the download.

use super::model::{
    Cause, Department, DepartmentOverride, Departments, Group, IdMap, Medications, Source, Topic,
};
use super::validate::{field_path as at, item_path, ContentError};

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

pub fn decode_topic<V: Json>(value: &V) -> Result<Topic, Vec<ContentError>> {
    let mut decoder = Decoder::default();
    let topic = decoder.topic(value);
    decoder.finish(topic)
}

pub fn decode_departments<V: Json>(value: &V) -> Result<Departments, Vec<ContentError>> {
    let mut decoder = Decoder::default();
    let fields = decoder.object(value, String::new());
    let departments = fields
        .entries
        .iter()
        .map(|(id, v)| (id.clone(), decoder.department(v, id.clone())))
        .collect();
    decoder.finish(departments)
}

/// The fields of one JSON object, taken one by one; what is left is unknown.
/// A value that is not an object gives no fields and no further errors.
struct Fields<V> {
    path: String,
    entries: Vec<(String, V)>,
    broken: bool,
}

/// Reads leniently, filling in empty values where the JSON is wrong, and
/// records every error; `finish` then refuses the result if there were any.
/// (Written without per-field closures: each one would be its own copy of
/// the code in the wasm.)
#[derive(Default)]
struct Decoder {
    errors: Vec<ContentError>,
}

impl Decoder {
    fn finish<T>(self, value: T) -> Result<T, Vec<ContentError>> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(self.errors)
        }
    }

    fn wrong_kind(&mut self, path: String, wanted: &str, found: Kind) {
        self.errors.push(ContentError::new(
            path,
            ["expected ", wanted, ", found ", found.name()].concat(),
        ));
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
                    self.errors.push(ContentError::new(
                        fields.path.clone(),
                        ["missing field '", name, "'"].concat(),
                    ));
                }
                None
            }
        }
    }

    fn done<V: Json>(&mut self, fields: Fields<V>) {
        for (name, _) in fields.entries {
            self.errors.push(ContentError::new(
                at(&fields.path, &name),
                ["unknown field '", &name, "'"].concat(),
            ));
        }
    }

    fn as_text<V: Json>(&mut self, value: &V, path: String) -> String {
        value.text().unwrap_or_else(|| {
            self.wrong_kind(path, "text", value.kind());
            String::new()
        })
    }

    fn text<V: Json>(&mut self, fields: &mut Fields<V>, name: &str) -> String {
        self.optional_text(fields, name, true).unwrap_or_default()
    }

    fn optional_text<V: Json>(
        &mut self,
        fields: &mut Fields<V>,
        name: &str,
        required: bool,
    ) -> Option<String> {
        let (value, path) = self.take(fields, name, required)?;
        Some(self.as_text(&value, path))
    }

    /// The items of a list field, each with its path.
    fn list<V: Json>(
        &mut self,
        fields: &mut Fields<V>,
        name: &str,
        required: bool,
    ) -> Vec<(V, String)> {
        let Some((value, path)) = self.take(fields, name, required) else {
            return Vec::new();
        };
        match value.items() {
            Some(items) => {
                let mut listed = Vec::new();
                for (i, item) in items.into_iter().enumerate() {
                    listed.push((item, item_path(&path, i)));
                }
                listed
            }
            None => {
                self.wrong_kind(path, "a list", value.kind());
                Vec::new()
            }
        }
    }

    fn texts<V: Json>(
        &mut self,
        fields: &mut Fields<V>,
        name: &str,
        required: bool,
    ) -> Vec<String> {
        let mut texts = Vec::new();
        for (item, path) in self.list(fields, name, required) {
            texts.push(self.as_text(&item, path));
        }
        texts
    }

    fn topic<V: Json>(&mut self, value: &V) -> Topic {
        let mut f = self.object(value, String::new());
        let id = self.text(&mut f, "id");
        let lang = self.text(&mut f, "lang");
        let title = self.text(&mut f, "title");
        let lead = self.text(&mut f, "lead");
        let mut groups = Vec::new();
        for (v, path) in self.list(&mut f, "groups", true) {
            groups.push(self.group(&v, path));
        }
        let advice = self.text(&mut f, "advice");
        let disclaimer = self.text(&mut f, "disclaimer");
        let source = match self.take(&mut f, "source", true) {
            Some((v, path)) => self.source(&v, path),
            None => Source {
                title: String::new(),
                url: None,
            },
        };
        let mut departments = IdMap::default();
        if let Some((v, path)) = self.take(&mut f, "departments", false) {
            let entries = self.object(&v, path.clone()).entries;
            for (id, v) in entries {
                let change = self.department_override(&v, at(&path, &id));
                departments.insert(id, change);
            }
        }
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
            departments,
        }
    }

    fn group<V: Json>(&mut self, value: &V, path: String) -> Group {
        let mut f = self.object(value, path);
        let id = self.text(&mut f, "id");
        let title = self.text(&mut f, "title");
        let mut causes = Vec::new();
        for (v, path) in self.list(&mut f, "causes", true) {
            causes.push(self.cause(&v, path));
        }
        self.done(f);
        Group { id, title, causes }
    }

    fn cause<V: Json>(&mut self, value: &V, path: String) -> Cause {
        let mut f = self.object(value, path);
        let id = self.text(&mut f, "id");
        let title = self.text(&mut f, "title");
        let explanation = self.texts(&mut f, "explanation", true);
        let care = self.texts(&mut f, "care", false);
        let medications = self.take(&mut f, "medications", false).map(|(v, path)| {
            let mut m = self.object(&v, path);
            let context = self.text(&mut m, "context");
            let names = self.texts(&mut m, "names", true);
            self.done(m);
            Medications { context, names }
        });
        let departments = self.texts(&mut f, "departments", true);
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
        let title = self.text(&mut f, "title");
        let url = self.optional_text(&mut f, "url", false);
        self.done(f);
        Source { title, url }
    }

    fn department<V: Json>(&mut self, value: &V, path: String) -> Department {
        let mut f = self.object(value, path);
        let name = self.text(&mut f, "name");
        let description = self.text(&mut f, "description");
        let link = self.text(&mut f, "link");
        self.done(f);
        Department {
            name,
            description,
            link,
        }
    }

    fn department_override<V: Json>(&mut self, value: &V, path: String) -> DepartmentOverride {
        let mut f = self.object(value, path);
        let name = self.optional_text(&mut f, "name", false);
        let description = self.optional_text(&mut f, "description", false);
        let link = self.optional_text(&mut f, "link", false);
        self.done(f);
        DepartmentOverride {
            name,
            description,
            link,
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
        if self.is_null() || self.is_undefined() {
            Kind::Null
        } else if self.as_bool().is_some() {
            Kind::Bool
        } else if self.as_f64().is_some() {
            Kind::Number
        } else if self.is_string() {
            Kind::Text
        } else if js_sys::Array::is_array(self) {
            Kind::List
        } else {
            Kind::Object
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
