"""clms_egms:fit_trends and clms_egms:decompose_los through Processing, on the Grindavík-like scenario."""
import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from clms_egms.core.egms import import_egms
from clms_egms.core.egms.scenario import EVENT_DATE, MAX_STEP, motion, write_scenario


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scenario")
    paths = write_scenario(str(folder / "files"), n_points=6400, n_dates=300)  # 5 years, as real files
    gpkg = str(folder / "egms.gpkg")
    import_egms(paths, gpkg)
    return gpkg, paths


def run(algorithm, parameters):
    import processing

    return processing.run("clms_egms:" + algorithm, parameters)


def test_fit_trends_per_point(provider, scenario, tmp_path):
    """With the event's date the fit finds each point's velocity and the step of 10 November 2023 (fit_step_mm,
    to be mapped) as the scenario made them; without it, the graben's drop is taken for motion."""
    gpkg, _ = scenario
    out = run("fit_trends", {"INPUT": gpkg + "|layername=egms_l3_u_2020_2024", "EVENT": EVENT_DATE,
                             "OUTPUT": str(tmp_path / "fits.gpkg")})["OUTPUT"]
    layer = QgsVectorLayer(out, "fits", "ogr")
    assert layer.featureCount() == 14400
    rows = [(f.geometry().asPoint(), f["fit_vel"], f["fit_season"], f["fit_rmse"], f["fit_n"], f["fit_step_mm"])
            for f in layer.getFeatures()]
    x = np.array([r[0].x() for r in rows])
    y = np.array([r[0].y() for r in rows])
    vel, season, rmse, step = (np.array([r[i] for r in rows], float) for i in (1, 2, 3, 5))
    truth = motion(x, y)
    # the fitted velocity follows the truth within the noise (0.8 mm per date, 0.2 mm/year² acceleration)
    assert np.median(np.abs(vel - truth.up)) < 1.0
    assert np.corrcoef(vel, truth.up)[0, 1] > 0.98
    clay = truth.seasonal > 5
    assert np.median(season[clay]) == pytest.approx(6.0, abs=1.0) and np.median(season[~clay]) < 1.5
    assert np.median(rmse) == pytest.approx(0.8, abs=0.2) and rows[0][4] == 300
    # the deepest point of the graben and the top of the dome, where they were put
    assert vel.min() < -30 and vel.max() > 23
    # the step: as made, within the noise, everywhere; its deepest on the graben's axis
    assert np.max(np.abs(step - truth.step)) < 3.0 and np.corrcoef(step, truth.step)[0, 1] > 0.999
    assert step.min() == pytest.approx(MAX_STEP, abs=3.0) and np.median(np.abs(step[truth.step > -1])) < 0.5
    # without the event the graben's drop biases its velocities by tens of mm/year
    plain = run("fit_trends", {"INPUT": gpkg + "|layername=egms_l3_u_2020_2024", "OUTPUT": "memory:"})["OUTPUT"]
    assert "fit_step_mm" not in plain.fields().names()
    biased = np.array([f["fit_vel"] for f in plain.getFeatures()], float)
    graben = truth.step < -100
    assert np.median(np.abs(biased[graben] - truth.up[graben])) > 10


def test_fit_trends_over_a_period_and_bad_input(provider, scenario, tmp_path):
    gpkg, _ = scenario
    out = run("fit_trends", {"INPUT": gpkg + "|layername=egms_l3_u_2020_2024", "START": "2021-01-01",
                             "END": "2021-06-30", "OUTPUT": "memory:"})["OUTPUT"]
    assert {f["fit_n"] for f in out.getFeatures()} == {30}  # 2021-01-04 … 2021-06-27 on the 6-day grid
    plain = QgsVectorLayer("Point?crs=EPSG:3035&field=pid:string", "plain", "memory")
    with pytest.raises(QgsProcessingException, match="holds no EGMS time series"):
        run("fit_trends", {"INPUT": plain, "OUTPUT": "memory:"})
    # a period given backwards, and a profile's period with one date only: said the same way by every algorithm
    layer = gpkg + "|layername=egms_l3_u_2020_2024"
    for algorithm, extra in (("fit_trends", {}), ("derived_fields", {})):
        with pytest.raises(QgsProcessingException, match="The start date must come before the end date"):
            run(algorithm, dict(extra, INPUT=layer, START="2022-06-30", END="2021-01-01", OUTPUT="memory:"))
    line = QgsVectorLayer("LineString?crs=EPSG:3035", "line", "memory")
    with pytest.raises(QgsProcessingException, match="Give both dates"):
        run("profile", {"INPUT": layer, "LINE": line, "START": "2021-01-01", "OUTPUT": "memory:"})


def test_decompose_the_scenario(provider, scenario, tmp_path):
    gpkg, _ = scenario
    l2b = gpkg + "|layername=egms_l2b_2020_2024"  # both bursts, merged by the import
    result = run("decompose_los", {"ASCENDING": l2b, "DESCENDING": l2b, "CELL_SIZE": 300,
                                   "OUTPUT": str(tmp_path / "grid.gpkg")})
    grid = QgsVectorLayer(result["OUTPUT"], "grid", "ogr")
    # the 12 km square on a 300 m grid aligned to multiples of 300 m: 41 x 40 cells, all seen from both orbits
    assert grid.crs().authid() == "EPSG:3035" and grid.featureCount() == result["SOLVED_CELLS"] == 41 * 40
    assert result["ONE_GEOMETRY_CELLS"] == 0
    cells = [(f.geometry().centroid().asPoint(), f["up_mm_yr"], f["east_mm_yr"], f["n_asc"], f["n_desc"])
             for f in grid.getFeatures()]
    x, y = np.array([c[0].x() for c in cells]), np.array([c[0].y() for c in cells])
    up, east = np.array([c[1] for c in cells], float), np.array([c[2] for c in cells], float)
    truth = motion(x, y)
    assert np.median(np.abs(up - truth.up)) < 1.0 and np.median(np.abs(east - truth.east)) < 1.0
    deepest, top = np.argmin(up), np.argmax(up)
    from clms_egms.core.egms.scenario import DOME, GRABEN_AZIMUTH, GRINDAVIK

    dx, dy = x[deepest] - GRINDAVIK[0], y[deepest] - GRINDAVIK[1]
    across = dx * np.cos(GRABEN_AZIMUTH) - dy * np.sin(GRABEN_AZIMUTH)
    along = dx * np.sin(GRABEN_AZIMUTH) + dy * np.cos(GRABEN_AZIMUTH)
    assert abs(across) < 300 and abs(along) < 3000 and up[deepest] == pytest.approx(-35, abs=2)  # on the axis
    assert np.hypot(x[top] - DOME[0], y[top] - DOME[1]) < 300 and up[top] == pytest.approx(28, abs=2)


def test_decompose_refuses_same_geometry_and_non_l2(provider, scenario):
    gpkg, paths = scenario
    asc_only = QgsVectorLayer(gpkg + "|layername=egms_l2b_2020_2024", "asc", "ogr")
    asc_only.setSubsetString("direction = 'ASCENDING'")
    l3 = gpkg + "|layername=egms_l3_u_2020_2024"
    with pytest.raises(QgsProcessingException, match="lacks los_east, los_north, los_up"):
        run("decompose_los", {"ASCENDING": l3, "DESCENDING": l3, "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="holds no descending points"):
        run("decompose_los", {"ASCENDING": asc_only, "DESCENDING": asc_only, "OUTPUT": "memory:"})


def test_in_a_model_as_the_graphical_modeler_builds_it(provider, scenario, tmp_path):
    """A model chaining the import into the trend fit, built as the graphical modeler stores it, and run."""
    from qgis.core import (QgsProcessing, QgsProcessingContext, QgsProcessingFeedback, QgsProcessingModelAlgorithm,
                           QgsProcessingModelChildAlgorithm, QgsProcessingModelChildDependency,
                           QgsProcessingModelChildParameterSource, QgsProcessingModelOutput,
                           QgsProcessingModelParameter, QgsProcessingParameterMultipleLayers)

    _, paths = scenario
    gpkg = str(tmp_path / "model.gpkg")
    model = QgsProcessingModelAlgorithm("egms fits", "workshop")
    model.addModelParameter(QgsProcessingParameterMultipleLayers("files", "EGMS files",
                                                                 QgsProcessing.SourceType.TypeFile),
                            QgsProcessingModelParameter("files"))
    imported = QgsProcessingModelChildAlgorithm("clms_egms:import_egms")
    imported.setChildId("import")
    imported.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("files")])
    imported.addParameterSources("OUTPUT", [QgsProcessingModelChildParameterSource.fromStaticValue(gpkg)])
    model.addChildAlgorithm(imported)
    fitted = QgsProcessingModelChildAlgorithm("clms_egms:fit_trends")
    fitted.setChildId("fit")
    fitted.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromStaticValue(
        gpkg + "|layername=egms_l3_e_2020_2024")])
    fitted.setDependencies([QgsProcessingModelChildDependency("import")])
    output = QgsProcessingModelOutput("fits", "fits")
    output.setChildOutputName("OUTPUT")
    fitted.setModelOutputs({"fits": output})
    model.addChildAlgorithm(fitted)
    feedback = QgsProcessingFeedback()
    results, ok = model.run({"files": paths[2:], "fit:fits": str(tmp_path / "fits.gpkg")}, QgsProcessingContext(),
                            feedback)
    assert ok, feedback.textLog()
    # the model's output: "child:name" in QGIS 3.22's results, the output's own name in 3.44's
    layer = QgsVectorLayer(results.get("fit:fits") or results["fits"], "fits", "ogr")
    assert layer.featureCount() == 14400 and "fit_vel" in layer.fields().names()


def test_profile_across_the_graben(provider, scenario, tmp_path):
    """clms_egms:profile on a line across the graben through Grindavík: the points of the corridor by distance,
    their displacement across the event (1 to 20 November 2023) the scenario's step, deepest on the axis; their
    velocity the graben's trough."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    from clms_egms.core.egms.scenario import GRABEN_AZIMUTH, GRINDAVIK

    gpkg, _ = scenario
    # 4 km across the axis (the axis runs N35E: across it is N125E), centred on the town
    ux, uy = np.cos(GRABEN_AZIMUTH), -np.sin(GRABEN_AZIMUTH)
    a = QgsPointXY(GRINDAVIK[0] - 2000 * ux, GRINDAVIK[1] - 2000 * uy)
    b = QgsPointXY(GRINDAVIK[0] + 2000 * ux, GRINDAVIK[1] + 2000 * uy)
    lines = QgsVectorLayer("LineString?crs=EPSG:3035", "profile", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromPolylineXY([a, b]))
    lines.dataProvider().addFeatures([feature])
    result = run("profile", {"INPUT": gpkg + "|layername=egms_l3_u_2020_2024", "LINE": lines, "WIDTH": 200,
                             "START": "2023-11-01", "END": "2023-11-20", "OUTPUT": "memory:"})
    out = result["OUTPUT"]
    rows = [(f.geometry().asPoint(), f["distance_m"], f["offset_m"], f["velocity"], f["disp_mm"])
            for f in out.getFeatures()]
    assert result["POINTS"] == len(rows) > 20
    distance = np.array([r[1] for r in rows])
    offset = np.array([r[2] for r in rows])
    assert (np.diff(distance) >= 0).all() and distance.min() >= 0 and distance.max() <= 4000 + 1
    assert np.abs(offset).max() <= 100
    x, y = np.array([r[0].x() for r in rows]), np.array([r[0].y() for r in rows])
    # the distance is the point's position along the line (hand-computed: its projection on the line's direction)
    np.testing.assert_allclose(distance, np.clip((x - a.x()) * ux + (y - a.y()) * uy, 0, 4000), atol=0.01)
    truth = motion(x, y)
    disp = np.array([r[4] for r in rows], float)
    vel = np.array([r[3] for r in rows], float)
    assert np.max(np.abs(disp - truth.step)) < 8  # two acquisitions' noise and 19 days of motion
    deepest = distance[np.argmin(disp)]
    assert abs(deepest - 2000) < 150 and disp.min() < -220  # on the axis, at the town
    assert np.median(np.abs(disp[np.abs(distance - 2000) > 1500])) < 6  # far from the graben: no step
    assert np.corrcoef(vel, truth.up)[0, 1] > 0.95 and distance[np.argmin(vel)] == pytest.approx(2000, abs=200)


def test_fit_trends_output_arrives_styled(provider, scenario, tmp_path, qgis_new_project):
    """Workshop step 5 ("To map it"): the output came in one colour, its styling left to the trainer. Loaded by
    Processing, it is styled on the event's step (with an event date), else on the fitted velocity."""
    import processing
    from qgis.core import QgsGraduatedSymbolRenderer, QgsProject

    gpkg, _ = scenario
    for event, field, unit in ((EVENT_DATE, "fit_step_mm", " mm"), (None, "fit_vel", " mm/year")):
        params = {"INPUT": gpkg + "|layername=egms_l3_u_2020_2024", "OUTPUT": str(tmp_path / (field + ".gpkg"))}
        if event:
            params["EVENT"] = event
        QgsProject.instance().clear()
        processing.runAndLoadResults("clms_egms:fit_trends", params)
        (layer,) = QgsProject.instance().mapLayers().values()
        renderer = layer.renderer()
        assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == field
        labels = [r.label() for r in renderer.ranges()]
        assert len(labels) == 7 and all(label.endswith(unit) for label in labels), labels
        if event:  # the graben's drop of about -250 mm falls in the lowest class
            assert renderer.ranges()[0].upperValue() <= -100


def test_the_graben_faults_offsets_across_the_event(provider, scenario):
    """The scenario's graben floor drops 40 mm more than its surroundings at its two bounding faults on
    10 November 2023: clms_egms:profile across the graben with the scenario's fault traces measures each offset of
    the displacement across the event, -40 mm entering the graben and +40 mm leaving it."""
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY
    from qgis.PyQt.QtCore import QVariant

    from clms_egms.core.egms.scenario import FAULT_DROP, GRABEN_AZIMUTH, GRINDAVIK, fault_traces

    gpkg, _ = scenario
    ux, uy = np.cos(GRABEN_AZIMUTH), -np.sin(GRABEN_AZIMUTH)  # across the axis, north-west to south-east
    line = QgsVectorLayer("LineString?crs=EPSG:3035", "section", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(GRINDAVIK[0] - 2000 * ux, GRINDAVIK[1] - 2000 * uy),
                                              QgsPointXY(GRINDAVIK[0] + 2000 * ux, GRINDAVIK[1] + 2000 * uy)]))
    line.dataProvider().addFeatures([f])
    faults = QgsVectorLayer("LineString?crs=EPSG:3035", "faults", "memory")
    faults.dataProvider().addAttributes([QgsField("name", QVariant.String)])
    faults.updateFields()
    for name, ends in fault_traces():
        fault = QgsFeature(faults.fields())
        fault.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(*e) for e in ends]))
        fault.setAttributes([name])
        faults.dataProvider().addFeatures([fault])
    result = run("profile", {"INPUT": gpkg + "|layername=egms_l3_u_2020_2024", "LINE": line, "WIDTH": 800,
                             "START": "2023-11-01", "END": "2023-11-20", "FAULTS": faults, "FAULT_NAME": "name",
                             "FAULT_WINDOW": 200, "FAULT_METHOD": 1, "OUTPUT": "memory:", "BINS": "memory:",
                             "FAULT_OFFSETS": "memory:"})
    offsets = {o["fault"]: o for o in result["FAULT_OFFSETS"].getFeatures() if o["quantity"] == "disp_mm"}
    assert list(offsets) == ["north-western graben fault", "south-eastern graben fault"]
    nw, se = offsets["north-western graben fault"], offsets["south-eastern graben fault"]
    assert nw["distance_m"] == pytest.approx(1300, abs=1) and se["distance_m"] == pytest.approx(2700, abs=1)
    # within three stated uncertainties (-39.6 ± 0.9 and 39.9 ± 0.9 mm when written)
    assert abs(nw["offset"] - FAULT_DROP) <= 3 * nw["uncertainty"] < 3
    assert abs(se["offset"] + FAULT_DROP) <= 3 * se["uncertainty"] < 3
    assert nw["n_before"] >= 5 and se["n_after"] >= 5
