//! possible-causes: an embeddable "possible causes" accordion for health content.
//!
//! - [`content`]: the topic model, reading and rules, the built-in catalog
//!   (the crate `possible-causes-content` in `src/content/`).
//! - [`widget`]: Yew components that render a validated topic, their state
//!   and, beside them in `effects`, what they do in a browser.
//! - [`embed`]: the boundary with the host page: attributes (pure, tested
//!   natively), mounting, events (in a browser only).
//! - [`element`], [`prerender`] and [`tool`] (with the `tool` feature): the
//!   element's description as the tool reads it, the same components
//!   rendered on a server, and the tool's commands (render, check, import),
//!   natively and compiled to wasm for Node (`src/tool/node/`).

pub use possible_causes_content as content;

pub mod widget;

pub mod embed;

#[cfg(feature = "tool")]
pub mod element;

#[cfg(feature = "tool")]
pub mod prerender;

#[cfg(feature = "tool")]
pub mod tool;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
