#!/usr/bin/env bash
# make screenshots: run a screenshot script inside QGIS (qgis --code) under Xvfb, with the plugin deployed
# into an isolated profile under build/. Usage: tools/screenshots/run.sh tools/screenshots/search.py [out-dir]
# (LANG_UI=de: QGIS and the plugin in German)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SCRIPT=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
OUT=${2:-$ROOT/docs}
CONFIG="$ROOT/build/screenshot-config"
rm -rf "$CONFIG"  # a fresh profile for each script: one script's choices (a PostGIS import) never leak into the next
/usr/bin/python3 "$ROOT/tools/deploy.py" "$ROOT/build/clms_egms.zip" "$CONFIG/profiles" >/dev/null
mkdir -p "$OUT" "$ROOT/build/runtime" && chmod 700 "$ROOT/build/runtime"
CLMS_EGMS_ROOT="$ROOT" CLMS_EGMS_SHOTS="$OUT" XDG_RUNTIME_DIR="$ROOT/build/runtime" \
  timeout "${SHOT_TIMEOUT:-300}" xvfb-run -a -s "-screen 0 1600x1000x24" \
  qgis --profiles-path "$CONFIG" --profile default --nologo --noversioncheck ${LANG_UI:+--lang "$LANG_UI"} --code "$SCRIPT" \
  > "$ROOT/build/screenshot-qgis.log" 2>&1 || true
cat "$OUT/screenshot-status.txt" 2>/dev/null || { echo "no status: see build/screenshot-qgis.log" >&2; exit 1; }
rm -f "$OUT/screenshot-status.txt"
