//! Small ringed discs painted straight into an RGBA pixel buffer: how a canvas draws thousands
//! of people at once.
//!
//! A browser without a GPU strokes a path of four thousand small circles in a few hundred
//! milliseconds, and copies a small picture four thousand times in tens; painting the same
//! discs here and handing the browser one image takes a few. The discs are anti-aliased by
//! how much of each pixel they cover, and laid over what is there ("source over", in the
//! straight, not premultiplied, RGBA a canvas's `ImageData` holds). Rings here are solid:
//! the canvas draws the dashed patterns, which only show on bigger rings, another way.

/// An opaque colour.
pub type Rgb = [u8; 3];

/// How one disc looks: its ring, its inside, an optional outer ring (the shield), and how
/// opaque all of it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Look {
    /// The ring's colour and width, in pixels.
    pub ring: (Rgb, f64),
    /// The inside's colour.
    pub fill: Rgb,
    /// A second ring further out: its colour, radius and width, in pixels.
    pub shield: Option<(Rgb, f64, f64)>,
    /// From 0 (invisible) to 1.
    pub alpha: f64,
}

/// A buffer of `width` by `height` pixels, four bytes each (red, green, blue, alpha), row by
/// row from the top left.
pub struct Pixels<'a> {
    /// The bytes: `width * height * 4` of them.
    pub data: &'a mut [u8],
    /// Pixels across.
    pub width: usize,
    /// Pixels down.
    pub height: usize,
}

impl Pixels<'_> {
    /// Paints a disc of `radius` pixels centred at (`x`, `y`) (pixels from the top left; the
    /// centre of the top left pixel is at 0.5, 0.5) as `look` says.
    pub fn disc(&mut self, x: f64, y: f64, radius: f64, look: &Look) {
        let (ring, width) = look.ring;
        let outer = match look.shield {
            Some((_, r, w)) => (r + w / 2.0).max(radius + width / 2.0),
            None => radius + width / 2.0,
        } + 1.0;
        let (x0, x1) = (span(x - outer, self.width), span(x + outer, self.width));
        let (y0, y1) = (span(y - outer, self.height), span(y + outer, self.height));
        // Past this distance from the centre no part of the disc covers a pixel: the corners of
        // the box are skipped before any root is taken.
        let reach = (outer - 0.5) * (outer - 0.5);
        for py in y0..y1 {
            let dy = py as f64 + 0.5 - y;
            for px in x0..x1 {
                let dx = px as f64 + 0.5 - x;
                let d2 = dx * dx + dy * dy;
                if d2 > reach {
                    continue;
                }
                let d = d2.sqrt();
                let at = (py * self.width + px) * 4;
                let Some(pixel) = self.data.get_mut(at..at + 4) else {
                    continue;
                };
                if let Some((colour, r, w)) = look.shield {
                    over(pixel, colour, band(d, r, w) * look.alpha);
                }
                over(
                    pixel,
                    look.fill,
                    (radius - d + 0.5).clamp(0.0, 1.0) * look.alpha,
                );
                over(pixel, ring, band(d, radius, width) * look.alpha);
            }
        }
    }
}

/// The first pixel index at or after `v`, kept within `0..=n`.
fn span(v: f64, n: usize) -> usize {
    (v.floor().max(0.0) as usize).min(n)
}

/// How much of a pixel at distance `d` from the centre a ring of radius `r` and width `w`
/// covers, from 0 to 1 (at least a pixel wide, so thin rings fade rather than vanish).
fn band(d: f64, r: f64, w: f64) -> f64 {
    let half = w.max(1.0) / 2.0;
    let cover = (half + 0.5 - (d - r).abs()).clamp(0.0, 1.0);
    // A ring thinner than a pixel covers that share of it.
    cover * w.min(1.0)
}

/// Lays `colour` at opacity `a` over the straight RGBA `pixel`.
fn over(pixel: &mut [u8], colour: Rgb, a: f64) {
    if a <= 0.0 {
        return;
    }
    // Over nothing, or opaque: the colour itself (what the general case gives, without it).
    if pixel[3] == 0 || a >= 1.0 {
        pixel[..3].copy_from_slice(&colour);
        pixel[3] = byte(a.min(1.0) * 255.0);
        return;
    }
    let below = f64::from(pixel[3]) / 255.0;
    let out = a + below * (1.0 - a);
    for (c, src) in pixel.iter_mut().zip(colour) {
        *c = byte((f64::from(src) * a + f64::from(*c) * below * (1.0 - a)) / out);
    }
    pixel[3] = byte(out * 255.0);
}

/// `v`, from 0 up, rounded to the nearest byte (halves up) and kept within 0..=255. Not
/// `f64::round`: WebAssembly has no instruction for it, so it becomes a call, made for every
/// channel of every pixel painted; a cast saturates, and adding a half to a number from 0 up
/// rounds it as `round` does.
fn byte(v: f64) -> u8 {
    (v + 0.5) as u8
}

/// A colour as the canvas reads it back: `#rgb`, `#rrggbb` or `rgb(r, g, b)` (what browsers
/// give for a computed colour); `None` for anything else.
pub fn parse_colour(s: &str) -> Option<Rgb> {
    let s = s.trim();
    if let Some(hex) = s.strip_prefix('#') {
        let digit = |i: usize| u8::from_str_radix(hex.get(i..i + 1)?, 16).ok();
        return match hex.len() {
            3 => Some([digit(0)? * 17, digit(1)? * 17, digit(2)? * 17]),
            6 => {
                let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
                Some([byte(0)?, byte(2)?, byte(4)?])
            }
            _ => None,
        };
    }
    let inner = s
        .strip_prefix("rgba(")
        .or_else(|| s.strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let mut parts = inner.split([',', ' ']).filter(|p| !p.is_empty());
    let mut next = || parts.next()?.trim().parse::<f64>().ok();
    let (r, g, b) = (next()?, next()?, next()?);
    let byte = |v: f64| v.round().clamp(0.0, 255.0) as u8;
    Some([byte(r), byte(g), byte(b)])
}

#[cfg(test)]
mod tests {
    use super::*;

    const RING: Rgb = [200, 0, 0];
    const FILL: Rgb = [240, 240, 240];

    fn look(alpha: f64) -> Look {
        Look {
            ring: (RING, 2.0),
            fill: FILL,
            shield: None,
            alpha,
        }
    }

    fn pixel(p: &Pixels, x: usize, y: usize) -> [u8; 4] {
        let at = (y * p.width + x) * 4;
        [p.data[at], p.data[at + 1], p.data[at + 2], p.data[at + 3]]
    }

    #[test]
    fn a_disc_is_filled_inside_ringed_at_its_edge_and_clear_outside() {
        let mut data = vec![0; 20 * 20 * 4];
        let mut p = Pixels {
            data: &mut data,
            width: 20,
            height: 20,
        };
        p.disc(10.0, 10.0, 5.0, &look(1.0));
        assert_eq!(pixel(&p, 10, 10), [240, 240, 240, 255], "the inside");
        // The pixel whose centre is 5 from the centre lies on the ring.
        assert_eq!(pixel(&p, 14, 9), [200, 0, 0, 255], "the ring");
        assert_eq!(pixel(&p, 0, 0), [0, 0, 0, 0], "outside");
        assert_eq!(pixel(&p, 18, 10)[3], 0, "past the ring");
    }

    #[test]
    fn a_faded_disc_lets_what_is_below_show_and_a_shield_rings_it() {
        let mut data = vec![0; 40 * 40 * 4];
        let mut p = Pixels {
            data: &mut data,
            width: 40,
            height: 40,
        };
        p.disc(20.0, 20.0, 5.0, &look(0.25));
        let faded = pixel(&p, 20, 20);
        assert_eq!(&faded[..3], &FILL);
        assert_eq!(faded[3], 64);
        // Over an opaque pixel the result stays opaque and mixes the two.
        p.disc(20.0, 20.0, 5.0, &look(1.0));
        p.disc(20.0, 20.0, 3.0, &look(0.5));
        let mixed = pixel(&p, 22, 19);
        assert_eq!(mixed[3], 255);
        assert!(mixed[1] > 0 && mixed[1] < 240, "{mixed:?}");
        let shielded = Look {
            shield: Some(([0, 0, 200], 9.0, 2.0)),
            ..look(1.0)
        };
        p.disc(20.0, 20.0, 5.0, &shielded);
        assert_eq!(pixel(&p, 28, 19), [0, 0, 200, 255], "the shield");
    }

    #[test]
    fn discs_at_the_edge_are_cut_not_wrapped_or_panicking() {
        let mut data = vec![0; 10 * 10 * 4];
        let mut p = Pixels {
            data: &mut data,
            width: 10,
            height: 10,
        };
        p.disc(-3.0, 5.0, 4.0, &look(1.0));
        p.disc(12.0, 12.0, 4.0, &look(1.0));
        p.disc(f64::NAN, 1e300, 4.0, &look(1.0));
        assert_eq!(pixel(&p, 0, 5)[3], 255);
        assert_eq!(pixel(&p, 9, 5)[3], 0, "nothing wrapped to the far side");
        assert_eq!(pixel(&p, 9, 9)[3], 255);
    }

    #[test]
    fn the_short_cuts_give_what_the_general_mix_gives() {
        // The general mix of `over`, for a pixel below that is empty or a colour laid at full
        // opacity: the short cuts must agree with it.
        let general = |below: [u8; 4], colour: Rgb, a: f64| {
            let b = f64::from(below[3]) / 255.0;
            let out = a + b * (1.0 - a);
            let mut p = below;
            for (c, src) in p.iter_mut().zip(colour) {
                *c = ((f64::from(src) * a + f64::from(*c) * b * (1.0 - a)) / out)
                    .round()
                    .clamp(0.0, 255.0) as u8;
            }
            p[3] = (out * 255.0).round().clamp(0.0, 255.0) as u8;
            p
        };
        for (below, a) in [
            ([0, 0, 0, 0], 0.3),
            ([9, 9, 9, 0], 0.7),
            ([10, 200, 30, 128], 1.0),
            ([10, 200, 30, 255], 1.0),
            ([0, 0, 0, 0], 1.0),
        ] {
            let mut p = below;
            over(&mut p, [200, 100, 50], a);
            assert_eq!(p, general(below, [200, 100, 50], a), "{below:?} {a}");
        }
    }

    #[test]
    fn colours_read_as_browsers_write_them() {
        assert_eq!(parse_colour("#1d1d1f"), Some([0x1d, 0x1d, 0x1f]));
        assert_eq!(parse_colour(" #fff "), Some([255, 255, 255]));
        assert_eq!(parse_colour("rgb(0, 158, 115)"), Some([0, 158, 115]));
        assert_eq!(parse_colour("rgba(1, 2, 3, 0.5)"), Some([1, 2, 3]));
        assert_eq!(parse_colour("rgb(1 2 3)"), Some([1, 2, 3]));
        assert_eq!(parse_colour("tomato"), None);
        assert_eq!(parse_colour("#12345"), None);
    }
}
