"""make live-check: a read-only tour of the REAL CLMS and EGMS services through the plugin's own clients, for a
maintainer with internet and a service key:

    CLMS_SERVICE_KEY=/path/to/key.json make live-check

It asks for a token, searches the catalogue (plain, then with each filter as the dock sends it), reads one
dataset's details (@datasets_by_uid, then its full item), @format_conversion_table and @projections, the user's
requests (@datarequest_search, read only), the EGMS lookups and one small EGMS search. It prints a table (call,
HTTP status, seconds, whether the answer parsed, what came back), then per dataset found its formats, day limit
and collections, and writes every raw answer under build/live/ so it can become recorded test data. A row is
"yes" only when every exchange of its call answered and parsed; any other makes the exit status 1. Nothing is
requested for download, and no token is written anywhere (the token row's file holds the answer without it).

It needs QGIS's Python (python3-qgis) and nothing else of the project's installation (no venv, no PostgreSQL):
``make live-check`` runs it with /usr/bin/python3. CLMS_URL and EGMS_URL override the service addresses (the
tests point them at the loopback servers); LIVE_OUT the folder for the raw answers. Without network it stops at
once with one line and exit status 2.
"""
import json
import os
import socket
import sys
import time
from urllib.parse import urlsplit

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLMS_URL = os.environ.get("CLMS_URL", "https://land.copernicus.eu")
EGMS_URL = os.environ.get("EGMS_URL", "https://egms.land.copernicus.eu/insar-api/archive")
OUT = os.environ.get("LIVE_OUT", os.path.join(ROOT, "build", "live"))
# the catalogue filters as the dock sends them, and the same asked with the display value as it is, to see which
# spelling the real index answers (see core/clms/catalogue.py, filter_params)
FILTERS = [("familyTitle", "CORINE Land Cover"), ("spatial_resolution", "100 m"),
           ("distribution_format_list", "GeoTIFF"), ("gemetInspireThemes", "Land cover"), ("temporal_extent", "2018")]
RAW = [("spatial_resolution", "100 m"), ("distribution_format_list", "Geotiff"), ("temporal_extent", "2018")]
USTICA = (13.15, 38.68, 13.22, 38.73)


def fail(text):
    print("live-check: " + text)
    sys.exit(2)


def reachable(url):
    """None when a TCP connection to the service can be made within 5 s, else why not."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        socket.create_connection((parts.hostname, port), timeout=5).close()
        return None
    except OSError as exc:
        return "{}:{}: {}".format(parts.hostname, port, exc.strerror or exc)


def describe_dataset(dataset):
    """One dataset's line: what decides its requests (formats, time series, day limit, each collection)."""
    raw = dataset.raw.get("dataset_download_information") or {}
    raw = raw.get("items", []) if isinstance(raw, dict) else raw if isinstance(raw, list) else []
    shapes = {str(i.get("@id")): "{object}" if isinstance(i.get("full_format"), dict) else "'token'"
              for i in raw if isinstance(i, dict)}
    collections = "; ".join("{} [{} {}]".format(i.label, i.full_format or "?", shapes.get(i.id, "?"))
                            for i in dataset.download_infos) or "none (pre-packaged files only)"
    return "  {}: formats {}; {}day limit {}; {} collection(s): {}".format(
        dataset.title[:60], ", ".join(dataset.formats) or "-", "time series, " if dataset.is_time_series else "",
        dataset.temporal_limit_days or "-", len(dataset.download_infos), collections)


def main():
    key_path = os.environ.get("CLMS_SERVICE_KEY", "")
    if not key_path or not os.path.isfile(key_path):
        fail("set CLMS_SERVICE_KEY to the path of your service key file (JSON, from your land.copernicus.eu "
             "profile, API tokens)")
    for url in (CLMS_URL, EGMS_URL):
        why = reachable(url)
        if why:
            fail("cannot reach {} ({}): no network here? Nothing was checked.".format(url, why))

    plugins = os.path.join(ROOT, "build", "live-plugins")  # the plugin imported under its real name
    os.makedirs(plugins, exist_ok=True)
    if not os.path.islink(os.path.join(plugins, "clms_egms")):
        os.symlink(ROOT, os.path.join(plugins, "clms_egms"), target_is_directory=True)
    sys.path.insert(0, plugins)
    try:
        from qgis.core import QgsApplication
    except ImportError:
        fail("QGIS's Python is needed (Debian: apt-get install python3-qgis); run it with /usr/bin/python3")

    app = QgsApplication([], False)
    app.initQgis()
    from clms_egms.core.auth import TokenProvider, parse_service_key
    from clms_egms.core.clms.api import ClmsApi
    from clms_egms.core.egms.api import EgmsApi
    from clms_egms.core.errors import PluginError
    from clms_egms.core.network import NetworkError, Transport

    os.makedirs(OUT, exist_ok=True)
    rows = []

    class Recording(Transport):
        """The plugin's transport, keeping every exchange of a call (status, raw answer, address) for the table
        and build/live/."""
        exchanges = []

        def request(self, method, url, **kwargs):
            try:
                response = super().request(method, url, **kwargs)
            except NetworkError as exc:
                Recording.exchanges.append((exc.status, exc.body or b"", url))
                raise
            Recording.exchanges.append((response.status, response.content, url))
            return response

    transport = Recording(timeout_s=60)
    secrets = []  # every access token granted: never written, never printed

    def scrubbed(body):
        for secret in secrets:
            body = body.replace(secret.encode("utf-8"), b"<access token, not written>")
        return body

    def step(name, call, describe=lambda r: ""):
        """One row: the call's first exchange (the endpoint the row is named after; a token grant on the way
        is not it) gives the status and the file; the row is "yes" only if no exchange failed."""
        Recording.exchanges = []
        started = time.monotonic()
        try:
            result = call()
            parsed, what = "yes", describe(result)
        except PluginError as exc:
            result, parsed, what = None, "no", str(exc)
        own = [e for e in Recording.exchanges if not e[2].endswith("@@oauth2-token")] or Recording.exchanges
        status, body, _url = own[0] if own else ("-", b"", "")
        failed = [e for e in Recording.exchanges if not e[0] or e[0] >= 400]
        if failed and parsed == "yes":  # a client that tolerates the failure (facets, tables) still fails here
            parsed, what = "no", "HTTP {} from {} ({})".format(failed[0][0] or "-", failed[0][2].split("?")[0],
                                                               what or "its answer was set aside")
        with open(os.path.join(OUT, name + ".json"), "wb") as f:
            f.write(scrubbed(body))
        rows.append((name, str(status or "-"), "{:.2f}".format(time.monotonic() - started), parsed, what))
        return result

    try:
        with open(key_path, encoding="utf-8-sig") as f:
            key = parse_service_key(f.read(), os.path.basename(key_path))
    except (OSError, PluginError) as exc:
        fail(str(exc))
    tokens = TokenProvider(key, transport)

    def grant():
        token = tokens.token()
        secrets.append(token)
        return token
    step("token", grant, lambda t: "a token ({} characters, not written)".format(len(t)))
    clms = ClmsApi(CLMS_URL, transport, tokens)
    page = step("search", lambda: clms.search("corine"), lambda p: "{} of {} datasets".format(
        len(p.datasets), p.total))
    families = step("querystring_familyTitle", lambda: clms.facets("familyTitle"),
                    lambda f: "{} families{}".format(len(f), (": " + f[0][1]) if f else ""))
    corine = [key for key, title in families or [] if title.endswith("CORINE Land Cover")]
    if corine:  # the family as the dock sends it once the site told its taxonomy key
        step("search_familyTitle_key", lambda: clms.search("", {"familyTitle": corine[0]}, size=5),
             lambda p: "{} datasets".format(p.total))
    for index, value in FILTERS:
        step("search_{}_{}".format(index, value.replace(" ", "_")), lambda i=index, v=value: clms.search(
            "", {i: v}, size=5), lambda p: "{} datasets".format(p.total))
    for index, value in RAW:
        step("raw_{}_{}".format(index, value.replace(" ", "_")), lambda i=index, v=value: transport.get_json(
            clms.api_url + "/@search", params=[("portal_type", "DataSet"), ("b_size", "5"), (i, v)]),
            lambda a: "{} datasets".format(a.get("items_total") if isinstance(a, dict) else "?"))
    if page and page.datasets:
        uid = page.datasets[0].uid
        step("datasets_by_uid", lambda: clms.by_uid(uid), lambda d: d.title if d else "not found")
        step("projections", lambda: clms.projections(uid), lambda p: ", ".join(p))
    step("format_conversion_table", lambda: clms.format_conversions(), lambda t: ", ".join(sorted(t)[:6]))
    step("datarequest_search", lambda: clms.requests(), lambda r: "{} requests of yours: {}".format(
        len(r), ", ".join(sorted({str(v.get("Status")) for v in r.values()})) or "-"))
    egms = EgmsApi(EGMS_URL, transport, tokens)
    for lookup in ("levels", "releases", "directions", "swaths", "product_types"):
        step("egms_" + lookup, lambda n=lookup: egms._call("GET", "/" + n), lambda a: json.dumps(a)[:60])
    step("egms_search", lambda: egms.search("L2b", "2020-2024", USTICA), lambda h: "{} files: {}".format(
        len(h), ", ".join(x.filename for x in h[:2])))

    widths = [max(len(r[i]) for r in rows + [("call", "HTTP", "s", "parsed", "")]) for i in range(4)]
    print("  ".join(h.ljust(w) for h, w in zip(("call", "HTTP", "s", "parsed"), widths)) + "  what came back")
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row[:4], widths)) + "  " + row[4][:100])
    print()
    print("datasets found: formats; day limit; collections (format as sent: 'token' or {object})")
    for dataset in (page.datasets if page else [])[:15]:
        print(describe_dataset(dataset))
    print("raw answers: {}".format(OUT))
    app.exitQgis()
    return 0 if all(r[3] == "yes" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
