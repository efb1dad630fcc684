//! The widget's own words, one row each: the word, the key a host sets it by
//! (`text-<key>`), and its English and Simplified Chinese. Everything else
//! that names a word (the enum, the keys, each language's table) is made
//! from these rows, so no two lists can fall out of step.
//!
//! Self-contained (nothing from the crate), so that the benchmark's floor
//! carries the same words as data (`bench/yew-floor`).

macro_rules! words {
    ($( $(#[$doc:meta])* $word:ident = $key:literal, en: $en:literal, zh: $zh:literal; )*) => {
        /// One of the widget's own words.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Word { $( $(#[$doc])* $word, )* }

        impl Word {
            /// Every word, in the table's order.
            pub const ALL: [Word; COUNT] = [$( Word::$word, )*];

            /// The attribute key (`text-<key>`) a host sets to replace it.
            pub fn key(self) -> &'static str {
                KEYS[self as usize]
            }

            /// The word whose key this is.
            pub fn from_key(key: &str) -> Option<Word> {
                KEYS.iter().position(|known| *known == key).map(|at| Word::ALL[at])
            }
        }

        pub const COUNT: usize = [$( $key, )*].len();
        /// Each word's key, by [`Word`].
        pub const KEYS: [&str; COUNT] = [$( $key, )*];
        /// Each word in English, by [`Word`].
        pub const ENGLISH: [&str; COUNT] = [$( $en, )*];
        /// Each word in Simplified Chinese, by [`Word`].
        pub const CHINESE: [&str; COUNT] = [$( $zh, )*];
    };
}

words! {
    ShowAll = "show-all", en: "Show all sections", zh: "展开全部";
    HideAll = "hide-all", en: "Hide all sections", zh: "收起全部";
    /// On a closed section's button, then `ThisSection` for screen readers.
    Show = "show", en: "Show", zh: "展开";
    Hide = "hide", en: "Hide", zh: "收起";
    ThisSection = "this-section", en: " this section", zh: "此部分";
    Why = "why", en: "Why it happens", zh: "原因";
    WhatHelps = "what-helps", en: "What helps", zh: "应对方法";
    Medications = "medications", en: "Medications", zh: "药物";
    DoctorOnly = "doctor-only", en: "Take these only under a doctor's guidance.", zh: "请仅在医生指导下使用。";
    WhereToGo = "where-to-go", en: "Where to get help", zh: "就诊科室";
    /// A department's link text; `{name}` is the department's name.
    DepartmentLink = "department-link", en: "{name} department", zh: "前往{name}";
    CopyLink = "copy-link", en: "Copy link to this section", zh: "复制本部分链接";
    LinkCopied = "link-copied", en: "Link copied", zh: "链接已复制";
    /// Before the link itself, where the browser would not let us copy it.
    CopyThisLink = "copy-this-link", en: "Copy this link:", zh: "复制此链接：";
    Source = "source", en: "Source", zh: "来源";
    Disclaimer = "disclaimer", en: "Disclaimer", zh: "免责声明";
    /// The footer's review line; `{date}` and `{by}` are filled in.
    Reviewed = "reviewed", en: "Reviewed {date} by {by}", zh: "{date}由{by}审核";
}

/// The polite notice a reader sees when a widget has nothing to show
/// (`text-error` replaces it). `embed.js` shows it, not the wasm: the build
/// writes these in, so the widget's wasm carries neither.
pub const NOTICE: Notice = Notice {
    en: "Sorry, this information can't be shown right now.",
    zh: "抱歉，此信息暂时无法显示。",
};

pub struct Notice {
    pub en: &'static str,
    pub zh: &'static str,
}

/// The language tags whose readers get the Simplified Chinese words: `zh`
/// itself, and any tag that starts with one of these (`zh-CN`, `zh-Hans-…`),
/// compared in lower case. The wasm (`UiText::for_lang`) and `embed.js`'s
/// notice (the build writes these in) choose by them.
pub const SIMPLIFIED_CHINESE: (&str, [&str; 3]) = ("zh", ["zh-cn", "zh-hans", "zh-sg"]);

/// Whether a reader of `lang` gets the Simplified Chinese words.
pub fn speaks_simplified_chinese(lang: &str) -> bool {
    let lower = lang.to_ascii_lowercase();
    let (exactly, prefixes) = SIMPLIFIED_CHINESE;
    lower == exactly || prefixes.iter().any(|prefix| lower.starts_with(prefix))
}
