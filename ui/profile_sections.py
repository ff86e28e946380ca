"""The profile's sections on the map: each line drawn becomes the next section (A–A′, B–B′, …), drawn with its name
at both ends until cleared, and kept with the project (its entries: saved with it, read back when it opens)."""
import json

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject, QgsWkbTypes
from qgis.gui import QgsMapCanvasItem, QgsRubberBand
from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF, QPainterPath, QPen

from ..core.egms.swath import section_name

ENTRY = ("clms_egms", "profile_sections")  # the project's entry: JSON [{name, crs, vertices, width}]



class EndLabel(QgsMapCanvasItem):
    """A section's name at one end of its line ("A" at its start, "A′" at its end), dark with a white halo."""

    def __init__(self, canvas, point, text):
        super().__init__(canvas)
        self.point, self.text = QgsPointXY(point), text
        self.font = QFont()
        self.font.setBold(True)
        self.font.setPointSizeF(11)
        metrics = QFontMetricsF(self.font)
        self.box = QRectF(-4, -metrics.ascent() - 10, metrics.horizontalAdvance(text) + 8, metrics.height() + 6)
        self.setZValue(100)
        self.updatePosition()

    def boundingRect(self):  # noqa: N802 (Qt API)
        return self.box

    def updatePosition(self):  # noqa: N802 (QGIS API)
        self.setPos(self.toCanvasCoordinates(self.point))

    def paint(self, painter, option=None, widget=None):
        path = QPainterPath()
        path.addText(QPointF(0, -6), self.font, self.text)
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.strokePath(path, QPen(QColor(255, 255, 255), 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                      Qt.PenJoinStyle.RoundJoin))
        painter.fillPath(path, QColor(20, 20, 20))


class Sections:
    """The sections drawn on ``canvas``: [{"name", "vertices" (canvas CRS), "width"}] and their marks."""

    def __init__(self, canvas):
        self.canvas = canvas
        self.items = []  # each section's dict
        self._marks = []  # rubber bands and labels on the canvas

    def add(self, vertices, width) -> dict:
        """The next section along ``vertices`` (QgsPointXY, canvas CRS), drawn and saved with the project."""
        section = {"name": section_name(len(self.items)), "vertices": [QgsPointXY(v) for v in vertices],
                   "width": float(width)}
        self.items.append(section)
        self._draw(section)
        self.save()
        return section

    def _draw(self, section):
        line = QgsRubberBand(self.canvas, QgsWkbTypes.GeometryType.LineGeometry)
        line.setColor(QColor(20, 20, 20))
        line.setWidth(2)
        for point in section["vertices"]:
            line.addPoint(point)
        first, last = section["vertices"][0], section["vertices"][-1]
        self._marks += [line, EndLabel(self.canvas, first, section["name"]),
                        EndLabel(self.canvas, last, section["name"] + "′")]

    def clear(self, save=True):
        scene = self.canvas.scene()
        for mark in self._marks:
            if isinstance(mark, QgsRubberBand):
                mark.reset(QgsWkbTypes.GeometryType.LineGeometry)
            scene.removeItem(mark)
        self._marks, self.items = [], []
        if save:
            self.save()

    def save(self):
        """The sections into the project's entries (written to the .qgz when it is saved)."""
        crs = self.canvas.mapSettings().destinationCrs().authid()
        QgsProject.instance().writeEntry(*ENTRY, json.dumps(
            [{"name": s["name"], "crs": crs, "width": s["width"], "vertices": [[p.x(), p.y()] for p in s["vertices"]]}
             for s in self.items]))

    def restore(self):
        """The project's sections drawn again (a project opened); nothing where it holds none or damaged ones."""
        self.clear(save=False)
        text, found = QgsProject.instance().readEntry(*ENTRY, "")
        try:
            saved = json.loads(text) if found and text else []
        except ValueError:
            saved = []
        target = self.canvas.mapSettings().destinationCrs()
        for entry in saved if isinstance(saved, list) else []:
            read = _read_entry(entry, target)
            if read is not None and len(read[0]) >= 2:
                section = {"name": section_name(len(self.items)), "vertices": read[0], "width": read[1]}
                self.items.append(section)
                self._draw(section)


def _read_entry(entry, target):
    """(vertices in ``target``'s CRS, width) of a saved section, None where the entry is damaged in any way."""
    try:
        to_canvas = QgsCoordinateTransform(QgsCoordinateReferenceSystem(str(entry["crs"])), target,
                                           QgsProject.instance())
        return ([to_canvas.transform(QgsPointXY(float(x), float(y))) for x, y in entry["vertices"]],
                float(entry["width"]))
    except Exception:  # noqa: BLE001 (a damaged entry, whatever is wrong with it: left out)
        return None
