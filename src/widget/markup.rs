//! The markup's names that `embed.js` reads or writes too: the build writes
//! this table into it (`embedNames()` of the tool, `www/build-steps.mjs`), so
//! its selectors cannot drift from the components.
//!
//! The components take from here the names that are attribute values (the
//! `ACTION_*` of elements with other attributes computed, the id suffixes).
//! The rest stay literal in their `html!`: yew makes an expression `class`
//! into `Classes` at run time (1,586 bytes brotli more wasm, see
//! `heading.rs`), takes attribute names only as written, and keeps an
//! element whose attributes are all literal in a static table (the copy
//! link's `data-action` from here measured 104 bytes more).
//! `tests/browser/markup-names.test.mjs` finds every name of the table in the
//! rendered markup, so a rename on one side fails there.

macro_rules! markup_names {
    ($($(#[$doc:meta])* $name:ident = $value:literal;)*) => {
        $($(#[$doc])* pub const $name: &str = $value;)*

        /// Every name, by its constant's name, for the build.
        pub const ALL: &[(&str, &str)] = &[$((stringify!($name), $value)),*];
    };
}

markup_names! {
    /// The widget's root, and the notice: the widget's own styles.
    ROOT_CLASS = "possible-causes";
    /// The box in the element's shadow root: pre-rendered, placeholder, live or notice.
    BOX_CLASS = "box";
    /// Marks a box pre-rendered on a server, which embed.js's toggler runs until the wasm takes over.
    PRERENDERED_ATTRIBUTE = "data-prerendered";
    /// The box while the wasm loads (embed.js's; widget.css styles it).
    PLACEHOLDER_CLASS = "placeholder";
    /// The one polite sentence where there is nothing to show (embed.js's; widget.css styles it).
    NOTICE_CLASS = "notice";
    /// One cause: a `<details>` pre-rendered, a `<div>` live.
    SECTION_CLASS = "section";
    /// A section's header: text in a `<summary>` pre-rendered, the button live.
    SECTION_BUTTON_CLASS = "section-button";
    /// A section's panel.
    PANEL_CLASS = "panel";
    /// Says what a control does when clicked: one of the `ACTION_*` values.
    ACTION_ATTRIBUTE = "data-action";
    /// A section header's: opens or closes its section.
    ACTION_TOGGLE = "toggle";
    /// "Show all sections": opens them all, or closes them all.
    ACTION_SHOW_ALL = "show-all";
    /// "Copy link": copies the section's address.
    ACTION_COPY_LINK = "copy-link";
    /// A pre-rendered header's panel (its `aria-controls` once it is a button).
    CONTROLS_ATTRIBUTE = "data-controls";
    /// Where "Copy link" says what it did.
    COPY_STATUS_CLASS = "copy-status";
    /// The address to copy by hand, where copying failed.
    COPY_URL_CLASS = "copy-url";
    /// A section header's id is its cause's id and this.
    HEADER_SUFFIX = "-header";
    /// A section panel's id is its cause's id and this.
    PANEL_SUFFIX = "-panel";
    /// The root of a CMS-safe article (`render --snippet cms`), which embed.js takes over.
    ARTICLE_ATTRIBUTE = "data-possible-causes";
    /// On an article's root: the element's attributes, as JSON.
    ARTICLE_ELEMENT_ATTRIBUTE = "data-pc-element";
    /// The fields a reader does not see (ids, the source's address), as JSON.
    ARTICLE_DATA_ATTRIBUTE = "data-pc-data";
    /// An object at this key (`key[]`: an item of that array) of the enclosing one.
    ARTICLE_OBJECT_ATTRIBUTE = "data-pc-object";
    /// The element's text is the string at this key (`key[]`: an item of that array).
    ARTICLE_TEXT_ATTRIBUTE = "data-pc-text";
}
