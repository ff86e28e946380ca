"""The plot's words: its trend choices, and the one-line descriptions of a point and of a fit (legend, info line)."""
from ..core.i18n import tr

TRENDS = [("", tr("No trend")), ("linear", tr("Linear")), ("quadratic", tr("Quadratic")),
          ("seasonal", tr("Linear + seasonal"))]
LABELS = {"mean_velocity": tr("v"), "mean_velocity_std": "±", "acceleration": tr("a"), "seasonality": tr("season"),
          "temporal_coherence": tr("coh"), "height_ortho": tr("h")}


def describe_fit(fit):
    p = fit.parameters
    text = tr("{model} fit: v {v:+.2f} mm/yr").format(model=dict(TRENDS)[fit.model], v=p["velocity"])
    if "acceleration" in p:
        text += tr(", a {a:+.2f} mm/yr²").format(a=p["acceleration"])
    if "seasonal_amplitude" in p:
        text += tr(", seasonal {s:.1f} mm").format(s=p["seasonal_amplitude"])
    for date, size in fit.steps.items():
        text += tr(", step {s:+.1f} mm on {date}").format(s=size, date=date)
    return text + tr(", RMSE {r:.1f} mm").format(r=fit.rmse)


def describe(attributes, long=False):
    parts = []
    values = dict(attributes)
    v = values.get("mean_velocity")
    if isinstance(v, (int, float)):
        std = values.get("mean_velocity_std")
        parts.append(tr("v {v:+.1f}{std} mm/yr").format(v=v, std=" ± {:.1f}".format(std) if isinstance(
            std, (int, float)) else ""))
    if long:
        for name in ("acceleration", "seasonality", "temporal_coherence", "height_ortho"):
            value = values.get(name)
            if isinstance(value, (int, float)):
                parts.append("{} {:g}".format(LABELS[name], value))
    return ", ".join(parts)
