//! `possible-causes`, the command-line tool for web teams and editors.
//!
//! `possible-causes render` prints the snippet a web team pastes into its
//! page: the widget pre-rendered by the same components the wasm runs.
//! Bad input gets the same messages as in the browser, on stderr, and exit
//! status 1, with nothing on stdout.

use possible_causes::content::ContentError;
use possible_causes::prerender::{render, RenderRequest};
use std::process::ExitCode;

const USAGE: &str = "\
usage: possible-causes render [TOPIC.json] [options]
       possible-causes check [--departments DEPARTMENTS.json] [--format json] TOPIC.json…
       possible-causes import ARTICLE.txt

Prints the embed snippet of a topic, pre-rendered: a built-in topic (--topic)
or a topic file of the clinic's own, which the snippet then carries as inline
JSON.

options:
  --widget-base URL       where embed.js and its files are served from (required)
  --topic ID              a built-in topic (default: the only one)
  --department-href URL   department links; {department} becomes the department's id
  --heading-level N       level of each cause's heading, 2 to 6 (default 3)
  --lang TAG              language of the widget's own words (default: the topic's)
  --open IDS              space-separated cause ids open at first
  --theme THEME           light, dark or auto
  --loading MODE          lazy or eager (default eager)
  --embed-integrity HASH  embed.js's sha384 integrity hash, where known

check reads each topic file with the widget's rules, against the built-in
departments (or those of --departments) and the topic's own, and one rule
more than a page applies: a review date must not lie in the future. It
prints every problem as FILE: path: message (--format json: an array of
{file, path, message}). Exit status 1 when there is any.

import reads an article in the fixed plain-text form and prints a topic
draft; on stderr, what an editor must confirm before publishing it.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = run(&args).unwrap_or_else(|problems| Outcome {
        stderr: problems
            .iter()
            .map(|problem| format!("possible-causes: {problem}"))
            .collect(),
        failed: true,
        ..Outcome::default()
    });
    print!("{}", outcome.stdout);
    for line in &outcome.stderr {
        eprintln!("{line}");
    }
    if outcome.failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// What a command that ran prints, and whether what it found means failure
/// (`check` prints the problems it found on stdout, and fails).
#[derive(Debug, Default)]
struct Outcome {
    stdout: String,
    stderr: Vec<String>,
    failed: bool,
}

impl Outcome {
    fn printed(stdout: String) -> Self {
        Self {
            stdout,
            ..Self::default()
        }
    }
}

/// What the command prints, or the reasons it could not run (for stderr).
fn run(args: &[String]) -> Result<Outcome, Vec<String>> {
    match args.first().map(String::as_str) {
        Some("render") => render_command(&args[1..]),
        Some("check") => check_command(&args[1..]),
        Some("import") => import_command(&args[1..]),
        Some("help" | "--help" | "-h") => Ok(Outcome::printed(USAGE.to_string())),
        Some(other) => Err(vec![format!("unknown command '{other}'\n{USAGE}")]),
        None => Err(vec![format!("no command given\n{USAGE}")]),
    }
}

fn render_command(args: &[String]) -> Result<Outcome, Vec<String>> {
    let mut request = RenderRequest::default();
    let mut file = None;
    let mut widget_base = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if !arg.starts_with("--") {
            if file.replace(arg.clone()).is_some() {
                return Err(vec![format!(
                    "one topic file at most ('{arg}' is a second)"
                )]);
            }
            continue;
        }
        let value = rest
            .next()
            .cloned()
            .ok_or_else(|| vec![format!("{arg} needs a value\n{USAGE}")])?;
        let attributes = &mut request.attributes;
        match arg.as_str() {
            "--widget-base" => widget_base = Some(value),
            "--topic" => attributes.topic = Some(value),
            "--department-href" => attributes.department_href = Some(value),
            "--heading-level" => attributes.heading_level = Some(value),
            "--lang" => attributes.lang = value,
            "--open" => attributes.open = Some(value),
            "--theme" => request.theme = Some(value),
            "--loading" => request.loading = Some(value),
            "--embed-integrity" => request.embed_integrity = Some(value),
            _ => return Err(vec![format!("unknown option {arg}\n{USAGE}")]),
        }
    }
    request.widget_base = widget_base.ok_or_else(|| {
        vec!["--widget-base is required: the folder embed.js is served from".to_string()]
    })?;
    if let Some(path) = file {
        request.attributes.inline_topic =
            Some(read_file(&path).map_err(|why| vec![format!("{path}: {why}")])?);
    }
    let snippet = render(&request).map_err(|errors| lines(&errors))?;
    Ok(Outcome {
        stderr: vec![format!(
            "possible-causes: on a page with a Content-Security-Policy, the snippet's inline stylesheet needs style-src '{}'",
            snippet.style_hash
        )],
        ..Outcome::printed(snippet.html)
    })
}

/// One problem `check` found: in which file, where in it, what.
struct Problem {
    file: String,
    path: String,
    message: String,
}

fn check_command(args: &[String]) -> Result<Outcome, Vec<String>> {
    let mut files = Vec::new();
    let mut departments_file = None;
    let mut json = false;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--departments" => {
                departments_file = Some(
                    rest.next()
                        .cloned()
                        .ok_or_else(|| vec![format!("--departments needs a file\n{USAGE}")])?,
                );
            }
            "--format" => match rest.next().map(String::as_str) {
                Some("json") => json = true,
                Some("text") => json = false,
                _ => return Err(vec![format!("--format takes json or text\n{USAGE}")]),
            },
            option if option.starts_with("--") => {
                return Err(vec![format!("unknown option {option}\n{USAGE}")])
            }
            file => files.push(file.to_string()),
        }
    }
    if files.is_empty() && departments_file.is_none() {
        return Err(vec![format!("no file to check\n{USAGE}")]);
    }
    let mut problems = Vec::new();
    let mut known = possible_causes::content::builtin_departments();
    if let Some(file) = &departments_file {
        let read = load(
            file,
            &mut problems,
            possible_causes::content::load_departments,
        );
        if let Some(departments) = read {
            known = departments;
        }
    }
    let today = today();
    for file in &files {
        let read = load(file, &mut problems, |text| {
            possible_causes::content::load_topic(text, known.clone())
        });
        // A review that has not happened yet is a typo, or a promise.
        let reviewed = read
            .as_ref()
            .and_then(|topic| topic.topic.reviewed.as_ref());
        if let Some(date) = reviewed
            .map(|r| r.date.as_str())
            .filter(|date| *date > today.as_str())
        {
            problems.push(Problem {
                file: file.clone(),
                path: "reviewed.date".into(),
                message: format!("'{date}' lies in the future (today is {today})"),
            });
        }
    }
    let report = if json {
        let list: Vec<serde_json::Value> = problems
            .iter()
            .map(|p| serde_json::json!({ "file": p.file, "path": p.path, "message": p.message }))
            .collect();
        format!(
            "{}\n",
            serde_json::to_string_pretty(&list).expect("JSON values always serialize")
        )
    } else {
        problems
            .iter()
            .map(|p| {
                if p.path.is_empty() {
                    format!("{}: {}\n", p.file, p.message)
                } else {
                    format!("{}: {}: {}\n", p.file, p.path, p.message)
                }
            })
            .collect()
    };
    // Problems go to stdout (an editor's CI reads them there), and the status says there were some.
    Ok(Outcome {
        failed: !problems.is_empty(),
        ..Outcome::printed(report)
    })
}

fn import_command(args: &[String]) -> Result<Outcome, Vec<String>> {
    let [path] = args else {
        return Err(vec![format!("import takes one article file\n{USAGE}")]);
    };
    let article = read_file(path).map_err(|why| vec![format!("{path}: {why}")])?;
    let known = possible_causes::content::builtin_departments();
    let draft = possible_causes::content::import::import(&article, &known)
        .map_err(|error| vec![format!("{path}: {error}")])?;
    let json = serde_json::to_string_pretty(&draft.topic).expect("a topic always serializes");
    // The draft passes the widget's rules, or the importer has a bug to report.
    if let Err(errors) = possible_causes::content::load_topic(&json, known) {
        return Err(errors
            .iter()
            .map(|e| format!("{path}: the draft breaks a rule: {e}"))
            .collect());
    }
    let mut stderr = vec![format!(
        "possible-causes: confirm before publishing {path}:"
    )];
    stderr.extend(draft.confirm.iter().map(|point| format!("  - {point}")));
    Ok(Outcome {
        stderr,
        ..Outcome::printed(format!("{json}\n"))
    })
}

/// Today's date in UTC, ISO 8601 (`2026-12-01`): ISO dates compare as text.
fn today() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs())
        .unwrap_or_default();
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let days = (seconds / 86_400) as i64 + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The file read by `loader`, or `None` with its problems added to `problems`.
fn load<T>(
    file: &str,
    problems: &mut Vec<Problem>,
    loader: impl FnOnce(&str) -> Result<T, Vec<ContentError>>,
) -> Option<T> {
    let problem = |path: String, message: String| Problem {
        file: file.to_string(),
        path,
        message,
    };
    match read_file(file).map(|text| loader(&text)) {
        Ok(Ok(value)) => Some(value),
        Ok(Err(errors)) => {
            problems.extend(errors.into_iter().map(|e| problem(e.path, e.message)));
            None
        }
        Err(why) => {
            problems.push(problem(String::new(), why));
            None
        }
    }
}

/// A content file's text, or one clear reason it has none.
fn read_file(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|error| format!("cannot read: {error}"))?;
    let text = String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())?;
    if text.trim().is_empty() {
        return Err("the file is empty".to_string());
    }
    Ok(text)
}

fn lines(errors: &[ContentError]) -> Vec<String> {
    errors.iter().map(ContentError::to_string).collect()
}
