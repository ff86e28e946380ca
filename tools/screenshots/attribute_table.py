"""Run inside QGIS (qgis --code) by `make screenshots`: the EGMS layer actions and expression functions as a user
reaches them. Writes CLMS_EGMS_SHOTS/attribute_table_actions.png (three rows selected in the attribute table, the
right-click menu with the EGMS actions), expression_builder.png (the field calculator with the EGMS group and
egms_step's help) and egms_step_field.png (the computed field in the table, the map styled by it)."""
import glob
import os
import shutil
import sys

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QPoint, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit
from qgis.utils import iface, plugins

sys.path.insert(0, os.path.join(os.environ["CLMS_EGMS_ROOT"], "tools", "screenshots"))  # qgis --code: no __file__
from shots import ROOT, finish, shot, status, wait_for  # noqa: E402
from support.gui import click_menu_entry, made_by_qgis, right_click_row  # noqa: E402 (shots puts tests/ on the path)

from clms_egms.core.egms import import_egms  # noqa: E402
from clms_egms.core.egms.style import apply_velocity_style  # noqa: E402

WORK = os.path.join(ROOT, "build", "screenshot-table")
shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(WORK)
GPKG = os.path.join(WORK, "egms.gpkg")
SAMPLES = os.path.join(os.path.dirname(ROOT), "shared", "egms-samples")
import_egms(sorted(glob.glob(os.path.join(SAMPLES, "EGMS_L2b_*.zip"))), GPKG)
layer = QgsVectorLayer(GPKG + "|layername=egms_l2b_2020_2024", "egms_l2b_2020_2024", "ogr")
apply_velocity_style(layer)
QgsProject.instance().addMapLayer(layer)
window = iface.mainWindow()
window.setGeometry(0, 0, 1600, 1000)
window.showMaximized()
iface.setActiveLayer(layer)
plugin = plugins["clms_egms"]
# the western burst fills the map
canvas = iface.mapCanvas()
extent = layer.extent()
extent.setXMaximum(extent.xMinimum() + extent.width() * 0.45)
canvas.setExtent(extent)
canvas.refresh()


def table_menu():
    from qgis.gui import QgsDualView

    dialog = iface.showAttributeTable(layer)
    dialog.setGeometry(40, 380, 1100, 560)
    table = made_by_qgis(dialog, QgsDualView).tableView()
    header = table.verticalHeader()
    for i, row in enumerate((0, 2, 3)):
        y = header.sectionViewportPosition(row) + header.sectionSize(row) // 2
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.ControlModifier if i else Qt.KeyboardModifier.NoModifier, QPoint(5, y))
    menu = right_click_row(table, 3, column=2)
    status.append("menu={}".format([a.text() for a in menu.actions() if a.text()]))

    def plot():
        shot("attribute_table_actions.png")
        click_menu_entry(menu, "Plot the selected points' time series", after="Actions on Selection")
        status.append("plotted={}".format(len(plugin.dock.plot.curves) if plugin.dock.plot else 0))
        dialog.close()
        layer.removeSelection()  # else the field calculator offers to update only the selected rows
        QTimer.singleShot(800, field_calculator)
    wait_for(lambda: True, plot)


def field_calculator():
    from qgis.gui import QgsExpressionBuilderWidget

    def fill(tries=0):
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return QTimer.singleShot(200, lambda: fill(tries + 1)) if tries < 50 else finish()
        builder = made_by_qgis(dialog, QgsExpressionBuilderWidget)
        dialog.findChild(QLineEdit, "mOutputFieldNameLineEdit").setText("step_2022")
        types = dialog.findChild(QComboBox, "mOutputFieldTypeComboBox")
        types.setCurrentIndex(next(i for i in range(types.count()) if types.itemText(i).startswith("Decimal")))
        builder.setExpressionText("egms_step('2022-06-01')")
        tree = builder.expressionTree()
        model = tree.model()
        group = next(model.index(r, 0) for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "EGMS")
        tree.expand(group)
        step = next(model.index(r, 0, group) for r in range(model.rowCount(group))
                    if model.data(model.index(r, 0, group)) == "egms_step")
        tree.setCurrentIndex(step)

        def ok():
            shot("expression_builder.png")
            QTest.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                             Qt.MouseButton.LeftButton)
            QTimer.singleShot(1500, computed)
        wait_for(lambda: True, ok)
    QTimer.singleShot(300, fill)
    iface.actionOpenFieldCalculator().trigger()


def computed():
    if layer.isEditable():
        layer.commitChanges()
    from qgis.core import QgsClassificationRange, QgsGraduatedSymbolRenderer, QgsRendererRange

    # the map by the step: the velocity ramp's colours, in mm
    ramp = apply_velocity_style(layer, limit=5.0)
    ranges = [QgsRendererRange(QgsClassificationRange(r.label().replace("mm/year", "mm"), r.lowerValue(),
                                                      r.upperValue()), r.symbol().clone())
              for r in layer.renderer().ranges()]
    layer.setRenderer(QgsGraduatedSymbolRenderer("step_2022", ranges))
    layer.triggerRepaint()
    status.append("limit={}".format(ramp))
    dialog = iface.showAttributeTable(layer)
    dialog.setGeometry(480, 600, 1100, 380)
    from qgis.gui import QgsDualView

    table = made_by_qgis(dialog, QgsDualView).tableView()
    model = table.model()
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "step_2022")
    table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    table.scrollTo(model.index(0, column))
    filled = sum(1 for f in layer.getFeatures() if isinstance(f["step_2022"], float))  # NULL is no float
    status.append("filled={} of {}".format(filled, layer.featureCount()))
    wait_for(lambda: True, lambda: (shot("egms_step_field.png"), finish()))


QTimer.singleShot(1500, table_menu)
