//! JSON text to the typed model. The same serde_json reader runs natively
//! (build.rs, tests, the command-line tool) and in the browser, so a topic
//! gives the same errors everywhere; each names the JSON path it was met at.

use crate::rules::ContentError;
use serde::de::DeserializeOwned;
use serde_json::error::Category;

/// `text` read as a `T`, or the first place where its shape is wrong.
pub fn read<T: DeserializeOwned>(text: &str) -> Result<T, ContentError> {
    let mut json = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut json).map_err(|error| {
        let path = error.path().to_string();
        from_json_error(
            if path == "." { String::new() } else { path },
            error.inner(),
        )
    })?;
    // Text after the value ("{…} {…}") is malformed JSON too.
    json.end()
        .map_err(|error| from_json_error(String::new(), &error))?;
    Ok(value)
}

fn from_json_error(path: String, error: &serde_json::Error) -> ContentError {
    match error.classify() {
        Category::Syntax | Category::Eof | Category::Io => {
            ContentError::new("", format!("not valid JSON: {error}"))
        }
        // serde_json adds where in the text; the JSON path says it better.
        Category::Data => ContentError::new(path, message_without_position(&error.to_string())),
    }
}

/// "invalid type: …, expected a string at line 3 column 9" without its position.
fn message_without_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}
