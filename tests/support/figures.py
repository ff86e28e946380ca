"""What a reader of a figure would see wrong, measured: shared by the plot's and the profile's tests."""


def figure_faults(figure, ax, legend, others=(), columns=1):
    """What a reader of the figure would see wrong, measured with matplotlib's renderer: the legend outside the
    picture or over the axes (their data, tick labels or title), the axes narrower than half the figure, tick
    labels touching or cut. ``others``: axes in ``ax``'s place (a second y axis), their labels and ticks too;
    ``columns``: axes side by side in the figure, each narrower by as much."""
    from matplotlib.transforms import Bbox

    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    faults = []
    picture = figure.bbox
    axes = ax.get_window_extent(renderer)
    around = Bbox.union([a.get_tightbbox(renderer) for a in (ax,) + tuple(others)])
    if axes.width < 0.5 * picture.width / columns:
        faults.append("axes {:.0f} px of {:.0f}".format(axes.width, picture.width))
    if legend is not None:
        box = legend.get_window_extent(renderer)
        if box.x0 < picture.x0 - 1 or box.x1 > picture.x1 + 1 or box.y0 < picture.y0 - 1 or box.y1 > picture.y1 + 1:
            faults.append("legend outside the picture: {} in {}".format(box.bounds, picture.bounds))
        if box.overlaps(around):
            faults.append("legend over the axes: {} and {}".format(box.bounds, around.bounds))
    for text in [ax.yaxis.label, ax.xaxis.label, ax.title] + [o.yaxis.label for o in others]:
        box = text.get_window_extent(renderer)
        if text.get_text() and (box.y0 < picture.y0 - 1 or box.y1 > picture.y1 + 1 or box.x0 < picture.x0 - 1 or
                                box.x1 > picture.x1 + 1):
            faults.append("{!r} cut: {} in {}".format(text.get_text(), box.bounds, picture.bounds))
    for axis, start, end, view in [(ax.xaxis, "x0", "x1", ax.get_xlim()), (ax.yaxis, "y0", "y1", ax.get_ylim())] + [
            (o.yaxis, "y0", "y1", o.get_ylim()) for o in others]:
        drawn = [t for t, at in zip(axis.get_ticklabels(), axis.get_ticklocs()) if t.get_visible() and t.get_text()
                 and min(view) <= at <= max(view)]  # matplotlib draws only the ticks within the view
        boxes = sorted((t.get_window_extent(renderer) for t in drawn), key=lambda b: getattr(b, start))
        for a, b in zip(boxes, boxes[1:]):
            if getattr(b, start) < getattr(a, end):
                faults.append("{} tick labels overlap".format(axis.axis_name))
        for b in boxes:
            if b.x0 < picture.x0 - 1 or b.x1 > picture.x1 + 1 or b.y0 < picture.y0 - 1 or b.y1 > picture.y1 + 1:
                faults.append("{} tick label cut: {} in {}".format(axis.axis_name, b.bounds, picture.bounds))
    return faults
