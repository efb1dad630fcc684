//! JSON text to the typed model, with the JSON path of the first value
//! whose shape is wrong. Natively (build.rs, tests, the command-line tool)
//! serde_json reads the text; in the browser, the browser's `JSON.parse` does
//! and serde-wasm-bindgen reads its result, which keeps a JSON parser out of
//! the wasm. Both go through the same serde model, so both refuse the same
//! things; a few messages word the wrong value differently ("floating point
//! `3.0`" in the browser for "integer `3`").

use crate::rules::ContentError;
use serde::de::DeserializeOwned;

/// `text` read as a `T`, or the first place where its shape is wrong.
pub fn read<T: DeserializeOwned>(text: &str) -> Result<T, ContentError> {
    let result = imp::read(text)?;
    result.map_err(|error| {
        let path = error.path().to_string();
        // serde_path_to_error writes the whole value's path as ".".
        let path = if path == "." { String::new() } else { path };
        ContentError::new(path, imp::message(error.inner()))
    })
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::ContentError;
    use serde::de::{DeserializeOwned, IgnoredAny};

    pub fn read<T: DeserializeOwned>(
        text: &str,
    ) -> Result<Result<T, serde_path_to_error::Error<serde_json::Error>>, ContentError> {
        // Syntax first, as JSON.parse does in the browser: "{} {}" is not
        // JSON, whatever its first value lacks.
        serde_json::from_str::<IgnoredAny>(text)
            .map_err(|error| ContentError::new("", format!("not valid JSON: {error}")))?;
        let mut json = serde_json::Deserializer::from_str(text);
        Ok(serde_path_to_error::deserialize(&mut json))
    }

    /// serde_json's message without "at line 3 column 9": the path says where.
    pub fn message(error: &serde_json::Error) -> String {
        let message = error.to_string();
        match message.rfind(" at line ") {
            Some(at) => message[..at].to_string(),
            None => message,
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::ContentError;
    use serde::de::DeserializeOwned;

    pub fn read<T: DeserializeOwned>(
        text: &str,
    ) -> Result<Result<T, serde_path_to_error::Error<serde_wasm_bindgen::Error>>, ContentError>
    {
        let value = js_sys::JSON::parse(text).map_err(|error| {
            let reason = String::from(js_sys::Error::from(error).message());
            ContentError::new("", format!("not valid JSON: {reason}"))
        })?;
        Ok(serde_path_to_error::deserialize(
            serde_wasm_bindgen::Deserializer::from(value),
        ))
    }

    pub fn message(error: &serde_wasm_bindgen::Error) -> String {
        error.to_string()
    }
}
