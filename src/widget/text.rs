//! Every piece of text the widget itself adds around a topic's content, by
//! language. Topic text stays as its JSON wrote it.

use yew::AttrValue;

/// The widget's own words. A host may replace any of them (see `KEYS`).
#[derive(Debug, Clone, PartialEq)]
pub struct UiText {
    /// BCP 47 tag of these strings, set on elements that carry them.
    pub lang: AttrValue,
    pub show_all: AttrValue,
    pub hide_all: AttrValue,
    /// Shown on a closed section's button ("Show"), then `this_section` for screen readers.
    pub show: AttrValue,
    pub hide: AttrValue,
    pub this_section: AttrValue,
    pub why: AttrValue,
    pub what_helps: AttrValue,
    pub medications: AttrValue,
    pub doctor_only: AttrValue,
    pub where_to_go: AttrValue,
    /// Link text for a department; `{name}` is the department's name.
    pub department_link: AttrValue,
    pub copy_link: AttrValue,
    pub link_copied: AttrValue,
    /// Before the link itself, where the browser would not let us copy it.
    pub copy_this_link: AttrValue,
    pub source: AttrValue,
    pub disclaimer: AttrValue,
}

/// The attribute name (`text-<key>`) a host sets to replace each string.
pub const KEYS: [&str; 16] = [
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
];

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

    fn from_table(lang: &'static str, t: [&'static str; 16]) -> Self {
        Self {
            lang: AttrValue::Static(lang),
            show_all: t[0].into(),
            hide_all: t[1].into(),
            show: t[2].into(),
            hide: t[3].into(),
            this_section: t[4].into(),
            why: t[5].into(),
            what_helps: t[6].into(),
            medications: t[7].into(),
            doctor_only: t[8].into(),
            where_to_go: t[9].into(),
            department_link: t[10].into(),
            copy_link: t[11].into(),
            link_copied: t[12].into(),
            copy_this_link: t[13].into(),
            source: t[14].into(),
            disclaimer: t[15].into(),
        }
    }

    /// Replaces the string named by `key` (one of `KEYS`); false for an unknown key.
    pub fn set(&mut self, key: &str, value: &str) -> bool {
        let slot = match key {
            "show-all" => &mut self.show_all,
            "hide-all" => &mut self.hide_all,
            "show" => &mut self.show,
            "hide" => &mut self.hide,
            "this-section" => &mut self.this_section,
            "why" => &mut self.why,
            "what-helps" => &mut self.what_helps,
            "medications" => &mut self.medications,
            "doctor-only" => &mut self.doctor_only,
            "where-to-go" => &mut self.where_to_go,
            "department-link" => &mut self.department_link,
            "copy-link" => &mut self.copy_link,
            "link-copied" => &mut self.link_copied,
            "copy-this-link" => &mut self.copy_this_link,
            "source" => &mut self.source,
            "disclaimer" => &mut self.disclaimer,
            _ => return false,
        };
        *slot = AttrValue::from(value.to_string());
        true
    }

    pub fn department_link(&self, name: &str) -> String {
        fill(&self.department_link, "{name}", name)
    }
}

/// `template` with every `token` replaced by `value`. (str::replace would bring
/// a general substring searcher into the wasm for these few short templates.)
pub fn fill(template: &str, token: &str, value: &str) -> String {
    let mut filled = String::with_capacity(template.len() + value.len());
    let mut rest = template;
    while let Some(at) = rest
        .as_bytes()
        .windows(token.len())
        .position(|window| window == token.as_bytes())
    {
        filled.push_str(&rest[..at]);
        filled.push_str(value);
        rest = &rest[at + token.len()..];
    }
    filled.push_str(rest);
    filled
}

impl Default for UiText {
    fn default() -> Self {
        Self::english()
    }
}
