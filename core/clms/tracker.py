"""The download requests the plugin made, kept between QGIS sessions so following them resumes after a restart.

Each tracked request knows its task id, the dataset, the folder its result goes to, its last status, and
whether its result was downloaded and loaded. ``Tracked.take(record)`` reads one record of the service (from
@datarequest_search or @datarequest_status_get); ``Tracker.update(records)`` takes what @datarequest_search
answered and returns the requests that have just finished and still need their result fetched.
"""
from dataclasses import asdict, dataclass, field

from ..download import announced_size
from ..settings import load_state, save_state
from .api import FINISHED, task_for

STATE_NAME = "clms_requests"
AWAITED = "queued:"  # the task id of a request whose id the service has not given yet


@dataclass
class Tracked:
    task_id: str
    title: str
    folder: str
    submitted: str = ""
    status: str = "Queued"
    message: str = ""
    url: str = ""
    size: int = 0
    files: list = field(default_factory=list)  # data files of the unpacked result
    fetched: bool = False  # the result is downloaded and unpacked
    clc: bool = False
    dataset_uid: str = ""  # set while the service has not yet given the task id (see ``awaited``)
    known: list = field(default_factory=list)  # awaited: the user's task ids listed before it was made

    @staticmethod
    def awaited(dataset_uid: str, title: str, folder: str, submitted: str, known, clc: bool = False) -> "Tracked":
        """A request the service accepted without a task id (CDSE datasets are queued asynchronously: their
        items never appear in TaskIds); its task id is taken from @datarequest_search, among the ids that were
        not there before it was made (``known``): that list holds every request the user ever made, website
        ones included, and an old one of the same dataset is not this one."""
        return Tracked(AWAITED + dataset_uid + ":" + submitted, title, folder, submitted, clc=clc,
                       dataset_uid=dataset_uid, known=sorted(str(k) for k in known))

    @property
    def is_awaited(self) -> bool:
        return self.task_id.startswith(AWAITED)

    @property
    def finished(self) -> bool:
        return self.status in FINISHED

    @property
    def needs_result(self) -> bool:
        return self.status == "Finished_ok" and not self.fetched and bool(self.url)

    @property
    def failed(self) -> bool:
        return self.finished and self.status != "Finished_ok"

    def take(self, record: dict) -> None:
        """Read the service's record of this request (Status, Message, DownloadURL, FileSize)."""
        if not isinstance(record, dict):
            return
        self.status = str(record.get("Status") or self.status)
        self.message = str(record.get("Message") or "")
        self.url = str(record.get("DownloadURL") or self.url)
        self.size = announced_size(record.get("FileSize")) or self.size or 0


class Tracker:
    def __init__(self, qsettings=None):
        self.qsettings = qsettings
        self.requests = {}
        for raw in load_state(STATE_NAME, [], qsettings) or []:
            try:
                tracked = Tracked(**raw)
            except TypeError:
                continue
            self.requests[tracked.task_id] = tracked

    def save(self) -> None:
        save_state(STATE_NAME, [asdict(t) for t in self.requests.values()], self.qsettings)

    def add(self, tracked) -> None:
        self.requests[tracked.task_id] = tracked
        self.save()

    def remove(self, task_id: str) -> None:
        self.requests.pop(task_id, None)
        self.save()

    def pending(self) -> list:
        """Requests still waiting for the service, or for their result to be fetched."""
        return [t for t in self.requests.values() if not t.finished or t.needs_result]

    def _adopt(self, records):
        """Give each awaited request the task id of a record of its dataset that was not listed before it was made
        and that no tracked request has."""
        for placeholder in [t for t in self.requests.values() if t.is_awaited]:
            task_id = task_for(records, placeholder.dataset_uid, set(self.requests) | set(placeholder.known))
            if task_id is not None:
                del self.requests[placeholder.task_id]
                placeholder.task_id, placeholder.dataset_uid, placeholder.known = task_id, "", []
                self.requests[task_id] = placeholder

    def update(self, records: dict) -> list:
        """Take the service's records (task id -> record); returns the tracked requests whose result is ready
        to be fetched."""
        ready = []
        self._adopt(records)
        for task_id, tracked in self.requests.items():
            record = records.get(task_id)
            if not record:
                continue
            tracked.take(record)
            if tracked.needs_result:
                ready.append(tracked)
        self.save()
        return ready
