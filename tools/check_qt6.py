"""Fail on Qt5-only forms that QGIS 4 (Qt6, PyQt6) does not load: the rules of QGIS's own migration script
(qgis/QGIS scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py, run in its default, QGIS 3 compatible mode), mirrored here
because the script needs PyQt6's QGIS and the internet to be had. What it would rewrite or warn about fails here:

- Qt imported other than through ``qgis.PyQt`` (PyQt5 / PyQt6 / sip directly), ``qgis.PyQt.Qt``, ``resources_rc``;
- an enum member named through its class, not its enum (``Qt.Checked`` for ``Qt.CheckState.Checked``,
  ``Qgis.Info`` for ``Qgis.MessageLevel.Info``): found by asking this machine's PyQt5/QGIS what each
  ``Class.Name`` is: an enum value reached without its enum is reported with the scoped form to write; and the
  enums Qt6 renamed (``Qt.MidButton``...);
- ``QVariant.Type.X``: the script writes ``QVariant.X`` (PyQt6 has no QVariant.Type; there ``QMetaType.Type``);
  ``QVariant.X`` itself is the script's form and passes;
- ``exec_()`` (``exec()``), the classes Qt6 removed (QRegExp, QRegExpValidator, QDesktopWidget...), ``qApp``;
- ``QVariant()`` or ``QVariant(QVariant.X)`` as a null value (``NULL``);
- ``QDateTime`` built from 8 numbers or from a QDate alone; ``QFontMetrics.width()``; ``activated[str]``;
  ``desktop()``; ``addAction`` with 4 or more arguments.

Usage: python3 tools/check_qt6.py PATH...   (files or folders; exits 1 with one line per finding)
"""
import ast
import enum
import importlib
import os
import sys

REMOVED = {"QRegExp", "QRegExpValidator", "QDesktopWidget", "QTextCodec", "QStringRef", "QMatrix", "QGLWidget",
           "qApp"}
RENAMED = {("Qt", "MidButton"): "Qt.MouseButton.MiddleButton",
           ("Qt", "TextColorRole"): "Qt.ItemDataRole.ForegroundRole",
           ("Qt", "BackgroundColorRole"): "Qt.ItemDataRole.BackgroundRole",
           ("QPainter", "HighQualityAntialiasing"): "QPainter.RenderHint.Antialiasing"}
QT_MODULES = ("qgis.PyQt.", "qgis.core", "qgis.gui", "qgis.analysis")


def files_under(paths):
    for path in paths:
        if os.path.isdir(path):
            for folder, dirs, names in os.walk(path):
                dirs[:] = [d for d in dirs if d not in ("__pycache__", ".venv", "build", "recorded")]
                yield from (os.path.join(folder, n) for n in sorted(names) if n.endswith(".py"))
        elif path.endswith(".py"):
            yield path


def _enum_value(value):
    """The enum type of ``value`` when it is an enum member (sip enums are int subclasses), else None."""
    if isinstance(value, enum.Enum):
        return type(value)
    if isinstance(value, int) and type(value) not in (int, bool):
        return type(value)
    return None


def check(path):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    tree = ast.parse(source, path)
    found = []
    names = {}  # local name -> the object it is
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            module = node.module
            if module.split(".")[0] in ("PyQt5", "PyQt6", "sip"):
                found.append((node.lineno, "import Qt through qgis.PyQt, not {}".format(module)))
                continue
            if not (module + ".").startswith(QT_MODULES) and module not in ("qgis.core", "qgis.gui"):
                continue
            try:
                mod = importlib.import_module(module)
            except ImportError:
                continue
            for alias in node.names:
                if alias.name in REMOVED:
                    found.append((node.lineno, "{} is gone in Qt6".format(alias.name)))
                obj = getattr(mod, alias.name, None)
                if obj is not None:
                    names[alias.asname or alias.name] = obj
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in ("PyQt5", "PyQt6", "sip"):
                    found.append((node.lineno, "import Qt through qgis.PyQt, not {}".format(alias.name)))
    for node in ast.walk(tree):
        found += [(node.lineno, text) for text in _script_rule(node)]
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "QVariant":
            continue  # QVariant.X is the script's form (QVariant.Type.X is reported by _script_rule)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in names:
            owner = names[node.value.id]
            try:
                value = getattr(owner, node.attr)
            except Exception:  # noqa: BLE001 (anything a binding may raise)
                continue
            kind = _enum_value(value)
            if kind is not None and getattr(owner, kind.__name__, None) is kind:
                found.append((node.lineno, "{0}.{1} is {0}.{2}.{1} in Qt6".format(node.value.id, node.attr,
                                                                                  kind.__name__)))
    return [(path, line, text) for line, text in found]


def _script_rule(node):
    """What QGIS's migration script rewrites or warns about at ``node``, besides unscoped enums."""
    if isinstance(node, ast.Attribute):
        if node.attr == "exec_":
            yield "exec_() is exec() in Qt6"
        if isinstance(node.value, ast.Name):
            if node.value.id == "qApp":
                yield "qApp is QApplication.instance() in Qt6"
            if node.value.id == "QVariant" and node.attr == "Type":
                yield "QVariant.Type.X: write QVariant.X, as QGIS's migration script does (Qt6: QMetaType.Type)"
            if (node.value.id, node.attr) in RENAMED:
                yield "{}.{} is {} in Qt6".format(node.value.id, node.attr, RENAMED[(node.value.id, node.attr)])
        if node.attr == "width" and isinstance(node.value, ast.Call) and (
                isinstance(node.value.func, ast.Attribute) and node.value.func.attr == "fontMetrics" or
                isinstance(node.value.func, ast.Name) and node.value.func.id in ("QFontMetrics", "QFontMetricsF")):
            yield "QFontMetrics.width() is gone in Qt6 (horizontalAdvance())"
    elif isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name) and func.id == "QVariant" and (
                not node.args or len(node.args) == 1 and isinstance(node.args[0], ast.Attribute) and
                isinstance(node.args[0].value, ast.Name) and node.args[0].value.id == "QVariant"):
            yield "QVariant() as a null value is Qt5-only (use NULL or None)"
        if isinstance(func, ast.Name) and func.id == "QDateTime" and (
                len(node.args) == 8 or len(node.args) == 1 and isinstance(node.args[0], ast.Call) and
                isinstance(node.args[0].func, ast.Name) and node.args[0].func.id == "QDate"):
            yield "QDateTime(...) of this form is gone in Qt6: QDateTime(QDate(...), QTime(...))"
        if isinstance(func, ast.Attribute) and func.attr == "desktop" and not node.args:
            yield "desktop() (QDesktopWidget) is gone in Qt6"
        if isinstance(func, ast.Attribute) and func.attr == "addAction" and len(node.args) >= 4:
            yield "addAction with 4 or more arguments is fragile in Qt6: make the QAction, then add it"
    elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and \
            node.value.attr == "activated" and isinstance(node.slice, ast.Name) and node.slice.id == "str":
        yield "activated[str] is gone in Qt6 (textActivated)"
    elif isinstance(node, (ast.Import, ast.ImportFrom)):
        if getattr(node, "module", None) == "qgis.PyQt.Qt":
            yield "import Qt from qgis.PyQt.QtCore, not qgis.PyQt.Qt"
        if any(alias.name.split(".")[-1] == "resources_rc" for alias in node.names):
            yield "compiled resources (resources_rc) are gone in Qt6: load icons and forms by path"


def main(paths):
    findings = [f for path in files_under(paths) for f in check(path)]
    for path, line, text in sorted(findings):
        print("{}:{}: {}".format(path, line, text))
    if findings:
        print("{} Qt5-only forms (QGIS 4 would not load them)".format(len(findings)))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["."]))
