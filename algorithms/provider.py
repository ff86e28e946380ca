"""The "CLMS & EGMS" Processing provider (id ``clms_egms``)."""
import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr

ICON = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "icons", "icon.svg")


class Provider(QgsProcessingProvider):
    def id(self):
        return "clms_egms"

    def name(self):
        return tr("CLMS & EGMS")

    def longName(self):  # noqa: N802 (QGIS API)
        return tr("Copernicus Land Monitoring Service and European Ground Motion Service")

    def icon(self):
        return QIcon(ICON)

    def svgIconPath(self):  # noqa: N802 (QGIS API)
        return ICON

    def loadAlgorithms(self):  # noqa: N802 (QGIS API)
        for algorithm_class in algorithm_classes():
            self.addAlgorithm(algorithm_class())


def algorithm_classes():
    """Every algorithm of the plugin."""
    from .active_deformation_areas import ActiveDeformationAreas
    from .decompose_los import DecomposeLos
    from .derived_fields import DerivedFields
    from .download_clms import DownloadClms
    from .download_egms import DownloadEgms
    from .export_pstsv import ExportPstsv
    from .export_timeseries import ExportTimeseries
    from .filter_velocity import FilterVelocity
    from .fit_trends import FitTrends
    from .import_egms import ImportEgms, ImportEgmsPostgis
    from .profile import Profile

    return [ImportEgms, ImportEgmsPostgis, ExportTimeseries, FilterVelocity, DerivedFields, ExportPstsv, DownloadEgms,
            DownloadClms, FitTrends, DecomposeLos, Profile, ActiveDeformationAreas]
