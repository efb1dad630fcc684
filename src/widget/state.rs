//! Which sections of the accordion are open. Sections are independent: any
//! number may be open at once.

use super::components::cause_section::CopyStatus;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccordionState {
    open: Vec<String>,
    /// The section whose link was last copied, and how that went.
    copied: Option<(String, CopyStatus)>,
}

pub enum Action {
    Toggle(String),
    /// Opens these sections, leaving the others as they are (deep links, find-in-page).
    Open(Vec<String>),
    /// Makes exactly these sections open ("Show all" with every id, "Hide all" with none).
    SetAll(Vec<String>),
    CopyStatus(String, CopyStatus),
}

impl AccordionState {
    pub fn is_open(&self, cause_id: &str) -> bool {
        self.open.iter().any(|id| id == cause_id)
    }

    pub fn open_count(&self) -> usize {
        self.open.len()
    }

    pub fn copy_status(&self, cause_id: &str) -> Option<&CopyStatus> {
        self.copied
            .as_ref()
            .filter(|(id, _)| id == cause_id)
            .map(|(_, status)| status)
    }
}

impl AccordionState {
    pub fn apply(&mut self, action: Action) {
        let open = &mut self.open;
        match action {
            Action::Toggle(id) => match open.iter().position(|open_id| *open_id == id) {
                Some(index) => {
                    open.swap_remove(index);
                }
                None => open.push(id),
            },
            Action::Open(ids) => {
                for id in ids {
                    if !open.contains(&id) {
                        open.push(id);
                    }
                }
            }
            Action::SetAll(ids) => *open = ids,
            Action::CopyStatus(id, status) => self.copied = Some((id, status)),
        }
    }
}
