#!/usr/bin/env bash
# make run: deploy the zip into an isolated QGIS profile under build/qgis-config, enable the plugin and start QGIS with its dock open.
# Without a DISPLAY: under xvfb-run, write build/screenshot.png and exit.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD="$ROOT/build"
CONFIG="$BUILD/qgis-config"  # QGIS keeps its profiles in <config>/profiles/<name>
/usr/bin/python3 "$ROOT/tools/deploy.py" "$BUILD/clms_egms.zip" "$CONFIG/profiles"
ARGS=(--profiles-path "$CONFIG" --profile default --nologo --noversioncheck --code "$ROOT/tools/qgis_startup.py")
# LANG_UI=de make run: QGIS and the plugin in German (fr: French)
[ -n "${LANG_UI:-}" ] && ARGS+=(--lang "$LANG_UI")
if [ -n "${DISPLAY:-}" ]; then
  exec qgis "${ARGS[@]}"
fi
SHOT="$BUILD/screenshot.png"
STATUS="$BUILD/run-status.txt"
rm -f "$SHOT" "$STATUS"
echo "No DISPLAY: running QGIS under Xvfb, screenshot to $SHOT"
CLMS_EGMS_SCREENSHOT="$SHOT" CLMS_EGMS_STATUS="$STATUS" XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$BUILD/runtime}" \
  timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24" qgis "${ARGS[@]}" > "$BUILD/qgis-run.log" 2>&1 || true
cat "$STATUS" 2>/dev/null || { echo "QGIS did not report back; see $BUILD/qgis-run.log" >&2; exit 1; }
grep -q "plugin_loaded=yes" "$STATUS" && grep -q "dock_visible=yes" "$STATUS" && [ -s "$SHOT" ] || {
  echo "make run: the plugin or its dock did not come up; see $BUILD/qgis-run.log" >&2; exit 1; }
echo "Screenshot: $SHOT"
