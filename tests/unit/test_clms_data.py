"""CLMS results (unpacking, CLC legend and styles), NUTS regions, view-service layers and request tracking."""
import json
import zipfile

import pytest
from qgis.core import QgsPalettedRasterRenderer, QgsRasterLayer, QgsSettings, QgsSingleBandPseudoColorRenderer
from qgis.PyQt.QtCore import QSettings

from clms_egms.core.clms import clc, results
from clms_egms.core.clms.catalogue import Dataset
from clms_egms.core.clms.tracker import Tracked, Tracker
from clms_egms.core.clms.nuts import NutsIndex
from clms_egms.core.clms.view import capabilities_url, view_layer, wms_layers
from clms_egms.core.errors import PluginError
from support.clms_server import WMS_CAPABILITIES, result_zip


def test_the_clc_legend_is_complete():
    codes = [c for c, _rgb, _n in clc.CLASSES]
    assert len(codes) == 44 and codes == sorted(codes) and len(set(codes)) == 44
    colours = dict((c, rgb) for c, rgb, _n in clc.CLASSES)
    assert colours[111] == "230,0,77" and colours[112] == "255,0,0" and colours[211] == "255,255,168"
    assert colours[311] == "128,255,0" and colours[312] == "0,166,0" and colours[512] == "128,242,230"
    assert colours[523] == "230,242,255"
    assert clc.is_clc("CORINE Land Cover 2018") and clc.is_clc("U2018_CLC2018_V2020_20u1.tif")
    assert not clc.is_clc("CORINE Land Cover Change 2012-2018") and not clc.is_clc("CHA 2012-2018")
    assert not clc.is_clc("Imperviousness Density 2018")


def test_unpack_nested_result_and_style_it(tmp_path):
    zip_path = tmp_path / "CLMS_4050.zip"
    zip_path.write_bytes(result_zip("CORINE Land Cover 2018"))
    files = results.unpack(str(zip_path), str(tmp_path / "CLMS_4050"))
    assert len(files) == 1 and files[0].endswith("CORINE_Land_Cover_2018.tif")
    assert not (tmp_path / "CLMS_4050.unpacking").exists()
    assert results.unpack(str(zip_path), str(tmp_path / "CLMS_4050")) == files  # already there: the same files
    layer = QgsRasterLayer(files[0], "clc")
    clc.style_raster(layer, clc=True)
    renderer = layer.renderer()
    assert isinstance(renderer, QgsPalettedRasterRenderer) and len(renderer.classes()) == 44
    first = renderer.classes()[0]
    assert (first.value, first.color.name(), first.label) == (1, "#e6004d", "111 Continuous urban fabric")
    assert renderer.classes()[43].label == "523 Sea and ocean"
    other = tmp_path / "other.zip"
    other.write_bytes(result_zip("Imperviousness Density 2018", clc=False))
    (tif,) = results.unpack(str(other), str(tmp_path / "other"))
    layer = QgsRasterLayer(tif, "imp")
    clc.style_raster(layer, clc=False)
    assert isinstance(layer.renderer(), QgsSingleBandPseudoColorRenderer)
    assert 0 <= layer.renderer().classificationMin() < layer.renderer().classificationMax() <= 100


def test_bad_zips_are_refused_and_leave_nothing(tmp_path):
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("../../outside.tif", b"x")
    with pytest.raises(PluginError, match="outside its folder"):
        results.unpack(str(evil), str(tmp_path / "evil"))
    assert not (tmp_path / "evil").exists() and not (tmp_path.parent / "outside.tif").exists()
    broken = tmp_path / "broken.zip"
    broken.write_bytes(result_zip("CORINE Land Cover 2018")[:300])
    with pytest.raises(PluginError, match="not a complete zip"):
        results.unpack(str(broken), str(tmp_path / "broken"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.zip", "evil.zip"]
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as z:
        z.writestr("readme.txt", "nothing")
    with pytest.raises(PluginError, match="no raster or vector"):
        results.unpack(str(empty), str(tmp_path / "empty"))


def gisco_file(path):
    """A file shaped as Eurostat GISCO's NUTS_RG_*_2021_4326 GeoJSON (boxes for boundaries)."""
    def box(w, s, e, n):
        return {"type": "Polygon", "coordinates": [[[w, s], [e, s], [e, n], [w, n], [w, s]]]}
    regions = [("IT", 0, "Italia", (6.6, 35.5, 18.5, 47.1)), ("ITC", 1, "Nord-Ovest", (6.6, 43.8, 10.5, 46.6)),
               ("ITC1", 2, "Piemonte", (6.6, 44.1, 9.2, 46.5)), ("ITC11", 3, "Torino", (6.6, 44.6, 8.1, 45.6))]
    features = [{"type": "Feature", "properties": {"NUTS_ID": c, "LEVL_CODE": lv, "CNTR_CODE": "IT", "NAME_LATN": n},
                 "geometry": box(*b)} for c, lv, n, b in regions]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return str(path)


def test_nuts_regions(tmp_path):
    countries = NutsIndex()
    assert countries.find("IT").name == "Italia" and countries.find("is – Ísland").code == "IS"
    assert [r.code for r in countries.matching("ital")] == ["IT"] and countries.find("Italy") is None
    index = NutsIndex.from_gisco(gisco_file(tmp_path / "NUTS_RG_20M_2021_4326.geojson"))
    torino = index.find("ITC11 – Torino")
    assert (torino.level, torino.name) == (3, "Torino")
    assert torino.geometry.boundingBox().toString(1) == "6.6,44.6 : 8.1,45.6"
    assert [r.code for r in index.matching("itc1")] == ["ITC1", "ITC11"]
    assert [r.code for r in index.matching("pie")] == ["ITC1"]
    with pytest.raises(PluginError, match="not a GISCO NUTS file"):
        bad = tmp_path / "x.geojson"
        bad.write_text(json.dumps({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"name": "a"}, "geometry": {"type": "Point", "coordinates": [0, 0]}}]}))
        NutsIndex.from_gisco(str(bad))


def test_view_layers():
    layers = wms_layers(WMS_CAPABILITIES.replace("{url}", "http://x/wms").encode())
    assert [(n, t) for n, t, _c in layers] == [("12", "CORINE Land Cover 2018")]
    assert "EPSG:3857" in layers[0][2]
    d = Dataset("u", "CORINE Land Cover 2018", view_service="http://x/wms/corine",
                view_layers=[("clc2018", "CORINE Land Cover 2018")])
    v = view_layer(d, layers, crs="EPSG:3035")  # the catalogue's id is not the service's: matched by title
    assert v.provider == "wms" and "layers=12" in v.uri and "url=http://x/wms/corine" in v.uri
    assert "crs=EPSG:3035" in v.uri
    assert capabilities_url("http://x/wms?map=clc") == "http://x/wms?map=clc&SERVICE=WMS&REQUEST=GetCapabilities"
    ams = view_layer(Dataset("u", "Imperviousness", view_service="https://h/arcgis/rest/services/A/B/MapServer",
                             view_layers=[("0", "x")]))
    assert ams.provider == "arcgismapserver" and "layer='0'" in ams.uri and "url='https://h/arcgis" in ams.uri
    with pytest.raises(PluginError, match="no view service"):
        view_layer(Dataset("u", "Nothing"))
    with pytest.raises(PluginError, match="did not answer with WMS capabilities"):
        wms_layers(b"<html>maintenance")


def test_tracked_requests_survive_a_restart(tmp_path):
    settings = QgsSettings(str(tmp_path / "qgis.ini"), QSettings.Format.IniFormat)
    tracker = Tracker(settings)
    tracker.add(Tracked("40579776782", "CORINE Land Cover 2018", str(tmp_path), clc=True))
    tracker.add(Tracked("40579776783", "Tree Cover Density 2018", str(tmp_path)))
    again = Tracker(QgsSettings(str(tmp_path / "qgis.ini"), QSettings.Format.IniFormat))  # QGIS restarted
    assert sorted(again.requests) == ["40579776782", "40579776783"] and again.requests["40579776782"].clc
    ready = again.update({"40579776782": {"Status": "Finished_ok", "DownloadURL": "http://x/4050.zip",
                                          "FileSize": 123}, "40579776783": {"Status": "In_progress"}})
    assert [t.task_id for t in ready] == ["40579776782"] and len(again.pending()) == 2
    again.requests["40579776782"].fetched = True
    again.save()
    assert [t.task_id for t in Tracker(settings).pending()] == ["40579776783"]


def test_clc_vector_legend():
    from qgis.core import QgsCategorizedSymbolRenderer, QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("Polygon?crs=EPSG:3035&field=ID:integer&field=Code_18:string(3)", "clc", "memory")
    f = QgsFeature(layer.fields())
    f.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 100 0, 100 100, 0 0))"))
    f.setAttributes([1, "312"])
    layer.dataProvider().addFeatures([f])
    assert clc.style_vector(layer, clc=True)
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "Code_18"
    coniferous = next(c for c in renderer.categories() if c.value() == "312")
    assert coniferous.label() == "312 Coniferous forest" and coniferous.symbol().color().name() == "#00a600"
    plain = QgsVectorLayer("Polygon?crs=EPSG:3035&field=name:string", "ua", "memory")
    assert not clc.style_vector(plain, clc=True)  # no code field: QGIS's own style stays
