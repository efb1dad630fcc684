//! The widget rendered on the server, by the same Yew components the wasm
//! runs (`yew::LocalServerRenderer`), into the snippet a web team pastes:
//! the element with its first render as declarative shadow DOM, the script
//! tag, and a schema.org `MedicalWebPage` in JSON-LD; or the same topic as
//! an article of plain HTML that a CMS's rich-text field keeps, which
//! embed.js takes over where it runs. Used by the tool
//! (`possible-causes render`, natively and from npm) and the release build.

use crate::content::{check_url, ContentError, ValidTopic};
use crate::element::{element, or_list};
use crate::embed::config::{resolve, ui_text, Attributes, Resolved};
use crate::widget::markup::{BOX_CLASS, PRERENDERED_ATTRIBUTE};
use crate::widget::{Accordion, AccordionProps, PlainArticle, PlainArticleProps};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::rc::Rc;

/// The widget's own stylesheet, inlined into each pre-rendered shadow root
/// so the first paint is styled without waiting for any file.
pub const STYLESHEET: &str = include_str!("widget/widget.css");

/// What `render` is asked for: the element's attributes (with the clinic's
/// own topic as inline JSON, or a built-in one by id) and where the widget's
/// files are served from.
#[derive(Debug, Clone, Default)]
pub struct RenderRequest {
    pub snippet: SnippetKind,
    /// The element's attributes by name (`heading-level`), as given.
    pub attributes: BTreeMap<String, String>,
    /// The clinic's own topic, as JSON text.
    pub inline_topic: Option<String>,
    /// The folder `embed.js` is served from, e.g. `https://cdn.example/possible-causes/v0.1.0/`.
    pub widget_base: String,
    /// `embed.js`'s integrity hash (`sha384-…`), where it is known.
    pub embed_integrity: Option<String>,
}

/// Which snippet to make.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SnippetKind {
    /// For a template or an HTML block: the element with its first render as
    /// declarative shadow DOM, the script tag and JSON-LD.
    #[default]
    Prerendered,
    /// For a rich-text field: the article in plain HTML ([`PlainArticle`]).
    Cms,
}

impl SnippetKind {
    /// Each kind by the name the tool's `--snippet` and the API's `snippet`
    /// give it, the default first.
    pub const NAMED: [(&'static str, SnippetKind); 2] =
        [("prerendered", Self::Prerendered), ("cms", Self::Cms)];

    /// The kind named so.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::NAMED
            .iter()
            .find(|(known, _)| *known == name)
            .map(|(_, kind)| *kind)
    }
}

/// The snippet and, for the pre-rendered one, the hash a page's
/// Content-Security-Policy needs for its inline stylesheet (`style-src 'sha256-…'`)
/// and its parts.
#[derive(Debug, Clone)]
pub struct Snippet {
    pub html: String,
    pub style_hash: Option<String>,
    pub parts: Option<SnippetParts>,
}

/// The pre-rendered snippet in the pieces its `html` joins, for a host that
/// writes the element's start tag and loads embed.js itself (the WordPress
/// plugin): `html` is `{start_tag}{content}</possible-causes>\n{script}{json_ld}`.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SnippetParts {
    /// `<possible-causes …>`, with the attributes in the element description's order.
    pub start_tag: String,
    /// Everything inside the element: the declarative shadow root and any inline topic.
    pub content: String,
    /// embed.js's script tag and a line break.
    pub script: String,
    /// The `<script type="application/ld+json">` and a line break.
    pub json_ld: String,
    /// Each department's link as `content` has it, by id: for a host that
    /// puts other links in itself (the WordPress plugin, for a page's own
    /// `department-href`).
    pub department_links: serde_json::Map<String, Value>,
}

impl SnippetParts {
    fn html(&self) -> String {
        format!(
            "{}{}</possible-causes>\n{}{}",
            self.start_tag, self.content, self.script, self.json_ld
        )
    }
}

/// The snippet for `request`, or every reason it cannot be made. Settings
/// the browser would ignore with a warning (a heading level outside 2–6, an
/// `open` id the topic lacks) are errors here: a web team fixes them now.
pub async fn render(request: &RenderRequest) -> Result<Snippet, Vec<ContentError>> {
    let attributes = request.typed_attributes();
    let mut resolved = resolve(&attributes)?;
    // The snippet's element carries the topic's language where no other is
    // asked for, and a browser chooses the widget's words by it: so do we.
    if attributes.lang.is_empty() {
        let lang = element_lang(&attributes, &resolved);
        resolved.text = Rc::new(ui_text(lang, &attributes.text));
    }
    let mut errors = resolved.warnings.clone();
    // A value outside those the description lists (the widget's own reading
    // has said why for those it reads, such as heading-level).
    for (name, value) in &request.attributes {
        let Some(choices) = element().attribute(name).and_then(|a| a.values()) else {
            continue;
        };
        if !choices.contains(&value.as_str()) {
            let refused =
                ContentError::at_attribute(name, format!("'{value}' is not {}", or_list(&choices)));
            if !errors.iter().any(|error| error.path() == refused.path()) {
                errors.push(refused);
            }
        }
    }
    // The plain article carries no script: it needs no widget base.
    if request.snippet == SnippetKind::Prerendered {
        if let Err(why) = check_url(&request.widget_base) {
            errors.push(ContentError::at_flag("widget-base", why));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(match request.snippet {
        SnippetKind::Prerendered => {
            let parts = snippet_parts(request, &attributes, &resolved).await;
            Snippet {
                html: parts.html(),
                style_hash: Some(style_hash()),
                parts: Some(parts),
            }
        }
        // The plain article has no stylesheet to allow.
        SnippetKind::Cms => Snippet {
            html: plain_article_html(request, &attributes, &resolved).await,
            style_hash: None,
            parts: None,
        },
    })
}

/// The accordion's first render, as the wasm renders it into its box.
pub async fn render_accordion(props: AccordionProps) -> String {
    yew::LocalServerRenderer::<Accordion>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

impl RenderRequest {
    /// The attributes as the widget reads them.
    pub fn typed_attributes(&self) -> Attributes {
        let given = |name: &str| self.attributes.get(name).cloned();
        Attributes {
            topic: given("topic"),
            department_href: given("department-href"),
            heading_level: given("heading-level"),
            inline_topic: self.inline_topic.clone(),
            open: given("open"),
            lang: given("lang").unwrap_or_default(),
            text: element()
                .attributes
                .iter()
                .filter_map(|a| Some((a.text_key()?.to_string(), given(&a.name)?)))
                .collect(),
        }
    }
}

/// The element's language: the one asked for, or the topic's. A browser
/// chooses the widget's words by it.
fn element_lang<'a>(attributes: &'a Attributes, resolved: &'a Resolved) -> &'a str {
    match attributes.lang.as_str() {
        "" => resolved.topic.topic.lang.as_str(),
        lang => lang,
    }
}

/// The topic as plain HTML for a rich-text field, from the same resolved
/// topic and words as the widget; the attributes it was asked for ride along
/// for the widget that takes it over.
async fn plain_article_html(
    request: &RenderRequest,
    attributes: &Attributes,
    resolved: &Resolved,
) -> String {
    // The article carries its topic and its open sections itself, and loads nothing.
    const THE_ARTICLE_SAYS: [&str; 3] = ["topic", "open", "loading"];
    let lang = element_lang(attributes, resolved);
    let element = element()
        .attributes
        .iter()
        .filter(|a| !THE_ARTICLE_SAYS.contains(&a.name.as_str()))
        .filter_map(|a| {
            // Its language, as the pre-rendered element has: the widget that
            // takes it over speaks the article's words, not the page's.
            let value = match a.name.as_str() {
                "lang" => Some(lang),
                name => request.attributes.get(name).map(String::as_str),
            };
            Some((a.name.clone(), value?.to_string()))
        })
        .collect();
    let props = PlainArticleProps {
        topic: resolved.topic.clone(),
        heading_level: resolved.heading_level,
        text: resolved.text.clone(),
        open: resolved.open.clone(),
        element,
    };
    let article = yew::LocalServerRenderer::<PlainArticle>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    format!("{article}\n")
}

async fn snippet_parts(
    request: &RenderRequest,
    attributes: &Attributes,
    resolved: &Resolved,
) -> SnippetParts {
    let topic = &resolved.topic;
    let lang = element_lang(attributes, resolved);
    // The element's attributes in their described order; a built-in topic by
    // its id (the clinic's own rides inside as inline JSON), and its language always.
    let mut start_tag = String::from("<possible-causes");
    for described in &element().attributes {
        let value = match described.name.as_str() {
            "topic" => request
                .inline_topic
                .is_none()
                .then_some(topic.topic.id.as_str()),
            "lang" => Some(lang),
            name => request.attributes.get(name).map(String::as_str),
        };
        if let Some(value) = value {
            start_tag.push_str(&format!(" {}=\"{}\"", described.name, escape(value)));
        }
    }
    start_tag.push('>');

    let props = AccordionProps {
        topic: topic.clone(),
        heading_level: resolved.heading_level,
        text: resolved.text.clone(),
        open: resolved.open.clone(),
        reopen: Vec::new(),
        section_link: None,
        on_event: Default::default(),
        server_rendered: true,
        regions: true,
    };
    let first_render = render_accordion(props).await;
    let base = with_slash(&request.widget_base);
    let integrity = request
        .embed_integrity
        .as_deref()
        .map(|hash| format!(" integrity=\"{}\" crossorigin=\"anonymous\"", escape(hash)))
        .unwrap_or_default();
    let inline_json = request
        .inline_topic
        .as_deref()
        .map(|json| {
            format!(
                "\n  <script type=\"application/json\">{}</script>",
                json.trim().replace("</", "<\\/")
            )
        })
        .unwrap_or_default();
    let json_ld = serde_json::to_string_pretty(&json_ld(topic))
        .expect("JSON values always serialize")
        .replace("</", "<\\/");
    SnippetParts {
        start_tag,
        content: format!("\n  <template shadowrootmode=\"open\"><style>{STYLESHEET}</style><div class=\"{BOX_CLASS}\" part=\"box\" {PRERENDERED_ATTRIBUTE}=\"\"><div class=\"app\">{first_render}</div></div></template>{inline_json}\n"),
        script: format!(
            "<script async src=\"{base}embed.js\"{integrity}></script>\n",
            base = escape(&base)
        ),
        json_ld: format!("<script type=\"application/ld+json\">\n{json_ld}\n</script>\n"),
        department_links: topic
            .departments
            .iter()
            .map(|(id, department)| (id.clone(), department.link.clone().into()))
            .collect(),
    }
}

/// The schema.org `MedicalWebPage` of a topic: its question, opening answer
/// and language, each cause (`MedicalCause`) with its explanation and the
/// specialties of the departments that treat it, the source, and the review
/// where the topic has one (`reviewed.by` names a person). Only what the
/// topic says.
pub fn json_ld(topic: &ValidTopic) -> Value {
    let specialty = |department: &str| {
        let specialty = topic.departments.get(department)?.specialty.as_deref()?;
        Some(format!("https://schema.org/{specialty}"))
    };
    let mut all_specialties: Vec<String> = Vec::new();
    let causes: Vec<Value> = topic
        .topic
        .causes()
        .map(|cause| {
            let specialties: Vec<String> = cause
                .departments
                .iter()
                .filter_map(|d| specialty(d))
                .collect();
            for s in &specialties {
                if !all_specialties.contains(s) {
                    all_specialties.push(s.clone());
                }
            }
            let mut value = json!({
                "@type": "MedicalCause",
                "name": cause.title,
                "description": cause.explanation.join(" "),
            });
            if !specialties.is_empty() {
                value["relevantSpecialty"] = json!(specialties);
            }
            value
        })
        .collect();
    let source = &topic.topic.source;
    let mut based_on = json!({ "@type": "CreativeWork", "name": source.title });
    if let Some(url) = &source.url {
        based_on["url"] = json!(url);
    }
    let mut page = json!({
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": topic.topic.title,
        "description": topic.topic.lead,
        "inLanguage": topic.topic.lang,
        "about": causes,
        "isBasedOn": based_on,
    });
    if !all_specialties.is_empty() {
        page["specialty"] = json!(all_specialties);
    }
    if let Some(reviewed) = &topic.topic.reviewed {
        page["lastReviewed"] = json!(reviewed.date);
        page["reviewedBy"] = json!({ "@type": "Person", "name": reviewed.by });
    }
    page
}

/// `sha256-…` of the inline stylesheet, for a page's `style-src`.
pub fn style_hash() -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(STYLESHEET.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

fn with_slash(base: &str) -> String {
    if base.ends_with('/') {
        base.to_string()
    } else {
        format!("{base}/")
    }
}

/// Text for an HTML attribute value or element content.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
