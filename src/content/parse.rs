//! Content JSON text to typed, checked model: the platform's JSON parser, then
//! [`decode`](super::decode), so every error carries its JSON path.

use super::decode::{decode_departments, decode_topic};
use super::model::{Departments, Topic};
use super::validate::ContentError;

/// The topic in `text`, with the departments it may link to (`known` and its own).
pub fn parse_topic(
    text: &str,
    known: Departments,
) -> Result<(Topic, Departments), Vec<ContentError>> {
    decode_topic(&imp::parse(text).map_err(|e| vec![e])?, known)
}

pub fn parse_departments(text: &str) -> Result<Departments, Vec<ContentError>> {
    decode_departments(&imp::parse(text).map_err(|e| vec![e])?)
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::ContentError;

    pub fn parse(text: &str) -> Result<serde_json::Value, ContentError> {
        serde_json::from_str(text)
            .map_err(|error| ContentError::new("", format!("not valid JSON: {error}")))
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::ContentError;
    use wasm_bindgen::JsValue;

    pub fn parse(text: &str) -> Result<JsValue, ContentError> {
        js_sys::JSON::parse(text).map_err(|error| {
            let reason = String::from(js_sys::Error::from(error).message());
            ContentError::new("", ["not valid JSON: ", &reason].concat())
        })
    }
}
