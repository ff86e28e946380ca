"""Fail on Qt5-only forms that QGIS 4 (Qt6, PyQt6) does not load, as QGIS's own migration script
(qgis/QGIS scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py) rewrites them:

- Qt imported other than through ``qgis.PyQt`` (PyQt5 / PyQt6 / sip directly);
- an enum member named through its class, not its enum (``Qt.Checked`` for ``Qt.CheckState.Checked``,
  ``Qgis.Info`` for ``Qgis.MessageLevel.Info``): found by asking this machine's PyQt5/QGIS what each
  ``Class.Name`` is: an enum value reached without its enum is reported with the scoped form to write;
- ``exec_()`` (``exec()``), and the classes Qt6 removed (QRegExp, QRegExpValidator, QStringListModel is fine);
- ``QVariant()`` as a null value.

Usage: python3 tools/check_qt6.py PATH...   (files or folders; exits 1 with one line per finding)
"""
import ast
import enum
import importlib
import os
import sys

REMOVED = {"QRegExp", "QRegExpValidator", "QDesktopWidget", "QTextCodec", "QStringRef", "QMatrix", "QGLWidget"}
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
        if isinstance(node, ast.Attribute) and node.attr == "exec_":
            found.append((node.lineno, "exec_() is exec() in Qt6"))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QVariant" \
                and not node.args:
            found.append((node.lineno, "QVariant() as a null value is Qt5-only (use None)"))
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


def main(paths):
    findings = [f for path in files_under(paths) for f in check(path)]
    for path, line, text in sorted(findings):
        print("{}:{}: {}".format(path, line, text))
    if findings:
        print("{} Qt5-only forms (QGIS 4 would not load them)".format(len(findings)))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["."]))
