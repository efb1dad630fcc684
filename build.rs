//! Checks every built-in file in `content/` with the widget's own rules (the
//! content crate, the same code that runs in the browser): a broken file
//! stops the build with its JSON path and rule, so it never reaches a page.

fn main() {
    println!("cargo:rerun-if-changed=content");
    let problems = possible_causes_content::check_catalog();
    if !problems.is_empty() {
        let list: Vec<String> = problems
            .iter()
            .map(|(file, problem)| format!("  {file}: {problem}"))
            .collect();
        panic!("invalid built-in content:\n{}", list.join("\n"));
    }
}
