"""A loopback EGMS archive API, reproducing the contract of ../shared/api/EGMS.md and its quirks."""
import json


class EgmsArchive:
    """Routes for LoopbackServer: /releases, /search over a small file index, with the service's quirks.

    ``files``: dicts with filename, filesize, bbox [w, s, e, n], productLevel, productType, release,
    direction, relativeOrbit, burstId, tileId. ``token``: the bearer token it accepts (None: no login).
    ``busy``: how many next calls answer HTTP 429."""

    def __init__(self, files, token=None):
        self.files = files
        self.token = token
        self.busy = 0
        self.searches = []

    def install(self, server, prefix="/insar-api/archive"):
        server.routes[("GET", prefix + "/releases")] = self.releases
        server.routes[("POST", prefix + "/search")] = self.search
        return server.url + prefix

    def _logged_in(self, request):
        return self.token is None or request.headers.get("authorization") == "Bearer " + self.token

    def releases(self, request):
        return 200, {}, {"releases": ["2015-2021", "2018-2022", "2019-2023", "2020-2024"]}

    def search(self, request):
        if self.busy:
            self.busy -= 1
            return 429, {}, "Too Many Requests"
        if not self._logged_in(request):
            return 200, {}, {"status": False, "message": "Please log in to use this service"}
        body = json.loads(request.body.decode("utf-8"))
        self.searches.append(body)
        (w, s), (e, n) = body["bbox"]
        if e - w > 5 or n - s > 5:
            return 200, {}, {"status": False, "message": "The bbox is too large"}
        if body.get("tileId") == "E99N99":
            return 200, {}, {"status": False, "message": "Invalid tile ID"}
        hits = []
        for f in self.files:
            fw, fs, fe, fn = f["bbox"]
            if fe < w or fw > e or fn < s or fs > n:
                continue
            if f["productLevel"] not in body["levels"] or f["release"] not in body["releases"]:
                continue
            if body.get("productType") and f.get("productType") != body["productType"]:
                continue
            if body.get("direction") and f.get("direction") != body["direction"]:
                continue
            hits.append(dict(f))
        return 200, {}, {"status": True, "hits": hits, "id": "%032x" % len(self.searches), "message": ""}
