"""The velocity filter's thresholds, said once: what each tests (its field and comparison), its name in the dock's
form and as a Processing parameter, and its label, unit and help, marked for translation. The dock's Analysis tab,
the Processing algorithm filter_velocity and ``analysis.VelocityFilter`` all read them from here."""
from dataclasses import dataclass

import numpy as np

from ..i18n import tr


@dataclass(frozen=True)
class Threshold:
    key: str  # the VelocityFilter attribute, e.g. "min_velocity"
    parameter: str  # the Processing parameter, e.g. "MIN_VELOCITY"
    widget: str  # the dock's line edit (dock.ui), e.g. "minVelocity"
    field: str  # the layer field it tests
    at_least: bool  # True: field >= value; False: field <= value
    absolute: bool = False  # the field's absolute value is tested

    def template(self) -> str:
        """The expression template of this threshold (core.sql fills {f} and {v})."""
        subject = "abs({f})" if self.absolute else "{f}"
        return subject + (" >= {v}" if self.at_least else " <= {v}")

    def passes(self, column: np.ndarray, value: float) -> np.ndarray:
        """Where the numpy ``column`` passes with ``value`` (NaN never passes)."""
        column = np.abs(column) if self.absolute else column
        with np.errstate(invalid="ignore"):
            return column >= value if self.at_least else column <= value

    def label(self) -> str:
        return _texts()[self.key][0]

    def unit(self) -> str:
        return _texts()[self.key][1]

    def help(self) -> str:
        return _texts()[self.key][2]


THRESHOLDS = (
    Threshold("min_velocity", "MIN_VELOCITY", "minVelocity", "mean_velocity", at_least=True),
    Threshold("max_velocity", "MAX_VELOCITY", "maxVelocity", "mean_velocity", at_least=False),
    Threshold("min_abs_velocity", "MIN_ABS_VELOCITY", "minAbsVelocity", "mean_velocity", at_least=True,
              absolute=True),
    Threshold("max_velocity_std", "MAX_VELOCITY_STD", "maxVelocityStd", "mean_velocity_std", at_least=False),
    Threshold("min_coherence", "MIN_COHERENCE", "minCoherence", "temporal_coherence", at_least=True),
)


def _texts():
    """key -> (label, unit, help), in the user's language (asked each time: the language may change)."""
    per_year = tr("mm/year")
    return {
        "min_velocity": (tr("Velocity at least"), per_year,
                         tr("Keep points moving at least this fast towards the satellite (or up); negative values "
                            "are away from it (or down).")),
        "max_velocity": (tr("Velocity at most"), per_year,
                         tr("Keep points whose mean velocity is at most this, e.g. -2 for points subsiding faster "
                            "than 2 mm/year.")),
        "min_abs_velocity": (tr("|Velocity| at least"), per_year,
                             tr("Keep points moving at least this fast in either direction.")),
        "max_velocity_std": (tr("Velocity std at most"), per_year,
                             tr("Keep points whose velocity is known at least this well (its standard deviation).")),
        "min_coherence": (tr("Coherence at least"), tr("0 to 1"),
                          tr("Keep points at least this coherent over time (temporal coherence: L2 products "
                             "only).")),
    }
