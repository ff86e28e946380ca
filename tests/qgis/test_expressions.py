"""The EGMS expression functions on the real samples, against values computed here from the CSV itself: through
QGIS's expression engine as the field calculator, Select by expression, Processing and the renderer use it."""
import csv
import io
import zipfile

import numpy as np
import pytest
from qgis.core import (NULL, QgsApplication, QgsExpression, QgsExpressionContext, QgsExpressionContextUtils,
                       QgsFeatureRequest, QgsProject, QgsTask, QgsVectorLayer, QgsVectorLayerFeatureSource)

from clms_egms.core.egms import import_egms
from clms_egms.expressions import functions as expressions, series_cache
from clms_egms.core.egms.series import date_fields
from support.gui import field_calculator_dialog, open_field_calculator, translated

STEMS = ["EGMS_L2b_022_0845_IW2_VV_2020_2024_1", "EGMS_L2b_117_0227_IW2_VV_2020_2024_1"]
LAYER = "egms_l2b_2020_2024"
UPDATE_SERIES = "UPDATE {0}_ts SET data = ? WHERE fid = (SELECT fid FROM {0} WHERE pid = ?)".format(LAYER)
SERIES_OF = "{0}_ts WHERE fid = (SELECT fid FROM {0} WHERE pid = ?)".format(LAYER)  # one point's series row
PID = "166ax5Ofja"


def csv_rows(samples_dir):
    for stem in STEMS:
        with zipfile.ZipFile(samples_dir / (stem + ".zip")) as zf, zf.open(stem + ".csv") as raw:
            yield from csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"))


def csv_series(row):
    """(dates, mm with NaN where empty), read here from the CSV row, independently of the plugin's parser."""
    names = [k for k in row if k and len(k) == 8 and k.isdigit()]
    dates = np.array(["{}-{}-{}".format(d[:4], d[4:6], d[6:]) for d in names], dtype="datetime64[D]")
    return dates, np.array([float(row[d]) if row[d] not in ("", None) else np.nan for d in names])


def expected(dates, mm):
    """The five functions' values for one series, computed the plain way (loops, np.polyfit)."""
    have = [(d, v) for d, v in zip(dates, mm) if v == v]

    def at(day):
        day = np.datetime64(day)
        return min(have, key=lambda dv: (abs(int((dv[0] - day).astype(int))), dv[0]))[1]

    window = [(d, v) for d, v in have if np.datetime64("2023-01-01") <= d <= np.datetime64("2024-12-31")]
    t = np.array([(d - window[0][0]).astype(int) / 365.25 for d, _v in window])
    event = np.datetime64("2022-06-01")
    before = [v for d, v in have if event - 60 <= d < event]
    after = [v for d, v in have if event < d <= event + 60]
    return {
        "egms_displacement('2023-11-20')": at("2023-11-20"),
        "egms_displacement_between('2021-01-01', '2023-01-01')": at("2023-01-01") - at("2021-01-01"),
        "egms_velocity('2023-01-01', '2024-12-31')": np.polyfit(t, [v for _d, v in window], 1)[0],
        "egms_step('2022-06-01')": np.mean(after) - np.mean(before),
        "egms_acquisitions()": len(have),
    }


def fitted_velocity(dates, mm, start="2023-01-01", end="2024-12-31"):
    keep = np.isfinite(mm) & (dates >= np.datetime64(start)) & (dates <= np.datetime64(end))
    return np.polyfit((dates[keep] - dates[keep][0]).astype(int) / 365.25, mm[keep], 1)[0]


@pytest.fixture(scope="module")
def gpkg(tmp_path_factory):
    from support.paths import SAMPLES_DIR

    if not SAMPLES_DIR.is_dir():
        pytest.skip("real EGMS samples not found at {} (CI has them)".format(SAMPLES_DIR))
    path = str(tmp_path_factory.mktemp("expr") / "egms.gpkg")
    import_egms([str(SAMPLES_DIR / (stem + ".zip")) for stem in STEMS], path)
    return path


@pytest.fixture
def registered(qgis_app):
    expressions.register()
    yield
    expressions.unregister()


@pytest.fixture
def layer(gpkg, registered, qgis_new_project):
    layer = QgsVectorLayer(gpkg + "|layername=" + LAYER, LAYER, "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    yield layer


def evaluate(layer, text, request=None):
    """{pid: value} of an expression over the layer's features, as QGIS evaluates it for a layer."""
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    expression = QgsExpression(text)
    assert expression.prepare(context), expression.parserErrorString()
    out = {}
    for feature in layer.getFeatures(request or QgsFeatureRequest()):
        context.setFeature(feature)
        out[feature["pid"]] = expression.evaluate(context)
        assert not expression.hasEvalError(), expression.evalErrorString()
    return out


def test_every_function_matches_the_csv_for_the_issue_point(layer, samples_dir):
    row = next(r for r in csv_rows(samples_dir) if r["pid"] == PID)
    truth = expected(*csv_series(row))
    request = QgsFeatureRequest(QgsExpression("pid = '{}'".format(PID)))
    for text, value in truth.items():
        got = evaluate(layer, text, request)[PID]
        assert got == pytest.approx(value, abs=1e-6), text


def test_the_whole_layer_matches_the_csv(layer, samples_dir, monkeypatch):
    """Every point, read block by block (small blocks and a small cache here, so that blocks are dropped and
    read again): the same values as from the CSV."""
    monkeypatch.setattr(series_cache, "BLOCK", 700)
    monkeypatch.setattr(series_cache, "KEEP", 3)
    rows = {r["pid"]: r for r in csv_rows(samples_dir)}
    pids = sorted(rows)[::97]  # 241 points spread over both bursts
    for text in ("egms_step('2022-06-01')", "egms_velocity('2023-01-01', '2024-12-31')"):
        got = evaluate(layer, text)
        assert len(got) == len(rows) == 23349
        for pid in pids:
            assert got[pid] == pytest.approx(expected(*csv_series(rows[pid]))[text], abs=1e-6), (text, pid)
    cached = expressions.CACHE.layers[layer.id()][1]
    assert max(len(v) for v in cached.values.values()) <= 3 * 700  # bounded: older blocks were dropped


def test_the_guideline_delimited_text_layer_gives_the_same_values(layer, samples_dir, tmp_path):
    plain = plain_csv_layer(samples_dir, tmp_path)
    request = QgsFeatureRequest().setLimit(200)
    for text in ("egms_displacement('2023-11-20')", "egms_step('2022-06-01', 30)", "egms_acquisitions()"):
        from_csv = evaluate(plain, text, request)
        imported = evaluate(layer, text, QgsFeatureRequest().setFilterExpression("pid IN ({})".format(
            ",".join("'{}'".format(p) for p in from_csv))))
        assert from_csv.keys() == imported.keys()
        for pid, value in from_csv.items():
            assert value == pytest.approx(imported[pid], abs=1e-6), (text, pid)


def test_null_on_other_layers_and_points_without_values_and_an_error_for_a_bad_date(layer, gpkg):
    other = QgsVectorLayer("Point?crs=EPSG:3035&field=pid:string&field=mean_velocity:double", "other", "memory")
    with_pid = QgsVectorLayer("Point?crs=EPSG:3035&field=pid:string", "other", "memory")
    QgsProject.instance().addMapLayers([other, with_pid])
    from qgis.core import QgsFeature

    for memory in (other, with_pid):
        feature = QgsFeature(memory.fields())
        feature["pid"] = PID
        memory.dataProvider().addFeatures([feature])
        assert evaluate(memory, "egms_step('2022-06-01')")[PID] == NULL
    # a point of the imported layer whose series is gone from the store
    import sqlite3

    conn = sqlite3.connect(gpkg)
    victim = [f["pid"] for f in layer.getFeatures(QgsFeatureRequest().setLimit(6))][5]
    data = conn.execute("SELECT data FROM " + SERIES_OF, (victim,)).fetchone()[0]
    conn.execute("DELETE FROM " + SERIES_OF, (victim,))
    conn.commit()
    try:
        expressions.CACHE.forget()
        got = evaluate(layer, "egms_displacement('2023-11-20')", QgsFeatureRequest().setLimit(50))
        assert got[victim] == NULL and sum(v == NULL for v in got.values()) == 1
    finally:
        conn.execute("INSERT INTO {0}_ts (fid, source_id, data) VALUES ((SELECT fid FROM {0} WHERE pid = ?), 1, ?)"
                     .format(LAYER), (victim, data))
        conn.commit()
        conn.close()
        expressions.CACHE.forget()
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(next(layer.getFeatures()))
    bad = QgsExpression("egms_velocity('2023-13-45', '2024-01-01')")
    assert bad.evaluate(context) == NULL and "is not a date" in bad.evalErrorString()
    backwards = QgsExpression("egms_velocity('2024-01-01', '2023-01-01')")
    assert backwards.evaluate(context) == NULL and "end date" in backwards.evalErrorString()


def test_a_change_to_the_store_is_seen(layer, gpkg, monkeypatch):
    """Another connection (a re-import) writes to the GeoPackage: the cached values are dropped."""
    import sqlite3

    monkeypatch.setattr(series_cache, "RECHECK_S", 0.0)
    request = QgsFeatureRequest(QgsExpression("pid = '{}'".format(PID)))
    before = evaluate(layer, "egms_acquisitions()", request)[PID]
    conn = sqlite3.connect(gpkg)
    (data,) = conn.execute("SELECT data FROM " + SERIES_OF, (PID,)).fetchone()
    emptied = np.frombuffer(data, dtype="<i2").copy()
    emptied[:10] = np.iinfo(np.int16).min  # ten acquisitions without a value
    conn.execute(UPDATE_SERIES, (emptied.tobytes(), PID))
    conn.commit()
    try:
        assert evaluate(layer, "egms_acquisitions()", request)[PID] == before - 10
    finally:
        conn.execute(UPDATE_SERIES, (data, PID))
        conn.commit()
        conn.close()


def test_the_displacement_array_matches_the_csv_and_egms_displacement(layer, gpkg, samples_dir, monkeypatch):
    """egms_displacement_array: every point's value at its feature id, the same as egms_displacement's and the
    CSV's, also for a point without values near the date (its whole series searched); computed once a date."""
    import sqlite3

    monkeypatch.setattr(series_cache, "RECHECK_S", 0.0)
    monkeypatch.setattr(series_cache, "ARRAY_BLOCK", 5000)  # several blocks
    rows = {r["pid"]: r for r in csv_rows(samples_dir)}
    conn = sqlite3.connect(gpkg)
    (data,) = conn.execute("SELECT data FROM " + SERIES_OF, (PID,)).fetchone()
    emptied = np.frombuffer(data, dtype="<i2").copy()
    emptied[:60] = np.iinfo(np.int16).min  # the first 60 acquisitions without a value
    conn.execute(UPDATE_SERIES, (emptied.tobytes(), PID))
    conn.commit()
    try:
        for day in ("2019-01-01", "2021-07-01", "2023-11-20"):
            by_array = evaluate(layer, "array_get(egms_displacement_array('{}'), $id)".format(day))
            assert by_array == evaluate(layer, "egms_displacement('{}')".format(day))
            assert len(by_array) == 23349 and None not in by_array.values()
            for pid in [PID] + sorted(rows)[::500]:
                dates, mm = csv_series(rows[pid])
                if pid == PID:
                    mm[:60] = np.nan
                keep = np.isfinite(mm)
                nearest = np.lexsort((dates[keep], np.abs(dates[keep] - np.datetime64(day))))[0]
                assert by_array[pid] == pytest.approx(mm[keep][nearest], abs=1e-6), (day, pid)
    finally:
        conn.execute(UPDATE_SERIES, (data, PID))
        conn.commit()
        conn.close()
    bad = QgsExpression("egms_displacement_array('tomorrow')")
    bad.prepare(QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer)))
    assert "is not a date" in bad.evalErrorString()


def test_select_by_expression_and_the_field_calculator(layer, samples_dir, qgis_processing):
    """Select by expression selects exactly the points whose 2023-2024 fit is below -5 mm/year (np.polyfit on each
    CSV row); Processing's field calculator writes a real egms_step field with the values of the expression."""
    text = "egms_velocity('2023-01-01', '2024-12-31') < -5"
    truth = {row["pid"] for row in csv_rows(samples_dir) if fitted_velocity(*csv_series(row)) < -5}
    layer.selectByExpression(text)
    assert 0 < layer.selectedFeatureCount() == len(truth)
    assert {f["pid"] for f in layer.selectedFeatures()} == truth

    import processing

    result = processing.run("native:fieldcalculator", {
        "INPUT": layer, "FIELD_NAME": "step_2022", "FIELD_TYPE": 0, "FIELD_LENGTH": 10, "FIELD_PRECISION": 2,
        "FORMULA": "egms_step('2022-06-01')", "OUTPUT": "TEMPORARY_OUTPUT"})
    out = result["OUTPUT"]
    out = out if isinstance(out, QgsVectorLayer) else QgsProject.instance().mapLayer(out)
    values = {f["pid"]: f["step_2022"] for f in out.getFeatures()}
    assert len(values) == 23349 and sum(v == NULL for v in values.values()) == 0
    direct = evaluate(layer, "egms_step('2022-06-01')")
    for pid in list(values)[::500]:
        assert values[pid] == pytest.approx(direct[pid], abs=0.006)  # the field keeps two decimals


def plain_csv_layer(samples_dir, tmp_path):
    """The first sample as the guideline adds it: the CSV as a delimited-text layer, in the project."""
    with zipfile.ZipFile(samples_dir / (STEMS[0] + ".zip")) as zf:
        zf.extract(STEMS[0] + ".csv", str(tmp_path))
    uri = "file://{}?type=csv&delimiter=,&xField=easting&yField=northing&crs=EPSG:3035&detectTypes=yes".format(
        tmp_path / (STEMS[0] + ".csv"))
    plain = QgsVectorLayer(uri, "guideline csv", "delimitedtext")
    assert plain.isValid()
    QgsProject.instance().addMapLayer(plain)
    return plain


def test_the_fields_the_functions_name_are_all_they_need(layer, samples_dir, tmp_path):
    """QGIS fetches only the fields a function names (the field calculator does): with those alone, the values
    are the same as with every attribute, on an imported layer (its pid) and on the CSV as delimited text (its
    date fields); and the imported layer is asked for no other attribute."""
    plain = plain_csv_layer(samples_dir, tmp_path)
    for target in (layer, plain):
        for text in ("egms_step('2022-06-01')", "egms_velocity('2023-01-01', '2024-12-31')", "egms_acquisitions()"):
            names = QgsExpression(text).referencedColumns()
            fetched = QgsFeatureRequest().setSubsetOfAttributes(names, target.fields()).setLimit(300)
            everything = QgsFeatureRequest().setLimit(300)
            expressions.CACHE.forget()
            narrowed = {f.id(): v for f, v in zip(target.getFeatures(fetched), evaluate(target, text, fetched)
                                                  .values())}
            assert None not in narrowed.values() and len(narrowed) == 300
            expressions.CACHE.forget()
            assert list(evaluate(target, text, everything).values()) == list(narrowed.values()), (target.name(), text)
            if target is layer:
                assert fetched.subsetOfAttributes() == [layer.fields().indexOf("pid")]
            else:
                wanted = [i for i, _d in date_fields(plain)] + [plain.fields().indexOf("pid")]
                assert sorted(fetched.subsetOfAttributes()) == sorted(wanted)  # its dates and pid alone


def click_field_calculator(target, name, text):
    """QGIS's field calculator on the layer, a new decimal field ``name`` = ``text``, OK clicked."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    _dialog, ok = open_field_calculator(target, name, text)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert target.fields().indexOf(name) >= 0


@pytest.mark.skipif(field_calculator_dialog() is None,
                    reason="QGIS gives its field calculator dialog to Python from 3.30 on (qgis.gui)")
def test_the_field_calculator_dialog_writes_the_values(layer, samples_dir, tmp_path):
    """QGIS's field calculator, clicked: a new egms_step field on the imported layer (saved to the GeoPackage) and
    on the CSV as delimited text (a virtual field), each value that of the expression evaluated alone."""
    text = "egms_step('2022-06-01', 30)"
    truth = evaluate(layer, text)
    click_field_calculator(layer, "step_30", text)
    assert layer.commitChanges(), layer.commitErrors()
    saved = {f["pid"]: f["step_30"] for f in QgsVectorLayer(layer.source(), "again", "ogr").getFeatures()}
    assert saved == truth and sum(v is None or v == NULL for v in saved.values()) < 100
    plain = plain_csv_layer(samples_dir, tmp_path)
    click_field_calculator(plain, "step_30", text)
    written = {f["pid"]: f["step_30"] for f in plain.getFeatures()}
    assert len(written) == 11590
    assert all(written[pid] == pytest.approx(truth[pid], abs=1e-6) for pid in list(written)[::50])


def test_evaluated_in_a_background_thread(layer, wait):
    """A task's thread (as a render job's) evaluates the functions with the layer's feature source: the same
    values as the main thread."""
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    source, text, results = QgsVectorLayerFeatureSource(layer), "egms_step('2022-06-01', 30)", {}

    def work(task):
        expression = QgsExpression(text)
        expression.prepare(context)
        for feature in source.getFeatures(QgsFeatureRequest().setLimit(5000)):
            context.setFeature(feature)
            results[feature["pid"]] = expression.evaluate(context)
        return True

    task = QgsTask.fromFunction("egms expression in a thread", work)
    expressions.CACHE.forget()
    QgsApplication.taskManager().addTask(task)
    wait(lambda: task.status() in (QgsTask.TaskStatus.Complete, QgsTask.TaskStatus.Terminated), 60)
    assert task.status() == QgsTask.TaskStatus.Complete and len(results) == 5000
    main = evaluate(layer, text, QgsFeatureRequest().setLimit(5000))
    assert results == main


def test_registered_in_the_egms_group_with_help_and_gone_after_unregister(qgis_app):
    names = ["egms_displacement", "egms_displacement_between", "egms_velocity", "egms_step", "egms_acquisitions",
             "egms_displacement_array"]
    expressions.register()
    try:
        for name in names:
            function = QgsExpression.Functions()[QgsExpression.functionIndex(name)]
            assert function.groups() == ["EGMS"] and name in function.helpText()
        assert QgsExpression("egms_step('2023-11-10', 30)").parserErrorString() == ""
        assert "egms_step" in QgsExpression.helpText("egms_step")
    finally:
        expressions.unregister()
    assert not any(QgsExpression.isFunctionName(name) for name in names)
    assert QgsExpression("egms_step('2023-11-10')").hasParserError()


def test_data_defined_symbology_renders_in_qgis_render_threads(layer):
    """A graduated renderer whose value is an EGMS expression, drawn by QGIS's parallel render job (its own
    threads): points on both sides of zero are drawn in their colours, without errors."""
    from qgis.core import QgsClassificationRange, QgsGraduatedSymbolRenderer, QgsMarkerSymbol, QgsRendererRange

    from support.render import map_settings, rendered

    def symbol(colour):
        return QgsMarkerSymbol.createSimple({"name": "square", "color": colour, "outline_style": "no", "size": "1"})

    ranges = [QgsRendererRange(QgsClassificationRange("down", -1e9, 0), symbol("255,0,0")),
              QgsRendererRange(QgsClassificationRange("up", 0, 1e9), symbol("0,0,255"))]
    layer.setRenderer(QgsGraduatedSymbolRenderer("egms_step('2022-06-01')", ranges))
    expressions.CACHE.forget()
    image = rendered(map_settings(layer, 400))
    colours = {image.pixelColor(x, y).name() for x in range(0, 400, 2) for y in range(0, 400, 2)}
    assert {"#ff0000", "#0000ff"} <= colours
    assert expressions.CACHE.layers[layer.id()][1].values  # the values were computed, in the render threads


def test_the_cache_keeps_a_bounded_number_of_calls(layer, monkeypatch):
    """Many different calls (an animation's dates, a user trying dates in the expression builder): only the last
    KEYS calls' values are kept, and each call still gives its right values."""
    monkeypatch.setattr(series_cache, "KEYS", 3)
    request = QgsFeatureRequest(QgsExpression("pid = '{}'".format(PID)))
    days = ["2021-0{}-15".format(m) for m in range(1, 8)]
    got = [evaluate(layer, "egms_displacement('{}')".format(d), request)[PID] for d in days]
    entry = expressions.CACHE.layers[layer.id()][1]
    assert len(entry.values) == 3 and len(entry.blocks) <= 3
    assert got == [evaluate(layer, "egms_displacement('{}')".format(d), request)[PID] for d in days]


def test_the_help_names_the_decimal_field_type_qgis_offers_in_english_and_german(layer):
    """The field calculator proposes a whole-number field first (egms_step 4.7 mm would be written 5): the help of
    each function with decimals names the type to choose, in QGIS's own words, which the layer's provider offers;
    in German QGIS's own German term."""
    from qgis.PyQt.QtCore import QMetaType, QVariant

    from clms_egms.core.i18n import DECIMAL_FIELD

    native = {t.mTypeDesc: t.mType for t in layer.dataProvider().nativeTypes()}
    assert native[DECIMAL_FIELD] in (QVariant.Double, QMetaType.Type.Double)
    decimals = ["egms_displacement", "egms_displacement_between", "egms_velocity", "egms_step"]
    for function in expressions.functions():
        named = "<i>{}</i>".format(DECIMAL_FIELD) in function.helpText()
        assert named == (function.name() in decimals), function.name()

    with translated("de"):
        step = next(f for f in expressions.functions() if f.name() == "egms_step").helpText()
        assert "<i>Dezimalzahl (real)</i>" in step and "Feldrechner" in step
