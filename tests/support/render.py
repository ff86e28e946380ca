"""Maps drawn as QGIS draws them, for the tests that look at what a renderer gives."""
from qgis.core import (QgsDateTimeRange, QgsExpressionContext, QgsExpressionContextUtils, QgsMapRendererParallelJob,
                       QgsMapSettings)
from qgis.PyQt.QtCore import QDate, QDateTime, QSize, QTime
from qgis.PyQt.QtGui import QColor


def map_settings(layer, size, day=None):
    """``layer`` whole, on white, ``size`` pixels square. With ``day`` ('YYYY-MM-DD'): the temporal frame of six
    days from it as QGIS's temporal controller sets it, with the map's scope (@map_start_time) in the
    expression context, as QGIS's canvas and its animation export give their renders."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(size, size))
    settings.setBackgroundColor(QColor(255, 255, 255))
    if day is not None:
        start = QDateTime(QDate.fromString(day, "yyyy-MM-dd"), QTime(0, 0))
        settings.setIsTemporal(True)
        settings.setTemporalRange(QgsDateTimeRange(start, start.addDays(6)))
        context = QgsExpressionContext()
        context.appendScope(QgsExpressionContextUtils.mapSettingsScope(settings))  # the context owns the scope
        settings.setExpressionContext(context)
    return settings


def rendered(settings):
    """The image QGIS's parallel render job (its own render threads) draws, asserting it reported no error."""
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    assert not job.errors(), [e.message for e in job.errors()]
    return job.renderedImage()
