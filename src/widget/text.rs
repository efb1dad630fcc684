//! Every piece of text the widget itself adds around a topic's content, by
//! language. Topic text stays as its JSON wrote it.

use super::words::{self, Word, COUNT};
use crate::content::{check_date, fill};
use yew::{html, AttrValue, Html};

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
/// its key is then a lookup, not a match of every word in the wasm.)
#[derive(Debug, Clone, PartialEq)]
pub struct UiText {
    /// BCP 47 tag of these strings.
    pub lang: AttrValue,
    /// The host page's language: that of the words it replaced.
    host_lang: AttrValue,
    words: [AttrValue; COUNT],
    /// The words the host replaced, a bit each by [`Word`].
    replaced: u32,
}

impl std::ops::Index<Word> for UiText {
    type Output = AttrValue;

    fn index(&self, word: Word) -> &AttrValue {
        &self.words[word as usize]
    }
}

impl UiText {
    pub fn english() -> Self {
        Self::from_table("en", words::ENGLISH)
    }

    pub fn simplified_chinese() -> Self {
        Self::from_table("zh-CN", words::CHINESE)
    }

    /// The strings for the host's language tag: Simplified Chinese for `zh`,
    /// `zh-CN`, `zh-Hans…`; English otherwise. Words the host replaces are
    /// in its language (`lang` itself, where it gives one).
    pub fn for_lang(lang: &str) -> Self {
        let mut text = if words::speaks_simplified_chinese(lang) {
            Self::simplified_chinese()
        } else {
            Self::english()
        };
        if !lang.is_empty() {
            text.host_lang = AttrValue::from(lang.to_string());
        }
        text
    }

    fn from_table(lang: &'static str, words: [&'static str; COUNT]) -> Self {
        Self {
            lang: AttrValue::Static(lang),
            host_lang: AttrValue::Static(lang),
            words: words.map(AttrValue::Static),
            replaced: 0,
        }
    }

    /// Replaces the word named by `key` (a [`Word::key`]); false for an unknown key.
    pub fn set(&mut self, key: &str, value: &str) -> bool {
        match Word::from_key(key) {
            Some(word) => {
                self.words[word as usize] = AttrValue::from(value.to_string());
                self.replaced |= 1 << word as u32;
                true
            }
            None => false,
        }
    }

    /// The language `word` is in: the host's where it replaced the word.
    pub fn lang_of(&self, word: Word) -> &AttrValue {
        if self.replaced & (1 << word as u32) != 0 {
            &self.host_lang
        } else {
            &self.lang
        }
    }

    /// `word` as text inside an element in the language `around`; marked
    /// with its own language (and direction) where that differs, so a screen
    /// reader speaks it with the right voice.
    pub fn word(&self, word: Word, around: &str) -> Html {
        self.word_filled_in(word, self[word].clone(), around)
    }

    /// `text`, made from `word` (a filled-in template), as [`word`](Self::word) marks it.
    pub fn word_filled_in(&self, word: Word, text: AttrValue, around: &str) -> Html {
        let lang = self.lang_of(word);
        if lang.eq_ignore_ascii_case(around) {
            return html! { { text } };
        }
        html! { <span lang={lang.clone()} dir={direction(lang)}>{ text }</span> }
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

/// The writing direction of a language: right to left for the scripts
/// written so (Arabic, Hebrew, Persian, Urdu, …), else left to right.
pub fn direction(lang: &str) -> &'static str {
    const RIGHT_TO_LEFT: [&str; 10] = ["ar", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "ug", "ur"];
    let primary = lang.split(['-', '_']).next().unwrap_or_default();
    if RIGHT_TO_LEFT
        .iter()
        .any(|rtl| primary.eq_ignore_ascii_case(rtl))
    {
        "rtl"
    } else {
        "ltr"
    }
}

impl Default for UiText {
    fn default() -> Self {
        Self::english()
    }
}

// A bit each in `replaced`: a word past the 32nd would not compile.
const _: () = assert!(
    COUNT <= u32::BITS as usize,
    "more words than bits in UiText::replaced"
);
