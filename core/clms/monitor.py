"""The download requests the plugin made, kept between QGIS sessions so monitoring resumes after a restart.

Each tracked request knows its task id, the dataset, the folder its result goes to, its last status, and
whether its result was downloaded and loaded. ``update(records)`` takes what @datarequest_search answered and
returns the requests that have just finished and still need their result fetched.
"""
from dataclasses import asdict, dataclass, field

from ..settings import load_state, save_state
from .api import FINISHED

STATE_NAME = "clms_requests"


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

    @property
    def finished(self):
        return self.status in FINISHED

    @property
    def needs_result(self):
        return self.status == "Finished_ok" and not self.fetched and bool(self.url)


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

    def save(self):
        save_state(STATE_NAME, [asdict(t) for t in self.requests.values()], self.qsettings)

    def add(self, tracked):
        self.requests[tracked.task_id] = tracked
        self.save()

    def remove(self, task_id):
        self.requests.pop(task_id, None)
        self.save()

    def pending(self):
        """Requests still waiting for the service, or for their result to be fetched."""
        return [t for t in self.requests.values() if not t.finished or t.needs_result]

    def update(self, records):
        """Take the service's records (task id -> record); returns the tracked requests whose result is ready
        to be fetched."""
        ready = []
        for task_id, tracked in self.requests.items():
            record = records.get(task_id)
            if not record:
                continue
            tracked.status = str(record.get("Status") or tracked.status)
            tracked.message = str(record.get("Message") or "")
            tracked.url = str(record.get("DownloadURL") or tracked.url)
            size = str(record.get("FileSize") or "").strip()  # a count; the service may send it as text
            tracked.size = int(size) if size.isdigit() else tracked.size or 0
            if tracked.needs_result:
                ready.append(tracked)
        self.save()
        return ready
