"""Where the user guide is: the copy shipped in the plugin (help/, built from docs/ by tools/build_help.py), which
works offline and matches this version; the repository's online guide when the copy is missing (a checkout that
was never built)."""
import os

from qgis.PyQt.QtCore import QUrl

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ONLINE = "https://github.com/clms-egms-qgis/clms_egms/blob/main/docs/"
PAGES = {"index.html": "user-guide.md", "workshop.html": "workshop.md"}

# the guide's sections that the plugin's surfaces open (GitHub's heading anchors, as tools/build_help.py writes them)
ANALYSIS = "analysis"
PROCESSING = "processing-and-automation"


def url(anchor: str = "", page: str = "index.html") -> QUrl:
    """The QUrl of the guide (``page``) at ``anchor``: the shipped copy, else the online guide."""
    shipped = os.path.join(PLUGIN_DIR, "help", page)
    if os.path.isfile(shipped):
        url = QUrl.fromLocalFile(shipped)
    else:
        url = QUrl(ONLINE + PAGES[page])
    if anchor:
        url.setFragment(anchor)
    return url
