"""Hostile arguments to every EGMS expression function, through QGIS's own expression engine (as the field
calculator and qgis_process native:fieldcalculator call it). An exception that leaves a Python expression
function aborts QGIS (egms_step(d, 1e308) did: exit -6), so the evaluations run in a process of their own and
the test reads what it printed: every value NULL or a number, every bad argument said in the expression's error,
the process ending normally."""
import json
import os
import subprocess
import sys

from support.paths import PLUGINS_DIR

DATES = ("'2023-11-10'", "to_date('2023-11-10')", "'9999-12-31'", "'0001-01-01'", "'99999-01-01'", "''", "NULL",
         "'2023-13-45'", "1e308", "10^400", "-10^400", "0/0", "array(1, 2)", "map('a', 1)", "make_point(1, 2)",
         "lpad('x', 100000, 'x')", "now()", "to_datetime('2023-11-10 12:00:00')", "'2023-11-10' || char(0)")
NUMBERS = ("30", "1e308", "10^400", "-10^400", "-5", "0", "0.5", "2^31", "2^63", "1.5", "'abc'", "'45'", "NULL",
           "array(1)", "sqrt(-1)", "3661")
GOOD = "'2023-11-10'"

SCRIPT = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from qgis.core import (QgsApplication, QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsFeature,
                       QgsProject, QgsVectorLayer)
app = QgsApplication([], False)
app.initQgis()
from clms_egms.expressions import functions as expressions
expressions.register()
fields = "".join("&field=D{}:double".format(d) for d in ("20231001", "20231101", "20231201"))
layer = QgsVectorLayer("Point?crs=EPSG:3035&field=pid:string" + fields, "plain", "memory")
feature = QgsFeature(layer.fields())
feature.setAttributes(["p1", 1.0, 2.0, -40.0])
layer.dataProvider().addFeatures([feature])
QgsProject.instance().addMapLayer(layer)
context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
context.setFeature(next(layer.getFeatures()))
for text in json.loads(sys.stdin.read()):
    expression = QgsExpression(text)
    value = expression.evaluate(context)
    shown = value if isinstance(value, (int, float)) and not isinstance(value, bool) else (
        None if value is None or str(type(value)).endswith("QVariant'>") and value.isNull() else repr(value)[:40])
    print(json.dumps([text[:80], shown, expression.hasEvalError(), expression.evalErrorString()[:300]]), flush=True)
expressions.unregister()
print(json.dumps("done"), flush=True)
app.exitQgis()
"""


def expressions_to_try():
    calls = []
    for d in DATES:
        calls += ["egms_displacement({})".format(d), "egms_step({}, 30)".format(d), "egms_step({})".format(d),
                  "egms_velocity({}, '2024-01-01')".format(d), "egms_velocity('2020-01-01', {})".format(d),
                  "egms_displacement_between({}, {})".format(d, GOOD), "egms_displacement_array({})".format(d)]
    calls += ["egms_step({}, {})".format(GOOD, n) for n in NUMBERS]
    calls += ["egms_acquisitions()", "egms_velocity('2024-01-01', '2023-01-01')"]
    return calls


def test_no_argument_crashes_qgis_or_leaves_a_traceback():
    calls = expressions_to_try()
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(PLUGINS_DIR)], input=json.dumps(calls),
                          capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith(("[", '"'))]
    assert done.returncode == 0 and lines and lines[-1] == "done", (done.returncode, done.stdout[-2000:],
                                                                       done.stderr[-3000:])
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    results = {text: (value, error, message) for text, value, error, message in lines[:-1]}
    assert len(results) == len(set(c[:80] for c in calls))
    for text, (value, _error, _message) in results.items():
        assert value is None or isinstance(value, (int, float)) or text.startswith("egms_displacement_array"), (
            text, value)
    # the real values still come
    assert results["egms_displacement('2023-11-10')"][0] == 2.0
    assert results["egms_step('2023-11-10', 30)"][0] == -42.0
    assert results["egms_acquisitions()"][0] == 3
    # each bad argument is said, none silently
    for text in ("egms_step('2023-11-10', 1e308)", "egms_step('2023-11-10', 10^400)", "egms_step('2023-11-10', 0)",
                 "egms_step('2023-11-10', -5)", "egms_step('2023-11-10', 'abc')", "egms_step('2023-11-10', 3661)",
                 "egms_step('2023-11-10', 2^63)", "egms_step('2023-11-10', sqrt(-1))"):
        value, error, message = results[text]
        assert value is None and error and "window must be a number of days from 1 to 3660" in message, (
            text, results[text])
    for text in ("egms_displacement(1e308)", "egms_displacement('99999-01-01')", "egms_displacement(make_point(1, 2))",
                 "egms_step(10^400, 30)", "egms_displacement('2023-13-45')",
                 "egms_displacement(lpad('x', 100000, 'x'))"):
        value, error, message = results[text]
        assert value is None and error and "is not a date" in message and len(message) < 300, (text, results[text])
