//! The rules every topic must pass before a patient sees it, one function per
//! kind of text. [`decode`](super::decode) applies them where it reads each
//! value, and adds the two that need the whole topic: unique ids, and
//! departments that exist.
//!
//! The JSON Schema in `content/topic.schema.json` states the same shape for
//! editors' tools; these rules are the authority and add what a schema
//! cannot say, such as safe links.

use std::fmt;

/// One broken rule: where (a JSON path such as `groups[1].causes[0].title`) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub path: String,
    pub message: String,
}

impl ContentError {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// A text for a reader must say something.
pub fn check_words(text: &str) -> Result<(), String> {
    if is_blank(text) {
        return Err("must not be empty".into());
    }
    Ok(())
}

/// Ids are kebab-case: they appear in URLs (`#cause-id`) and in host analytics.
pub fn check_id(id: &str) -> Result<(), String> {
    if !hyphenated(id, usize::MAX, |b| {
        b.is_ascii_lowercase() || b.is_ascii_digit()
    }) {
        return Err([
            "id '",
            id,
            "' must be kebab-case (a-z, 0-9, single hyphens)",
        ]
        .concat());
    }
    Ok(())
}

/// A BCP 47 tag's shape: parts of 1–8 letters or digits (`en`, `zh-CN`).
pub fn check_language_tag(lang: &str) -> Result<(), String> {
    if !hyphenated(lang, 8, u8::is_ascii_alphanumeric) {
        return Err(["'", lang, "' is not a language tag such as 'en' or 'zh-CN'"].concat());
    }
    Ok(())
}

/// `a, b, c`: the names a message offers instead of a wrong one.
pub fn comma_list<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let mut list = String::new();
    for name in names {
        if !list.is_empty() {
            list.push_str(", ");
        }
        list.push_str(name);
    }
    list
}

/// Parts of 1 to `longest` bytes that are all `allowed`, joined by single
/// hyphens. (Bytes, not `split`: the general searcher costs more wasm.)
fn hyphenated(text: &str, longest: usize, allowed: fn(&u8) -> bool) -> bool {
    let mut part = 0;
    for byte in text.bytes() {
        if byte == b'-' && part > 0 {
            part = 0;
        } else if allowed(&byte) && part < longest {
            part += 1;
        } else {
            return false;
        }
    }
    part > 0
}

fn is_blank(text: &str) -> bool {
    text.chars().all(char::is_whitespace)
}

/// A link is safe when it is http(s) or relative. Anything with another
/// scheme (javascript:, data:, vbscript:, …) is refused.
pub fn check_url(url: &str) -> Result<(), String> {
    if is_blank(url) {
        return Err("a link must not be empty".into());
    }
    // Browsers drop tabs and newlines inside a URL ("java\tscript:" runs), so refuse them outright.
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err("a link may not contain spaces or control characters".into());
    }
    let path_at = url.bytes().position(|b| matches!(b, b'/' | b'?' | b'#'));
    let before_path = &url.as_bytes()[..path_at.unwrap_or(url.len())];
    match before_path.iter().position(|&b| b == b':') {
        None => Ok(()),
        Some(colon) => {
            let scheme = &url[..colon];
            if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") {
                return Ok(());
            }
            Err([
                "unsafe link scheme '",
                scheme,
                ":'; only http(s) and relative links are allowed",
            ]
            .concat())
        }
    }
}
