//! Entry names: decoded as the ZIP says they are written (UTF-8 when flagged, or in Info-ZIP's
//! Unicode path field; otherwise IBM code page 437, the format's original encoding), and
//! judged safe or not. A name is only ever compared and shown, never used as a path on disk,
//! but one that climbs out of the archive is a sign of a hostile file and is refused anyway.

use super::unpack::crc32;

/// The characters of CP437's bytes 0x80 to 0xFF (below 0x80 it is ASCII).
const CP437_HIGH: [char; 128] = [
    'Ç', 'ü', 'é', 'â', 'ä', 'à', 'å', 'ç', 'ê', 'ë', 'è', 'ï', 'î', 'ì', 'Ä', 'Å', //
    'É', 'æ', 'Æ', 'ô', 'ö', 'ò', 'û', 'ù', 'ÿ', 'Ö', 'Ü', '¢', '£', '¥', '₧', 'ƒ', //
    'á', 'í', 'ó', 'ú', 'ñ', 'Ñ', 'ª', 'º', '¿', '⌐', '¬', '½', '¼', '¡', '«', '»', //
    '░', '▒', '▓', '│', '┤', '╡', '╢', '╖', '╕', '╣', '║', '╗', '╝', '╜', '╛', '┐', //
    '└', '┴', '┬', '├', '─', '┼', '╞', '╟', '╚', '╔', '╩', '╦', '╠', '═', '╬', '╧', //
    '╨', '╤', '╥', '╙', '╘', '╒', '╓', '╫', '╪', '┘', '┌', '█', '▄', '▌', '▐', '▀', //
    'α', 'ß', 'Γ', 'π', 'Σ', 'σ', 'µ', 'τ', 'Φ', 'Θ', 'Ω', 'δ', '∞', 'φ', 'ε', '∩', //
    '≡', '±', '≥', '≤', '⌠', '⌡', '÷', '≈', '°', '∙', '·', '√', 'ⁿ', '²', '■', '\u{a0}',
];

/// The name `raw`: UTF-8 when `utf8` (the header's flag) says so, or when Info-ZIP's Unicode
/// path field (`unicode`) belongs to this very name (its CRC-32 matches); CP437 otherwise.
pub(super) fn decode(raw: &[u8], utf8: bool, unicode: Option<&[u8]>) -> String {
    if utf8 {
        return String::from_utf8_lossy(raw).into_owned();
    }
    if let Some(field) = unicode {
        // Version 1, the CRC-32 of the header's name, then the name in UTF-8.
        if field.len() > 5 && field[0] == 1 {
            let crc = u32::from_le_bytes([field[1], field[2], field[3], field[4]]);
            if crc == crc32(raw) {
                if let Ok(name) = std::str::from_utf8(&field[5..]) {
                    return name.to_string();
                }
            }
        }
    }
    if raw.is_ascii() {
        // CP437 below 0x80 is ASCII, which is UTF-8 as it is.
        return String::from_utf8_lossy(raw).into_owned();
    }
    raw.iter()
        .map(|&b| {
            if b < 0x80 {
                char::from(b)
            } else {
                CP437_HIGH[usize::from(b - 0x80)]
            }
        })
        .collect()
}

/// Whether `name` would lead outside the archive if it were a path: absolute (`/x`, `\x`,
/// `C:x`), climbing (`..` as any part, with either slash), or holding a NUL.
pub fn unsafe_path(name: &str) -> bool {
    let b = name.as_bytes();
    let absolute = name.starts_with('/')
        || name.starts_with('\\')
        || (b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':');
    absolute
        || b.contains(&0)
        || b.split(|&c| c == b'/' || c == b'\\')
            .any(|part| part == b"..")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_decode_by_their_flag_their_field_or_cp437() {
        assert_eq!(decode("Café/ü.json".as_bytes(), true, None), "Café/ü.json");
        assert_eq!(
            decode(b"caf\x82 \x81 \xe1.txt", false, None),
            "café ü ß.txt"
        );
        let raw = b"caf\x82.txt";
        let mut field = vec![1];
        field.extend_from_slice(&crc32(raw).to_le_bytes());
        field.extend_from_slice("Café Müller.txt".as_bytes());
        assert_eq!(decode(raw, false, Some(&field)), "Café Müller.txt");
        // A field written for another name is not this one's.
        field[1] ^= 1;
        assert_eq!(decode(raw, false, Some(&field)), "café.txt");
        assert_eq!(decode(b"\xff", false, None), "\u{a0}");
    }

    #[test]
    fn paths_that_leave_the_archive_are_unsafe() {
        for bad in [
            "../x",
            "../../etc/passwd",
            "a/../../b",
            "a\\..\\b",
            "/etc/passwd",
            "\\x",
            "C:x",
            "c:/x",
            "a/..",
            "a\0b",
        ] {
            assert!(unsafe_path(bad), "{bad}");
        }
        for good in [
            "facebook-ana/friends/friends.json",
            "..x/y",
            "a/b..c",
            "./a",
            "a//b",
            "__MACOSX/._a",
        ] {
            assert!(!unsafe_path(good), "{good}");
        }
    }
}
