"""Active deformation areas on synthetic fields with planted truths: areas of different sizes, shapes and rates
(subsiding and rising) in a noisy stable field with scattered lone moving points, on a grid (L3) and on scattered
points (L2). Each planted area is found once, with an outline of similar area; lone points and the noise's chance
clusters make none; the defaults (threshold, radius) are right without tuning; geometries are never pooled."""
import numpy as np
import pytest

from clms_egms.core.egms import ada
from clms_egms.core.egms.ada_context import inside

PLANTED = [  # name, centre x, y, semi-axes (m), rate (mm/year)
    ("large bowl", 2500.0, 2500.0, 400.0, 400.0, -15.0),
    ("small pit", 7000.0, 2500.0, 150.0, 150.0, -8.0),
    ("long uplift", 5000.0, 7000.0, 600.0, 250.0, 10.0),
]
NOISE = 1.5  # mm/year


def field(jitter, seed=5, spacing=50.0, side=10000.0, lone=40):
    """Points every ``spacing`` m, each moved up to ``jitter`` m; the planted areas; ``lone`` scattered points at
    -20 mm/year far from them. Returns x, y, velocity, the planted area of each point (0: none), the lone ones."""
    rng = np.random.default_rng(seed)
    gx, gy = np.meshgrid(np.arange(0.0, side, spacing), np.arange(0.0, side, spacing))
    x = gx.ravel() + rng.uniform(-jitter, jitter, gx.size)
    y = gy.ravel() + rng.uniform(-jitter, jitter, gx.size)
    v = rng.normal(0.0, NOISE, x.size)
    truth = np.zeros(x.size, dtype=int)
    for k, (_name, cx, cy, ax, ay, rate) in enumerate(PLANTED, 1):
        inside = ((x - cx) / ax) ** 2 + ((y - cy) / ay) ** 2 <= 1.0
        v[inside] += rate
        truth[inside] = k
    far = np.ones(x.size, dtype=bool)
    for _name, cx, cy, ax, ay, _rate in PLANTED:
        far &= np.hypot(x - cx, y - cy) > max(ax, ay) + 500.0
    lone_points = rng.choice(np.flatnonzero(far), lone, replace=False)
    v[lone_points] = -20.0
    return x, y, v, truth, lone_points


@pytest.mark.parametrize("jitter", [0.0, 10.0, 25.0], ids=["grid", "jittered", "scattered"])
def test_each_planted_area_is_found_once_with_its_outline_and_nothing_else(jitter):
    x, y, v, truth, lone = field(jitter)
    found = ada.find_areas(x, y, v)
    settings = found["settings"][""]
    # the defaults from the data: twice the noise (the areas do not widen it), twice the 50 m spacing
    assert settings["sigma"] == pytest.approx(NOISE, rel=0.05)
    assert settings["threshold"] == pytest.approx(2 * NOISE, rel=0.05)
    assert settings["spacing"] == pytest.approx(50.0, rel=0.1) and settings["radius"] == pytest.approx(100.0, rel=0.1)
    assert len(found["areas"]) == len(PLANTED)  # one each, no other
    for k, (name, _cx, _cy, ax, ay, rate) in enumerate(PLANTED, 1):
        (area,) = [a for a in found["areas"] if np.bincount(truth[a["members"]]).argmax() == k]
        members = area["members"]
        assert area["sign"] == np.sign(rate)
        assert np.mean(truth[members] == k) > 0.95, name  # its own points, a few rim points of the noise at most
        assert np.mean(np.isin(np.flatnonzero(truth == k), members)) > 0.9, name  # nearly all of them
        polygon = ada.outline(x[members], y[members], settings["radius"], settings["spacing"])
        assert polygon.area() == pytest.approx(np.pi * ax * ay, rel=0.25), name
        assert inside(polygon, x[members], y[members]).all(), name  # each of its points within its outline
        assert area["quality"] == 1, (name, area["score"])  # uniform motion, clean series
    assert (found["area"][lone] == -1).all()  # lone movers belong to no area


def test_chance_clusters_of_a_noisy_field_make_no_area():
    """200,000 scattered points of noise alone, about 9,000 of them past the threshold, some of them side by side by
    chance: no area."""
    rng = np.random.default_rng(11)
    x, y = rng.uniform(0, 20000, 200000), rng.uniform(0, 20000, 200000)
    v = rng.normal(0.0, NOISE, x.size)
    found = ada.find_areas(x, y, v)
    assert found["settings"][""]["moving"] > 8000
    assert found["areas"] == []


def test_geometries_are_never_pooled():
    """Two tracks over the same ground: the same subsidence seen by each is two areas, one a track, each of its own
    points; a threshold from each track's own noise."""
    x1, y1, v1, truth1, _ = field(10.0, seed=1, lone=0)
    x2, y2, v2, truth2, _ = field(10.0, seed=2, lone=0)
    v2 = v2 * 2.0  # the second track noisier and its motion larger (another line of sight)
    x, y, v = np.concatenate([x1, x2]), np.concatenate([y1, y2]), np.concatenate([v1, v2])
    labels = ["track 16, ascending"] * len(x1) + ["track 155, descending"] * len(x2)
    found = ada.find_areas(x, y, v, geometries=labels)
    assert len(found["areas"]) == 2 * len(PLANTED)
    for a in found["areas"]:
        own = a["members"] < len(x1) if a["geometry"] == "track 16, ascending" else a["members"] >= len(x1)
        assert own.all()
    settings = found["settings"]
    assert settings["track 155, descending"]["threshold"] == pytest.approx(
        2 * settings["track 16, ascending"]["threshold"], rel=0.1)


def test_noisy_series_lower_the_quality_index():
    """The same areas, the large bowl's points with series four times noisier than the others (rmse_ts): its
    quality index drops, the others' stays 1."""
    x, y, v, truth, _ = field(10.0, lone=0)
    rmse = np.full(x.size, 2.0)
    rmse[truth == 1] = 8.0
    found = ada.find_areas(x, y, v, noise=rmse)
    quality = {np.bincount(truth[a["members"]]).argmax(): a for a in found["areas"]}
    assert quality[1]["noisy_share"] > 0.9 and quality[1]["quality"] == 4
    assert quality[2]["quality"] == 1 and quality[3]["quality"] == 1


def test_a_threshold_and_radius_given_are_used():
    x, y, v, truth, _ = field(0.0, lone=0)
    found = ada.find_areas(x, y, v, threshold=9.0, radius=75.0)
    assert found["settings"][""]["threshold"] == 9.0 and found["settings"][""]["radius"] == 75.0
    # the small pit (-8 mm/year) is under 9: gone; the others stay
    assert sorted(np.bincount(truth[a["members"]]).argmax() for a in found["areas"]) == [1, 3]


def test_statistics_of_an_area():
    x, y, v, truth, _ = field(0.0, lone=0)
    acceleration = np.where(truth == 1, -2.0, 0.1)
    found = ada.find_areas(x, y, v)
    (bowl,) = [a for a in found["areas"] if np.bincount(truth[a["members"]]).argmax() == 1]
    stats = ada.area_statistics(bowl, v, acceleration)
    assert stats["n"] == len(bowl["members"])
    assert stats["mean_velocity"] == pytest.approx(-15.0, abs=0.5)
    assert stats["median_velocity"] == pytest.approx(-15.0, abs=0.5)
    assert stats["max_velocity"] < -15.0 - 2 * NOISE
    assert stats["mean_abs_acceleration"] == pytest.approx(2.0, abs=0.1)
    assert np.isnan(ada.area_statistics(bowl, v)["mean_abs_acceleration"])


def test_nothing_to_find():
    assert ada.find_areas([], [], [])["areas"] == []
    found = ada.find_areas([0.0, 10.0], [0.0, 0.0], [-20.0, -20.0])
    assert found["areas"] == [] and (found["area"] == -1).all()


def test_an_outline_keeps_a_real_hole_and_fills_none_of_its_own():
    """A ring of moving ground around a still core 600 m across (wider than the discs join): its outline has that
    hole, about the core's size; a full disc of the same points has none (the discs around its edge leave a hole
    inside, which is filled)."""
    s = 20.0
    gx, gy = np.meshgrid(np.arange(-1000.0, 1000.0, s), np.arange(-1000.0, 1000.0, s))
    r = np.hypot(gx, gy).ravel()
    x, y = gx.ravel(), gy.ravel()
    ring = (r <= 900) & (r >= 300)
    polygon = ada.outline(x[ring], y[ring], 2 * s, s)
    (part,) = polygon.asMultiPolygon() if polygon.isMultipart() else [polygon.asPolygon()]
    assert len(part) == 2  # the outer ring and the core's hole
    assert polygon.area() == pytest.approx(np.pi * (900 ** 2 - 300 ** 2), rel=0.05)
    disc = ada.outline(x[r <= 900], y[r <= 900], 2 * s, s)
    (whole,) = disc.asMultiPolygon() if disc.isMultipart() else [disc.asPolygon()]
    assert len(whole) == 1 and disc.area() == pytest.approx(np.pi * 900 ** 2, rel=0.05)
