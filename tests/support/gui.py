"""Driving QGIS widgets as a user does, for the GUI tests."""
import contextlib

from qgis.core import QgsPointXY
from qgis.gui import QgsMapMouseEvent, QgsMapToolPan
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtTest import QTest


def draw_extent(canvas, extent_widget, west, south, east, north):
    """Draw a rectangle on the map with ``extent_widget``'s "Draw on Map Canvas" tool (press, drag, release at
    the corners' pixels). The canvas gets a Pan tool first, as QGIS always has one to go back to."""
    previous = QgsMapToolPan(canvas)
    canvas.setMapTool(previous)
    extent_widget.setOutputExtentFromDrawOnCanvas()
    tool = canvas.mapTool()
    to_pixels = canvas.getCoordinateTransform()

    def mouse(kind, lon, lat):
        p = to_pixels.transform(QgsPointXY(lon, lat)).toQPointF().toPoint()
        return QgsMapMouseEvent(canvas, kind, p, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)

    tool.canvasPressEvent(mouse(QEvent.Type.MouseButtonPress, west, north))
    tool.canvasMoveEvent(mouse(QEvent.Type.MouseMove, (west + east) / 2, (south + north) / 2))
    tool.canvasReleaseEvent(mouse(QEvent.Type.MouseButtonRelease, east, south))
    return previous


def own_widgets(content, kinds):
    """The visible widgets of ``kinds`` under ``content`` that are the plugin's own: named (the parts of QGIS's
    own widgets are unnamed, or named mSomething)."""
    def ours(name):
        return bool(name) and not (name.startswith("m") and name[1:2].isupper())
    return [w for w in content.findChildren(kinds) if w.isVisibleTo(content) and ours(w.objectName())]


def type_in(spin, text):
    """``text`` typed into a spin box over what it held, and Enter pressed: as a user sets a value."""
    spin.lineEdit().selectAll()
    QTest.keyClicks(spin.lineEdit(), text)
    QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


def choose(combo, text):
    """``text`` chosen in ``combo`` from the keyboard, an entry at a time, as a user does: each step is "activated"
    (what a choice in the list sends, and setCurrentIndex does not)."""
    combo.setFocus()
    for key in (Qt.Key.Key_Home,) + (Qt.Key.Key_Down,) * combo.count():
        if combo.currentText() == text:
            return
        QTest.keyClick(combo, key)
    assert combo.currentText() == text, "{!r} is not in the list".format(text)


def cut_widgets(area):
    """(widget, why) for each of the plugin's buttons, labels and combo boxes in the scroll area ``area`` that a person
    sees cut: narrower than its text needs (a button or a one-line label below its size hint, a combo box whose
    current text does not fit its field), a word-wrapped label shorter than its lines, or reaching past the visible
    width; and each text box with a scroll bar of its own inside the scrolling ``area`` (two nested scroll bars)."""
    from qgis.PyQt.QtWidgets import QTextEdit

    cut = cut_in(area.widget(), area.viewport())
    for w in own_widgets(area.widget(), (QTextEdit,)):
        if w.verticalScrollBar().isVisible():
            cut.append((w, "a scroll bar of its own inside the scrolling tab"))
    return cut


def cut_in(content, viewport=None):
    """(widget, why) for each of the plugin's buttons, labels, combo and spin boxes under ``content`` that a person
    sees cut, as cut_widgets says, the visible width that of ``viewport`` (``content`` itself by default: a dock
    without a scroll area, the plot's)."""
    from qgis.PyQt.QtCore import QPoint
    from qgis.PyQt.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QLabel, QStyle,
                                     QStyleOptionComboBox)

    viewport, cut = viewport or content, []
    for w in own_widgets(content, (QAbstractButton, QLabel, QComboBox, QAbstractSpinBox)):
        right = w.mapTo(viewport, QPoint(w.width(), 0)).x()
        why = ""
        if right > viewport.width():
            why = "right edge {} past the visible {}".format(right, viewport.width())
        elif isinstance(w, QComboBox):
            needs, has = _combo_text_width(w, QStyle, QStyleOptionComboBox)
            if needs > has:
                why = "its text needs {} px, its field has {}".format(needs, has)
        elif isinstance(w, QLabel) and w.wordWrap():
            if w.hasHeightForWidth() and w.height() < w.heightForWidth(w.width()):
                why = "{} px tall, its lines need {}".format(w.height(), w.heightForWidth(w.width()))
        elif w.width() < w.sizeHint().width():
            why = "{} px wide, its text needs {}".format(w.width(), w.sizeHint().width())
        if why:
            cut.append((w, why))
    return cut


def _combo_text_width(combo, QStyle, QStyleOptionComboBox):
    """(width its current text and icon need, width of its text field)."""
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    option.currentText = combo.currentText()
    option.iconSize = combo.iconSize()
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    icon = combo.itemIcon(combo.currentIndex()) if combo.currentIndex() >= 0 else None
    needs = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if icon is not None and not icon.isNull():
        needs += combo.iconSize().width() + 4
    return needs, field.width()


def made_by_qgis(parent, cls):
    """The child of ``parent`` of QGIS class ``cls``: QGIS's own dialogs make their widgets in C++, which PyQt
    knows only as their Qt base class."""
    from qgis.PyQt import sip
    from qgis.PyQt.QtWidgets import QWidget

    (found,) = [w for w in parent.findChildren(QWidget) if w.metaObject().className() == cls.__name__]
    return sip.cast(found, cls)


def right_click_row(table, row, column=0):
    """Right-click a cell of a table view's row; the context menu it pops up."""
    from qgis.PyQt.QtGui import QContextMenuEvent
    from qgis.PyQt.QtWidgets import QApplication, QMenu

    at = table.visualRect(table.model().index(row, column)).center()
    QApplication.sendEvent(table.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at,
                                                               table.viewport().mapToGlobal(at)))
    QApplication.processEvents()
    menus = [m for m in table.findChildren(QMenu) if m.isVisible()]
    assert menus, "no context menu"
    return menus[-1]


def menu_entry(menu, text, after=None):
    """The menu's entry ``text`` (the first after the entry starting with ``after``)."""
    entries = menu.actions()
    if after is not None:
        entries = entries[next(i for i, a in enumerate(entries) if a.text().startswith(after)) + 1:]
    return next(a for a in entries if a.text() == text)


def click_menu_entry(menu, text, after=None):
    """Click the menu's entry ``text`` (see ``menu_entry``) where it is drawn."""
    from qgis.PyQt.QtTest import QTest
    from qgis.PyQt.QtWidgets import QApplication

    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     menu.actionGeometry(menu_entry(menu, text, after)).center())
    QApplication.processEvents()


def field_calculator_dialog():
    """QGIS's own field calculator dialog class, where QGIS gives it to Python (qgis.gui since 3.30; None before)."""
    try:
        from qgis.gui import QgsFieldCalculator
    except ImportError:
        return None
    return QgsFieldCalculator


def open_field_calculator(layer, name, text):
    """QGIS's field calculator on ``layer``, filled in as a user does: a new decimal field ``name`` = ``text`` (a
    virtual field where the layer cannot have new fields: the dialog then offers no other). Returns the dialog and
    its OK button, enabled, for the caller to click (keep the dialog: the button goes with it)."""
    from qgis.gui import QgsExpressionBuilderWidget
    from qgis.PyQt import sip
    from qgis.PyQt.QtCore import QMetaType
    from qgis.PyQt.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QWidget

    dialog = field_calculator_dialog()(layer, None)
    dialog.findChild(QLineEdit, "mOutputFieldNameLineEdit").setText(name)
    kinds = dialog.findChild(QComboBox, "mOutputFieldTypeComboBox")
    kinds.setCurrentIndex(next(i for i in range(kinds.count())
                               if kinds.itemData(i, Qt.ItemDataRole.UserRole) == int(QMetaType.Type.Double)))
    sip.cast(dialog.findChild(QWidget, "builder"), QgsExpressionBuilderWidget).setExpressionText(text)
    ok = dialog.findChild(QDialogButtonBox, "mButtonBox").button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled(), text
    return dialog, ok


def cut_at_width(dock, width):
    """The widgets of each tab a person sees cut (support.gui.cut_widgets) when the dock is ``width`` pixels wide
    (QGIS's default dock width is about 420 px)."""
    from qgis.PyQt.QtCore import QCoreApplication
    from qgis.PyQt.QtWidgets import QComboBox, QScrollArea

    dock.setFloating(True)
    dock.resize(width, 900)
    dock.show()
    cut = []
    for i in range(dock.tabs.count()):
        dock.tabs.setCurrentIndex(i)
        (area,) = dock.tabs.widget(i).findChildren(QScrollArea)
        for _ in range(5):
            QCoreApplication.processEvents()
        for w, why in cut_widgets(area):
            text = w.currentText() if isinstance(w, QComboBox) else getattr(w, "text", str)()
            cut.append((dock.tabs.tabText(i), w.objectName(), text, why))
    return cut


@contextlib.contextmanager
def translated(locale):
    """QGIS's and the plugin's translations for ``locale`` installed while inside (as QGIS installs them when it
    runs in that language; nothing for "en"), removed afterwards."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from support.paths import ROOT

    translators = []
    if locale != "en":
        translators = [QTranslator(), QTranslator()]
        assert translators[0].load("qgis_" + locale, QgsApplication.i18nPath())
        assert translators[1].load(str(ROOT / "i18n" / "clms_egms_{}.qm".format(locale))), \
            "make qm builds it (make test runs it)"
        for translator in translators:
            QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def shown_plot(dock):
    """The plot dock shown, its figure about 900 x 500 px whatever earlier tests left (a legend sums up its last
    entries, or is left out, where the figure is too small to hold them: what a test reads must fit)."""
    from qgis.PyQt.QtCore import QCoreApplication

    plot = dock.show_plot()
    if plot.isVisible():  # in a window shown by an earlier test, the dock's layout sizes the canvas: a large dock
        plot.setFloating(True)
        plot.resize(900, 900)
        QCoreApplication.processEvents()
    else:
        plot.plot_canvas.resize(900, 500)
    return plot


def draw_line(plot, canvas, a, b):
    """Profile pressed, a left click at a and at b, a right click: as a user draws it."""
    QTest.mouseClick(plot.profile.button, Qt.MouseButton.LeftButton)
    assert canvas.mapTool() is plot.profile.tool
    for (x, y), button in ((a, Qt.MouseButton.LeftButton), (b, Qt.MouseButton.LeftButton),
                           (b, Qt.MouseButton.RightButton)):
        pixel = canvas.getCoordinateTransform().transform(x, y)
        at = QPoint(int(round(pixel.x())), int(round(pixel.y())))
        plot.profile.tool.canvasReleaseEvent(QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease, at, button))


def table_of(layer, canvas):
    """``layer``'s attribute table (QGIS's own dual view, as its Open Attribute Table shows it), shown: (the view,
    its table)."""
    from qgis.gui import QgsDualView
    from qgis.PyQt.QtWidgets import QApplication

    view = QgsDualView()
    view.init(layer, canvas)
    view.setView(QgsDualView.ViewMode.AttributeTable)
    view.resize(900, 500)
    view.show()
    QApplication.processEvents()
    return view, view.tableView()
