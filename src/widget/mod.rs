//! Yew components that render a validated topic. They know nothing of the
//! host page: the embed module hands them a topic with final department links
//! and listens through callbacks.

mod components;
mod effects;
pub mod markup;
pub mod state;
mod text;
pub mod words;

pub use components::accordion::{Accordion, AccordionEvent, AccordionProps, HeadingLevel, Msg};
#[cfg(feature = "tool")]
pub use components::plain_article::{PlainArticle, PlainArticleProps};
pub use text::UiText;
pub use words::{Word, KEYS as TEXT_KEYS};
