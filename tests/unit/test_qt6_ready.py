"""QGIS 4 (Qt6) readiness, checked in every test run: tools/check_qt6.py finds no Qt5-only form in the plugin's
code or its tests (make lint runs it too, with the .ui files compiled by PyQt6's uic)."""
import os
import subprocess
import sys

from support.paths import ROOT


def test_no_qt5_only_form():
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "check_qt6.py"), "__init__.py", "plugin.py", "core",
                           "ui", "algorithms", "expressions", "tests", "tools"], cwd=str(ROOT), capture_output=True,
                          text=True, timeout=300,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))  # nosec B603
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_check_finds_what_it_is_for(tmp_path):
    sample = tmp_path / "old.py"
    sample.write_text("from qgis.PyQt.QtCore import Qt\nfrom qgis.core import Qgis\nfrom PyQt5.QtGui import QColor\n"
                      "a = Qt.Checked\nb = Qgis.Info\nc = Qt.CheckState.Checked\nd.exec_()\n")
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "check_qt6.py"), str(sample)], capture_output=True,
                          text=True, timeout=300, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))  # nosec B603
    assert done.returncode == 1
    found = done.stdout.splitlines()
    assert any("Qt.Checked is Qt.CheckState.Checked" in line for line in found)
    assert any("Qgis.Info is Qgis.MessageLevel.Info" in line for line in found)
    assert any("exec_()" in line for line in found) and any("not PyQt5.QtGui" in line for line in found)
    assert not any(":6:" in line for line in found)  # the scoped form is fine


def test_the_check_follows_qgis_migration_script(tmp_path):
    """What QGIS's own pyqt5_to_pyqt6 script rewrites fails; what it writes passes (QVariant.Double, not
    QVariant.Type.Double: the script turns the latter into the former)."""
    sample = tmp_path / "forms.py"
    sample.write_text("from qgis.PyQt.QtCore import QDate, QDateTime, QVariant, Qt\n"
                      "from qgis.PyQt.QtWidgets import qApp\n"
                      "a = QVariant.Double\n"                  # 3: the script's form
                      "b = QVariant.Type.Double\n"             # 4
                      "c = QDateTime(QDate(2020, 1, 1))\n"     # 5
                      "d = Qt.MidButton\n"                     # 6
                      "e = w.fontMetrics().width('x')\n"       # 7
                      "f = QVariant(QVariant.Int)\n"           # 8
                      "from . import resources_rc\n")          # 9
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "check_qt6.py"), str(sample)], capture_output=True,
                          text=True, timeout=300, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))  # nosec B603
    lines = {int(line.split(":")[1]) for line in done.stdout.splitlines() if line.startswith(str(sample))}
    assert lines == {2, 4, 5, 6, 7, 8, 9}, done.stdout
