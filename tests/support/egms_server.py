"""A loopback EGMS archive API, reproducing the contract of ../shared/api/EGMS.md and its quirks.

``synthetic_index(folder)`` writes the project's own small synthetic EGMS zips (ascending and descending
L2b bursts, an L3 U/E tile, a burst of an older release, a burst far away) and returns their index
entries as the service describes its files, so the same server serves searches and downloads.
"""
import json
import math
import os
from urllib.parse import unquote

RELEASES = ["2015-2021", "2018-2022", "2019-2023", "2020-2024", "2020-2025"]
# The lookup endpoints; None: the values of the index. The spelling of directions is not documented: the
# notebook sends lower case, so this server takes only that (strict), and the client asks /directions.
LOOKUPS = {"levels": ["L2A", "L2B", "L3"], "releases": None, "swaths": ["IW1", "IW2", "IW3"],
           "relative_orbits": None, "bursts": None, "directions": ["ascending", "descending"], "tile_ids": None,
           "product_types": ["BASIC", "CALIBRATED", "ORTHO-EAST", "ORTHO-UP"]}
_LOOKUP_FIELDS = {"relative_orbits": "relativeOrbit", "bursts": "burstCycle", "tile_ids": "tileId"}


def _hit(entry):
    """An index entry as the service describes it in a hit (EGMS-API.ipynb, 'Hits'): ``bbox`` as a list of
    [lon, lat] pairs, ``burstCycle`` a 4-digit string, ``burstId`` an opaque string combining relativeOrbit,
    burstCycle, swath and polarization; no local path."""
    hit = {k: v for k, v in entry.items() if k != "path"}
    w, s, e, n = entry["bbox"]
    hit["bbox"] = [[w, s], [e, s], [e, n], [w, n]]
    if entry.get("relativeOrbit") is not None:
        cycle = int(entry.get("burstCycle") or entry.get("burstId") or 0)
        hit["burstCycle"] = "{:04d}".format(cycle)
        hit["burstId"] = "{:03d}_{:04d}_{}_{}".format(int(entry["relativeOrbit"]), cycle, entry.get("swath", "IW2"),
                                                    entry.get("polarization", "VV"))
        hit.setdefault("swath", "IW2")
        hit.setdefault("polarization", "VV")
    return hit


class EgmsArchive:
    """Routes for LoopbackServer: /releases, /search over a small file index, /download/<file>, with the
    service's quirks.

    ``files``: index entries, dicts with filename, filesize, bbox [w, s, e, n], poly, productLevel, productType,
    release, direction, relativeOrbit and burstCycle (integers), swath, polarization, tileId, and ``path`` (the
    local file a download serves); hits give them in the service's shapes (see ``_hit``).
    ``token``: the bearer token searches need (None: no login). ``busy``: how many next calls (search or
    download) answer HTTP 429. ``cut``: file name -> byte count: the next download of that file breaks off
    after that many bytes; ``slow``: file names sent slowly. Query ids in ``expired`` answer downloads with
    HTTP 401."""

    def __init__(self, files, token=None):
        self.files = files
        self.token = token
        self.busy = 0
        self.cut = {}
        self.slow = set()
        self.searches = []
        self.lookups = []  # (endpoint, Authorization header) of each lookup asked
        self.issued = set()
        self.expired = set()
        self.downloads = []  # (file name, query id, Range header or "")

    def install(self, server, prefix="/insar-api/archive"):
        for name in LOOKUPS:
            server.routes[("GET", prefix + "/" + name)] = self._lookup(name)
        server.routes[("POST", prefix + "/search")] = self.search
        server.routes[("GET", prefix + "/download/*")] = self.download
        return server.url + prefix

    def _lookup(self, name):
        """GET /levels, /releases, /directions, …: a JSON list (the notebook takes an object for an error)."""
        def answer(request):
            self.lookups.append((name, request.headers.get("authorization", "")))
            if not self._logged_in(request):
                return 200, {}, {"status": False, "message": "Please log in to use this service"}
            if name == "releases":
                return 200, {}, list(RELEASES)
            return 200, {}, LOOKUPS[name] or sorted({str(f.get(_LOOKUP_FIELDS[name])) for f in self.files
                                                      if f.get(_LOOKUP_FIELDS[name]) is not None})
        return answer

    def expire_all(self):
        """Every query id issued so far expires (as they do when idle)."""
        self.expired |= self.issued

    def _logged_in(self, request):
        return self.token is None or request.headers.get("authorization") == "Bearer " + self.token

    def _busy(self):
        if self.busy:
            self.busy -= 1
            return True
        return False

    def search(self, request):
        if self._busy():
            return 429, {}, "Too Many Requests"
        if not self._logged_in(request):
            return 200, {}, {"status": False, "message": "Please log in to use this service"}
        body = json.loads(request.body.decode("utf-8"))
        self.searches.append(body)
        if not body.get("levels") or not body.get("releases"):
            return 200, {}, {"status": False, "message": "levels and releases are required"}
        # the notebook: a list of [lon, lat] points, the box is their min and max (one point is allowed)
        points = body.get("bbox") or []
        lons, lats = [float(p[0]) for p in points], [float(p[1]) for p in points]
        w, s, e, n = (min(lons), min(lats), max(lons), max(lats)) if points else (-180, -90, 180, 90)
        if e - w > 5 or n - s > 5:
            return 200, {}, {"status": False, "message": "The bbox is too large"}
        if body.get("tileId") == "E99N99":
            return 200, {}, {"status": False, "message": "Invalid tile ID"}
        if body.get("direction") is not None and body["direction"] not in LOOKUPS["directions"]:
            return 200, {}, {"status": False, "message": "Invalid direction"}
        cycle = body.get("burstCycle", body.get("burst_cycle"))
        orbit = body.get("relativeOrbit", body.get("relative_orbit"))
        hits = []
        for f in self.files:
            fw, fs, fe, fn = f["bbox"]
            if fe < w or fw > e or fn < s or fs > n:
                continue
            if f["productLevel"] not in body["levels"] or f["release"] not in body["releases"]:
                continue
            if body.get("productType") and f.get("productType") != body["productType"]:
                continue
            if body.get("direction") and (f.get("direction") or "").lower() != body["direction"]:
                continue
            if orbit is not None and f.get("relativeOrbit") != int(orbit):
                continue
            if cycle is not None and f.get("burstCycle") != int(cycle):
                continue
            hits.append(_hit(f))
        query_id = "%032x" % (0xE6550000 + len(self.searches))
        self.issued.add(query_id)
        return 200, {}, {"status": True, "hits": hits, "id": query_id, "message": ""}

    def download(self, request):
        name = unquote(request.path.rsplit("/", 1)[-1])
        query_id = (request.query.get("id") or [""])[0]
        self.downloads.append((name, query_id, request.headers.get("range", "")))
        if self._busy():
            return 429, {}, "Too Many Requests"
        if query_id not in self.issued or query_id in self.expired:
            return 401, {}, {"status": False, "message": "The query id has expired or is not valid"}
        entry = next((f for f in self.files if f["filename"] == name), None)
        if entry is None or not entry.get("path"):
            return 404, {}, {"message": "File not found"}
        with open(entry["path"], "rb") as f:
            data = f.read()
        start, status, headers = 0, 200, {"Content-Type": "application/zip", "Accept-Ranges": "bytes"}
        wanted = request.headers.get("range", "")
        if wanted.startswith("bytes="):
            start = int(wanted[6:].split("-")[0] or 0)
            if start >= len(data):
                return 416, {"Content-Range": "bytes */{}".format(len(data))}, ""
            status = 206
            headers["Content-Range"] = "bytes {}-{}/{}".format(start, len(data) - 1, len(data))
        body = data[start:]
        from .http_server import Cut, Slow

        if name in self.cut:
            return status, headers, Cut(body, self.cut.pop(name))
        if name in self.slow:
            return status, headers, Slow(body, chunk=2048, delay=0.02)
        return status, headers, body


def _footprint(lon, lat, heading, along=0.22, across=0.30):
    """A burst-like parallelogram around (lon, lat), tilted along the satellite heading."""
    a = math.radians(heading)
    k = 1 / max(0.2, math.cos(math.radians(lat)))
    u = (math.sin(a) * along / 2 * k, math.cos(a) * along / 2)  # along track
    v = (math.cos(a) * across / 2 * k, -math.sin(a) * across / 2)  # across track
    ring = [(lon - u[0] - v[0], lat - u[1] - v[1]), (lon + u[0] - v[0], lat + u[1] - v[1]),
            (lon + u[0] + v[0], lat + u[1] + v[1]), (lon - u[0] + v[0], lat - u[1] + v[1])]
    return [[round(x, 5), round(y, 5)] for x, y in ring + ring[:1]]


def _entry(path, level, release, lonlat, **extra):
    ring = extra.pop("ring", None)
    lon, lat = lonlat
    if ring is None:
        ring = [[lon - 0.1, lat - 0.1], [lon + 0.1, lat - 0.1], [lon + 0.1, lat + 0.1], [lon - 0.1, lat + 0.1],
                [lon - 0.1, lat - 0.1]]
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    poly = "POLYGON(({}))".format(", ".join("{} {}".format(x, y) for x, y in ring))
    entry = {"filename": os.path.basename(path), "filesize": os.path.getsize(path),
             "bbox": [min(xs), min(ys), max(xs), max(ys)], "poly": poly, "productLevel": level.upper(),
             "productType": {"L2A": "BASIC", "L2B": "CALIBRATED"}.get(level.upper(), ""), "release": release,
             "sub_release": 1, "version": "1.0", "path": path}
    entry.update(extra)
    return entry


def synthetic_index(folder, n_points=400, n_dates=40, bursts=True, spacing=20.0):
    """Write small synthetic EGMS zips into ``folder`` and return the archive's index entries for them.

    Around Ustica (38.7 N, 13.2 E, as the real samples): a descending and an ascending L2b burst of
    2020-2024 (plus, with ``bursts``, neighbouring bursts of both tracks for a realistic footprint map), an
    L3 U and E tile, a 2019-2023 burst; and one burst far away (Albania) that a search there must not
    return."""
    from clms_egms.core.egms.synthetic import write_egms

    os.makedirs(folder, exist_ok=True)
    files = []

    def burst(track, number, origin, ascending, release="2020-2024", shift=(0.0, 0.0)):
        heading = 349.0 if ascending else 191.4
        prefix = "ABCDEFGHIJ"[len(files)]  # pids differ between bursts, as real ones do
        path = write_egms(folder, "L2b", release, n_points, n_dates, seed=track * 10000 + number, track=track,
                          burst=number, origin=origin, ascending=ascending, pid_prefix=prefix, spacing=spacing)[0]
        lon, lat = 13.19 + shift[0], 38.71 + shift[1]
        return _entry(path, "L2B", release, (lon, lat), ring=_footprint(lon, lat, heading),
                      direction="ASCENDING" if ascending else "DESCENDING", relativeOrbit=track, burstCycle=number,
                      swath="IW2", polarization="VV")

    files.append(burst(22, 845, (4598000.0, 1740000.0), False))
    files.append(burst(117, 227, (4598300.0, 1740200.0), True))
    if bursts:  # neighbours along each track (same synthetic content, their own names)
        for k, dy in ((844, -0.19), (846, 0.19)):
            files.append(burst(22, k, (4598000.0, 1740000.0 + (k - 845) * 20000), False, shift=(0.04 * (k - 845), dy)))
        for k, dy in ((226, -0.19), (228, 0.19)):
            files.append(burst(117, k, (4598300.0, 1740200.0 + (k - 227) * 20000), True, shift=(-0.04 * (k - 227), dy)))
    files.append(burst(22, 845, (4598000.0, 1740000.0), False, release="2019-2023"))
    for component, product_type in (("U", "ORTHO-UP"), ("E", "ORTHO-EAST")):
        path = write_egms(folder, "L3", "2020-2024", n_points, n_dates, seed=7, component=component,
                          spacing=max(spacing, 100.0))[0]
        tile = [[12.62, 38.29], [13.77, 38.25], [13.83, 39.15], [12.67, 39.19], [12.62, 38.29]]
        files.append(_entry(path, "L3", "2020-2024", (13.2, 38.7), ring=tile, productType=product_type,
                            tileId="E45N17"))
    far = write_egms(folder, "L2b", "2020-2024", 50, n_dates, seed=3, track=44, burst=100,
                     origin=(5140000.0, 2050000.0), ascending=True)[0]
    files.append(_entry(far, "L2B", "2020-2024", (19.5, 41.3), direction="ASCENDING", relativeOrbit=44,
                        burstCycle=100))
    return files
