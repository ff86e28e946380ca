"""Check a plugin zip against the plugins.qgis.org upload rules; print the problems, exit 1 if any.

Rules: one top folder named ``^[a-z_][a-z0-9_]*$``; a LICENSE; metadata.txt with name,
description, version, qgisMinimumVersion, author, email, about, tracker, repository; the icon it
names; no __pycache__ or compiled Python; no secrets; none of the Bandit blockers (exec, eval,
pickle, shell=True, verify=False, yaml.load); at most 25 MB.
"""
import ast
import configparser
import re
import sys
import zipfile

FOLDER_RE = re.compile(r"^[a-z_][a-z0-9_]*$")
REQUIRED = ["name", "description", "version", "qgisMinimumVersion", "author", "email", "about",
            "tracker", "repository"]
MAX_BYTES = 25 * 1024 * 1024
SECRET_PATTERNS = [
    (re.compile(rb"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----"), "a private key"),
    (re.compile(rb"AKIA[0-9A-Z]{16}"), "an AWS access key"),
    (re.compile(rb"gh[pousr]_[A-Za-z0-9]{36}"), "a GitHub token"),
    (re.compile(rb"(?i)[\"']?(?:password|passwd|secret|api_key|apikey|access_token)[\"']?\s*[:=]\s*[\"'][^\"'\s]{8,}[\"']"),
     "a hard-coded credential"),
]


def python_blockers(source, filename):
    """The Bandit blockers found in one Python file, as messages."""
    try:
        tree = ast.parse(source, filename)
    except SyntaxError as exc:
        return ["{}: does not parse ({})".format(filename, exc)]
    found = []
    for node in ast.walk(tree):
        where = "{}:{}".format(filename, getattr(node, "lineno", "?"))
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names]
            if isinstance(node, ast.ImportFrom) and node.module:
                names.append(node.module)
            if any(n.split(".")[0] in ("pickle", "cPickle", "dill", "shelve") for n in names):
                found.append(where + ": imports pickle-like deserialisation")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
            if isinstance(func, ast.Name) and name in ("exec", "eval"):
                found.append("{}: calls {}()".format(where, name))
            if owner == "yaml" and name == "load":
                found.append(where + ": calls yaml.load (use yaml.safe_load)")
            for kw in node.keywords:
                if kw.arg == "shell" and isinstance(kw.value, ast.Constant) and kw.value.value is True:
                    found.append(where + ": uses shell=True")
                if kw.arg == "verify" and isinstance(kw.value, ast.Constant) and kw.value.value is False:
                    found.append(where + ": uses verify=False")
    return found


def problems(zip_path):
    try:
        zf = zipfile.ZipFile(zip_path)
    except (OSError, zipfile.BadZipFile) as exc:
        return ["not a readable zip: {}".format(exc)]
    out = []
    with zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        tops = {n.split("/")[0] for n in names}
        if len(tops) != 1:
            return ["the zip must hold exactly one top folder, not {}".format(sorted(tops))]
        top = tops.pop()
        if not FOLDER_RE.match(top):
            out.append("folder name {!r} does not match {}".format(top, FOLDER_RE.pattern))
        if sum(i.file_size for i in infos) > MAX_BYTES:
            out.append("larger than 25 MB unpacked")
        if top + "/LICENSE" not in names:
            out.append("no LICENSE file in the plugin folder")
        for n in names:
            if "__pycache__" in n.split("/") or n.endswith((".pyc", ".pyo")):
                out.append("compiled Python in the zip: " + n)
            if "/.git/" in n or n.endswith("/.git"):
                out.append("a .git folder in the zip: " + n)
        if top + "/metadata.txt" not in names:
            out.append("no metadata.txt in the plugin folder")
        else:
            parser = configparser.ConfigParser(interpolation=None)
            parser.optionxform = str
            try:
                parser.read_string(zf.read(top + "/metadata.txt").decode("utf-8"))
                general = parser["general"]
            except (configparser.Error, KeyError, UnicodeDecodeError) as exc:
                out.append("metadata.txt does not parse: {}".format(exc))
                general = {}
            for key in REQUIRED:
                if not str(general.get(key, "")).strip():
                    out.append("metadata.txt lacks {}".format(key))
            if general.get("version") and not re.match(r"^\d+\.\d+(\.\d+)?", general["version"]):
                out.append("metadata.txt version {!r} is not a version number".format(general["version"]))
            icon = general.get("icon", "")
            if icon and top + "/" + icon not in names:
                out.append("metadata.txt names icon {!r}, which is not in the zip".format(icon))
        for info in infos:
            if info.is_dir():
                continue
            data = zf.read(info)
            for pattern, what in SECRET_PATTERNS:
                if pattern.search(data):
                    out.append("{} seems to hold {}".format(info.filename, what))
            if info.filename.endswith(".py"):
                out.extend(python_blockers(data, info.filename))
    return out


if __name__ == "__main__":
    found = problems(sys.argv[1])
    for p in found:
        print("FAIL:", p)
    verdict = "{} problem(s)".format(len(found)) if found else "OK, passes the plugins.qgis.org rules"
    print("{}: {}".format(sys.argv[1], verdict))
    sys.exit(1 if found else 0)
