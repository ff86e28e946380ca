"""core.clms.land: which CLMS datasets describe the land beneath an extent, told by the titles the real catalogue
gives them, and the requests sent for them to the loopback site answering as clms.downloadtool does."""

from clms_egms.core.clms.catalogue import Dataset, DownloadInfo
from clms_egms.core.clms.land import newest, raster_collection, request_land, requested_said

RASTER = DownloadInfo("r", name="RASTER", full_format="Geotiff", collection="Raster 100m")
VECTOR = DownloadInfo("v", name="VECTOR", full_format="GDB")


def made(title, infos=(RASTER,), series=False):
    return Dataset(uid=title, title=title, download_infos=list(infos), is_time_series=series)


# titles as land.copernicus.eu gives them (2026), with the plugin's loopback catalogue's shorter ones
CATALOGUE = [made("CORINE Land Cover 2012 (vector/raster 100 m), Europe, 6-yearly"),
             made("CORINE Land Cover 2018 (vector/raster 100 m), Europe, 6-yearly", (VECTOR, RASTER)),
             made("CORINE Land Cover Change 2012-2018 (vector/raster 100 m), Europe, 6-yearly"),
             made("CLC+ Backbone 2021 (raster 10 m), Europe, 3-yearly"),
             made("CORINE Land Cover 2024 (vector), Europe", (VECTOR,)),  # no raster to ask by area
             made("Imperviousness Density 2018 (raster 10 m and 100 m), Europe, 3-yearly"),
             made("Imperviousness Change 2015-2018 (raster 20 m and 100 m), Europe, 3-yearly"),
             made("Imperviousness Density 2015"),
             made("Fractional Snow Cover", series=True)]


def test_the_newest_inventory_with_a_raster_is_chosen():
    clc = newest(CATALOGUE, "clc")
    assert clc.dataset.title.startswith("CORINE Land Cover 2018 (") and clc.info is RASTER
    assert newest(CATALOGUE, "imperviousness").dataset.title.startswith("Imperviousness Density 2018 (")
    assert newest(CATALOGUE, "dem") is None
    assert newest([made("EU-DEM v1.1, Europe"), made("European Digital Elevation Model hillshade")],
                  "dem").dataset.title == "EU-DEM v1.1, Europe"


def test_the_finest_raster_collection_is_asked():
    coarse = DownloadInfo("c", name="RASTER", full_format="Geotiff", collection="100m")
    fine = DownloadInfo("f", name="RASTER", full_format="Geotiff", collection="20m")
    assert raster_collection(made("x", (VECTOR, coarse, fine))) is fine
    assert raster_collection(made("x", (VECTOR,))) is None


def test_one_request_a_dataset_cut_to_the_box(site, tmp_path):
    site, client = site
    box = (-22.6, 63.78, -22.3, 63.9)
    outcome = request_land(client, ["clc", "imperviousness", "dem"], box, str(tmp_path), None)
    assert outcome["missing"] == ["dem"] and not outcome["refused"]
    assert [t.title for t in outcome["tracked"]] == ["CORINE Land Cover 2018", "Imperviousness Density 2018 (10m)"]
    assert outcome["tracked"][0].clc and not outcome["tracked"][1].clc  # the legend for CLC only
    for post in site.posts:
        (item,) = post["Datasets"]
        assert item["BoundingBox"] == [-22.6, 63.9, -22.3, 63.78]  # core.clms.items.bbox_param's order
        assert (item["OutputFormat"], item["OutputGCS"]) == ("Geotiff", "EPSG:3035")
    said = requested_said(outcome)
    assert "CORINE Land Cover 2018, Imperviousness Density 2018 (10m)" in said and "no elevation model" in said


def test_a_refusal_is_told_and_the_rest_is_requested(site, tmp_path):
    site, client = site
    too_big = (-10.0, 35.0, 30.0, 70.0)  # the service's area limit
    outcome = request_land(client, ["clc", "imperviousness"], too_big, str(tmp_path), None)
    assert not outcome["tracked"] and set(outcome["refused"]) == {"clc", "imperviousness"}
    assert "too big" in outcome["refused"]["clc"]
    assert "CORINE Land Cover was not requested" in requested_said(outcome)
