//! The element's attributes, turned into the topic and settings to render.
//! Each setting has its own small function; all but [`Attributes::read`] and
//! [`absolute_links`] are pure and tested natively (`tests/embed_config.rs`).

use crate::content::{
    builtin_departments, builtin_topic, builtin_topic_ids, check_url, fill, load_topic,
    ContentError, Departments, ValidTopic, DEPARTMENT_TOKEN,
};
use crate::widget::{HeadingLevel, UiText, TEXT_KEYS};
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
}

impl Attributes {
    /// Reads them off the element (in a browser).
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
                    element.get_attribute(&format!("text-{key}"))?,
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
    /// Settings that were ignored, for the console: which attribute, and why.
    pub warnings: Vec<ContentError>,
}

/// The topic and settings `attributes` ask for, or every reason they cannot be shown.
pub fn resolve(attributes: &Attributes) -> Result<Resolved, Vec<ContentError>> {
    let mut warnings = Vec::new();
    let mut topic = topic_for(attributes, &mut warnings)?;
    if let Some(template) = &attributes.department_href {
        link_departments(&mut topic.departments, template).map_err(|error| vec![error])?;
    }
    let open = open_sections(&topic, attributes.open.as_deref(), &mut warnings);
    let heading_level = heading_level(attributes.heading_level.as_deref(), &mut warnings);
    Ok(Resolved {
        topic: Rc::new(topic),
        heading_level,
        text: Rc::new(ui_text(&attributes.lang, &attributes.text)),
        open,
        warnings,
    })
}

/// The inline JSON topic when there is one (the `topic` attribute is then
/// ignored, with a warning if it names another), else the built-in one.
pub fn topic_for(
    attributes: &Attributes,
    warnings: &mut Vec<ContentError>,
) -> Result<ValidTopic, Vec<ContentError>> {
    let Some(json) = &attributes.inline_topic else {
        return builtin(attributes.topic.as_deref()).map_err(|error| vec![error]);
    };
    let topic = load_topic(json, builtin_departments())?;
    if let Some(id) = attributes
        .topic
        .as_deref()
        .filter(|id| id.trim() != topic.topic.id)
    {
        let shown = &topic.topic.id;
        let message = format!("'{id}' is ignored; the inline JSON topic '{shown}' is shown");
        warnings.push(ContentError::at_attribute("topic", message));
    }
    Ok(topic)
}

/// The built-in topic `topic` names; without one, the only topic while there is one.
pub fn builtin(topic: Option<&str>) -> Result<ValidTopic, ContentError> {
    let known = || builtin_topic_ids().collect::<Vec<_>>().join(", ");
    let mut ids = builtin_topic_ids();
    let id = match (topic, ids.next(), ids.next()) {
        (Some(id), _, _) => id.trim(),
        (None, Some(only), None) => only,
        _ => {
            return Err(ContentError::at_attribute(
                "topic",
                format!("missing; known topics: {}", known()),
            ))
        }
    };
    builtin_topic(id).ok_or_else(|| {
        ContentError::at_attribute(
            "topic",
            format!("unknown topic '{id}'; known topics: {}", known()),
        )
    })
}

/// Every department's link from the host's `department-href` template, each
/// checked as a link must be.
pub fn link_departments(departments: &mut Departments, template: &str) -> Result<(), ContentError> {
    for (id, department) in departments.iter_mut() {
        let href = fill(template, DEPARTMENT_TOKEN, id);
        check_url(&href).map_err(|why| ContentError::at_attribute("department-href", why))?;
        department.link = href;
    }
    Ok(())
}

/// Every department's link made absolute against `base_url` (the page's), so a
/// printed page shows where each leads. In a browser only: it uses its URL parser.
pub fn absolute_links(departments: &mut Departments, base_url: &str) {
    for (_, department) in departments.iter_mut() {
        if let Ok(url) = web_sys::Url::new_with_base(&department.link, base_url) {
            department.link = url.href();
        }
    }
}

/// The ids of the `open` attribute that the topic has; a warning for each other.
pub fn open_sections(
    topic: &ValidTopic,
    open: Option<&str>,
    warnings: &mut Vec<ContentError>,
) -> Vec<String> {
    let causes = topic.topic.cause_ids();
    let mut sections = Vec::new();
    for id in open.unwrap_or_default().split_ascii_whitespace() {
        if causes.contains(&id) {
            sections.push(id.to_string());
        } else {
            let message = format!("no section '{id}' in this topic");
            warnings.push(ContentError::at_attribute("open", message));
        }
    }
    sections
}

/// The widget's own words for `lang`, with the host's replacements.
pub fn ui_text(lang: &str, replacements: &[(String, String)]) -> UiText {
    let mut text = UiText::for_lang(lang);
    for (key, value) in replacements {
        text.set(key, value);
    }
    text
}

/// The level `heading-level` asks for (one digit from 2 to 6), or 3 with a warning.
pub fn heading_level(value: Option<&str>, warnings: &mut Vec<ContentError>) -> HeadingLevel {
    let Some(value) = value else {
        return HeadingLevel::default();
    };
    let level = match value.trim().as_bytes() {
        &[digit] if digit.is_ascii_digit() => HeadingLevel::new(digit - b'0'),
        _ => None,
    };
    level.unwrap_or_else(|| {
        let message = format!("'{value}' is not a number from 2 to 6; using 3");
        warnings.push(ContentError::at_attribute("heading-level", message));
        HeadingLevel::default()
    })
}
