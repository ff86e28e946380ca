"""The plot's reference point: every series shown relative to one point's, only where the two share their
viewing geometry (line-of-sight values of two tracks or directions cannot be subtracted: refused, and said)."""
from qgis.core import Qgis, QgsVectorLayer

from ..core.egms.analysis import relative_to
from ..core.i18n import tr
from .messages import notify


class ReferenceMixin:
    """For PlotDock: ``reference`` (a curve or None), the Use as reference button, the relative values."""

    def _refused_beside_reference(self, curves):
        """The curves whose geometry differs from the reference's: said, and left out (line-of-sight values of two
        geometries cannot be subtracted)."""
        if self.reference is None:
            return []
        refused = [c for c in curves if not c["geometry"].compatible(self.reference["geometry"])]
        for curve in refused:
            self._say_mixed(curve, self.reference)
        return refused

    def _say_mixed(self, curve, reference):
        notify(self.iface, tr("{pid} is seen from {geometry}, the reference {ref} from {other}: line-of-sight values "
                              "of different geometries cannot be subtracted. Pick a reference of the same track and "
                              "direction (or component).").format(
            pid=curve["pid"], geometry=curve["geometry"].label or "?", ref=reference["pid"],
            other=reference["geometry"].label or "?"), Qgis.MessageLevel.Warning, 10)

    def use_as_reference(self, layer, feature):
        """Show every plotted series relative to this point's (replacing any reference set before)."""
        reader = self.series_of(layer) if isinstance(layer, QgsVectorLayer) else None
        curve = self._curve(layer, reader, feature) if reader is not None else None
        if curve is None:
            return None
        self.show()
        self.raise_()
        others = [c for c in self.curves if (c["layer"], c["pid"]) != (curve["layer"], curve["pid"])]
        mixed = [c for c in others if not c["geometry"].compatible(curve["geometry"])]
        if mixed:
            self._say_mixed(mixed[0], curve)
            return None
        self.curves = others
        if self.reference is not None:
            self.curves.append(self.reference)
        self.reference = curve
        self._show_reference()
        self.redraw()
        return curve

    def _reference_toggled(self, on):
        if on and not self.curves:
            self.referenceButton.setChecked(False)
            notify(self.iface, tr("Pick the reference point first, then press Use as reference."),
                   Qgis.MessageLevel.Warning)
            return
        if on:
            mixed = [c for c in self.curves[:-1] if not c["geometry"].compatible(self.curves[-1]["geometry"])]
            if mixed:
                self.referenceButton.setChecked(False)
                self._say_mixed(mixed[0], self.curves[-1])
                return
            self.reference = self.curves[-1]
            self.curves = self.curves[:-1]  # the reference itself would be a flat line
        elif self.reference is not None:
            self.curves.append(self.reference)  # cleared: the point is plotted again, as itself
            self.reference = None
        self._show_reference()
        self.redraw()

    def _show_reference(self):
        """The reference button as the reference stands: checked, its text and tooltip."""
        button, on = self.referenceButton, self.reference is not None
        button.blockSignals(True)
        button.setChecked(on)
        button.blockSignals(False)
        button.setText(tr("Clear reference") if on else tr("Use as reference"))
        button.setToolTip(tr("Every series is shown relative to {pid}; press to show them as they are").format(
            pid=self.reference["pid"]) if on else tr("Subtract the last picked point's series from every plotted "
                                                     "series (relative motion) until cleared"))

    def plotted(self, curve, key="mm"):
        """The values drawn for a curve: relative to the reference point where one is set."""
        if self.reference is None:
            return curve[key]
        return relative_to(curve["dates"], curve[key], self.reference["dates"], self.reference["mm"])
