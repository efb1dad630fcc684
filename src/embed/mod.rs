//! The boundary with the host page. `www/embed.js` defines the
//! `<possible-causes>` element and its shadow root, then calls `mount` with
//! the element and a box inside that shadow root. Everything the page can get
//! wrong ends here as a `ContentError`, handed back to embed.js, which
//! shows a message in the box and sends a console error and a
//! `possible-causes:error` event; nothing reaches the page as an exception.

pub mod config;
#[cfg(target_arch = "wasm32")]
mod events;
#[cfg(target_arch = "wasm32")]
mod host_events;
#[cfg(target_arch = "wasm32")]
mod mount;

#[cfg(target_arch = "wasm32")]
pub use mount::{command, mount};
