"""A second benchmark file, shaped unlike the project's generator (core/egms/synthetic.py) and written by other code:
an older-release L2a burst (2018-2022: ``height``, ``height_wgs84``, ``rmse``, ``cluster_label``, no GNSS column),
pids in random order as the service's base-62 ids are, attributes with the decimals real files carry, and
displacements as random walks of one-decimal millimetres, some of them past +-3276.6 mm (stored as int32).

    python tools/bench_files.py FOLDER N_POINTS N_DATES   (prints the CSV's path)
"""
import os
import sys

import numpy as np

STEM = "EGMS_L2a_088_0301_IW1_VV_2018_2022_1"
ATTRIBUTES = [  # name, decimals (as in the real files), low, high
    ("mp_type", 0, 0, 2), ("latitude", 6, 45.0, 45.4), ("longitude", 6, 9.0, 9.5),
    ("easting", 2, 4_200_000, 4_240_000), ("northing", 2, 2_500_000, 2_540_000), ("height", 1, 80, 900),
    ("height_wgs84", 1, 120, 950), ("line", 0, 0, 1500), ("pixel", 0, 0, 25000), ("rmse", 1, 0.5, 4.0),
    ("temporal_coherence", 2, 0.5, 1.0), ("amplitude_dispersion", 2, 0.05, 0.4), ("incidence_angle", 2, 30, 45),
    ("track_angle", 2, -170, -160), ("los_east", 3, -0.65, -0.55), ("los_north", 3, -0.13, -0.10),
    ("los_up", 3, 0.75, 0.82), ("mean_velocity", 1, -30, 10), ("mean_velocity_std", 1, 0.1, 2.0),
    ("acceleration", 2, -3, 3), ("acceleration_std", 2, 0.05, 1.0), ("seasonality", 1, 0, 9),
    ("seasonality_std", 1, 0.1, 2.0), ("cluster_label", 0, -1, 40),
]
_DIGITS = np.array(list("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))


def write(folder, n_points, n_dates, seed=7, rows_per_write=5000):
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, STEM + ".csv")
    rng = np.random.default_rng(seed)
    dates = np.datetime64("2018-02-03") + np.sort(rng.choice(np.arange(0, 6 * n_dates * 5 // 4, 6), n_dates,
                                                              replace=False))
    header = ["pid"] + [a[0] for a in ATTRIBUTES] + [str(d).replace("-", "") for d in dates]
    tenths = {}  # value in 0.1 mm -> its text, for the walks' range
    with open(path + ".part", "w", encoding="ascii", newline="\n") as out:
        out.write(",".join(header) + "\n")
        for start in range(0, n_points, rows_per_write):
            n = min(rows_per_write, n_points - start)
            pids = ["".join(row) for row in _DIGITS[rng.integers(0, 62, (n, 10))]]
            columns = []
            for _name, decimals, low, high in ATTRIBUTES:
                values = rng.uniform(low, high, n)
                columns.append([("{:.%df}" % decimals).format(v) if decimals else str(int(v)) for v in values])
            steps = rng.normal(0, 1.5, (n, n_dates)) + rng.uniform(-1.5, 0.5, (n, 1))
            walks = np.rint(np.cumsum(steps, axis=1) * 10).astype(np.int64)
            walks[rng.random(n) < 0.002] *= 60  # a few points moving metres (int32 series)
            walks[:, 0] = 0
            lines = []
            for i in range(n):
                texts = []
                for v in walks[i].tolist():
                    text = tenths.get(v)
                    if text is None:
                        text = tenths[v] = "{}{}.{}".format("-" if v < 0 else "", abs(v) // 10, abs(v) % 10)
                    texts.append(text)
                lines.append(",".join([pids[i]] + [c[i] for c in columns] + texts))
            out.write("\n".join(lines) + "\n")
    os.replace(path + ".part", path)
    return path


if __name__ == "__main__":
    print(write(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
