//! The built-in topic says what its source article says, and nothing more.
#![cfg(not(target_arch = "wasm32"))]

use possible_causes::content::{builtin_topic, ValidTopic};

const ARTICLE: &str = include_str!("../content/sources/mirena-lower-back-pain.en.txt");

/// Sentences of the topic that restate the article in other words. Each was
/// checked by hand against the article; anything else must be quoted from it.
const REVIEWED_PARAPHRASES: &[&str] = &[
    "If necessary, medications such as these may be prescribed:",
    "When necessary, under medical supervision, medications such as these may be used to relieve pain:",
    "Muscle or ligament strain may also cause similar symptoms.",
    "Skeletal abnormalities may also cause similar symptoms.",
];

fn topic() -> ValidTopic {
    builtin_topic("mirena-lower-back-pain").expect("built-in topic")
}

fn normalized(text: &str) -> String {
    text.to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn in_article(text: &str) -> bool {
    normalized(ARTICLE).contains(&normalized(text))
}

fn sentences(text: &str) -> Vec<String> {
    text.split_inclusive(". ")
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn the_question_and_every_cause_of_the_article_are_present() {
    let topic = topic().topic;
    assert!(in_article(&topic.title), "title is the article's question");
    let causes: Vec<String> = topic
        .groups
        .iter()
        .flat_map(|g| &g.causes)
        .map(|c| c.title.to_lowercase())
        .collect();
    for named in [
        "uterine contractions",
        "chronic pelvic inflammatory disease",
        "lumbar disc herniation",
        "muscle or ligament strain",
        "skeletal abnormalities",
    ] {
        assert!(in_article(named), "'{named}' is named by the article");
        assert!(
            causes.contains(&named.to_string()),
            "'{named}' is missing from the topic: {causes:?}"
        );
    }
    assert_eq!(
        causes.len(),
        5,
        "the topic has causes the article does not name: {causes:?}"
    );
    let groups: Vec<&str> = topic.groups.iter().map(|g| g.title.as_str()).collect();
    assert_eq!(
        groups,
        ["Non-disease factors", "Disease factors", "Other conditions"]
    );
}

#[test]
fn every_sentence_is_the_article_s_own_or_a_reviewed_paraphrase() {
    let topic = topic().topic;
    let mut texts = vec![topic.lead.clone(), topic.advice.clone()];
    for cause in topic.groups.iter().flat_map(|g| &g.causes) {
        texts.extend(cause.explanation.iter().cloned());
        texts.extend(cause.care.iter().cloned());
        if let Some(medications) = &cause.medications {
            texts.push(medications.context.clone());
        }
    }
    for sentence in texts.iter().flat_map(|t| sentences(t)) {
        assert!(
            in_article(&sentence) || REVIEWED_PARAPHRASES.contains(&sentence.as_str()),
            "not in the article: {sentence:?}"
        );
    }
}

#[test]
fn medications_are_exactly_the_article_s_and_never_carry_doses() {
    let topic = topic().topic;
    let by_cause = |id: &str| -> Vec<String> {
        let cause = topic
            .groups
            .iter()
            .flat_map(|g| &g.causes)
            .find(|c| c.id == id)
            .unwrap();
        cause
            .medications
            .as_ref()
            .map(|m| m.names.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        by_cause("chronic-pelvic-inflammatory-disease"),
        [
            "Oral levofloxacin hydrochloride capsules",
            "Ofloxacin tablets",
            "Clindamycin hydrochloride capsules"
        ]
    );
    assert_eq!(
        by_cause("lumbar-disc-herniation"),
        [
            "Diclofenac sodium sustained-release tablets",
            "Ibuprofen sustained-release capsules",
            "Celecoxib capsules"
        ]
    );
    for id in [
        "uterine-contractions",
        "muscle-or-ligament-strain",
        "skeletal-abnormalities",
    ] {
        assert!(
            by_cause(id).is_empty(),
            "{id}: the article names no medication for it"
        );
    }
    for name in by_cause("chronic-pelvic-inflammatory-disease")
        .iter()
        .chain(&by_cause("lumbar-disc-herniation"))
    {
        assert!(in_article(name), "{name} is not in the article");
        assert!(
            !name.chars().any(|c| c.is_ascii_digit()),
            "{name} carries a dose"
        );
    }
}

#[test]
fn departments_follow_the_article_s_advice() {
    let loaded = topic();
    assert!(in_article("gynecology or orthopedics"));
    for cause in loaded.topic.groups.iter().flat_map(|g| &g.causes) {
        for department in &cause.departments {
            assert!(
                ["gynecology", "orthopedics"].contains(&department.as_str()),
                "{}: {department}",
                cause.id
            );
        }
    }
    assert!(loaded.topic.advice.contains("gynecology or orthopedics"));
    assert!(normalized(&loaded.topic.disclaimer).contains("does not replace a doctor's diagnosis"));
    assert!(normalized(&loaded.topic.lead).contains("under a doctor's guidance"));
}
