//! A whole scenario inside a link: the scenario file, deflated and written in URL-safe base64,
//! for `#data=…`. So a sandbox can be shared by a link that no server ever sees.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

use crate::core::model::Scenario;
use crate::files::scenario::{parse, to_json};
use crate::say;

/// The largest scenario file a link may unpack to, in bytes.
pub const MAX_UNPACKED: usize = 2 * 1024 * 1024;

/// The link form of `s`.
pub fn pack(s: &Scenario) -> String {
    let json = to_json(s);
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9))
}

/// The scenario in a link, or what is wrong with it.
pub fn unpack(text: &str) -> Result<Scenario, String> {
    let bytes = URL_SAFE_NO_PAD
        .decode(text.trim())
        .map_err(|_| say!("link-not-ours"))?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, MAX_UNPACKED)
        .map_err(|_| say!("link-does-not-unpack"))?;
    let json = String::from_utf8(json).map_err(|_| say!("link-not-text"))?;
    parse(&json).map_err(|problems| {
        let first: Vec<String> = problems.iter().take(3).map(|p| p.to_string()).collect();
        say!("link-not-valid", problems = first.join("; "))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::builtin::BUILTINS;

    #[test]
    fn packs_small_and_unpacks_exactly() {
        for b in BUILTINS {
            let s = parse(&b.json()).unwrap();
            // Against the file a reader saves (the built-in's words said, as the app writes it).
            let json = crate::files::scenario::to_json(&s);
            let packed = pack(&s);
            assert!(
                packed.len() < json.len() / 2,
                "{}: {} of {}",
                b.slug,
                packed.len(),
                json.len()
            );
            assert!(packed
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
            assert_eq!(unpack(&packed), Ok(s));
        }
    }

    #[test]
    fn damaged_links_say_so() {
        let packed = pack(&parse(&BUILTINS[0].json()).unwrap());
        assert!(unpack("not base64!")
            .unwrap_err()
            .contains("not in the form"));
        for cut in [packed.len() / 2, packed.len() / 2 + 1, packed.len() - 3] {
            assert!(
                unpack(&packed[..cut]).unwrap_err().contains("cut short"),
                "{cut}"
            );
        }
        let bomb = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(
            &vec![b' '; 3 * 1024 * 1024],
            9,
        ));
        assert!(unpack(&bomb).unwrap_err().contains("more than 2 MB"));
        let invalid =
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(b"{\"format\": 1}", 9));
        assert!(unpack(&invalid)
            .unwrap_err()
            .starts_with("its scenario is not valid"));
    }
}
