#!/usr/bin/env bash
# A Debian sid root with QGIS 3.44 LTR (python3-qgis from Debian's packages), PostgreSQL + PostGIS and a venv
# with the test tools, for `make test-ltr`. Built once with debootstrap into $SID_ROOT (default build/sid) and
# kept: a later run only checks it. Needs root (debootstrap, chroot, bind mounts).
#   tools/sid_root.sh build          make the root if it is not there
#   tools/sid_root.sh run CMD...     run CMD in the root, the repository and ../shared bound at their own paths
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
ROOT="${SID_ROOT:-$HERE/build/sid}"
MIRROR="${SID_MIRROR:-http://deb.debian.org/debian}"
# QGIS 3.44 and what the tests use; postgresql/postgis as Debian's current major versions
PKGS="python3-qgis qgis-providers qgis python3-venv python3-pip python3-psycopg2 python3-matplotlib python3-jwt
      python3-cryptography python3-requests gdal-bin xvfb xauth imagemagick postgresql postgresql-postgis
      ca-certificates locales-all"

need_root() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "ERROR: the sid root needs root (debootstrap, chroot, mount); run as root or through sudo." >&2
    exit 1
  fi
}

mounts=()
bind() {  # bind $1 into the root at the same path
  mkdir -p "$ROOT$1"
  mountpoint -q "$ROOT$1" || { mount --bind "$1" "$ROOT$1"; mounts+=("$ROOT$1"); }
}
unbind() {
  local i
  for ((i=${#mounts[@]}-1; i>=0; i--)); do umount -l "${mounts[$i]}" 2>/dev/null || true; done
  mounts=()
}

enter() {  # run "$@" in the root with /proc, /dev, /sys and the host's resolver and CA bundle
  trap unbind EXIT
  bind /proc; bind /dev; bind /dev/pts; bind /sys
  cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
  chroot "$ROOT" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

build() {
  need_root
  if [ -f "$ROOT/.ready" ]; then
    return 0
  fi
  command -v debootstrap >/dev/null || { apt-get update -qq; apt-get install -y -qq debootstrap >/dev/null; }
  echo "Building the Debian sid root with QGIS 3.44 in $ROOT (once; several minutes)"
  if [ ! -x "$ROOT/usr/bin/apt-get" ]; then
    rm -rf "$ROOT"
    mkdir -p "$ROOT"
    debootstrap --variant=minbase --include=ca-certificates sid "$ROOT" "$MIRROR" >"$ROOT.debootstrap.log" 2>&1 || {
      tail -20 "$ROOT.debootstrap.log" >&2; exit 1; }
  fi
  # the mirror's Release files may be past their Valid-Until date
  echo 'Acquire::Check-Valid-Until "false";' >"$ROOT/etc/apt/apt.conf.d/99no-valid-until"
  # daemons never start at install time in the root (the tests start their own PostgreSQL)
  printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"; chmod +x "$ROOT/usr/sbin/policy-rc.d"
  # shellcheck disable=SC2086
  (enter sh -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends $(echo $PKGS) >/dev/null")
  # pip inside the root trusts the host's CA bundle
  cp /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/ssl/certs/host-ca-certificates.crt"
  (enter sh -c "python3 -m venv --system-site-packages /opt/venv && \
    PIP_CERT=/etc/ssl/certs/host-ca-certificates.crt /opt/venv/bin/pip install --quiet --disable-pip-version-check \
    $(grep -E '^(pytest|pytest-qgis)==' "$HERE/requirements-dev.txt" | tr '\n' ' ')")
  (enter /opt/venv/bin/python -c "from qgis.core import Qgis; print('QGIS', Qgis.QGIS_VERSION, 'in', '$ROOT')")
  touch "$ROOT/.ready"
}

case "${1:-}" in
  build) build ;;
  run)
    shift
    build
    bind "$HERE"
    [ -d "$HERE/../shared" ] && bind "$(cd "$HERE/../shared" && pwd)"
    mkdir -p "$ROOT/tmp" && chmod 1777 "$ROOT/tmp"
    enter sh -c 'cd "$0" && exec "$@"' "$HERE" "$@"
    ;;
  *) echo "usage: $0 build | run CMD..." >&2; exit 2 ;;
esac
