//! `render`'s options: the element's attributes, each by its name in the
//! element's description (`--heading-level` on the command line,
//! `headingLevel` in JavaScript), and the few the tool has of its own. Both
//! the flags and the usage text come from the description; adding an
//! attribute to it adds its flag and option.

use crate::element::{camel_case, element, or_list};
use crate::prerender::{RenderRequest, SnippetKind};
use serde_json::Value;
use std::collections::BTreeMap;

/// `render`'s options: the element's attributes, the topic, and where the
/// widget's files are served.
#[derive(Debug, Default)]
pub struct RenderOptions {
    /// The element's attributes by name (`heading-level`).
    pub attributes: BTreeMap<String, String>,
    /// The clinic's own topic, as JSON text (the command line reads it from a file).
    pub topic_json: Option<String>,
    pub widget_base: Option<String>,
    pub embed_integrity: Option<String>,
    /// `prerendered` (the default) or `cms`.
    pub snippet: Option<String>,
}

/// The options that are the tool's, not the element's.
#[derive(Debug, Clone, Copy)]
pub enum ToolOption {
    WidgetBase,
    Snippet,
    EmbedIntegrity,
}

impl ToolOption {
    pub const ALL: [ToolOption; 3] = [Self::WidgetBase, Self::Snippet, Self::EmbedIntegrity];

    pub fn name(self) -> &'static str {
        match self {
            Self::WidgetBase => "widget-base",
            Self::Snippet => "snippet",
            Self::EmbedIntegrity => "embed-integrity",
        }
    }

    /// The flag's value, and what it is for, as the usage text says them.
    fn help(self) -> (&'static str, String) {
        match self {
            Self::WidgetBase => (
                "URL",
                "where embed.js and its files are served from (required, but for --snippet cms)"
                    .to_string(),
            ),
            Self::Snippet => {
                let [(default, _), others @ ..] = SnippetKind::NAMED;
                let others: Vec<&str> = others.iter().map(|(name, _)| *name).collect();
                (
                    "KIND",
                    format!("{default} (default) or {}", or_list(&others)),
                )
            }
            Self::EmbedIntegrity => (
                "HASH",
                "embed.js's sha384 integrity hash, where known".to_string(),
            ),
        }
    }

    fn field(self, options: &mut RenderOptions) -> &mut Option<String> {
        match self {
            Self::WidgetBase => &mut options.widget_base,
            Self::Snippet => &mut options.snippet,
            Self::EmbedIntegrity => &mut options.embed_integrity,
        }
    }

    fn named(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|option| option.name() == name)
    }
}

/// Why render options make no request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionProblem {
    /// The pre-rendered snippet loads embed.js, so it needs to know from where.
    NoWidgetBase,
    /// Not a snippet this tool makes.
    UnknownSnippet(String),
}

impl OptionProblem {
    /// The option it is about, by its name on the command line (`widget-base`).
    pub fn option(&self) -> &'static str {
        match self {
            Self::NoWidgetBase => ToolOption::WidgetBase.name(),
            Self::UnknownSnippet(_) => ToolOption::Snippet.name(),
        }
    }

    /// What is wrong with it, after its name; `quoted` writes an option's
    /// value as the caller's readers write one.
    pub fn why(&self, quoted: impl Fn(&str) -> String) -> String {
        match self {
            Self::NoWidgetBase => "is required: the folder embed.js is served from".to_string(),
            Self::UnknownSnippet(name) => {
                let kinds: Vec<String> = SnippetKind::NAMED
                    .iter()
                    .map(|(kind, _)| quoted(kind))
                    .collect();
                let kinds: Vec<&str> = kinds.iter().map(String::as_str).collect();
                format!("takes {}, not '{name}'", or_list(&kinds))
            }
        }
    }
}

impl RenderOptions {
    /// Whether `name` is an option: the tool's, or one of the element's attributes.
    pub fn takes(name: &str) -> bool {
        ToolOption::named(name).is_some() || element().attribute(name).is_some()
    }

    /// Takes `--name value`, where `name` is an option ([`RenderOptions::takes`]):
    /// the tool's, or else the element's attribute of that name.
    pub fn set(&mut self, name: &str, value: String) {
        match ToolOption::named(name) {
            Some(option) => *option.field(self) = Some(value),
            None => {
                self.attributes.insert(name.to_string(), value);
            }
        }
    }

    /// The options of a JavaScript object (`{ widgetBase, headingLevel, … }`),
    /// each text; an option set to `undefined` or `null` is not given.
    pub fn from_js(options: Value) -> Result<Self, String> {
        let Value::Object(options) = options else {
            return Err("the options are an object".to_string());
        };
        let names = option_names();
        let mut read = Self::default();
        for (key, value) in options {
            let value = match value {
                Value::Null => continue,
                Value::String(text) => text,
                other => return Err(format!("invalid type for `{key}`: {other}, expected text")),
            };
            if key == "topicJson" {
                read.topic_json = Some(value);
                continue;
            }
            let Some(name) = names.iter().find(|name| camel_case(name) == key) else {
                let known: Vec<String> = js_names().iter().map(|n| format!("`{n}`")).collect();
                return Err(format!(
                    "unknown field `{key}`, expected one of {}",
                    known.join(", ")
                ));
            };
            read.set(name, value);
        }
        Ok(read)
    }

    /// The request these options make.
    pub fn into_request(self) -> Result<RenderRequest, OptionProblem> {
        let snippet = match self.snippet.as_deref() {
            None => SnippetKind::default(),
            Some(name) => SnippetKind::from_name(name)
                .ok_or_else(|| OptionProblem::UnknownSnippet(name.to_string()))?,
        };
        let widget_base = match (self.widget_base, snippet) {
            (Some(base), _) => base,
            (None, SnippetKind::Cms) => String::new(),
            (None, SnippetKind::Prerendered) => return Err(OptionProblem::NoWidgetBase),
        };
        Ok(RenderRequest {
            snippet,
            attributes: self.attributes,
            inline_topic: self.topic_json,
            widget_base,
            embed_integrity: self.embed_integrity,
        })
    }
}

/// Every option's name: the tool's, then the element's attributes.
fn option_names() -> Vec<String> {
    let tool = ToolOption::ALL
        .iter()
        .map(|option| option.name().to_string());
    tool.chain(element().attributes.iter().map(|a| a.name.clone()))
        .collect()
}

/// Every option's name in JavaScript, the topic's JSON among them.
fn js_names() -> Vec<String> {
    let mut names = vec!["topicJson".to_string()];
    names.extend(option_names().iter().map(|name| camel_case(name)));
    names
}

/// The usage text's list of `render`'s options.
pub fn options_usage() -> String {
    const HELP_AT: usize = 26;
    const WIDTH: usize = 80;
    let mut lines: Vec<String> = Vec::new();
    let mut line = |flag: String, help: &str| {
        let flag = format!("  --{flag}");
        let mut current = if flag.len() + 2 <= HELP_AT {
            format!("{flag:<HELP_AT$}")
        } else {
            lines.push(flag);
            " ".repeat(HELP_AT)
        };
        // The help in lower case after the flag, but for an acronym (URL), wrapped under itself.
        let acronym = help.chars().nth(1).is_some_and(char::is_uppercase);
        let help: String = match help.chars().next() {
            Some(first) if !acronym => first.to_lowercase().chain(help.chars().skip(1)).collect(),
            _ => help.to_string(),
        };
        let mut first = true;
        for word in help.split(' ') {
            if !first && current.len() + 1 + word.len() > WIDTH {
                lines.push(std::mem::replace(&mut current, " ".repeat(HELP_AT)));
                first = true;
            }
            if !first {
                current.push(' ');
            }
            current.push_str(word);
            first = false;
        }
        lines.push(current);
    };
    for option in ToolOption::ALL {
        let (value, help) = option.help();
        line(format!("{} {value}", option.name()), &help);
    }
    let mut words = Vec::new();
    for attribute in &element().attributes {
        match (attribute.text_key(), attribute.values()) {
            (Some(key), _) => words.push(key),
            (None, Some(values)) => line(
                format!("{} {}", attribute.name, values.join("|")),
                attribute.summary(),
            ),
            (None, None) => line(format!("{} TEXT", attribute.name), attribute.summary()),
        }
    }
    line(
        "text-KEY TEXT".to_string(),
        &format!(
            "replaces one of the widget's words; KEY: {}",
            words.join(", ")
        ),
    );
    lines.join("\n")
}
