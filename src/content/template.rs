//! URL and text templates with one named token, such as a host's
//! `department-href="https://clinic.example/departments/{department}"`.

/// The token in `department-href` that becomes a department's id.
pub const DEPARTMENT_TOKEN: &str = "{department}";

/// `template` with every `token` replaced by `value`. (A byte-window search,
/// not `str::replace`: its general substring searcher measured 926 bytes
/// brotli more wasm for these few short templates; bench/size-history.md.)
pub fn fill(template: &str, token: &str, value: &str) -> String {
    let mut filled = String::with_capacity(template.len() + value.len());
    let mut rest = template;
    while let Some(at) = rest
        .as_bytes()
        .windows(token.len())
        .position(|window| window == token.as_bytes())
    {
        filled.push_str(&rest[..at]);
        filled.push_str(value);
        rest = &rest[at + token.len()..];
    }
    filled.push_str(rest);
    filled
}
