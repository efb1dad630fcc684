//! The tool for JavaScript: the command line as Node runs it (`run`, for the
//! npm package's `possible-causes` command) and the build tools' API
//! (`render`, `check`, `importArticle`, wrapped by `possible-causes/server`
//! and the editors' page). Every answer is a value, never an exception:
//! problems come back as `{ path, message }` lists, as in the browser.

use possible_causes::content::{builtin_departments, load_departments, ContentError};
use possible_causes::embed::config::Attributes;
use possible_causes::prerender::{render as render_snippet, RenderRequest};
use possible_causes::tool::{
    self, check_topic, import_article, iso_date, ImportFailure, Machine, Unreadable,
};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

/// Node's side of the machine: files by the reader the caller passes (so the
/// wasm needs no file system), the date from the JavaScript clock.
struct Node {
    read: js_sys::Function,
}

impl Machine for Node {
    fn read(&self, path: &str) -> Result<Vec<u8>, Unreadable> {
        // The reader returns the bytes, or the error code Node gave.
        let answer = self
            .read
            .call1(&JsValue::NULL, &JsValue::from_str(path))
            .map_err(|error| Unreadable::Other(format!("{error:?}")))?;
        if let Some(code) = answer.as_string() {
            return Err(match code.as_str() {
                "ENOENT" => Unreadable::NotFound,
                "EACCES" | "EPERM" => Unreadable::NotAllowed,
                "EISDIR" => Unreadable::Directory,
                _ => Unreadable::Other(code),
            });
        }
        Ok(js_sys::Uint8Array::new(&answer).to_vec())
    }

    fn today(&self) -> String {
        today()
    }
}

fn today() -> String {
    iso_date((js_sys::Date::now() / 1000.0) as u64)
}

/// Plain objects, not Maps, for JavaScript.
fn to_js<T: Serialize>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

#[derive(Serialize)]
struct Outcome {
    stdout: String,
    stderr: Vec<String>,
    failed: bool,
}

/// The command line: `args` without the program's name, and `read(path)`,
/// which returns a file's bytes or Node's error code. Resolves to
/// `{ stdout, stderr: lines, failed }`.
#[wasm_bindgen]
pub async fn run(args: Vec<String>, read: js_sys::Function) -> JsValue {
    let outcome = tool::run(&args, &Node { read }).await;
    to_js(&Outcome {
        stdout: outcome.stdout,
        stderr: outcome.stderr,
        failed: outcome.failed,
    })
}

#[derive(Serialize)]
struct Problem {
    path: String,
    message: String,
}

fn problems(errors: Vec<ContentError>) -> Vec<Problem> {
    errors
        .into_iter()
        .map(|e| Problem {
            path: e.path,
            message: e.message,
        })
        .collect()
}

/// `render`'s options: the element's attributes, and where its files are served.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct RenderOptions {
    topic: Option<String>,
    topic_json: Option<String>,
    widget_base: Option<String>,
    department_href: Option<String>,
    heading_level: Option<String>,
    lang: Option<String>,
    open: Option<String>,
    theme: Option<String>,
    loading: Option<String>,
    embed_integrity: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rendered {
    html: Option<String>,
    style_hash: Option<String>,
    problems: Vec<Problem>,
}

/// The pre-rendered snippet: `{ html, styleHash, problems: [] }`, or
/// `{ problems }` with every reason it cannot be made.
#[wasm_bindgen]
pub async fn render(options: JsValue) -> JsValue {
    // Through serde_json's value, whose reading of a struct refuses an
    // unknown option (serde-wasm-bindgen's looks up only the known ones).
    let options = serde_wasm_bindgen::from_value::<serde_json::Value>(options)
        .map_err(|error| error.to_string())
        .and_then(|value| {
            serde_json::from_value::<RenderOptions>(value).map_err(|error| error.to_string())
        });
    let refused = |problem: ContentError| {
        to_js(&Rendered {
            html: None,
            style_hash: None,
            problems: problems(vec![problem]),
        })
    };
    let options = match options {
        Ok(options) => options,
        Err(why) => return refused(ContentError::new("options", why)),
    };
    let Some(widget_base) = options.widget_base else {
        return refused(ContentError::new(
            "widgetBase",
            "is required: the folder embed.js is served from",
        ));
    };
    let request = RenderRequest {
        attributes: Attributes {
            topic: options.topic,
            inline_topic: options.topic_json,
            department_href: options.department_href,
            heading_level: options.heading_level,
            lang: options.lang.unwrap_or_default(),
            open: options.open,
            ..Attributes::default()
        },
        theme: options.theme,
        loading: options.loading,
        widget_base,
        embed_integrity: options.embed_integrity,
    };
    to_js(&match render_snippet(&request).await {
        Ok(snippet) => Rendered {
            html: Some(snippet.html),
            style_hash: Some(snippet.style_hash),
            problems: Vec::new(),
        },
        Err(errors) => Rendered {
            html: None,
            style_hash: None,
            problems: problems(errors),
        },
    })
}

/// Every problem of a topic's JSON text, as `check` finds them (the review
/// date must not lie in the future), against the built-in departments or
/// those of `departments_json`. `[]` when there is none.
#[wasm_bindgen]
pub fn check(topic_json: &str, departments_json: Option<String>) -> JsValue {
    let known = match departments_json.as_deref().map(load_departments) {
        None => builtin_departments(),
        Some(Ok(departments)) => departments,
        Some(Err(errors)) => {
            let errors = errors.into_iter().map(|e| {
                let path = if e.path.is_empty() {
                    "departments".to_string()
                } else {
                    format!("departments: {}", e.path)
                };
                ContentError::new(path, e.message)
            });
            return to_js(&problems(errors.collect()));
        }
    };
    to_js(&match check_topic(topic_json, known, &today()) {
        Ok(_) => Vec::new(),
        Err(errors) => problems(errors),
    })
}

#[derive(Serialize)]
struct Imported {
    /// The draft topic's JSON text, as `import` prints it.
    topic: Option<String>,
    confirm: Vec<String>,
    /// Where the article departs from the form (a line from 1), or 0.
    line: usize,
    problems: Vec<String>,
}

/// An article in the fixed form to `{ topic, confirm }`, or `{ line,
/// problems }` where it departs from the form.
#[wasm_bindgen(js_name = importArticle)]
pub fn import_article_js(article: &str) -> JsValue {
    to_js(&match import_article(article) {
        Ok(draft) => Imported {
            topic: Some(draft.json),
            confirm: draft.confirm,
            line: 0,
            problems: Vec::new(),
        },
        Err(failure) => Imported {
            topic: None,
            confirm: Vec::new(),
            line: match &failure {
                ImportFailure::OutOfForm(error) => error.line,
                ImportFailure::BrokenDraft(_) => 0,
            },
            problems: failure.reasons(),
        },
    })
}
