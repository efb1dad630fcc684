//! JSON text to the typed model, with the JSON path of the first value
//! whose shape is wrong.
//!
//! One reader, [`Reader`], a serde `Deserializer` that knows where it is,
//! reads the serde-derived model from a parsed JSON value, a [`Node`]:
//! natively, and in the tool's wasm so that the tool answers alike everywhere
//! (the `json_text` cfg of build.rs), serde_json's parse of the text into a
//! [`Json`] tree; in the widget's wasm, `JSON.parse`'s result (no JSON parser
//! in that wasm), read in one pass, asking JavaScript only what each value is
//! and for its text or true/false. So both refuse the same shapes with the
//! same words and paths (objects only as objects, lists only as lists, no
//! numbers, no unknown fields), and each build has one kind of node, so
//! serde's derived code is instantiated once in each.
//!
//! Its refusals name what they found by kind ("found a number"), never by
//! value: formatting a number would bring float formatting into the widget's
//! wasm. Reading each text and true/false with serde-wasm-bindgen's
//! Deserializer, whose errors print the value, cost 9.8 KB brotli
//! (bench/size-history.md).

use crate::rules::ContentError;
use serde::de::{self, DeserializeOwned};
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
    T::deserialize(Reader(value)).map_err(ReadError::into_content_error)
}

fn not_json(reason: String) -> ContentError {
    ContentError::whole(format!("not valid JSON: {reason}"))
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
        if self.steps.is_empty() {
            ContentError::whole(self.message)
        } else {
            ContentError::in_content(self.path(), self.message)
        }
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

    // serde's own words would print the value found, and so bring float
    // formatting into the wasm for a number the content never has; these
    // name only its kind, as the reader's other refusals do.
    fn invalid_type(found: de::Unexpected, wanted: &dyn de::Expected) -> Self {
        refusal(kind_of(&found), &Expecting(wanted))
    }

    fn invalid_value(found: de::Unexpected, wanted: &dyn de::Expected) -> Self {
        refusal(kind_of(&found), &Expecting(wanted))
    }
}

/// "expected a list, found text": what was wanted, in words an editor uses.
/// Apart from `Reader::wrong`, which serde instantiates for every type it
/// reads, so that these words compile once (89 bytes brotli less wasm).
fn refusal(found: Kind, wanted: &dyn fmt::Display) -> ReadError {
    let found = match found {
        Kind::Null => "null",
        Kind::Bool => "true/false",
        Kind::Number => "a number",
        Kind::Text => "text",
        Kind::List => "a list",
        Kind::Object => "an object",
    };
    de::Error::custom(format_args!("expected {wanted}, found {found}"))
}

/// What serde found, as the reader's messages name it.
fn kind_of(found: &de::Unexpected) -> Kind {
    use de::Unexpected as Found;
    match found {
        Found::Bool(_) => Kind::Bool,
        Found::Unsigned(_) | Found::Signed(_) | Found::Float(_) => Kind::Number,
        Found::Char(_) | Found::Str(_) => Kind::Text,
        Found::Seq => Kind::List,
        Found::Map | Found::StructVariant | Found::Other(_) => Kind::Object,
        _ => Kind::Null,
    }
}

/// A parsed JSON value, as the reader walks it.
trait Node: Sized {
    /// A list's items, or an object's entries, to take one by one.
    type Items;
    fn kind(&self) -> Kind;
    /// A text or a true/false, given to `visitor`.
    fn visit_leaf<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError>;
    /// A text, given to `visitor`, which wants one.
    fn visit_text<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError>;
    /// A list's items.
    fn items(self) -> Self::Items;
    /// An object's entries.
    fn entries(self) -> Self::Items;
    /// How many items or entries there are.
    fn count(items: &Self::Items) -> usize;
    fn item(items: &Self::Items, index: usize) -> Self;
    fn key(entries: &Self::Items, index: usize) -> String;
    fn value(entries: &Self::Items, index: usize) -> Self;
}

/// Reads the model from a [`Node`]. Objects are read as objects only and
/// lists as lists only (serde's derived structs would also take a list of
/// their fields' values). Numbers are refused wherever they appear: the
/// content format has none, and a refusal that names no number keeps float
/// formatting out of the wasm.
struct Reader<N>(N);

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

impl<N: Node> Reader<N> {
    /// "expected a list, found text": what was wanted, in words an editor uses.
    fn wrong<T>(&self, wanted: &dyn fmt::Display) -> Result<T, ReadError> {
        Err(refusal(self.0.kind(), wanted))
    }

    fn list(self) -> Cursor<N> {
        Cursor {
            items: self.0.items(),
            next: 0,
        }
    }

    fn object(self) -> Entries<N> {
        Entries {
            cursor: Cursor {
                items: self.0.entries(),
                next: 0,
            },
            key: String::new(),
        }
    }
}

impl<'de, N: Node> Deserializer<'de> for Reader<N> {
    type Error = ReadError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0.kind() {
            Kind::Null => visitor.visit_unit(),
            Kind::Bool | Kind::Text => self.0.visit_leaf(visitor),
            Kind::List => visitor.visit_seq(self.list()),
            Kind::Object => visitor.visit_map(self.object()),
            Kind::Number => self.wrong(&Expecting(&visitor)),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0.kind() {
            Kind::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0.kind() {
            Kind::Text => self.0.visit_text(visitor),
            _ => self.wrong(&"text"),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0.kind() {
            Kind::List => visitor.visit_seq(self.list()),
            _ => self.wrong(&"a list"),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0.kind() {
            Kind::Object => visitor.visit_map(self.object()),
            _ => self.wrong(&"an object"),
        }
    }

    /// A struct is read as an object, so an unknown field reaches the derived
    /// code and is refused.
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
}

/// A visitor's own words for what it expects.
struct Expecting<'a>(&'a dyn de::Expected);

impl fmt::Display for Expecting<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Where a list's items or an object's entries are read up to.
struct Cursor<N: Node> {
    items: N::Items,
    next: usize,
}

impl<N: Node> Cursor<N> {
    /// The index to read now, and the cursor moved past it; `None` past the
    /// last one.
    fn advance(&mut self) -> Option<usize> {
        let index = self.next;
        if index >= N::count(&self.items) {
            return None;
        }
        self.next += 1;
        Some(index)
    }
}

/// A list is read item by item, each error's path with its index.
impl<'de, N: Node> SeqAccess<'de> for Cursor<N> {
    type Error = ReadError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, ReadError> {
        let Some(index) = self.advance() else {
            return Ok(None);
        };
        seed.deserialize(Reader(N::item(&self.items, index)))
            .map(Some)
            .map_err(|error| error.at(Step::Index(index)))
    }
}

/// An object's entries, read one by one, each error's path with its key.
struct Entries<N: Node> {
    cursor: Cursor<N>,
    /// The key read last, for the path of an error in its value.
    key: String,
}

impl<'de, N: Node> MapAccess<'de> for Entries<N> {
    type Error = ReadError;

    /// An unknown field is refused here: its path names the field.
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, ReadError> {
        if !self.next_key() {
            return Ok(None);
        }
        let key_reader: de::value::StrDeserializer<ReadError> =
            self.key.as_str().into_deserializer();
        seed.deserialize(key_reader)
            .map(Some)
            .map_err(|error| self.within_entry(error))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, ReadError> {
        // serde reads each value after its key.
        let value = N::value(&self.cursor.items, self.cursor.next - 1);
        seed.deserialize(Reader(value))
            .map_err(|error| self.within_entry(error))
    }
}

impl<N: Node> Entries<N> {
    /// Reads the next entry's key into `key`; `false` past the last entry.
    fn next_key(&mut self) -> bool {
        let Some(index) = self.cursor.advance() else {
            return false;
        };
        self.key = N::key(&self.cursor.items, index);
        true
    }

    /// An error in the entry whose key was read last (its key or its value),
    /// with that key in its path.
    fn within_entry(&self, error: ReadError) -> ReadError {
        error.at(Step::Key(self.key.clone()))
    }
}

/// serde_json's parse, natively and in the tool's wasm.
#[cfg(json_text)]
impl<'a> Node for &'a Json {
    type Items = &'a Json;

    fn kind(&self) -> Kind {
        match self {
            Json::Null => Kind::Null,
            Json::Bool(_) => Kind::Bool,
            Json::Number(_) => Kind::Number,
            Json::Text(_) => Kind::Text,
            Json::List(_) => Kind::List,
            Json::Object(_) => Kind::Object,
        }
    }

    fn visit_leaf<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self {
            Json::Bool(value) => visitor.visit_bool(*value),
            Json::Text(text) => visitor.visit_str(text),
            _ => unreachable!("only a text or a true/false is a leaf"),
        }
    }

    fn visit_text<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.visit_leaf(visitor)
    }

    fn items(self) -> &'a Json {
        self
    }

    fn entries(self) -> &'a Json {
        self
    }

    fn count(items: &&'a Json) -> usize {
        match items {
            Json::List(items) => items.len(),
            Json::Object(entries) => entries.len(),
            _ => 0,
        }
    }

    fn item(items: &&'a Json, index: usize) -> &'a Json {
        match items {
            Json::List(items) => &items[index],
            _ => unreachable!("items of a list only"),
        }
    }

    fn key(entries: &&'a Json, index: usize) -> String {
        match entries {
            Json::Object(entries) => entries[index].0.clone(),
            _ => unreachable!("entries of an object only"),
        }
    }

    fn value(entries: &&'a Json, index: usize) -> &'a Json {
        match entries {
            Json::Object(entries) => &entries[index].1,
            _ => unreachable!("entries of an object only"),
        }
    }
}

/// `JSON.parse`'s result, in the widget's wasm.
#[cfg(not(json_text))]
mod js {
    use super::{Kind, Node, ReadError};
    use js_sys::wasm_bindgen::{JsCast, JsValue};
    use js_sys::{Array, Object};
    use serde::de::Visitor;

    impl Node for JsValue {
        /// A list, or an object's `[key, value]` pairs from `Object.entries`.
        type Items = Array;

        fn kind(&self) -> Kind {
            if self.is_null() || self.is_undefined() {
                Kind::Null
            } else if self.as_bool().is_some() {
                Kind::Bool
            } else if self.as_f64().is_some() {
                Kind::Number
            } else if self.is_string() {
                Kind::Text
            } else if Array::is_array(self) {
                Kind::List
            } else {
                Kind::Object
            }
        }

        fn visit_leaf<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
            match self.as_bool() {
                Some(value) => visitor.visit_bool(value),
                None => self.visit_text(visitor),
            }
        }

        fn visit_text<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
            visitor.visit_string(self.as_string().unwrap_or_default())
        }

        fn items(self) -> Array {
            self.unchecked_into()
        }

        fn entries(self) -> Array {
            Object::entries(self.unchecked_ref())
        }

        fn count(items: &Array) -> usize {
            items.length() as usize
        }

        fn item(items: &Array, index: usize) -> JsValue {
            items.get(index as u32)
        }

        fn key(entries: &Array, index: usize) -> String {
            let entry: Array = entries.get(index as u32).unchecked_into();
            entry.get(0).as_string().unwrap_or_default()
        }

        fn value(entries: &Array, index: usize) -> JsValue {
            let entry: Array = entries.get(index as u32).unchecked_into();
            entry.get(1)
        }
    }
}
