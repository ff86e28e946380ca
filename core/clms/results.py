"""A finished CLMS download: its zip unpacked (zips inside it too) and the data files in it found.

Unpacking goes to a temporary folder beside the destination, which is renamed into place only once
everything is out, so nothing half-unpacked is ever loaded. Entries that would land outside the folder
(``../``, absolute paths) are refused.
"""
import os
from typing import List
import shutil
import zipfile
import zlib

from .. import zips
from ..download import DownloadItem, Downloader, LinkExpired, announced_size
from ..errors import PluginError
from ..i18n import tr
from ..paths import inside, plain_id, within

MAX_UNPACKED = 50 * 10 ** 9  # bytes a result may unpack to, unless the settings say otherwise (max_unpack_gb)
RASTERS = (".tif", ".tiff", ".nc", ".img", ".jp2")
VECTORS = (".gpkg", ".shp", ".geojson", ".gml", ".kml", ".sqlite")


class ResultDownloader(Downloader):
    """The result file of a finished CLMS request (its DownloadURL). How the result store answers a link past its
    days is not documented: 401, 403 (an expired signed address), 404 (the file cleaned away) and 410 all mean
    the result is gone, and asking again every poll would not bring it back."""

    expired_statuses = (401, 403, 404, 410)

    def expired(self, item) -> Exception:
        return LinkExpired(tr("The link to {file} has expired (the CLMS keeps results for a few days): request the "
                              "data again.").format(file=item.filename))


def fetch_result(transport, task_id: str, url: str, size, folder: str, feedback=None,
                 max_total: int = MAX_UNPACKED) -> List[str]:
    """Download the result of the CLMS request ``task_id`` (its DownloadURL and FileSize) into ``folder`` as
    ``CLMS_<id>.zip`` (resumable), unpack it into ``CLMS_<id>/`` (at most ``max_total`` bytes) and return its
    data files. The id came from the server: only its letters, digits, ``_`` and ``-`` go into the names."""
    stem = "CLMS_" + plain_id(task_id)
    if stem == "CLMS_":
        raise PluginError(tr("The CLMS gave the request id “{id}”, which cannot name a file: not downloaded.").format(
            id=str(task_id)[:80]))
    fetched = ResultDownloader(transport).fetch(DownloadItem(stem + ".zip", str(url or ""), announced_size(size)),
                                                folder, feedback)
    return unpack(fetched.path, inside(folder, stem, ".unpacking"), max_total)


def _extract(zip_path, folder, max_total, root=None, depth=0):
    """Unpack ``zip_path`` into ``folder`` (zips inside it too, two levels down) in bounded memory; all of it
    together at most ``max_total`` bytes (core/zips.py refuses a member that unpacks to more than its zip says)."""
    try:
        with zipfile.ZipFile(zip_path) as archive:
            for info in archive.infolist():
                if not within(folder, info.filename):
                    raise PluginError(tr("{file} holds an entry outside its folder ({entry}): not unpacked.").format(
                        file=os.path.basename(zip_path), entry=info.filename))
        os.makedirs(folder, exist_ok=True)
        for info in zips.check_total(zip_path, folder, max_total - _used(root or folder)):
            parts = [p for p in info.filename.replace("\\", "/").split("/") if p not in ("", ".")]
            target = folder
            for part in parts[:-1] if not info.is_dir() else parts:
                target = inside(target, part)  # each level a plain name that stays inside
                os.makedirs(target, exist_ok=True)
            if not info.is_dir() and parts:
                zips.copy_member(zip_path, info, inside(target, parts[-1]))
    except zips.Refused as exc:
        raise PluginError(exc.text(tr)) from None
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise PluginError(tr("{file} is not a complete zip file: download it again.").format(
            file=os.path.basename(zip_path))) from None
    if depth < 2:
        for dirpath, _dirs, files in os.walk(folder):
            for name in files:
                if name.lower().endswith(".zip"):
                    inner = os.path.join(dirpath, name)
                    _extract(inner, os.path.join(dirpath, name[:-4]), max_total, root or folder, depth + 1)
                    os.remove(inner)


def _used(folder):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _s, files in os.walk(folder) for f in files)


def unpack(zip_path: str, dest: str, max_total: int = MAX_UNPACKED) -> List[str]:
    """Unpack ``zip_path`` into the folder ``dest`` (made whole or not at all, at most ``max_total`` bytes);
    returns the data files."""
    if not os.path.isdir(dest):
        work = dest + ".unpacking"
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
        try:
            _extract(zip_path, work, max_total)
        except PluginError:
            shutil.rmtree(work, ignore_errors=True)
            raise
        except OSError as exc:  # a full disk; a name used as a file and then as a folder (a symlink entry)
            shutil.rmtree(work, ignore_errors=True)
            raise PluginError(tr("{file} could not be unpacked: {reason}").format(
                file=os.path.basename(zip_path), reason=exc.strerror or exc)) from None
        os.replace(work, dest)
    files = data_files(dest)
    if not files:
        raise PluginError(tr("{file} holds no raster or vector data QGIS can open.").format(
            file=os.path.basename(zip_path)))
    return files


def data_files(folder: str) -> List[str]:
    """Rasters, then vectors (File geodatabases as their .gdb folder), in ``folder`` and below."""
    rasters, vectors = [], []
    for dirpath, dirs, files in os.walk(folder):
        for d in list(dirs):
            if d.lower().endswith(".gdb"):
                vectors.append(os.path.join(dirpath, d))
                dirs.remove(d)
        for name in sorted(files):
            lower = name.lower()
            if lower.endswith(RASTERS):
                rasters.append(os.path.join(dirpath, name))
            elif lower.endswith(VECTORS):
                vectors.append(os.path.join(dirpath, name))
    return sorted(rasters) + sorted(vectors)
