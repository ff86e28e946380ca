"""The CLMS request lifecycle (core.clms.job) against the loopback site answering as the real server code does:
the items it builds, the requests it sends, the task it adopts, the links it gives up on, the layers it names."""
import pytest

from clms_egms.core.clms import job
from clms_egms.core.clms.catalogue import parse_dataset
from clms_egms.core.clms.items import area_item, batches
from clms_egms.core.clms.tracker import Tracked, Tracker
from clms_egms.core.download import LinkExpired


def dataset(site, api, title):
    (item,) = [d for d in site.datasets if d["title"] == title]
    return parse_dataset(item)


def test_placeholders_are_not_offered_and_the_server_refuses_them(site):
    """A downloadable_files row without path and source is a placeholder: the server answers "the FileID is not
    valid" (process_file_id); the catalogue does not list it."""
    site, api = site
    clc = dataset(site, api, "CORINE Land Cover 2018")
    assert [f.id for f in clc.files] == ["clc2018-raster"]
    from clms_egms.core.clms.api import RequestRefused

    with pytest.raises(RequestRefused, match="the FileID is not valid"):
        api.submit([{"DatasetID": clc.uid, "FileID": "clc2018-placeholder"}])


def test_five_general_items_a_request_files_not_counted():
    general = [{"DatasetID": "d", "NUTS": str(n)} for n in range(7)]
    files = [{"DatasetID": "d", "FileID": str(n)} for n in range(6)]
    assert [len(b) for b in batches(files + general)] == [11, 2]
    assert batches(files) == [files] and [len(b) for b in batches(general)] == [5, 2] and batches([]) == []


def test_a_cdse_request_is_adopted_from_the_new_parent_never_an_old_request(site, tmp_path):
    """@datarequest_search lists every request the user ever made (an old website one of the same dataset
    included) and a CDSE request's child tasks before its parent: only the parent that was not there before
    the request is taken, by the dock's tracker and by Processing alike."""
    site, api = site
    cdse = dataset(site, api, "Water Bodies 2024 (CDSE)")
    old = site.old_request(cdse.uid)
    item = area_item(cdse, cdse.collection(), "", "EPSG:4326", nuts="IT")
    (awaited,) = job.submit(api, cdse, [item], str(tmp_path))
    assert awaited.is_awaited and old in awaited.known
    before = set(awaited.known)
    tracker = Tracker(qsettings=_Memory())
    tracker.add(awaited)
    children = [t for t in site.tasks if site.tasks[t].get("cdse_task_role") == "child"]
    assert children and tracker.update({t: site.tasks[t] for t in list(site.tasks)}) == []
    assert awaited.is_awaited  # neither the old request nor a child was taken
    records = api.requests()  # the service's async job has registered the parent
    (parent,) = [t for t, r in records.items() if r.get("cdse_task_role") == "parent"]
    tracker.update(records)
    assert list(tracker.requests) == [parent] and api.task_of(cdse.uid, before) == parent


@pytest.mark.parametrize("status", [401, 403, 404, 410])
def test_a_result_link_that_has_gone_is_not_asked_again(site, tmp_path, loopback, status):
    """How the result store answers a link past its days is not documented: 401, 403, 404 and 410 all end it,
    and the request is then not fetched at every poll."""
    site, api = site
    calls = []
    loopback.routes[("GET", "/results/*")] = lambda r: calls.append(r) or (status, {}, {"msg": "gone"})
    tracked = Tracked("7", "CORINE Land Cover 2018", str(tmp_path), status="Finished_ok",
                      url=loopback.url + "/results/7.zip", size=100)
    assert tracked.needs_result
    with pytest.raises(LinkExpired, match="has expired"):
        job.fetch(api.transport, tracked, None)
    assert tracked.needs_result  # fetch changes nothing (it may run in a worker thread)
    job.settle(tracked, error=LinkExpired("x"))
    assert not tracked.needs_result and len(calls) == 1


def test_result_layers_are_named_and_styled_by_one_rule(tmp_path):
    tracked = Tracked("7", "Imperviousness Density 2015 (20m)", str(tmp_path), files=[
        "/d/CLMS_7/IMD_2015/Data/IMD_2015_020m.tif", "/d/CLMS_7/clc2018_extra.gpkg", "/d/CLMS_7/UA.gdb"])
    layers = job.result_layers(tracked)
    assert [(r.name, r.raster, r.clc) for r in layers] == [
        ("Imperviousness Density 2015 (20m) (IMD_2015_020m)", True, False),
        ("Imperviousness Density 2015 (20m) (clc2018_extra)", False, True),  # a CLC file by its name
        ("Imperviousness Density 2015 (20m) (UA)", False, False)]
    assert all(r.clc for r in job.result_layers(Tracked("8", "CORINE Land Cover 2018", "", files=["/x/a.tif"])))


class _Memory:
    """A QSettings stand-in: the tracker's state kept in memory."""

    def __init__(self):
        self.values = {}

    def value(self, key, default=None):
        return self.values.get(key, default)

    def setValue(self, key, value):  # noqa: N802 (Qt API)
        self.values[key] = value

    def sync(self):
        pass


def test_a_result_of_thousands_of_files_loads_a_bounded_number_of_layers(tmp_path):
    files = ["/d/CLMS_9/tile_{:05d}.tif".format(i) for i in range(10000)]
    tracked = Tracked("9", "Tree Cover Density 2018", str(tmp_path), files=files)
    layers = job.result_layers(tracked)
    assert len(layers) == job.MAX_LAYERS == 50 and layers[-1].path == files[49]
    assert "9950 more data files of Tree Cover Density 2018 were not added" in job.not_loaded(tracked)
    assert job.not_loaded(Tracked("1", "x", "", files=files[:50])) == ""

