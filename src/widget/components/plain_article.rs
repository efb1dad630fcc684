use crate::content::{Cause, Departments, ValidTopic};
use crate::widget::text::direction;
use crate::widget::{HeadingLevel, UiText, Word};
use serde_json::{json, Map, Value};
use std::rc::Rc;
use yew::prelude::*;

/// The topic as an article of plain HTML, for a CMS's rich-text field: only
/// elements and attributes that rich-text sanitizers keep (headings,
/// paragraphs, lists, links, `<details>`/`<summary>`, `<strong>`/`<em>`,
/// `div`/`span`; `class`, `id`, `lang`, `dir`, `data-*`). It reads in full
/// in the host's own styles with no script at all, each cause a native
/// disclosure.
///
/// Where embed.js runs, it reads the topic back from the article and shows
/// the widget in its place. What the markup says is the topic, through
/// four marks a reader of any markup can follow:
/// - `data-possible-causes`: the article's root; `data-pc-element` on it
///   holds the element's attributes it was rendered with, as JSON;
/// - `data-pc-object="key"`: an object at `key` of the enclosing object
///   (`key[]`: the next item of the list `key`);
/// - `data-pc-text="key"` (or `key[]`): the element's text is that string;
/// - `data-pc-data`: JSON of the fields a reader does not see (ids, the
///   language, a source's address), merged into the enclosing object, or
///   into the element's own where it has `data-pc-object`.
#[derive(Properties, Clone)]
pub struct PlainArticleProps {
    pub topic: Rc<ValidTopic>,
    pub heading_level: HeadingLevel,
    pub text: Rc<UiText>,
    /// Causes whose sections start open.
    pub open: Vec<String>,
    /// The element's attributes the article was rendered with, for the widget that takes it over.
    pub element: Vec<(String, String)>,
}

impl PartialEq for PlainArticleProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.topic, &other.topic)
            && self.heading_level == other.heading_level
            && Rc::ptr_eq(&self.text, &other.text)
            && self.open == other.open
            && self.element == other.element
    }
}

#[function_component(PlainArticle)]
pub fn plain_article(props: &PlainArticleProps) -> Html {
    let ValidTopic { topic, departments } = &*props.topic;
    let level = props.heading_level.get();
    let text = &*props.text;
    let lang = topic.lang.as_str();
    let mut hidden = json!({ "id": topic.id, "lang": topic.lang });
    if !topic.departments.is_empty() {
        hidden["departments"] = json!(topic.departments);
    }
    let element: Map<String, Value> = props
        .element
        .iter()
        .map(|(name, value)| (name.clone(), json!(value)))
        .collect();

    let groups = topic.groups.iter().map(|group| {
        let causes = group.causes.iter().map(|cause| {
            section(
                cause,
                departments,
                level,
                text,
                lang,
                props.open.contains(&cause.id),
            )
        });
        html! {
            <div class="possible-causes-group" data-pc-object="groups[]" data-pc-data={data(json!({ "id": group.id }))}>
                <p data-pc-text="title"><strong>{ &group.title }</strong></p>
                { for causes }
            </div>
        }
    });
    let source = &topic.source;
    html! {
        <div class="possible-causes-article" data-possible-causes="" lang={topic.lang.clone()} dir={direction(lang)}
             data-pc-data={data(hidden)} data-pc-element={data(Value::Object(element))}>
            { heading(level - 1, "title", html! { &topic.title }) }
            <p data-pc-text="lead">{ &topic.lead }</p>
            { for groups }
            <p data-pc-text="advice"><strong>{ &topic.advice }</strong></p>
            <p><strong>{ text.word(Word::Disclaimer, lang) }{ ": " }</strong><span data-pc-text="disclaimer">{ &topic.disclaimer }</span></p>
            if let Some(url) = &source.url {
                <p data-pc-object="source" data-pc-data={data(json!({ "url": url }))}>
                    { text.word(Word::Source, lang) }{ ": " }<a href={url.clone()} data-pc-text="title">{ &source.title }</a>
                </p>
            } else {
                <p data-pc-object="source">{ text.word(Word::Source, lang) }{ ": " }<em data-pc-text="title">{ &source.title }</em></p>
            }
            if let Some(reviewed) = &topic.reviewed {
                <p data-pc-object="reviewed" data-pc-data={data(json!(reviewed))}>
                    { text.word_filled_in(Word::Reviewed, text.reviewed(&reviewed.date, &reviewed.by).into(), lang) }
                </p>
            }
        </div>
    }
}

fn section(
    cause: &Cause,
    departments: &Departments,
    level: u8,
    text: &UiText,
    lang: &str,
    open: bool,
) -> Html {
    let inner = level + 1;
    let paragraphs = |key: &'static str, list: &[String]| -> Html {
        list.iter()
            .map(|p| html! { <p data-pc-text={key}>{ p }</p> })
            .collect()
    };
    let links = cause.departments.iter().filter_map(|id| {
        let department = departments.get(id)?;
        let name = text.department_link(&department.name);
        Some(html! {
            <li>
                <a href={department.link.clone()}>{ text.word_filled_in(Word::DepartmentLink, name.into(), lang) }</a>
                { " " }<span>{ &department.description }</span>
            </li>
        })
    });
    let hidden = json!({ "id": cause.id, "departments": cause.departments });
    html! {
        <details class="possible-causes-section" id={cause.id.clone()} open={open}
                 data-pc-object="causes[]" data-pc-data={data(hidden)}>
            <summary>{ heading(level, "title", html! { &cause.title }) }</summary>
            { heading(inner, "", text.word(Word::Why, lang)) }
            { paragraphs("explanation[]", &cause.explanation) }
            if !cause.care.is_empty() {
                { heading(inner, "", text.word(Word::WhatHelps, lang)) }
                { paragraphs("care[]", &cause.care) }
            }
            if let Some(medications) = &cause.medications {
                <div class="possible-causes-medications" data-pc-object="medications">
                    { heading(inner, "", text.word(Word::Medications, lang)) }
                    <p><strong>{ text.word(Word::DoctorOnly, lang) }</strong></p>
                    <p data-pc-text="context">{ &medications.context }</p>
                    <ul>{ for medications.names.iter().map(|name| html! { <li data-pc-text="names[]">{ name }</li> }) }</ul>
                </div>
            }
            { heading(inner, "", text.word(Word::WhereToGo, lang)) }
            <ul class="possible-causes-departments">{ for links }</ul>
        </details>
    }
}

fn data(value: Value) -> String {
    value.to_string()
}

/// A heading of `level` (1–6) whose text is the string at `key` ("" for the
/// widget's own words, which are not the topic's).
fn heading(level: u8, key: &'static str, children: Html) -> Html {
    let key = (!key.is_empty()).then_some(key);
    match level {
        0 | 1 => html! { <h1 data-pc-text={key}>{ children }</h1> },
        2 => html! { <h2 data-pc-text={key}>{ children }</h2> },
        3 => html! { <h3 data-pc-text={key}>{ children }</h3> },
        4 => html! { <h4 data-pc-text={key}>{ children }</h4> },
        5 => html! { <h5 data-pc-text={key}>{ children }</h5> },
        _ => html! { <h6 data-pc-text={key}>{ children }</h6> },
    }
}
