"""Deterministic synthetic EGMS files in the real format, for tests, benchmarks and workshops.

``write_egms(folder, level, release, n_points, n_dates)`` writes ``EGMS_<...>.zip`` (or .csv) with
the header of that release (older releases use ``height``/``height_wgs84``/``rmse``, no GNSS
columns; L2a carries ``cluster_label``), an XML header, and series built from a known model:
displacement = velocity·t + ½·acceleration·t² + seasonal amplitude·sin(2πt) + noise, rounded to
0.1 mm. Rows are generated and written in chunks, so a file of a million points needs little memory.
"""
import io
import os
import zipfile
from dataclasses import dataclass

import numpy as np

from .formats import FIRST_RELEASE

_B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# LOS unit vectors (east, north, up), ground to satellite, of the synthetic bursts (Sentinel-1 IW2-like)
ASC_LOS = (-0.59, -0.12, 0.795)
DESC_LOS = (0.594, -0.12, 0.795)


@dataclass
class Model:
    """Per-point truth of a synthetic file (mm/year, mm/year², mm)."""
    velocity: np.ndarray
    acceleration: np.ndarray
    seasonal: np.ndarray
    step: np.ndarray = None  # mm, at the event (when there is one)


def file_stem(level: str = "L2b", release: str = "2020-2024", track: int = 22, burst: int = 845, tile: str = "E45N17",
              component: str = "U", sub_release: int = 1) -> str:
    suffix = "" if release == FIRST_RELEASE else "_{}_{}_{}".format(*release.split("-"), sub_release)
    if level == "L3":
        return "EGMS_L3_{}_100km_{}{}".format(tile, component, suffix)
    return "EGMS_{}_{:03d}_{:04d}_IW2_VV{}".format(level, track, burst, suffix)


def header_columns(level: str, release: str) -> list:
    old = release in (FIRST_RELEASE, "2018-2022", "2019-2023")
    if level == "L3":
        cols = ["pid", "easting", "northing", "height" if old else "height_ortho", "rmse" if old else "rmse_ts",
                "mean_velocity", "mean_velocity_std", "acceleration", "acceleration_std", "seasonality",
                "seasonality_std"]
        return cols + ([] if old else ["gnss_velocity_n", "gnss_velocity_e", "gnss_velocity_u"])
    cols = ["pid", "mp_type", "latitude", "longitude", "easting", "northing", "height" if old else "height_ortho",
            "height_wgs84" if old else "height_ellipse", "line", "pixel", "rmse" if old else "rmse_ts",
            "temporal_coherence", "amplitude_dispersion", "incidence_angle", "track_angle", "los_east", "los_north",
            "los_up", "mean_velocity", "mean_velocity_std", "acceleration", "acceleration_std", "seasonality",
            "seasonality_std"]
    if not old:
        cols.append("gnss_velocity")
    if level == "L2a" and old:
        cols.append("cluster_label")
    return cols


def acquisition_dates(n_dates: int, level: str = "L2b", start: str = "2020-01-03") -> np.ndarray:
    """A 6-day grid (L3); for L2 a few acquisitions are missing, as in real bursts."""
    step = 6
    extra = 0 if level == "L3" else n_dates // 25
    grid = np.datetime64(start) + np.arange(n_dates + extra) * step
    if extra:
        grid = np.delete(grid, np.arange(extra) * 25 + 7)
    return grid[:n_dates]


def pid(i: int, prefix: str = "S") -> str:
    digits = ""
    for _ in range(9):
        i, r = divmod(i, 62)
        digits = _B62[r] + digits
    return prefix + digits


_TENTHS = None


def _format_tenths(values):
    """Rows of numbers (already rounded to 0.1) -> CSV text, fast (a lookup table of strings)."""
    global _TENTHS
    if _TENTHS is None:
        _TENTHS = np.array(["{:.1f}".format(k / 10.0) for k in range(-99999, 100000)], dtype=object)
    idx = np.clip(np.rint(values * 10).astype(np.int64), -99999, 99999) + 99999
    return [",".join(row) for row in _TENTHS[idx]]


def _default_velocity(x, y, centre):
    """A subsidence bowl (-20 mm/year at its centre, 1.5 km wide) on a stable background."""
    r2 = (x - centre[0]) ** 2 + (y - centre[1]) ** 2
    return -20.0 * np.exp(-r2 / (2 * 1500.0 ** 2))


def write_egms(folder: str, level: str = "L2b", release="2020-2024", n_points=1000, n_dates=100, seed=0, as_zip=True,
               track=22, burst=845, tile="E45N17", component="U", origin=(4598000.0, 1740000.0), spacing=20.0,
               ascending=False, velocity_fn=None, noise_mm=1.0, chunk_rows=20000, pid_prefix="S", sub_release=1,
               seasonal_fn=None, event=None):
    """Write one synthetic EGMS file; returns (path, dates, Model). ``velocity_fn(x, y)`` and
    ``seasonal_fn(x, y)`` (EPSG:3035 metres) give each point's velocity (mm/year, in the file's line of sight for
    L2) and seasonal amplitude (mm); by default a subsidence bowl and random amplitudes. ``event``: (date,
    ``step_fn(x, y)``): a sudden step (mm) in every series at the acquisitions after that date."""
    rng = np.random.RandomState(seed)
    stem = file_stem(level, release, track, burst, tile, component, sub_release)
    columns = header_columns(level, release)
    dates = acquisition_dates(n_dates, level)
    t_years = (dates - dates[0]).astype(np.float64) / 365.25
    side = int(np.ceil(np.sqrt(n_points)))
    centre = (origin[0] + side * spacing / 2, origin[1] + side * spacing / 2)
    velocity_fn = velocity_fn or (lambda x, y: _default_velocity(x, y, centre))
    header = ",".join(columns + [str(d).replace("-", "") for d in dates]) + "\n"
    truth = Model(np.empty(n_points), np.empty(n_points), np.empty(n_points), np.zeros(n_points))
    after = dates > np.datetime64(event[0], "D") if event else None
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, stem + (".zip" if as_zip else ".csv"))
    to_wgs84 = _transformer()

    def rows():
        for start in range(0, n_points, chunk_rows):
            idx = np.arange(start, min(n_points, start + chunk_rows))
            n = len(idx)
            x = origin[0] + (idx % side) * spacing + rng.uniform(-2, 2, n)
            y = origin[1] + (idx // side) * spacing + rng.uniform(-2, 2, n)
            if level == "L3":
                x, y = np.round(x / 100.0) * 100 + 50, np.round(y / 100.0) * 100 + 50
            vel = velocity_fn(x, y) + rng.normal(0, 0.3, n)
            acc = rng.normal(0, 0.2, n)
            amp = np.abs(rng.normal(1.0, 0.5, n)) if seasonal_fn is None else np.asarray(seasonal_fn(x, y), float)
            truth.velocity[idx], truth.acceleration[idx], truth.seasonal[idx] = vel, acc, amp
            series = (vel[:, None] * t_years + 0.5 * acc[:, None] * t_years ** 2
                      + amp[:, None] * np.sin(2 * np.pi * t_years) + rng.normal(0, noise_mm, (n, len(dates))))
            if event:
                truth.step[idx] = np.asarray(event[1](x, y), float)
                series += truth.step[idx][:, None] * after[None, :]
            series -= series[:, :1]
            values = {"easting": np.round(x, 2), "northing": np.round(y, 2),
                      "mean_velocity": np.round(vel, 1), "mean_velocity_std": np.full(n, 0.1),
                      "acceleration": np.round(acc, 2), "acceleration_std": np.full(n, 0.1),
                      "seasonality": np.round(amp, 1), "seasonality_std": np.full(n, 0.1),
                      "height": np.round(rng.uniform(0, 200, n), 1), "rmse": np.round(rng.uniform(0.5, 3, n), 1)}
            values["height_ortho"], values["rmse_ts"] = values["height"], values["rmse"]
            values["height_wgs84"] = values["height_ellipse"] = np.round(values["height"] + 45.0, 1)
            if level != "L3":
                lon, lat = to_wgs84(x, y)
                heading = 349.0 if ascending else 191.4
                values.update(mp_type=np.zeros(n), latitude=np.round(lat, 6), longitude=np.round(lon, 6),
                              line=idx // side, pixel=idx % side,
                              temporal_coherence=np.round(rng.uniform(0.5, 1, n), 2),
                              amplitude_dispersion=np.round(rng.uniform(0.1, 0.5, n), 2),
                              incidence_angle=np.full(n, 37.3), track_angle=np.full(n, heading),
                              los_east=np.full(n, (ASC_LOS if ascending else DESC_LOS)[0]),
                              los_north=np.full(n, (ASC_LOS if ascending else DESC_LOS)[1]),
                              los_up=np.full(n, (ASC_LOS if ascending else DESC_LOS)[2]),
                              gnss_velocity=np.full(n, -1.6), cluster_label=np.ones(n))
            else:
                values.update(gnss_velocity_n=np.full(n, 2.1), gnss_velocity_e=np.full(n, -0.7),
                              gnss_velocity_u=np.full(n, -1.5))
            attr_text = [",".join(_fmt(values[c][i]) for c in columns[1:]) for i in range(n)]
            for i, text, dates_text in zip(idx, attr_text, _format_tenths(np.round(series, 1))):
                yield "{},{},{}\n".format(pid(i, pid_prefix), text, dates_text)

    xml = _xml_header(level, track, burst, dates)
    if as_zip:
        with zipfile.ZipFile(path + ".part", "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            with zf.open(stem + ".csv", "w") as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as out:
                out.write(header)
                out.writelines(rows())
            zf.writestr(stem + ".xml", xml)
        os.replace(path + ".part", path)
    else:
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write(header)
            out.writelines(rows())
        with open(os.path.join(folder, stem + ".xml"), "w", encoding="utf-8") as f:
            f.write(xml)
    return path, dates, truth


def _fmt(v):
    return repr(float(v)) if v != int(v) else str(int(v)) if abs(v) < 1e15 else repr(float(v))


def _xml_header(level, track, burst, dates):
    if level == "L3":
        return ("<?xml version='1.0' encoding='UTF-8'?>\n<TILE>\n  <product_level>L3</product_level>\n"
                "  <production_facility>1</production_facility>\n  <production_date>01/01/2026</production_date>\n"
                "  <dem>\n    <version>COP-DEM_GLO-30/2020_1</version>\n  </dem>\n"
                "  <gnss>\n    <version>2.0</version>\n  </gnss>\n</TILE>\n")
    images = "".join("    <image>\n      <orbit_type>FILTERED</orbit_type>\n      <product_id>S1A_SYNTHETIC_{}"
                     "</product_id>\n    </image>\n".format(str(d).replace("-", "")) for d in dates)
    return ("<?xml version='1.0' encoding='UTF-8'?>\n<BURST>\n  <product_level>{}</product_level>\n"
            "  <track>{:03d}</track>\n  <burst_id>{:04d}</burst_id>\n  <sub_swath>2</sub_swath>\n"
            "  <production_facility>1</production_facility>\n  <production_date>01/01/2026</production_date>\n"
            "  <dem>\n    <version>COPDEM</version>\n  </dem>\n  <gnss>\n    <version>2.0</version>\n  </gnss>\n"
            "  <dataset>\n{}  </dataset>\n</BURST>\n").format(level, track, burst, images)


def _transformer():
    from osgeo import osr

    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(3035)
    dst.ImportFromEPSG(4326)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ct = osr.CoordinateTransformation(src, dst)

    def transform(x, y):
        pts = np.array(ct.TransformPoints(np.column_stack([x, y]).tolist()))
        return pts[:, 0], pts[:, 1]
    return transform
