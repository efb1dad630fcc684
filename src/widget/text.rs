//! Every piece of text the widget itself adds around a topic's content, by
//! language. Topic text stays as its JSON wrote it.

use crate::content::{check_date, fill};
use yew::AttrValue;

/// One of the widget's own words, in the order of [`KEYS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    ShowAll,
    HideAll,
    /// Shown on a closed section's button ("Show"), then `ThisSection` for screen readers.
    Show,
    Hide,
    ThisSection,
    Why,
    WhatHelps,
    Medications,
    DoctorOnly,
    WhereToGo,
    /// Link text for a department; `{name}` is the department's name.
    DepartmentLink,
    CopyLink,
    LinkCopied,
    /// Before the link itself, where the browser would not let us copy it.
    CopyThisLink,
    Source,
    Disclaimer,
    /// The footer's review line; `{date}` and `{by}` are filled in.
    Reviewed,
}

/// The attribute name (`text-<key>`) a host sets to replace each [`Word`], in its order.
pub const KEYS: [&str; 17] = [
    "show-all",
    "hide-all",
    "show",
    "hide",
    "this-section",
    "why",
    "what-helps",
    "medications",
    "doctor-only",
    "where-to-go",
    "department-link",
    "copy-link",
    "link-copied",
    "copy-this-link",
    "source",
    "disclaimer",
    "reviewed",
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The widget's own words in one language; a host may replace any of them.
/// (A table indexed by [`Word`] rather than a field per word: setting one by
/// its key is then a lookup, not a sixteen-way match in the wasm.)
#[derive(Debug, Clone, PartialEq)]
pub struct UiText {
    /// BCP 47 tag of these strings, set on elements that carry them.
    pub lang: AttrValue,
    words: [AttrValue; 17],
}

impl std::ops::Index<Word> for UiText {
    type Output = AttrValue;

    fn index(&self, word: Word) -> &AttrValue {
        &self.words[word as usize]
    }
}

impl UiText {
    pub fn english() -> Self {
        Self::from_table(
            "en",
            [
                "Show all sections",
                "Hide all sections",
                "Show",
                "Hide",
                " this section",
                "Why it happens",
                "What helps",
                "Medications",
                "Take these only under a doctor's guidance.",
                "Where to get help",
                "{name} department",
                "Copy link to this section",
                "Link copied",
                "Copy this link:",
                "Source",
                "Disclaimer",
                "Reviewed {date} by {by}",
            ],
        )
    }

    pub fn simplified_chinese() -> Self {
        Self::from_table(
            "zh-CN",
            [
                "展开全部",
                "收起全部",
                "展开",
                "收起",
                "此部分",
                "原因",
                "应对方法",
                "药物",
                "请仅在医生指导下使用。",
                "就诊科室",
                "前往{name}",
                "复制本部分链接",
                "链接已复制",
                "复制此链接：",
                "来源",
                "免责声明",
                "{date}由{by}审核",
            ],
        )
    }

    /// The strings for a language tag: Simplified Chinese for `zh`, `zh-CN`,
    /// `zh-Hans…`; English otherwise.
    pub fn for_lang(lang: &str) -> Self {
        let lang = lang.to_ascii_lowercase();
        let chinese = lang == "zh"
            || lang.starts_with("zh-cn")
            || lang.starts_with("zh-hans")
            || lang.starts_with("zh-sg");
        if chinese {
            Self::simplified_chinese()
        } else {
            Self::english()
        }
    }

    fn from_table(lang: &'static str, words: [&'static str; 17]) -> Self {
        Self {
            lang: AttrValue::Static(lang),
            words: words.map(AttrValue::Static),
        }
    }

    /// The word named by `key` (one of `KEYS`).
    pub fn by_key(&self, key: &str) -> Option<&AttrValue> {
        let index = KEYS.iter().position(|known| *known == key)?;
        Some(&self.words[index])
    }

    /// Replaces the word named by `key` (one of `KEYS`); false for an unknown key.
    pub fn set(&mut self, key: &str, value: &str) -> bool {
        match KEYS.iter().position(|known| *known == key) {
            Some(index) => {
                self.words[index] = AttrValue::from(value.to_string());
                true
            }
            None => false,
        }
    }

    pub fn department_link(&self, name: &str) -> String {
        fill(&self[Word::DepartmentLink], "{name}", name)
    }

    /// "Reviewed 1 November 2026 by …" (in Chinese "2026年11月1日由…审核")
    /// for an ISO date, written as the words' language writes dates.
    pub fn reviewed(&self, date: &str, by: &str) -> String {
        let written = match check_date(date) {
            Ok((year, month, day)) if self.lang == "zh-CN" => format!("{year}年{month}月{day}日"),
            Ok((year, month, day)) => format!("{day} {} {year}", MONTHS[month as usize - 1]),
            Err(_) => date.to_string(),
        };
        fill(&fill(&self[Word::Reviewed], "{date}", &written), "{by}", by)
    }
}

impl Default for UiText {
    fn default() -> Self {
        Self::english()
    }
}
