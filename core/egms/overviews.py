"""Overviews of a large EGMS layer: grids of square cells at several sizes, each cell of each geometry (an L2 layer's
track; an L3 layer has one) with its number of points and their median velocity, for drawing a country at small
scales (a cell a few pixels wide) instead of millions of points.

The cells are computed exactly (the median of the cell's points, not of smaller cells' medians) in bounded memory:
the points are read once in the layer's order and dealt into vertical stripes as wide as the largest cell (a temporary
file each), then each stripe is sorted and reduced alone; no cell of any size straddles two stripes."""
import os
import tempfile
from typing import Dict, Iterable, Iterator, Tuple

import numpy as np

SIDES = (100, 400, 1600, 6400, 25600)  # cell sides (m), each four times the one before
STRIPE = SIDES[-1]
_POINT = np.dtype([("x", "<f8"), ("y", "<f8"), ("v", "<f8"), ("g", "<i8")])
# a cell is shown while it is 2 to 8 pixels wide (at 96 dpi, 0.2646 mm a pixel): the scales (1:n) of each size
PIXEL_M = 0.0254 / 96


def scale_range(side: int) -> Tuple[float, float]:
    """(largest scale, smallest scale) denominators at which a cell of ``side`` metres is drawn: 2 to 8 pixels wide;
    the largest cells go on to any smaller scale (0: no limit)."""
    largest = side / (8 * PIXEL_M)
    return largest, 0.0 if side == SIDES[-1] else side / (2 * PIXEL_M)


def cells(x: np.ndarray, y: np.ndarray, v: np.ndarray, g: np.ndarray, side: float) -> Dict[str, np.ndarray]:
    """The cells of ``side`` metres holding the points (x, y in metres, velocity v, geometry g): per cell and geometry
    its column and row (floor(x / side), floor(y / side)), geometry, number of points and median velocity (the mean
    of the two middle values for an even number), in column, row, geometry order. Points without a velocity are left
    out."""
    keep = np.isfinite(v)
    x, y, v, g = x[keep], y[keep], v[keep], g[keep]
    column, row = np.floor(x / side).astype(np.int64), np.floor(y / side).astype(np.int64)
    order = np.lexsort((v, g, row, column))
    column, row, g, v = column[order], row[order], g[order], v[order]
    if not len(v):
        empty = np.zeros(0, np.int64)
        return {"column": empty, "row": empty, "geometry": empty, "n": empty, "median": np.zeros(0)}
    new = np.ones(len(v), dtype=bool)
    new[1:] = (column[1:] != column[:-1]) | (row[1:] != row[:-1]) | (g[1:] != g[:-1])
    starts = np.flatnonzero(new)
    n = np.diff(np.append(starts, len(v)))
    low, high = starts + (n - 1) // 2, starts + n // 2
    return {"column": column[starts], "row": row[starts], "geometry": g[starts], "n": n,
            "median": (v[low] + v[high]) / 2.0}


def stripes(blocks: Iterable[Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]) -> Iterator[np.ndarray]:
    """The points of ``blocks`` ((x, y, v, g) arrays, in any order) again, a vertical stripe of STRIPE metres at a
    time (a structured array with fields x, y, v, g): dealt into a temporary file per stripe first, so memory holds
    one block and then one stripe, whatever the number of points."""
    folder = tempfile.mkdtemp(prefix="egms-overview-")
    files = {}
    try:
        for x, y, v, g in blocks:
            stripe = np.floor(np.asarray(x, np.float64) / STRIPE).astype(np.int64)
            points = np.empty(len(stripe), dtype=_POINT)
            points["x"], points["y"], points["v"], points["g"] = x, y, v, g
            for number in np.unique(stripe):
                out = files.get(number)
                if out is None:
                    out = files[number] = open(os.path.join(folder, "{}.bin".format(number)), "w+b")
                points[stripe == number].tofile(out)
        for number in sorted(files):
            out = files[number]
            out.seek(0)
            yield np.fromfile(out, dtype=_POINT)
    finally:
        for out in files.values():
            out.close()
            os.remove(out.name)
        os.rmdir(folder)


def overview(blocks: Iterable[Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]) -> Iterator[Tuple[int, dict]]:
    """(side, cells) of every cell size, stripe after stripe (see ``cells``), from the layer's points in ``blocks``."""
    for points in stripes(blocks):
        for side in SIDES:
            found = cells(points["x"], points["y"], points["v"], points["g"], side)
            if len(found["n"]):
                yield side, found
