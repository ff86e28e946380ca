"""Download EGMS files: found by a search (with the service key), or from links copied from the EGMS Explorer.

The mechanism (``.part`` files, resume, size checks, 429) is ``core.download``. What is EGMS's own: HTTP 401
on a search hit means its query id expired, so search again for a new one; on a pasted link it means the link
expired, and the message says what to do.
"""
import os
import re
import time
from typing import Tuple
from urllib.parse import unquote

from ..download import DownloadItem, Fetched  # noqa: F401 (part of this module's interface)
from ..download import Downloader as _Downloader
from ..download import LinkExpired
from ..errors import PluginError
from ..i18n import tr
from ..log import log, warn_user
from .formats import parse_file_name

LINK_RE = re.compile(r"https?://[^\s\"'<>]+/download/([^/?\s\"'<>]+\.zip)\?id=([0-9A-Za-z]+)", re.IGNORECASE)


class Downloader(_Downloader):
    """EGMS files. ``api``: the EgmsApi of the search (its token, renewals); links go without it."""

    def __init__(self, transport, api=None, sleep=time.sleep):
        super().__init__(transport, sleep)
        self.api = api
        self.service = tr("The EGMS service")

    def headers(self, item, feedback) -> dict:
        return {} if item.from_link or self.api is None else self.api.auth_headers(feedback)

    def renew(self, item, feedback) -> bool:
        if item.from_link or self.api is None:
            return False
        warn_user(feedback, tr("The EGMS search behind {file} expired: searching again.").format(file=item.filename))
        item.url = self.api.download_url(item.filename, self.api.renew(item.hit, feedback))
        return True

    def expired(self, item) -> Exception:
        if item.from_link:
            return LinkExpired(tr("The link for {file} has expired (EGMS Explorer links work only while their search "
                                  "is fresh). Export new links from the EGMS Explorer, or import your CLMS service key "
                                  "in the Settings and search here.").format(file=item.filename))
        return PluginError(tr("The EGMS service no longer accepts the search behind {file}, even renewed: search "
                              "again.").format(file=item.filename))


def items_from_hits(api, hits) -> list:
    return [DownloadItem(h.filename, api.download_url(h.filename, h.query_id), h.filesize, h) for h in hits]


def parse_links(text: str) -> Tuple[list, list]:
    """Download items from text holding EGMS Explorer links (one per line, as in egms-archive-links.txt).
    Returns (items, rejected): ``rejected`` are the non-empty lines that hold no such link."""
    items, rejected, seen = [], [], set()
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        matches = list(LINK_RE.finditer(line))
        if not matches:
            rejected.append(line)
        for m in matches:
            name = unquote(m.group(1))
            if name not in seen and parse_file_name(name) is not None:
                seen.add(name)
                items.append(DownloadItem(name, m.group(0)))
            elif parse_file_name(name) is None:
                rejected.append(line)
    return items, rejected


def read_links_file(path: str) -> list:
    """Download items from an exported ``egms-archive-links.txt``; PluginError when it holds none."""
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as f:
            text = f.read(10_000_000)
    except OSError as exc:
        raise PluginError(tr("Cannot read {file}: {reason}").format(file=path, reason=exc.strerror)) from None
    items, rejected = parse_links(text)
    if not items:
        raise PluginError(tr("{file} holds no EGMS download links (lines like https://egms.land.copernicus.eu/"
                             "insar-api/archive/download/EGMS_….zip?id=…).").format(file=os.path.basename(path)))
    if rejected:
        log.warning("%s: %d lines are not EGMS download links, ignored (first: %s)", path, len(rejected), rejected[0])
    return items
