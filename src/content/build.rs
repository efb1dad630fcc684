//! Lists the built-in content files for `catalog.rs`, and says which reader
//! of JSON the build uses. Nothing is checked here: the widget's own build.rs
//! reads every file through this crate's rules and stops the build on the
//! first broken one.
use std::{env, fmt::Write as _, fs, path::Path};

fn main() {
    // json_text: JSON text is read with serde_json (natively, and in the
    // tool's wasm); without it, in the widget's wasm, from JSON.parse's result.
    println!("cargo::rustc-check-cfg=cfg(json_text)");
    let wasm = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if !wasm || env::var_os("CARGO_FEATURE_JSON_TEXT").is_some() {
        println!("cargo::rustc-cfg=json_text");
    }
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let content = content.canonicalize().expect("the content/ folder exists");
    println!("cargo:rerun-if-changed={}", content.display());
    let topics = content.join("topics");
    println!("cargo:rerun-if-changed={}", topics.display());
    let mut paths: Vec<_> = fs::read_dir(&topics)
        .expect("content/topics exists")
        .map(|entry| entry.expect("content/topics is readable").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    let mut catalog = String::new();
    let departments = content.join("departments.json");
    writeln!(
        catalog,
        "const DEPARTMENTS_JSON: &str = include_str!({:?});",
        departments.display()
    )
    .unwrap();
    writeln!(catalog, "const TOPICS: &[(&str, &str)] = &[").unwrap();
    for path in paths {
        let id = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a UTF-8 file name");
        writeln!(catalog, "    ({id:?}, include_str!({:?})),", path.display()).unwrap();
    }
    writeln!(catalog, "];").unwrap();
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalog.rs");
    fs::write(out, catalog).expect("OUT_DIR is writable");
}
