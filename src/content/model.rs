//! The topic model: what a content JSON file may say. These types are the
//! schema: serde reads every topic (built-in, inline, an editor's file)
//! into them through [`read`](crate::read), refusing unknown fields, and
//! writes them back in the same field order. `content/topic.schema.json` states the same shape for
//! editors' tools; `tests/content-cases.json` proves that both agree.

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// One symptom question and the possible causes a source article gives for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// When the topic was last reviewed against its source, and by whom.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed: Option<Reviewed>,
    /// Departments this topic adds, or whose name, description or link it
    /// changes; merged with the known ones in `ValidTopic::departments`.
    #[serde(default, skip_serializing_if = "IdMap::is_empty")]
    pub departments: IdMap<DepartmentChange>,
}

impl Topic {
    /// Every cause's id, in reading order.
    pub fn cause_ids(&self) -> Vec<&str> {
        self.causes().map(|cause| cause.id.as_str()).collect()
    }

    /// Every cause, in reading order.
    pub fn causes(&self) -> impl Iterator<Item = &Cause> {
        self.groups.iter().flat_map(|group| group.causes.iter())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub title: String,
    pub causes: Vec<Cause>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cause {
    pub id: String,
    pub title: String,
    /// Why it happens: paragraphs of plain text.
    pub explanation: Vec<String>,
    /// What helps: paragraphs of plain text; absent when the source names nothing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub care: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medications: Option<Medications>,
    /// Ids of the departments that treat this cause.
    pub departments: Vec<String>,
}

/// Medications the source article names. The widget always adds that they are
/// taken only under a doctor's guidance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Medications {
    /// The article's own condition, e.g. "If necessary, medications such as these may be prescribed:".
    pub context: String,
    pub names: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A review of the topic: an ISO date (`2026-11-01`) and who reviewed it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reviewed {
    pub date: String,
    pub by: String,
}

/// An entry of the department catalog (`content/departments.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Department {
    pub name: String,
    pub description: String,
    pub link: String,
    /// The schema.org `MedicalSpecialty` it practises (`Gynecologic`), for
    /// the pre-rendered page's JSON-LD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub specialty: Option<String>,
}

/// A topic's own department entry: every field optional, so a topic can
/// change only the link of a known department. A new one needs all three.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DepartmentChange {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub specialty: Option<String>,
}

pub type Departments = IdMap<Department>;

/// Entries by id, in the order the JSON gave them (a JSON object read as a
/// list, so the same file lists its departments in the same order everywhere).
#[derive(Debug, Clone, PartialEq)]
pub struct IdMap<T>(Vec<(String, T)>);

impl<T> Default for IdMap<T> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<T> IdMap<T> {
    pub fn get(&self, id: &str) -> Option<&T> {
        self.0
            .iter()
            .find(|(key, _)| key == id)
            .map(|(_, value)| value)
    }

    pub fn contains_key(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Replaces the entry with this id, or appends it.
    pub fn insert(&mut self, id: String, value: T) {
        match self.0.iter_mut().find(|(key, _)| *key == id) {
            Some(entry) => entry.1 = value,
            None => self.0.push((id, value)),
        }
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(key, _)| key.as_str())
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &T)> {
        self.0.iter().map(|(key, value)| (key, value))
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&String, &mut T)> {
        self.0.iter_mut().map(|(key, value)| (&*key, value))
    }
}

impl<T: Serialize> Serialize for IdMap<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(key, value)| (key, value)))
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for IdMap<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for Entries<T> {
            type Value = IdMap<T>;

            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("an object of entries by id")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<IdMap<T>, A::Error> {
                let mut map = IdMap::default();
                while let Some((id, value)) = entries.next_entry::<String, T>()? {
                    if map.contains_key(&id) {
                        let message = format!("duplicate entry '{id}'");
                        return Err(serde::de::Error::custom(message));
                    }
                    map.0.push((id, value));
                }
                Ok(map)
            }
        }

        deserializer.deserialize_map(Entries(PhantomData))
    }
}
