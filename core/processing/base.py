"""What every algorithm of the plugin shares: naming, group, help, and clear errors."""
from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingFeatureSourceDefinition,
                       QgsProcessingLayerPostProcessorInterface)

from ..egms.series import LayerSeries
from ..errors import PluginError
from ..i18n import tr


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
        # raised outside the except block, so the message is all it carries (no chained traceback
        # holding the algorithm's sources and layers)
        raise QgsProcessingException(message)

    def process(self, parameters, context, feedback):
        raise NotImplementedError

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
