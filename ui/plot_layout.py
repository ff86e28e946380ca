"""The plot's layout, measured rather than hoped for: the axes across the figure's width, the legend in a band of
its own below them (inside the picture, never over the data or the year labels), date ticks as many as fit the
width without touching. Used for the plot in the dock, whatever its size, and for the saved figure alike.

matplotlib's tight layout does not know a figure's legend, and a legend beside the axes squeezed them into a
strip in a saved figure (80 px of 1500); here the text is measured with the renderer and the axes placed from it.
"""
import textwrap

from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

PAD_PX = 6  # space between the parts, in pixels at 100 dpi
MIN_AXES_PX = 60  # the data's least height (pixels at 100 dpi) before the legend gives up entries
MAX_LEGEND_SHARE = 0.45  # of the figure's height the legend may take; beyond, its last entries are summed up


def lay_out(figure, ax, handles, labels, more_text="…{n}", dates=True, others=(), row=()):
    """Place ``ax`` and a legend of ``handles``/``labels`` in ``figure``; returns the legend (or None).
    ``more_text``: the entry that stands for the entries left out ("… and {n} more"); ``dates``: the x axis holds
    dates (its ticks fitted to the width); ``others``: axes sharing ``ax``'s place (a second y axis), their labels
    kept inside the picture too; ``row``: axes side by side with ``ax`` (to its right, sharing its y axis: their
    own y tick labels hidden), the width shared between them."""
    renderer = figure.canvas.get_renderer()
    width_px, height_px = figure.bbox.width, figure.bbox.height
    pad = PAD_PX * figure.dpi / 100.0
    _wrap_title(figure, ax)
    legend, fits = None, True
    for legend_entries in _shrinking(len(labels)):
        if legend is not None:
            legend.remove()
            legend = None
        shown_handles, shown_labels = list(handles[:legend_entries]), list(labels[:legend_entries])
        if legend_entries < len(labels):
            shown_handles.append(_blank())
            shown_labels.append(more_text.format(n=len(labels) - legend_entries))
        if shown_labels:
            ncol = 1 if width_px < 560 * figure.dpi / 100.0 or len(shown_labels) < 3 else 2
            chars = max(24, int(width_px / ncol / (6.2 * figure.dpi / 72.0)) - 4)
            wrapped = [textwrap.fill(text, chars, break_long_words=True) for text in shown_labels]
            legend = figure.legend(shown_handles, wrapped, loc="lower center", bbox_to_anchor=(0.5, 0.0),
                                   bbox_transform=figure.transFigure, ncol=ncol, frameon=False, fontsize="small",
                                   borderaxespad=0.3, handlelength=1.8, columnspacing=1.2)
        legend_px = legend.get_window_extent(renderer).height if legend is not None else 0.0
        if legend_entries and legend_px > MAX_LEGEND_SHARE * height_px:
            continue
        # the data keeps a real height: in a short dock the legend gives up entries (down to "… and n more"
        # alone) before the axes, their x label, would run into it
        fits = _place(figure, ax, renderer, legend_px + pad, pad, others, row)
        if fits or not legend_entries:
            break
    if not fits and legend is not None:  # too short for even "… and n more": no legend rather than one over the axes
        legend.remove()
        legend, legend_px = None, 0.0
    if dates:
        _fit_date_ticks(figure, ax, renderer)
    _place(figure, ax, renderer, legend_px + pad, pad, others, row)  # the tick labels may have changed the margins
    if _fit_axis_label(figure, ax, renderer):
        _place(figure, ax, renderer, legend_px + pad, pad, others, row)
    return legend


def _fit_axis_label(figure, ax, renderer):
    """The y axis label on two lines where one is taller than the picture holds (a short plot in a German
    dock cut "Vertikale Verschiebung (mm)"); whether it changed."""
    label = ax.yaxis.label
    text = label.get_text()
    if not text or "\n" in text:
        return False
    box, picture = label.get_window_extent(renderer), figure.bbox
    if box.y0 >= picture.y0 and box.y1 <= picture.y1:
        return False
    words = text.split(" ")
    half = max(1, len(words) // 2)
    label.set_text(" ".join(words[:half]) + "\n" + " ".join(words[half:]))
    box = label.get_window_extent(renderer)
    if box.height > picture.height:
        label.set_fontsize("x-small")
        box = label.get_window_extent(renderer)
    if box.y1 > picture.y1 or box.y0 < picture.y0:  # still out: its middle moved to keep it whole, off centre
        axes = ax.get_window_extent(renderer)
        middle = min(max(picture.y0 + box.height / 2, (axes.y0 + axes.y1) / 2), picture.y1 - box.height / 2)
        x = ax.yaxis.label.get_position()[0]
        ax.yaxis.set_label_coords((label.get_window_extent(renderer).x0 + box.width / 2 - axes.x0) / axes.width
                                  if axes.width else x, (middle - axes.y0) / axes.height if axes.height else 0.5)
    return True


def _shrinking(n):
    """How many legend entries to try: all, then fewer and fewer, at last none ("… and n more" alone)."""
    yield n
    count = n
    while count > 1:
        count = max(1, count * 2 // 3)
        yield count
    if n:
        yield 0


def _blank():
    from matplotlib.lines import Line2D

    return Line2D([], [], linestyle="none")


def _wrap_title(figure, ax):
    """The title on as many lines as the figure's width needs (a long one widened the margins instead)."""
    text = ax.get_title().replace("\n", " ")
    if text:
        chars = max(20, int(figure.bbox.width / (7.2 * figure.dpi / 72.0)))
        ax.set_title(textwrap.fill(text, chars), fontsize="medium")
    ax.title.set_in_layout(False)  # measured apart: it sits above the axes, whatever its width


def _place(figure, ax, renderer, bottom_reserved, pad, others=(), row=()):
    """Put the axes (and ``others`` in the same place, ``row`` beside it) where their tick labels, axis labels and
    title fit above ``bottom_reserved`` pixels; whether they fit with the data at least MIN_AXES_PX tall (if not,
    the data keeps a sliver over the reserved band)."""
    from matplotlib.transforms import Bbox

    width_px, height_px = figure.bbox.width, figure.bbox.height
    box = ax.get_position()
    axes_px = ax.get_window_extent(renderer)
    tight = Bbox.union([a.get_tightbbox(renderer) for a in (ax,) + tuple(others) + tuple(row)])
    title = max([a.title.get_window_extent(renderer).height + pad for a in (ax,) + tuple(row) if a.get_title()]
                or [0.0])
    last = row[-1] if row else ax
    left = max(pad, axes_px.x0 - tight.x0 + pad)
    right = max(pad, tight.x1 - last.get_window_extent(renderer).x1 + pad)
    below = max(0.0, axes_px.y0 - tight.y0) + pad
    above = max(0.0, tight.y1 - axes_px.y1, title) + pad
    figure_title = getattr(figure, "_suptitle", None)  # above the axes' own titles (sections side by side)
    if figure_title is not None and figure_title.get_text():
        figure_title.set_in_layout(False)
        above += figure_title.get_window_extent(renderer).height + pad
    x0, x1 = left / width_px, 1.0 - right / width_px
    y0 = (bottom_reserved + below) / height_px
    y1 = 1.0 - above / height_px
    if x1 - x0 < 0.2:
        x0, x1 = 0.1, 0.98
    fits = (y1 - y0) * height_px >= MIN_AXES_PX * figure.dpi / 100.0
    if y1 - y0 < 0.15:  # a figure squeezed flat: the data keeps a sliver, the legend its band
        y0, y1 = max(0.0, y1 - 0.15), y1
    if row:  # the width shared, a gap between neighbours for the x tick labels at their edges
        gap = 4 * pad / width_px
        each = (x1 - x0 - gap * len(row)) / (len(row) + 1)
        for k, axes in enumerate((ax,) + tuple(row)):
            axes.set_position([x0 + k * (each + gap), y0, each, y1 - y0])
    elif (x0, y0, x1 - x0, y1 - y0) != tuple(box.bounds):
        ax.set_position([x0, y0, x1 - x0, y1 - y0])
    for other in others:
        other.set_position(ax.get_position())
    return fits


def _fit_date_ticks(figure, ax, renderer):
    """Date ticks, as many as the axes' width holds with their labels apart."""
    axis = ax.xaxis
    if not axis.get_major_locator() or not ax.lines and not ax.collections:
        return
    width_in = ax.get_window_extent(renderer).width / figure.dpi
    for most in range(max(3, int(width_in * 1.6)), 1, -1):
        locator = AutoDateLocator(minticks=2, maxticks=most)
        axis.set_major_locator(locator)
        axis.set_major_formatter(ConciseDateFormatter(locator, show_offset=False))
        for label in ax.get_xticklabels():
            label.set_rotation(0)
            label.set_horizontalalignment("center")
        if not overlapping_tick_labels(ax, renderer):
            return


def overlapping_tick_labels(ax, renderer, gap_px=2.0):
    """Whether two of the x axis's visible tick labels touch (within ``gap_px``)."""
    boxes = sorted((t.get_window_extent(renderer) for t in ax.xaxis.get_ticklabels()
                    if t.get_visible() and t.get_text()), key=lambda b: b.x0)
    return any(b.x0 < a.x1 + gap_px for a, b in zip(boxes, boxes[1:]))
