//! `possible-causes import`: an article in the fixed plain-text form to a
//! topic draft that says only what the article says and passes the rules;
//! what the article cannot say is listed for the editor; a departure from
//! the form stops the import with its line. The articles written here follow
//! the form with words of their own.
#![cfg(all(feature = "tool", not(target_arch = "wasm32")))]

use possible_causes::content::import::{import, Draft};
use possible_causes::content::{builtin_departments, load_topic, Topic};
use std::process::Command;

const ARTICLE: &str = include_str!("../content/sources/mirena-lower-back-pain.en.txt");
const TOPIC: &str = include_str!("../content/topics/mirena-lower-back-pain.json");

fn draft(article: &str) -> Draft {
    import(article, &builtin_departments()).unwrap_or_else(|error| panic!("{error}"))
}

/// Every sentence of the draft's causes is the article's own, or the one
/// reviewed paraphrase for other conditions; every medication is named there.
fn assert_only_the_article_s_words(topic: &Topic, article: &str) {
    let lower = article.to_lowercase();
    for cause in topic.causes() {
        for sentence in cause.explanation.iter().chain(&cause.care) {
            let paraphrase = format!("{} may also cause similar symptoms.", cause.title);
            assert!(
                article.contains(sentence.as_str()) || *sentence == paraphrase,
                "not the article's: {sentence:?}"
            );
        }
        for name in cause.medications.iter().flat_map(|m| &m.names) {
            assert!(
                lower.contains(&name.to_lowercase()),
                "not named in the article: {name:?}"
            );
        }
    }
    assert!(article.contains(&topic.advice) && article.starts_with(&topic.title));
}

/// The draft's JSON passes the widget's rules.
fn assert_checks(topic: &Topic) {
    let json = serde_json::to_string_pretty(topic).unwrap();
    if let Err(errors) = load_topic(&json, builtin_departments()) {
        panic!("the draft breaks rules: {errors:?}");
    }
}

#[test]
fn the_built_in_article_with_the_editor_s_choices_is_the_built_in_topic() {
    let Draft { mut topic, confirm } = draft(ARTICLE);
    assert_checks(&topic);
    assert_only_the_article_s_words(&topic, ARTICLE);
    assert_eq!(confirm.len(), 4, "{confirm:#?}");
    assert!(confirm[0].contains("\"non-disease-factors-cause\""));
    assert!(confirm[2].contains("(gynecology, orthopedics)"));
    assert!(
        confirm[3].contains("what-are-the-causes-of-lower-back-pain-after-inserting-a-mirena-iud")
    );
    // The choices the tool listed, as the editor made them.
    topic.id = "mirena-lower-back-pain".into();
    let first = &mut topic.groups[0].causes[0];
    first.title = "Uterine contractions".into();
    first.id = "uterine-contractions".into();
    let treats = [
        ["gynecology"],
        ["gynecology"],
        ["orthopedics"],
        ["orthopedics"],
        ["orthopedics"],
    ];
    for (cause, departments) in topic
        .groups
        .iter_mut()
        .flat_map(|g| g.causes.iter_mut())
        .zip(treats)
    {
        cause.departments = departments.iter().map(|d| d.to_string()).collect();
    }
    let built_in: serde_json::Value = serde_json::from_str(TOPIC).unwrap();
    assert_eq!(serde_json::to_value(&topic).unwrap(), built_in);
}

const THREE_CAUSES: &str = "\
Why does my knee ache after a long run?
A knee that aches after a long run may be tired, or it may be a sign of an injury. It is recommended to rest and see a doctor if it persists. Specific analysis is as follows:
I. Non-disease factors
Running for a long time loads the joint, and the muscles around it tire.
II. Disease factors
1. Patellar tendinitis
Repeated strain irritates the tendon below the kneecap. It is recommended to rest the knee.
In addition, other conditions such as meniscus tears may also cause similar symptoms. If the ache lasts, it is advisable to visit relevant departments such as sports medicine at a hospital for an examination.
";

#[test]
fn three_causes_one_new_department_and_no_medications() {
    let Draft { topic, confirm } = draft(THREE_CAUSES);
    assert_checks(&topic);
    assert_only_the_article_s_words(&topic, THREE_CAUSES);
    let causes: Vec<&str> = topic.causes().map(|c| c.title.as_str()).collect();
    assert_eq!(
        causes,
        [
            "Non-disease factors",
            "Patellar tendinitis",
            "Meniscus tears"
        ]
    );
    assert!(topic.causes().all(|c| c.medications.is_none()));
    assert_eq!(
        topic.groups[1].causes[0].care,
        ["It is recommended to rest the knee."]
    );
    assert_eq!(
        topic.groups[2].causes[0].explanation,
        ["Meniscus tears may also cause similar symptoms."]
    );
    assert!(topic.causes().all(|c| c.departments == ["sports-medicine"]));
    let new = topic
        .departments
        .get("sports-medicine")
        .expect("a new department for the editor");
    assert_eq!(new.name.as_deref(), Some("Sports medicine"));
    assert!(confirm
        .iter()
        .any(|c| c.contains("department 'sports-medicine' is not among the known ones")));
    assert_eq!(topic.lead, "A knee that aches after a long run may be tired, or it may be a sign of an injury. It is recommended to rest and see a doctor if it persists.");
}

const SIX_CAUSES: &str = "\
What are the causes of an itchy rash after a new detergent?
An itchy rash after changing detergent may come from irritation, or from a skin condition. It is recommended to find the cause under a doctor's guidance.
I. Non-disease factors
Residue of the detergent on clothes can irritate the skin for a day or two.
II. Disease factors
1. Contact dermatitis
The skin reacts to a substance it touches. Cool compresses may help soothe the skin. If necessary, medications such as hydrocortisone cream or calamine lotion may be prescribed.
2. Eczema
Dry, sensitive skin flares when irritated.
3. Urticaria
Hives appear as raised welts that come and go. When necessary, medications such as cetirizine tablets, loratadine tablets, or fexofenadine tablets may be used to relieve itching.
In addition, other conditions such as scabies and fungal infection may also cause similar symptoms. If symptoms are significant, it is advisable to visit relevant departments such as dermatology, gynecology, or orthopedics at a hospital for diagnosis.
";

#[test]
fn six_causes_three_departments_with_and_without_medications() {
    let Draft { topic, .. } = draft(SIX_CAUSES);
    assert_checks(&topic);
    assert_only_the_article_s_words(&topic, SIX_CAUSES);
    assert_eq!(topic.causes().count(), 6);
    let dermatitis = &topic.groups[1].causes[0];
    assert_eq!(
        dermatitis.care,
        ["Cool compresses may help soothe the skin."]
    );
    let medications = dermatitis.medications.as_ref().unwrap();
    assert_eq!(
        medications.context,
        "If necessary, medications such as these may be prescribed:"
    );
    assert_eq!(
        medications.names,
        ["Hydrocortisone cream", "Calamine lotion"]
    );
    let urticaria = topic.groups[1].causes[2].medications.as_ref().unwrap();
    assert_eq!(
        urticaria.context,
        "When necessary, medications such as these may be used to relieve itching:"
    );
    assert_eq!(
        urticaria.names,
        [
            "Cetirizine tablets",
            "Loratadine tablets",
            "Fexofenadine tablets"
        ]
    );
    assert!(topic.groups[1].causes[1].medications.is_none());
    assert_eq!(
        topic.groups[0].causes[0].departments,
        ["dermatology", "gynecology", "orthopedics"]
    );
    assert!(
        topic.departments.get("dermatology").is_some()
            && topic.departments.get("gynecology").is_none()
    );
}

#[test]
fn a_departure_from_the_form_stops_the_import_with_its_line() {
    let no_part_two = THREE_CAUSES.replace("II. Disease factors\n", "");
    let error = import(&no_part_two, &builtin_departments()).unwrap_err();
    assert_eq!(
        (error.line, error.expected.contains("\"II. \"")),
        (5, true),
        "{error}"
    );

    let cause_without_text = SIX_CAUSES.replace("Dry, sensitive skin flares when irritated.\n", "");
    let error = import(&cause_without_text, &builtin_departments()).unwrap_err();
    assert_eq!(error.line, 9, "{error}");
    assert!(
        error.expected.contains("the text of cause 2 (\"Eczema\")"),
        "{error}"
    );

    let unreadable = SIX_CAUSES.replace(
        "medications such as hydrocortisone cream or calamine lotion may be prescribed.",
        "medications such as may be prescribed.",
    );
    let error = import(&unreadable, &builtin_departments()).unwrap_err();
    assert_eq!(error.line, 7, "{error}");
    assert!(
        error.expected.contains("a medications sentence such as"),
        "{error}"
    );

    // An article that stops after "II." points at the line after its last.
    let ends_early = THREE_CAUSES
        .lines()
        .take_while(|line| !line.starts_with("1. "))
        .collect::<Vec<_>>()
        .join("\n");
    let error = import(&ends_early, &builtin_departments()).unwrap_err();
    assert_eq!(error.line, ends_early.lines().count() + 1, "{error}");
    assert!(error.expected.contains("a numbered cause"), "{error}");

    let no_question = THREE_CAUSES.replacen('?', ".", 1);
    assert_eq!(
        import(&no_question, &builtin_departments())
            .unwrap_err()
            .line,
        1
    );
}

#[test]
fn the_command_prints_the_draft_and_the_points_to_confirm_or_refuses_with_the_line() {
    let tool = env!("CARGO_BIN_EXE_possible-causes");
    let output = Command::new(tool)
        .args(["import", "content/sources/mirena-lower-back-pain.en.txt"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let draft: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(draft["groups"].as_array().unwrap().len(), 3);
    assert!(String::from_utf8_lossy(&output.stderr).contains("confirm before publishing"));

    let dir = std::env::temp_dir().join(format!("possible-causes-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let broken = dir.join("broken.txt");
    std::fs::write(&broken, THREE_CAUSES.replace("II. Disease factors\n", "")).unwrap();
    let output = Command::new(tool)
        .arg("import")
        .arg(&broken)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("line 5: \"II. \""), "{stderr}");
    assert!(!stderr.contains("panicked"));
}
