//! The element's attributes, turned into the topic and settings to render.

use crate::content::{builtin_topic, builtin_topic_ids, check_url, ContentError, ValidTopic};
use crate::widget::HeadingLevel;
use std::rc::Rc;
use web_sys::Element;

/// What the host page wrote on `<possible-causes>`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attributes {
    pub topic: Option<String>,
    pub department_href: Option<String>,
    pub heading_level: Option<String>,
}

impl Attributes {
    pub fn read(element: &Element) -> Self {
        Self {
            topic: element.get_attribute("topic"),
            department_href: element.get_attribute("department-href"),
            heading_level: element.get_attribute("heading-level"),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub topic: Rc<ValidTopic>,
    pub heading_level: HeadingLevel,
    /// Settings that were ignored, for the console.
    pub warnings: Vec<String>,
}

/// The token in `department-href` that becomes a department's id.
pub const DEPARTMENT_TOKEN: &str = "{department}";

pub fn resolve(attributes: &Attributes) -> Result<Resolved, ContentError> {
    let known: Vec<&str> = builtin_topic_ids().collect();
    let topic_id = match (&attributes.topic, known.as_slice()) {
        (Some(id), _) => id.trim().to_string(),
        (None, [only]) => only.to_string(),
        (None, _) => return Err(ContentError::new("@topic", format!("missing; known topics: {}", known.join(", ")))),
    };
    let mut topic = builtin_topic(&topic_id).ok_or_else(|| {
        ContentError::new("@topic", format!("unknown topic '{topic_id}'; known topics: {}", known.join(", ")))
    })?;

    if let Some(template) = &attributes.department_href {
        for (id, department) in topic.departments.iter_mut() {
            let href = template.replace(DEPARTMENT_TOKEN, id);
            check_url(&href).map_err(|why| ContentError::new("@department-href", why))?;
            department.link = href;
        }
    }

    let mut warnings = Vec::new();
    let heading_level = match &attributes.heading_level {
        None => HeadingLevel::default(),
        Some(value) => value.trim().parse().ok().and_then(HeadingLevel::new).unwrap_or_else(|| {
            warnings.push(["@heading-level: '", value, "' is not a number from 2 to 6; using 3"].concat());
            HeadingLevel::default()
        }),
    };

    Ok(Resolved { topic: Rc::new(topic), heading_level, warnings })
}
