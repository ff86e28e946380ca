"""The CLMS tab's download area: the map extent (or a drawn box), a NUTS region from a GISCO file, or a layer's
(selected features') extent."""
import os

from qgis.core import Qgis, QgsCoordinateTransform, QgsMapLayerProxyModel, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QStringListModel, Qt
from qgis.PyQt.QtWidgets import QCompleter, QFileDialog

from ..core.clms.nuts import NutsIndex
from ..core.errors import PluginError
from ..core.i18n import tr
from ..core.settings import Settings
from . import WGS84, chosen_area, set_up_area_widget
from .messages import notify

EXTENT, NUTS, LAYER = range(3)


class ClmsArea:
    def __init__(self, iface, dock):
        self.iface = iface
        self.w = w = dock
        self.nuts = NutsIndex()
        set_up_area_widget(w.clmsExtent, iface.mapCanvas())
        w.clmsAreaMode.currentIndexChanged.connect(w.clmsAreaStack.setCurrentIndex)
        w.clmsAreaMode.currentIndexChanged.connect(self._area_mode_changed)
        self.nuts_file_read = False  # the user's GISCO file is read when the NUTS mode is first chosen
        w.clmsAreaLayer.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.completer = QCompleter(w.clmsNuts)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setModel(QStringListModel(self.nuts.labels(), self.completer))
        w.clmsNuts.setCompleter(self.completer)
        w.clmsNutsFile.clicked.connect(lambda: self.choose_nuts_file())

    def _area_mode_changed(self, mode):
        """The first time the user picks "NUTS region", read the GISCO file chosen in an earlier session (it can
        be tens of MB: not at QGIS's start)."""
        if mode != NUTS or self.nuts_file_read:
            return
        self.nuts_file_read = True
        path = Settings.load().nuts_file
        if path and os.path.exists(path):
            try:
                self._set_nuts(NutsIndex.from_gisco(path))
            except PluginError as exc:
                notify(self.iface, str(exc), Qgis.MessageLevel.Warning)

    def choose_nuts_file(self, path=None):
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.w, tr("GISCO NUTS regions"), "",
                                                  tr("Vector files (*.geojson *.json *.gpkg *.shp);;All files (*)"))
            if not path:
                return
        try:
            index = NutsIndex.from_gisco(path)
        except PluginError as exc:
            notify(self.iface, str(exc), Qgis.MessageLevel.Warning)
            return
        self._set_nuts(index)
        self.nuts_file_read = True
        Settings.load().replace(nuts_file=path).save()
        notify(self.iface, tr("{n} NUTS regions from {file}.").format(n=len(index.regions),
                                                                      file=os.path.basename(path)),
               Qgis.MessageLevel.Success)

    def _set_nuts(self, index):
        self.nuts = index
        self.completer.setModel(QStringListModel(index.labels(), self.completer))

    def area(self):
        """(nuts code, bbox): one of them, as the user chose."""
        w = self.w
        mode = w.clmsAreaMode.currentIndex()
        if mode == NUTS:
            region = self.nuts.find(w.clmsNuts.text())
            if region is None:
                raise PluginError(tr("“{text}” is not a NUTS region: type a code or a name and pick one of the "
                                     "suggestions.").format(text=w.clmsNuts.text()))
            return region.code, None
        if mode == LAYER:
            layer = w.clmsAreaLayer.currentLayer()
            if layer is None:
                raise PluginError(tr("Choose the layer whose selected features give the area."))
            rect = layer.boundingBoxOfSelected() if layer.selectedFeatureCount() else layer.extent()
            rect = QgsCoordinateTransform(layer.crs(), WGS84, QgsProject.instance()).transformBoundingBox(rect)
            rect = rect.intersect(QgsRectangle(-180, -90, 180, 90))
        else:
            rect = chosen_area(w.clmsExtent, self.iface.mapCanvas())
        if rect.isEmpty():
            raise PluginError(tr("The download area is empty."))
        return "", (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
