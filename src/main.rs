//! `possible-causes`, the command-line tool for web teams and editors, built
//! natively (the npm package runs the same commands compiled to wasm).
//!
//! `possible-causes render` prints the snippet a web team pastes into its
//! page: the widget pre-rendered by the same components the wasm runs.
//! Bad input gets the same messages as in the browser, on stderr, and exit
//! status 1, with nothing on stdout.

use possible_causes::tool::{run, Machine, Unreadable};
use std::io::ErrorKind;
use std::process::ExitCode;

/// Files from the file system, the date from the system clock.
struct Native;

impl Machine for Native {
    fn read(&self, path: &str) -> Result<Vec<u8>, Unreadable> {
        std::fs::read(path).map_err(|error| match error.kind() {
            ErrorKind::NotFound => Unreadable::NotFound,
            ErrorKind::PermissionDenied => Unreadable::NotAllowed,
            ErrorKind::IsADirectory => Unreadable::Directory,
            _ => Unreadable::Other(error.to_string()),
        })
    }

    fn today(&self) -> String {
        let today = time::OffsetDateTime::now_utc().date();
        format!(
            "{:04}-{:02}-{:02}",
            today.year(),
            u8::from(today.month()),
            today.day()
        )
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Yew's server renderer runs on a current-thread runtime.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime starts");
    let outcome = tokio::task::LocalSet::new().block_on(&runtime, run(&args, &Native));
    print!("{}", outcome.stdout);
    for line in &outcome.stderr {
        eprintln!("{line}");
    }
    if outcome.failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
