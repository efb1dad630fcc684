//! Turns the topic's JSON into Rust statics, so the floor does no parsing at all.
use std::{env, fmt::Write as _, fs, path::Path};

fn main() {
    // Linked like the widget (see its build.rs), for the same release optimization.
    if env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32")
        && env::var("PROFILE").is_ok_and(|p| p == "release")
    {
        println!("cargo:rustc-link-arg-cdylib=--emit-relocs");
        println!("cargo:rustc-link-arg-cdylib=--no-merge-data-segments");
    }
    let topic_path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../content/topics/mirena-lower-back-pain.json");
    println!("cargo:rerun-if-changed={}", topic_path.display());
    let topic: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&topic_path).unwrap()).unwrap();
    let text = |v: &serde_json::Value| format!("{:?}", v.as_str().unwrap());
    let texts = |v: &serde_json::Value| {
        let items: Vec<String> = v
            .as_array()
            .map(|a| a.iter().map(text).collect())
            .unwrap_or_default();
        format!("&[{}]", items.join(", "))
    };
    let mut out = String::new();
    writeln!(out, "pub const TITLE: &str = {};", text(&topic["title"])).unwrap();
    writeln!(out, "pub const LEAD: &str = {};", text(&topic["lead"])).unwrap();
    writeln!(out, "pub const ADVICE: &str = {};", text(&topic["advice"])).unwrap();
    writeln!(
        out,
        "pub const DISCLAIMER: &str = {};",
        text(&topic["disclaimer"])
    )
    .unwrap();
    writeln!(out, "pub const GROUPS: &[(&str, &[Cause])] = &[").unwrap();
    for group in topic["groups"].as_array().unwrap() {
        writeln!(out, "({}, &[", text(&group["title"])).unwrap();
        for cause in group["causes"].as_array().unwrap() {
            let medications = &cause["medications"];
            writeln!(
                out,
                "Cause {{ id: {}, title: {}, explanation: {}, medications: {}, departments: {} }},",
                text(&cause["id"]),
                text(&cause["title"]),
                texts(&cause["explanation"]),
                texts(&medications["names"]),
                texts(&cause["departments"])
            )
            .unwrap();
        }
        writeln!(out, "]),").unwrap();
    }
    writeln!(out, "];").unwrap();
    fs::write(
        Path::new(&env::var("OUT_DIR").unwrap()).join("topic.rs"),
        out,
    )
    .unwrap();
}
