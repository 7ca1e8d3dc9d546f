//! A point quadtree: the one spatial index behind the big-network layout's Barnes-Hut
//! repulsion and the canvas graph's hit testing.
//!
//! The tree is built once over a slice of points by splitting the bounding square into four
//! until a cell holds at most [`LEAF`] points (or is [`MAX_DEPTH`] deep, so points on the very
//! same spot end in one leaf rather than recursing forever). Each cell keeps its points' count
//! and centre of mass, which is all Barnes-Hut needs: a cell far enough away (its side over its
//! distance below `theta`) pushes as one body at its centre. It holds indices, not data, and
//! is rebuilt rather than updated: building is O(n log n) and cheaper than bookkeeping moves.

use crate::present::point::Point;

/// The most points a leaf holds before it is split.
pub const LEAF: usize = 4;
/// The deepest a cell may be; deeper points share a leaf.
pub const MAX_DEPTH: u32 = 32;

/// A square of the tree. Every cell holds a contiguous run of the tree's slots (its points,
/// grouped by quarter), and its non-empty quarters are contiguous cells too, so a visit needs
/// no indirection and "does this cell hold point s" is one comparison of slots.
#[derive(Clone, Copy, Debug, Default)]
struct Cell {
    /// The centre of mass of its points (every point weighs one).
    cx: f64,
    cy: f64,
    /// How many points it holds.
    count: f64,
    /// Side.
    size: f64,
    /// Left edge.
    x0: f64,
    /// Top edge.
    y0: f64,
    /// Its first quarter (the cells `first..first + kids`); `kids` is 0 in a leaf.
    first: u32,
    kids: u32,
    /// Its points: the slots `start..end`.
    start: u32,
    end: u32,
}

/// A quadtree over a set of points, by their indices in the slice it was built from.
///
/// Its buffers are kept by [`QuadTree::rebuild`], so a layout that rebuilds it every tick
/// allocates nothing after the first.
#[derive(Clone, Debug, Default)]
pub struct QuadTree {
    cells: Vec<Cell>,
    /// Point indices by slot, grouped so that every cell's are contiguous.
    order: Vec<u32>,
    /// The points by slot (`at[s]` is the point `order[s]`), so a leaf's are side by side.
    at: Vec<Point>,
    /// A counting sort's other half.
    scratch: Vec<u32>,
}

impl QuadTree {
    /// Builds the tree over `points`. Points that are not finite are left out.
    pub fn new(points: &[Point]) -> QuadTree {
        let mut tree = QuadTree::default();
        tree.rebuild(points);
        tree
    }

    /// Builds the tree afresh over `points`, reusing its buffers.
    pub fn rebuild(&mut self, points: &[Point]) {
        self.order.clear();
        self.order.extend(
            (0..points.len() as u32)
                .filter(|&i| points[i as usize].x.is_finite() && points[i as usize].y.is_finite()),
        );
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for &i in &self.order {
            let p = points[i as usize];
            x0 = x0.min(p.x);
            y0 = y0.min(p.y);
            x1 = x1.max(p.x);
            y1 = y1.max(p.y);
        }
        let size = if self.order.is_empty() {
            1.0
        } else {
            // A hair wider than the points, so the far edges fall inside.
            ((x1 - x0).max(y1 - y0) * (1.0 + 1e-9)).max(1e-6)
        };
        let len = self.order.len();
        self.scratch.clear();
        self.scratch.resize(len, 0);
        self.cells.clear();
        self.cells.push(Cell::default());
        let square = Square {
            x0: x0.min(x1),
            y0: y0.min(y1),
            size,
        };
        self.split(points, 0, 0..len, square, 0);
        self.at.clear();
        self.at
            .extend(self.order.iter().map(|&i| points[i as usize]));
    }

    /// Fills the cell `id` with the slots `run` inside `square`, and adds its quarters.
    fn split(
        &mut self,
        points: &[Point],
        id: usize,
        run: std::ops::Range<usize>,
        square: Square,
        depth: u32,
    ) {
        let (start, end) = (run.start, run.end);
        let (mut sx, mut sy) = (0.0, 0.0);
        for &i in &self.order[run] {
            sx += points[i as usize].x;
            sy += points[i as usize].y;
        }
        let count = (end - start) as f64;
        let Square { x0, y0, size } = square;
        self.cells[id] = Cell {
            cx: if count > 0.0 { sx / count } else { x0 },
            cy: if count > 0.0 { sy / count } else { y0 },
            count,
            size,
            x0,
            y0,
            first: 0,
            kids: 0,
            start: start as u32,
            end: end as u32,
        };
        if end - start <= LEAF || depth >= MAX_DEPTH {
            return;
        }
        let half = size / 2.0;
        let (mx, my) = (x0 + half, y0 + half);
        let quarter = |i: u32| {
            let p = points[i as usize];
            usize::from(p.x >= mx) + 2 * usize::from(p.y >= my)
        };
        // The points grouped by quarter, each group in the order it had (a stable counting
        // sort, linear), so the sums are the same on every run.
        let mut bounds = [start; 5];
        for &i in &self.order[start..end] {
            bounds[quarter(i) + 1] += 1;
        }
        for q in 0..4 {
            bounds[q + 1] += bounds[q] - start;
        }
        let mut next = bounds;
        for &i in &self.order[start..end] {
            let q = quarter(i);
            self.scratch[next[q]] = i;
            next[q] += 1;
        }
        self.order[start..end].copy_from_slice(&self.scratch[start..end]);
        // The non-empty quarters side by side, in quarter order.
        let first = self.cells.len();
        let kids = (0..4).filter(|&q| bounds[q] < bounds[q + 1]).count();
        self.cells.resize(first + kids, Cell::default());
        self.cells[id].first = first as u32;
        self.cells[id].kids = kids as u32;
        let mut k = first;
        for q in 0..4 {
            if bounds[q] < bounds[q + 1] {
                let quarter = Square {
                    x0: if q % 2 == 1 { mx } else { x0 },
                    y0: if q >= 2 { my } else { y0 },
                    size: half,
                };
                self.split(points, k, bounds[q]..bounds[q + 1], quarter, depth + 1);
                k += 1;
            }
        }
    }

    /// How many points the tree holds.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// Whether the tree holds no points.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// The index of the point nearest `at` no further than `within`, if any; ties go to the
    /// lower index.
    pub fn nearest(&self, at: Point, within: f64) -> Option<usize> {
        if self.order.is_empty() {
            return None;
        }
        let mut best: Option<(f64, u32)> = None;
        let mut limit = within * within;
        let mut stack = vec![0u32];
        while let Some(c) = stack.pop() {
            let cell = &self.cells[c as usize];
            // The squared distance from `at` to the cell's square.
            let dx = (cell.x0 - at.x).max(0.0).max(at.x - (cell.x0 + cell.size));
            let dy = (cell.y0 - at.y).max(0.0).max(at.y - (cell.y0 + cell.size));
            if dx * dx + dy * dy > limit {
                continue;
            }
            if cell.kids == 0 {
                for s in cell.start as usize..cell.end as usize {
                    let (p, i) = (self.at[s], self.order[s]);
                    let d = (p.x - at.x).powi(2) + (p.y - at.y).powi(2);
                    let better = match best {
                        None => d <= limit,
                        Some((bd, bi)) => d < bd || (d == bd && i < bi),
                    };
                    if better {
                        best = Some((d, i));
                        limit = d;
                    }
                }
            } else {
                stack.extend(cell.first..cell.first + cell.kids);
            }
        }
        best.map(|(_, i)| i as usize)
    }

    /// The push every other point gives the point `i`, Barnes-Hut style: each pair at squared
    /// distance d² pushes with `strength` × (dx, dy) / d², so the push falls off as 1/d. Cells
    /// whose side over distance is below `theta` act as one body, unless they hold `i`.
    /// `min_d2` keeps near points from pushing without bound. Zero for a point left out.
    pub fn push_on(&self, i: usize, theta: f64, strength: f64, min_d2: f64) -> Point {
        match self.order.iter().position(|&j| j as usize == i) {
            Some(s) => self.push_at(s, theta * theta, strength, min_d2),
            None => Point { x: 0.0, y: 0.0 },
        }
    }

    /// [`QuadTree::push_on`] for every point at once, into `out` by point index (`out` as
    /// long as the slice the tree was built from; points left out get zero). The points are
    /// visited leaf by leaf, so neighbours walk the same cells one after the other.
    pub fn push_all(&self, theta: f64, strength: f64, min_d2: f64, out: &mut [Point]) {
        out.fill(Point { x: 0.0, y: 0.0 });
        let theta2 = theta * theta;
        for (s, &i) in self.order.iter().enumerate() {
            if let Some(o) = out.get_mut(i as usize) {
                *o = self.push_at(s, theta2, strength, min_d2);
            }
        }
    }

    /// The push on the point in slot `s`.
    fn push_at(&self, s: usize, theta2: f64, strength: f64, min_d2: f64) -> Point {
        let p = self.at[s];
        let (mut fx, mut fy) = (0.0, 0.0);
        // The cells still to visit: at most three siblings a level wait, and the tree is at
        // most MAX_DEPTH deep, so a fixed stack holds them (no allocation per point).
        let mut stack = [0u32; 4 * (MAX_DEPTH as usize + 2)];
        let mut top = 1;
        while top > 0 {
            top -= 1;
            let cell = &self.cells[stack[top] as usize];
            let (dx, dy) = (p.x - cell.cx, p.y - cell.cy);
            let d2 = dx * dx + dy * dy;
            // The cells holding `s` are its ancestors: their slots run over it.
            let holds = (s as u32).wrapping_sub(cell.start) < cell.end - cell.start;
            if !holds && cell.size * cell.size < theta2 * d2 {
                let k = strength * cell.count / d2.max(min_d2);
                fx += dx * k;
                fy += dy * k;
            } else if cell.kids == 0 {
                let run = cell.start as usize..cell.end as usize;
                for (t, q) in self.at[run.clone()].iter().enumerate() {
                    if run.start + t == s {
                        continue;
                    }
                    let (dx, dy) = (p.x - q.x, p.y - q.y);
                    let d2 = dx * dx + dy * dy;
                    if d2 > 0.0 {
                        let k = strength / d2.max(min_d2);
                        fx += dx * k;
                        fy += dy * k;
                    }
                }
            } else {
                // The last quarter is visited first, as the sums always were.
                for k in cell.first..cell.first + cell.kids {
                    stack[top] = k;
                    top += 1;
                }
            }
        }
        Point { x: fx, y: fy }
    }
}

/// A square of the plane: its left and top edges and its side.
#[derive(Clone, Copy, Debug)]
struct Square {
    x0: f64,
    y0: f64,
    size: f64,
}

/// The same push as [`QuadTree::push_on`] summed over every pair: O(n²), the reference the
/// tests hold Barnes-Hut to.
pub fn push_exact(points: &[Point], i: usize, strength: f64, min_d2: f64) -> Point {
    let p = points[i];
    let (mut fx, mut fy) = (0.0, 0.0);
    for (j, q) in points.iter().enumerate() {
        let (dx, dy) = (p.x - q.x, p.y - q.y);
        let d2 = dx * dx + dy * dy;
        if j != i && d2 > 0.0 {
            let k = strength / d2.max(min_d2);
            fx += dx * k;
            fy += dy * k;
        }
    }
    Point { x: fx, y: fy }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Points scattered by a seeded generator, some on the very same spot.
    fn scatter(n: usize, seed: u64) -> Vec<Point> {
        let mut s = seed;
        let mut next = move || {
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (s >> 11) as f64 / (1u64 << 53) as f64
        };
        let mut v: Vec<Point> = (0..n)
            .map(|_| Point {
                x: next() * 1000.0,
                y: next() * 640.0,
            })
            .collect();
        for k in 0..n / 50 {
            v[k * 3] = v[k * 3 + 1];
        }
        v
    }

    #[test]
    fn nearest_finds_what_a_search_of_every_point_finds() {
        let points = scatter(3000, 7);
        let tree = QuadTree::new(&points);
        assert_eq!(tree.len(), 3000);
        for probe in scatter(500, 99) {
            let brute = points
                .iter()
                .enumerate()
                .map(|(i, p)| ((p.x - probe.x).powi(2) + (p.y - probe.y).powi(2), i))
                .filter(|(d, _)| *d <= 20.0 * 20.0)
                .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
                .map(|(_, i)| i);
            assert_eq!(tree.nearest(probe, 20.0), brute, "{probe:?}");
        }
        assert_eq!(
            QuadTree::new(&[]).nearest(Point { x: 0.0, y: 0.0 }, 1e9),
            None
        );
    }

    #[test]
    fn barnes_hut_agrees_with_every_pair_when_theta_is_small() {
        let points = scatter(2000, 3);
        let tree = QuadTree::new(&points);
        for theta in [0.3, 0.6] {
            let (mut err, mut norm) = (0.0, 0.0);
            for i in (0..points.len()).step_by(7) {
                let a = tree.push_on(i, theta, 900.0, 1.0);
                let b = push_exact(&points, i, 900.0, 1.0);
                err += (a.x - b.x).powi(2) + (a.y - b.y).powi(2);
                norm += b.x * b.x + b.y * b.y;
            }
            let relative = (err / norm).sqrt();
            let tolerance = if theta < 0.5 { 0.01 } else { 0.05 };
            assert!(
                relative < tolerance,
                "theta {theta}: relative error {relative}"
            );
        }
        // With theta zero every cell is opened: the sum is the exact one, up to rounding.
        let a = tree.push_on(5, 0.0, 900.0, 1.0);
        let b = push_exact(&points, 5, 900.0, 1.0);
        assert!((a.x - b.x).abs() + (a.y - b.y).abs() < 1e-6 * (b.x.abs() + b.y.abs()));
    }

    #[test]
    fn points_on_one_spot_end_in_one_leaf() {
        let points = vec![Point { x: 3.0, y: 4.0 }; 100];
        let tree = QuadTree::new(&points);
        assert_eq!(tree.nearest(Point { x: 3.0, y: 4.0 }, 1.0), Some(0));
        let f = tree.push_on(0, 0.8, 1.0, 1.0);
        assert_eq!((f.x, f.y), (0.0, 0.0));
    }
}
