//! Validates every file in `content/` with the crate's own validator and
//! writes the catalog that `src/content/catalog.rs` includes. A content file
//! that breaks a rule stops the build with the rule and its JSON path.

#[allow(dead_code)]
#[path = "src/content/decode.rs"]
mod decode;
#[allow(dead_code)]
#[path = "src/content/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/content/parse.rs"]
mod parse;
#[allow(dead_code)]
#[path = "src/content/validate.rs"]
mod validate;

use std::{env, fmt::Write as _, fs, path::Path};

fn main() {
    link_for_data_step();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed={}", root.display());

    let departments_path = root.join("departments.json");
    let departments_text = read(&departments_path);
    let departments = parse::parse_departments(&departments_text)
        .unwrap_or_else(|errors| fail(&departments_path, &errors));

    // Departments as static data: the widget then carries no department decoder.
    let mut catalog = String::new();
    writeln!(
        catalog,
        "const DEPARTMENTS: &[(&str, &str, &str, &str)] = &["
    )
    .unwrap();
    for (id, department) in departments.iter() {
        let model::Department {
            name,
            description,
            link,
        } = department;
        writeln!(
            catalog,
            "    ({id:?}, {name:?}, {description:?}, {link:?}),"
        )
        .unwrap();
    }
    writeln!(catalog, "];").unwrap();
    writeln!(catalog, "const TOPICS: &[(&str, &str)] = &[").unwrap();
    let mut paths: Vec<_> = fs::read_dir(root.join("topics"))
        .expect("content/topics exists")
        .map(|entry| entry.expect("readable content/topics").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    for path in paths {
        let text = read(&path);
        let (topic, _) = parse::parse_topic(&text, departments.clone())
            .unwrap_or_else(|errors| fail(&path, &errors));
        let file_id = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if file_id != topic.id {
            fail(
                &path,
                &[validate::ContentError::new(
                    "id",
                    format!("must match the file name '{file_id}'"),
                )],
            );
        }
        writeln!(catalog, "    ({:?}, {:?}),", topic.id, minify(&text)).unwrap();
    }
    writeln!(catalog, "];").unwrap();
    fs::write(Path::new(&out_dir).join("catalog.rs"), catalog).expect("OUT_DIR is writable");
}

fn read(path: &Path) -> String {
    fs::read_to_string(path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}

fn minify(text: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(text).expect("parsed above");
    value.to_string()
}

fn fail(path: &Path, errors: &[validate::ContentError]) -> ! {
    let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
    panic!(
        "invalid content in {}:\n{}",
        path.display(),
        list.join("\n")
    );
}

/// The release wasm keeps what www/optimize-wasm.mjs needs to drop the static
/// data nothing reaches: each static in its own data segment, and the
/// linker's symbols and relocations (read by www/linker-notes.mjs, then
/// removed).
fn link_for_data_step() {
    let wasm = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let release = env::var("PROFILE").is_ok_and(|profile| profile == "release");
    if wasm && release {
        println!("cargo:rustc-link-arg-cdylib=--emit-relocs");
        println!("cargo:rustc-link-arg-cdylib=--no-merge-data-segments");
    }
}
