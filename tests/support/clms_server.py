"""A loopback CLMS site answering as the real server code does (../shared/api/CLMS.md; eea/clms.downloadtool
datarequest_post/post.py, utils.py, validation.py, services/utils.py; ftw.tokenauth and plone.rest for the
token): the catalogue of clms_catalogue.py (@search with batching, filters and fullobjects), @projections per
dataset, @format_conversion_table, download requests (@datarequest_post/search/status_get/delete) with their
status progression and errors (CDSE requests queued as child tasks, their parent listed a poll later; an old
website request of a dataset), the result files (Range served), and a minimal WMS for the view services."""
import json
from urllib.parse import urlencode

from .clms_catalogue import (CONVERSION_TABLE, FAMILY_KEYS, INDEXED_FORMATS, MAX_AREA, NETCDF_REFUSED,  # noqa: F401
                             NUTS, OTHER_GCS, PROJECTIONS, WMS_CAPABILITIES, _area, _png, _resolution_index,
                             _years_index, catalogue, querystring, result_zip)

UNAUTHORIZED = {"type": "Unauthorized", "message": "You are not authorized to access this resource."}  # plone.rest


class ClmsSite:
    """Routes for LoopbackServer. ``token``: the bearer token download calls need: a token in
    ``expired_tokens`` answers "Access token expired" (ftw.tokenauth, HTTP 401 invalid_token); any other token,
    one the server has purged (it does at every grant) included, is anonymous: plone.rest's HTTP 401
    Unauthorized. A request's status moves on at each poll: Queued, then In_progress, then Finished_ok after
    ``polls_to_finish`` polls (or ``outcome[uid]``: Finished_nok, Rejected). A CDSE request is registered as one
    child task a dataset ("QUEUED", its dataset as an object) and its parent appears at the next search."""

    def __init__(self, token="token-1"):
        self.token = token
        self.expired_tokens = set()
        self.cdse_parents = []  # CDSE parent tasks not registered yet (the async job does at the next search)
        self.datasets = []
        self.tasks = {}
        self.polls_to_finish = 2
        self.outcome = {}
        self.posts = []
        self.conversion_table = {k: dict(v) for k, v in CONVERSION_TABLE.items()}  # a test may change it
        self.searches = []
        self.results = {}  # FME id -> zip bytes
        self.base = ""
        self.id_prefix = ""  # put before each task id (a compromised service's ids: "../../")

    def install(self, server):
        self.base = server.url
        self.datasets = catalogue(server.url)
        r = server.routes
        r[("GET", "/api/@search")] = self.search
        r[("GET", "/api/@querystring")] = lambda q: (200, {}, querystring())
        r[("GET", "/api/@projections")] = self.projections
        r[("GET", "/api/@datasets_by_uid")] = self.by_uid
        r[("GET", "/api/@format_conversion_table")] = self.conversions
        r[("POST", "/api/@datarequest_post")] = self.post
        r[("GET", "/api/@datarequest_search")] = self.request_search
        r[("GET", "/api/@datarequest_status_get")] = self.status_get
        r[("DELETE", "/api/@datarequest_delete")] = self.delete
        r[("GET", "/results/*")] = self.result
        r[("GET", "/wms/corine")] = self.wms
        return server.url

    # --- catalogue -----------------------------------------------------------------------------------------

    def search(self, request):
        q = {k: v[0] for k, v in request.query.items()}
        self.searches.append(q)

        def wanted(name):  # a KeywordIndex query: any of the values given
            return set(request.query.get(name, []))

        found = []
        text = q.get("SearchableText", "").lower()
        for item in self.datasets:
            if text and not all(w in (item["title"] + " " + item["description"]).lower() for w in text.split()):
                continue
            if q.get("UID") and item["UID"] != q["UID"]:
                continue
            if q.get("familyTitle") and item["familyTitle"]["token"] != q["familyTitle"]:  # the index holds keys
                continue
            if wanted("spatial_resolution") and not wanted("spatial_resolution") & _resolution_index(item):
                continue
            if wanted("distribution_format_list") and not wanted("distribution_format_list") & {
                    INDEXED_FORMATS.get(f, f) for f in item["distribution_format_list"]}:
                continue
            if q.get("gemetInspireThemes") and q["gemetInspireThemes"] not in item["gemetInspireThemes"]:
                continue
            if "temporal_extent" in q or "temporal_extent:int" in q:  # the index holds integers
                year = q.get("temporal_extent:int")
                if not (year and year.lstrip("-").isdigit() and int(year) in _years_index(item)):
                    continue
            found.append(item)
        start, size = int(q.get("b_start", 0)), int(q.get("b_size", 25))
        page = found[start:start + size]
        if q.get("fullobjects") != "1":
            page = [{k: i[k] for k in ("@id", "@type", "UID", "title", "description", "review_state",
                                       "dataset_full_format")} for i in page]
        url = self.base + "/api/@search?"
        query = [(k, v) for k, v in request.query.items() for v in v if k != "b_start"]
        answer = {"@id": url + urlencode(query), "items": page, "items_total": len(found)}
        if len(found) > size:
            batching = {"@id": url + urlencode(query), "first": url + urlencode(query + [("b_start", 0)]),
                        "last": url + urlencode(query + [("b_start", (len(found) - 1) // size * size)])}
            if start + size < len(found):
                batching["next"] = url + urlencode(query + [("b_start", start + size)])
            if start:
                batching["prev"] = url + urlencode(query + [("b_start", max(0, start - size))])
            answer["batching"] = batching
        return 200, {}, answer

    def by_uid(self, request):
        """eea/clms.addon restapi/cart_dataset_search/get.py: a batch object whose items carry only title, UID,
        dataset_download_information and downloadable_files."""
        uids = (request.query.get("UID") or [""])[0].split(",")
        keys = ("title", "UID", "dataset_download_information", "downloadable_files")
        items = [{k: d[k] for k in keys} for d in self.datasets if d["UID"] in uids]
        return 200, {}, {"@id": self.base + "/api/@datasets_by_uid", "items_total": len(items), "items": items}

    def conversions(self, request):
        refused = self._auth(request)
        if refused:
            return refused
        return 200, {}, self.conversion_table

    # --- download requests ---------------------------------------------------------------------------------

    def _auth(self, request):
        header = request.headers.get("authorization", "")
        if header.startswith("Bearer ") and header[7:] in self.expired_tokens:  # ftw.tokenauth, pas/plugin.py
            return 401, {}, {"error": "invalid_token", "error_description": "Access token expired"}
        if self.token and header != "Bearer " + self.token:  # anonymous: the services need a logged-in user
            return 401, {}, dict(UNAUTHORIZED)
        return None

    def _dataset(self, uid):
        return next((d for d in self.datasets if d["UID"] == uid), None)

    def gcs(self, uid):
        """services/utils.py get_available_gcs_values: the standard set, plus the dataset's own among the other
        available ones when characteristics_projection lists several."""
        dataset = self._dataset(uid)
        if dataset is None:
            return []
        listed = dataset.get("characteristics_projection", "").split("/")
        if len(listed) == 1:
            return list(PROJECTIONS)
        cleaned = [p.strip() if p.strip().startswith("EPSG") else "EPSG:" + p.strip() for p in listed]
        return PROJECTIONS + [p for p in cleaned if p in OTHER_GCS]

    def projections(self, request):
        refused = self._auth(request)
        if refused:
            return refused
        uid = (request.query.get("uid") or [None])[0]
        return 200, {}, list(PROJECTIONS) if uid is None else self.gcs(uid)

    def old_request(self, uid, status="Finished_ok"):
        """A request of dataset ``uid`` the user made earlier on the website, listed by @datarequest_search, with
        a result of its own: a client must never take it for a new one. Returns its task id."""
        dataset = self._dataset(uid)
        task_id = str(31000000000 + len(self.tasks))
        fme = 9000 + len(self.results)
        self.results[fme] = result_zip("old " + dataset["title"], clc=False)
        self.tasks[task_id] = {"Datasets": [{"DatasetID": uid, "DatasetTitle": dataset["title"], "NUTSID": "ES",
                                             "OutputFormat": "Geotiff", "OutputGCS": "EPSG:4326"}],
                               "Status": status, "Message": "", "UserID": "test-user", "polls": 99, "FMETaskId": fme,
                               "RegistrationDateTime": "2026-01-05T09:00:00.000000",
                               "DownloadURL": "{}/results/{}.zip".format(self.base, fme),
                               "FileSize": len(self.results[fme])}
        return task_id

    def post(self, request):
        """datarequest_post/post.py: each item checked in the server's order, its first problem answered HTTP 400
        {"status": "error", "msg"}; then at most 5 general items, no duplicate of a queued or running one, and
        one task for the pre-packaged files, one for the rest (TaskIds), CDSE items queued apart (no task id)."""
        refused = self._auth(request)
        if refused:
            return refused
        body = request.json()
        self.posts.append(body)
        items = body.get("Datasets") or []
        echoes = []
        special = []
        for index, item in enumerate(items):
            problem, echo = self._check(item)
            if problem:
                return 400, {}, {"status": "error", "msg": problem}
            if echo.get("special"):
                special.append(item["DatasetID"])
            if index == len(items) - 1 and special:
                return 400, {}, {"status": "error", "msg": "Please choose the Geotiff format as the NetCDF format is "
                                                           "not allowed for the dataset(s) " + ", ".join(special)}
            echoes.append(echo)
        files = [e for e in echoes if "FileID" in e]
        cdse = [e for e in echoes if "FileID" not in e and e.get("cdse")]
        general = [e for e in echoes if "FileID" not in e and not e.get("cdse")]
        if len(general) + len(cdse) > 5:  # the newest post.py counts the general ones; CLMS.md both: the stricter
            return 400, {}, {"status": "error", "msg": "The download queue can only process 5 items at a time. "
                                                       "Please try again with fewer items."}
        running = [d for t in self.tasks.values() if t["Status"] in ("Queued", "In_progress")
                   for d in (t["Datasets"] if isinstance(t["Datasets"], list) else [])]
        seen = [json.dumps(e, sort_keys=True) for e in general + running]
        if len(seen) != len(set(seen)):  # services/utils.py duplicated_values_exist
            return 400, {}, {"status": "error", "msg": "You have requested to download the same thing at least "
                                                       "twice. Please check your download cart and remove any "
                                                       "duplicates."}
        for echo in cdse:
            child = "c" + str(40579776782 + len(self.tasks))
            self.tasks[child] = {"Datasets": dict(echo), "Status": "QUEUED", "UserID": "test-user",
                                 "cdse_task_role": "child", "CDSEBatchID": "batch-" + child, "polls": 0,
                                 "RegistrationDateTime": "2026-11-25T10:00:00.000000"}
        if cdse:
            self.cdse_parents.append(list(cdse))
        tasks = []
        for group in (files, general):
            if group:
                task_id = self.id_prefix + str(40579776782 + len(self.tasks))
                self.tasks[task_id] = {"Datasets": group, "Status": "Queued", "Message": "",
                                       "RegistrationDateTime": "2026-11-25T10:00:00.000000", "UserID": "test-user",
                                       "polls": 0}
                tasks.append({"TaskID": task_id})
        return 201, {}, {"TaskIds": tasks, "ErrorTaskIds": []}

    def _check(self, item):
        """One item as post.py checks it; (problem, echo). The echo is what the server keeps of the item."""
        if not item.get("DatasetID"):
            return "Error, DatasetID is not defined", None
        dataset = self._dataset(item.get("DatasetID"))
        if dataset is None:
            return "Error, the DatasetID is not valid", None
        echo = {"DatasetID": item["DatasetID"], "DatasetTitle": dataset["title"]}
        infos = dataset["dataset_download_information"]["items"]
        info = next((i for i in infos if i["@id"] == item.get("DatasetDownloadInformationID")), None)
        if "FileID" in item:
            found = next((f for f in dataset["downloadable_files"]["items"] if f["@id"] == item["FileID"]), None)
            if not (found and found.get("path") and found.get("source")):
                return "Error, the FileID is not valid", None
            return "", dict(echo, FileID=item["FileID"], DatasetSource=found["source"])
        if "NUTS" in item:
            if not (str(item["NUTS"]).isalnum() and item["NUTS"][:2].upper() in {k[:2] for k in NUTS}):
                return "NUTS country error", None
            echo.update(NUTSID=item["NUTS"], NUTSName=NUTS.get(item["NUTS"], item["NUTS"]))
        if item.get("BoundingBox"):
            box = item["BoundingBox"]
            if "NUTS" in item:
                return "Error, NUTS is also defined", None
            if not (isinstance(box, list) and len(box) == 4 and all(isinstance(v, (int, float)) for v in box)):
                return "Error, BoundingBox is not valid", None
            if _area(box) > MAX_AREA:
                return "Error, the requested BoundingBox is too big. The limit is {}.".format(MAX_AREA), None
            echo["BoundingBox"] = box
        limit = dataset.get("download_limit_temporal_extent")
        dates = item.get("TemporalFilter")
        if dates:
            if not limit or limit <= 0:
                return "Error, temporal restriction is not allowed in not time-series enabled datasets", None
            if len(dates) > 2:
                return "Error, TemporalFilter has too many fields", None
            if "StartDate" not in dates or "EndDate" not in dates:
                return "Error, TemporalFilter does not have StartDate or EndDate", None
            if not all(isinstance(dates[k], (int, float)) for k in ("StartDate", "EndDate")):
                return "Error, date format is not correct", None
            if dates["StartDate"] > dates["EndDate"]:
                return "Error, difference between StartDate and EndDate is not coherent", None
            echo["TemporalFilter"] = dict(dates)
        if not item.get("OutputGCS"):
            return "The OutputGCS parameter is mandatory.", None
        if item["OutputGCS"] not in self.gcs(item["DatasetID"]):
            return "Error, defined GCS not in the list", None
        echo["OutputGCS"] = item["OutputGCS"]
        if "DatasetDownloadInformationID" not in item:
            return "Error, DatasetDownloadInformationID is not defined.", None
        stored = info.get("full_format") if info else None
        stored = stored.get("token", "") if isinstance(stored, dict) else stored  # utils.py unwraps an object
        if not stored:
            return "Error, this dataset is not downloadable", None
        if item.get("OutputFormat") not in self.conversion_table:
            return "Error, the specified output format is not valid", None
        if not self.conversion_table.get(stored, {}).get(item["OutputFormat"]):
            return "Error, specified formats are not compatible", None
        source = info.get("full_source")
        source = source.get("token", "") if isinstance(source, dict) else source
        if not source:
            return "Error, the dataset source is not valid", None
        if not info.get("full_path"):
            return "Error, this dataset is not downloadable", None
        layers = info.get("layers") or []
        if layers and item.get("Layer", "ALL BANDS") not in layers + ["ALL BANDS"]:
            return "Error, the requested band/layer is not valid", None
        if dataset["mapviewer_istimeseries"] and not dates:
            return ("You are requesting to download a time series enabled dataset and you are required to request "
                    "the download of an specific date range. Please check the download documentation to get more "
                    "information"), None
        if dates and limit and (dates["EndDate"] - dates["StartDate"]) / 86400000 > limit:
            return ("You are requesting to download a time series enabled dataset and the requested date range is "
                    "bigger than the allowed range of {} days. Please check the download documentation to get more "
                    "information").format(limit), None
        path = dataset["@id"].split("/en/products")[-1]
        echo["special"] = item["OutputFormat"] == "Netcdf" and (
            item["DatasetID"] in NETCDF_REFUSED or path in NETCDF_REFUSED)
        if "NUTS" not in item and "BoundingBox" not in item:
            if not dates:
                return ("To download the full dataset, please download it through the corresponding pre-packaged "
                        "data collection") if source == "EEA" else (
                    "You are requesting to download the full dataset but this dataset is not an EEA dataset and thus "
                    "you need to query an specific endpoint to request its download. Please check the API "
                    "documentation to get more information about this specific endpoint."), None
            if source != "EEA":
                return ("You have to select a specific area of interest. In case you want to download the full "
                        "dataset, please use the Auxiliary API."), None
        echo.update(DatasetFormat=stored, OutputFormat=item["OutputFormat"], DatasetSource=source,
                    DatasetDownloadInformationID=item["DatasetDownloadInformationID"], cdse=source == "CDSE")
        if "Layer" in item:
            echo["Layer"] = item["Layer"]
        return "", echo

    def _advance(self, task_id):
        task = self.tasks[task_id]
        if task["Status"] in ("Finished_ok", "Finished_nok", "Rejected", "Cancelled", "QUEUED"):
            return
        task["polls"] += 1
        if task["polls"] >= self.polls_to_finish:
            uid = task["Datasets"][0]["DatasetID"]
            outcome = self.outcome.get(uid, "Finished_ok")
            task["Status"] = outcome
            task["FinalizationDateTime"] = "2026-11-25T10:05:00.000000"
            if outcome == "Finished_ok":
                fme = 4050 + len(self.results)
                first = task["Datasets"][0]
                title = first["DatasetTitle"]
                self.results[fme] = result_zip(title, clc="CORINE Land Cover 2" in title or "CORINE Land Cover 1"
                                               in title, box=first.get("BoundingBox"), gcs=first.get("OutputGCS"))
                task.update(Message="Download process finished successfully", FMETaskId=fme,
                            DownloadURL="{}/results/{}.zip".format(self.base, fme), FileSize=len(self.results[fme]))
            else:
                task["Message"] = "The request could not be processed: the area has no data"
        elif task["polls"] >= 1:
            task["Status"] = "In_progress"

    def _public(self, task):
        public = {k: v for k, v in task.items() if k != "polls"}
        if isinstance(public.get("Datasets"), list):
            public["Datasets"] = [{k: v for k, v in d.items() if k not in ("special", "cdse")}
                                  for d in public["Datasets"]]
        elif isinstance(public.get("Datasets"), dict):
            public["Datasets"] = {k: v for k, v in public["Datasets"].items() if k not in ("special", "cdse")}
        return public

    def request_search(self, request):
        refused = self._auth(request)
        if refused:
            return refused
        status = (request.query.get("status") or [""])[0]
        if status and status not in ("Queued", "In_progress", "Finished_ok", "Finished_nok", "Rejected", "Cancelled"):
            return 400, {}, {"status": "error", "msg": "Error, status is not valid"}
        for task_id in list(self.tasks):
            self._advance(task_id)
        while self.cdse_parents:  # the async job registers the parents of the CDSE requests
            task_id = self.id_prefix + str(40579776782 + len(self.tasks))
            self.tasks[task_id] = {"Datasets": self.cdse_parents.pop(0), "Status": "Queued", "Message": "",
                                   "cdse_task_role": "parent", "UserID": "test-user", "polls": 0,
                                   "RegistrationDateTime": "2026-11-25T10:00:00.000000"}
        return 200, {}, {k: self._public(t) for k, t in self.tasks.items() if not status or t["Status"] == status}

    def status_get(self, request):
        refused = self._auth(request)
        if refused:
            return refused
        task_id = (request.query.get("TaskID") or [""])[0]
        if task_id not in self.tasks:
            return 404, {}, {"status": "error", "msg": "Error, TaskID not valid"}
        self._advance(task_id)
        return 200, {}, self._public(self.tasks[task_id])

    def delete(self, request):
        refused = self._auth(request)
        if refused:
            return refused
        task_id = str(request.json().get("TaskID", ""))  # datarequest_delete/delete.py
        if not task_id:
            return 400, {}, {"status": "error", "msg": "Error, TaskID not defined"}
        if task_id not in self.tasks:
            return 403, {}, {"status": "error", "msg": "Error, TaskID not registered"}
        if self.tasks[task_id].get("UserID") != "test-user":
            return 404, {}, {"status": "error", "msg": "Error, permission denied"}
        self.tasks[task_id]["Status"] = "Cancelled"
        return 204, {}, b""

    def result(self, request):
        fme = int(request.path.rsplit("/", 1)[-1].split(".")[0])
        data = self.results.get(fme)
        if data is None:
            return 404, {}, "Not found"
        wanted = request.headers.get("range", "")
        if wanted.startswith("bytes="):
            start = int(wanted[6:].split("-")[0] or 0)
            return 206, {"Content-Range": "bytes {}-{}/{}".format(start, len(data) - 1, len(data))}, data[start:]
        return 200, {"Content-Type": "application/zip"}, data

    # --- view service ------------------------------------------------------------------------------------------

    def wms(self, request):
        q = {k.upper(): v[0] for k, v in request.query.items()}
        kind = q.get("REQUEST", "").lower()
        if kind == "getcapabilities":
            return 200, {"Content-Type": "text/xml"}, WMS_CAPABILITIES.replace("{url}", self.base + "/wms/corine")
        if kind in ("getmap", "getlegendgraphic"):
            return 200, {"Content-Type": "image/png"}, _png(int(q.get("WIDTH", 20)), int(q.get("HEIGHT", 20)))
        return 400, {}, "unknown request"
