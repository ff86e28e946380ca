"""A profile drawn in the plot dock's figure: per viewing geometry its points (a density where they are many), the
swath's median and its 25-75 % envelope, of the velocity (left axis) and of the event's step (right axis, zeros
level); fault crossings as dashed lines named with their offsets. Laid out by plot_layout.lay_out: the legend in
its own band below the axes, never over the data."""
import textwrap

import numpy as np
from matplotlib.colors import LinearSegmentedColormap, to_rgb
from matplotlib.transforms import blended_transform_factory

from ..core.egms.geometry import one_geometry
from ..core.i18n import tr
from .plot_layout import lay_out

FEWEST = 5  # points a bin needs for its median and quartiles to be drawn
FEWEST_MEDIAN = 3  # and for its median alone (the profiles through time: a sparse L3 corridor still drawn)
DENSE = 3000  # points of one geometry and quantity beyond which they are drawn as a density, not as dots
POINTS = ["#d6604d", "#f4a582", "#b2abd2"]  # per geometry: the points', light enough for the median on them
LINES = ["#67001f", "#b35806", "#2d004b"]  # and the median's and envelope's, dark
STEP_POINTS, STEP_LINES = ["#4393c3", "#5aae61", "#8073ac"], ["#053061", "#00441b", "#40004b"]


def number_text(value, decimals=1):
    from qgis.PyQt.QtCore import QLocale

    return QLocale().toString(float(value), "f", decimals)


def _cloud(ax, x, y, colour, label, dense):
    """The points of one geometry: dots, or a density (hexagons shaded by their count, log) where many."""
    if len(x) > dense and np.isfinite(y).sum() > dense:
        ok = np.isfinite(x) & np.isfinite(y)
        cmap = LinearSegmentedColormap.from_list("density", [(1, 1, 1, 0), to_rgb(colour)])
        return ax.hexbin(x[ok], y[ok], gridsize=(90, 30), mincnt=1, bins="log", cmap=cmap, linewidths=0,
                         label=label + " " + tr("(density)"))
    return ax.scatter(x, y, s=7, color=colour, alpha=0.55, linewidths=0, label=label)


def _swath(ax, bins, colour, name, dashed=False):
    """A median line and its 25-75 % envelope, where the bins hold FEWEST points or more (a bin of two points has
    no quartiles a reader could trust); returns the (envelope, line) drawn, their gid "median " / "25-75 % " and
    ``name``."""
    d = np.array([b["distance_m"] for b in bins])
    few = np.array([b["n"] for b in bins]) < FEWEST
    median, q25, q75 = (np.where(few, np.nan, np.array([b[k] for b in bins], dtype=float))
                        for k in ("median", "q25", "q75"))
    envelope = ax.fill_between(d, q25, q75, color=colour, alpha=0.22, linewidth=0, gid="25-75 % " + name)
    line, = ax.plot(d, median, color=colour, linewidth=1.8, linestyle="--" if dashed else "-", gid="median " + name)
    return envelope, line


def _groups(rows):
    """{geometry: indexes of its points} (core.egms.swath.by_geometry): each geometry its own series."""
    from ..core.egms import swath

    return swath.by_geometry(rows.get("geometry") or [None] * len(rows["pid"]))


def _titled(rows, text, place):
    """A profile's title: its section, ``text``, and its geometry (``place``)."""
    if rows.get("section"):
        text = tr("Section {a}–{a}′").format(a=rows["section"]) + " · " + text
    return text + (" · " + place if place else "")


def offset_text(o):
    """"Δ -12.1 ± 0.3 mm/yr" of a velocity's offset row (core.egms.swath's), "step Δ -39.6 ± 0.9 mm" of an event
    step's; None where a side had too few points."""
    if o["offset"] != o["offset"]:
        return None
    text = tr("Δ {v} ± {u} mm/yr") if o["quantity"] == "velocity" else tr("step Δ {v} ± {u} mm")
    return text.format(v=number_text(o["offset"]), u=number_text(o["uncertainty"]))


def _section_data(ax, twin, rows, event, dense, prefix=""):
    """One section's points and swaths per geometry (velocity in ``ax``, the step in ``twin``) and its faults;
    returns (picks [(axes, x, y, fids)], legend handles, labels)."""
    groups = _groups(rows)
    several = len(groups) > 1
    picks, handles, labels = [], [], []
    for n, (geometry, indices) in enumerate(groups.items()):
        where = np.array(indices)
        label = geometry.label if geometry is not None else ""
        named = " · " + label if several and label else ""
        x = rows["distance"][where]
        quantities = [(ax, "velocity", rows["velocity"][where], POINTS, LINES, False)]
        if twin is not None:
            quantities.append((twin, "step", rows["step"][where], STEP_POINTS, STEP_LINES, True))
        for axes, key, y, points, lines, dashed in quantities:
            name = tr("mean velocity") if key == "velocity" else tr("step on {date} (mm)").format(date=event)
            cloud = _cloud(axes, x, y, points[n % 3], name + named, dense)
            bins = [b for b in rows.get("bins", ()) if b["geometry"] == label and b["quantity"] == key]
            # one legend entry a geometry and quantity: its points, median and envelope drawn together
            if bins:
                handles.append((cloud,) + _swath(axes, bins, lines[n % 3], key + named, dashed))
                labels.append(cloud.get_label() + " " + tr("(median, 25–75 %)"))
            else:
                handles.append(cloud)
                labels.append(cloud.get_label())
            picks.append((axes, x, y, rows["fid"][where]))
    _faults(ax, rows, several, prefix)
    crossings = [line for line in ax.get_lines() if line.get_label() and not line.get_label().startswith("_")]
    ax.axhline(0, color="0.5", linewidth=0.6)
    ax.grid(True, alpha=0.3)
    return picks, handles + crossings, labels + [line.get_label() for line in crossings]


def _place_name(groups):
    shared = one_geometry([g for g in groups if g is not None])
    return shared.label if shared is not None and shared.label else (tr("several viewing geometries")
                                                                     if shared is None else "")


def draw_profile(figure, ax, rows, event=None, dense=DENSE):
    """The profile of ``rows`` (ProfilePanel's: profile_of_layer's dict with bins, crossings and offsets) in
    ``ax``; returns the picks [(axes, x, y, fids)] for a click on a point, and the legend."""
    twin = ax.twinx() if bool(np.isfinite(rows["step"]).any()) else None
    picks, handles, labels = _section_data(ax, twin, rows, event, dense)
    ax.set_xlabel(tr("Distance along the line (m)"))
    ax.set_ylabel(tr("Velocity (mm/year)"))
    title = tr("Profile of {layer}: {n} points").format(layer=rows["layer"].name(), n=len(rows["pid"]))
    ax.set_title(_titled(rows, title, _place_name(_groups(rows))), fontsize="medium")
    if twin is not None:
        twin.set_ylabel(tr("Step (mm)"))
        align_zeros(ax, twin)
    ground = _terrain(ax, rows, beside=twin is not None)
    if ground is not None:
        handles.append(ground[1])
        labels.append(ground[1].get_label())
    others = [a for a in (twin, ground[0] if ground is not None else None) if a is not None]
    legend = lay_out(figure, ax, handles, labels, more_text=tr("… and {n} more"), dates=False, others=others)
    _names_fit(figure, [ax])
    return picks, legend


def draw_side_by_side(figure, sections, dense=DENSE):
    """Several sections' velocity profiles side by side (one axes each, the velocity axis shared: comparable at a
    glance), each titled with its name; returns (the axes, the picks, the legend)."""
    axes = list(np.atleast_1d(figure.subplots(1, len(sections), sharey=True)))
    picks, handles, labels = [], [], []
    for ax, rows in zip(axes, sections):
        more = _section_data(ax, None, rows, None, dense, prefix=rows["section"] + "–" + rows["section"] + "′: ")
        picks += more[0]
        for handle, label in zip(more[1], more[2]):
            if label not in labels:  # one entry a geometry (and fault) over all sections
                handles.append(handle)
                labels.append(label)
        ax.set_title(tr("{a}–{a}′: {n} points").format(a=rows["section"], n=len(rows["pid"])), fontsize="medium")
        ax.title.set_in_layout(False)
        ax.set_xlabel(tr("Distance (m)"))
    for ax in axes[1:]:
        ax.tick_params(labelleft=False)
    axes[0].set_ylabel(tr("Velocity (mm/year)"))
    place = _place_name(_groups(sections[0]))  # the layer and the geometry above them all, wrapped to the width
    chars = max(20, int(figure.bbox.width / (7.2 * figure.dpi / 72.0)))
    figure.suptitle(textwrap.fill(tr("Sections of {layer}").format(layer=sections[0]["layer"].name()) +
                                  (" · " + place if place else ""), chars), fontsize="medium")
    legend = lay_out(figure, axes[0], handles, labels, more_text=tr("… and {n} more"), dates=False, row=axes[1:])
    _names_fit(figure, axes)
    return axes, picks, legend


def _names_fit(figure, axes):
    """A fault's name longer than its axes are high: in the legend only, never half shown."""
    renderer = figure.canvas.get_renderer()
    for ax in axes:
        height = ax.get_window_extent().height
        for name in ax.texts:
            name.set_visible(name.get_window_extent(renderer).height <= 0.9 * height)


def _terrain(ax, rows, beside=False):
    """The ground beneath the section (rows["terrain"]: distance, elevation) on an axis of its own at the right
    (``beside``: outside the step's), drawn under the data: (its axes, its line), or None without one."""
    if "terrain" not in rows or not np.isfinite(rows["terrain"][1]).any():
        return None
    distance, elevation = rows["terrain"]
    axis = ax.twinx()
    if beside:
        axis.spines["right"].set_position(("outward", 52))
    axis.set_zorder(ax.get_zorder() - 1)  # the terrain behind the points and medians
    ax.patch.set_visible(False)
    line, = axis.plot(distance, elevation, color="0.35", linewidth=1.2, label=tr("terrain (m)"))
    low, high = np.nanmin(elevation), np.nanmax(elevation)
    span = max(high - low, 1.0)
    axis.set_ylim(low - 0.1 * span, high + 2.0 * span)  # in the lower third: the data above it stays readable
    axis.fill_between(distance, elevation, low - 0.1 * span, color="0.88", linewidth=0)
    axis.set_ylabel(tr("Elevation (m)"))
    return axis, line


def _faults(ax, rows, several, prefix=""):
    """Each fault crossing: a dashed line with the fault's name along it (inside the axes, clipped there), and in
    the legend its offsets (per geometry where several)."""
    along = blended_transform_factory(ax.transData, ax.transAxes)
    for fault, at in rows.get("crossings", ()):
        said = []
        for o in rows.get("offsets", ()):
            if o["fault"] == fault and o["distance_m"] == at:
                text = offset_text(o) or tr("Δ: too few points")
                said.append(text + (" · " + o["geometry"] if several and o["geometry"] else ""))
        ax.axvline(at, color="0.15", linestyle=(0, (5, 3)), linewidth=1.0,
                   label=prefix + tr("{fault} at {d} m").format(fault=fault, d=number_text(at, 0)) +
                   (": " + "; ".join(said) if said else ""))
        name = ax.text(at, 0.98, fault, transform=along, rotation=90, ha="right", va="top", fontsize="x-small",
                       clip_on=True, bbox={"facecolor": "white", "alpha": 0.75, "edgecolor": "none", "pad": 1.0})
        name.set_in_layout(False)


def align_zeros(ax, twin):
    """Limits for the two y axes that put both zeros at the same height (they sat at different heights, so a
    step and a velocity of the same sign looked opposed)."""
    spans = []
    for axis in (ax, twin):
        low, high = axis.get_ylim()
        spans.append((min(low, 0.0), max(high, 0.0)))
    # the share of the height below zero: the larger of the two, so that both fit
    below = max(-low / (high - low) if high > low else 0.5 for low, high in spans)
    below = min(max(below, 0.05), 0.95)
    for axis, (low, high) in zip((ax, twin), spans):
        scale = max(-low / below if below else 0.0, high / (1 - below) if below < 1 else 0.0)
        axis.set_ylim(-below * scale, (1 - below) * scale)


def pick(picks, event, radius_px=8):
    """The feature id of the point nearest a click in the plot within ``radius_px``, or
    None: among dots and density alike (the click goes to the points, not to the drawing)."""
    best = None
    for axes, x, y, where in picks:
        if not len(x):
            continue
        points = axes.transData.transform(np.column_stack([x, y]).astype(np.float64))
        distance = np.hypot(points[:, 0] - event.x, points[:, 1] - event.y)
        distance[~np.isfinite(distance)] = np.inf
        i = int(np.argmin(distance))
        if distance[i] <= radius_px and (best is None or distance[i] < best[0]):
            best = (distance[i], int(where[i]))  # the point's feature id
    return None if best is None else best[1]


def draw_time_profiles(figure, ax, rows, event=None):
    """Profiles through time: per geometry (its own line style) the swath's median displacement along the line
    at each of ``rows["at"]``'s dates (a colour each, early to late), so that a trough deepening shows; the dates
    just before and after the event named so. Returns the legend."""
    from matplotlib import colormaps
    from matplotlib.lines import Line2D

    from ..core.egms import swath

    at = rows.get("at") or {}
    groups = _groups(rows)
    dates = sorted(at)
    colours = colormaps["viridis"](np.linspace(0.0, 0.9, max(len(dates), 2)))
    length = float(np.nanmax(rows["distance"])) if len(rows["distance"]) else 1.0
    named = {g: (g.label if g is not None else "") for g in groups}
    width = swath.bin_width_of([named[g] for g in (rows.get("geometry") or [])], max(length, 1.0))
    styles = ["-", "--", ":"]
    for n, indices in enumerate(groups.values()):
        where = np.array(indices)
        for k, date in enumerate(dates):
            bins = swath.binned(rows["distance"][where], at[date][where], width, max(length, width))
            median = np.where(bins["n"] >= FEWEST_MEDIAN, bins["median"], np.nan)
            ax.plot(bins["distance"], median, color=colours[k], linestyle=styles[n % 3], linewidth=1.5, marker=".",
                    markersize=3)
    marks = {}
    if event is not None and dates:
        e = np.datetime64(event, "D")
        before, after = [d for d in dates if d < e], [d for d in dates if d > e]
        marks = {before[-1]: tr(" (before the event)")} if before else {}
        if after:
            marks[after[0]] = tr(" (after the event)")
    handles = [Line2D([], [], color=colours[k], linewidth=1.5) for k in range(len(dates))]
    labels = [str(d) + marks.get(d, "") for d in dates]
    if len(groups) > 1:
        handles += [Line2D([], [], color="0.2", linestyle=styles[n % 3]) for n in range(len(groups))]
        labels += [named[g] or tr("unknown geometry") for g in groups]
    _faults(ax, rows, len(groups) > 1)
    crossings = [line for line in ax.get_lines() if line.get_label() and not line.get_label().startswith("_")]
    handles, labels = handles + crossings, labels + [line.get_label() for line in crossings]
    shared = one_geometry([g for g in groups if g is not None])
    ax.set_xlabel(tr("Distance along the line (m)"))
    ax.set_ylabel(shared.quantity if shared is not None else tr("Displacement (mm)"))
    ax.axhline(0, color="0.5", linewidth=0.6)
    ax.grid(True, alpha=0.3)
    title = tr("Median displacement through time: {layer}, {n} points").format(layer=rows["layer"].name(),
                                                                             n=len(rows["pid"]))
    ax.set_title(_titled(rows, title, _place_name(groups)), fontsize="medium")
    legend = lay_out(figure, ax, handles, labels, more_text=tr("… and {n} more"), dates=False)
    _names_fit(figure, [ax])
    return legend
