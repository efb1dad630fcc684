pub mod accordion;
pub(super) mod cause_section;
mod department_links;
mod heading;
mod medication_list;
#[cfg(feature = "tool")]
pub mod plain_article;
