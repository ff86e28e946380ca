"""Displacement through time with QGIS's own temporal controller: an EGMS layer styled by its cumulative displacement
at the map's current date (``egms_displacement(@map_start_time)``, one fixed diverging range for every frame,
legend in mm), made temporal over its acquisitions, and the controller set to their span and spacing, so that QGIS
plays the five years and exports the frames (its temporal controller's *Export animation*)."""
import numpy as np
from qgis.core import QgsDateTimeRange, QgsInterval, QgsTemporalNavigationObject
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from ..core.compat import ANIMATED, DAYS, REDRAW_LAYER_ONLY
from ..core.errors import PluginError
from ..core.i18n import tr
from ..core.egms.stored_layer import ids_are_fids
from ..core.egms.series import LayerSeries, date_fields
from ..core.egms.style import diverging_renderer, nice_limit

SAMPLE = 20000  # points whose series set the range


def expression(last, indexed=True):
    """The renderer's value: the displacement at the frame's date; at the last acquisition without a temporal
    range (the controller off), so that the layer still draws. ``indexed`` (a layer of the EGMS import whose
    feature ids are its store's): the values of the points in the map's view computed at once per frame (read
    through the layer's spatial index: a frame costs what is in view, not the whole layer), each point's looked up
    in QGIS's C++; else one Python call per point."""
    date = "coalesce(@map_start_time, to_date('{}'))".format(last)
    if indexed:
        return "egms_displacement_in_view({}, @map_extent)[$id]".format(date)
    return "egms_displacement({})".format(date)


def acquisitions_and_sample(layer):
    """(the layer's acquisition dates, datetime64[D] sorted; up to SAMPLE points' displacement values, mm;
    whether it is a layer of the EGMS import, its series in a store)."""
    series = LayerSeries.for_layer(layer)
    if series is None:
        raise PluginError(tr("{layer} is not an EGMS layer: it holds no displacement series.").format(
            layer=layer.name()))
    try:
        if series.stored is None:  # a plain layer: the date fields, the first features' values
            dates = np.array([d for _i, d in date_fields(layer)])
            rows = [mm for _f, (_d, mm) in series.read(f for _n, f in zip(range(SAMPLE), layer.getFeatures()))]
            return dates, np.concatenate(rows) if rows else np.zeros(0), False
        reader, dates, values, points = series.stored.reader(), [], [], 0
        try:
            for fid in range(0, 10 * SAMPLE, 4096):  # the first blocks of feature ids, until SAMPLE points
                for pids, block_dates, block in reader.blocks(reader.rows_around(fid, 4096)):
                    dates.append(block_dates)
                    values.append(block.ravel())
                    points += len(pids)
                if points >= SAMPLE:
                    break
        finally:
            reader.close()
        if not dates:
            raise PluginError(tr("{layer} holds no points with a displacement series.").format(layer=layer.name()))
        return np.unique(np.concatenate(dates)), np.concatenate(values), True
    finally:
        series.close()


def _qdatetime(day):
    y, m, d = (int(part) for part in str(day).split("-"))
    return QDateTime(QDate(y, m, d), QTime(0, 0))


PLAY_SECONDS = 25  # how long the whole animation plays, by default


def frames_per_second(frames):
    """The frame rate that plays ``frames`` in about PLAY_SECONDS (1 to 30 frames a second)."""
    return float(min(30.0, max(1.0, round(frames / PLAY_SECONDS, 1))))


def animate(layer, controller, limit=None):
    """Style ``layer`` by its displacement at the map's date, make it temporal over its acquisitions and set the
    temporal ``controller`` (the map canvas's, a QgsTemporalNavigationObject in QGIS) to them, one frame per
    acquisition step, on the first frame. ``limit``: the range (mm), else the robust spread of the displacements.
    Returns (first date, last date, frame days, limit)."""
    dates, values, stored = acquisitions_and_sample(layer)
    indexed = stored and ids_are_fids(layer)
    first, last = dates[0], dates[-1]
    step = int(np.median(np.diff(dates).astype(np.int64))) if len(dates) > 1 else 1
    limit = limit or nice_limit(values)
    layer.setRenderer(diverging_renderer(expression(last, indexed), limit, tr("mm")))
    span = QgsDateTimeRange(_qdatetime(first), _qdatetime(last + np.timedelta64(1, "D")))
    properties = layer.temporalProperties()
    properties.setMode(REDRAW_LAYER_ONLY)  # drawn again at each frame (a fixed range keeps the first frame's image)
    properties.setFixedTemporalRange(span)
    properties.setIsActive(True)
    layer.triggerRepaint()
    if isinstance(controller, QgsTemporalNavigationObject):
        controller.setTemporalExtents(span)
        controller.setFrameDuration(QgsInterval(step, DAYS))  # shown in days in its panel
        controller.setNavigationMode(ANIMATED)
        # the whole period in about PLAY_SECONDS: at QGIS's 1 frame a second, 300 frames took 5 minutes and the
        # event of November 2023 came after 3.8 of them
        controller.setFramesPerSecond(frames_per_second(controller.totalFrameCount()))
        controller.setCurrentFrameNumber(0)
    return str(first), str(last), step, limit
