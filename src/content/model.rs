//! The topic model: what a content JSON file may say, as serde types.
//!
//! Shared with `build.rs` (through `#[path]`), so it depends on nothing but std.
//! `decode.rs` reads JSON into these types; `content/topic.schema.json`
//! describes the same shape for editors.

/// One symptom question and the possible causes a source article gives for it.
#[derive(Debug, Clone, PartialEq)]
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
    // A topic's own `departments` entries (new ones, or a built-in one's name,
    // description or link changed) are merged as they are read: see
    // `ValidTopic::departments`.
}

impl Topic {
    /// Every cause's id, in reading order.
    pub fn cause_ids(&self) -> Vec<&str> {
        let mut ids = Vec::new();
        for group in &self.groups {
            for cause in &group.causes {
                ids.push(cause.id.as_str());
            }
        }
        ids
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub id: String,
    pub title: String,
    pub causes: Vec<Cause>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cause {
    pub id: String,
    pub title: String,
    /// Why it happens: paragraphs of plain text.
    pub explanation: Vec<String>,
    /// What helps: paragraphs of plain text; may be empty when the source names nothing.
    pub care: Vec<String>,
    pub medications: Option<Medications>,
    /// Ids of the departments that treat this cause.
    pub departments: Vec<String>,
}

/// Medications the source article names. The widget always adds that they are
/// taken only under a doctor's guidance.
#[derive(Debug, Clone, PartialEq)]
pub struct Medications {
    /// The article's own condition, e.g. "If necessary, a doctor may prescribe:".
    pub context: String,
    pub names: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub title: String,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Department {
    pub name: String,
    pub description: String,
    pub link: String,
}

pub type Departments = IdMap<Department>;

/// Entries by id, in the order the JSON gave them. A few entries at most, so
/// a list beats a tree here, and keeps the tree's code out of the wasm.
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

impl<T> FromIterator<(String, T)> for IdMap<T> {
    fn from_iter<I: IntoIterator<Item = (String, T)>>(entries: I) -> Self {
        let mut map = Self::default();
        for (id, value) in entries {
            map.insert(id, value);
        }
        map
    }
}

impl<T> std::ops::Index<&str> for IdMap<T> {
    type Output = T;

    fn index(&self, id: &str) -> &T {
        self.get(id).expect("no entry with this id")
    }
}
