"""A deterministic, Grindavík-like ground-motion scenario for workshops and tests (no network, no real data).

On the Reykjanes peninsula around Grindavík (Iceland), in EPSG:3035 metres:

- a **graben**: a 1.6 km wide trough running N35°E through the town, subsiding up to 35 mm/year at its axis,
  its flanks pulled a little towards it (east-west motion of ±4 mm/year);
- an **uplift dome** 4.5 km north, 3 km west of the graben's axis (where Svartsengi's is): up to +28 mm/year at
  its top, spreading radially (east-west motion up to ±6 mm/year on its flanks);
- a **clay area** south-east of the town with a seasonal (annual) vertical motion of 6 mm amplitude;
- a **stable background** (±0.3 mm/year), every series with 1.5 mm of measurement noise;
- an **event**: on 10 November 2023 (the dike intrusion) the graben drops suddenly, up to 250 mm at its axis,
  a step in the series of its points on top of their slow motion; its floor drops 40 mm more than its
  surroundings at two bounding faults 700 m either side of the axis (``fault_traces``), sharp offsets a
  profile measures.

``write_scenario`` writes it in the real 2020-2024 format as an ascending and a descending L2b burst (line of
sight: the vertical and east motion projected on each geometry's LOS vector) and the L3 U and E tiles.
``motion(x, y)`` is the truth the tests compare with.
"""
import os
from dataclasses import dataclass

import numpy as np

from ..i18n import tr
from .synthetic import ASC_LOS, DESC_LOS, write_egms

GRINDAVIK = (2783808.0, 4892264.0)  # EPSG:3035 of the town (63.842 N, 22.434 W)
DOME = (2783300.0, 4896800.0)  # the uplift's top, 4.5 km north of the town and 3 km west of the graben's axis
GRABEN_AZIMUTH = np.radians(35.0)  # the trough's axis, clockwise from north
CLAY = (2786600.0, 4890200.0, 1200.0, 700.0)  # centre x, y and semi-axes (m) of the clay area
SIDE = 12000.0  # the scenario square, metres a side, centred on the town
MAX_SUBSIDENCE, MAX_UPLIFT = -35.0, 28.0  # mm/year
EVENT_DATE, MAX_STEP = "2023-11-10", -250.0  # the dike intrusion: the graben's sudden drop (mm, vertical)
VERSION = 3  # the scenario's files as written by this code (2: with the event, 3: its faults); older are rebuilt
FAULT_DROP, FAULT_ACROSS, FAULT_HALF_LENGTH = -40.0, 700.0, 3500.0  # the event's offset at the bounding faults (mm),
# their distance from the axis and half their length along it (m)
STABLE = (GRINDAVIK[0] - 5000.0, GRINDAVIK[1] - 5000.0)  # the south-west corner: background only


def fault_traces() -> list:
    """The graben's two bounding faults (EPSG:3035): [(name, [(x, y), (x, y)])], north-west then south-east."""
    ca, sa = np.cos(GRABEN_AZIMUTH), np.sin(GRABEN_AZIMUTH)
    traces = []
    for name, across in ((tr("north-western graben fault"), -FAULT_ACROSS),
                         (tr("south-eastern graben fault"), FAULT_ACROSS)):
        ends = [(GRINDAVIK[0] + across * ca + along * sa, GRINDAVIK[1] - across * sa + along * ca)
                for along in (-FAULT_HALF_LENGTH, FAULT_HALF_LENGTH)]
        traces.append((name, [(float(x), float(y)) for x, y in ends]))
    return traces


def places() -> list:
    """The scenario's landmarks (EPSG:3035) for a workshop without a basemap: (name, x, y)."""
    return [("Grindavík", GRINDAVIK[0], GRINDAVIK[1]), (tr("Dome"), DOME[0], DOME[1]),
            (tr("Clay area"), CLAY[0], CLAY[1]), (tr("Stable reference"), STABLE[0], STABLE[1])]
ASC_TRACK, ASC_BURST, DESC_TRACK, DESC_BURST = 16, 336, 155, 340


@dataclass
class Motion:
    up: np.ndarray  # mm/year
    east: np.ndarray  # mm/year
    seasonal: np.ndarray  # mm, vertical
    step: np.ndarray  # mm, vertical, at EVENT_DATE


def motion(x, y) -> "Motion":
    """The scenario's velocities at (x, y) in EPSG:3035."""
    x, y = np.asarray(x, float), np.asarray(y, float)
    dx, dy = x - GRINDAVIK[0], y - GRINDAVIK[1]
    across = dx * np.cos(GRABEN_AZIMUTH) - dy * np.sin(GRABEN_AZIMUTH)  # distance from the graben's axis
    along = dx * np.sin(GRABEN_AZIMUTH) + dy * np.cos(GRABEN_AZIMUTH)
    graben = np.exp(-(across / 800.0) ** 2) * np.exp(-(along / 4500.0) ** 4)
    up = MAX_SUBSIDENCE * graben
    floor = (np.abs(across) < FAULT_ACROSS) & (np.abs(along) < FAULT_HALF_LENGTH)  # between the bounding faults
    step = (MAX_STEP - FAULT_DROP) * np.exp(-(across / 600.0) ** 2) * np.exp(-(along / 4000.0) ** 4) \
        + FAULT_DROP * floor
    east = -4.0 * np.sign(across) * np.cos(GRABEN_AZIMUTH) * np.exp(-((np.abs(across) - 900.0) / 600.0) ** 2) \
        * np.exp(-(along / 4500.0) ** 4)
    rx, ry = x - DOME[0], y - DOME[1]
    r2 = rx ** 2 + ry ** 2
    dome = np.exp(-r2 / (2 * 1800.0 ** 2))
    up = up + MAX_UPLIFT * dome
    east = east + 6.0 * (rx / 1800.0) * np.exp(0.5) * dome  # radial spreading, peak on the flanks
    cx, cy, ax, ay = CLAY
    seasonal = np.where(((x - cx) / ax) ** 2 + ((y - cy) / ay) ** 2 <= 1.0, 6.0, 0.8)
    return Motion(up, east, seasonal, step)


def write_scenario(folder: str, n_points: int = 22500, n_dates: int = 300, seed: int = 2023, progress=None) -> list:
    """Write the scenario's four files into ``folder``; returns their paths (ascending, descending, L3 U, L3 E).
    Points lie on a grid over the scenario square (``n_points``: 22,500 is one every 80 m). ``progress(percent)``
    is called as each file is done."""
    side = int(np.ceil(np.sqrt(n_points)))
    spacing = SIDE / side
    origin = (GRINDAVIK[0] - SIDE / 2, GRINDAVIK[1] - SIDE / 2)
    paths = []
    for ascending, track, burst, los, prefix in ((True, ASC_TRACK, ASC_BURST, ASC_LOS, "R"),
                                                 (False, DESC_TRACK, DESC_BURST, DESC_LOS, "G")):
        def line_of_sight(x, y, los=los):  # north motion is 0 in this scenario
            m = motion(x, y)
            return m.east * los[0] + m.up * los[2]

        paths.append(write_egms(folder, "L2b", "2020-2024", n_points, n_dates, seed=seed + track, track=track,
                                burst=burst, origin=origin, spacing=spacing, ascending=ascending,
                                velocity_fn=line_of_sight, noise_mm=1.5, pid_prefix=prefix,
                                seasonal_fn=lambda x, y, los=los: motion(x, y).seasonal * los[2],
                                event=(EVENT_DATE, lambda x, y, los=los: motion(x, y).step * los[2]))[0])
        if progress is not None:
            progress(25.0 * len(paths))
    tile = "E{:02d}N{:02d}".format(int(GRINDAVIK[0] // 100000), int(GRINDAVIK[1] // 100000))
    cells = int((SIDE / 100.0) ** 2)
    for component in ("U", "E"):
        def velocity(x, y, component=component):
            m = motion(x, y)
            return m.up if component == "U" else m.east

        def seasonal(x, y, component=component):  # the seasonal motion is vertical
            return motion(x, y).seasonal * (1.0 if component == "U" else 0.0)

        def step(x, y, component=component):  # the event's drop is vertical
            return motion(x, y).step * (1.0 if component == "U" else 0.0)

        paths.append(write_egms(folder, "L3", "2020-2024", cells, n_dates, seed=seed + ord(component),
                                tile=tile, component=component, origin=origin, spacing=100.0, velocity_fn=velocity,
                                noise_mm=0.8, pid_prefix=component, seasonal_fn=seasonal,
                                event=(EVENT_DATE, step))[0])
        if progress is not None:
            progress(25.0 * len(paths))
    return paths


def folder_is_complete(folder: str) -> bool:
    """Whether ``folder`` already holds the scenario's four files as this version writes them (the workshop reuses
    them; files of an older version, without the event, are written again)."""
    names = set(os.listdir(folder)) if os.path.isdir(folder) else set()
    return sum(1 for n in names if n.startswith("EGMS_") and n.endswith(".zip")) >= 4 and \
        "scenario-v{}.txt".format(VERSION) in names


def mark_complete(folder: str) -> None:
    """Record that ``folder`` holds this version's files (after ``write_scenario``)."""
    with open(os.path.join(folder, "scenario-v{}.txt".format(VERSION)), "w", encoding="utf-8") as f:
        f.write("Grindavík-like EGMS scenario, version {} (with the {} event and its faults)\n".format(
            VERSION, EVENT_DATE))
