//! An article in the fixed plain-text form of `content/sources/` to a
//! topic draft, saying only what the article says: a question line; an
//! opening answer; "I. Non-disease factors" and its paragraph; "II. Disease
//! factors" with numbered causes ("1. Chronic pelvic inflammatory disease")
//! and their paragraphs; "In addition, other conditions such as X and Y may
//! also cause similar symptoms."; a closing sentence naming the departments.
//!
//! What the article cannot say (the non-disease cause's title, which
//! department treats which cause, the topic's id) is proposed and listed for
//! the editor to confirm.

use crate::model::{
    Cause, DepartmentChange, Departments, Group, IdMap, Medications, Source, Topic,
};

/// The product's own disclaimer, which every topic carries (not the article's words).
pub const DISCLAIMER: &str =
    "This information is general and does not replace a doctor's diagnosis. Take medications only under a doctor's guidance.";

/// A draft topic and what an editor must confirm before publishing it.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub topic: Topic,
    pub confirm: Vec<String>,
}

/// Where the article departs from the form: a line number (from 1) and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormError {
    pub line: usize,
    pub expected: String,
}

impl std::fmt::Display for FormError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.expected)
    }
}

/// The article's non-blank lines with their numbers, read in order.
struct Lines<'a> {
    lines: Vec<(usize, &'a str)>,
    at: usize,
}

impl<'a> Lines<'a> {
    fn peek(&self) -> Option<(usize, &'a str)> {
        self.lines.get(self.at).copied()
    }

    /// The number of the next line; at the end, of the line after the last.
    fn number(&self) -> usize {
        self.peek()
            .map(|(n, _)| n)
            .unwrap_or_else(|| self.lines.last().map_or(1, |(n, _)| n + 1))
    }

    /// The next line, or the end of the article where `expected` was due.
    fn next(&mut self, expected: &str) -> Result<(usize, &'a str), FormError> {
        let found = self.peek().ok_or_else(|| FormError {
            line: self.number(),
            expected: format!("{expected}, found the end of the article"),
        })?;
        self.at += 1;
        Ok(found)
    }
}

/// The draft of `article`, checked against `known` departments (new ones are
/// added to the topic's own `departments` for the editor to complete): the
/// article's parts read in their order, each by a step of its own.
pub fn import(article: &str, known: &Departments) -> Result<Draft, FormError> {
    let mut lines = Lines {
        lines: article
            .lines()
            .enumerate()
            .map(|(i, line)| (i + 1, line.trim()))
            .filter(|(_, line)| !line.is_empty())
            .collect(),
        at: 0,
    };
    let mut confirm = Vec::new();
    let (question, lead) = read_opening(&mut lines)?;
    let non_disease = read_non_disease_part(&mut lines, &mut confirm)?;
    let disease = read_disease_part(&mut lines)?;
    let mut groups = vec![non_disease, disease];
    let (line, others, advice) = read_closing(&mut lines)?;
    if let Some(others) = others {
        groups.push(others);
        confirm.push("the group of the other conditions is titled \"Other conditions\"".into());
    }
    let own = assign_departments(&advice, line, known, &mut groups, &mut confirm)?;
    let id = kebab(question.trim_end_matches('?'));
    confirm.push(format!(
        "the topic's id \"{id}\" comes from the question: choose a short one (it is the file name)"
    ));
    let topic = Topic {
        id,
        lang: "en".into(),
        title: question.to_string(),
        lead,
        groups,
        advice,
        disclaimer: DISCLAIMER.into(),
        source: Source {
            title: question.to_string(),
            url: None,
        },
        reviewed: None,
        departments: own,
    };
    Ok(Draft { topic, confirm })
}

/// The question line, and the opening answer without the sentence that
/// leads into the parts ("Specific analysis is as follows:").
fn read_opening<'a>(lines: &mut Lines<'a>) -> Result<(&'a str, String), FormError> {
    let (line, question) = lines.next("the question")?;
    if !question.ends_with('?') {
        return Err(FormError {
            line,
            expected: "the question, a line ending with '?'".into(),
        });
    }
    let (_, opening) = lines.next("the opening answer")?;
    let lead: Vec<String> = sentences(opening)
        .into_iter()
        .filter(|s| !s.ends_with(':'))
        .collect();
    Ok((question, lead.join(" ")))
}

/// "I. …" and its paragraph: a group of one cause. The article gives the
/// part a title but not its one cause: the editor names it.
fn read_non_disease_part(lines: &mut Lines, confirm: &mut Vec<String>) -> Result<Group, FormError> {
    let (line, heading) = lines.next("\"I. Non-disease factors\"")?;
    let title = heading.strip_prefix("I. ").ok_or_else(|| FormError {
        line,
        expected: "\"I. \" and the title of the non-disease part".into(),
    })?;
    let (line, paragraph) = lines.next("the non-disease part's paragraph")?;
    if paragraph.starts_with("II. ") {
        return Err(FormError {
            line,
            expected: "a paragraph under \"I.\" before \"II.\"".into(),
        });
    }
    let placeholder_id = format!("{}-cause", kebab(title));
    let cause = cause_from(title, &placeholder_id, paragraph, line)?;
    confirm.push(format!(
        "the cause under \"I. {title}\" is titled \"{title}\" with the id \"{placeholder_id}\": name it as its paragraph does, and make the id follow the title"
    ));
    Ok(Group {
        id: kebab(title),
        title: title.to_string(),
        causes: vec![cause],
    })
}

/// "II. …" and its numbered causes ("1. …"), each with its paragraph.
fn read_disease_part(lines: &mut Lines) -> Result<Group, FormError> {
    let (line, heading) = lines.next("\"II. Disease factors\"")?;
    let title = heading.strip_prefix("II. ").ok_or_else(|| FormError {
        line,
        expected: "\"II. \" and the title of the disease part".into(),
    })?;
    let mut causes = Vec::new();
    let mut number = 1;
    while let Some((line, text)) = lines.peek() {
        let Some(cause_title) = text.strip_prefix(&format!("{number}. ")) else {
            break;
        };
        lines.at += 1;
        let (paragraph_line, paragraph) = lines.peek().ok_or_else(|| FormError {
            line: line + 1,
            expected: format!("the text of cause {number}, found the end of the article"),
        })?;
        if paragraph
            .strip_prefix(&format!("{}. ", number + 1))
            .is_some()
            || paragraph.starts_with("In addition, ")
        {
            return Err(FormError {
                line: paragraph_line,
                expected: format!("the text of cause {number} (\"{cause_title}\")"),
            });
        }
        lines.at += 1;
        causes.push(cause_from(
            cause_title,
            &kebab(cause_title),
            paragraph,
            paragraph_line,
        )?);
        number += 1;
    }
    if causes.is_empty() {
        return Err(FormError {
            line: lines.number(),
            expected: "a numbered cause (\"1. …\") under \"II.\"".into(),
        });
    }
    Ok(Group {
        id: kebab(title),
        title: title.to_string(),
        causes,
    })
}

/// The closing paragraph, the article's last: its line, the group of the
/// other conditions it names ("In addition, other conditions such as X and Y
/// may also cause similar symptoms."), if any, and the advice that follows.
fn read_closing(lines: &mut Lines) -> Result<(usize, Option<Group>, String), FormError> {
    let (line, closing) = lines.next("\"In addition, other conditions such as … may also cause similar symptoms.\" and the closing advice")?;
    let mut closing_sentences = sentences(closing);
    let mut others = None;
    if let Some(named) = closing_sentences
        .first()
        .and_then(|s| s.strip_prefix("In addition, other conditions such as "))
        .map(str::to_string)
    {
        let names = named
            .strip_suffix(" may also cause similar symptoms.")
            .ok_or_else(|| FormError {
                line,
                expected: "\"… may also cause similar symptoms.\" after the other conditions"
                    .into(),
            })?;
        let causes = list(names, "and")
            .into_iter()
            .map(|name| {
                let title = capitalized(&name);
                Cause {
                    id: kebab(&name),
                    explanation: vec![format!("{title} may also cause similar symptoms.")],
                    title,
                    care: Vec::new(),
                    medications: None,
                    departments: Vec::new(),
                }
            })
            .collect();
        others = Some(Group {
            id: "other-conditions".into(),
            title: "Other conditions".into(),
            causes,
        });
        closing_sentences.remove(0);
    }
    let advice = closing_sentences.join(" ");
    if advice.is_empty() {
        return Err(FormError {
            line,
            expected: "the closing sentence naming the departments to visit".into(),
        });
    }
    if let Some((line, _)) = lines.peek() {
        return Err(FormError {
            line,
            expected: "the end of the article after the closing advice".into(),
        });
    }
    Ok((line, others, advice))
}

/// The departments the closing advice names, by the article's own name for
/// them, given to every cause; those not `known` become the topic's own,
/// with placeholders for the editor to fill.
fn assign_departments(
    advice: &str,
    line: usize,
    known: &Departments,
    groups: &mut [Group],
    confirm: &mut Vec<String>,
) -> Result<IdMap<DepartmentChange>, FormError> {
    let named = departments_named(advice).ok_or_else(|| FormError {
        line,
        expected: "a closing sentence naming departments (\"… departments such as A or B …\")"
            .into(),
    })?;
    let mut own = IdMap::default();
    let mut ids = Vec::new();
    for name in &named {
        let id = kebab(name);
        if !known.contains_key(&id) {
            own.insert(
                id.clone(),
                DepartmentChange {
                    name: Some(capitalized(name)),
                    description: Some("TO CONFIRM: what this department treats".into()),
                    link: Some(format!("/departments/{id}.html")),
                    specialty: None,
                },
            );
            confirm.push(format!(
                "department '{id}' is not among the known ones: its description and link in \"departments\" are placeholders to fill"
            ));
        }
        ids.push(id);
    }
    for cause in groups.iter_mut().flat_map(|group| group.causes.iter_mut()) {
        cause.departments = ids.clone();
    }
    confirm.push(format!(
        "the article names its departments ({}) only in its closing advice: every cause is given all of them; keep, for each cause, the ones that treat it",
        ids.join(", ")
    ));
    Ok(own)
}

/// A cause from its title and paragraph: the medications sentence, if any,
/// split into its condition and names; sentences on what helps as care; the
/// rest as the explanation.
fn cause_from(
    title: &str,
    id_source: &str,
    paragraph: &str,
    line: usize,
) -> Result<Cause, FormError> {
    let mut explanation = Vec::new();
    let mut care = Vec::new();
    let mut medications = None;
    for sentence in sentences(paragraph) {
        if sentence.contains("medications such as ") {
            medications = Some(medications_from(&sentence).ok_or_else(|| FormError {
                line,
                expected: format!(
                    "a medications sentence such as \"If necessary, medications such as A, B, or C may be prescribed.\", found \"{sentence}\""
                ),
            })?);
        } else if is_care(&sentence) {
            care.push(sentence);
        } else {
            explanation.push(sentence);
        }
    }
    if explanation.is_empty() {
        return Err(FormError {
            line,
            expected: format!("why \"{title}\" leads to the symptom"),
        });
    }
    Ok(Cause {
        id: kebab(id_source),
        title: title.to_string(),
        explanation,
        care,
        medications,
        departments: Vec::new(),
    })
}

/// What helps, in the article's words: a recommendation or what may help.
fn is_care(sentence: &str) -> bool {
    sentence.starts_with("It is recommended to") || sentence.contains(" may help ")
}

/// "If necessary, medications such as A, B, or C may be prescribed." as
/// "If necessary, medications such as these may be prescribed:" and [A, B, C].
fn medications_from(sentence: &str) -> Option<Medications> {
    let (before, rest) = sentence.split_once("medications such as ")?;
    let (names, after) = rest.split_once(" may ")?;
    let after = after.strip_suffix('.')?;
    let names = list(names, "or");
    if names.is_empty() {
        return None;
    }
    Some(Medications {
        context: format!("{before}medications such as these may {after}:"),
        names: names.iter().map(|name| capitalized(name)).collect(),
    })
}

/// "A, B, or C" (with `or`) or "A and B" (with `and`) as [A, B, C]. Only the
/// list's own conjunction splits it: "muscle or ligament strain and skeletal
/// abnormalities" is two conditions.
fn list(text: &str, conjunction: &str) -> Vec<String> {
    let last = format!("{conjunction} ");
    let between = format!(" {conjunction} ");
    let mut items = Vec::new();
    for part in text.split(", ") {
        let part = part.strip_prefix(last.as_str()).unwrap_or(part);
        for item in part.split(between.as_str()) {
            let item = item.trim();
            if !item.is_empty() {
                items.push(item.to_string());
            }
        }
    }
    items
}

/// The departments of "… departments such as gynecology or orthopedics at …".
fn departments_named(advice: &str) -> Option<Vec<String>> {
    let (_, rest) = advice.split_once("departments such as ")?;
    let names = rest
        .split(" at ")
        .next()?
        .split(" for ")
        .next()?
        .trim_end_matches('.');
    let names = list(names, "or");
    (!names.is_empty()).then_some(names)
}

/// The text's sentences, each ending with its '.', '?', '!' or ':'.
fn sentences(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let ends = matches!(b, b'.' | b'?' | b'!' | b':');
        let at_break = i + 1 == bytes.len() || bytes[i + 1] == b' ';
        if ends && at_break {
            let sentence = text[start..=i].trim();
            if !sentence.is_empty() {
                found.push(sentence.to_string());
            }
            start = i + 1;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        found.push(rest.to_string());
    }
    found
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "Chronic pelvic inflammatory disease" as "chronic-pelvic-inflammatory-disease".
pub fn kebab(text: &str) -> String {
    let mut id = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_string()
}
