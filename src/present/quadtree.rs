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
/// The most points [`QuadTree::push_all`] takes together.
pub const GROUP: usize = 32;
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
    /// The cells whose points [`QuadTree::push_all`] takes together, in slot order.
    groups: Vec<u32>,
    /// The lists of [`QuadTree::push_all`], kept between calls.
    shared: Shared,
}

/// The cells one group of points sees alike (see [`QuadTree::push_all`]).
#[derive(Clone, Debug, Default)]
struct Shared {
    /// Far from every point: centre of mass and count.
    far: Vec<[f64; 3]>,
    /// Leaves near every point: their slots.
    near: Vec<(u32, u32)>,
    /// Far from some points and not others: each point walks them itself.
    mixed: Vec<u32>,
    stack: Vec<u32>,
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
        self.groups.clear();
        let square = Square {
            x0: x0.min(x1),
            y0: y0.min(y1),
            size,
        };
        self.split(points, 0, 0..len, square, 0, false);
        self.at.clear();
        self.at
            .extend(self.order.iter().map(|&i| points[i as usize]));
    }

    /// Fills the cell `id` with the slots `run` inside `square`, and adds its quarters; notes
    /// it as a group unless it is in one already (`grouped`).
    fn split(
        &mut self,
        points: &[Point],
        id: usize,
        run: std::ops::Range<usize>,
        square: Square,
        depth: u32,
        grouped: bool,
    ) {
        let (start, end) = (run.start, run.end);
        let leaf = end - start <= LEAF || depth >= MAX_DEPTH;
        // A group: the first cell down this way small enough, or a leaf of points on one spot.
        let group = !grouped && (end - start <= GROUP || leaf);
        if group {
            self.groups.push(id as u32);
        }
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
        if leaf {
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
                let run = bounds[q]..bounds[q + 1];
                self.split(points, k, run, quarter, depth + 1, grouped || group);
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
        let law = Law {
            theta2: theta * theta,
            strength,
            min_d2,
        };
        // The cells still to visit: at most three siblings a level wait, and the tree is at
        // most MAX_DEPTH deep, so a fixed stack holds them.
        let mut stack = [0u32; 4 * (MAX_DEPTH as usize + 2)];
        match self.order.iter().position(|&j| j as usize == i) {
            Some(s) => self.walk(s, &mut stack, 1, law),
            None => Point { x: 0.0, y: 0.0 },
        }
    }

    /// [`QuadTree::push_on`] for every point at once, into `out` by point index (`out` as
    /// long as the slice the tree was built from; points left out get zero).
    ///
    /// Every point meets the very cells [`QuadTree::push_on`] has it meet, only the walk is
    /// shared: the points are taken in groups (the biggest cells of at most [`GROUP`]), and
    /// one walk per group sorts the cells into those far from every point of the group
    /// (pushing as one body on each), those near every point (opened for each) and the rest,
    /// which each point walks on its own. The bounds are taken so that rounding cannot make
    /// a group's verdict differ from a point's, so only the order of the sums differs.
    pub fn push_all(&mut self, theta: f64, strength: f64, min_d2: f64, out: &mut [Point]) {
        out.fill(Point { x: 0.0, y: 0.0 });
        let theta2 = theta * theta;
        let law = Law {
            theta2,
            strength,
            min_d2,
        };
        let mut shared = std::mem::take(&mut self.shared);
        for &g in &self.groups {
            self.share(g as usize, theta2, &mut shared);
            let room = shared.mixed.len() + 4 * (MAX_DEPTH as usize + 2);
            shared.stack.resize(room.max(shared.stack.len()), 0);
            let group = self.cells[g as usize];
            for s in group.start as usize..group.end as usize {
                let p = self.at[s];
                let (mut fx, mut fy) = (0.0, 0.0);
                for &[cx, cy, count] in &shared.far {
                    let (dx, dy) = (p.x - cx, p.y - cy);
                    let k = strength * count / larger(dx * dx + dy * dy, min_d2);
                    fx += dx * k;
                    fy += dy * k;
                }
                for &(a, b) in &shared.near {
                    for (t, q) in (a as usize..).zip(&self.at[a as usize..b as usize]) {
                        let (dx, dy) = (p.x - q.x, p.y - q.y);
                        let d2 = dx * dx + dy * dy;
                        if t != s && d2 > 0.0 {
                            let k = strength / larger(d2, min_d2);
                            fx += dx * k;
                            fy += dy * k;
                        }
                    }
                }
                let mixed = shared.mixed.len();
                shared.stack[..mixed].copy_from_slice(&shared.mixed);
                let f = self.walk(s, &mut shared.stack, mixed, law);
                fx += f.x;
                fy += f.y;
                if let Some(o) = out.get_mut(self.order[s] as usize) {
                    *o = Point { x: fx, y: fy };
                }
            }
        }
        self.shared = shared;
    }

    /// Sorts the cells for the group of cell `g` into `shared`'s lists.
    fn share(&self, g: usize, theta2: f64, shared: &mut Shared) {
        let group = self.cells[g];
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for p in &self.at[group.start as usize..group.end as usize] {
            x0 = smaller(x0, p.x);
            y0 = smaller(y0, p.y);
            x1 = larger(x1, p.x);
            y1 = larger(y1, p.y);
        }
        shared.far.clear();
        shared.near.clear();
        shared.mixed.clear();
        shared.stack.clear();
        shared.stack.push(0);
        while let Some(c) = shared.stack.pop() {
            let cell = &self.cells[c as usize];
            let open = if c as usize == g {
                // The group's own cell holds some of its points and not others.
                if cell.kids > 0 {
                    shared.mixed.push(c);
                    continue;
                }
                true
            } else if cell.start <= group.start && group.end <= cell.end {
                // An ancestor holds every point of the group: opened for each.
                true
            } else {
                // The nearest and farthest any point of the group can be from the centre of
                // mass, per axis: |p.x − cx| rounds to no less than the first and no more than
                // the second for every p.x in [x0, x1], as rounding keeps order.
                let near_x = larger(larger(x0 - cell.cx, cell.cx - x1), 0.0);
                let near_y = larger(larger(y0 - cell.cy, cell.cy - y1), 0.0);
                let far_x = larger((x0 - cell.cx).abs(), (x1 - cell.cx).abs());
                let far_y = larger((y0 - cell.cy).abs(), (y1 - cell.cy).abs());
                let side2 = cell.size * cell.size;
                if side2 < theta2 * (near_x * near_x + near_y * near_y) {
                    shared.far.push([cell.cx, cell.cy, cell.count]);
                    continue;
                }
                if side2 < theta2 * (far_x * far_x + far_y * far_y) {
                    shared.mixed.push(c);
                    continue;
                }
                true
            };
            if open && cell.kids == 0 {
                shared.near.push((cell.start, cell.end));
            } else if open {
                shared.stack.extend(cell.first..cell.first + cell.kids);
            }
        }
    }

    /// The push on the point in slot `s` from the cells `stack[..top]` and what they hold,
    /// each walked down as far as `law` asks; `stack` has room for 4 × (MAX_DEPTH + 2) more.
    fn walk(&self, s: usize, stack: &mut [u32], mut top: usize, law: Law) -> Point {
        let Law {
            theta2,
            strength,
            min_d2,
        } = law;
        let p = self.at[s];
        let (mut fx, mut fy) = (0.0, 0.0);
        while top > 0 {
            top -= 1;
            let cell = &self.cells[stack[top] as usize];
            let (dx, dy) = (p.x - cell.cx, p.y - cell.cy);
            let d2 = dx * dx + dy * dy;
            // The cells holding `s` are its ancestors: their slots run over it.
            let holds = (s as u32).wrapping_sub(cell.start) < cell.end - cell.start;
            if !holds && cell.size * cell.size < theta2 * d2 {
                let k = strength * cell.count / larger(d2, min_d2);
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
                        let k = strength / larger(d2, min_d2);
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

/// The larger of two numbers that are not NaN: `f64::max` without its care for NaN, which
/// WebAssembly pays for with a call in the innermost loops.
#[inline(always)]
fn larger(a: f64, b: f64) -> f64 {
    if a < b {
        b
    } else {
        a
    }
}

/// The smaller of two numbers that are not NaN (see [`larger`]).
#[inline(always)]
fn smaller(a: f64, b: f64) -> f64 {
    if b < a {
        b
    } else {
        a
    }
}

/// How points push: θ², the strength, and the least squared distance a push is taken at.
#[derive(Clone, Copy, Debug)]
struct Law {
    theta2: f64,
    strength: f64,
    min_d2: f64,
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
    fn pushing_all_at_once_meets_the_cells_each_point_meets() {
        // Scattered with some on one spot, a tight cluster beside a wide spread, and many on
        // one spot (a leaf deeper than MAX_DEPTH allows, bigger than a group).
        let mut cluster = scatter(1500, 5);
        for (k, p) in cluster.iter_mut().enumerate().take(400) {
            *p = Point {
                x: 500.0 + p.x * 1e-3,
                y: 300.0 + (k % 3) as f64 * 1e-4,
            };
        }
        let mut spot = scatter(300, 8);
        spot.extend(vec![Point { x: 3.0, y: 4.0 }; 40]);
        for points in [scatter(3000, 7), cluster, spot] {
            let mut tree = QuadTree::new(&points);
            for theta in [0.9, 0.5, 0.0] {
                let mut all = vec![
                    Point {
                        x: f64::NAN,
                        y: 0.0
                    };
                    points.len()
                ];
                tree.push_all(theta, 30.0, 1.0, &mut all);
                for (i, a) in all.iter().enumerate() {
                    let b = tree.push_on(i, theta, 30.0, 1.0);
                    // Only the order of the sums differs: a few units in the last place of
                    // the biggest term.
                    let scale = 1e-9 * (1.0 + b.x.abs() + b.y.abs());
                    assert!(
                        (a.x - b.x).abs() < scale && (a.y - b.y).abs() < scale,
                        "theta {theta}, point {i}: {a:?} vs {b:?}"
                    );
                }
            }
        }
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
