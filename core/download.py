"""Resumable file downloads, shared by the EGMS and CLMS clients.

A file arrives as ``<name>.part`` and is moved into place only when it is complete and checked (its size
against what was announced, a zip that opens), so a half-downloaded file is never taken for a whole one. A
transfer that breaks off resumes where it stopped (HTTP Range): at once, a few times, and on any later
attempt, since the ``.part`` file stays. A file already in the folder with the expected size is skipped.
HTTP 429: back off and try again, telling the user. HTTP 401 (an expired link) goes to ``renew`` (which may
get a fresh address) or becomes the error ``expired`` describes: those two are what services differ in.
"""
import json
import os
import re
import time
import zipfile
from dataclasses import dataclass

from .errors import PluginError
from .i18n import tr
from .log import log
from .paths import inside
from .network import HttpError, RequestCancelled, RequestTimeout, TransferInterrupted, retry_when_busy

BREAK_RETRIES = 4


class TooLarge(PluginError):
    """The server sent more than the size it announced."""


class LinkExpired(PluginError):
    """The server no longer accepts the download link (HTTP 401): trying again will not help."""


def announced_size(value) -> int:
    """A file size a server announced (a number, or its text), in bytes; 0 (unknown: the file is then checked
    as a zip) when it is not a count."""
    try:
        return max(0, int(value or 0))
    except (TypeError, ValueError, OverflowError):
        return 0


@dataclass
class DownloadItem:
    filename: str
    url: str
    size: int = 0  # bytes announced (by a search, a request status); 0: unknown
    hit: object = None  # what it came from (an EGMS search hit); None for a plain link

    @property
    def from_link(self) -> bool:
        return self.hit is None


@dataclass
class Fetched:
    item: DownloadItem
    path: str
    status: str  # "downloaded" or "present" (already in the folder, skipped)
    resumed_from: int = 0  # bytes that were already there when this download started


def _complete(path, size):
    if not os.path.isfile(path):
        return False
    if size:
        return os.path.getsize(path) == size
    return zipfile.is_zipfile(path)


class Downloader:
    """Fetches DownloadItems into a folder. Subclasses say what an expired link means (``renew``,
    ``expired``) and which headers a request carries (``headers``)."""

    service = ""  # "The EGMS service", for messages; empty: the host
    expired_statuses = (401,)  # the HTTP statuses that mean the link is no longer accepted

    def __init__(self, transport, sleep=time.sleep):
        self.transport = transport
        self.sleep = sleep

    def headers(self, item, feedback) -> dict:
        return {}

    def renew(self, item, feedback) -> bool:
        """HTTP 401: make ``item.url`` fresh and return True to try again, or return False."""
        return False

    def expired(self, item) -> Exception:
        """The error for a link the server no longer accepts (HTTP 401)."""
        return LinkExpired(tr("The download link of {file} has expired.").format(file=item.filename))

    def fetch(self, item, folder: str, feedback=None) -> "Fetched":
        """Download ``item`` into ``folder``; a :class:`Fetched`, or a PluginError saying what went wrong
        (whatever arrived stays in ``<name>.part`` for the next attempt)."""
        dest = inside(folder, item.filename, ".part")  # the name came from a server: refused if not plain
        os.makedirs(folder, exist_ok=True)
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
                                        self.sleep, self.service)
                if item.size and total not in (None, item.size):
                    os.remove(part)
                    raise PluginError(_size_differs(item, total))
                if not item.size or os.path.getsize(part) >= item.size:
                    break
                raise TransferInterrupted("short", item.url)  # the server ended the body early
            except TooLarge:
                os.remove(part)
                raise
            except HttpError as exc:
                if exc.status in self.expired_statuses and not renewed and self.renew(item, feedback):
                    renewed = True
                    continue
                if exc.status in self.expired_statuses:
                    raise self.expired(item) from None
                if exc.status == 416 and os.path.exists(part):
                    os.remove(part)  # the server has less than we hold: start again
                    continue
                if exc.status == 404:
                    raise PluginError(tr("{service} does not have {file} (HTTP 404).").format(
                        service=self.service or tr("The server"), file=item.filename)) from None
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
        headers = self.headers(item, feedback)
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

            def write(data):  # never past the size announced: a server cannot fill the disk
                if item.size and out.tell() + len(data) > item.size:
                    if announced.get("total") not in (None, item.size):
                        raise TooLarge(_size_differs(item, announced["total"]))
                    raise TooLarge(tr("The server sent more than the {size} bytes announced for {file}: stopped; "
                                      "what arrived was discarded.").format(size=item.size, file=item.filename))
                out.write(data)
                out.flush()  # what arrived is on disk (Python 3.14 buffers 128 KiB): a resume after a crash
                # of QGIS, or a cancel, starts from it

            self.transport.stream(item.url, write, headers=headers, feedback=feedback, on_headers=started,
                                  on_progress=progress)
        return announced.get("total")

    def _check(self, item, part):
        size = os.path.getsize(part)
        if item.size and size != item.size:
            os.remove(part)
            raise PluginError(tr("{file} arrived with {got} bytes where the search announced {expected}: it was "
                                 "discarded. Download it again.").format(file=item.filename, got=size,
                                                                         expected=item.size))
        if not zipfile.is_zipfile(part):  # EGMS files and CLMS results are zips, whatever the name says
            message = _service_message(part)
            os.remove(part)
            if message:
                raise PluginError(tr("The service did not send {file}: {message}").format(
                    file=item.filename, message=message))
            raise PluginError(tr("{file} arrived damaged (not a complete zip) and was discarded. Download it "
                                 "again.").format(file=item.filename))


class FolderFailure(PluginError):
    """The download folder could not take a file (not writable, the disk full): the files after it would fail
    the same way."""


def fetch_one(downloader, item, folder: str, feedback=None) -> "Fetched":
    """One file of a download queue, the one policy of the EGMS tab and of Processing: its Fetched, or the
    PluginError that says why this file failed (the queue goes on with the next file); a FolderFailure is raised
    (the queue stops: the next files would not fit either), and so is a cancel."""
    try:
        return downloader.fetch(item, folder, feedback)
    except (RequestCancelled, FolderFailure):
        raise
    except PluginError as exc:
        return exc
    except OSError as exc:
        raise FolderFailure(tr("{file} could not be saved in {folder}: {reason}. The downloads after it were not "
                               "started.").format(file=item.filename, folder=folder,
                                                  reason=exc.strerror or exc)) from None


def _size_differs(item, total):
    return tr("{file} is {got} bytes on the server where the search announced {expected}: not downloaded. Search "
              "again.").format(file=item.filename, got=total, expected=item.size)


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
