/// Every piece of text the widget itself adds around the topic's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UiText {
    pub why: &'static str,
    pub what_helps: &'static str,
    pub medications: &'static str,
    pub doctor_only: &'static str,
    pub where_to_go: &'static str,
    /// Link text for a department; `{name}` is the department's name.
    pub department_link: &'static str,
    pub source: &'static str,
    pub disclaimer: &'static str,
}

impl UiText {
    pub const ENGLISH: UiText = UiText {
        why: "Why it happens",
        what_helps: "What helps",
        medications: "Medications",
        doctor_only: "Take these only under a doctor's guidance.",
        where_to_go: "Where to get help",
        department_link: "{name} department",
        source: "Source",
        disclaimer: "Disclaimer",
    };

    pub fn department_link(&self, name: &str) -> String {
        self.department_link.replace("{name}", name)
    }
}

impl Default for UiText {
    fn default() -> Self {
        Self::ENGLISH
    }
}
