"""A GeoPackage layer's R-tree (SQLite's rtree module: its _node, _rowid and _parent tables) packed in one pass
from the points sorted into vertical slices (a sort-tile-recursive tree), written as SQLite itself would lay it out;
the layer's other work (its indexes) can run meanwhile on the same connection."""
import sqlite3
import threading
from typing import Callable, Optional, Union

import numpy as np

from .... import sql
from .format import insert_rows


def _float32_bounds(low, high):
    """float32 copies of box bounds, rounded outwards so the box still holds the point."""
    low32, high32 = low.astype(np.float32), high.astype(np.float32)
    down = low32.astype(np.float64) > low
    low32[down] = np.nextafter(low32[down], np.float32(-np.inf))
    up = high32.astype(np.float64) < high
    high32[up] = np.nextafter(high32[up], np.float32(np.inf))
    return low32, high32


def _enclosing(boxes, capacity):
    """The box enclosing each run of ``capacity`` boxes (minx, maxx, miny, maxy rows): a node's, from its cells."""
    starts = np.arange(0, len(boxes), capacity)
    return np.column_stack([np.minimum.reduceat(boxes[:, 0], starts), np.maximum.reduceat(boxes[:, 1], starts),
                            np.minimum.reduceat(boxes[:, 2], starts), np.maximum.reduceat(boxes[:, 3], starts)])


ROWIDS_IN_ORDER = 2_000_000  # boxes whose rowid-table rows are kept to be written in id order (8 MB a million)


def has_json(conn) -> bool:
    """Whether this SQLite has its JSON functions (built in since 3.38, and in most builds before)."""
    try:
        return conn.execute("SELECT COUNT(*) FROM json_each('[1]')").fetchone()[0] == 1
    except sqlite3.OperationalError:
        return False


def json_integers(values) -> str:
    """A JSON array of integers (a numpy array or a list), for SQLite's ``json_each``."""
    return "[" + ",".join(map(str, np.asarray(values, np.int64).tolist())) + "]"


def _insert_rowids(conn, table, ids, nodes, pairs=None):
    """An R-tree's rowid table rows (id, node). With ``pairs`` (each pair one integer, id * 2^32 + node: ids below
    2^31) through SQLite's ``json_each``, a statement per 65,536 (about half the time of binding the rows from
    Python); else as rows."""
    if pairs is None:
        insert_rows(conn, sql.statement("INSERT INTO {t} (rowid, nodeno) VALUES ", t=table),
                    zip(ids.tolist(), nodes.tolist()), 2)
        return
    for start in range(0, len(pairs), 65536):
        conn.execute(sql.statement("INSERT INTO {t} (rowid, nodeno) SELECT value >> 32, value & 4294967295 FROM "
                                   "json_each(?)", t=table), (json_integers(pairs[start:start + 65536]),))


def pack_rtree(conn, name: str, ids: np.ndarray, minx: np.ndarray, maxx: np.ndarray, miny: np.ndarray,
               maxy: np.ndarray, meanwhile: Optional[str] = None) -> None:
    """Fill an empty SQLite R-tree (2 dimensions) from arrays: ``pack_rtree_sorted`` with the boxes in x order
    (sorted while ``meanwhile`` runs)."""
    def in_x_order():
        x0, x1 = np.asarray(minx, np.float64), np.asarray(maxx, np.float64)
        order = np.argsort(x0 + x1, kind="stable")
        columns = [np.asarray(ids, np.int64)[order], x0[order], None, np.asarray(miny, np.float64)[order], None]
        # points (the same array as both bounds) are sorted once for both
        columns[2] = columns[1] if maxx is minx else x1[order]
        columns[4] = columns[3] if maxy is miny else np.asarray(maxy, np.float64)[order]
        yield columns

    pack_rtree_sorted(conn, name, len(ids), in_x_order(), meanwhile)


class _Recorded:
    """Stands in for a connection another thread is using: keeps the statements run on it while that thread works,
    and runs them (those kept first) on the connection as soon as it is free, so that no more than the tree's
    first part is held in memory (``finish`` runs what is left)."""

    def __init__(self, conn, running):
        self.conn, self.running, self.calls = conn, running, []

    def _free(self):
        if self.running is not None and self.running.thread.is_alive():
            return False
        if self.running is not None:
            self.running.finish()  # its error, if any, before anything more is written
            self.running = None
        self.finish()
        return True

    def execute(self, statement, parameters=()):
        if self._free():
            self.conn.execute(statement, parameters)
        else:
            self.calls.append((statement, [parameters]))

    def executemany(self, statement, parameters):
        if self._free():
            self.conn.executemany(statement, parameters)
        else:
            self.calls.append((statement, list(parameters)))

    def finish(self):
        calls, self.calls = self.calls, []
        for statement, parameters in calls:
            self.conn.executemany(statement, parameters)


class Meanwhile:
    """Runs ``work(*args)`` in a thread while the caller goes on (a statement, during which SQLite leaves the
    interpreter lock so Python and numpy go on here; a file's sync, the disk at work): ``wait()`` waits for it,
    ``finish()`` waits and raises its error, if any."""

    def __init__(self, work, *args):
        self.error = None

        def run():
            try:
                work(*args)
            except BaseException as exc:  # raised again by finish(), in the caller's thread
                self.error = exc

        self.thread = threading.Thread(target=run, name="egms-gpkg-meanwhile", daemon=True)
        self.thread.start()

    def wait(self) -> None:
        self.thread.join()

    def finish(self) -> None:
        self.wait()
        if self.error is not None:
            raise self.error


def pack_rtree_sorted(conn, name: str, n: int, blocks, meanwhile: Union[str, Callable, None] = None) -> None:
    """Fill an empty SQLite R-tree (2 dimensions) with ``n`` boxes at once by sort-tile-recursive packing, writing
    its node, rowid and parent tables directly: much faster than inserting rows one by one, and a well-shaped tree.
    ``blocks``: (ids, minx, maxx, miny, maxy) arrays of the boxes, all of them in the order of their centres' x
    (e.g. read from the table with ORDER BY): they are taken a vertical slice at a time (about
    capacity x sqrt(leaves) boxes), so memory stays bounded whatever ``n``; only the leaves' boxes are kept.
    Node layout as SQLite's rtree module stores it: 2 bytes depth (root only), 2 bytes cell count, then cells of a
    big-endian int64 id and four big-endian float32 bounds, zero-padded to the node size SQLite chose for the table
    (read from its empty root node).

    ``meanwhile``: a statement (e.g. a CREATE INDEX), or a function running statements on ``conn``, run in another
    thread while the tree is computed (the blocks must not come from ``conn`` then); the tree is written as soon as
    it is done. Without boxes, it runs first."""
    if n == 0:
        if callable(meanwhile):
            meanwhile()
        elif meanwhile is not None:
            conn.execute(meanwhile)
        return
    node_size = conn.execute(sql.statement("SELECT length(data) FROM {t} WHERE nodeno = 1", t=name + "_node")
                             ).fetchone()[0]
    by_json = has_json(conn)
    if meanwhile is None:
        _pack(conn, name, n, blocks, node_size, by_json)
        return
    running = Meanwhile(meanwhile) if callable(meanwhile) else Meanwhile(conn.execute, meanwhile)
    recorded = _Recorded(conn, running)
    try:
        _pack(recorded, name, n, blocks, node_size, by_json)
    finally:
        running.finish()
    recorded.finish()


def _pack(out, name, n, blocks, node_size, by_json):
    """``pack_rtree_sorted``'s work: its statements run on ``out`` (a connection, or ``_Recorded``)."""
    capacity = (node_size - 4) // 24
    sizes = [-(-n // capacity)]  # nodes per level, leaves first
    while sizes[-1] > 1:
        sizes.append(-(-sizes[-1] // capacity))
    depth = len(sizes) - 1
    first = [1 + sum(sizes[k + 1:]) for k in range(len(sizes))]  # node numbers: the root is 1, then level by level
    slice_len = capacity * int(np.ceil(np.sqrt(sizes[0])))
    cell = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])
    node_table, rowid_table = name + "_node", name + "_rowid"
    # the rowid table written in id order (appended to its B-tree, not inserted all over it: half the time) where
    # the boxes are few enough to keep their ids
    keep_rowids, kept = n <= ROWIDS_IN_ORDER, []
    leaf_boxes, next_leaf = [], first[0]

    def write_nodes(numbers, cells, level):  # the nodes ``numbers`` of a level, ``capacity`` cells each
        raw = cells.tobytes()
        header = (depth if level == depth else 0).to_bytes(2, "big")

        def rows():
            for j, number in enumerate(numbers):
                count = min(capacity, len(cells) - j * capacity)
                data = header + count.to_bytes(2, "big") + raw[j * capacity * 24:(j * capacity + count) * 24]
                yield int(number), data + bytes(node_size - len(data))

        insert_rows(out, sql.statement("INSERT OR REPLACE INTO {t} (nodeno, data) VALUES ", t=node_table), rows(), 2)

    def leaves(columns):  # one vertical slice: by y, then cut into leaves
        nonlocal next_leaf
        ids, x0, x1, y0, y1 = columns
        x0, x1 = _float32_bounds(x0, x1)
        y0, y1 = _float32_bounds(y0, y1)
        order = np.argsort(y0.astype(np.float64) + y1, kind="stable")
        cells = np.zeros(len(ids), dtype=cell)
        cells["id"] = ids[order]
        boxes = np.column_stack([x0[order], x1[order], y0[order], y1[order]])
        cells["box"] = boxes
        count = -(-len(ids) // capacity)
        numbers = np.arange(next_leaf, next_leaf + count)
        next_leaf += count
        write_nodes(numbers, cells, 0)
        slice_ids, nodes = cells["id"].astype(np.int64), np.repeat(numbers, capacity)[:len(ids)]
        pairs = (slice_ids << 32) | nodes if by_json and slice_ids.min() >= 0 and slice_ids.max() < 2 ** 31 else None
        if pairs is not None and keep_rowids:  # written in id order at the end
            kept.append(pairs)
        else:
            _insert_rowids(out, rowid_table, slice_ids, nodes, pairs)
        leaf_boxes.append(_enclosing(boxes, capacity))

    held, have = [], 0  # blocks not yet packed (views: a slice taken off a block copies nothing)
    for block in blocks:
        held.append([np.asarray(c) for c in block])
        have += len(held[-1][0])
        while have >= slice_len:
            columns = held[0] if len(held) == 1 else [np.concatenate(c) for c in zip(*held)]
            leaves([c[:slice_len] for c in columns])
            held, have = [[c[slice_len:] for c in columns]], have - slice_len
    if have:
        leaves(held[0] if len(held) == 1 else [np.concatenate(c) for c in zip(*held)])
    if kept:
        pairs = np.concatenate(kept)
        del kept[:]
        pairs.sort()  # by id: the high 32 bits
        _insert_rowids(out, rowid_table, None, None, pairs)
    # the levels above the leaves, in memory (a few thousand boxes): each sorted by x in slices, then by y
    child, boxes = np.arange(first[0], first[0] + sizes[0]), np.concatenate(leaf_boxes)
    parent_rows = []
    for level in range(1, depth + 1):
        count = len(child)
        level_slice = capacity * int(np.ceil(np.sqrt(sizes[level])))
        cx = boxes[:, 0].astype(np.float64) + boxes[:, 1]
        cy = boxes[:, 2].astype(np.float64) + boxes[:, 3]
        by_x = np.argsort(cx, kind="stable")
        order = by_x[np.lexsort((cy[by_x], np.arange(count) // level_slice))]
        child, boxes = child[order], boxes[order]
        numbers = np.arange(first[level], first[level] + sizes[level])
        parent_rows.extend(zip(child.tolist(), numbers[np.arange(count) // capacity].tolist()))
        cells = np.zeros(count, dtype=cell)
        cells["id"], cells["box"] = child, boxes
        write_nodes(numbers, cells, level)
        boxes = _enclosing(boxes, capacity)
        child = numbers
    insert_rows(out, sql.statement("INSERT INTO {t} (nodeno, parentnode) VALUES ", t=name + "_parent"), parent_rows, 2)
