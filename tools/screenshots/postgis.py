"""Run inside QGIS (qgis --code) by `make screenshots`: the EGMS tab imports the workshop scenario into a PostGIS
database (a throw-away PostgreSQL + PostGIS on loopback, reached through a saved QGIS connection), as a user does;
then a velocity filter and a click on the PostGIS layer, and the Processing dialog of the PostGIS import. Writes
CLMS_EGMS_SHOTS/postgis_import.png, postgis_analysis.png and postgis_processing.png, and a status file."""
import os
import shutil
import sys

from qgis.core import QgsCoordinateTransform, QgsPointXY, QgsProject
from qgis.utils import iface

sys.path.insert(0, os.path.join(os.environ["CLMS_EGMS_ROOT"], "tools", "screenshots"))  # qgis --code: no __file__
from shots import ROOT, finish, open_dock, shot, status, wait_for  # noqa: E402
from support.postgres import PostgresServer  # noqa: E402

from clms_egms.core.egms.scenario import write_scenario  # noqa: E402
from clms_egms.core.settings import Settings  # noqa: E402
from clms_egms.ui.egms_panel import POSTGIS  # noqa: E402

WORK = os.path.join(ROOT, "build", "screenshot-postgis")
shutil.rmtree(WORK, ignore_errors=True)
paths = write_scenario(os.path.join(WORK, "files"), n_points=22500, n_dates=300)
server = PostgresServer().start()
server.save_connection("EGMS team database", server.create_database("egms"))
Settings(download_folder=WORK).save()
dock = open_dock("egmsTab")
dock.importStore.setCurrentIndex(POSTGIS)
dock.egms.connections.setConnection("EGMS team database")
dock.importSchema.setText("grindavik")
dock.importFiles.setFilePath(" ".join('"{}"'.format(p) for p in paths[:3]))  # both L2b bursts and L3 up
dock.egmsScroll.ensureWidgetVisible(dock.importButton)


def done():
    server.stop()
    finish()


def analysis():
    (layer,) = QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024")
    dock.tabs.setCurrentWidget(dock.analysisTab)
    dock.filterLayer.setLayer(layer)
    dock.maxVelocity.setText("-10")
    status.append("filtered={}".format(dock.filter.apply()))
    iface.setActiveLayer(layer)
    plot = dock.show_plot()
    deepest = min(layer.getFeatures(), key=lambda f: f["mean_velocity"])
    to_map = QgsCoordinateTransform(layer.crs(), iface.mapCanvas().mapSettings().destinationCrs(),
                                    QgsProject.instance())
    plot.pick_at(to_map.transform(QgsPointXY(deepest.geometry().asPoint())))
    plot.trendBox.setCurrentIndex(plot.trendBox.findData("linear"))
    status.append("plotted={}".format([c["pid"] for c in plot.curves]))
    wait_for(lambda: True, lambda: (shot("postgis_analysis.png"), processing_dialog()))


def processing_dialog():
    """The Processing algorithm's dialog, as the toolbox opens it: the connection and schema widgets."""
    import processing

    dialog = processing.createAlgorithmDialog("clms_egms:import_egms_postgis")
    dialog.show()
    status.append("dialog={}".format(dialog is not None))
    wait_for(lambda: True, lambda: (shot("postgis_processing.png"), dialog.close(), done()))


def imported():
    layers = sorted(QgsProject.instance().mapLayers().values(), key=lambda lyr: lyr.name())
    status.append("layers={}".format([(lyr.name(), lyr.providerType(), lyr.featureCount()) for lyr in layers]))
    for layer in layers:
        if layer.name() != "egms_l3_u_2020_2024":
            QgsProject.instance().layerTreeRoot().findLayer(layer.id()).setItemVisibilityChecked(False)
    status.append("message={}".format([w.text() for w in iface.messageBar().items()][-1:]))
    wait_for(lambda: True, lambda: (shot("postgis_import.png"), analysis()))


dock.importButton.click()
wait_for(lambda: dock.importButton.isEnabled() and QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024"),
         imported)
