"""Vertical and east-west motion from ascending and descending line-of-sight (LOS) velocities.

Each EGMS L2 point carries its LOS velocity v (mm/year, positive towards the satellite) and the LOS unit
vector (los_east, los_north, los_up) from the ground to the satellite, so v = E·e + N·n + U·u. Sentinel-1's
near-polar orbits see almost nothing of north-south motion, so, as for EGMS L3, N is taken as 0: in each
grid cell the mean ascending and mean descending LOS velocities give two equations in E and U,

    v_asc = E·e_asc + U·u_asc,   v_desc = E·e_desc + U·u_desc,

solved exactly (the mean unit vectors of the cell's points are used). A cell seen from one geometry only has
one equation for two unknowns: it is left empty and counted.
"""
from dataclasses import dataclass

import numpy as np


@dataclass
class Grid:
    """One row per cell holding points: its lower-left corner, the counts, the mean LOS velocities, and the
    vertical / east velocities (NaN where the cell is seen from one geometry only)."""
    cell: float
    x0: np.ndarray
    y0: np.ndarray
    n_asc: np.ndarray
    n_desc: np.ndarray
    v_asc: np.ndarray
    v_desc: np.ndarray
    up: np.ndarray
    east: np.ndarray

    @property
    def one_geometry(self) -> int:
        """How many cells are seen from one geometry only (left empty)."""
        return int(((self.n_asc == 0) ^ (self.n_desc == 0)).sum())

    @property
    def solved(self) -> int:
        return int(np.isfinite(self.up).sum())


def _cell_means(keys, v, los):
    """Per cell key: count, mean v, mean unit vector (e, u)."""
    uniq, inverse = np.unique(keys, return_inverse=True)
    count = np.bincount(inverse)
    mean = lambda a: np.bincount(inverse, weights=a) / count  # noqa: E731
    return uniq, count, mean(v), mean(los[:, 0]), mean(los[:, 2])


def decompose(asc_xy, asc_v, asc_los, desc_xy, desc_v, desc_los, cell: float = 100.0) -> "Grid":
    """A Grid of ``cell`` metres from two sets of points (x, y in one metric CRS; v in mm/year; los rows
    (east, north, up))."""
    asc_xy, desc_xy = np.asarray(asc_xy, float).reshape(-1, 2), np.asarray(desc_xy, float).reshape(-1, 2)
    asc_los, desc_los = np.asarray(asc_los, float).reshape(-1, 3), np.asarray(desc_los, float).reshape(-1, 3)
    asc_v, desc_v = np.asarray(asc_v, float), np.asarray(desc_v, float)
    keep_a = np.isfinite(asc_v) & np.isfinite(asc_los).all(axis=1) & np.isfinite(asc_xy).all(axis=1)
    keep_d = np.isfinite(desc_v) & np.isfinite(desc_los).all(axis=1) & np.isfinite(desc_xy).all(axis=1)
    asc_xy, asc_v, asc_los = asc_xy[keep_a], asc_v[keep_a], asc_los[keep_a]
    desc_xy, desc_v, desc_los = desc_xy[keep_d], desc_v[keep_d], desc_los[keep_d]
    ix = np.floor(np.concatenate([asc_xy[:, 0], desc_xy[:, 0]]) / cell).astype(np.int64)
    iy = np.floor(np.concatenate([asc_xy[:, 1], desc_xy[:, 1]]) / cell).astype(np.int64)
    if len(ix) == 0:
        empty = np.zeros(0)
        return Grid(cell, empty, empty, empty.astype(int), empty.astype(int), empty, empty, empty, empty)
    base_x, base_y = ix.min(), iy.min()
    width = int(iy.max() - base_y + 1)
    keys = (ix - base_x) * width + (iy - base_y)
    ka, kd = keys[:len(asc_xy)], keys[len(asc_xy):]
    cells = np.unique(keys)
    n_asc, n_desc = np.zeros(len(cells), int), np.zeros(len(cells), int)
    va, vd, ea, ua, ed, ud = (np.full(len(cells), np.nan) for _ in range(6))
    for k, v, los, n, vv, e, u in ((ka, asc_v, asc_los, n_asc, va, ea, ua), (kd, desc_v, desc_los, n_desc, vd, ed, ud)):
        if len(k):
            uniq, count, mv, me, mu = _cell_means(k, v, los)
            at = np.searchsorted(cells, uniq)
            n[at], vv[at], e[at], u[at] = count, mv, me, mu
    det = ea * ud - ed * ua
    both = (n_asc > 0) & (n_desc > 0) & (np.abs(det) > 1e-6)
    east, up = np.full(len(cells), np.nan), np.full(len(cells), np.nan)
    east[both] = (va[both] * ud[both] - vd[both] * ua[both]) / det[both]
    up[both] = (ea[both] * vd[both] - ed[both] * va[both]) / det[both]
    x0 = (cells // width + base_x) * cell
    y0 = (cells % width + base_y) * cell
    return Grid(cell, x0.astype(float), y0.astype(float), n_asc, n_desc, va, vd, up, east)
