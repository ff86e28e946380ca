"""EGMS functions for QGIS expressions (the "EGMS" group of the expression builder): the field calculator,
Select by expression, layer filters and data-defined symbology compute from each point's displacement series.

- ``egms_displacement(date)``: displacement (mm) at the acquisition nearest the date;
- ``egms_displacement_between(start, end)``: displacement (mm) from one date to the other;
- ``egms_velocity(start, end)``: velocity (mm/year) of a line fitted to the period;
- ``egms_step(date [, days])``: mean displacement after the date minus before it, each over ``days`` (60);
- ``egms_acquisitions()``: how many acquisitions have a value;
- ``egms_displacement_array(date)``: every point's displacement at the date, indexed by feature id, computed once
  per map drawn (``array_get(egms_displacement_array(@map_start_time), $id)``);
- ``egms_displacement_in_view(date, extent)``: the same for the points in the map's view only, indexed by feature
  id (``egms_displacement_in_view(@map_start_time, @map_extent)[$id]``: Animate displacement's symbology: a frame
  reads the points in view, not the whole layer).

The values come from ``series_cache.CACHE`` (read from the store a block of points at a time, or from a plain
layer's date fields, and kept per layer). A point of another layer, or without values, gives NULL.
"""
import datetime

import numpy as np
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsExpression, QgsExpressionFunction,
                       QgsGeometry, QgsProject, QgsRectangle)

from ..core.i18n import DECIMAL_FIELD, qgis_term, tr
from ..core.egms import analysis
from ..core.egms.clip import EGMS_CRS
from .series_cache import CACHE

GROUP = "EGMS"


def _day(value, function):
    """An argument as datetime64[D]: a date, a date-time, or text starting 'YYYY-MM-DD'; ValueError else."""
    if hasattr(value, "toPyDateTime"):
        value = value.toPyDateTime()
    elif hasattr(value, "toPyDate"):
        value = value.toPyDate()
    if isinstance(value, datetime.datetime):
        value = value.date()
    try:
        if isinstance(value, datetime.date):
            return np.datetime64(value, "D")
        if isinstance(value, str) and len(value.strip()) >= 10:
            return np.datetime64(value.strip()[:10], "D")
    except (ValueError, OverflowError):
        pass
    raise ValueError(tr("{function}: {value} is not a date; write it as 'YYYY-MM-DD' or use to_date().").format(
        function=function, value=_shown(value, 60)))


def _shown(value, most):
    """An argument as a message shows it: its repr, cut to ``most`` characters (an argument may be 100 kB)."""
    text = repr(value)
    return text if len(text) <= most else text[:most - 3] + "…"


MAX_WINDOW_DAYS = 3660  # an event's window: up to ten years on each side (EGMS series span five)


def _days(value, function):
    """A window in days: a whole number from 1 to MAX_WINDOW_DAYS (a number or its text); ValueError else."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if not (number == number and 1 <= number <= MAX_WINDOW_DAYS):  # NaN, infinite, 1e308, 10^400, 0, -5
        raise ValueError(tr("{function}: the window must be a number of days from 1 to {most} (got {value}).")
                         .format(function=function, most=MAX_WINDOW_DAYS, value=_shown(value, 30)))
    return int(number)


FIRST_YEAR = 2014  # Sentinel-1's first acquisitions: no EGMS date comes before


def _read_fields():
    """What the functions read of a feature, as field names: QGIS asks before it knows the layer, and fetches only
    these (a field calculator pass fetches no other attribute). A layer of the EGMS import needs its ``pid``; a
    plain layer (the CSV as delimited text, the guideline's Shapefile) its date fields, named by date
    (``YYYYMMDD`` or ``DYYYYMMDD``): so the names of every day an EGMS acquisition can have, up to next year.
    Names a layer does not have are left out by QGIS; fetching all attributes instead costs more per feature
    than computing the value."""
    days = np.arange("{}-01-01".format(FIRST_YEAR), "{}-01-01".format(datetime.date.today().year + 2),
                     dtype="datetime64[D]").astype(str)
    names = [d.replace("-", "") for d in days]
    return ["pid"] + names + ["D" + n for n in names]


class _Function(QgsExpressionFunction):
    """What the plugin's expression functions say of themselves to QGIS."""

    COLUMNS = _read_fields()
    STATIC = False

    def usesGeometry(self, node):  # noqa: N802 (QGIS API)
        return False

    def referencedColumns(self, node):  # noqa: N802 (QGIS API)
        return self.COLUMNS

    def isStatic(self, node, parent, context):  # noqa: N802 (QGIS API)
        return self.STATIC


class _EgmsFunction(_Function):
    """One EGMS expression function: its arguments parsed, the value from the cache."""

    def __init__(self, name, parameters, help_html, measure):
        super().__init__(name, [QgsExpressionFunction.Parameter(*p) for p in parameters], GROUP, help_html)
        self._measure = measure  # (function name, arguments) -> (dates, values) -> array
        self._measures = {}  # arguments -> (cache key, measure): parsed once, not once per feature
        self._name = name

    def func(self, values, context, parent, node):
        """The value for the feature in ``context``; NULL, with the reason in the expression's error, for a bad
        argument or anything else that goes wrong: no exception may leave a function QGIS calls from C++ (one
        that does aborts QGIS)."""
        try:
            return self._value(values, context, parent)
        except Exception as exc:  # noqa: BLE001 (the last guard: never a traceback out of QGIS's C++)
            parent.setEvalErrorString(tr("{function}: {error}").format(function=self._name, error=exc))
            return None

    def _value(self, values, context, parent):
        try:
            key, measure = self._measures[tuple(values)]
        except (KeyError, TypeError):  # new arguments (or unhashable ones: dates)
            key = (self._name,) + tuple(str(v)[:100] for v in values)
            try:
                measure = self._measure(self._name, values)
            except (ValueError, TypeError, OverflowError) as exc:
                parent.setEvalErrorString(str(exc))
                return None
            try:
                if len(self._measures) > 100:
                    self._measures.clear()
                self._measures[tuple(values)] = key, measure
            except TypeError:
                pass
        if context is None or not context.hasFeature():
            return None
        return CACHE.value(context.variable("layer_id"), context.feature(), key, measure)


class _ArrayFunction(_Function):
    """egms_displacement_array(date): static, so QGIS computes it once when it prepares the expression (once per
    map drawn, with that map's @map_start_time), and the per-point part of an expression like
    ``array_get(egms_displacement_array(@map_start_time), $id)`` stays in QGIS's own C++."""

    NAME = "egms_displacement_array"
    COLUMNS = []  # $id only
    STATIC = True  # one value for the whole layer: computed when prepared, whatever its argument

    def __init__(self, help_html):
        super().__init__(self.NAME, [QgsExpressionFunction.Parameter("date")], GROUP, help_html)

    def func(self, values, context, parent, node):
        try:
            date = _day(values[0], self.NAME)
            if context is None:
                return None
            return self.value(date, values, context)
        except ValueError as exc:
            parent.setEvalErrorString(str(exc))
            return None
        except Exception as exc:  # noqa: BLE001 (the last guard: never a traceback out of QGIS's C++)
            parent.setEvalErrorString(tr("{function}: {error}").format(function=self.NAME, error=exc))
            return None

    def value(self, date, values, context):
        """The function's value for ``date`` (its other arguments in ``values``); ValueError for a bad one."""
        return CACHE.array(context.variable("layer_id"), date)


class _ViewFunction(_ArrayFunction):
    """egms_displacement_in_view(date, extent): static like egms_displacement_array, for the points inside the
    extent (@map_extent, in the map's CRS) only, indexed by feature id (a map, or a list: see series_cache)."""

    NAME = "egms_displacement_in_view"

    def __init__(self, help_html):
        _Function.__init__(self, self.NAME, [QgsExpressionFunction.Parameter("date"),
                                             QgsExpressionFunction.Parameter("extent")], GROUP, help_html)

    def value(self, date, values, context):
        box = _view_box(values[1], context.variable("map_crs"))
        return CACHE.in_view(context.variable("layer_id"), date, box)


def _view_box(extent, map_crs):
    """An extent (a geometry or rectangle in the map's CRS, ``map_crs`` its authority id; EPSG:3035 when there is
    none) as (xmin, ymin, xmax, ymax) in EPSG:3035, the CRS of every EGMS store; ValueError for anything else."""
    if isinstance(extent, QgsGeometry) and not extent.isNull():
        extent = extent.boundingBox()
    if not isinstance(extent, QgsRectangle) or extent.isNull():
        raise ValueError(tr("{function}: {value} is not an extent; give @map_extent.").format(
            function=_ViewFunction.NAME, value=_shown(extent, 60)))
    crs = QgsCoordinateReferenceSystem(map_crs) if map_crs else EGMS_CRS
    if crs.isValid() and crs != EGMS_CRS:
        extent = QgsCoordinateTransform(crs, EGMS_CRS, QgsProject.instance()).transformBoundingBox(extent)
    return extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()


class _Measure:
    """What a function computes from a block of series (dates, values: points x dates, mm), and which dates it
    needs (``columns(dates)``: a mask, or None for all): only those are decoded."""

    def __init__(self, compute, columns=None):
        self.compute, self.columns = compute, columns

    def __call__(self, dates, values):
        return self.compute(dates, values)


def _displacement(name, values):
    date = _day(values[0], name)
    return _Measure(lambda dates, mm: analysis.nearest_many(dates, mm, date))


def _between(name, values):
    start, end = _day(values[0], name), _day(values[1], name)
    return _Measure(lambda dates, mm: analysis.between_many(dates, mm, start, end))


def _velocity(name, values):
    start, end = _day(values[0], name), _day(values[1], name)
    if end <= start:
        raise ValueError(tr("{function}: the end date must come after the start date.").format(function=name))
    return _Measure(lambda dates, mm: analysis.velocity_many(dates, mm, start, end),
                    lambda dates: (dates >= start) & (dates <= end))


def _step(name, values):
    date = _day(values[0], name)
    days = _days(values[1], name)
    window = np.timedelta64(days, "D")
    return _Measure(lambda dates, mm: analysis.step_many(dates, mm, date, days),
                    lambda dates: (dates >= date - window) & (dates <= date + window))


def _acquisitions(name, values):
    return _Measure(lambda dates, mm: analysis.count_many(mm))


def _help(name, summary, arguments, examples, decimals=True):
    """The help shown in the expression builder; ``decimals``: a value with decimals, which the field calculator
    would round into the whole-number field it proposes first."""
    rows = "".join("<tr><td class=\"argument\">{}</td><td>{}</td></tr>".format(a, d) for a, d in arguments)
    return ("<h3>{name}</h3><div class=\"description\">{summary}</div>"
            "<h4>{syntax}</h4><div class=\"syntax\"><code>{name}({args})</code></div>"
            "{table}<h4>{ex}</h4><div class=\"examples\"><ul>{examples}</ul></div><p>{note}</p>{field}").format(
        name=name, summary=summary, syntax=tr("Syntax"), args=", ".join(a for a, _d in arguments),
        table="<h4>{}</h4><div class=\"arguments\"><table>{}</table></div>".format(tr("Arguments"), rows)
        if arguments else "", ex=tr("Examples"), examples="".join("<li><code>{}</code></li>".format(e)
                                                                    for e in examples),
        note=tr("On an EGMS layer (imported by the plugin, or the CSV as delimited text, or a Shapefile with D+date "
                "fields). NULL on another layer or for a point without values. Dates as 'YYYY-MM-DD' or dates."),
        field="<p>{}</p>".format(tr("Into a new field: give it the type <i>{type}</i> in the field calculator (it "
                                    "proposes a whole number, which would drop the decimals).").format(
            type=qgis_term(DECIMAL_FIELD))) if decimals else "")


def functions():
    date = tr("a date ('YYYY-MM-DD', or a date value)")
    return [
        _EgmsFunction("egms_displacement", [("date",)], _help(
            "egms_displacement", tr("Cumulative displacement (mm) of the point at the acquisition nearest the date, "
                                    "relative to the first acquisition of its series."),
            [("date", date)], ["egms_displacement('2023-11-20')"]), _displacement),
        _EgmsFunction("egms_displacement_between", [("start",), ("end",)], _help(
            "egms_displacement_between", tr("Displacement (mm) from the acquisition nearest the start date to the one "
                                            "nearest the end date."),
            [("start", date), ("end", date)], ["egms_displacement_between('2023-11-01', '2023-11-30')"]), _between),
        _EgmsFunction("egms_velocity", [("start",), ("end",)], _help(
            "egms_velocity", tr("Velocity (mm/year) of a least-squares line through the point's values between the "
                                "two dates; NULL with fewer than two values in the period."),
            [("start", date), ("end", date)], ["egms_velocity('2023-01-01', '2024-12-31') < -5"]), _velocity),
        _EgmsFunction("egms_step", [("date",), ("days", True, 60)], _help(
            "egms_step", tr("The step of an event (mm): mean displacement over the days after the date minus the mean "
                            "over the days before it (an acquisition on the date itself counts in neither)."),
            [("date", date), ("days", tr("the window on each side, in days (60 if left out)"))],
            ["egms_step('2023-11-10')", "egms_step('2023-11-10', 30)"]), _step),
        _ArrayFunction(_help(
            "egms_displacement_array", tr("Every point's cumulative displacement (mm) at the acquisition nearest the "
                                          "date, in an array at the index of its feature id: computed once for the "
                                          "whole layer when QGIS prepares the expression (once per map drawn), so "
                                          "that symbology over many points stays fast."),
            [("date", date)], ["array_get(egms_displacement_array(@map_start_time), $id)"], decimals=False)),
        _ViewFunction(_help(
            "egms_displacement_in_view", tr("The cumulative displacement (mm) at the acquisition nearest the date of "
                                            "the points inside the extent only, indexed by feature id: computed "
                                            "once per map drawn from the points in view, so that a frame of an "
                                            "animation stays fast on a layer of millions of points. Animate "
                                            "displacement styles layers with it."),
            [("date", date), ("extent", tr("the map's extent: @map_extent"))],
            ["egms_displacement_in_view(@map_start_time, @map_extent)[$id]"], decimals=False)),
        _EgmsFunction("egms_acquisitions", [], _help(
            "egms_acquisitions", tr("How many acquisitions of the point's series have a value."), [],
            ["egms_acquisitions()"], decimals=False), _acquisitions),
    ]


_REGISTERED = []


def register():
    """Add the functions to QGIS's expressions (again after ``unregister``); each name replaces an older one."""
    if _REGISTERED:
        return
    for function in functions():
        if QgsExpression.isFunctionName(function.name()):
            QgsExpression.unregisterFunction(function.name())
        if QgsExpression.registerFunction(function):
            _REGISTERED.append(function)
    QgsProject.instance().layersWillBeRemoved.connect(CACHE.forget)


def unregister():
    for function in _REGISTERED:
        QgsExpression.unregisterFunction(function.name())
    _REGISTERED.clear()
    try:
        QgsProject.instance().layersWillBeRemoved.disconnect(CACHE.forget)
    except TypeError:
        pass
    CACHE.forget()
