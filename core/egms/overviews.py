"""Overviews of a large EGMS layer: grids of square cells at several sizes, each cell of each geometry (an L2 layer's
track; an L3 layer has one) with its number of points and their median velocity, for drawing a country at small
scales (a cell a few pixels wide) instead of millions of points.

The cells are computed exactly (the median of the cell's points, not of smaller cells' medians) in bounded memory:
the points are read once in the layer's order and dealt into squares as wide as the largest cell (a temporary file
each), then each square is sorted and reduced alone; no cell of any size straddles two squares."""
import os
import tempfile
from collections import OrderedDict
from typing import Dict, Iterator, Tuple

import numpy as np

SIDES = (100, 400, 1600, 6400, 25600)  # cell sides (m), each four times the one before
TILE = SIDES[-1]  # the points are taken a square of the largest cell at a time: no cell straddles two
OPEN_FILES = 64  # temporary tile files open at once (a country has thousands of tiles)
CENTI = 100.0  # velocities are taken to 0.01 mm/year, as EGMS writes them: a median is exact to that
_POINT = np.dtype([("x", "<f4"), ("y", "<f4"), ("v", "<i4"), ("g", "<i2")])  # a point within its tile: 14 bytes
PIXEL_M = 0.0254 / 96  # a pixel at 96 dpi, in metres
OVERVIEW_POINTS = 200_000  # a smaller layer draws fast enough at any scale: no overview (in either store)
SUFFIX = "_overview"  # the overview of layer L is the table L_overview beside it


def overview_name(layer: str) -> str:
    return layer + SUFFIX


def points_of(overview: str) -> str:
    """The name of the points' layer of the overview table ``overview``; "" when it is not an overview's name."""
    return overview[:-len(SUFFIX)] if overview.endswith(SUFFIX) else ""


def scale_range(side: int) -> Tuple[float, float]:
    """(largest scale, smallest scale) denominators at which a cell of ``side`` metres is drawn: 2 to 8 pixels wide;
    the largest cells go on to any smaller scale (0: no limit)."""
    largest = side / (8 * PIXEL_M)
    return largest, 0.0 if side == SIDES[-1] else side / (2 * PIXEL_M)


def cells(x: np.ndarray, y: np.ndarray, v: np.ndarray, g: np.ndarray, side: float) -> Dict[str, np.ndarray]:
    """The cells of ``side`` metres holding the points (x, y in metres, velocity v in mm/year, geometry g: a small
    integer, an L2 layer's track): per cell and geometry its column and row (floor(x / side), floor(y / side)),
    geometry, number of points and median velocity (the mean of the two middle values for an even number; velocities
    taken to 0.01 mm/year), in column, row, geometry order. Points without a velocity are left out."""
    v = np.asarray(v, np.float64)
    keep = np.isfinite(v)
    return _cells(np.asarray(x)[keep], np.asarray(y)[keep], np.round(v[keep] * CENTI), np.asarray(g)[keep], side)


def _cells(x, y, cents, g, side):
    """``cells`` of points with a velocity (``cents``: 0.01 mm/year): one sort of one 64-bit key a point (cell,
    geometry and velocity packed together), made a part at a time: about 30 bytes a point at the most."""
    if not len(cents):
        empty = np.zeros(0, np.int64)
        return {"column": empty, "row": empty, "geometry": empty, "n": empty, "median": np.zeros(0)}
    key = np.floor(x / side).astype(np.int64)  # the column, then the rest shifted in
    origin, widths = [int(key.min())], []
    key -= origin[0]
    widths.append(int(key.max()).bit_length())
    for part in (lambda: np.floor(y / side), lambda: g, lambda: cents):
        values = part().astype(np.int64)
        low = int(values.min())
        values -= low
        width = int(values.max()).bit_length()
        origin.append(low)
        widths.append(width)
        key <<= width
        key |= values
        del values
    if sum(widths) > 62:
        raise ValueError("too wide an area or range of velocities for one pass: take it a tile at a time")
    key.sort()
    value = (key & ((1 << widths[3]) - 1)) + origin[3]
    key >>= widths[3]  # the cell and geometry
    new = np.ones(len(key), dtype=bool)
    new[1:] = key[1:] != key[:-1]
    starts = np.flatnonzero(new)
    n = np.diff(np.append(starts, len(key)))
    low, high = starts + (n - 1) // 2, starts + n // 2
    cell = key[starts]
    geometry = (cell & ((1 << widths[2]) - 1)) + origin[2]
    cell >>= widths[2]
    return {"column": (cell >> widths[1]) + origin[0], "row": (cell & ((1 << widths[1]) - 1)) + origin[1],
            "geometry": geometry, "n": n, "median": (value[low] + value[high]) / (2 * CENTI)}


class Tiles:
    """Points dealt into squares of TILE metres, a temporary file each (OPEN_FILES open at once): ``add`` blocks of
    points in any order (as an import writes them), then ``__iter__`` gives ((tile column, tile row), its points: x,
    y from the tile's corner, v in 0.01 mm/year, g) a tile at a time, so memory holds one block and then one tile's
    points (14 bytes each), whatever the layer's size. Points without a velocity are left out. ``close()`` removes
    the files."""

    def __init__(self):
        self.folder = tempfile.mkdtemp(prefix="egms-overview-")
        self.paths, self.handles = {}, OrderedDict()

    def add(self, x, y, v, g) -> None:
        keep = np.isfinite(np.asarray(v, np.float64))
        x, y, v = (np.asarray(a, np.float64)[keep] for a in (x, y, v))
        g = np.broadcast_to(np.asarray(g, np.int64), keep.shape)[keep]
        tx, ty = np.floor(x / TILE).astype(np.int64), np.floor(y / TILE).astype(np.int64)
        points = np.empty(len(x), dtype=_POINT)
        points["x"], points["y"] = x - tx * TILE, y - ty * TILE
        points["v"], points["g"] = np.round(v * CENTI), g
        order = np.lexsort((ty, tx))
        tx, ty, points = tx[order], ty[order], points[order]
        edges = np.flatnonzero(np.diff(tx) | np.diff(ty)) + 1
        for start, end in zip(np.append(0, edges), np.append(edges, len(points))):
            self._handle((int(tx[start]), int(ty[start]))).write(points[start:end].tobytes())

    def _handle(self, tile):
        out = self.handles.get(tile)
        if out is not None:
            self.handles.move_to_end(tile)
            return out
        if len(self.handles) >= OPEN_FILES:
            self.handles.popitem(last=False)[1].close()
        path = self.paths.setdefault(tile, os.path.join(self.folder, "{}_{}.bin".format(*tile)))
        out = self.handles[tile] = open(path, "ab")
        return out

    def __iter__(self) -> Iterator[Tuple[tuple, np.ndarray]]:
        while self.handles:
            self.handles.popitem()[1].close()
        for tile in sorted(self.paths):
            yield tile, np.fromfile(self.paths[tile], dtype=_POINT)

    def close(self) -> None:
        while self.handles:
            self.handles.popitem()[1].close()
        for path in self.paths.values():
            os.remove(path)
        self.paths = {}
        if os.path.isdir(self.folder):
            os.rmdir(self.folder)


def overview(points) -> Iterator[Tuple[int, dict]]:
    """(side, cells) of every cell size, tile after tile (see ``cells``), from a layer's points: ``Tiles`` they were
    dealt into, or blocks of (x, y, v, g) arrays (dealt here)."""
    tiles = points if isinstance(points, Tiles) else None
    if tiles is None:
        tiles = Tiles()
        for block in points:
            tiles.add(*block)
    try:
        for (tx, ty), found_points in tiles:
            for side in SIDES:
                found = _cells(found_points["x"], found_points["y"], found_points["v"], found_points["g"], side)
                if len(found["n"]):
                    found["column"] += tx * (TILE // side)
                    found["row"] += ty * (TILE // side)
                    yield side, found
    finally:
        tiles.close()
