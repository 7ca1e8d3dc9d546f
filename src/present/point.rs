//! A position on the picture, shared by the layout, its simulation and the spatial index.

/// A position in layout units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Left to right.
    pub x: f64,
    /// Top to bottom.
    pub y: f64,
}

/// Moves `p` and `q` apart along the line between them until they are `want` apart, `p` by the
/// share `p_moves` of the shortfall and `q` by the rest (along `on_one_spot`, a unit direction,
/// when they coincide); false when they already are that far apart. Only `+ − × ÷ √`, so the
/// same natively and in WebAssembly.
pub fn push_apart(
    p: &mut Point,
    q: &mut Point,
    want: f64,
    p_moves: f64,
    on_one_spot: (f64, f64),
) -> bool {
    let (dx, dy) = (q.x - p.x, q.y - p.y);
    let d2 = dx * dx + dy * dy;
    if d2 >= want * want {
        return false;
    }
    let d = d2.sqrt();
    let (ux, uy) = if d > 1e-9 {
        (dx / d, dy / d)
    } else {
        on_one_spot
    };
    let short = want - d;
    p.x -= ux * short * p_moves;
    p.y -= uy * short * p_moves;
    q.x += ux * short * (1.0 - p_moves);
    q.y += uy * short * (1.0 - p_moves);
    true
}
