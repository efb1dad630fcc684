use super::heading::Heading;
use crate::content::Medications;
use crate::widget::UiText;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MedicationListProps {
    pub medications: Medications,
    pub heading_level: u8,
    #[prop_or_default]
    pub text: UiText,
}

/// The medications a source names, always under the warning that they are
/// only for use under a doctor's guidance.
#[function_component(MedicationList)]
pub fn medication_list(props: &MedicationListProps) -> Html {
    let MedicationListProps { medications, heading_level, text } = props;
    html! {
        <div class="medications">
            <Heading level={*heading_level} class="subheading">{ text.medications }</Heading>
            <p class="doctor-only"><strong>{ text.doctor_only }</strong></p>
            <p>{ &medications.context }</p>
            <ul>
                { for medications.names.iter().map(|name| html! { <li>{ name }</li> }) }
            </ul>
        </div>
    }
}
