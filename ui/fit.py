"""The dock's parts kept whole in a narrow dock, in every language: a form puts its labels above their fields
when beside them the fields would be too narrow to read (German labels took 281 of 366 px and left the layer box
43), and a text box inside a scrolling tab is as tall as its text (a box of fixed height scrolling inside a tab
that scrolls too: two scroll bars, one in the other)."""
import math

from qgis.PyQt.QtCore import QEvent, QObject, Qt
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QSizePolicy

FIELD_WIDTH = 220  # px a field needs beside its label at least: a layer name such as egms_l3_u_2020_2024 whole
WIDEST_FIELD = 320  # px at most asked for a field: a longer choice is elided (whole in the wider dock)


def guarded(fit, *args):
    """``fit(*args)`` as Qt may call it, while the dock is being deleted too: an exception never leaves it (PyQt
    aborts the process on one that leaves an event filter or a slot)."""
    try:
        fit(*args)
    except RuntimeError:  # a widget of the form or the box already deleted
        pass


class FitForm(QObject):
    """Lays ``form`` (a QFormLayout) out with its labels above its fields whenever its widest label and its widest
    field (what its longest choice needs, FIELD_WIDTH to WIDEST_FIELD px, and its current choice whole) do not fit
    side by side; beside them otherwise. Fitted again when the form is resized or a choice is made."""

    def __init__(self, form):
        super().__init__(form.parentWidget())
        self.form = form
        form.parentWidget().installEventFilter(self)
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is not None and isinstance(item.widget(), QComboBox):
                item.widget().currentIndexChanged.connect(lambda _index: guarded(self.refit))

    def refit(self):
        self.fit(self.form.parentWidget().width())

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LanguageChange):
            guarded(self.refit)
        return False

    def fit(self, width):
        form = self.form
        labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount())]
        widest = max([item.widget().sizeHint().width() for item in labels
                      if item is not None and item.widget() is not None and not item.widget().isHidden()] or [0])
        margins = form.contentsMargins()
        room = width - margins.left() - margins.right() - max(form.horizontalSpacing(), 0)
        policy = (QFormLayout.RowWrapPolicy.WrapAllRows if widest + self.field_width() > room
                  else QFormLayout.RowWrapPolicy.WrapLongRows)
        if form.rowWrapPolicy() != policy:
            form.setRowWrapPolicy(policy)

    def field_width(self):
        """What the form's widest field needs: its combo boxes' longest choice whole, with the box's arrow."""
        needs = FIELD_WIDTH
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            combo = item.widget() if item is not None else None
            if isinstance(combo, QComboBox) and not combo.isHidden():
                metrics = combo.fontMetrics()
                longest = max([metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())] or [0])
                needs = max(needs, min(longest + 48, WIDEST_FIELD))  # the frame, the arrow and their margins
                needs = max(needs, metrics.horizontalAdvance(combo.currentText()) + 48)  # the choice made, whole
        return needs


class FitToText(QObject):
    """Keeps ``box`` (a QTextBrowser or QTextEdit) as tall as its text at its width, at least ``minimum`` px."""

    def __init__(self, box, minimum=60):
        super().__init__(box)
        self.box, self.minimum = box, minimum
        box.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box.setSizePolicy(box.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Fixed)
        box.setMinimumHeight(0)
        box.document().documentLayout().documentSizeChanged.connect(lambda _size: guarded(self.fit))
        box.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            guarded(self.fit)
        return False

    def fit(self, *_size):
        box = self.box
        document = box.document()
        text = math.ceil(document.size().height())
        margins = box.contentsMargins()
        height = max(self.minimum, text + margins.top() + margins.bottom() + 2)
        if height != box.height():
            box.setFixedHeight(height)
