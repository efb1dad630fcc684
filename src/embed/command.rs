//! What `embed.js` asks of a mounted widget: the element's methods, by their
//! names in the element's description (`tests/embed_config.rs` holds the two
//! together), and `unmount`. Pure, so it is tested natively.

/// One of the element's methods, or the end of the widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Show,
    Hide,
    ShowAll,
    HideAll,
    /// Once, when the element leaves the page or its attributes change.
    Unmount,
}

impl Command {
    pub const ALL: [Command; 5] = [
        Self::Show,
        Self::Hide,
        Self::ShowAll,
        Self::HideAll,
        Self::Unmount,
    ];

    /// Its name as `embed.js` sends it: the method's.
    pub fn name(self) -> &'static str {
        match self {
            Self::Show => "show",
            Self::Hide => "hide",
            Self::ShowAll => "showAll",
            Self::HideAll => "hideAll",
            Self::Unmount => "unmount",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "show" => Self::Show,
            "hide" => Self::Hide,
            "showAll" => Self::ShowAll,
            "hideAll" => Self::HideAll,
            "unmount" => Self::Unmount,
            _ => return None,
        })
    }
}
