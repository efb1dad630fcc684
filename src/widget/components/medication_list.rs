use super::heading::heading;
use crate::content::Medications;
use crate::widget::{UiText, Word};
use yew::prelude::*;

/// The medications a source names, always under the warning that they are
/// only for use under a doctor's guidance.
pub fn medication_list(
    medications: &Medications,
    heading_level: u8,
    text: &UiText,
    lang: &str,
) -> Html {
    html! {
        <div class="medications" part="medications">
            { heading(heading_level, "subheading", None, text.word(Word::Medications, lang)) }
            <p class="doctor-only"><strong>{ text.word(Word::DoctorOnly, lang) }</strong></p>
            <p>{ &medications.context }</p>
            <ul>
                { for medications.names.iter().map(|name| html! { <li>{ name }</li> }) }
            </ul>
        </div>
    }
}
