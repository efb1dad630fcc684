//! The boundary with the host page. `embed.js` (`www/embed/`) defines the
//! `<possible-causes>` element and its shadow root, then calls `mount` with
//! the element and a box inside that shadow root. Everything the page can get
//! wrong ends here as a `ContentError`, handed back to embed.js, which
//! shows a message in the box and sends a console error and a
//! `possible-causes:error` event; nothing reaches the page as an exception.

pub mod command;
pub mod config;
// The browser's side; a wasm with the server renderer is the tool, for Node.
#[cfg(all(target_arch = "wasm32", not(feature = "tool")))]
mod events;
#[cfg(all(target_arch = "wasm32", not(feature = "tool")))]
mod host_events;
#[cfg(all(target_arch = "wasm32", not(feature = "tool")))]
mod mount;

#[cfg(all(target_arch = "wasm32", not(feature = "tool")))]
pub use mount::{command, mount};
