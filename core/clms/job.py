"""One CLMS download request from its items to the layers in the project, the one lifecycle the dock and
Processing both drive: ``submit`` (the known requests noted first, so a request queued without a task id is
found among the new ones), ``Tracked.take`` (the service's record: status, link, size), ``fetch`` (download,
unpack; a link that has gone is not asked again), and ``result_layers`` (each data file's layer name and
whether it gets the CORINE legend). The dock runs these steps on a timer in background tasks, Processing one
after the other; neither decides any of them itself.
"""
import datetime as dt
import os
from typing import List, Optional
from dataclasses import dataclass

from ..download import LinkExpired
from ..errors import PluginError
from ..i18n import tr
from .api import status_label
from .clc import is_clc
from .results import MAX_UNPACKED, RASTERS, fetch_result
from .tracker import Tracked


@dataclass
class ResultLayer:
    """A data file of a fetched result as a layer: its path, its name in the project, raster or vector, and
    whether it is styled with the CORINE Land Cover legend."""
    path: str
    name: str
    raster: bool
    clc: bool


def submit(api, dataset, items: list, folder: str, feedback=None) -> list:
    """Send ``items`` (of ``dataset``) to the service; the Tracked requests to follow, one per task id, or one
    awaiting its task id when the service queued the request without one (CDSE). The user's requests are
    listed first: @datarequest_search holds every request they ever made, website ones included, and only one
    that was not there before can be this one."""
    known = set(api.requests(feedback=feedback))
    task_ids = api.submit(items, feedback)
    now = dt.datetime.now().isoformat(timespec="seconds")
    clc = is_clc(dataset.title)
    if task_ids:
        return [Tracked(task_id, dataset.title, folder, now, clc=clc) for task_id in task_ids]
    return [Tracked.awaited(dataset.uid, dataset.title, folder, now, known, clc=clc)]


def failure(tracked) -> str:
    """What to tell the user of a request the service could not prepare."""
    return tr("The CLMS could not prepare {dataset} (request {id}, {status}): {message}").format(
        dataset=tracked.title, id=tracked.task_id, status=status_label(tracked.status),
        message=tracked.message or "-")


def fetch(transport, tracked, feedback=None, max_unpack_gb: Optional[float] = None) -> List[str]:
    """Download the result of a finished request into its folder and unpack it (at most ``max_unpack_gb``, the
    setting read on the main thread); its data files. It changes nothing in ``tracked`` (it may run in a worker
    thread): ``settle`` does, once it is over."""
    if not tracked.url:
        raise PluginError(tr("The CLMS gave no download link for request {id}.").format(id=tracked.task_id))
    return fetch_result(transport, tracked.task_id, tracked.url, tracked.size, tracked.folder, feedback,
                        max_total=(max_unpack_gb or MAX_UNPACKED // 10 ** 9) * 10 ** 9)


def settle(tracked, files: Optional[List[str]] = None, error=None) -> None:
    """Record how ``fetch`` ended: its files, or an error. A link the result store no longer honours
    (LinkExpired) marks the request fetched, so it is not asked for again at every poll; other errors leave it
    to be tried again."""
    if files is not None:
        tracked.files, tracked.fetched = list(files), True
    elif isinstance(error, LinkExpired):
        tracked.fetched = True  # the link will not come back


MAX_LAYERS = 50  # layers a result loads at most; the rest of its files stay in its folder, and the user is told


def result_layers(tracked) -> list:
    """The layers of a fetched result, at most MAX_LAYERS (a result of 10,000 files loaded 10,000 layers):
    named "<dataset> (<file>)", CORINE Land Cover (by the dataset's title or the file's name) with its legend."""
    layers = []
    for path in tracked.files[:MAX_LAYERS]:
        stem = os.path.splitext(os.path.basename(path.rstrip("/\\")))[0]
        layers.append(ResultLayer(path, "{} ({})".format(tracked.title, stem), path.lower().endswith(RASTERS),
                                  tracked.clc or is_clc(tracked.title) or is_clc(os.path.basename(path))))
    return layers


def not_loaded(tracked) -> str:
    """What to tell the user of a result's files left out of the project (beyond MAX_LAYERS); "" when none is."""
    left = len(tracked.files) - MAX_LAYERS
    if left <= 0:
        return ""
    return tr("{n} more data files of {dataset} were not added to the project (at most {most} are): they are in "
              "{folder}.").format(n=left, dataset=tracked.title, most=MAX_LAYERS, folder=tracked.folder)
