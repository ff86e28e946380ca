"""The viewing geometry of EGMS values, which decides what may be compared with what.

L2a and L2b values are displacements along the satellite's line of sight: those of one track and direction
(ascending or descending) share a line of sight; two geometries do not, and their values must never be
subtracted, averaged, profiled or fitted together unnoticed. L3 values are a component of the ground's motion
(up or east), each its own quantity. ``geometry_of`` tells a point's geometry from its layer and attributes;
its ``label`` names it for a title or a legend, its ``quantity`` says what the values are.
"""
import re
from dataclasses import dataclass
from typing import Iterable, Optional

import numpy as np

from ..i18n import tr
from .formats import directions

GEOMETRY_FIELDS = ("track", "direction", "track_angle")  # what a point's geometry is told from, beside its layer
_L3 = re.compile(r"(^|_)l3_(?P<component>[ue])(_|$)", re.IGNORECASE)


@dataclass(frozen=True)
class Geometry:
    """Line of sight of a track and direction (L2), a component (L3), or unknown (a plain layer without them)."""
    kind: str  # "los", "up", "east" or "" (unknown)
    track: int = None
    direction: str = ""  # "ASCENDING", "DESCENDING" or ""

    @property
    def known(self) -> bool:
        return bool(self.kind)

    @property
    def label(self) -> str:
        """For a title or a legend: "track 117, ascending", "vertical (L3 up)", "east-west (L3 east)"."""
        if self.kind == "up":
            return tr("vertical (L3 up)")
        if self.kind == "east":
            return tr("east-west (L3 east)")
        if self.kind != "los":
            return ""
        direction = {"ASCENDING": tr("ascending"), "DESCENDING": tr("descending")}.get(self.direction, "")
        if self.track is not None:
            return tr("track {track}, {direction}").format(track=self.track, direction=direction).rstrip(", ")
        return direction

    @property
    def quantity(self) -> str:
        """What the values are, with their unit: the plot's axis label."""
        return {"los": tr("Line-of-sight displacement (mm)"), "up": tr("Vertical displacement (mm)"),
                "east": tr("East-west displacement (mm)")}.get(self.kind, tr("Displacement (mm)"))

    def compatible(self, other: "Geometry") -> bool:
        """Whether values of the two geometries may be compared (subtracted, averaged, profiled together): the
        same geometry, or one of them unknown (nothing to go by)."""
        return not self.known or not other.known or self == other


def geometry_of(layer_name: str, attributes) -> Geometry:
    """The geometry of a point of the layer ``layer_name`` with these attributes (a dict or (name, value)
    pairs): an L3 layer by its component; an L2 point by its ``track`` and ``direction`` (the import's columns)
    or else by its ``track_angle`` (the CSV's own: a heading near 350° is ascending, near 190° descending)."""
    match = _L3.search(layer_name or "")
    if match:
        return Geometry("up" if match["component"].lower() == "u" else "east")
    values = dict(attributes or {})
    direction = str(values.get("direction") or "").strip().upper()
    if direction not in ("ASCENDING", "DESCENDING"):
        angle = values.get("track_angle")
        direction = (directions([angle])[0] or "") if isinstance(angle, (int, float)) else ""
    track = values.get("track")
    track = int(track) if isinstance(track, (int, float)) and np.isfinite(track) else None
    if not direction and track is None:
        return Geometry("")
    return Geometry("los", track, direction)


def one_geometry(geometries: Iterable[Geometry]) -> Optional[Geometry]:
    """The geometry all of these share (unknown ones aside), or None when they differ."""
    known = {g for g in geometries if g.known}
    if len(known) > 1:
        return None
    return next(iter(known), Geometry(""))
