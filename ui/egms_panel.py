"""EGMS tab: import EGMS files into a GeoPackage or a PostGIS database; the layers land in the project,
styled by velocity."""
import os

from qgis.core import Qgis, QgsCoordinateTransform, QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsFileWidget, QgsProviderConnectionComboBox

from ..core.egms.importer import import_and_measure
from ..core.egms import clip as clipping
from ..core.egms.stores.geopackage.store import GeoPackage
from ..core.egms.stores.postgis.store import DEFAULT_SCHEMA, PostGIS
from ..core.egms.style import apply_overview_style, apply_velocity_style, points_at_large_scales
from ..core.errors import PluginError
from ..core.i18n import tr
from ..core.settings import Settings
from .messages import notify, run_in_background

ALL, MAP_VIEW, POLYGONS = range(3)
GEOPACKAGE, POSTGIS = range(2)


class EgmsImportPanel:
    """Drives the import widgets of the dock's EGMS tab (``dock`` holds the widgets)."""

    def __init__(self, iface, dock):
        self.iface = iface
        self.w = dock
        self.task = None
        w = dock
        w.importFiles.setStorageMode(QgsFileWidget.StorageMode.GetMultipleFiles)
        w.importFiles.setFilter(tr("EGMS files (*.zip *.csv *.ZIP *.CSV)"))
        w.importFolder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        w.importGeopackage.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        w.importGeopackage.setConfirmOverwrite(False)  # an existing GeoPackage gains layers
        w.importGeopackage.setFilter(tr("GeoPackage (*.gpkg)"))
        settings = Settings.load()
        w.importGeopackage.setFilePath(settings.effective_geopackage_path)
        # QGIS's own list of saved PostgreSQL connections (follows the Data Source Manager); made here, not in
        # the .ui file, because it needs its provider when it is constructed
        self.connections = QgsProviderConnectionComboBox("postgres", w.importPostgis)
        self.connections.setToolTip(tr("A saved PostgreSQL connection (Data Source Manager ▸ PostgreSQL); its user "
                                       "name and password, or its authentication configuration, are used"))
        w.importPostgisLayout.insertWidget(0, self.connections, 1)
        if settings.postgis_connection:
            self.connections.setConnection(settings.postgis_connection)
        w.importSchema.setText(settings.postgis_schema)
        w.importStore.setCurrentIndex(POSTGIS if settings.import_store == "postgis" else GEOPACKAGE)
        w.importStore.currentIndexChanged.connect(self._store_changed)
        self._store_changed(w.importStore.currentIndex())
        w.clipLayer.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        w.clipMode.currentIndexChanged.connect(self._clip_mode_changed)
        w.importButton.clicked.connect(lambda: self.start_import())
        self._clip_mode_changed(w.clipMode.currentIndex())

    def _store_changed(self, store):
        for widget in (self.w.importGeopackageLabel, self.w.importGeopackage):
            widget.setVisible(store == GEOPACKAGE)
        for widget in (self.w.importConnectionLabel, self.w.importPostgis):
            widget.setVisible(store == POSTGIS)

    def target(self):
        """Where to import, as chosen in the tab (made here, on the main thread: QGIS may ask for its master
        password to read a connection's credentials); remembered for next time."""
        settings = Settings.load()
        if self.w.importStore.currentIndex() == POSTGIS:
            name = self.connections.currentConnection()
            if not name:
                raise PluginError(tr("No PostgreSQL connection is saved in QGIS: add one in the Data Source Manager "
                                     "(PostgreSQL), then choose it here."))
            schema = self.w.importSchema.text().strip() or DEFAULT_SCHEMA
            settings.replace(import_store="postgis", postgis_connection=name, postgis_schema=schema).save()
            return PostGIS.from_connection(name, schema)
        gpkg = self.w.importGeopackage.filePath().strip() or settings.effective_geopackage_path
        if not gpkg.lower().endswith(".gpkg"):
            gpkg += ".gpkg"
        os.makedirs(os.path.dirname(os.path.abspath(gpkg)), exist_ok=True)
        if settings.import_store != "gpkg":
            settings.replace(import_store="gpkg").save()
        return GeoPackage(gpkg)

    def _clip_mode_changed(self, mode):
        self.w.clipLayer.setEnabled(mode == POLYGONS)
        self.w.clipSelectedOnly.setEnabled(mode == POLYGONS)

    def inputs(self):
        files = QgsFileWidget.splitFilePaths(self.w.importFiles.filePath())
        folder = self.w.importFolder.filePath().strip()
        return [f for f in files if f.strip()] + ([folder] if folder else [])

    def clip_geometry(self):
        mode = self.w.clipMode.currentIndex()
        if mode == MAP_VIEW:
            canvas = self.iface.mapCanvas()
            return clipping.extent_polygon(canvas.extent(), canvas.mapSettings().destinationCrs())
        if mode == POLYGONS:
            layer = self.w.clipLayer.currentLayer()
            if layer is None:
                raise PluginError(tr("Choose the polygon layer to keep points inside."))
            return clipping.features_polygon(layer, layer.crs(), self.w.clipSelectedOnly.isChecked())
        return None

    def start_import(self, inputs=None):
        """Import ``inputs`` (default: the files and folder chosen in the tab) into the chosen GeoPackage or
        PostGIS database."""
        inputs = inputs or self.inputs()
        if not inputs:
            notify(self.iface, tr("Choose EGMS files or a folder to import."), Qgis.MessageLevel.Warning)
            return
        try:
            area = self.clip_geometry()
            target = self.target()
        except (PluginError, OSError) as exc:
            notify(self.iface, str(exc), Qgis.MessageLevel.Warning)
            return
        self.w.importButton.setEnabled(False)
        self.task = run_in_background(
            self.iface, tr("Importing EGMS files"), lambda feedback: import_and_measure(inputs, target, area, feedback),
            on_done=self.imported, on_finished=lambda: self.w.importButton.setEnabled(True))

    def imported(self, outcome):
        result, limits = outcome
        project = QgsProject.instance()
        added = []
        for name in result.layers:
            overview = result.target.overview_of(name)  # a large layer's cells, drawn at small scales
            for shown in filter(None, (name, overview)):
                loaded = [lyr for lyr in project.mapLayers().values() if result.target.is_layer(lyr, shown)]
                for layer in loaded:  # already in the project: show the new points (cells)
                    layer.dataProvider().reloadData()
                    layer.updateExtents()
                    layer.triggerRepaint()
                if not loaded:
                    layer = QgsVectorLayer(result.target.layer_uri(shown), shown, result.target.provider)
                    if shown == overview:
                        apply_overview_style(layer, limits[name])
                    else:
                        apply_velocity_style(layer, limit=limits[name])
                    project.addMapLayer(layer)
                    added.append(layer)
            if overview:
                for layer in project.mapLayers().values():
                    if result.target.is_layer(layer, name):
                        points_at_large_scales(layer)
        if added:
            canvas = self.iface.mapCanvas()
            transform = QgsCoordinateTransform(added[0].crs(), canvas.mapSettings().destinationCrs(), project)
            extent = transform.transformBoundingBox(added[0].extent())
            for layer in added[1:]:
                extent.combineExtentWith(transform.transformBoundingBox(layer.extent()))
            canvas.setExtent(extent.buffered(extent.width() * 0.05))
            canvas.refresh()
        summary = result.summary().splitlines()
        problems = any(f.skipped or f.duplicates for f in result.files)
        text = summary[0] + (" " + tr("Details in the log (CLMS & EGMS tab).") if len(summary) > 1 else "")
        notify(self.iface, text, Qgis.MessageLevel.Warning if problems else Qgis.MessageLevel.Success, duration=10)
