//! The element's attributes, turned into the topic and settings to render.

use crate::content::{
    builtin_departments, builtin_topic, builtin_topic_ids, check_url, load_topic, ContentError,
    ValidTopic,
};
use crate::widget::{fill, HeadingLevel, UiText, TEXT_KEYS};
use std::rc::Rc;
use web_sys::Element;

/// What the host page wrote on `<possible-causes>`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attributes {
    pub topic: Option<String>,
    pub department_href: Option<String>,
    pub heading_level: Option<String>,
    /// The text of a `<script type="application/json">` child: the host's own topic.
    pub inline_topic: Option<String>,
    /// Space-separated ids of sections to open.
    pub open: Option<String>,
    /// The language for the widget's own words: the element's, or its nearest ancestor's.
    pub lang: String,
    /// `text-<key>` attributes that replace single strings of the widget's own words.
    pub text: Vec<(String, String)>,
    /// What relative department links are resolved against: the page's base URL.
    pub base_url: String,
}

impl Attributes {
    pub fn read(element: &Element) -> Self {
        let inline = element
            .query_selector(r#":scope > script[type="application/json"]"#)
            .ok()
            .flatten();
        let lang = element
            .closest("[lang]")
            .ok()
            .flatten()
            .and_then(|e| e.get_attribute("lang"));
        let text = TEXT_KEYS
            .iter()
            .filter_map(|key| {
                Some((
                    key.to_string(),
                    element.get_attribute(&["text-", key].concat())?,
                ))
            })
            .collect();
        Self {
            topic: element.get_attribute("topic"),
            department_href: element.get_attribute("department-href"),
            heading_level: element.get_attribute("heading-level"),
            inline_topic: inline.and_then(|script| script.text_content()),
            open: element.get_attribute("open"),
            lang: lang.unwrap_or_default(),
            text,
            base_url: element.base_uri().ok().flatten().unwrap_or_default(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub topic: Rc<ValidTopic>,
    pub heading_level: HeadingLevel,
    pub text: Rc<UiText>,
    /// Ids of the sections the `open` attribute asks for.
    pub open: Vec<String>,
    /// Settings that were ignored, for the console.
    pub warnings: Vec<String>,
}

/// The token in `department-href` that becomes a department's id.
pub const DEPARTMENT_TOKEN: &str = "{department}";

/// The topic and settings `attributes` ask for, or every reason they cannot be shown.
pub fn resolve(attributes: &Attributes) -> Result<Resolved, Vec<ContentError>> {
    let mut warnings = Vec::new();
    let mut topic = match &attributes.inline_topic {
        Some(json) => {
            let topic = load_topic(json, builtin_departments())?;
            if let Some(id) = attributes
                .topic
                .as_deref()
                .filter(|id| id.trim_ascii() != topic.topic.id)
            {
                warnings.push(
                    [
                        "@topic: '",
                        id,
                        "' is ignored; the inline JSON topic '",
                        &topic.topic.id,
                        "' is shown",
                    ]
                    .concat(),
                );
            }
            topic
        }
        None => builtin(attributes.topic.as_deref()).map_err(|error| vec![error])?,
    };

    for (id, department) in topic.departments.iter_mut() {
        if let Some(template) = &attributes.department_href {
            let href = fill(template, DEPARTMENT_TOKEN, id);
            check_url(&href).map_err(|why| vec![ContentError::new("@department-href", why)])?;
            department.link = href;
        }
        // Absolute, so a printed page shows where each link leads.
        if let Ok(url) = web_sys::Url::new_with_base(&department.link, &attributes.base_url) {
            department.link = url.href();
        }
    }

    let causes = topic.topic.cause_ids();
    let mut open = Vec::new();
    for id in attributes
        .open
        .as_deref()
        .unwrap_or_default()
        .split_ascii_whitespace()
    {
        if causes.contains(&id) {
            open.push(id.to_string());
        } else {
            warnings.push(["@open: no section '", id, "' in this topic"].concat());
        }
    }

    let mut text = UiText::for_lang(&attributes.lang);
    for (key, value) in &attributes.text {
        text.set(key, value);
    }

    let heading_level = match &attributes.heading_level {
        None => HeadingLevel::default(),
        // One digit: nothing else names a level from 2 to 6.
        Some(value) => match value.trim_ascii().as_bytes() {
            &[digit] => HeadingLevel::new(digit.wrapping_sub(b'0')),
            _ => None,
        }
        .unwrap_or_else(|| {
            warnings.push(
                [
                    "@heading-level: '",
                    value,
                    "' is not a number from 2 to 6; using 3",
                ]
                .concat(),
            );
            HeadingLevel::default()
        }),
    };

    Ok(Resolved {
        topic: Rc::new(topic),
        heading_level,
        text: Rc::new(text),
        open,
        warnings,
    })
}

fn builtin(topic: Option<&str>) -> Result<ValidTopic, ContentError> {
    // Only an error names them all.
    let known = || builtin_topic_ids().collect::<Vec<_>>().join(", ");
    let mut ids = builtin_topic_ids();
    let id = match (topic, ids.next(), ids.next()) {
        (Some(id), _, _) => id.trim_ascii(),
        (None, Some(only), None) => only,
        _ => {
            let message = ["missing; known topics: ", &known()].concat();
            return Err(ContentError::new("@topic", message));
        }
    };
    builtin_topic(id).ok_or_else(|| {
        let message = ["unknown topic '", id, "'; known topics: ", &known()].concat();
        ContentError::new("@topic", message)
    })
}
