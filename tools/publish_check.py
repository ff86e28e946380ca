"""What plugins.qgis.org will say of the zip, before uploading it: its validator (qgis-app/plugins/validator.py, as
tools/validate_zip.py mirrors it, and the metadata URLs it asks), and its security scan (security_scanner.py: Bandit
with the site's rules, detect-secrets, the file checks). Run by `make publish-check`.

A URL the site would ask for (tracker, repository, homepage) is reported as "needs network" when this machine
cannot reach it; the maintainers then check it by hand (the email must also receive the site's confirmation link).
Usage: python tools/publish_check.py ZIP --bandit-tests B101,B102,...    Exits 1 when the site would refuse or flag.
"""
import argparse
import configparser
import json
import os
import shutil
import subprocess  # nosec B404 (the scanners the site runs, with fixed arguments)
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import zipfile

import validate_zip

FORBIDDEN_URLS = {"tracker": "http://bugs", "repository": "http://repo", "homepage": "http://homepage"}
SUSPICIOUS = (".exe", ".dll", ".so", ".dylib", ".bat", ".sh", ".ps1", ".cmd")
# detect-secrets plugins the site leaves off (secrets_rules.json: enabled false)
SECRETS_OFF = ("IPPublicDetector",)


def tool(name):
    """A scanner beside this Python (the venv), else on PATH."""
    beside = os.path.join(os.path.dirname(sys.executable), name)
    return beside if os.path.exists(beside) else shutil.which(name)


def metadata(zip_path):
    with zipfile.ZipFile(zip_path) as zf:
        top = zf.namelist()[0].split("/")[0]
        parser = configparser.ConfigParser(interpolation=None)
        parser.optionxform = str
        parser.read_string(zf.read(top + "/metadata.txt").decode("utf-8"))
    return parser["general"]


def url_answers(general):
    """(key, url, verdict) for each URL the validator asks: 'ok', 'needs network', or what is wrong."""
    for key, forbidden in FORBIDDEN_URLS.items():
        url = general.get(key, "").strip()
        if not url:
            if key != "homepage":
                yield key, url, "missing"
            continue
        parts = urllib.parse.urlparse(url)
        if url == forbidden or not (parts.scheme in ("http", "https") and parts.netloc):
            yield key, url, "not a valid URL"
            continue
        request = urllib.request.Request(url, method="HEAD", headers={"User-Agent": "Mozilla/5.0"})
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:  # nosec B310 (http/https checked above)
                yield key, url, "ok" if answer.status < 400 else "HTTP {}".format(answer.status)
        except urllib.error.HTTPError as exc:
            yield key, url, "HTTP {}".format(exc.code)
        except (urllib.error.URLError, OSError) as exc:
            yield key, url, "needs network ({})".format(getattr(exc, "reason", exc))


def bandit(folder, tests):
    done = subprocess.run([tool("bandit"), "-r", folder, "-f", "json", "--quiet", "-t", tests],  # nosec B603
                          capture_output=True, text=True, timeout=300)
    results = json.loads(done.stdout or "{}").get("results", [])
    return ["{}:{} {} {}".format(os.path.relpath(r["filename"], folder), r["line_number"], r["test_id"],
                                 r["issue_text"]) for r in results]


def secrets(folder):
    command = [tool("detect-secrets"), "scan", "--all-files", "--exclude-files", r"metadata\.txt"]
    for plugin in SECRETS_OFF:
        command += ["--disable-plugin", plugin]
    done = subprocess.run(command + ["."], cwd=folder, capture_output=True, text=True, timeout=300)  # nosec B603
    results = json.loads(done.stdout or "{}").get("results", {})
    return ["{}:{} {}".format(path, s["line_number"], s["type"]) for path, found in results.items() for s in found]


def file_checks(zip_path):
    found = []
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            name = os.path.basename(info.filename)
            if info.filename.endswith(".py") and (info.external_attr >> 16) & 0o111:
                found.append("{}: a Python file with the executable bit".format(info.filename))
            if name.startswith(".") and name not in (".gitignore", ".gitattributes"):
                found.append("{}: a hidden file".format(info.filename))
            if info.filename.lower().endswith(SUSPICIOUS):
                found.append("{}: an executable or binary file".format(info.filename))
    return found


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("zip")
    parser.add_argument("--bandit-tests", required=True)
    args = parser.parse_args(argv)
    failed = False

    def report(title, problems, blocking=True):
        nonlocal failed
        print("{:<34} {}".format(title, "passes" if not problems else "FAILS" if blocking else "note"))
        for problem in problems:
            print("    " + problem)
        failed = failed or (blocking and bool(problems))

    report("validator (zip, metadata, LICENSE)", validate_zip.problems(args.zip))
    general = metadata(args.zip)
    answers = list(url_answers(general))
    report("validator (metadata URLs)", ["{} {}: {}".format(k, u, v) for k, u, v in answers
                                         if v != "ok" and not v.startswith("needs network")])
    for key, url, verdict in answers:
        if verdict.startswith("needs network"):
            print("    {} {}: {} (check it by hand before uploading)".format(key, url, verdict))
    print("    email {}: must receive the site's confirmation link".format(general.get("email", "")))
    folder = tempfile.mkdtemp(prefix="publish-check-")
    try:
        with zipfile.ZipFile(args.zip) as zf:
            zf.extractall(folder)  # nosec B202 (our own zip, its names checked by validate_zip above)
        report("security scan: Bandit", bandit(folder, args.bandit_tests))
        report("security scan: detect-secrets", secrets(folder))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    report("security scan: files", file_checks(args.zip))
    print("plugins.qgis.org would {}".format("refuse or flag this zip" if failed else "take this zip"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
