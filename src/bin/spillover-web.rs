//! The browser entry point; `trunk` builds it for `wasm32-unknown-unknown`.

#[cfg(target_arch = "wasm32")]
fn main() {
    spillover::web::browser::crash::install();
    spillover::web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "spillover-web runs in a browser: build and serve it with scripts/serve (see README.md).\n\
         On the command line, use spillover-cli."
    );
    std::process::exit(2);
}
