"""A Python process of its own for tests whose failure is a crash (an abort, a segfault): a crash there fails the
test instead of ending the suite. ``PROCESSING`` starts QGIS, Processing and the plugin's provider in it (the
plugin's folder as its first argument), ``QGIS`` QGIS alone; ``run_child(script, *args)`` runs a script after it."""
import os
import subprocess
import sys

from .paths import PLUGINS_DIR

QGIS = r"""
import sys
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
"""
PROCESSING = QGIS + r"""
sys.path.insert(0, QgsApplication.pkgDataPath() + "/python/plugins")
from processing.core.Processing import Processing
Processing.initialize()
import processing
from clms_egms.algorithms.provider import Provider
provider = Provider()
QgsApplication.processingRegistry().addProvider(provider)
"""


def run_child(script, *args, timeout=300, start=PROCESSING, **env):
    """``start`` (QGIS and Processing; ``QGIS``: QGIS alone) then ``script`` in a new process (``args`` after the
    plugin folder in its argv)."""
    return subprocess.run([sys.executable, "-c", start + script, str(PLUGINS_DIR)] + [str(a) for a in args],
                          capture_output=True, text=True, timeout=timeout,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **env))
