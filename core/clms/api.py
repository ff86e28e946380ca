"""Client of the CLMS API (land.copernicus.eu, Plone REST): the catalogue, projections, and download requests.

Contract: ../shared/api/CLMS.md. The catalogue needs no login; download requests carry the bearer token
of the user's service key (shared with EGMS, ``core.auth``). Quirks handled here: errors as
``{"status": "error", "msg": …}`` (mostly HTTP 400, sometimes HTTP 200), "Access token expired" (a new
grant, then the call again), batching (follow ``batching.next``), requests of at most 5 items.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from ..auth import load_service_key, tokens_for
from ..errors import PluginError, excerpt
from ..i18n import tr
from ..log import log
from ..network import HttpError, Transport
from ..settings import Settings
from .catalogue import Dataset, facet_values, filter_params, parse_dataset
from .items import PROJECTIONS, batches

BATCH = 25
STATUSES = ["Queued", "In_progress", "Finished_ok", "Finished_nok", "Rejected", "Cancelled"]
FINISHED = {"Finished_ok", "Finished_nok", "Rejected", "Cancelled"}
_SESSION = {}  # what the site says once a QGIS session: (base url, endpoint) -> answer
# the catalogue's filters, by the index each one searches (eea/clms.addon's catalogue)
FAMILY, RESOLUTION, FORMAT, THEME, YEAR = FILTERS = (
    "familyTitle", "spatial_resolution", "distribution_format_list", "gemetInspireThemes", "temporal_extent")


def status_label(status: str) -> str:
    """A data request's status (one of STATUSES) as the user reads it."""
    return {"Queued": tr("queued"), "In_progress": tr("in progress"), "Finished_ok": tr("finished"),
            "Finished_nok": tr("failed"), "Rejected": tr("rejected"), "Cancelled": tr("cancelled")}.get(status, status)


class RequestRefused(PluginError):
    """The service refused a download request (its own message says why)."""


@dataclass
class SearchPage:
    datasets: list
    total: int
    next_url: str = ""  # the next batch; empty when this was the last
    raw: dict = field(default_factory=dict, repr=False)


def client(settings: Settings, with_key: bool = False) -> "ClmsApi":
    """The CLMS client for the user's settings; ``with_key``: with the access token of their service key
    (loaded from QGIS's authentication database: call it on the main thread)."""
    transport = Transport(settings.timeout_s)
    tokens = tokens_for(load_service_key(settings.auth_config_id), transport) if with_key else None
    return ClmsApi(settings.clms_api_url, transport, tokens)


def _error_message(body):
    if isinstance(body, dict) and str(body.get("status", "")).lower() == "error":
        return str(body.get("msg") or body.get("message") or tr("no reason given"))
    return ""


class ClmsApi:
    def __init__(self, base_url: str, transport: Transport, tokens=None):
        self.base_url = base_url.rstrip("/")
        self.api_url = self.base_url + "/api"
        self.transport = transport
        self.tokens = tokens

    # --- catalogue (anonymous) ------------------------------------------------------------------------

    def search(self, text: str = "", filters: Optional[Dict[str, str]] = None, next_url: str = "", size: int = BATCH,
               feedback=None, uid: str = "") -> SearchPage:
        """One batch of datasets matching ``text`` and ``filters`` (index name -> value), or the one with ``uid``;
        ``next_url``: the batch after one already read (``SearchPage.next_url``)."""
        if next_url:
            answer = self.transport.get_json(next_url, feedback=feedback)
        else:
            params = [("portal_type", "DataSet"), ("fullobjects", "1"), ("b_size", size),
                      ("metadata_fields", "UID"), ("metadata_fields", "dataset_full_format"),
                      ("metadata_fields", "dataset_download_information"), ("sort_on", "sortable_title")]
            if text.strip():
                params.append(("SearchableText", text.strip()))
            if uid:
                params.append(("UID", uid))
            params += filter_params({name: (filters or {}).get(name) for name in FILTERS})
            answer = self.transport.get_json(self.api_url + "/@search", params=params, feedback=feedback)
        if not isinstance(answer, dict) or not isinstance(answer.get("items"), list):
            raise PluginError(tr("The CLMS catalogue answered with something that is not a search result."))
        datasets = [parse_dataset(i) for i in answer["items"] if isinstance(i, dict) and i.get("UID")]
        batching = answer.get("batching") or {}
        total = answer.get("items_total")
        next_url = batching.get("next") if isinstance(batching, dict) else ""
        return SearchPage(datasets, total if isinstance(total, int) and total >= 0 else len(datasets),
                          str(next_url or ""), answer)

    def by_uid(self, uid: str, feedback=None) -> Optional[Dataset]:
        """The dataset with this UID, or None. @datasets_by_uid (eea/clms.addon, cart_dataset_search) answers
        {"@id", "items_total", "items"} with only title, UID and the download information of each dataset:
        whether it is a time series, and its temporal limit, come from the full catalogue item (@search by UID
        with fullobjects), read next; without it a time series would be requested without its TemporalFilter."""
        answer = self.transport.get_json(self.api_url + "/@datasets_by_uid", params={"UID": uid}, feedback=feedback)
        items = answer.get("items", []) if isinstance(answer, dict) else answer if isinstance(answer, list) else []
        found = [i for i in items if isinstance(i, dict) and i.get("UID") == uid]
        if not found:
            return None
        full = [d for d in self.search(uid=uid, size=1, feedback=feedback).datasets if d.uid == uid]
        if full:
            return full[0]
        log.warning("CLMS dataset %s: no full catalogue item, its time-series settings are unknown", uid)
        return parse_dataset(found[0])

    def facets(self, index: str, feedback=None) -> List[Tuple[str, str]]:
        """The site's own choices for a catalogue filter (``catalogue.facet_values``), read once a QGIS session
        from @querystring (anonymous); empty, and logged, when the site does not tell or cannot be reached."""
        answer = self._once("@querystring", lambda: self.transport.get_json(self.api_url + "/@querystring",
                                                                            feedback=feedback),
                            "catalogue filter choices not read (%s): the plugin's own are offered")
        return facet_values(answer, index)

    def projections(self, uid: str, feedback=None) -> List[str]:
        """The projections a dataset can be asked in, read once a QGIS session: the service's own plus, for a
        dataset listing several, its extra EPSG codes (UTM zones; clms.downloadtool services/utils.py
        get_available_gcs_values). @projections needs a logged-in user (the token). The service's own list when
        it cannot be read (logged)."""
        key = (self.base_url, "@projections", uid)
        if key not in _SESSION:
            try:
                answer = self._call("GET", "/@projections", params={"uid": uid}, feedback=feedback)
            except RequestRefused as exc:
                log.info("CLMS projections of %s not read (%s): the service's own apply", uid, exc)
                return list(PROJECTIONS)
            found = [str(p).strip() for p in answer if isinstance(p, str) and p.strip().upper().startswith("EPSG:")] \
                if isinstance(answer, list) else []
            if not found:
                log.info("CLMS projections of %s: no EPSG code in the answer, the service's own apply", uid)
                return list(PROJECTIONS)
            _SESSION[key] = found
        return list(_SESSION[key])

    def known_projections(self, uid: str) -> List[str]:
        """The projections of ``uid`` if read this session, else the service's own (no call: for the GUI thread)."""
        return list(_SESSION.get((self.base_url, "@projections", uid)) or PROJECTIONS)

    def format_conversions(self, feedback=None) -> Dict[str, Dict[str, bool]]:
        """The service's @format_conversion_table ({from: {to: bool}}; it needs the token), read once a QGIS
        session; {} when it cannot be read (``requests.output_formats`` then uses the known table)."""
        answer = self._once("@format_conversion_table",
                            lambda: self._call("GET", "/@format_conversion_table", feedback=feedback),
                            "format conversion table not read (%s): the known one applies")
        return answer if isinstance(answer, dict) else {}

    def _once(self, endpoint, read, failed):
        """What ``read()`` answers for ``endpoint``, read once a QGIS session; None, logged with ``failed``, when it
        cannot be read (asked again next time)."""
        key = (self.base_url, endpoint)
        if key not in _SESSION:
            try:
                _SESSION[key] = read()
            except PluginError as exc:
                log.info("CLMS " + failed, exc)
                return None
        return _SESSION[key]

    def known_conversions(self) -> dict:
        """The conversion table if it was read this session, else {} (no call: for the GUI thread)."""
        answer = _SESSION.get((self.base_url, "@format_conversion_table"))
        return answer if isinstance(answer, dict) else {}

    # --- download requests (token) --------------------------------------------------------------------

    def _call(self, method, path, body=None, params=None, feedback=None):
        """A call with the bearer token; "Access token expired" gets a new token and one more try; error
        bodies become RequestRefused with the service's message."""
        if self.tokens is None:
            raise PluginError(tr("Downloading from the CLMS needs your service key: import it in the plugin's "
                                 "Settings."))
        for attempt in (1, 2):
            headers = {"Authorization": "Bearer " + self.tokens.token(feedback), "Accept": "application/json"}
            try:
                response = self.transport.request(method, self.api_url + path, json=body, params=params,
                                                  headers=headers, feedback=feedback)
            except HttpError as exc:
                body = _json(exc.body)
                message = _error_message(body)
                # an expired token: HTTP 401 {"error": "invalid_token", …} (ftw.tokenauth, RFC 6750 3.1); once the
                # server has purged it (it does at every grant, storage.py), the call is served as anonymous:
                # plone.rest's 401 {"type": "Unauthorized", …}. Either way a new grant, then one more try.
                expired = exc.status == 401 and isinstance(body, dict) and (
                    body.get("error") == "invalid_token" or str(body.get("type", "")).lower() == "unauthorized")
                if (expired or "token expired" in message.lower()) and attempt == 1:
                    self.tokens.forget()
                    continue
                if exc.status == 403 and message.startswith("Error,"):  # the download tool's own refusal
                    raise RequestRefused(_refusal(message)) from None
                if exc.status in (401, 403):
                    raise PluginError(tr("The CLMS service did not accept your access (HTTP {status}{detail}): check "
                                         "your service key in the plugin's Settings (Check key).").format(
                        status=exc.status, detail=": " + message if message else "")) from None
                if message:
                    raise RequestRefused(_refusal(message)) from None
                raise
            body_out = response.json() if response.content.strip() else {}
            message = _error_message(body_out)
            if message:
                if "token expired" in message.lower() and attempt == 1:
                    self.tokens.forget()
                    continue
                raise RequestRefused(_refusal(message))
            return body_out
        raise PluginError(tr("The CLMS service kept saying the access token expired."))

    def submit(self, items: List[dict], feedback=None) -> List[str]:
        """Create download requests for ``items`` (dicts from ``items.area_item``/``file_item``); returns the
        task ids. Items go in as many requests as ``items.batches`` makes (the service takes at most 5 general and
        CDSE items a request; pre-packaged files are not counted). Items of
        datasets the site serves from CDSE are queued asynchronously and get no task id in the answer
        (eea/clms.downloadtool): an answer without any task id and without refusals is such an acceptance,
        and adds none."""
        task_ids = []
        for batch in batches(items):
            answer = _shape(self._call("POST", "/@datarequest_post", {"Datasets": batch}, feedback=feedback),
                            tr("the download request"), '{"TaskIds": [...]}')
            tasks = answer.get("TaskIds") if isinstance(answer.get("TaskIds"), list) else []
            if not tasks and "TaskID" in answer:  # the documentation's older answer: {"TaskID": 20901119538}
                tasks = [answer]
            ids = [str(t["TaskID"]) for t in tasks if isinstance(t, dict) and isinstance(t.get("TaskID"), (str, int))]
            errors = answer.get("ErrorTaskIds") or []
            if errors:
                log.warning("CLMS request: items refused: %s", errors)
            if not ids and (errors or tasks):  # refused, or task entries without a usable id
                raise RequestRefused(tr("The CLMS service created no download request."))
            if not ids:
                log.info("CLMS request accepted without a task id (queued asynchronously, as CDSE datasets are)")
            task_ids += ids
        return task_ids

    def requests(self, status: Optional[str] = None, feedback=None) -> Dict[str, dict]:
        """The user's download requests: task id -> record (Status, Message, DownloadURL, FileSize, Datasets…)."""
        answer = _shape(self._call("GET", "/@datarequest_search", params={"status": status} if status else None,
                                   feedback=feedback), tr("the list of your requests"), '{"<task id>": {...}}')
        return {str(k): v for k, v in answer.items() if isinstance(v, dict)}

    def task_of(self, dataset_uid: str, known, feedback=None) -> Optional[str]:
        """The id of a request of ``dataset_uid`` among the user's requests that is not in ``known`` (the ids
        seen before it was made), or None: how a request queued without a task id is found."""
        return task_for(self.requests(feedback=feedback), dataset_uid, known)

    def status(self, task_id: str, feedback=None) -> dict:
        return _shape(self._call("GET", "/@datarequest_status_get", params={"TaskID": task_id}, feedback=feedback),
                      tr("the status of request {id}").format(id=task_id), '{"Status": ...}')

    def cancel(self, task_id: str, feedback=None) -> None:
        """Cancel a request. The service answers an unknown task id with HTTP 403 "TaskID not registered" and
        another user's with HTTP 404 "permission denied" (datarequest_delete/delete.py)."""
        try:
            self._call("DELETE", "/@datarequest_delete", {"TaskID": task_id}, feedback=feedback)
        except RequestRefused as exc:
            if "not registered" in str(exc) or "permission denied" in str(exc):
                raise RequestRefused(tr("The CLMS does not know the request {id} (any more) under your account: "
                                        "remove it from the list.").format(id=task_id)) from None
            raise


def task_for(records: dict, dataset_uid: str, known) -> Optional[str]:
    """The id of a record (task id -> record, as @datarequest_search answers) asking for ``dataset_uid`` whose
    id is not in ``known`` (the ids listed before the request was made, and those already followed), or None.
    A CDSE request's child tasks (``cdse_task_role`` "child", one dataset each as an object) are not it: its
    parent is, with the request's Datasets as a list."""
    for task_id, record in records.items():
        if not isinstance(record, dict) or record.get("cdse_task_role") == "child":
            continue
        datasets = record.get("Datasets")
        if task_id not in known and isinstance(datasets, list) and any(
                isinstance(d, dict) and d.get("DatasetID") == dataset_uid for d in datasets):
            return task_id
    return None


def _shape(answer, what, expected):
    """``answer`` when it is a JSON object; else a PluginError naming the service and what was expected."""
    if isinstance(answer, dict):
        return answer
    raise PluginError(tr("The CLMS service answered {what} with something unexpected (expected {expected}, got: "
                         "{excerpt}). Try again later.").format(what=what, expected=expected, excerpt=excerpt(answer)))


def _json(content):
    import json

    try:
        return json.loads((content or b"").decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None


def _refusal(message):
    lower = message.lower()
    if "too big" in lower or "too large" in lower:
        return tr("The CLMS service refused the request: the area is too large ({message}). Choose a smaller area "
                  "or a NUTS region.").format(message=message)
    return tr("The CLMS service refused the request: {message}").format(message=message)
