//! A position on the picture, shared by the layout, its simulation and the spatial index.

/// A position in layout units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Left to right.
    pub x: f64,
    /// Top to bottom.
    pub y: f64,
}
