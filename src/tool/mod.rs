//! The tool: `render`, `check` and `import`, run natively by the crate's
//! binary (`src/main.rs`) and, compiled to wasm, by the npm package's
//! `possible-causes` command, its `possible-causes/server` API and the
//! editors' page (`src/tool/node/`). Both run this code; what differs is only
//! the [`Machine`]: how a file is read and what day it is.

use crate::content::import::{import, FormError};
use crate::content::{
    builtin_departments, load_departments, load_topic, ContentError, Departments, ValidTopic,
};
use crate::prerender::render;
use serde::Serialize;

mod options;
use options::options_usage;
pub use options::{OptionProblem, RenderOptions};
use std::fmt;

/// How the tool is used; `render`'s options come from the element's description.
fn usage() -> String {
    format!(
        "\
usage: possible-causes render [TOPIC.json] [options]
       possible-causes check [--departments DEPARTMENTS.json] [--format json] TOPIC.json…
       possible-causes import ARTICLE.txt

Prints the embed snippet of a topic, pre-rendered: a built-in topic (--topic)
or a topic file of the clinic's own, which the snippet then carries as inline
JSON. With --snippet cms, the same topic as an article of plain HTML for a
CMS's rich-text field, which embed.js turns into the widget where it runs.

options (the element's attributes, and the tool's):
{}

check reads each topic file with the widget's rules, against the built-in
departments (or those of --departments) and the topic's own, and one rule
more than a page applies: a review date must not lie in the future. It
prints every problem as FILE: path: message (--format json: an array of
{{file, path, message}}). Exit status 1 when there is any.

import reads an article in the fixed plain-text form and prints a topic
draft; on stderr, what an editor must confirm before publishing it.
",
        options_usage()
    )
}

/// What the tool needs of the machine it runs on.
pub trait Machine {
    /// A file's bytes, or why there are none.
    fn read(&self, path: &str) -> Result<Vec<u8>, Unreadable>;
    /// Today's date in UTC, ISO 8601 (`2026-12-01`).
    fn today(&self) -> String;
}

/// Why a file could not be read, in the same words on every machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    NotFound,
    NotAllowed,
    Directory,
    Other(String),
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unreadable::NotFound => f.write_str("cannot read: no such file"),
            Unreadable::NotAllowed => f.write_str("cannot read: permission denied"),
            Unreadable::Directory => f.write_str("cannot read: it is a folder"),
            Unreadable::Other(why) => write!(f, "cannot read: {why}"),
        }
    }
}

/// What a command prints, and whether what it found means failure (`check`
/// prints the problems it found on stdout, and fails).
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: Vec<String>,
    pub failed: bool,
}

impl Outcome {
    fn printed(stdout: String) -> Self {
        Self {
            stdout,
            ..Self::default()
        }
    }

    fn refused(reasons: Vec<String>) -> Self {
        Self {
            stderr: reasons
                .iter()
                .map(|reason| format!("possible-causes: {reason}"))
                .collect(),
            failed: true,
            ..Self::default()
        }
    }
}

/// The tool run with `args` (without the program's name).
pub async fn run(args: &[String], machine: &dyn Machine) -> Outcome {
    let outcome = match args.first().map(String::as_str) {
        Some("render") => render_command(&args[1..], machine).await,
        Some("check") => check_command(&args[1..], machine),
        Some("import") => import_command(&args[1..], machine),
        Some("help" | "--help" | "-h") => Ok(Outcome::printed(usage())),
        Some(other) => Err(vec![format!("unknown command '{other}'\n{}", usage())]),
        None => Err(vec![format!("no command given\n{}", usage())]),
    };
    outcome.unwrap_or_else(Outcome::refused)
}

/// An option's or a file's text, or why the command line cannot be read.
fn text(value: std::ffi::OsString) -> Result<String, Vec<String>> {
    value
        .into_string()
        .map_err(|value| vec![format!("'{}' is not text", value.to_string_lossy())])
}

/// What lexopt refused, in the tool's words, with the usage where it helps.
fn refused(error: lexopt::Error) -> Vec<String> {
    match error {
        lexopt::Error::MissingValue {
            option: Some(option),
        } => vec![format!("{option} needs a value\n{}", usage())],
        lexopt::Error::UnexpectedOption(option) => {
            vec![format!("unknown option {option}\n{}", usage())]
        }
        other => vec![format!("{other}\n{}", usage())],
    }
}

async fn render_command(args: &[String], machine: &dyn Machine) -> Result<Outcome, Vec<String>> {
    let mut options = RenderOptions::default();
    let mut file = None;
    let mut parser = lexopt::Parser::from_args(args);
    while let Some(arg) = parser.next().map_err(refused)? {
        match arg {
            lexopt::Arg::Value(value) => {
                let value = text(value)?;
                if file.replace(value.clone()).is_some() {
                    return Err(vec![format!(
                        "one topic file at most ('{value}' is a second)"
                    )]);
                }
            }
            lexopt::Arg::Long(name) if RenderOptions::takes(name) => {
                let name = name.to_string();
                let value = text(parser.value().map_err(refused)?)?;
                options.set(&name, value);
            }
            other => return Err(refused(other.unexpected())),
        }
    }
    let mut request = options.into_request().map_err(|problem| {
        vec![format!(
            "--{} {}",
            problem.option(),
            problem.why(str::to_string)
        )]
    })?;
    if let Some(path) = file {
        request.inline_topic =
            Some(read_text(machine, &path).map_err(|why| vec![format!("{path}: {why}")])?);
    }
    let snippet = render(&request).await.map_err(|errors| lines(&errors))?;
    Ok(Outcome {
        stderr: snippet.style_hash.iter().map(|hash| format!(
            "possible-causes: on a page with a Content-Security-Policy, the snippet's inline stylesheet needs style-src '{hash}'"
        )).collect(),
        ..Outcome::printed(snippet.html)
    })
}

/// A topic's text read with the widget's rules against `known`, and one rule
/// more than a page applies: a review that has not happened yet is a typo,
/// or a promise.
pub fn check_topic(
    text: &str,
    known: Departments,
    today: &str,
) -> Result<ValidTopic, Vec<ContentError>> {
    let topic = load_topic(text, known)?;
    match topic.topic.reviewed.as_ref().map(|r| r.date.as_str()) {
        Some(date) if date > today => Err(vec![ContentError::in_content(
            "reviewed.date",
            format!("'{date}' lies in the future (today is {today})"),
        )]),
        _ => Ok(topic),
    }
}

/// One problem `check` found: in which file, where in it, what.
struct Problem {
    file: String,
    error: ContentError,
}

fn check_command(args: &[String], machine: &dyn Machine) -> Result<Outcome, Vec<String>> {
    let mut files = Vec::new();
    let mut departments_file = None;
    let mut json = false;
    let mut parser = lexopt::Parser::from_args(args);
    while let Some(arg) = parser.next().map_err(refused)? {
        match arg {
            lexopt::Arg::Long("departments") => {
                departments_file = Some(text(parser.value().map_err(refused)?)?);
            }
            lexopt::Arg::Long("format") => match text(parser.value().map_err(refused)?)?.as_str() {
                "json" => json = true,
                "text" => json = false,
                _ => return Err(vec![format!("--format takes json or text\n{}", usage())]),
            },
            lexopt::Arg::Value(file) => files.push(text(file)?),
            other => return Err(refused(other.unexpected())),
        }
    }
    if files.is_empty() && departments_file.is_none() {
        return Err(vec![format!("no file to check\n{}", usage())]);
    }
    let mut problems = Vec::new();
    let mut known = builtin_departments();
    if let Some(file) = &departments_file {
        if let Some(departments) = load(machine, file, &mut problems, load_departments) {
            known = departments;
        }
    }
    let today = machine.today();
    for file in &files {
        load(machine, file, &mut problems, |text| {
            check_topic(text, known.clone(), &today)
        });
    }
    let report = if json {
        let list: Vec<serde_json::Value> = problems
            .iter()
            .map(|p| serde_json::json!({ "file": p.file, "path": p.error.path(), "message": p.error.message }))
            .collect();
        format!(
            "{}\n",
            serde_json::to_string_pretty(&list).expect("JSON values always serialize")
        )
    } else {
        problems
            .iter()
            .map(|p| format!("{}: {}\n", p.file, p.error))
            .collect()
    };
    // Problems go to stdout (an editor's CI reads them there), and the status says there were some.
    Ok(Outcome {
        failed: !problems.is_empty(),
        ..Outcome::printed(report)
    })
}

/// A draft topic as `import` prints it, and what an editor must confirm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedDraft {
    /// The topic's JSON, as `check` and the widget read it.
    pub json: String,
    pub confirm: Vec<String>,
}

/// Why an article gives no draft.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportFailure {
    /// The article departs from the form: the line, and what was expected there.
    OutOfForm(FormError),
    /// The draft breaks a rule: a bug of the importer's, to report.
    BrokenDraft(Vec<ContentError>),
}

impl ImportFailure {
    /// One line of text for each reason.
    pub fn reasons(&self) -> Vec<String> {
        match self {
            ImportFailure::OutOfForm(error) => vec![error.to_string()],
            ImportFailure::BrokenDraft(errors) => errors
                .iter()
                .map(|e| format!("the draft breaks a rule: {e}"))
                .collect(),
        }
    }
}

/// An article in the fixed plain-text form to a draft that passes the
/// widget's rules, or why it gives none.
pub fn import_article(article: &str) -> Result<ImportedDraft, ImportFailure> {
    let known = builtin_departments();
    let draft = import(article, &known).map_err(ImportFailure::OutOfForm)?;
    let json = serde_json::to_string_pretty(&draft.topic).expect("a topic always serializes");
    load_topic(&json, known).map_err(ImportFailure::BrokenDraft)?;
    Ok(ImportedDraft {
        json: format!("{json}\n"),
        confirm: draft.confirm,
    })
}

fn import_command(args: &[String], machine: &dyn Machine) -> Result<Outcome, Vec<String>> {
    let [path] = args else {
        return Err(vec![format!("import takes one article file\n{}", usage())]);
    };
    let article = read_text(machine, path).map_err(|why| vec![format!("{path}: {why}")])?;
    let draft = import_article(&article).map_err(|failure| {
        let reasons = failure.reasons().into_iter();
        reasons
            .map(|why| format!("{path}: {why}"))
            .collect::<Vec<_>>()
    })?;
    let mut stderr = vec![format!(
        "possible-causes: confirm before publishing {path}:"
    )];
    stderr.extend(draft.confirm.iter().map(|point| format!("  - {point}")));
    Ok(Outcome {
        stderr,
        ..Outcome::printed(draft.json)
    })
}

/// The file read by `loader`, or `None` with its problems added to `problems`.
fn load<T>(
    machine: &dyn Machine,
    file: &str,
    problems: &mut Vec<Problem>,
    loader: impl FnOnce(&str) -> Result<T, Vec<ContentError>>,
) -> Option<T> {
    let problem = |error| Problem {
        file: file.to_string(),
        error,
    };
    match read_text(machine, file).map(|text| loader(&text)) {
        Ok(Ok(value)) => Some(value),
        Ok(Err(errors)) => {
            problems.extend(errors.into_iter().map(problem));
            None
        }
        Err(why) => {
            problems.push(problem(ContentError::whole(why)));
            None
        }
    }
}

/// A content file's text, or one clear reason it has none.
fn read_text(machine: &dyn Machine, path: &str) -> Result<String, String> {
    let bytes = machine.read(path).map_err(|why| why.to_string())?;
    let text = String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())?;
    if text.trim().is_empty() {
        return Err("the file is empty".to_string());
    }
    Ok(text)
}

fn lines(errors: &[ContentError]) -> Vec<String> {
    errors.iter().map(ContentError::to_string).collect()
}
