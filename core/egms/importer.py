"""Import EGMS files (zip, csv, folders of them) into a GeoPackage.

``import_egms(inputs, gpkg_path)`` streams every file, merges files of one dataset (level + component
+ release) into one layer, keeps a pid seen twice only once, can clip to a polygon during the
import, and reports what it did in an :class:`ImportResult`. A new GeoPackage is built under a
temporary name and moved into place; an existing one gains its layers in a single transaction, so
a failure or a cancel leaves it exactly as it was.
"""
import errno
import os
import sqlite3
from collections import Counter, OrderedDict
from dataclasses import dataclass, field

import numpy as np

from ..errors import PluginError
from ..i18n import tr
from ..log import log
from . import store
from .formats import directions
from .reader import CsvReader, discover

LEVEL_NAMES = {"L2a": "EGMS L2a basic (line of sight)", "L2b": "EGMS L2b calibrated (line of sight)",
               "L3": "EGMS L3 ortho"}


class ImportCancelled(PluginError):
    pass


@dataclass
class FileReport:
    file_name: str
    layer: str
    points: int = 0
    duplicates: int = 0
    clipped: int = 0
    skipped: dict = field(default_factory=dict)  # reason -> rows
    examples: dict = field(default_factory=dict)  # reason -> first example
    already_imported: bool = False
    gpkg_path: str = ""
    source_id: int = None


@dataclass
class ImportResult:
    gpkg_path: str
    layers: list = field(default_factory=list)  # layer names created or extended, in order
    files: list = field(default_factory=list)  # FileReport per input file
    ignored: list = field(default_factory=list)  # files in folders that are not EGMS files

    @property
    def points(self):
        return sum(f.points for f in self.files)

    def summary(self):
        lines = [tr("{points} points imported into {layers} in {gpkg}.").format(
            points=self.points, layers=", ".join(self.layers) or "-", gpkg=os.path.basename(self.gpkg_path))]
        for f in self.files:
            if f.already_imported:
                lines.append(tr("{file}: already in {layer}, left as it was.").format(file=f.file_name, layer=f.layer))
                continue
            line = tr("{file}: {n} points").format(file=f.file_name, n=f.points)
            if f.duplicates:
                line += tr(", {n} already present under the same pid (kept once)").format(n=f.duplicates)
            if f.clipped:
                line += tr(", {n} outside the clip area").format(n=f.clipped)
            for reason, n in f.skipped.items():
                line += tr(", {n} rows skipped ({reason}; first: {example})").format(
                    n=n, reason=reason, example=f.examples.get(reason, ""))
            lines.append(line + ".")
        if self.ignored:
            lines.append(tr("Not EGMS files, ignored: {files}.").format(
                files=", ".join(os.path.basename(p) for p in self.ignored)))
        return "\n".join(lines)


def _check_releases(sources):
    releases = OrderedDict()
    for s in sources:
        releases.setdefault(s.name.release, []).append(s.label)
    if len(releases) > 1:
        detail = "; ".join("{}: {}".format(r, ", ".join(files)) for r, files in releases.items())
        raise PluginError(tr("These files come from different EGMS releases, whose measurements cannot be mixed: "
                             "{detail}. Import each release on its own.").format(detail=detail))


def _check_destination(gpkg_path):
    folder = os.path.dirname(os.path.abspath(gpkg_path))
    if not os.path.isdir(folder):
        raise PluginError(tr("The folder of {gpkg} does not exist.").format(gpkg=gpkg_path))
    if os.path.exists(gpkg_path):
        if not _writable(gpkg_path):
            raise PluginError(tr("{gpkg} is read-only: choose another GeoPackage.").format(gpkg=gpkg_path))
        with open(gpkg_path, "rb") as f:
            if f.read(16) != b"SQLite format 3\x00":
                raise PluginError(tr("{gpkg} exists and is not a GeoPackage.").format(gpkg=gpkg_path))
    elif not _writable(folder):
        raise PluginError(tr("Cannot write in {folder} (read-only): choose another place for the GeoPackage.")
                          .format(folder=folder))


def _writable(path):
    if os.access in os.supports_effective_ids:
        return os.access(path, os.W_OK, effective_ids=True)
    return os.access(path, os.W_OK)


def _write_error(gpkg_path, exc):
    text = str(exc)
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "full" in text:
        return PluginError(tr("The disk is full: {gpkg} was not changed. Free some space and import again.")
                           .format(gpkg=gpkg_path))
    if "readonly" in text or "read-only" in text:
        return PluginError(tr("{gpkg} is read-only: choose another GeoPackage.").format(gpkg=gpkg_path))
    if "locked" in text:
        return PluginError(tr("{gpkg} is in use by another program (locked); close it there and try again.")
                           .format(gpkg=gpkg_path))
    return PluginError(tr("Could not write {gpkg}: {error}").format(gpkg=gpkg_path, error=text))


class _Clip:
    """Keeps points inside a polygon given in EPSG:3035 (a QgsGeometry)."""

    def __init__(self, geometry):
        from qgis.core import QgsGeometry, QgsPoint  # core, no widgets

        self._point = QgsPoint
        self.geometry = QgsGeometry(geometry)  # the engine points into it: keep it alive
        self.box = geometry.boundingBox()
        self.rectangle = geometry.isGeosEqual(QgsGeometry.fromRect(self.box))
        self.engine = QgsGeometry.createGeometryEngine(self.geometry.constGet())
        self.engine.prepareGeometry()

    def mask(self, x, y):
        b = self.box
        inside = (x >= b.xMinimum()) & (x <= b.xMaximum()) & (y >= b.yMinimum()) & (y <= b.yMaximum())
        if self.rectangle:
            return inside
        for i in np.flatnonzero(inside):
            inside[i] = self.engine.intersects(self._point(float(x[i]), float(y[i])))
        return inside


def import_egms(inputs, gpkg_path, clip_geometry=None, feedback=None, chunk_rows=2000, replace=False):
    """Import EGMS ``inputs`` (paths of .zip/.csv files or folders) into ``gpkg_path``.

    ``clip_geometry``: optional QgsGeometry (polygon, EPSG:3035): only points inside are kept.
    ``feedback``: optional QgsFeedback for progress and cancel.
    ``replace``: re-import files already in the GeoPackage (default: leave them, a no-op).
    """
    gpkg_path = os.path.abspath(os.fspath(gpkg_path))
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    sources, ignored = discover(inputs)
    if not sources:
        raise PluginError(tr("No EGMS files to import."))
    _check_releases(sources)
    _check_destination(gpkg_path)
    clip = _Clip(clip_geometry) if clip_geometry is not None and not clip_geometry.isEmpty() else None

    result = ImportResult(gpkg_path, ignored=ignored)
    new_file = not os.path.exists(gpkg_path)
    work_path = gpkg_path + ".part" if new_file else gpkg_path
    if new_file and os.path.exists(work_path):
        os.remove(work_path)
    total_bytes = sum(s.size for s in sources) or 1
    done_bytes = 0
    try:
        conn = store.connect(work_path, scratch=new_file)
    except sqlite3.Error as exc:
        raise _write_error(gpkg_path, exc) from None
    try:
        conn.execute("BEGIN IMMEDIATE")
        store.ensure_core(conn)
        groups = OrderedDict()
        for s in sources:
            groups.setdefault(s.name.dataset_key, []).append(s)
        for layer, group in groups.items():
            name = group[0].name
            description = "{}{}, release {}".format(LEVEL_NAMES[name.level],
                                                    " " + {"U": "vertical", "E": "east-west"}[name.component]
                                                    if name.component else "", name.release)
            writer = store.LayerWriter(conn, layer, name.level, description)
            present = store.imported_files(conn, layer)
            for source in group:
                report = FileReport(source.file_name, layer, gpkg_path=gpkg_path)
                result.files.append(report)
                if source.file_name in present:
                    if not replace:
                        report.already_imported = True
                        done_bytes += source.size
                        continue
                    store.remove_source(conn, layer, source.file_name)
                done_bytes = _import_file(writer, source, report, clip, feedback, done_bytes, total_bytes,
                                          chunk_rows)
                present.add(source.file_name)
            writer.finish()
            result.layers.append(layer)
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()
        if new_file and os.path.exists(work_path):
            os.remove(work_path)
        if isinstance(exc, (sqlite3.Error, OSError)):
            raise _write_error(gpkg_path, exc) from None
        raise
    conn.close()
    if new_file:
        store.sync_file(work_path)
        os.replace(work_path, gpkg_path)
    log.info("EGMS import into %s:\n%s", gpkg_path, result.summary())
    return result


def _import_file(writer, source, report, clip, feedback, done_bytes, total_bytes, chunk_rows):
    """Stream one file into the layer, chunk by chunk. Returns the bytes done so far (progress)."""
    reader = CsvReader(source, chunk_rows)
    directions_seen = Counter()
    for chunk in reader:
        if feedback is not None:
            if feedback.isCanceled():
                raise ImportCancelled(tr("Import cancelled: {gpkg} was left as it was.").format(
                    gpkg=os.path.basename(report.gpkg_path)))
            feedback.setProgress(100.0 * (done_bytes + reader.bytes_read) / total_bytes)
        if report.source_id is None:
            report.source_id = writer.add_source(source.name, reader.layout.dates, source.header, None)
        pids, attrs, series = _columns(chunk, reader.layout, clip, report)
        dirs = directions(attrs["track_angle"]) if "track_angle" in attrs else [None] * len(pids)
        directions_seen.update(d for d in dirs if d)
        inserted = writer.write(pids, attrs, attrs["easting"], attrs["northing"], series, report.source_id,
                                source.name.track, dirs, source.file_name)
        report.points += inserted
        report.duplicates += len(pids) - inserted
    if reader.layout is None or report.source_id is None:
        raise PluginError(tr("{file} holds no data rows.").format(file=source.label))
    report.skipped = dict(reader.skipped)
    report.examples = dict(reader.examples)
    direction = directions_seen.most_common(1)[0][0] if directions_seen else None
    writer.finish_source(report.source_id, report.points, report.duplicates, sum(reader.skipped.values()),
                         report.clipped, direction)
    return done_bytes + source.size


def _columns(chunk, layout, clip, report):
    """(pids, attribute arrays by canonical name, encoded series) of a chunk, clipped if asked."""
    values, pids, series = chunk.attributes, chunk.pids, chunk.series
    if clip is not None:
        keep = clip.mask(values[:, layout.attributes.index("easting") - 1],
                         values[:, layout.attributes.index("northing") - 1])
        report.clipped += int((~keep).sum())
        if not keep.all():
            values = values[keep]
            pids = [p for p, k in zip(pids, keep) if k]
            series = [b for b, k in zip(series, keep) if k]
    return pids, {name: values[:, j] for j, name in enumerate(layout.attributes[1:])}, series
