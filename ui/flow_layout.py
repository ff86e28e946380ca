"""A layout that lays its widgets out in rows and wraps them to the width it has (Qt's flow layout example):
a row of buttons that never forces its dock, or QGIS's window, wider than the user made it."""
from qgis.PyQt.QtCore import QPoint, QRect, QSize, Qt
from qgis.PyQt.QtWidgets import QLayout


class FlowLayout(QLayout):
    def __init__(self, parent=None, spacing=6):
        super().__init__(parent)
        self._items = []
        self._spacing = spacing
        self._height = 0  # the height the last arrangement took
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item):  # noqa: N802 (Qt API)
        self._items.append(item)

    def count(self):
        return len(self._items)

    def itemAt(self, index):  # noqa: N802 (Qt API)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index):  # noqa: N802 (Qt API)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802 (Qt API)
        return Qt.Orientation(0)

    # No height-for-width (QFormLayout lays such rows out inconsistently: gaps, and rows drawn over the next):
    # the height the rows take at the width given is the layout's minimum height, updated when it changes.
    def setGeometry(self, rect):  # noqa: N802 (Qt API)
        super().setGeometry(rect)
        height = self._arrange(rect, move=True)
        if height != self._height:
            self._height = height
            self.invalidate()
            if self.parentWidget() is not None:
                self.parentWidget().updateGeometry()

    def sizeHint(self):  # noqa: N802 (Qt API)
        return self.minimumSize()

    def minimumSize(self):  # noqa: N802 (Qt API)
        size = QSize()
        for item in self._items:
            if item.widget() is None or not item.widget().isHidden():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        size = size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
        return QSize(size.width(), max(size.height(), self._height))

    def _arrange(self, rect, move):
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():  # hidden by the code (a section's tools), not by a parent
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:  # past the right edge: a new row
                x, y = area.x(), y + line_height + self._spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


def wrap(layout):
    """Put the widgets of the row ``layout`` (a QHBoxLayout of a .ui form) in a FlowLayout that wraps them,
    where the row was; spacers are dropped. Returns the new container widget."""
    from qgis.PyQt.QtWidgets import QBoxLayout, QFormLayout, QWidget

    owner = layout.parentWidget()
    outer = _holder(owner.layout(), layout)
    container = QWidget(owner)
    flow = FlowLayout(container)
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            flow.addWidget(item.widget())
    if isinstance(outer, QFormLayout):
        row, role = outer.getLayoutPosition(layout)
        outer.removeItem(layout)
        outer.setWidget(row, role, container)
    elif isinstance(outer, QBoxLayout):
        index = outer.indexOf(layout)
        outer.removeItem(layout)
        outer.insertWidget(index, container)
    layout.setParent(None)
    return container


def _holder(layout, wanted):
    """The layout, under ``layout``, that holds ``wanted``."""
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        if child is None:
            continue
        if child is wanted:
            return layout
        found = _holder(child, wanted)
        if found is not None:
            return found
    return None
