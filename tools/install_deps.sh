#!/usr/bin/env bash
# Install the Debian packages the plugin needs to build, test and run (QGIS 3.22 from Debian).
# Installing needs root: runs apt-get directly as root, through sudo otherwise, and says what is
# missing when neither works.
set -euo pipefail
# postgresql-15 + PostGIS: the PostGIS store's tests start a throw-away server of their own on loopback
# zip: pb_tool (make zip) packs the plugin with it
# every Python package the plugin, the tests and the tools import that is not in the venv, named even where QGIS's
# packages pull it in today: numpy, GDAL, matplotlib (the plot), PyJWT and cryptography (the tests' token server
# checks the plugin's standard-library RS256 grant with them), psycopg2 (the PostGIS tests)
PKGS=(python3-qgis qgis-providers qgis python3-venv python3-pip xvfb xauth imagemagick gdal-bin
      qttools5-dev-tools pyqt5-dev-tools python3-psycopg2 postgresql-15 postgresql-15-postgis-3 zip
      python3-numpy python3-gdal python3-matplotlib python3-jwt python3-cryptography)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "ERROR: these Debian packages are missing and neither root nor sudo is available:" >&2
  echo "  ${missing[*]}" >&2
  echo "Install them as root: apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
