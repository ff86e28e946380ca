"""Build the plugin zip as plugins.qgis.org expects it: one top folder ``clms_egms``."""
import argparse
import fnmatch
import os
import zipfile

PLUGIN = "clms_egms"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# what the plugin needs at run time; everything else (tests, tools, build, docs) stays out
INCLUDE = ["metadata.txt", "LICENSE", "README.md", "__init__.py", "plugin.py", "core", "ui", "resources", "i18n"]
EXCLUDE = ["__pycache__", "*.pyc", "*.pyo", "*.ts", ".*"]


def plugin_files(root=ROOT):
    """(absolute path, path inside the plugin folder) for every file that goes in the zip."""
    for entry in INCLUDE:
        path = os.path.join(root, entry)
        if os.path.isfile(path):
            yield path, entry
            continue
        for folder, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not _excluded(d))
            for name in sorted(files):
                if not _excluded(name):
                    full = os.path.join(folder, name)
                    yield full, os.path.relpath(full, root)


def _excluded(name):
    return any(fnmatch.fnmatch(name, pattern) for pattern in EXCLUDE)


def build_zip(out_path, root=ROOT):
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    tmp = out_path + ".part"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for full, rel in plugin_files(root):
            zf.write(full, PLUGIN + "/" + rel.replace(os.sep, "/"))
    os.replace(tmp, out_path)
    return out_path


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", default=os.path.join(ROOT, "build", PLUGIN + ".zip"))
    print(build_zip(parser.parse_args().out))
