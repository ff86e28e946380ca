"""A finished CLMS download: its zip unpacked (zips inside it too) and the data files in it found.

Unpacking goes to a temporary folder beside the destination, which is renamed into place only once
everything is out, so nothing half-unpacked is ever loaded. Entries that would land outside the folder
(``../``, absolute paths) are refused.
"""
import os
import shutil
import zipfile

from ..download import DownloadItem, Downloader, LinkExpired, announced_size
from ..errors import PluginError
from ..i18n import tr
from ..paths import inside, plain_id, within

RASTERS = (".tif", ".tiff", ".nc", ".img", ".jp2")
VECTORS = (".gpkg", ".shp", ".geojson", ".gml", ".kml", ".sqlite")


class ResultDownloader(Downloader):
    """The result file of a finished CLMS request (its DownloadURL). How the result store answers a link past its
    days is not documented: 401, 403 (an expired signed address), 404 (the file cleaned away) and 410 all mean
    the result is gone, and asking again every poll would not bring it back."""

    expired_statuses = (401, 403, 404, 410)

    def expired(self, item):
        return LinkExpired(tr("The link to {file} has expired (the CLMS keeps results for a few days): request the "
                              "data again.").format(file=item.filename))


def fetch_result(transport, task_id, url, size, folder, feedback=None):
    """Download the result of the CLMS request ``task_id`` (its DownloadURL and FileSize) into ``folder`` as
    ``CLMS_<id>.zip`` (resumable), unpack it into ``CLMS_<id>/`` and return its data files. The id came from
    the server: only its letters, digits, ``_`` and ``-`` go into the names."""
    stem = "CLMS_" + plain_id(task_id)
    if stem == "CLMS_":
        raise PluginError(tr("The CLMS gave the request id “{id}”, which cannot name a file: not downloaded.").format(
            id=str(task_id)[:80]))
    fetched = ResultDownloader(transport).fetch(DownloadItem(stem + ".zip", str(url or ""), announced_size(size)),
                                                folder, feedback)
    return unpack(fetched.path, inside(folder, stem, ".unpacking"))


def _extract(zip_path, folder, depth=0):
    try:
        with zipfile.ZipFile(zip_path) as archive:
            for info in archive.infolist():
                if not within(folder, info.filename):
                    raise PluginError(tr("{file} holds an entry outside its folder ({entry}): not unpacked.").format(
                        file=os.path.basename(zip_path), entry=info.filename))
            archive.extractall(folder)  # nosec B202 (every entry checked above)
    except zipfile.BadZipFile:
        raise PluginError(tr("{file} is not a complete zip file: download it again.").format(
            file=os.path.basename(zip_path))) from None
    if depth < 2:
        for dirpath, _dirs, files in os.walk(folder):
            for name in files:
                if name.lower().endswith(".zip"):
                    inner = os.path.join(dirpath, name)
                    _extract(inner, os.path.join(dirpath, name[:-4]), depth + 1)
                    os.remove(inner)


def unpack(zip_path, dest):
    """Unpack ``zip_path`` into the folder ``dest`` (made whole or not at all); returns the data files."""
    if not os.path.isdir(dest):
        work = dest + ".unpacking"
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
        try:
            _extract(zip_path, work)
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


def data_files(folder):
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
