//! An entry's data unpacked: stored as is, or inflated (deflate, by `miniz_oxide`) into a
//! buffer that may not grow past the size the directory gives, so a ZIP bomb stops at that
//! size (itself capped by the caller) and is refused in words; then its CRC-32 is checked.

use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};

use crate::say;

/// The unpacked data of entry `name` from its stored `data`, which must come to `size` bytes
/// with checksum `crc`.
pub(super) fn unpack(
    name: &str,
    method: u16,
    data: &[u8],
    size: u64,
    crc: u32,
) -> Result<Vec<u8>, String> {
    let out = match method {
        0 => data.to_vec(),
        8 => {
            // One byte more than promised: a stream that ends exactly at `size` finishes, and
            // one that goes on is caught, whatever it claims.
            let limit = usize::try_from(size.saturating_add(1)).unwrap_or(usize::MAX);
            match decompress_to_vec_with_limit(data, limit) {
                Ok(out) => out,
                Err(e) if e.status == TINFLStatus::HasMoreOutput => return Err(bomb(name, size)),
                Err(_) => return Err(say!("zip-does-not-unpack", name = name)),
            }
        }
        other => {
            let why = super::Refusal::Method(other).to_string();
            return Err(say!("zip-entry-refused", name = name, why = why));
        }
    };
    if out.len() as u64 > size {
        return Err(bomb(name, size));
    }
    if (out.len() as u64) < size {
        return Err(say!(
            "zip-unpacks-short",
            name = name,
            bytes = out.len().to_string(),
            size = size.to_string()
        ));
    }
    if crc32(&out) != crc {
        return Err(say!("zip-checksum", name = name));
    }
    Ok(out)
}

fn bomb(name: &str, size: u64) -> String {
    say!("zip-bomb", name = name, size = size.to_string())
}

/// CRC-32 (IEEE 802.3, as ZIP and gzip use it), a byte at a time from a table.
pub fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |crc, &b| {
        CRC_TABLE[usize::from((crc as u8) ^ b)] ^ (crc >> 8)
    })
}

const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xedb8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_has_its_check_value() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn a_stream_longer_than_promised_is_a_bomb() {
        let data = vec![b'a'; 100_000];
        let packed = miniz_oxide::deflate::compress_to_vec(&data, 9);
        let crc = crc32(&data);
        assert_eq!(unpack("x", 8, &packed, 100_000, crc).unwrap(), data);
        let err = unpack("x", 8, &packed, 1_000, crc).unwrap_err();
        assert!(err.contains("ZIP bomb"), "{err}");
        let err = unpack("x", 8, &packed, 200_000, crc).unwrap_err();
        assert!(err.contains("not the 200000"), "{err}");
        let err = unpack("x", 8, &packed[..packed.len() / 2], 100_000, crc).unwrap_err();
        assert!(err.contains("damaged"), "{err}");
        let err = unpack("x", 0, b"abc", 3, 0).unwrap_err();
        assert!(err.contains("checksum"), "{err}");
    }
}
