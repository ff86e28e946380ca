"""Run inside QGIS (qgis --code) by tools/screenshots/run.sh: active deformation areas as a geologist finds them. Load
workshop sample (or, with CLMS_EGMS_ADA_SAMPLES=1, the real EGMS samples beside the repository imported), the
Analysis tab's Layer set, Find active deformation areas clicked: CLMS_EGMS_SHOTS/ada_areas.png (the styled, labelled
areas over the points, the dock at 420 px); the largest area's row action "Plot this area's mean series" triggered
as the attribute table does: ada_mean.png (its points selected, their mean series with its envelope in the plot)."""
import glob
import os
import shutil
import sys

from qgis.core import QgsProject
from qgis.gui import QgsGui
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.utils import iface, plugins

sys.path.insert(0, os.path.join(os.environ["CLMS_EGMS_ROOT"], "tools", "screenshots"))  # qgis --code: no __file__
from shots import ROOT, finish, guarded, open_dock, plot_below, shot, status, table_shot, wait_for  # noqa: E402

from clms_egms.core.settings import Settings  # noqa: E402

REAL = os.environ.get("CLMS_EGMS_ADA_SAMPLES") == "1"
WORK = os.path.join(ROOT, "build", "screenshot-ada")
shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(WORK)
Settings(download_folder=WORK).save()
dock = open_dock("analysisTab")
LAYER = "egms_l2b_2020_2024" if REAL else "egms_l3_u_2020_2024"


def land_rasters():
    """A CORINE Land Cover raster and an elevation model over the workshop's square, named as the CLMS downloads
    name them (the dock finds them by name): continuous urban fabric around the town, arable land elsewhere, a
    quarry west of the dome; a DEM rising 25 degrees north of the graben (synthetic: the workshop is offline)."""
    import numpy as np
    from osgeo import gdal

    from clms_egms.core.clms.clc import style_layer
    from clms_egms.core.egms.scenario import GRINDAVIK
    from support.rasters import cell_centres, write_raster

    west, north = GRINDAVIK[0] - 6000, GRINDAVIK[1] + 6000
    x, y = cell_centres(west, north, 100.0, 120)
    clc = np.where(np.hypot(x - GRINDAVIK[0], y - GRINDAVIK[1]) < 1500, 1, 12).astype(np.uint8)
    from pathlib import Path

    land = write_raster(Path(WORK) / "U2018_CLC2018_V2020_20u1.tif", west, north, 100.0, clc, gdal.GDT_Byte, 48)
    style_layer(land, clc=True)
    dem = 20.0 + np.tan(np.radians(25.0)) * np.clip(y - GRINDAVIK[1] - 2500, 0, None)
    elevation = write_raster(Path(WORK) / "EU-DEM_v11_E30N40.tif", west, north, 100.0, dem.astype(np.float32),
                             gdal.GDT_Float32)
    root = QgsProject.instance().layerTreeRoot()
    for layer in (elevation, land):  # under the points
        QgsProject.instance().addMapLayer(layer, False)
        root.insertLayer(len(root.children()), layer)
    status.append("land={}".format([land.name(), elevation.name()]))


def loaded():
    (layer,) = QgsProject.instance().mapLayersByName(LAYER)
    if not REAL:
        land_rasters()
    for other in QgsProject.instance().mapLayers().values():  # the layer searched alone, as the walk-through says
        if other.name().startswith("egms_") and other is not layer:
            QgsProject.instance().layerTreeRoot().findLayer(other.id()).setItemVisibilityChecked(False)
    dock.tabs.setCurrentWidget(dock.analysisTab)
    dock.filterLayer.setLayer(layer)
    iface.setActiveLayer(layer)
    if REAL:
        iface.mapCanvas().setExtent(layer.extent())
    QTest.mouseClick(dock.adaButton, Qt.MouseButton.LeftButton)
    wait_for(lambda: QgsProject.instance().mapLayersByName("ada_" + LAYER), found, most=600)


def found():
    (areas,) = QgsProject.instance().mapLayersByName("ada_" + LAYER)
    rows = sorted(areas.getFeatures(), key=lambda f: -f["n_points"])
    status.append("areas={}".format(len(rows)))
    status.append("largest={}".format([(f["ada_id"], f["geometry"], f["n_points"], f["median_velocity"],
                                        round(f["area_m2"] / 1e6, 2), f["quality"]) for f in rows[:8]]))
    status.append("message={}".format([item.text() for item in iface.messageBar().items()]))
    status.append("land={}".format([(f["ada_id"], f["clc_class"], f["clc_share"], f["slope_mean"],
                                     f["interpretation"]) for f in rows]))
    QTimer.singleShot(2500, guarded(lambda: (shot("ada_areas.png"), table(areas, rows))))


def table(areas, rows):
    """The areas' attribute table, their land and the suggestions: ada_table.png."""
    table_shot(areas, "ada_table.png", lambda: plot_area(areas, rows[0]))


def plot_area(areas, area):
    (action,) = [a for a in QgsGui.mapLayerActionRegistry().mapLayerActions(areas)
                 if a.objectName() == "clmsEgmsPlotArea"]
    plot_below(dock, 560)
    action.triggerForFeature(areas, area)
    (points,) = QgsProject.instance().mapLayersByName(LAYER)

    def plotted():
        curves = dock.plot.curves if dock.plot is not None else []
        status.append("selected={} curves={}".format(points.selectedFeatureCount(), [c["pid"] for c in curves]))
        QTimer.singleShot(2000, guarded(lambda: (shot("ada_mean.png"), finish())))
    wait_for(lambda: dock.plot is not None and dock.plot.curves, plotted)


if REAL:
    from clms_egms.core.egms import import_egms

    samples = sorted(glob.glob(os.path.join(ROOT, "..", "shared", "egms-samples", "EGMS_L2b_*.zip")))
    gpkg = os.path.join(WORK, "samples.gpkg")
    import_egms(samples, gpkg)
    from qgis.core import QgsVectorLayer

    from clms_egms.core.egms.style import apply_velocity_style

    layer = QgsVectorLayer(gpkg + "|layername=" + LAYER, LAYER, "ogr")
    apply_velocity_style(layer)
    QgsProject.instance().addMapLayer(layer)
    QTimer.singleShot(1500, guarded(loaded))
else:
    plugins["clms_egms"].workshop_action.trigger()
    wait_for(lambda: QgsProject.instance().mapLayersByName(LAYER), loaded)
