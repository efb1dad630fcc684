//! What a reader has done in the accordion, and every change to it, as pure
//! data: which sections are open (any number at once) and how the last
//! "copy link" went. The component applies an [`Action`] and reports the
//! sections it changed; nothing here touches a page.

/// What became of the last "copy link" in a section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CopyStatus {
    Copied,
    /// The browser refused the clipboard: the reader gets the link to copy by hand.
    CopyByHand(String),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccordionState {
    open: Vec<String>,
    /// The section whose link was last copied, and how that went.
    copied: Option<(String, CopyStatus)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Toggle(String),
    /// Opens these sections, leaving the others as they are (deep links, find-in-page).
    Open(Vec<String>),
    /// Closes these sections, leaving the others as they are (the element's `hide()`, `hideAll()`).
    Close(Vec<String>),
    /// "Show all sections" / "Hide all sections" over these (all the topic's) ids:
    /// opens every one unless all are open, then closes every one.
    ToggleAll(Vec<String>),
    CopyStatus(String, CopyStatus),
}

/// A section whose state an action changed: its id and whether it is open now.
pub type Change = (String, bool);

impl AccordionState {
    pub fn is_open(&self, cause_id: &str) -> bool {
        self.open.iter().any(|id| id == cause_id)
    }

    /// Whether every one of `ids` is open ("Hide all sections" is then offered).
    pub fn all_open<'a>(&self, mut ids: impl Iterator<Item = &'a str>) -> bool {
        ids.all(|id| self.is_open(id))
    }

    pub fn copy_status(&self, cause_id: &str) -> Option<&CopyStatus> {
        self.copied
            .as_ref()
            .filter(|(id, _)| id == cause_id)
            .map(|(_, status)| status)
    }

    /// Applies `action`; the sections it opened or closed, in the order given.
    pub fn apply(&mut self, action: Action) -> Vec<Change> {
        let mut changes = Vec::new();
        match action {
            Action::Toggle(id) => {
                let opening = !self.is_open(&id);
                self.set(&id, opening);
                changes.push((id, opening));
            }
            Action::Open(ids) => self.set_all(ids, true, &mut changes),
            Action::Close(ids) => self.set_all(ids, false, &mut changes),
            Action::ToggleAll(ids) => {
                let opening = !self.all_open(ids.iter().map(String::as_str));
                for id in ids {
                    if self.is_open(&id) != opening {
                        self.set(&id, opening);
                        changes.push((id, opening));
                    }
                }
            }
            Action::CopyStatus(id, status) => self.copied = Some((id, status)),
        }
        changes
    }

    fn set_all(&mut self, ids: Vec<String>, open: bool, changes: &mut Vec<Change>) {
        for id in ids {
            if self.is_open(&id) != open {
                self.set(&id, open);
                changes.push((id, open));
            }
        }
    }

    fn set(&mut self, id: &str, open: bool) {
        if open {
            self.open.push(id.to_string());
        } else {
            self.open.retain(|open_id| open_id != id);
        }
    }
}
