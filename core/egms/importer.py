"""Import EGMS files (zip, csv, folders of them) into a GeoPackage or a PostGIS database.

``import_egms(inputs, destination)`` streams every file, merges files of one dataset (level +
component + release) into one layer, keeps a pid seen twice only once, can clip to a polygon during
the import, and reports what it did in an :class:`ImportResult`. The destination's session owns the
transactions: a GeoPackage is written in one transaction (a new one under a temporary name, moved
into place), PostGIS in one transaction per file; a failure or a cancel never leaves half a file.
"""
import os
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from typing import Dict, Optional, Sequence, Tuple, Union

import numpy as np

from ..errors import PluginError
from ..i18n import tr
from ..log import log
from .stores.geopackage.store import GeoPackage
from .formats import directions
from .reader import CsvReader, discover
from .stores.protocol import Store

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
    source_id: int = None


@dataclass
class ImportResult:
    target: Store  # store.GeoPackage or postgis.PostGIS
    layers: list = field(default_factory=list)  # layer names created or extended, in order
    files: list = field(default_factory=list)  # FileReport per input file
    ignored: list = field(default_factory=list)  # files in folders that are not EGMS files

    @property
    def points(self) -> int:
        return sum(f.points for f in self.files)

    def summary(self) -> str:
        if self.files and not self.points and all(f.already_imported for f in self.files):
            first = tr("Nothing new to import: the {n} files are already in {layers} in {gpkg}; the layers are "
                       "shown as they are.").format(n=len(self.files), layers=", ".join(self.layers) or "-",
                                                    gpkg=self.target.label)
        else:
            first = tr("{points} points imported into {layers} in {gpkg}.").format(
                points=self.points, layers=", ".join(self.layers) or "-", gpkg=self.target.label)
        lines = [first]
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

    def mask(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        b = self.box
        inside = (x >= b.xMinimum()) & (x <= b.xMaximum()) & (y >= b.yMinimum()) & (y <= b.yMaximum())
        if self.rectangle:
            return inside
        for i in np.flatnonzero(inside):
            inside[i] = self.engine.intersects(self._point(float(x[i]), float(y[i])))
        return inside


def import_egms(inputs: Sequence[str], destination: Union[str, Store], clip_geometry=None, feedback=None,
                chunk_rows: Optional[int] = None, replace: bool = False) -> ImportResult:
    """Import EGMS ``inputs`` (paths of .zip/.csv files or folders) into ``destination``: a GeoPackage
    path (or ``store.GeoPackage``), or a ``postgis.PostGIS`` database.

    ``clip_geometry``: optional QgsGeometry (polygon, EPSG:3035): only points inside are kept.
    ``feedback``: optional QgsFeedback for progress and cancel.
    ``replace``: re-import files already in the destination (default: leave them, a no-op).
    """
    target = destination if hasattr(destination, "open") else GeoPackage(destination)
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    sources, ignored = discover(inputs)
    if not sources:
        raise PluginError(tr("No EGMS files to import."))
    _check_releases(sources)
    target.check()
    clip = _Clip(clip_geometry) if clip_geometry is not None and not clip_geometry.isEmpty() else None

    result = ImportResult(target, ignored=ignored)
    total_bytes = sum(s.size for s in sources) or 1
    done_bytes = 0
    session = None
    kept = []  # files committed on their own (PostGIS): a later failure does not undo them
    try:
        session = target.open()
        groups = OrderedDict()
        for s in sources:
            groups.setdefault(s.name.dataset_key, []).append(s)
        for layer, group in groups.items():
            name = group[0].name
            description = "{}{}, release {}".format(LEVEL_NAMES[name.level],
                                                    " " + {"U": "vertical", "E": "east-west"}[name.component]
                                                    if name.component else "", name.release)
            writer = session.writer(layer, name.level, description)
            present = session.imported_files(layer)
            for source in group:
                report = FileReport(source.file_name, layer)
                result.files.append(report)
                if source.file_name in present:
                    if not replace:
                        report.already_imported = True
                        done_bytes += source.size
                        continue
                    session.remove_source(layer, source.file_name)
                done_bytes = _import_file(writer, source, report, clip, feedback, done_bytes, total_bytes,
                                          chunk_rows or target.chunk_rows, target)
                session.file_done()
                kept.append(source.file_name)
                present.add(source.file_name)
            dropped = writer.finish() or {}  # a new layer's pids seen twice are found when it is indexed
            for report in result.files:
                if report.layer == layer and dropped.get(report.file_name):
                    report.points -= dropped[report.file_name]
                    report.duplicates += dropped[report.file_name]
            result.layers.append(layer)
        session.commit()
    except BaseException as exc:
        if session is not None:
            session.abort()
        error = target.error(exc)
        said = error if error is not None else exc if isinstance(exc, PluginError) else None
        if said is not None and kept and session.keeps_done_files and not isinstance(exc, ImportCancelled):
            error = PluginError("{} {}".format(said, tr("Imported before it and kept in {target}: {files}.").format(
                target=target.label, files=", ".join(kept))))
        if error is not None:
            raise error from None
        raise
    log.info("EGMS import into %s:\n%s", target.label, result.summary())
    return result


def _import_file(writer, source, report, clip, feedback, done_bytes, total_bytes, chunk_rows, target):
    """Stream one file into the layer, chunk by chunk. Returns the bytes done so far (progress)."""
    reader = CsvReader(source, chunk_rows)
    directions_seen = Counter()
    for chunk in reader:
        if feedback is not None:
            if feedback.isCanceled():
                raise ImportCancelled(target.cancelled(source.file_name))
            feedback.setProgress(100.0 * (done_bytes + reader.bytes_read) / total_bytes)
        if report.source_id is None:
            report.source_id = writer.add_source(source.name, reader.layout.dates, source.header, None)
        pids, attrs, series = _columns(chunk, reader.layout, clip, report)
        dirs = directions(attrs["track_angle"]) if "track_angle" in attrs else [None] * len(pids)
        directions_seen.update(dirs)
        inserted = writer.write(pids, attrs, attrs["easting"], attrs["northing"], series, report.source_id,
                                source.name.track, dirs, source.file_name)
        report.points += inserted
        report.duplicates += len(pids) - inserted
    if reader.layout is None or report.source_id is None:
        raise PluginError(tr("{file} holds no data rows.").format(file=source.label))
    if not (report.points or report.duplicates or report.clipped):  # every row refused: not recorded as imported
        raise PluginError(tr("None of the {n} rows of {file} could be imported ({reasons}): the file was not "
                             "imported.").format(n=sum(reader.skipped.values()), file=source.label,
                                                 reasons="; ".join("{}: {}".format(k, reader.examples.get(k, ""))
                                                                   for k in reader.skipped)))
    report.skipped = dict(reader.skipped)
    report.examples = dict(reader.examples)
    directions_seen.pop(None, None)  # rows without a track angle
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


def import_and_measure(inputs: Sequence[str], destination: Union[str, Store], clip_geometry=None, feedback=None,
                       replace: bool = False) -> Tuple[ImportResult, Dict[str, float]]:
    """``import_egms``, then each imported layer's velocity style limit (``style.velocity_limits``), both in the
    calling (background) thread: (result, {layer name: limit}), what the dock, the workshop and Processing
    load and style the layers with."""
    from .style import velocity_limits

    result = import_egms(inputs, destination, clip_geometry=clip_geometry, feedback=feedback, replace=replace)
    return result, velocity_limits(result)
