//! The rules every topic must pass before a patient sees it, checked over
//! the typed model once serde has read its shape. Every broken rule is
//! reported, each with the JSON path of the value that breaks it.

use crate::model::{Cause, Department, DepartmentChange, Departments, Group, Topic};
use serde::Serialize;
use std::fmt;

/// One broken rule: where and why. Written for JavaScript as `{path,
/// message, text}`: its place as written, and the one line every tool and
/// console prints of it (its `Display`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    // Both made by one constructor, so that they agree: read with `place()`
    // and `path()`.
    place: Place,
    path: String,
    pub message: String,
}

/// The kinds of place a problem can be in, and how each is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The input as a whole (text that is not JSON, a page with no window):
    /// written as nothing.
    Whole,
    /// A JSON path in the content: `groups[1].causes[0].title`.
    Content,
    /// An attribute of the element: `@heading-level`.
    Attribute,
    /// A flag of the tool's command line: `--widget-base`.
    Flag,
    /// An argument of the tool's JavaScript API (`options`), or a JSON path
    /// inside it: `departments: gynecology.link`.
    Argument,
}

impl ContentError {
    /// A problem with the input as a whole.
    pub fn whole(message: impl Into<String>) -> Self {
        Self::written(Place::Whole, String::new(), message)
    }

    /// A problem at a JSON path of the content (not empty: see [`Self::whole`]).
    pub fn in_content(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self::written(Place::Content, path.into(), message)
    }

    /// A problem with the element's attribute `name` (`topic`, not `@topic`).
    pub fn at_attribute(name: &str, message: impl Into<String>) -> Self {
        // Pushed, not `concat` as the tool's places are: in the widget's
        // wasm `concat` measured 648 bytes more, raw.
        let mut path = String::from("@");
        path.push_str(name);
        Self::written(Place::Attribute, path, message)
    }

    /// A problem with the command line's flag `name` (`widget-base`).
    pub fn at_flag(name: &str, message: impl Into<String>) -> Self {
        Self::written(Place::Flag, ["--", name].concat(), message)
    }

    /// A problem with the JavaScript API's argument `name`, at `path` inside
    /// its JSON (empty: the argument as a whole).
    pub fn at_argument(name: &str, path: &str, message: impl Into<String>) -> Self {
        let written = if path.is_empty() {
            name.to_string()
        } else {
            [name, ": ", path].concat()
        };
        Self::written(Place::Argument, written, message)
    }

    fn written(place: Place, path: String, message: impl Into<String>) -> Self {
        Self {
            place,
            path,
            message: message.into(),
        }
    }

    /// What kind of place `path` names.
    pub fn place(&self) -> Place {
        self.place
    }

    /// Its place as written (`@topic`), `""` for the whole input: the error
    /// event's and every tool's `path`.
    pub fn path(&self) -> &str {
        &self.path
    }
}

impl Serialize for ContentError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut fields = serializer.serialize_struct("ContentError", 3)?;
        fields.serialize_field("path", &self.path)?;
        fields.serialize_field("message", &self.message)?;
        fields.serialize_field("text", &self.to_string())?;
        fields.end()
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.place == Place::Whole {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// A text for a reader must say something.
pub fn check_words(text: &str) -> Result<(), String> {
    if is_blank(text) {
        return Err("must not be empty".into());
    }
    Ok(())
}

/// Ids are kebab-case: they appear in URLs (`#cause-id`) and in host analytics.
pub fn check_id(id: &str) -> Result<(), String> {
    if !hyphenated(id, usize::MAX, |b| {
        b.is_ascii_lowercase() || b.is_ascii_digit()
    }) {
        return Err(format!(
            "id '{id}' must be kebab-case (a-z, 0-9, single hyphens)"
        ));
    }
    Ok(())
}

/// A BCP 47 tag's shape: parts of 1–8 letters or digits (`en`, `zh-CN`).
pub fn check_language_tag(lang: &str) -> Result<(), String> {
    if !hyphenated(lang, 8, u8::is_ascii_alphanumeric) {
        return Err(format!(
            "'{lang}' is not a language tag such as 'en' or 'zh-CN'"
        ));
    }
    Ok(())
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
    let before_path = url.split(['/', '?', '#']).next().unwrap_or_default();
    match before_path.split_once(':') {
        None => Ok(()),
        Some((scheme, _))
            if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") =>
        {
            Ok(())
        }
        Some((scheme, _)) => Err(format!(
            "unsafe link scheme '{scheme}:'; only http(s) and relative links are allowed"
        )),
    }
}

/// A calendar date written as ISO 8601 (`2026-11-01`) that exists; its
/// year, month and day.
pub fn check_date(date: &str) -> Result<(u32, u32, u32), String> {
    let refuse = || format!("'{date}' is not a date such as 2026-11-01 (year-month-day)");
    let parts: Vec<&str> = date.split('-').collect();
    let [year, month, day] = parts[..] else {
        return Err(refuse());
    };
    let number = |text: &str, digits: usize| {
        (text.len() == digits && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse::<u32>().ok())
            .flatten()
    };
    let (Some(year), Some(month), Some(day)) = (number(year, 4), number(month, 2), number(day, 2))
    else {
        return Err(refuse());
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(format!("'{date}' has no month {month}")),
    };
    if !(1..=days).contains(&day) {
        return Err(format!(
            "'{date}' is not a day of that month (it has {days})"
        ));
    }
    Ok((year, month, day))
}

/// The members of schema.org's `MedicalSpecialty` enumeration
/// (<https://schema.org/MedicalSpecialty>). `tests/json-ld.test.mjs` compares
/// this list with the vocabulary's own (the npm package schema-dts) and
/// type-checks the pre-rendered JSON-LD against it.
pub const MEDICAL_SPECIALTIES: [&str; 44] = [
    "Anesthesia",
    "Audiology",
    "Cardiovascular",
    "CommunityHealth",
    "Dentistry",
    "Dermatologic",
    "Dermatology",
    "DietNutrition",
    "Emergency",
    "Endocrine",
    "Gastroenterologic",
    "Genetic",
    "Geriatric",
    "Gynecologic",
    "Hematologic",
    "Infectious",
    "LaboratoryScience",
    "Midwifery",
    "Musculoskeletal",
    "Neurologic",
    "Nursing",
    "Obstetric",
    "Oncologic",
    "Ophthalmology",
    "Optometric",
    "Otolaryngologic",
    "Pathology",
    "Pediatric",
    "PharmacySpecialty",
    "Physiotherapy",
    "PlasticSurgery",
    "Podiatric",
    "PrimaryCare",
    "Psychiatric",
    "PublicHealth",
    "Pulmonary",
    "Radiography",
    "Renal",
    "RespiratoryTherapy",
    "Rheumatologic",
    "SpeechPathology",
    "Surgical",
    "Toxicologic",
    "Urologic",
];

/// A department's specialty is one of schema.org's.
pub fn check_specialty(specialty: &str) -> Result<(), String> {
    if MEDICAL_SPECIALTIES.contains(&specialty) {
        return Ok(());
    }
    Err(format!(
        "'{specialty}' is not a schema.org MedicalSpecialty (such as Gynecologic or Musculoskeletal)"
    ))
}

/// Parts of 1 to `longest` bytes that are all `allowed`, joined by single hyphens.
fn hyphenated(text: &str, longest: usize, allowed: fn(&u8) -> bool) -> bool {
    text.split('-')
        .all(|part| (1..=longest).contains(&part.len()) && part.bytes().all(|b| allowed(&b)))
}

fn is_blank(text: &str) -> bool {
    text.chars().all(char::is_whitespace)
}

/// Checks `topic` against `known` departments; the departments it may link
/// to (the known ones, with the topic's own merged in) when every rule holds.
pub fn check_topic(topic: &Topic, known: Departments) -> Result<Departments, Vec<ContentError>> {
    let mut check = Checker::default();
    check.rule("id", check_id(&topic.id));
    check.rule("lang", check_language_tag(&topic.lang));
    check.words("title", &topic.title);
    check.words("lead", &topic.lead);
    let departments = check.merge_departments(known, &topic.departments);
    check.not_empty(
        "groups",
        &topic.groups,
        "a topic needs at least one group of causes",
    );
    for (i, group) in topic.groups.iter().enumerate() {
        check.group(&format!("groups[{i}]"), group, &departments);
    }
    check.words("advice", &topic.advice);
    check.words("disclaimer", &topic.disclaimer);
    check.words("source.title", &topic.source.title);
    if let Some(url) = &topic.source.url {
        check.rule("source.url", check_url(url));
    }
    if let Some(reviewed) = &topic.reviewed {
        check.rule("reviewed.date", check_date(&reviewed.date).map(|_| ()));
        check.words("reviewed.by", &reviewed.by);
    }
    check.finish(departments)
}

/// Checks the department catalog (`content/departments.json`).
pub fn check_departments(departments: &Departments) -> Result<(), Vec<ContentError>> {
    let mut check = Checker::default();
    for (id, department) in departments.iter() {
        check.rule(id, check_id(id));
        let Department {
            name,
            description,
            link,
            specialty,
        } = department;
        check.words(&format!("{id}.name"), name);
        check.words(&format!("{id}.description"), description);
        check.rule(&format!("{id}.link"), check_url(link));
        if let Some(specialty) = specialty {
            check.rule(&format!("{id}.specialty"), check_specialty(specialty));
        }
    }
    check.finish(())
}

/// Collects every broken rule, in reading order.
#[derive(Default)]
struct Checker {
    errors: Vec<ContentError>,
    /// Each group and cause id so far, with the path it was first used at:
    /// they become anchors and event details, so they are unique across the topic.
    ids: Vec<(String, String)>,
}

impl Checker {
    fn finish<T>(self, value: T) -> Result<T, Vec<ContentError>> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(self.errors)
        }
    }

    fn rule(&mut self, path: &str, outcome: Result<(), String>) {
        if let Err(message) = outcome {
            self.errors.push(ContentError::in_content(path, message));
        }
    }

    fn words(&mut self, path: &str, text: &str) {
        self.rule(path, check_words(text));
    }

    fn paragraphs(&mut self, path: &str, texts: &[String], empty: &str) {
        if !empty.is_empty() {
            self.not_empty(path, texts, empty);
        }
        for (i, text) in texts.iter().enumerate() {
            self.words(&format!("{path}[{i}]"), text);
        }
    }

    fn not_empty<T>(&mut self, path: &str, list: &[T], message: &str) {
        if list.is_empty() {
            self.errors.push(ContentError::in_content(path, message));
        }
    }

    fn unique_id(&mut self, path: &str, id: &str) {
        let outcome =
            check_id(id).and_then(|()| match self.ids.iter().find(|(used, _)| used == id) {
                Some((_, first)) => Err(format!("duplicate id '{id}' (first used at {first})")),
                None => {
                    self.ids.push((id.to_string(), path.to_string()));
                    Ok(())
                }
            });
        self.rule(path, outcome);
    }

    /// The known departments with the topic's changes and additions.
    fn merge_departments(
        &mut self,
        mut departments: Departments,
        changes: &crate::model::IdMap<DepartmentChange>,
    ) -> Departments {
        for (id, change) in changes.iter() {
            let path = format!("departments.{id}");
            let DepartmentChange {
                name,
                description,
                link,
                specialty,
            } = change;
            if let Some(specialty) = specialty {
                self.rule(&format!("{path}.specialty"), check_specialty(specialty));
            }
            if let Some(name) = name {
                self.words(&format!("{path}.name"), name);
            }
            if let Some(description) = description {
                self.words(&format!("{path}.description"), description);
            }
            if let Some(link) = link {
                self.rule(&format!("{path}.link"), check_url(link));
            }
            let merged = match (departments.get(id), name, description, link) {
                (Some(base), ..) => Department {
                    name: name.clone().unwrap_or_else(|| base.name.clone()),
                    description: description
                        .clone()
                        .unwrap_or_else(|| base.description.clone()),
                    link: link.clone().unwrap_or_else(|| base.link.clone()),
                    specialty: specialty.clone().or_else(|| base.specialty.clone()),
                },
                (None, Some(name), Some(description), Some(link)) => {
                    self.rule(&path, check_id(id));
                    Department {
                        name: name.clone(),
                        description: description.clone(),
                        link: link.clone(),
                        specialty: specialty.clone(),
                    }
                }
                (None, ..) => {
                    self.rule(&path, check_id(id));
                    let message = "a new department needs name, description and link";
                    self.errors.push(ContentError::in_content(path, message));
                    continue;
                }
            };
            departments.insert(id.clone(), merged);
        }
        departments
    }

    fn group(&mut self, path: &str, group: &Group, departments: &Departments) {
        self.unique_id(&format!("{path}.id"), &group.id);
        self.words(&format!("{path}.title"), &group.title);
        let causes = format!("{path}.causes");
        self.not_empty(&causes, &group.causes, "a group needs at least one cause");
        for (i, cause) in group.causes.iter().enumerate() {
            self.cause(&format!("{causes}[{i}]"), cause, departments);
        }
    }

    fn cause(&mut self, path: &str, cause: &Cause, departments: &Departments) {
        self.unique_id(&format!("{path}.id"), &cause.id);
        self.words(&format!("{path}.title"), &cause.title);
        let why = "say why this cause leads to the symptom";
        self.paragraphs(&format!("{path}.explanation"), &cause.explanation, why);
        self.paragraphs(&format!("{path}.care"), &cause.care, "");
        if let Some(medications) = &cause.medications {
            self.words(&format!("{path}.medications.context"), &medications.context);
            let none = "list at least one medication, or leave out 'medications'";
            self.paragraphs(
                &format!("{path}.medications.names"),
                &medications.names,
                none,
            );
        }
        let list = format!("{path}.departments");
        let none = "name at least one department that treats this cause";
        self.not_empty(&list, &cause.departments, none);
        for (i, id) in cause.departments.iter().enumerate() {
            if !departments.contains_key(id) {
                let known = departments.keys().collect::<Vec<_>>().join(", ");
                let message = format!("unknown department '{id}' (known: {known})");
                self.errors
                    .push(ContentError::in_content(format!("{list}[{i}]"), message));
            }
        }
    }
}
