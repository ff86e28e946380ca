"""The plot's words: its trend choices, and the one-line descriptions of a point and of a fit (legend, info line),
every number in the user's locale (QGIS's: 0,18 in French and German) and with its unit."""
from qgis.PyQt.QtCore import QLocale

from ..core.i18n import tr


def trends():
    """(key, label) of each trend the plot fits, in the user's language (asked when needed, not at import)."""
    return [("", tr("No trend")), ("linear", tr("Linear")), ("quadratic", tr("Quadratic")),
            ("seasonal", tr("Linear + seasonal"))]


def num(value, decimals, sign=False):
    """``value`` with ``decimals`` decimals in the user's locale; ``sign``: "+" before a positive one."""
    text = QLocale().toString(float(value), "f", decimals)
    return ("+" + text) if sign and value > 0 else text


def describe_fit(fit):
    p = fit.parameters
    text = tr("{model} fit: v {v} mm/yr").format(model=dict(trends())[fit.model], v=num(p["velocity"], 2, True))
    if "acceleration" in p:
        text += tr(", a {a} mm/yr²").format(a=num(p["acceleration"], 2, True))
    if "seasonal_amplitude" in p:
        text += tr(", seasonal {s} mm").format(s=num(p["seasonal_amplitude"], 1))
    for date, size in fit.steps.items():
        text += tr(", step {s} mm on {date}").format(s=num(size, 1, True), date=date)
    return text + tr(", RMSE {r} mm").format(r=num(fit.rmse, 1))


def describe(attributes, long=False, reference=None):
    """A point's key values with their units: "v -19.6 ± 0.1 mm/yr", and with ``long`` its acceleration,
    seasonality, coherence and height. With the ``reference`` point's attributes, its velocity relative to the
    reference's, as the plot shows it ("v -2.0 ± 0.1 mm/yr relative"; the two uncertainties combined)."""
    parts = []
    values = dict(attributes)
    v = values.get("mean_velocity")
    if isinstance(v, (int, float)):
        std = values.get("mean_velocity_std")
        template = tr("v {v}{std} mm/yr")
        if reference is not None:
            ref = dict(reference)
            ref_v, ref_std = ref.get("mean_velocity"), ref.get("mean_velocity_std")
            if isinstance(ref_v, (int, float)):
                v, template = v - ref_v, tr("v {v}{std} mm/yr relative")
                std = (std ** 2 + ref_std ** 2) ** 0.5 if isinstance(std, (int, float)) and isinstance(
                    ref_std, (int, float)) else None
            else:
                v = None  # the reference's velocity unknown: the relative one too
        if v is not None:
            parts.append(template.format(v=num(v, 1, True), std=" ± " + num(std, 1) if isinstance(
                std, (int, float)) else ""))
    if long:
        for name, template, decimals in (("acceleration", tr("a {value} mm/yr²"), 2),
                                         ("seasonality", tr("seasonal {value} mm"), 1),
                                         ("temporal_coherence", tr("coherence {value}"), 2),
                                         ("height_ortho", tr("height {value} m"), 1)):
            value = values.get(name)
            if isinstance(value, (int, float)):
                parts.append(template.format(value=num(value, decimals)))
    return ", ".join(parts)


def info_line(curves, reference=None):
    """The line under the plot: each curve's pid and what is known of it ("mean of 15 points" alone, without an
    empty ": " after it); velocities relative to the ``reference`` curve's, when one is set."""
    out = []
    for curve in curves:
        said = describe(curve["attributes"], long=True,
                        reference=reference["attributes"] if reference is not None else None)
        out.append("{}: {}".format(curve["pid"], said) if said else curve["pid"])
    return "; ".join(out)
