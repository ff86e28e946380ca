"""Run inside QGIS (qgis --code) by tools/screenshots/run.sh: the workshop walk-through's Profile and Faults steps, as
a trainee does them. Load workshop sample, the plot under the panel (420 px), the corridor typed 400 m, a section
across the graben through Grindavík (Profile, two clicks, a right click), workshop faults chosen in Faults, Event
ticked, Offset from set to lines at the fault within 300 m: CLMS_EGMS_SHOTS/workshop_faults.png (and _saved.png, the
figure saved); Through time pressed: workshop_time.png; a second section further along the graben and all side by
side: workshop_sections.png. The status says each offset measured."""
import os
import shutil
import sys

import numpy as np
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.utils import iface, plugins

sys.path.insert(0, os.path.join(os.environ["CLMS_EGMS_ROOT"], "tools", "screenshots"))  # qgis --code: no __file__
from shots import (ROOT, SHOTS, draw_section, finish, guarded, open_dock, plot_below, shot, status,  # noqa: E402
                   wait_for)

from support.gui import choose, type_in  # noqa: E402  (shots puts tests/ on the path)

from clms_egms.core.egms.scenario import GRABEN_AZIMUTH, GRINDAVIK  # noqa: E402
from clms_egms.core.i18n import tr  # noqa: E402
from clms_egms.core.settings import Settings  # noqa: E402

WORK = os.path.join(ROOT, "build", "screenshot-workshop-profile")
shutil.rmtree(os.path.join(WORK, "workshop", "workshop.gpkg"), ignore_errors=True)
Settings(download_folder=WORK).save()
dock = open_dock("analysisTab")
ACROSS = np.array([np.cos(GRABEN_AZIMUTH), -np.sin(GRABEN_AZIMUTH)])  # north-west to south-east
ALONG = np.array([np.sin(GRABEN_AZIMUTH), np.cos(GRABEN_AZIMUTH)])


def said(rows):
    return [(o["fault"], o["quantity"], round(o["distance_m"]), round(o["offset"], 1), round(o["uncertainty"], 1))
            for o in rows["offsets"]]


def loaded():
    for other in ("egms_l2b_2020_2024", "egms_l3_e_2020_2024"):  # as the walk-through's Look step says
        for layer in QgsProject.instance().mapLayersByName(other):
            QgsProject.instance().layerTreeRoot().findLayer(layer.id()).setItemVisibilityChecked(False)
    (up,) = QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024")
    iface.setActiveLayer(up)
    plot = plot_below(dock)
    type_in(plot.profile.width, "400")
    centre = np.array(GRINDAVIK)
    draw_section(plot, tuple(centre - 2000 * ACROSS), tuple(centre + 2000 * ACROSS))
    (faults,) = QgsProject.instance().mapLayersByName(tr("workshop faults"))
    choose(plot.profile.faults, faults.name())
    QTest.mouseClick(plot.eventBox, Qt.MouseButton.LeftButton)
    choose(plot.profile.method, tr("lines at the fault"))
    type_in(plot.profile.window, "300")
    rows = plot.profile.rows
    status.append("event={} method={} window={}".format(plot.event_date(), plot.profile.method.currentData(),
                                                       plot.profile.window.value()))
    status.append("offsets={}".format(said(rows)))
    status.append("info={}".format(plot.info.text()))
    plot.export_figure(os.path.join(SHOTS, "workshop_faults_saved.png"))
    QTimer.singleShot(3000, guarded(lambda: (shot("workshop_faults.png"), through_time(plot))))


def through_time(plot):
    QTest.mouseClick(plot.profile.in_time, Qt.MouseButton.LeftButton)
    status.append("time_dates={}".format(sorted(str(d) for d in plot.profile.rows.get("at") or {})))
    plot.export_figure(os.path.join(SHOTS, "workshop_time_saved.png"))
    QTimer.singleShot(3000, guarded(lambda: (shot("workshop_time.png"), second_section(plot))))


def second_section(plot):
    QTest.mouseClick(plot.profile.in_time, Qt.MouseButton.LeftButton)
    centre = np.array(GRINDAVIK) + 1500 * ALONG
    draw_section(plot, tuple(centre - 2000 * ACROSS), tuple(centre + 2000 * ACROSS))
    box = plot.profile.section_box
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Down)  # B-B' -> all side by side
    status.append("sections={} side_by_side={}".format([box.itemText(i) for i in range(box.count())],
                                                      plot.profile.side_by_side()))
    plot.export_figure(os.path.join(SHOTS, "workshop_sections_saved.png"))
    QTimer.singleShot(3000, guarded(lambda: (shot("workshop_sections.png"), finish())))


plugins["clms_egms"].workshop_action.trigger()
wait_for(lambda: QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024"), loaded)
