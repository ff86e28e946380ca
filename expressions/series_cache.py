"""The values the EGMS expression functions give, computed a block of points at a time and kept per layer: the
series of a layer of the EGMS import are read from its store in blocks of BLOCK consecutive feature ids (a field
calculator or render pass asks for the points of one block after another, in whatever order the provider gives
them), each block's values computed at once with numpy and kept in a bounded cache per layer and function call; a
plain EGMS layer (the CSV as delimited text, or a Shapefile with ``D``+date fields) is read from the feature's own
date fields. Expressions are evaluated in render and task threads too: the cache is shared under one lock."""
import itertools
import threading
import time
from collections import OrderedDict

import numpy as np
from qgis.core import QgsProject

from ..core.log import log
from ..core.egms import analysis
from ..core.egms.series import date_fields, number

BLOCK = 4096  # points read and computed at once
KEEP = 64  # blocks kept per layer and function call (the values of 262,144 points)
KEYS = 8  # function calls (a function and its arguments) whose values are kept per layer
RECHECK_S = 1.0  # how often a cache asks its store whether another connection changed it
ARRAYS = 4  # egms_displacement_array: the dates whose arrays are kept per layer (a map drawn again, panned)
ARRAY_BLOCK = 65536  # feature ids read at once for an array
DENSE = 8  # a view of more than 1/DENSE of a layer's feature ids gets a list, not a map
VIEW_POINTS = 500_000  # egms_displacement_in_view: points of the (date, view) maps kept per layer, summed (about
# 50 MB): an animation over a view of a few thousand points plays again from memory
_EMPTY = {}  # not found (never written to)


class _Plain:
    """A layer whose features carry their series in date fields."""

    def __init__(self, fields):
        self.indexes = [i for i, _d in fields]
        self.dates = np.array([d for _i, d in fields])

    def value(self, feature, key, measure):
        attributes = feature.attributes()
        row = np.array([number(attributes[i]) for i in self.indexes], dtype=np.float64)
        return _listed(measure(self.dates, row[None, :]))[0]


def _rounded(values):
    """Values to a micrometre (or a micrometre a year): the data are tenths of a millimetre, and a mean's last
    binary digits (2.3999999999999995 for 2.4) mean nothing."""
    return np.round(values, 6) if values.dtype.kind == "f" else values


def _listed(values):
    """Computed values as Python numbers, None where there is none (NaN)."""
    return [None if v != v else v for v in _rounded(values).tolist()]


def _nearest_columns(dates, date, count=8):
    """A mask of the ``count`` acquisitions nearest ``date``: the only ones decoded for most points."""
    keep = np.zeros(len(dates), dtype=bool)
    keep[np.argsort(np.abs(dates - date), kind="stable")[:count]] = True
    return keep


class _Stored:
    """A layer of the EGMS import: its store's series reader and the values computed so far, per function
    call (``key``): feature id -> value, the oldest blocks dropped beyond KEEP, the oldest calls beyond KEYS.
    Values are kept by feature id, which is the store's fid: each block read checks that on the feature that
    asked for it (its pid), and a layer whose ids are not the store's is kept by pid instead."""

    def __init__(self, reader):
        self.reader = reader
        self.reader.changed()
        self.by_fid = True
        self.values = {}  # key -> {feature id (or pid): value}
        self.blocks = {}  # key -> OrderedDict(block number -> feature ids (or pids))
        self.arrays = OrderedDict()  # date -> egms_displacement_array's list
        self.views = OrderedDict()  # (date, box) -> egms_displacement_in_view's map
        self.numbers = itertools.count()

    def recheck(self):
        """Forget every value if another connection wrote to the store."""
        if self.reader.changed():
            self.values, self.blocks, self.arrays, self.views = {}, {}, OrderedDict(), OrderedDict()

    def array(self, date):
        """Every point's displacement at ``date`` (nearest acquisition with a value) at the index of its feature
        id, None where no point or no value; None for a layer whose feature ids are not the store's."""
        if not self.by_fid:
            return None
        found = self.arrays.get(date)
        if found is None:
            _first, last = self.reader.fid_range()
            out = np.full(0 if last is None else last + 1, np.nan)
            for start in range(0, len(out), ARRAY_BLOCK):
                fids, values = self._at(self.reader.rows_between(start, start + ARRAY_BLOCK), date)
                out[fids] = values
            found = self.arrays[date] = _listed(out)
            while len(self.arrays) > ARRAYS:
                self.arrays.popitem(last=False)
        else:
            self.arrays.move_to_end(date)
        return found

    def in_view(self, date, box):
        """The displacement at ``date`` of the points inside ``box`` (EPSG:3035: a map's view), by feature id: a map
        {feature id as text: value}, or where the view holds much of the layer a list at the index of each feature id
        (either indexed alike by QGIS's ``[$id]``); None where a point has no value; None for a layer whose feature
        ids are not the store's. Only the view's points are read; the last (date, view) results are kept
        (VIEW_POINTS values in all)."""
        if not self.by_fid:
            return None
        key = (date, tuple(round(float(v), 3) for v in box))
        found = self.views.get(key)
        if found is None:
            fids, values = self._at(self.reader.rows_in(box), date)
            _first, last = self.reader.fid_range()
            if len(fids) * DENSE > (last or 0):  # most of the layer in view: an array by feature id costs less
                out = np.full(last + 1, np.nan)
                out[fids] = values
                found = _listed(out)
            else:
                found = dict(zip(map(str, fids.tolist()), _listed(values)))
            self.views[key] = found
            kept = sum(len(view) for view in self.views.values())
            while kept > VIEW_POINTS and len(self.views) > 1:
                kept -= len(self.views.popitem(last=False)[1])
        else:
            self.views.move_to_end(key)
        return found

    def _at(self, rows, date):
        """(fids, displacement at ``date``) of (fid, source_id, data) rows: the acquisitions nearest the date decoded
        first, the whole series of a point none of them has a value for."""
        parts = [(np.asarray(fids, np.int64), analysis.nearest_many(dates, values, date)) for fids, dates, values
                 in self.reader.blocks(rows, lambda dates: _nearest_columns(dates, date))]
        if not parts:
            return np.zeros(0, np.int64), np.zeros(0)
        fids, values = (np.concatenate(p) for p in zip(*parts))
        empty = set(fids[np.isnan(values)].tolist())
        if empty:
            position = {fid: i for i, fid in enumerate(fids.tolist()) if fid in empty}
            for again, dates, whole in self.reader.blocks([row for row in rows if row[0] in empty]):
                values[[position[fid] for fid in again]] = analysis.nearest_many(dates, whole, date)
        return fids, values

    def value(self, feature, key, measure):
        """The value for this feature (None where none), computed with its block if not known yet."""
        found = self.values.get(key)
        if found is None:
            found = self.values[key] = {}
            for old in list(self.values)[:-KEYS]:  # the calls used longest ago (an animation's earlier dates)
                del self.values[old]
                self.blocks.pop(old, None)
        ident = feature.id() if self.by_fid else feature["pid"]
        try:
            return found[ident]
        except KeyError:
            return self._missing(feature, ident, key, measure, found)

    def _missing(self, feature, ident, key, measure, found):
        try:
            pid = feature["pid"]
        except KeyError:
            return None
        if self.by_fid:
            stored = self.reader.pid_of(ident)
            if stored is not None and stored != pid:
                self.by_fid = False  # the layer's feature ids are not the store's: by pid from now on
                self.values, self.blocks = {}, {}
                return self.value(feature, key, measure)
            # an id the store does not have (a feature added in the edit buffer): no block, the point alone
            rows = self.reader.rows_around(ident, BLOCK) if stored is not None else []
        else:
            rows = self.reader.rows_around(feature.id(), BLOCK, key="pid")
        self._compute(key, measure, rows)
        found = self.values[key]
        if ident not in found:  # not where its feature id said (a new or filtered feature): alone, by its pid
            alone = self.reader.rows_of([pid])
            for _pids, dates, values in self.reader.blocks(alone, measure.columns):
                found[ident] = _listed(measure(dates, values))[0]
            found.setdefault(ident, None)  # a point without a series
            next(reversed(self.blocks[key].values())).append(ident)  # dropped with the block read last
        return found[ident]

    def _compute(self, key, measure, rows):
        found, blocks = self.values[key], self.blocks.setdefault(key, OrderedDict())
        idents = []
        for block_idents, dates, values in self.reader.blocks(rows, measure.columns):
            found.update(zip(block_idents, _listed(measure(dates, values))))
            idents += block_idents
        blocks[next(self.numbers)] = idents
        while len(blocks) > KEEP:
            for ident in blocks.popitem(last=False)[1]:
                found.pop(ident, None)

    def close(self):
        self.reader.close()


class SeriesCache:
    """What the functions know of each layer, by layer id (None: not an EGMS layer). The layer's source, and
    whether another connection changed its store, are looked at again every RECHECK_S seconds (asking the project
    for a layer costs more than computing a value)."""

    def __init__(self):
        self.lock = threading.RLock()
        self.layers = {}  # layer id -> [source, _Stored | _Plain | None, when the source was checked]

    def value(self, layer_id, feature, key, measure):
        """The value of a function call (``key``, computed by ``measure``) for this feature of this layer, None
        where there is none. Called once per feature (a field calculator pass over a million points): a value
        already computed is looked up without the lock (reading a dict is atomic), the rest under it."""
        known = self.layers.get(layer_id)
        if known is not None and time.monotonic() - known[2] <= RECHECK_S:
            entry = known[1]
            if entry.__class__ is _Stored and entry.by_fid:
                value = entry.values.get(key, _EMPTY).get(feature.id(), _EMPTY)
                if value is not _EMPTY:
                    return value
        with self.lock:
            entry = self._known(layer_id, feature)
            return None if entry is None else entry.value(feature, key, measure)

    def array(self, layer_id, date):
        """egms_displacement_array's value on this layer: a list, or None (not a layer of the EGMS import)."""
        with self.lock:
            entry = self._known(layer_id, None)
            return entry.array(date) if isinstance(entry, _Stored) else None

    def in_view(self, layer_id, date, box):
        """egms_displacement_in_view's value on this layer: a dict, or None (not a layer of the EGMS import)."""
        with self.lock:
            entry = self._known(layer_id, None)
            return entry.in_view(date, box) if isinstance(entry, _Stored) else None

    def _known(self, layer_id, feature):
        """What is known of the layer (under the lock), looked at again when older than RECHECK_S."""
        known = self.layers.get(layer_id)
        if known is not None and time.monotonic() - known[2] <= RECHECK_S:
            return known[1]
        return self._entry(layer_id, feature, known)

    def _entry(self, layer_id, feature, known):
        now = time.monotonic()
        layer = QgsProject.instance().mapLayer(layer_id) if layer_id else None
        source = layer.source() if layer is not None else None
        if known is not None and known[0] == source:
            known[2] = now
            if isinstance(known[1], _Stored):
                known[1].recheck()
            return known[1]
        self.forget(layer_id)
        entry = None
        if layer is not None:
            from ..core.egms.stored_layer import ids_are_fids, stored_layer

            try:
                stored = stored_layer(layer)
                if stored:
                    entry = _Stored(stored.reader())
                    entry.by_fid = ids_are_fids(layer)
            except Exception as exc:  # a store that cannot be read: NULL, said once in the log
                log.warning("EGMS expression functions cannot read %s: %s", layer.name(), exc)
        if entry is None and feature is not None:
            fields = date_fields(feature)
            entry = _Plain(fields) if len(fields) >= 2 else None
        # without a feature a layer that is not an import's is left undecided: a plain layer's date fields are
        # known from its features (egms_displacement_array, asked first, must not make it "not EGMS" for good)
        if layer_id and (entry is not None or feature is not None):
            self.layers[layer_id] = [source, entry, now]
        return entry

    def forget(self, layer_ids=None):
        """Drop what is known of these layers (all by default): removed, re-imported, or the plugin unloaded."""
        with self.lock:
            for layer_id in list(self.layers) if layer_ids is None else [layer_ids] if isinstance(
                    layer_ids, str) else layer_ids:
                _source, entry, _checked = self.layers.pop(layer_id, (None, None, None))
                if isinstance(entry, _Stored):
                    entry.close()


CACHE = SeriesCache()
