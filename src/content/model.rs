//! The topic model: what a content JSON file may say. These types are the
//! schema: serde reads every topic (built-in, inline, an editor's file)
//! into them, refusing unknown fields, and writes them back in the same
//! field order. `content/topic.schema.json` states the same shape for
//! editors' tools; `tests/content-cases.json` proves that both agree.

use serde::de::value::MapAccessDeserializer;
use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// One symptom question and the possible causes a source article gives for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    /// BCP 47 tag of the topic text, e.g. "en".
    pub lang: String,
    /// The question, shown as the widget's heading.
    pub title: String,
    /// The article's opening answer.
    pub lead: String,
    #[serde(deserialize_with = "list")]
    pub groups: Vec<Group>,
    /// The article's closing advice, e.g. which departments to visit.
    pub advice: String,
    pub disclaimer: String,
    pub source: Source,
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
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub title: String,
    #[serde(deserialize_with = "list")]
    pub causes: Vec<Cause>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Cause {
    pub id: String,
    pub title: String,
    /// Why it happens: paragraphs of plain text.
    #[serde(deserialize_with = "list")]
    pub explanation: Vec<String>,
    /// What helps: paragraphs of plain text; absent when the source names nothing.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "list"
    )]
    pub care: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medications: Option<Medications>,
    /// Ids of the departments that treat this cause.
    #[serde(deserialize_with = "list")]
    pub departments: Vec<String>,
}

/// Medications the source article names. The widget always adds that they are
/// taken only under a doctor's guidance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Medications {
    /// The article's own condition, e.g. "If necessary, medications such as these may be prescribed:".
    pub context: String,
    #[serde(deserialize_with = "list")]
    pub names: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Source {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// An entry of the department catalog (`content/departments.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Department {
    pub name: String,
    pub description: String,
    pub link: String,
}

/// A topic's own department entry: every field optional, so a topic can
/// change only the link of a known department. A new one needs all three.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct DepartmentChange {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
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
                        let message = ["duplicate entry '", &id, "'"].concat();
                        return Err(serde::de::Error::custom(message));
                    }
                    map.0.push((id, value));
                }
                Ok(map)
            }
        }

        deserializer.deserialize_any(Entries(PhantomData))
    }
}

/// Each content type is read from a JSON object only, with all its keys.
/// serde's derived structs would also take a list of their fields' values
/// in order (`["an-id", "en", …]`), which no editor means and no schema
/// allows, and serde-wasm-bindgen's own struct reading looks up only the
/// fields it knows, so `deny_unknown_fields` would never see an unknown one.
/// So the derive (`remote = "Self"`, which makes its code inherent
/// functions) is reached only through a visitor that takes the object's
/// entries, every one of them, and nothing but an object.
macro_rules! read_from_objects {
    ($($name:ident)*) => {$(
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Only;
                impl<'de> Visitor<'de> for Only {
                    type Value = $name;
                    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                        formatter.write_str("an object")
                    }
                    fn visit_map<A: MapAccess<'de>>(self, fields: A) -> Result<$name, A::Error> {
                        $name::deserialize(MapAccessDeserializer::new(fields))
                    }
                }
                // Not deserialize_map: serde-wasm-bindgen reads any iterable
                // as a map there, so a list would not be refused as a list.
                deserializer.deserialize_any(Only)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $name::serialize(self, serializer)
            }
        }
    )*};
}

read_from_objects!(Topic Group Cause Medications Source Department DepartmentChange);

/// A list field, read from a JSON list only. serde-wasm-bindgen would ask a
/// string for its iterator and fail with a JavaScript TypeError; read as
/// "any value", a string is refused as a string.
fn list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<Vec<T>, D::Error> {
    struct Items<T>(PhantomData<T>);

    impl<'de, T: Deserialize<'de>> Visitor<'de> for Items<T> {
        type Value = Vec<T>;

        fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
            formatter.write_str("a list")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Vec<T>, A::Error> {
            let mut list = Vec::new();
            while let Some(item) = items.next_element()? {
                list.push(item);
            }
            Ok(list)
        }
    }

    deserializer.deserialize_any(Items(PhantomData))
}
