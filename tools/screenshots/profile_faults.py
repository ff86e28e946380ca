"""Run inside QGIS (qgis --code) by tools/screenshots/run.sh: a profile across a fault, as a geologist draws it. Two
L2b files (an ascending and a descending track) with a planted fault (-12 and +5 mm/year across it, 1.5 mm/year
of noise, 5 % wild points) imported into one layer, a fault layer in the project chosen in the plot's Faults, two
sections drawn with the plot's Profile tool (two clicks, a right click each): A–A′ and B–B′ on the map, B plotted.
Writes CLMS_EGMS_SHOTS/profile_faults.png (the plot dock CLMS_EGMS_DOCK_WIDTH wide, 420 px by default) and
profile_faults_saved.png (Save figure; a DEM with a scarp chosen as Terrain), then all side by side:
profile_sections.png and profile_sections_saved.png."""
import os
import shutil
import sys

from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer, QVariant
from qgis.utils import iface

sys.path.insert(0, os.path.join(os.environ["CLMS_EGMS_ROOT"], "tools", "screenshots"))  # qgis --code: no __file__
from shots import ROOT, SHOTS, draw_section, finish, open_dock, plot_below, shot, status  # noqa: E402
from support.faulted import planted_velocity, write_dem  # noqa: E402  (shots puts tests/ on the path)

from clms_egms.core.egms import import_egms  # noqa: E402
from clms_egms.core.egms.style import apply_velocity_style  # noqa: E402
from clms_egms.core.egms.synthetic import write_egms  # noqa: E402

ORIGIN, SPACING, SIDE = (4598000.0, 1740000.0), 20.0, 80
FAULT_X = ORIGIN[0] + 800.0
WORK = os.path.join(ROOT, "build", "screenshot-profile-faults")
shutil.rmtree(WORK, ignore_errors=True)


paths = [write_egms(os.path.join(WORK, "in"), "L2b", n_points=SIDE * SIDE, n_dates=60, seed=seed, track=track,
                    burst=burst, ascending=ascending, pid_prefix=prefix, origin=ORIGIN, spacing=SPACING,
                    velocity_fn=planted_velocity(base, offset, FAULT_X, seed))[0]
         for seed, track, burst, ascending, prefix, base, offset in (
             (1, 16, 336, True, "R", -2.0, -12.0), (2, 155, 340, False, "G", 3.0, 5.0))]
gpkg = os.path.join(WORK, "faulted.gpkg")
import_egms(paths, gpkg)
layer = QgsVectorLayer(gpkg + "|layername=egms_l2b_2020_2024", "egms_l2b_2020_2024", "ogr")
apply_velocity_style(layer)
faults = QgsVectorLayer("LineString?crs=EPSG:3035", "faults", "memory")
faults.dataProvider().addAttributes([QgsField("name", QVariant.String)])
faults.updateFields()
fault = QgsFeature(faults.fields())
fault.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(FAULT_X, ORIGIN[1] - 100),
                                              QgsPointXY(FAULT_X + 60, ORIGIN[1] + 1700)]))
fault.setAttributes(["Sundhnúkur fault"])
faults.dataProvider().addFeatures([fault])
# a DEM over the points: 40 m at the west, a scarp of 15 m down across the fault, rising 3 m every 100 m
dem = write_dem(os.path.join(WORK, "dem.tif"), ORIGIN[0] - 100, ORIGIN[1] + 1900,
                lambda x: 40.0 + 0.03 * (x - ORIGIN[0]) - 15.0 * (x > FAULT_X))
QgsProject.instance().addMapLayer(dem)  # under the points (a layer added later is drawn above)
QgsProject.instance().addMapLayers([layer, faults])
iface.setActiveLayer(layer)
dock = open_dock("analysisTab")
canvas = iface.mapCanvas()
canvas.setExtent(QgsRectangle(ORIGIN[0] - 100, ORIGIN[1] - 100, ORIGIN[0] + 1700, ORIGIN[1] + 1700))
canvas.refresh()


def profile():
    plot = plot_below(dock)
    plot.profile.faults.setLayer(faults)
    plot.profile.terrain.setLayer(dem)
    for y0, y1 in ((ORIGIN[1] + 300, ORIGIN[1] + 500), (ORIGIN[1] + 1300, ORIGIN[1] + 1100)):  # sections A, B
        draw_section(plot, (ORIGIN[0] + 20, y0), (ORIGIN[0] + 1580, y1))
    status.append("sections={}".format([plot.profile.section_box.itemText(i)
                                        for i in range(plot.profile.section_box.count())]))
    rows = plot.profile.rows
    status.append("profile_points={}".format(len(rows["pid"]) if rows else 0))
    status.append("crossings={}".format(rows["crossings"] if rows else None))
    status.append("offsets={}".format([(o["geometry"], round(o["offset"], 2), round(o["uncertainty"], 2))
                                       for o in rows["offsets"]] if rows else None))
    status.append("plot_width={}".format(plot.width()))
    status.append("info={}".format(plot.info.text()))
    plot.export_figure(os.path.join(SHOTS, "profile_faults_saved.png"))
    QTimer.singleShot(3000, lambda: (shot("profile_faults.png"), side_by_side(plot)))


def side_by_side(plot):
    """All side by side chosen in the section list: A and B in one figure."""
    box = plot.profile.section_box
    box.setCurrentIndex(box.count() - 1)
    box.activated.emit(box.count() - 1)
    status.append("side_by_side_axes={}".format(len(plot.figure.axes)))
    plot.export_figure(os.path.join(SHOTS, "profile_sections_saved.png"))
    QTimer.singleShot(2000, lambda: (shot("profile_sections.png"), finish()))


QTimer.singleShot(1500, profile)
