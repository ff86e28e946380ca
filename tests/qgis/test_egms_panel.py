"""The EGMS tab's import, driven as a user drives it: files chosen, Import clicked, layers in the project."""

from qgis.core import Qgis, QgsGraduatedSymbolRenderer, QgsProject, QgsRectangle

from clms_egms.core.egms.synthetic import write_egms


def egms_layers():
    return sorted((lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.name().startswith("egms_")),
                  key=lambda lyr: lyr.name())


def click_import(dock, wait):
    dock.importButton.click()
    assert not dock.importButton.isEnabled()  # the import runs in the background
    wait(lambda: dock.importButton.isEnabled(), timeout=60)


def test_import_real_samples_into_the_project(dock, qgis_iface, samples_dir, tmp_path, wait):
    dock.importFiles.setFilePath(" ".join('"{}"'.format(p) for p in sorted(samples_dir.glob("*.zip"))))
    dock.importGeopackage.setFilePath(str(tmp_path / "egms.gpkg"))
    click_import(dock, wait)
    layers = egms_layers()
    assert [lyr.name() for lyr in layers] == ["egms_l2b_2020_2024", "egms_l3_e_2020_2024", "egms_l3_u_2020_2024"]
    assert [lyr.featureCount() for lyr in layers] == [23349, 522, 522]
    renderer = layers[0].renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "mean_velocity"
    bounds = [(r.lowerValue(), r.upperValue()) for r in renderer.ranges()]
    inner = [b for pair in bounds[1:-1] for b in pair]
    assert sorted(inner) == sorted(-v for v in inner), "classes symmetric around 0"
    assert "mm/year" in renderer.ranges()[0].label()
    messages = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success)
    assert any("24393 points imported" in m for m in messages)


def test_second_import_into_a_loaded_layer(dock, qgis_iface, tmp_path, wait):
    a = write_egms(str(tmp_path / "a"), "L2b", n_points=300, n_dates=20, burst=845, pid_prefix="A")[0]
    b = write_egms(str(tmp_path / "b"), "L2b", n_points=200, n_dates=20, burst=846, pid_prefix="B")[0]
    gpkg = str(tmp_path / "egms.gpkg")
    dock.importGeopackage.setFilePath(gpkg)
    dock.importFiles.setFilePath(a)
    click_import(dock, wait)
    (layer,) = egms_layers()
    assert layer.featureCount() == 300
    dock.importFiles.setFilePath(b)  # the layer stays open in the project meanwhile
    click_import(dock, wait)
    assert egms_layers() == [layer]  # not added twice: the loaded layer shows the new points
    assert layer.featureCount() == 500
    assert not qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)


def test_keep_points_in_map_view(dock, qgis_iface, tmp_path, wait):
    path = write_egms(str(tmp_path / "in"), "L3", n_points=400, n_dates=20)[0]
    canvas = qgis_iface.mapCanvas()
    from qgis.core import QgsCoordinateReferenceSystem

    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3035"))
    canvas.setExtent(QgsRectangle(4597900, 1739900, 4598200, 1740200))
    view = canvas.extent()
    dock.importFiles.setFilePath(path)
    dock.importGeopackage.setFilePath(str(tmp_path / "v.gpkg"))
    dock.clipMode.setCurrentIndex(1)
    click_import(dock, wait)
    (layer,) = egms_layers()
    assert 0 < layer.featureCount() < 400
    assert all(view.contains(f.geometry().asPoint()) for f in layer.getFeatures())


def test_bad_file_gives_a_message_and_no_layer(dock, qgis_iface, tmp_path, wait):
    bad = tmp_path / "EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip"
    bad.write_bytes(b"truncated")
    dock.importFiles.setFilePath(str(bad))
    dock.importGeopackage.setFilePath(str(tmp_path / "x.gpkg"))
    click_import(dock, wait)
    assert egms_layers() == []
    critical = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert any("EGMS_L2b_022_0845_IW2_VV_2020_2024_1.zip is damaged or incomplete" in m for m in critical)
    assert not (tmp_path / "x.gpkg").exists()


def test_nothing_chosen(dock, qgis_iface):
    dock.importFiles.setFilePath("")
    dock.importButton.click()
    assert dock.importButton.isEnabled()
    assert any("Choose EGMS files" in m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))
