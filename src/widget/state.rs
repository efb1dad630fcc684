//! Which sections of the accordion are open. Sections are independent: any
//! number may be open at once.

use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccordionState {
    open: Vec<String>,
}

pub enum Action {
    Toggle(String),
}

impl AccordionState {
    pub fn is_open(&self, cause_id: &str) -> bool {
        self.open.iter().any(|id| id == cause_id)
    }
}

impl Reducible for AccordionState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut open = self.open.clone();
        match action {
            Action::Toggle(id) => match open.iter().position(|open_id| *open_id == id) {
                Some(index) => {
                    open.swap_remove(index);
                }
                None => open.push(id),
            },
        }
        Rc::new(AccordionState { open })
    }
}
