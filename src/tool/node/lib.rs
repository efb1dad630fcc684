//! The tool for JavaScript: the command line as Node runs it (`run`, for the
//! npm package's `possible-causes` command) and the build tools' API
//! (`render`, `check`, `importArticle`, wrapped by `possible-causes/server`
//! and the editors' page). Every answer is a value, never an exception:
//! problems come back as `{ path, message }` lists, as in the browser.

use possible_causes::content::{builtin_departments, load_departments, ContentError};
use possible_causes::element::camel_case;
use possible_causes::prerender::{render as render_snippet, SnippetParts};
use possible_causes::tool::{
    self, check_topic, import_article, ImportFailure, Machine, RenderOptions, Unreadable,
};
use serde::Serialize;
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

/// Today in UTC, as the platform writes it (`2026-12-01T…Z`), to the day.
fn today() -> String {
    let now: String = js_sys::Date::new_0().to_iso_string().into();
    now.get(..10).unwrap_or_default().to_string()
}

/// Plain objects, not Maps, for JavaScript.
fn to_js<T: Serialize>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

/// The command line: `args` without the program's name, and `read(path)`,
/// which returns a file's bytes or Node's error code. Resolves to
/// `{ stdout, stderr: lines, failed }`.
#[wasm_bindgen]
pub async fn run(args: Vec<String>, read: js_sys::Function) -> JsValue {
    to_js(&tool::run(&args, &Node { read }).await)
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rendered {
    html: Option<String>,
    style_hash: Option<String>,
    /// The pre-rendered snippet's pieces, for a host that loads embed.js itself.
    parts: Option<SnippetParts>,
    problems: Vec<ContentError>,
}

impl Rendered {
    fn refused(problems: Vec<ContentError>) -> JsValue {
        to_js(&Rendered {
            html: None,
            style_hash: None,
            parts: None,
            problems,
        })
    }
}

/// The pre-rendered snippet: `{ html, styleHash, problems: [] }`, or
/// `{ problems }` with every reason it cannot be made.
#[wasm_bindgen]
pub async fn render(options: JsValue) -> JsValue {
    let options = serde_wasm_bindgen::from_value::<serde_json::Value>(options)
        .map_err(|error| error.to_string())
        .and_then(RenderOptions::from_js);
    let options = match options {
        Ok(options) => options,
        Err(why) => return Rendered::refused(vec![ContentError::at_argument("options", "", why)]),
    };
    let request = match options.into_request() {
        Ok(request) => request,
        Err(problem) => {
            let why = problem.why(|value| format!("'{value}'"));
            let option = camel_case(problem.option());
            return Rendered::refused(vec![ContentError::at_argument(&option, "", why)]);
        }
    };
    match render_snippet(&request).await {
        Ok(snippet) => to_js(&Rendered {
            html: Some(snippet.html),
            style_hash: snippet.style_hash,
            parts: snippet.parts,
            problems: Vec::new(),
        }),
        Err(errors) => Rendered::refused(errors),
    }
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
            // Inside the departments argument: its own JSON paths.
            let errors = errors
                .into_iter()
                .map(|e| ContentError::at_argument("departments", e.path(), e.message.as_str()));
            return to_js(&errors.collect::<Vec<_>>());
        }
    };
    to_js(&match check_topic(topic_json, known, &today()) {
        Ok(_) => Vec::new(),
        Err(errors) => errors,
    })
}

/// What the build takes from the widget's words: for `embed.js`, which says
/// and decides it without the wasm, the notice in Simplified Chinese (the
/// English one is `text-error`'s default in the element's description) and
/// which language tags get it; for the WordPress plugin, the languages the
/// widget's words come in (`languages`), each topic being pre-rendered in each.
#[wasm_bindgen(js_name = widgetWords)]
pub fn widget_words() -> JsValue {
    use possible_causes::widget::words::{NOTICE, SIMPLIFIED_CHINESE};
    use possible_causes::widget::UiText;
    let (exactly, prefixes) = SIMPLIFIED_CHINESE;
    let languages =
        [UiText::english(), UiText::simplified_chinese()].map(|text| text.lang.to_string());
    to_js(&serde_json::json!({
        "notice": { "en": NOTICE.en, "zh": NOTICE.zh },
        "simplifiedChinese": { "exactly": exactly, "prefixes": prefixes },
        "languages": languages,
    }))
}

/// What a `department-href` template holds where each department's id goes
/// (`{department}`), for a host that fills in department links itself.
#[wasm_bindgen(js_name = departmentToken)]
pub fn department_token() -> String {
    possible_causes::content::DEPARTMENT_TOKEN.to_string()
}

/// The widget's own words for a reader of `lang`, as `render` writes them
/// where no `text-*` attribute replaces them: `[{ attribute, option, word }]`
/// (`text-show-all`, its render option `textShowAll`, "Show all sections"),
/// for a host that fills them in itself.
#[wasm_bindgen(js_name = wordsFor)]
pub fn words_for(lang: &str) -> JsValue {
    use possible_causes::element::element;
    use possible_causes::widget::{UiText, Word};
    let text = UiText::for_lang(lang);
    let words: Vec<serde_json::Value> = element()
        .attributes
        .iter()
        .filter_map(|attribute| {
            let word = Word::from_key(attribute.text_key()?)?;
            Some(serde_json::json!({
                "attribute": attribute.name,
                "option": camel_case(&attribute.name),
                "word": text[word].as_str(),
            }))
        })
        .collect();
    to_js(&serde_json::Value::Array(words))
}

/// What `embed.js` shares with the widget's wasm, which the build writes into
/// it: the markup's names (`src/widget/markup.rs`) and the commands it sends a
/// mounted widget (`src/embed/command.rs`), each by its Rust name.
#[wasm_bindgen(js_name = embedNames)]
pub fn embed_names() -> JsValue {
    use possible_causes::embed::command::Command;
    use possible_causes::widget::markup;
    let commands: serde_json::Map<String, serde_json::Value> = Command::ALL
        .iter()
        .map(|command| (format!("{command:?}"), command.name().into()))
        .collect();
    let markup: serde_json::Map<String, serde_json::Value> = markup::ALL
        .iter()
        .map(|(name, value)| (name.to_string(), (*value).into()))
        .collect();
    to_js(&serde_json::json!({ "markup": markup, "commands": commands }))
}

#[derive(Serialize)]
struct Imported {
    /// The draft topic's JSON text, as `import` prints it.
    topic: Option<String>,
    confirm: Vec<String>,
    /// Where the article departs from the form (a line from 1), if at a line.
    line: Option<usize>,
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
            line: None,
            problems: Vec::new(),
        },
        Err(failure) => Imported {
            topic: None,
            confirm: Vec::new(),
            line: match &failure {
                ImportFailure::OutOfForm(error) => Some(error.line),
                ImportFailure::BrokenDraft(_) => None,
            },
            problems: failure.reasons(),
        },
    })
}
