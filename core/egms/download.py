"""Download EGMS files: found by a search (with the service key), or from links copied from the EGMS Explorer.

A file arrives as ``<name>.part`` and is moved into place only when it is complete and checked (its size
against the search hit, a zip that opens), so a half-downloaded file is never taken for a whole one. A
transfer that breaks off resumes where it stopped (HTTP Range): at once, a few times, and on any later
attempt, since the ``.part`` file stays. A file already in the folder with the expected size is skipped.
HTTP 429: back off and try again, telling the user. HTTP 401: for a search hit the query id expired, so
search again for a new one; for a pasted link the link expired, and the message says what to do.
"""
import json
import os
import re
import time
import zipfile
from dataclasses import dataclass
from urllib.parse import unquote

from ..errors import PluginError
from ..i18n import tr
from ..log import log, warn_user
from ..network import HttpError, RequestCancelled, RequestTimeout, TransferInterrupted
from .api import retry_when_busy
from .formats import parse_file_name

BREAK_RETRIES = 4
LINK_RE = re.compile(r"https?://[^\s\"'<>]+/download/([^/?\s\"'<>]+\.zip)\?id=([0-9A-Za-z]+)", re.IGNORECASE)


@dataclass
class DownloadItem:
    filename: str
    url: str
    size: int = 0  # bytes announced by the search; 0: unknown (a pasted link)
    hit: object = None  # the api.Hit it came from; None for a pasted link

    @property
    def from_link(self):
        return self.hit is None


@dataclass
class Fetched:
    item: DownloadItem
    path: str
    status: str  # "downloaded" or "present" (already in the folder, skipped)
    resumed_from: int = 0  # bytes that were already there when this download started


def items_from_hits(api, hits):
    return [DownloadItem(h.filename, api.download_url(h.filename, h.query_id), h.filesize, h) for h in hits]


def parse_links(text):
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


def read_links_file(path):
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


def _complete(path, size):
    if not os.path.isfile(path):
        return False
    if size:
        return os.path.getsize(path) == size
    return zipfile.is_zipfile(path)


class Downloader:
    """Fetches DownloadItems into a folder. ``api``: the EgmsApi of the search (its token, renewals);
    links are fetched without it."""

    def __init__(self, transport, api=None, sleep=time.sleep):
        self.transport = transport
        self.api = api
        self.sleep = sleep

    def fetch(self, item, folder, feedback=None):
        """Download ``item`` into ``folder``; a :class:`Fetched`, or a PluginError saying what went wrong
        (whatever arrived stays in ``<name>.part`` for the next attempt)."""
        os.makedirs(folder, exist_ok=True)
        dest = os.path.join(folder, item.filename)
        if _complete(dest, item.size):
            log.info("%s is already in %s: skipped", item.filename, folder)
            return Fetched(item, dest, "present")
        part = dest + ".part"
        if item.size and os.path.exists(part) and os.path.getsize(part) > item.size:
            os.remove(part)  # longer than the file can be: not ours to resume
        resumed_from = os.path.getsize(part) if os.path.exists(part) else 0
        if resumed_from:
            log.info("%s: resuming after %d bytes", item.filename, resumed_from)
        breaks = 0
        renewed = False
        while not (item.size and os.path.exists(part) and os.path.getsize(part) == item.size):
            if feedback is not None and feedback.isCanceled():
                break
            try:
                total = retry_when_busy(lambda: self._get(item, part, feedback), item.filename, feedback,
                                        self.sleep)
                if item.size and total not in (None, item.size):
                    os.remove(part)
                    raise PluginError(tr("{file} is {got} bytes on the server where the search announced {expected}:"
                                         " not downloaded. Search again.").format(
                        file=item.filename, got=total, expected=item.size))
                if not item.size or os.path.getsize(part) >= item.size:
                    break
                raise TransferInterrupted("short", item.url)  # the server ended the body early
            except HttpError as exc:
                if exc.status == 401 and not item.from_link and self.api is not None and not renewed:
                    warn_user(feedback, tr("The EGMS search behind {file} expired: searching again.").format(
                        file=item.filename))
                    item.url = self.api.download_url(item.filename, self.api.renew(item.hit, feedback))
                    renewed = True
                    continue
                if exc.status == 401 and item.from_link:
                    raise PluginError(tr("The link for {file} has expired (EGMS Explorer links work only while "
                                         "their search is fresh). Export new links from the EGMS Explorer, or "
                                         "import your CLMS service key in the Settings and search here."
                                         ).format(file=item.filename)) from None
                if exc.status == 416 and os.path.exists(part):
                    os.remove(part)  # the server has less than we hold: start again
                    continue
                if exc.status == 404:
                    raise PluginError(tr("{file} is not on the EGMS server (HTTP 404).").format(
                        file=item.filename)) from None
                raise PluginError(tr("{file} could not be downloaded: {error}").format(
                    file=item.filename, error=exc)) from None
            except (TransferInterrupted, RequestTimeout) as exc:
                breaks += 1
                held = os.path.getsize(part) if os.path.exists(part) else 0
                if breaks > BREAK_RETRIES:
                    raise PluginError(tr("The download of {file} broke off {n} times ({error}); the {mb:.1f} MB "
                                         "received are kept: download it again to resume.").format(
                        file=item.filename, n=breaks, error=exc, mb=held / 1e6)) from None
                log.warning("%s broke off after %d bytes (%s): resuming", item.filename, held, exc)
                self.sleep(min(10, breaks))
        if feedback is not None and feedback.isCanceled():
            raise RequestCancelled(tr("Download of {file} cancelled; what arrived is kept to resume.").format(
                file=item.filename), item.url)
        self._check(item, part)
        os.replace(part, dest)
        log.info("%s downloaded to %s (%d bytes%s)", item.filename, folder, os.path.getsize(dest),
                 ", resumed after {}".format(resumed_from) if resumed_from else "")
        return Fetched(item, dest, "downloaded", resumed_from)

    def _get(self, item, part, feedback):
        offset = os.path.getsize(part) if os.path.exists(part) else 0
        headers = {} if item.from_link or self.api is None else self.api.auth_headers(feedback)
        if offset:
            headers["Range"] = "bytes={}-".format(offset)
        announced = {}
        with open(part, "ab") as out:
            def started(status, response_headers):
                start, total = _content_range(response_headers.get("content-range", "")) if status == 206 else (0, None)
                if status != 206:
                    length = response_headers.get("content-length", "")
                    total = int(length) if length.isdigit() else None
                announced["total"] = total
                if start != offset or status != 206:  # the whole file comes (again): start from zero
                    out.seek(0)
                    out.truncate()

            def progress(done, total):
                if feedback is not None:
                    whole = item.size or (offset + total if total > 0 else 0)
                    if whole:
                        feedback.setProgress(min(100.0, 100.0 * (out.tell()) / whole))

            self.transport.stream(item.url, out.write, headers=headers, feedback=feedback, on_headers=started,
                                  on_progress=progress)
        return announced.get("total")

    def _check(self, item, part):
        size = os.path.getsize(part)
        if item.size and size != item.size:
            os.remove(part)
            raise PluginError(tr("{file} arrived with {got} bytes where the search announced {expected}: it was "
                                 "discarded. Download it again.").format(file=item.filename, got=size,
                                                                         expected=item.size))
        if item.filename.lower().endswith(".zip") and not zipfile.is_zipfile(part):
            message = _service_message(part)
            os.remove(part)
            if message:
                raise PluginError(tr("The EGMS service did not send {file}: {message}").format(
                    file=item.filename, message=message))
            raise PluginError(tr("{file} arrived damaged (not a complete zip) and was discarded. Download it "
                                 "again.").format(file=item.filename))


def _content_range(value):
    """(first byte, total size or None) of a Content-Range header; (-1, None) when unreadable."""
    m = re.match(r"bytes\s+(\d+)-\d+/(\d+|\*)", value or "")
    if not m:
        return -1, None
    return int(m.group(1)), int(m.group(2)) if m.group(2).isdigit() else None


def _service_message(path):
    """The message of a JSON answer the service sent instead of a file ("status": false on HTTP 200)."""
    if os.path.getsize(path) > 65536:
        return ""
    try:
        with open(path, encoding="utf-8") as f:
            body = json.load(f)
    except (OSError, ValueError):
        return ""
    return str(body.get("message") or "") if isinstance(body, dict) else ""
