//! JSON text to the typed model, with the JSON path of the first value
//! whose shape is wrong.
//!
//! Natively, and in the tool's wasm so that the tool answers alike everywhere
//! (the `json_text` cfg of build.rs), serde_json parses the text into a
//! [`Json`] tree, and [`Reader`], a serde `Deserializer` that knows where it
//! is, reads the serde-derived model from it. In the widget's wasm
//! `JSON.parse` parses it (no JSON parser in that wasm) and [`JsReader`]
//! reads the model from its result in one pass, serde-wasm-bindgen's
//! Deserializer reading each text and true/false (1.7 KB brotli less wasm
//! than building the tree first; bench/size-history.md).
//! Both refuse the same shapes with the same words and paths (objects only as
//! objects, lists only as lists, no numbers, no unknown fields): the one
//! table of content cases runs through both. Each build reads through one
//! of the two, so serde's derived code is instantiated once in each.

use crate::rules::ContentError;
use serde::de::{self, DeserializeOwned};
#[cfg(json_text)]
use serde::de::{DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor};
#[cfg(json_text)]
use serde::Deserialize;
use std::fmt;

/// `text` read as a `T`, or the first place where its shape is wrong.
#[cfg(json_text)]
pub fn read<T: DeserializeOwned>(text: &str) -> Result<T, ContentError> {
    let json: Json = serde_json::from_str(text).map_err(|error| not_json(error.to_string()))?;
    T::deserialize(Reader(&json)).map_err(ReadError::into_content_error)
}

/// `text` read as a `T`, or the first place where its shape is wrong.
#[cfg(not(json_text))]
pub fn read<T: DeserializeOwned>(text: &str) -> Result<T, ContentError> {
    let value = js_sys::JSON::parse(text)
        .map_err(|error| not_json(String::from(js_sys::Error::from(error).message())))?;
    T::deserialize(JsReader(value)).map_err(ReadError::into_content_error)
}

fn not_json(reason: String) -> ContentError {
    ContentError::new("", format!("not valid JSON: {reason}"))
}

/// A parsed JSON value. Objects keep their keys in the order written.
#[cfg(json_text)]
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

#[cfg(json_text)]
impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        struct AnyJson;

        impl<'de> Visitor<'de> for AnyJson {
            type Value = Json;

            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("a JSON value")
            }
            fn visit_unit<E>(self) -> Result<Json, E> {
                Ok(Json::Null)
            }
            fn visit_none<E>(self) -> Result<Json, E> {
                Ok(Json::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, value: D) -> Result<Json, D::Error> {
                Json::deserialize(value)
            }
            fn visit_bool<E>(self, value: bool) -> Result<Json, E> {
                Ok(Json::Bool(value))
            }
            fn visit_i64<E>(self, value: i64) -> Result<Json, E> {
                Ok(Json::Number(value as f64))
            }
            fn visit_u64<E>(self, value: u64) -> Result<Json, E> {
                Ok(Json::Number(value as f64))
            }
            fn visit_f64<E>(self, value: f64) -> Result<Json, E> {
                Ok(Json::Number(value))
            }
            fn visit_str<E>(self, value: &str) -> Result<Json, E> {
                Ok(Json::Text(value.to_string()))
            }
            fn visit_string<E>(self, value: String) -> Result<Json, E> {
                Ok(Json::Text(value))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Json, A::Error> {
                let mut list = Vec::new();
                while let Some(item) = items.next_element()? {
                    list.push(item);
                }
                Ok(Json::List(list))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Json, A::Error> {
                let mut object = Vec::new();
                while let Some(entry) = entries.next_entry()? {
                    object.push(entry);
                }
                Ok(Json::Object(object))
            }
        }

        deserializer.deserialize_any(AnyJson)
    }
}

/// The part of a reader's `Deserializer` that both readers share: a struct is
/// read as an object (so an unknown field reaches the derived code and is
/// refused), everything else as whatever the value is.
macro_rules! structs_as_maps_and_the_rest_as_any {
    () => {
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            _fields: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value, ReadError> {
            self.deserialize_map(visitor)
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf unit
            unit_struct newtype_struct tuple tuple_struct enum identifier ignored_any
        }
    };
}

/// A shape error and where it was met, innermost step last.
#[derive(Debug)]
pub struct ReadError {
    message: String,
    /// Filled in as the error travels out of each object and list.
    steps: Vec<Step>,
}

#[derive(Debug)]
enum Step {
    Key(String),
    Index(usize),
}

impl ReadError {
    fn into_content_error(self) -> ContentError {
        ContentError::new(self.path(), self.message)
    }

    fn at(mut self, step: Step) -> Self {
        self.steps.push(step);
        self
    }

    /// `groups[1].causes[0].title`; empty for the whole value.
    fn path(&self) -> String {
        let mut path = String::new();
        for step in self.steps.iter().rev() {
            match step {
                Step::Key(key) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                }
                Step::Index(index) => path.push_str(&format!("[{index}]")),
            }
        }
        path
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ReadError {}

impl de::Error for ReadError {
    fn custom<T: fmt::Display>(message: T) -> Self {
        ReadError {
            message: message.to_string(),
            steps: Vec::new(),
        }
    }
}

/// Reads the model from a [`Json`] tree. Objects are read as objects only and
/// lists as lists only (serde's derived structs would also take a list of
/// their fields' values). Numbers are refused wherever they appear: the
/// content format has none, and a refusal that names no number keeps float
/// formatting out of the wasm.
#[cfg(json_text)]
#[derive(Clone, Copy)]
pub struct Reader<'a>(pub &'a Json);

/// What a JSON value is, in the words of the readers' messages.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Null,
    Bool,
    Number,
    Text,
    List,
    Object,
}

/// "expected a list, found text": what was wanted, in words an editor uses.
fn wrong<T>(found: Kind, wanted: &dyn fmt::Display) -> Result<T, ReadError> {
    let found = match found {
        Kind::Null => "null",
        Kind::Bool => "true/false",
        Kind::Number => "a number",
        Kind::Text => "text",
        Kind::List => "a list",
        Kind::Object => "an object",
    };
    Err(de::Error::custom(format_args!(
        "expected {wanted}, found {found}"
    )))
}

#[cfg(json_text)]
impl Reader<'_> {
    fn wrong<T>(&self, wanted: &dyn fmt::Display) -> Result<T, ReadError> {
        let found = match self.0 {
            Json::Null => Kind::Null,
            Json::Bool(_) => Kind::Bool,
            Json::Number(_) => Kind::Number,
            Json::Text(_) => Kind::Text,
            Json::List(_) => Kind::List,
            Json::Object(_) => Kind::Object,
        };
        wrong(found, wanted)
    }
}

#[cfg(json_text)]
impl<'de, 'a> Deserializer<'de> for Reader<'a> {
    type Error = ReadError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Json::Null => visitor.visit_unit(),
            Json::Bool(value) => visitor.visit_bool(*value),
            Json::Text(text) => visitor.visit_str(text),
            Json::List(items) => visitor.visit_seq(Items { items, next: 0 }),
            Json::Object(entries) => visitor.visit_map(Entries { entries, next: 0 }),
            Json::Number(_) => self.wrong(&Expecting(&visitor)),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Json::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Json::Text(text) => visitor.visit_str(text),
            _ => self.wrong(&"text"),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Json::List(items) => visitor.visit_seq(Items { items, next: 0 }),
            _ => self.wrong(&"a list"),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Json::Object(entries) => visitor.visit_map(Entries { entries, next: 0 }),
            _ => self.wrong(&"an object"),
        }
    }

    structs_as_maps_and_the_rest_as_any!();
}

/// A visitor's own words for what it expects.
struct Expecting<'a>(&'a dyn de::Expected);

impl fmt::Display for Expecting<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(json_text)]
struct Items<'a> {
    items: &'a [Json],
    next: usize,
}

#[cfg(json_text)]
impl<'de> SeqAccess<'de> for Items<'_> {
    type Error = ReadError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, ReadError> {
        let Some(item) = self.items.get(self.next) else {
            return Ok(None);
        };
        let index = self.next;
        self.next += 1;
        seed.deserialize(Reader(item))
            .map(Some)
            .map_err(|error| error.at(Step::Index(index)))
    }
}

#[cfg(json_text)]
struct Entries<'a> {
    entries: &'a [(String, Json)],
    next: usize,
}

#[cfg(json_text)]
impl<'a> Entries<'a> {
    /// The entry whose key was read last.
    fn current(&self) -> &'a (String, Json) {
        &self.entries[self.next - 1]
    }
}

#[cfg(json_text)]
impl<'de> MapAccess<'de> for Entries<'_> {
    type Error = ReadError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, ReadError> {
        let Some((key, _)) = self.entries.get(self.next) else {
            return Ok(None);
        };
        self.next += 1;
        // An unknown field is refused here: its path names the field.
        let key_reader: de::value::StrDeserializer<ReadError> = key.as_str().into_deserializer();
        seed.deserialize(key_reader)
            .map(Some)
            .map_err(|error| error.at(Step::Key(key.clone())))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, ReadError> {
        let (key, value) = self.current();
        seed.deserialize(Reader(value))
            .map_err(|error| error.at(Step::Key(key.clone())))
    }
}

/// Reads the model from `JSON.parse`'s result, as [`Reader`] does from a
/// [`Json`] tree: the same refusals, words and paths.
#[cfg(not(json_text))]
pub struct JsReader(js_sys::wasm_bindgen::JsValue);

#[cfg(not(json_text))]
mod js {
    use super::{wrong, Expecting, JsReader, Kind, ReadError, Step};
    use js_sys::wasm_bindgen::JsCast;
    use js_sys::{Array, Object};
    use serde::de::{
        self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor,
    };
    use std::fmt;

    impl JsReader {
        fn kind(&self) -> Kind {
            let value = &self.0;
            if value.is_null() || value.is_undefined() {
                Kind::Null
            } else if value.as_bool().is_some() {
                Kind::Bool
            } else if value.as_f64().is_some() {
                Kind::Number
            } else if value.is_string() {
                Kind::Text
            } else if Array::is_array(value) {
                Kind::List
            } else {
                Kind::Object
            }
        }

        fn wrong<T>(&self, wanted: &dyn fmt::Display) -> Result<T, ReadError> {
            wrong(self.kind(), wanted)
        }

        /// serde-wasm-bindgen's Deserializer, for a text or a true/false.
        fn leaf(self) -> serde_wasm_bindgen::Deserializer {
            serde_wasm_bindgen::Deserializer::from(self.0)
        }
    }

    fn leaf_error(error: serde_wasm_bindgen::Error) -> ReadError {
        de::Error::custom(error)
    }

    impl<'de> Deserializer<'de> for JsReader {
        type Error = ReadError;

        fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
            match self.kind() {
                Kind::Null => visitor.visit_unit(),
                Kind::Bool | Kind::Text => self.leaf().deserialize_any(visitor).map_err(leaf_error),
                Kind::List => self.deserialize_seq(visitor),
                Kind::Object => self.deserialize_map(visitor),
                Kind::Number => self.wrong(&Expecting(&visitor)),
            }
        }

        fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
            match self.kind() {
                Kind::Null => visitor.visit_none(),
                _ => visitor.visit_some(self),
            }
        }

        fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
            match self.kind() {
                Kind::Text => self.leaf().deserialize_str(visitor).map_err(leaf_error),
                _ => self.wrong(&"text"),
            }
        }

        fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
            self.deserialize_str(visitor)
        }

        fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
            match self.kind() {
                Kind::List => visitor.visit_seq(Items {
                    items: self.0.unchecked_into(),
                    next: 0,
                }),
                _ => self.wrong(&"a list"),
            }
        }

        fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
            match self.kind() {
                Kind::Object => visitor.visit_map(Entries {
                    entries: Object::entries(self.0.unchecked_ref()),
                    next: 0,
                    key: String::new(),
                }),
                _ => self.wrong(&"an object"),
            }
        }

        structs_as_maps_and_the_rest_as_any!();
    }

    struct Items {
        items: Array,
        next: u32,
    }

    impl<'de> SeqAccess<'de> for Items {
        type Error = ReadError;

        fn next_element_seed<T: DeserializeSeed<'de>>(
            &mut self,
            seed: T,
        ) -> Result<Option<T::Value>, ReadError> {
            if self.next >= self.items.length() {
                return Ok(None);
            }
            let index = self.next;
            self.next += 1;
            seed.deserialize(JsReader(self.items.get(index)))
                .map(Some)
                .map_err(|error| error.at(Step::Index(index as usize)))
        }
    }

    /// An object's `[key, value]` pairs, from `Object.entries`.
    struct Entries {
        entries: Array,
        next: u32,
        /// The key read last, for the path of an error in its value.
        key: String,
    }

    impl Entries {
        fn entry(&self) -> Array {
            self.entries.get(self.next).unchecked_into()
        }
    }

    impl<'de> MapAccess<'de> for Entries {
        type Error = ReadError;

        fn next_key_seed<K: DeserializeSeed<'de>>(
            &mut self,
            seed: K,
        ) -> Result<Option<K::Value>, ReadError> {
            if self.next >= self.entries.length() {
                return Ok(None);
            }
            self.key = self.entry().get(0).as_string().unwrap_or_default();
            // An unknown field is refused here: its path names the field.
            let key_reader: de::value::StrDeserializer<ReadError> =
                self.key.as_str().into_deserializer();
            seed.deserialize(key_reader)
                .map(Some)
                .map_err(|error| error.at(Step::Key(self.key.clone())))
        }

        fn next_value_seed<V: DeserializeSeed<'de>>(
            &mut self,
            seed: V,
        ) -> Result<V::Value, ReadError> {
            let value = self.entry().get(1);
            self.next += 1;
            seed.deserialize(JsReader(value))
                .map_err(|error| error.at(Step::Key(self.key.clone())))
        }
    }
}
