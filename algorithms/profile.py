"""Processing: clms_egms:profile, the EGMS points in a corridor along each line (sections A, B, …), with their
distance along it, the swath's robust statistics per bin and the offsets across faults, one geometry at a time."""
import numpy as np
from qgis.core import (QgsCoordinateTransform, QgsFeature, QgsFeatureRequest, QgsFeatureSink, QgsFields,
                       QgsProcessing, QgsProcessingOutputNumber, QgsProcessingParameterDateTime,
                       QgsProcessingParameterDistance, QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField, QgsRectangle,
                       QgsWkbTypes)

from ..core import compat
from ..core.egms import swath
from ..core.egms.analysis import between_many
from ..core.egms.geometry import GEOMETRY_FIELDS, geometry_of
from ..core.egms.profile import line_length, polylines, project
from ..core.errors import PluginError
from ..core.i18n import tr
from .base import Algorithm

METHODS = ("median", "line")
TEXT_COLUMNS = ("section", "geometry", "quantity", "unit", "fault", "method")
COUNT_COLUMNS = ("n", "n_before", "n_after")


def _fields(columns):
    """The fields of a table of ``columns`` (swath.BIN_COLUMNS, OFFSET_COLUMNS): text, counts, else numbers."""
    fields = QgsFields()
    for name in columns:
        fields.append(compat.field(name, compat.STRING if name in TEXT_COLUMNS else
                                   compat.INT if name in COUNT_COLUMNS else compat.DOUBLE))
    return fields


def _value(x):
    """A row's number for a table: None for NaN (an empty bin, a side without enough points)."""
    return None if isinstance(x, float) and x != x else x


class Profile(Algorithm):
    NAME = "profile"
    GROUP_ID = "egms"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Profile of EGMS points along a line")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr("The EGMS points within a corridor along each line of the line layer (its selection, if ticked), "
                  "sections A, B, … in the layer's order, each point with distance_m (along its line from the first "
                  "vertex), offset_m (from the line, left positive), its mean velocity and, with two dates, disp_mm, "
                  "the displacement between the acquisitions nearest them (across an event: its step). BINS: per "
                  "bin of distance, the number of points and the median and 25th/75th percentiles of each quantity, "
                  "for each viewing geometry apart (two tracks are never pooled). With a fault layer, "
                  "FAULT_OFFSETS: where each fault crosses a section, the offset between its two sides (far minus "
                  "near) and its standard uncertainty, from each side's median or a robust line on each side.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add(QgsProcessingParameterFeatureSource("INPUT", tr("EGMS point layer"),
                                                     [QgsProcessing.SourceType.TypeVectorPoint]),
                 tr("An imported EGMS layer, or an EGMS CSV loaded as delimited text."))
        self.add(QgsProcessingParameterFeatureSource("LINE", tr("Profile lines"),
                                                     [QgsProcessing.SourceType.TypeVectorLine]),
                 tr("Each line of this layer is a section: A, B, … in the layer's order."))
        self.add(QgsProcessingParameterDistance("WIDTH", tr("Corridor width"), 200.0, "INPUT", minValue=0.01),
                 tr("The whole width of the corridor around the line (half of it on each side)."))
        for name, label in (("START", tr("Start date")), ("END", tr("End date"))):
            self.add(QgsProcessingParameterDateTime(name, label, QgsProcessingParameterDateTime.Type.Date,
                                                     optional=True),
                     tr("Optional, with the other date: disp_mm between the acquisitions nearest the two dates."))
        self.add(QgsProcessingParameterDistance("BIN_WIDTH", tr("Bin width (0: from the points' density)"), 0.0,
                                                "INPUT", minValue=0.0),
                 tr("The bins' width along the section; 0 for about 20 points a bin, 20 to 200 bins."))
        self.add(QgsProcessingParameterFeatureSource("FAULTS", tr("Faults"), [QgsProcessing.SourceType.TypeVectorLine],
                                                     optional=True),
                 tr("Optional: fault traces; where one crosses a section, the offset across it is measured."))
        self.add(QgsProcessingParameterField("FAULT_NAME", tr("Fault name field"), parentLayerParameterName="FAULTS",
                                             optional=True),
                 tr("Names the faults in FAULT_OFFSETS; without it, each fault's feature id."))
        self.add(QgsProcessingParameterDistance("FAULT_WINDOW", tr("Window on each side of a fault (0: five bins)"),
                                                0.0, "INPUT", minValue=0.0),
                 tr("The points within this distance along the section on each side of a crossing measure it."))
        self.add(QgsProcessingParameterEnum("FAULT_METHOD", tr("Offset from"),
                                            [tr("each side's median"), tr("a robust line on each side, at the fault")],
                                            defaultValue=0),
                 tr("The medians where the ground is level on each side; the lines where it tilts."))
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", tr("Profile points"),
                                                   QgsProcessing.SourceType.TypeVectorPoint),
                 tr("The points in the corridor with section, distance_m, offset_m, velocity and disp_mm."))
        self.add(QgsProcessingParameterFeatureSink("BINS", tr("Profile bins"), QgsProcessing.SourceType.TypeVector,
                                                   optional=True, createByDefault=True),
                 tr("A table: section, geometry, quantity, unit, distance_m (the bin's centre), n, median, q25, q75."))
        self.add(QgsProcessingParameterFeatureSink("FAULT_OFFSETS", tr("Fault offsets"),
                                                   QgsProcessing.SourceType.TypeVector, optional=True,
                                                   createByDefault=True),
                 tr("A table: per crossing and geometry, section, fault, distance_m, quantity, unit, offset, "
                    "uncertainty, n_before, n_after, method."))
        self.addOutput(QgsProcessingOutputNumber("POINTS", tr("Points in the corridors")))

    def _lines(self, parameters, name, context, crs):
        """[(feature, [[(x, y), ...] per part])] of a line-layer parameter, in ``crs``."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return []
        return polylines(source.getFeatures(), QgsCoordinateTransform(source.sourceCrs(), crs,
                                                                      context.transformContext()))

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        width = self.parameterAsDouble(parameters, "WIDTH", context)
        start, end = self.period_of(parameters, context, both_or_neither=True)
        sections = [(f, [v for part in parts for v in part])
                    for f, parts in self._lines(parameters, "LINE", context, source.sourceCrs())]
        if not sections:
            raise PluginError(tr("The line layer has no line."))
        name_field = self.parameterAsString(parameters, "FAULT_NAME", context)
        faults = [(str(f[name_field]) if name_field else str(f.id()), part)
                  for f, parts in self._lines(parameters, "FAULTS", context, source.sourceCrs()) for part in parts]
        method = METHODS[self.parameterAsEnum(parameters, "FAULT_METHOD", context)]
        fields = QgsFields(source.fields())
        for name, kind in (("section", compat.STRING), ("distance_m", compat.DOUBLE), ("offset_m", compat.DOUBLE),
                           ("velocity", compat.DOUBLE), ("disp_mm", compat.DOUBLE)):
            fields.append(compat.field(name, kind))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, source.wkbType(), source.sourceCrs())
        tables = [(columns, _fields(columns)) for columns in (swath.BIN_COLUMNS, swath.OFFSET_COLUMNS)]
        bins_sink, bins_dest = self.parameterAsSink(parameters, "BINS", context, tables[0][1],
                                                    QgsWkbTypes.Type.NoGeometry)
        offsets_sink, offsets_dest = self.parameterAsSink(parameters, "FAULT_OFFSETS", context, tables[1][1],
                                                          QgsWkbTypes.Type.NoGeometry)
        layer = self.layer_of(parameters, "INPUT", context)
        layer_name = layer.name() if layer is not None else source.sourceName()
        names = source.fields().names()
        told = [n for n in GEOMETRY_FIELDS if n in names]
        total = 0
        for k, (_line, vertices) in enumerate(sections):
            if feedback.isCanceled():
                break
            section = swath.section_name(k)
            chosen, along, offset, disp = self._section(parameters, context, source, vertices, width, start, end)
            velocity = [f["mean_velocity"] if "mean_velocity" in names else None for f in chosen]
            for feature, a, o, v, d in zip(chosen, along, offset, velocity, disp):
                out = QgsFeature(fields)
                out.setGeometry(feature.geometry())
                out.setAttributes(feature.attributes() + [section, round(float(a), 2), round(float(o), 2), v, d])
                sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            length = line_length(vertices)
            labels = [geometry_of(layer_name, {n: f[n] for n in told}).label for f in chosen]
            bin_w = self.parameterAsDouble(parameters, "BIN_WIDTH", context) or swath.bin_width_of(labels, length)
            quantities = {"velocity": ([np.nan if v is None else float(v) for v in velocity], "mm/year")}
            if start:
                quantities["disp_mm"] = ([np.nan if d is None else d for d in disp], "mm")
            crossed = [(faults[i][0], at) for i, at in swath.crossings(vertices, [part for _n, part in faults])]
            bins, offsets = swath.section_statistics(
                along, quantities, labels, bin_w, length, crossed,
                self.parameterAsDouble(parameters, "FAULT_WINDOW", context), method)
            for out_sink, rows, (columns, table) in ((bins_sink, bins, tables[0]), (offsets_sink, offsets, tables[1])):
                if out_sink is None:
                    continue
                for row in rows:
                    out = QgsFeature(table)
                    out.setAttributes([section] + [_value(row[name]) for name in columns[1:]])
                    out_sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            total += len(chosen)
            feedback.pushInfo(tr("Section {s}: {n} points within {w:g} m of the line ({length:.0f} m long), bins of "
                                 "{b:g} m, {c} fault crossings.").format(s=section, n=len(chosen), w=width / 2.0,
                                                                       length=length, b=bin_w, c=len(crossed)))
            feedback.setProgress(100.0 * (k + 1) / len(sections))
        return {"OUTPUT": dest, "BINS": bins_dest, "FAULT_OFFSETS": offsets_dest, "POINTS": total}

    def _section(self, parameters, context, source, vertices, width, start, end):
        """The points of one corridor: (features, distance along, offset, disp_mm or None each), by distance."""
        xs, ys = [v[0] for v in vertices], [v[1] for v in vertices]
        half = width / 2.0 + 1e-6  # the corridor reaches half its width from the line
        box = QgsRectangle(min(xs) - half, min(ys) - half, max(xs) + half, max(ys) + half)
        features = [f for f in source.getFeatures(QgsFeatureRequest().setFilterRect(box)) if f.hasGeometry()]
        points = [f.geometry().asPoint() for f in features]
        try:
            order, along, offset = project([p.x() for p in points], [p.y() for p in points], vertices, width)
        except ValueError:
            raise PluginError(tr("The profile line needs two distinct vertices.")) from None
        chosen = [features[i] for i in order]
        disp = [None] * len(chosen)
        if start and chosen:
            series = self.series_of(parameters, "INPUT", context)
            try:
                values = {f.id(): mm_dates for f, mm_dates in series.read(chosen, skip_missing=True)}
            finally:
                series.close()
            for k, feature in enumerate(chosen):
                if feature.id() in values:
                    dates, mm = values[feature.id()]
                    d = between_many(dates, mm[None, :], start, end)[0]
                    disp[k] = None if np.isnan(d) else round(float(d), 1)
        return chosen, along, offset, disp
