"""What every algorithm of the plugin shares: naming, group, help, and clear errors."""
from qgis.core import (QgsFeatureRequest, QgsProcessing, QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingFeatureSource, QgsProcessingFeatureSourceDefinition,
                       QgsProcessingLayerPostProcessorInterface, QgsWkbTypes)

from ..core.egms.series import LayerSeries
from ..core.errors import PluginError
from ..core import guide
from ..core.i18n import tr
from ..core.log import log
from ..core.tasks import user_message


class Algorithm(QgsProcessingAlgorithm):
    NAME = ""
    GROUP_ID = ""

    def name(self):
        return self.NAME

    def group(self):
        return {"egms": tr("EGMS"), "clms": tr("CLMS")}.get(self.GROUP_ID, self.GROUP_ID)

    def groupId(self):  # noqa: N802 (QGIS API)
        return self.GROUP_ID

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def helpUrl(self):  # noqa: N802 (QGIS API)
        """The algorithm's row in the user guide (the shipped copy: it opens offline)."""
        return guide.url(self.NAME).toString()

    def add(self, parameter, help_text):
        """Add ``parameter`` with its help (shown in the algorithm's dialog and by qgis_process help)."""
        parameter.setHelp(help_text)
        self.addParameter(parameter)
        return parameter

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        try:
            return self.process(parameters, context, feedback)
        except PluginError as exc:
            message = str(exc)
        except QgsProcessingException as exc:  # Processing's own
            message = str(exc)
        except OSError as exc:  # an output that is a folder, a full disk, a file another program holds
            message = tr("{path}: {reason}").format(path=exc.filename or tr("the output"),
                                                   reason=exc.strerror or exc)
        except Exception as exc:  # noqa: BLE001 (no exception leaves an algorithm's worker as a traceback)
            log.exception("%s failed", self.NAME)
            message = user_message(exc)
        # raised outside the except block, so the message is all it carries (no chained traceback
        # holding the algorithm's sources and layers)
        raise QgsProcessingException(message)

    def process(self, parameters, context, feedback):
        raise NotImplementedError

    def parameterAsSource(self, parameters, name, context):  # noqa: N802 (QGIS API)
        """The feature source of a parameter, its features checked by ``CheckedSource`` (never by the C++
        iterator, whose exception left the process to crash)."""
        source = super().parameterAsSource(parameters, name, context)
        if source is None:
            return None
        wanted = _GEOMETRIES.get(tuple(self.parameterDefinition(name).dataTypes()))
        if wanted is not None and QgsWkbTypes.geometryType(source.wkbType()) != wanted[0]:
            raise PluginError(tr("{layer} is not a {kind} layer: choose one for “{parameter}”.").format(
                layer=source.sourceName(), kind=_kind(wanted[1]),
                parameter=self.parameterDefinition(name).description()))
        return CheckedSource(source, context)

    def series_of(self, parameters, name, context):
        """The EGMS series reader of a point-layer parameter; a PluginError saying what is needed otherwise."""
        layer = self.layer_of(parameters, name, context)
        series = LayerSeries.for_layer(layer)
        if series is None:
            raise PluginError(tr("{layer} holds no EGMS time series (an imported layer, or date fields named "
                                 "yyyymmdd).").format(layer=layer.name() if layer else name))
        return series

    def date_of(self, parameters, name, context):
        """An optional date parameter as 'YYYY-MM-DD', or None when it was left empty."""
        if not parameters.get(name):
            return None
        value = self.parameterAsDateTime(parameters, name, context)
        return value.date().toString("yyyy-MM-dd") if value.isValid() else None

    def period_of(self, parameters, context, both_or_neither=False):
        """The START and END date parameters as 'YYYY-MM-DD' (None where left empty), the start before the end;
        ``both_or_neither``: one date without the other is refused too."""
        start, end = self.date_of(parameters, "START", context), self.date_of(parameters, "END", context)
        if both_or_neither and bool(start) != bool(end):
            raise PluginError(tr("Give both dates, the start before the end, or neither."))
        if start and end and start >= end:
            raise PluginError(tr("The start date must come before the end date."))
        return start, end

    def layer_of(self, parameters, name, context):
        """The vector layer behind a feature-source parameter (also when "selected features only")."""
        value = parameters.get(name)
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            value = value.source.staticValue()
        return self.parameterAsVectorLayer({name: value}, name, context)


# a source parameter's one accepted geometry (Processing does not check a layer object given to processing.run)
_GEOMETRIES = {(QgsProcessing.SourceType.TypeVectorPoint,): (QgsWkbTypes.GeometryType.PointGeometry, "point"),
               (QgsProcessing.SourceType.TypeVectorLine,): (QgsWkbTypes.GeometryType.LineGeometry, "line"),
               (QgsProcessing.SourceType.TypeVectorPolygon,): (QgsWkbTypes.GeometryType.PolygonGeometry, "polygon")}


def _kind(name):
    return {"point": tr("point"), "line": tr("line"), "polygon": tr("polygon")}[name]


class CheckedSource:
    """A Processing feature source whose features come without Processing's own geometry check: when that check
    stops on an invalid geometry it throws a C++ exception through the Python iterator, and the next algorithm run
    in the same process then crashed (a self-intersecting area given to filter_velocity: exit -11; a native
    algorithm, iterating in C++, does not). The same check is made here, by the same setting (Processing ▸
    Invalid features filtering, the context's invalidGeometryCheck): stop with a clear message, skip the feature,
    or take it as it is. Everything else is the source's own."""

    def __init__(self, source, context):
        self._source = source
        self._check = context.invalidGeometryCheck()

    def __getattr__(self, name):
        return getattr(self._source, name)

    def getFeatures(self, request=None):  # noqa: N802 (QGIS API)
        return self._checked(self._source.getFeatures(
            request or QgsFeatureRequest(), QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks))

    def _checked(self, features):
        check = self._check
        for feature in features:
            if (check != QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck and feature.hasGeometry()
                    and not feature.geometry().isGeosValid()):
                if check == QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid:
                    raise PluginError(tr("Feature ({id}) of “{layer}” has an invalid geometry ({why}): fix it "
                                         "(Vector geometry ▸ Fix geometries), or let Processing skip or ignore "
                                         "invalid features (Settings ▸ Options ▸ Processing ▸ Invalid features "
                                         "filtering).").format(id=feature.id(), layer=self._source.sourceName(),
                                                               why=_why_invalid(feature.geometry())))
                continue  # GeometrySkipInvalid
            yield feature


def _why_invalid(geometry):
    errors = geometry.validateGeometry()
    return errors[0].what() if errors else tr("not valid")


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Styles a layer once Processing has loaded it into the project: ``style(layer)``. QGIS owns and deletes each
    instance after use; the Python side is kept in ``pending`` until then."""

    pending = []

    def __init__(self, style):
        super().__init__()
        self.style = style

    @classmethod
    def create(cls, style):
        cls.pending = cls.pending[-20:] + [cls(style)]
        return cls.pending[-1]

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        self.style(layer)
