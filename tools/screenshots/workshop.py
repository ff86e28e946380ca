"""Run inside QGIS (qgis --code) by `make screenshots`: Web ▸ CLMS & EGMS ▸ Load workshop sample, as a trainer
does; writes CLMS_EGMS_SHOTS/workshop.png (the sample's layers and the walk-through) and a status file."""
import os
import shutil
import sys

from qgis.core import QgsProject
from qgis.utils import plugins

sys.path.insert(0, os.path.join(os.environ["CLMS_EGMS_ROOT"], "tools", "screenshots"))  # qgis --code: no __file__
from shots import ROOT, finish, open_dock, shot, status, wait_for  # noqa: E402

from clms_egms.core.settings import Settings  # noqa: E402

WORK = os.path.join(ROOT, "build", "screenshot-workshop")
shutil.rmtree(os.path.join(WORK, "workshop", "workshop.gpkg"), ignore_errors=True)
Settings(download_folder=WORK).save()
dock = open_dock("egmsTab")


def loaded():
    status.append("layers={}".format(sorted(lyr.name() for lyr in QgsProject.instance().mapLayers().values())))
    status.append("guide_visible={}".format(dock.workshopGroup.isVisible()))
    for other in ("egms_l2b_2020_2024", "egms_l3_e_2020_2024"):
        for layer in QgsProject.instance().mapLayersByName(other):
            QgsProject.instance().layerTreeRoot().findLayer(layer.id()).setItemVisibilityChecked(False)
    from qgis.PyQt.QtCore import QTimer
    from qgis.utils import iface

    canvas = iface.mapCanvas()
    # the plugin puts the map on the sample (not this script); opening the plot keeps its scale
    status.append("scale_loaded={:.0f}".format(canvas.scale()))

    def with_plot():
        status.append("scale_with_plot={:.0f}".format(canvas.scale()))
        dock.plot.close()
        QTimer.singleShot(1500, finish)

    def plot_opened():
        dock.show_plot()
        QTimer.singleShot(2000, with_plot)
    wait_for(lambda: True, lambda: (shot("workshop.png"), plot_opened()))


plugins["clms_egms"].workshop_action.trigger()
wait_for(lambda: QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024"), loaded)
