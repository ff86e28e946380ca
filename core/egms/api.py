"""Client of the EGMS archive API: releases, and searching the files of an area.

Contract: ../shared/api/EGMS.md. Quirks handled here: "status": false answers on HTTP 200 (not
logged in, invalid tile id), at most 5 degrees a side per search (larger areas are split and the hits
merged), HTTP 429 (back off and retry), and the bearer token from the shared CLMS service key.
"""
import math
import time
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple
from urllib.parse import quote

from ..auth import load_service_key, tokens_for
from ..download import announced_size
from ..errors import PluginError, excerpt
from ..i18n import tr
from ..log import log
from ..network import Transport, retry_when_busy
from ..paths import plain_name
from .formats import parse_file_name

MAX_SIDE_DEG = 5.0
MAX_SEARCHES = 16  # an area needing more searches than this (e.g. over 20 x 20 degrees) is refused
KNOWN_RELEASES = ["2020-2024", "2019-2023", "2018-2022", "2015-2021"]  # until the service's list arrives
PRODUCTS = {"L2a": ("L2A", None), "L2b": ("L2B", None), "L3U": ("L3", "ORTHO-UP"), "L3E": ("L3", "ORTHO-EAST")}
DEFAULT_PRODUCT = "L2b"  # the main product
DIRECTIONS = ["", "ASCENDING", "DESCENDING"]  # "": either


def product_choices() -> List[Tuple[str, str]]:
    """(code, label) of each product a search asks for, as the EGMS tab and Processing offer them (in Processing's
    order, PRODUCTS': a saved model keeps the index)."""
    labels = {"L2a": tr("L2a basic (line of sight)"), "L2b": tr("L2b calibrated (line of sight)"),
              "L3U": tr("L3 vertical (up)"), "L3E": tr("L3 east-west")}
    return [(code, labels[code]) for code in PRODUCTS]


def direction_choices() -> List[Tuple[str, str]]:
    """(code, label) of the orbit directions a search of L2 files can keep."""
    labels = {"": tr("Any"), "ASCENDING": tr("Ascending"), "DESCENDING": tr("Descending")}
    return [(code, labels[code]) for code in DIRECTIONS]


@dataclass
class Hit:
    filename: str
    filesize: int
    query_id: str
    bbox: list = field(default_factory=list)
    level: str = ""
    release: str = ""
    direction: str = ""
    track: int = None  # relative orbit
    burst: int = None  # burst cycle (the service's burstCycle, "0845")
    tile: str = ""
    burst_id: str = ""  # the service's burstId: an opaque string (relative orbit, burst cycle, swath, polarisation)
    raw: dict = field(default_factory=dict)
    query: dict = field(default_factory=dict)  # the search body that found it (to search again for a new id)


def split_bbox(west: float, south: float, east: float, north: float, max_side: float = MAX_SIDE_DEG
               ) -> List[Tuple[float, float, float, float]]:
    """The area as boxes of at most ``max_side`` degrees a side (west, south, east, north)."""
    if west >= east or south >= north:
        raise PluginError(tr("The search area is empty."))
    nx, ny = math.ceil((east - west) / max_side), math.ceil((north - south) / max_side)
    dx, dy = (east - west) / nx, (north - south) / ny
    return [(west + i * dx, south + j * dy, west + (i + 1) * dx, south + (j + 1) * dy)
            for j in range(ny) for i in range(nx)]


def client(settings, with_key: bool = True) -> "EgmsApi":
    """The EGMS client for the user's settings; ``with_key``: with the access token of their service key
    (loaded from QGIS's authentication database: call it on the main thread, where QGIS can ask for the
    master password)."""
    transport = Transport(settings.timeout_s)
    tokens = tokens_for(load_service_key(settings.auth_config_id), transport) if with_key else None
    return EgmsApi(settings.egms_api_url, transport, tokens)


class EgmsApi:
    def __init__(self, base_url: str, transport: Transport, tokens=None, sleep=time.sleep):
        self.base_url = base_url.rstrip("/")
        self.transport = transport
        self.tokens = tokens
        self.sleep = sleep
        self._directions = None  # the service's spellings, read once

    def _headers(self, feedback):
        return {"Authorization": "Bearer " + self.tokens.token(feedback)} if self.tokens else {}

    def auth_headers(self, feedback=None) -> Dict[str, str]:
        """The bearer-token header for calls outside this client (downloads)."""
        return self._headers(feedback)

    def download_url(self, filename: str, query_id: str) -> str:
        return "{}/download/{}?id={}".format(self.base_url, quote(filename), query_id)

    def _call(self, method, path, body=None, feedback=None):
        url = self.base_url + path

        def call():
            if method == "POST":
                return self.transport.post_json(url, body, headers=self._headers(feedback), feedback=feedback)
            return self.transport.get_json(url, headers=self._headers(feedback), feedback=feedback)

        answer = retry_when_busy(call, tr("the search"), feedback, self.sleep, tr("The EGMS service"))
        if isinstance(answer, dict) and answer.get("status") is False:
            message = str(answer.get("message") or "")
            if "log in" in message.lower():
                raise PluginError(tr("The EGMS service asks to log in: import your CLMS service key in the plugin's "
                                     "Settings (or check that it is still valid)."))
            raise PluginError(tr("The EGMS service refused the request: {message}").format(message=message))
        return answer

    def releases(self, feedback=None) -> List[str]:
        """The service's releases ("2020-2024", …), newest first."""
        answer = self._call("GET", "/releases", feedback=feedback)
        items = answer.get("releases", []) if isinstance(answer, dict) else answer
        if not isinstance(items, list):
            raise PluginError(tr("The EGMS service answered the list of releases with something other than a list "
                                 "(got: {excerpt}).").format(excerpt=excerpt(answer)))
        names = {str(r.get("name") or r.get("release") or "") if isinstance(r, dict) else str(r)
                 for r in items or []}
        return sorted((n for n in names if n), reverse=True)

    def _direction(self, direction, feedback):
        """``direction`` spelled as the service's /directions list spells it (its spelling is not documented;
        the official notebook sends lower case, which is used where the list cannot be read)."""
        if self._directions is None:
            try:
                answer = self._call("GET", "/directions", feedback=feedback)
                self._directions = [str(d) for d in answer] if isinstance(answer, list) else []
            except PluginError as exc:
                log.warning("EGMS /directions could not be read (%s): sending lower case", exc)
                self._directions = []
        return next((d for d in self._directions if d.lower() == direction.lower()), direction.lower())

    def search(self, product: str, release: str, bbox: Tuple[float, float, float, float],
               direction: Optional[str] = None, track: Optional[int] = None, feedback=None) -> List["Hit"]:
        """Files of ``product`` (L2a, L2b, L3U, L3E) and ``release`` ("2020-2024") in ``bbox`` (west, south,
        east, north in degrees), as Hits; areas wider than 5 degrees are searched box by box."""
        if product not in PRODUCTS:
            raise ValueError(product)
        level, product_type = PRODUCTS[product]
        hits = {}
        boxes = split_bbox(*bbox)
        if len(boxes) > MAX_SEARCHES:
            raise PluginError(tr("The area is too large to search: {w:.1f}° × {h:.1f}° would take {n} searches (the "
                                 "EGMS service takes at most 5° a side, and the plugin makes at most {max}). Choose a "
                                 "smaller area.").format(w=bbox[2] - bbox[0], h=bbox[3] - bbox[1], n=len(boxes),
                                                         max=MAX_SEARCHES))
        for n, (w, s, e, no) in enumerate(boxes):
            if feedback is not None:
                if feedback.isCanceled():
                    break
                feedback.setProgress(100.0 * n / len(boxes))
            body = {"levels": [level], "releases": [release], "bbox": [[w, s], [e, no]]}
            if product_type:
                body["productType"] = product_type
            if direction:
                body["direction"] = self._direction(direction, feedback)
            if track:
                body["relativeOrbit"] = int(track)
            query_id, found = self._search(body, feedback)
            for raw in found:
                name = raw["filename"]
                if name not in hits:
                    hits[name] = _hit(raw, query_id, body)
        return sorted(hits.values(), key=lambda h: h.filename)

    def _search(self, body, feedback):
        """(query id, hits) of one POST /search; hits are dicts whose ``filename`` is a plain .zip file name
        (others are left out and logged: a name is never trusted to pick a path)."""
        answer = self._call("POST", "/search", body, feedback)
        found = answer.get("hits") if isinstance(answer, dict) else None
        if not isinstance(found, list) or not isinstance(answer.get("id", ""), (str, int)):
            raise PluginError(tr("The EGMS service answered the search with something other than a list of files "
                                 "(expected an object with “hits” and “id”, got: {excerpt}). Try again later.").format(
                excerpt=excerpt(answer)))
        kept = []
        for raw in found:
            name = raw.get("filename") if isinstance(raw, dict) else None
            if isinstance(name, str) and name and plain_name(name) == name and name.lower().endswith(".zip"):
                kept.append(raw)
            else:
                log.warning("EGMS search: a hit without a plain .zip file name was left out: %s", excerpt(raw))
        return str(answer.get("id", "")), kept

    def renew(self, hit: "Hit", feedback=None) -> str:
        """Search again with the query that found ``hit`` (its id expired): ``hit`` gets the new id."""
        query_id, found = self._search(hit.query, feedback)
        if not any(raw["filename"] == hit.filename for raw in found):
            raise PluginError(tr("{file} is no longer offered by the EGMS service: search again.").format(
                file=hit.filename))
        hit.query_id = query_id
        log.info("EGMS query renewed for %s", hit.filename)
        return hit.query_id


def _hit(raw, query_id, body):
    """A Hit from one search hit. Numbers may come as numbers or text ("0845"); a field that is missing or
    unreadable falls back to what the file name says (EGMS_L2b_<track>_<burst>_…)."""
    name = parse_file_name(raw["filename"])
    track, burst = _number(raw.get("relativeOrbit")), _number(raw.get("burstCycle"))
    return Hit(raw["filename"], announced_size(raw.get("filesize")), query_id, raw.get("bbox") or [],
               str(raw.get("productLevel") or ""), str(raw.get("release") or ""), str(raw.get("direction") or ""),
               track if track is not None else getattr(name, "track", None),
               burst if burst is not None else getattr(name, "burst", None),
               str(raw.get("tileId") or getattr(name, "tile", None) or ""), str(raw.get("burstId") or ""), raw, body)


def _number(value):
    """An integer from a number or its text ("0845" -> 845); None when it is neither."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = str(value or "").strip()
    return int(text) if text.isdigit() else None
