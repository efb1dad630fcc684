//! Content JSON text to typed model, with the JSON path of the first shape error.
//!
//! In the browser the text goes through `JSON.parse` and serde-wasm-bindgen,
//! which keeps serde_json (and its float formatting) out of the wasm.

use super::validate::ContentError;
use serde::de::DeserializeOwned;

pub fn parse_json<T: DeserializeOwned>(text: &str) -> Result<T, ContentError> {
    imp::parse_json(text)
}

fn shape_error(path: String, message: String) -> ContentError {
    // serde_path_to_error writes "." for the root.
    let path = if path == "." { String::new() } else { path };
    ContentError::new(path, message)
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::*;

    pub fn parse_json<T: DeserializeOwned>(text: &str) -> Result<T, ContentError> {
        let value: serde_json::Value = serde_json::from_str(text)
            .map_err(|error| ContentError::new("", format!("not valid JSON: {error}")))?;
        serde_path_to_error::deserialize(value)
            .map_err(|error| shape_error(error.path().to_string(), error.into_inner().to_string()))
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::*;

    pub fn parse_json<T: DeserializeOwned>(text: &str) -> Result<T, ContentError> {
        let value = js_sys::JSON::parse(text).map_err(|error| {
            let reason = js_sys::Error::from(error).message();
            ContentError::new("", format!("not valid JSON: {}", String::from(reason)))
        })?;
        serde_path_to_error::deserialize(serde_wasm_bindgen::Deserializer::from(value))
            .map_err(|error| shape_error(error.path().to_string(), error.into_inner().to_string()))
    }
}
