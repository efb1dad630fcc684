//! The command-line tool, run as a web team or an editor runs it. render: the snippet on
//! stdout; for bad input, the browser's messages on stderr, exit status 1,
//! nothing on stdout.
#![cfg(all(feature = "tool", not(target_arch = "wasm32")))]

use std::process::{Command, Output};

const BASE: &str = "https://cdn.example/possible-causes/v0.1.0/";
const TOPIC: &str = include_str!("../content/topics/mirena-lower-back-pain.json");

/// The native tool run with `command` and `args`.
fn tool(command: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_possible-causes"))
        .arg(command)
        .args(args)
        .output()
        .expect("the binary runs")
}

fn render(args: &[&str]) -> Output {
    tool("render", args)
}

fn topic_file(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("possible-causes-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

/// `render`'s stdout and stderr, once it has succeeded.
fn rendered(args: &[&str]) -> (String, String) {
    let output = render(args);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{stderr}");
    (String::from_utf8(output.stdout).unwrap(), stderr)
}

fn assert_refused(output: &Output, expected: &[&str]) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        output.stdout.is_empty(),
        "nothing on stdout: {}",
        String::from_utf8_lossy(&output.stdout)
    );
    for line in expected {
        assert!(stderr.contains(line), "stderr lacks {line:?}:\n{stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_built_in_topic_renders_to_a_complete_snippet() {
    let (html, stderr) = rendered(&[
        "--topic",
        "mirena-lower-back-pain",
        "--department-href",
        "https://clinic.example/departments/{department}",
        "--widget-base",
        BASE,
    ]);
    assert!(html.starts_with("<possible-causes topic=\"mirena-lower-back-pain\" department-href=\"https://clinic.example/departments/{department}\" lang=\"en\">"), "{}", &html[..200]);
    assert!(html.contains("<template shadowrootmode=\"open\"><style>"));
    assert!(html.contains("href=\"https://clinic.example/departments/orthopedics\""));
    assert!(html.contains(&format!("<script async src=\"{BASE}embed.js\"></script>")));
    let ld_start = html.find("<script type=\"application/ld+json\">").unwrap()
        + "<script type=\"application/ld+json\">".len();
    let ld_end = ld_start + html[ld_start..].find("</script>").unwrap();
    let ld: serde_json::Value = serde_json::from_str(&html[ld_start..ld_end]).unwrap();
    assert_eq!(ld["@type"], "MedicalWebPage");
    assert_eq!(ld["about"].as_array().unwrap().len(), 5);
    assert!(stderr.contains("style-src 'sha256-"), "{stderr}");
}

#[test]
fn a_topic_file_of_the_clinic_s_own_is_carried_as_inline_json() {
    let own = TOPIC
        .replacen("\"mirena-lower-back-pain\"", "\"clinic-back-pain\"", 1)
        .replacen("Uterine contractions", "Uterine </script> contractions", 1);
    let (html, _) = rendered(&[
        &topic_file("own.json", &own),
        "--widget-base",
        BASE,
        "--heading-level",
        "4",
    ]);
    assert!(
        !html.contains(" topic=\""),
        "an inline topic needs no topic attribute"
    );
    assert!(html.contains("<script type=\"application/json\">"));
    assert!(
        html.contains("Uterine <\\/script> contractions"),
        "</ inside the JSON is written <\\/"
    );
    assert!(html.contains("<h4 data-kind=\"section-heading\">"));
}

/// `render`'s arguments that are refused, each with what its refusal says.
const REFUSED_RENDERS: &[(&[&str], &str)] = &[
    (
        &["--topic", "knee-pain", "--widget-base", BASE],
        "possible-causes: @topic: unknown topic 'knee-pain'; known topics: mirena-lower-back-pain",
    ),
    (
        &[
            "--department-href",
            "javascript:alert('{department}')",
            "--widget-base",
            BASE,
        ],
        "@department-href: unsafe link scheme 'javascript:'",
    ),
    (
        &["--heading-level", "9", "--widget-base", BASE],
        "@heading-level: '9' is not a number from 2 to 6",
    ),
    (
        &["--theme", "purple", "--widget-base", BASE],
        "@theme: 'purple' is not light, dark or auto",
    ),
    (
        &["--widget-base", "data:text/html,x"],
        "--widget-base: unsafe link scheme 'data:'",
    ),
    (&[], "--widget-base is required"),
    (&["--widget-base"], "--widget-base needs a value"),
    (
        &["--colour", "red", "--widget-base", BASE],
        "unknown option --colour",
    ),
    (
        &["--snippet", "amp", "--widget-base", BASE],
        "--snippet takes prerendered or cms, not 'amp'",
    ),
    (&["--snippet", "prerendered"], "--widget-base is required"),
];

#[test]
fn bad_input_gets_the_browser_s_messages_and_exit_status_1() {
    for (args, refusal) in REFUSED_RENDERS {
        assert_refused(&render(args), &[refusal]);
    }
    let broken = topic_file("broken.json", "{\"id\": ");
    assert_refused(
        &render(&[&broken, "--widget-base", BASE]),
        &["not valid JSON"],
    );
    let bad_rule = topic_file(
        "bad.json",
        &TOPIC.replacen(
            "\"departments\": [\"gynecology\"]",
            "\"departments\": [\"gyno\"]",
            1,
        ),
    );
    assert_refused(
        &render(&[&bad_rule, "--widget-base", BASE]),
        &["groups[0].causes[0].departments[0]: unknown department 'gyno'"],
    );
    assert_refused(
        &render(&["/no/such/topic.json", "--widget-base", BASE]),
        &["/no/such/topic.json: cannot read"],
    );
    let not_text = topic_file("binary.json", "\u{0}");
    let mut bytes = std::fs::read(&not_text).unwrap();
    bytes.extend([0xff, 0xfe]);
    std::fs::write(&not_text, bytes).unwrap();
    assert_refused(
        &render(&[&not_text, "--widget-base", BASE]),
        &["not UTF-8 text"],
    );
}

#[test]
fn unknown_commands_are_refused_with_the_usage() {
    assert_refused(
        &tool("publish", &[]),
        &["unknown command 'publish'", "usage: possible-causes render"],
    );
}

fn check(args: &[&str]) -> Output {
    tool("check", args)
}

#[test]
fn check_accepts_the_built_in_topic_and_reports_every_problem_of_every_file() {
    let good = check(&["content/topics/mirena-lower-back-pain.json"]);
    assert_eq!(
        good.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&good.stdout)
    );
    assert!(good.stdout.is_empty());

    let two_problems = topic_file(
        "two.json",
        &TOPIC
            .replacen(
                "\"departments\": [\"gynecology\"]",
                "\"departments\": [\"gyno\"]",
                1,
            )
            .replacen("\"title\": \"Disease factors\"", "\"title\": \" \"", 1),
    );
    let broken = topic_file("broken-check.json", "{\"id\": ");
    let empty = topic_file("empty.json", "  \n");
    let latin1 = topic_file("latin1.json", "");
    std::fs::write(&latin1, b"{\"id\": \"caf\xe9\"}").unwrap();
    let output = check(&[
        &two_problems,
        &broken,
        &empty,
        "/no/such/file.json",
        &latin1,
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 6, "{stdout}");
    assert!(
        lines[0].starts_with(&format!(
            "{two_problems}: groups[0].causes[0].departments[0]: unknown department 'gyno'"
        )),
        "{stdout}"
    );
    assert_eq!(
        lines[1],
        format!("{two_problems}: groups[1].title: must not be empty")
    );
    assert!(
        lines[2].starts_with(&format!("{broken}: not valid JSON")),
        "{stdout}"
    );
    assert_eq!(lines[3], format!("{empty}: the file is empty"));
    assert_eq!(lines[5], format!("{latin1}: not UTF-8 text"));
    assert!(
        lines[4].starts_with("/no/such/file.json: cannot read"),
        "{stdout}"
    );
    assert!(!String::from_utf8_lossy(&output.stderr).contains("panicked"));
}

#[test]
fn check_speaks_json_for_an_editor_s_ci_and_reads_a_departments_file() {
    let departments = topic_file(
        "departments.json",
        r#"{ "gynecology": { "name": "Gynecology", "description": "Women's health.", "link": "javascript:x" } }"#,
    );
    let output = check(&[
        "--departments",
        &departments,
        "--format",
        "json",
        "content/topics/mirena-lower-back-pain.json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let problems: serde_json::Value = serde_json::from_slice(&output.stdout).expect("a JSON array");
    let problems = problems.as_array().unwrap();
    assert_eq!(problems[0]["file"], departments.as_str());
    assert_eq!(problems[0]["path"], "gynecology.link");
    assert!(problems[0]["message"]
        .as_str()
        .unwrap()
        .contains("unsafe link scheme 'javascript:'"));
    assert_eq!(
        problems.len(),
        1,
        "the catalog that failed is not used for the topic: {problems:?}"
    );

    let clean = check(&[
        "--format",
        "json",
        "content/topics/mirena-lower-back-pain.json",
    ]);
    assert_eq!(clean.status.code(), Some(0));
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&clean.stdout).unwrap(),
        serde_json::json!([])
    );
}

#[test]
fn check_refuses_a_review_date_that_is_not_real_or_lies_in_the_future() {
    let reviewed = |date: &str| {
        TOPIC.replacen(
            "\"source\": {",
            &format!("\"reviewed\": {{ \"date\": \"{date}\", \"by\": \"Dr. A. Example\" }},\n  \"source\": {{"),
            1,
        )
    };
    let past = topic_file("past.json", &reviewed("2026-11-01"));
    assert_eq!(check(&[&past]).status.code(), Some(0));
    let future = topic_file("future.json", &reviewed("2999-01-01"));
    let output = check(&[&future]);
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.starts_with(&format!(
            "{future}: reviewed.date: '2999-01-01' lies in the future (today is 20"
        )),
        "{stdout}"
    );
    let unreal = topic_file("unreal.json", &reviewed("2026-04-31"));
    let stdout = String::from_utf8(check(&[&unreal]).stdout).unwrap();
    assert!(
        stdout.contains("reviewed.date: '2026-04-31' is not a day of that month (it has 30)"),
        "{stdout}"
    );
}

#[test]
fn a_reviewed_topic_carries_its_review_into_the_json_ld() {
    let own = TOPIC.replacen(
        "\"source\": {",
        "\"reviewed\": { \"date\": \"2026-11-01\", \"by\": \"Dr. A. Example\" },\n  \"source\": {",
        1,
    );
    let (html, _) = rendered(&[&topic_file("reviewed.json", &own), "--widget-base", BASE]);
    assert!(
        html.contains("class=\"reviewed\">Reviewed 1 November 2026 by Dr. A. Example</p>"),
        "the footer says it"
    );
    assert!(html.contains("\"lastReviewed\": \"2026-11-01\""));
    assert!(
        html.contains(
            "\"reviewedBy\": {\n    \"@type\": \"Person\",\n    \"name\": \"Dr. A. Example\"\n  }"
        ),
        "{}",
        &html[html.len() - 600..]
    );
}

#[test]
fn the_cms_snippet_is_the_article_in_plain_html_with_no_script_and_no_widget_base() {
    let (html, stderr) = rendered(&[
        "--snippet",
        "cms",
        "--department-href",
        "https://clinic.example/departments/{department}",
        "--heading-level",
        "4",
    ]);
    assert_eq!(stderr, "", "no stylesheet hash: it has no stylesheet");
    assert!(
        html.starts_with("<div data-possible-causes=\"\""),
        "{}",
        &html[..200]
    );
    for code in [
        "<script",
        "<style",
        "<template",
        "<possible-causes",
        " style=",
        " onclick",
    ] {
        assert!(!html.contains(code), "no {code} in a CMS snippet");
    }
    let topic: serde_json::Value = serde_json::from_str(TOPIC).unwrap();
    let causes = topic["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|group| group["causes"].as_array().unwrap());
    for cause in causes {
        let title = cause["title"].as_str().unwrap();
        let summary = format!("<summary><h4 data-pc-text=\"title\">{title}</h4></summary>");
        assert!(
            html.contains(&summary),
            "{title}: a disclosure at the asked level"
        );
    }
    assert!(html.contains("<h3 data-pc-text=\"title\">What are the causes"));
    // The warning comes before every list of medications.
    let lists = html.matches("<div data-pc-object=\"medications\"").count();
    let warned = html
        .matches("<h5>Medications</h5><p><strong>Take these only under a doctor's guidance.</strong></p>")
        .count();
    assert!(lists > 0);
    assert_eq!(warned, lists);
    assert!(html.contains("href=\"https://clinic.example/departments/gynecology\""));
}

#[test]
fn a_topic_in_chinese_gets_the_widget_s_words_in_chinese_in_both_snippets() {
    let chinese = topic_file(
        "zh.json",
        &TOPIC
            .replacen("\"lang\": \"en\"", "\"lang\": \"zh-CN\"", 1)
            .replacen(
                "\"id\": \"mirena-lower-back-pain\"",
                "\"id\": \"zh-topic\"",
                1,
            ),
    );
    let (prerendered, _) = rendered(&[&chinese, "--widget-base", BASE]);
    let (article, _) = rendered(&[&chinese, "--snippet", "cms"]);
    for html in [&prerendered, &article] {
        assert!(html.contains(">原因</h4>"), "Why it happens, in Chinese");
        assert!(!html.contains("lang=\"en\""), "no word marked as English");
    }
    assert!(prerendered.contains("<possible-causes lang=\"zh-CN\">"));
    assert!(article.contains("data-pc-element=\"{&quot;lang&quot;:&quot;zh-CN&quot;}\""));
}

/// The element's description, as the build and the docs read it.
fn described_attributes() -> Vec<serde_json::Value> {
    let element: serde_json::Value =
        serde_json::from_str(include_str!("../www/package/element.json")).unwrap();
    element["attributes"].as_array().unwrap().clone()
}

#[test]
fn every_attribute_of_the_element_is_a_flag_in_the_usage_and_on_the_snippet() {
    let usage = String::from_utf8(
        Command::new(env!("CARGO_BIN_EXE_possible-causes"))
            .arg("help")
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    for attribute in described_attributes() {
        let name = attribute["name"].as_str().unwrap();
        let listed = match name.strip_prefix("text-") {
            Some(key) => {
                usage.contains(&format!(" {key},")) || usage.contains(&format!(" {key}\n"))
            }
            None => usage.contains(&format!("  --{name} ")),
        };
        assert!(listed, "help lists {name}:\n{usage}");
        // A value the description allows (its first listed one, or some text),
        // carried onto the pre-rendered element as given.
        let value = attribute["type"]
            .as_str()
            .unwrap()
            .split(" | ")
            .next()
            .and_then(|first| first.strip_prefix('"')?.strip_suffix('"'))
            .map_or("described".to_string(), str::to_string);
        let value = match name {
            "topic" => "mirena-lower-back-pain".to_string(),
            "open" => "uterine-contractions".to_string(),
            "department-href" => "/departments/{department}".to_string(),
            "lang" => "en".to_string(),
            _ => value,
        };
        let (html, _) = rendered(&[&format!("--{name}"), &value, "--widget-base", BASE]);
        let start_tag = html.lines().next().unwrap();
        assert!(
            start_tag.contains(&format!(" {name}=\"{value}\"")),
            "--{name} {value}: {start_tag}"
        );
    }
}
