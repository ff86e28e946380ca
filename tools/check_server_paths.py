"""make lint: no path is built from a value a server sent, except through core/paths.py.

A server's file name, task id, hit, record or answer must go through ``core.paths.inside`` (or ``plain_id``)
before it names anything on disk. This check fails on any call that builds or touches a path (os.path.join,
open, os.replace, shutil.*, Path, …) with such a value among its arguments. Usage: check_server_paths.py DIR...
"""
import ast
import os
import sys

# names (variables, attributes, dict keys) that hold what a server sent
SERVER_VALUES = {"filename", "task_id", "taskid", "hit", "hits", "raw", "record", "answer", "response", "downloadurl",
                 "url"}
PATH_CALLS = {"os.path.join", "open", "os.open", "os.replace", "os.rename", "os.remove", "os.makedirs", "os.mkdir",
              "os.path.abspath", "os.path.realpath", "os.path.basename", "Path", "pathlib.Path", "shutil.move",
              "shutil.copy", "shutil.copyfile", "shutil.copytree", "shutil.rmtree", "tempfile.mkstemp", "unpack"}
ALLOWED_FILES = {os.path.join("core", "paths.py")}


def dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted(node.value)
        return base + "." + node.attr if base else node.attr
    return ""


def server_value(node):
    """The first server-given name inside ``node``, or ""; a value passed through inside()/plain_id() is clean."""
    if isinstance(node, ast.Call) and dotted(node.func).rsplit(".", 1)[-1] in ("inside", "plain_id", "plain_name"):
        return ""
    if isinstance(node, ast.Name) and node.id.lower() in SERVER_VALUES:
        return node.id
    if isinstance(node, ast.Attribute) and node.attr.lower() in SERVER_VALUES:
        return dotted(node)
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.lower() in SERVER_VALUES:
        return repr(node.value)
    for child in ast.iter_child_nodes(node):
        found = server_value(child)
        if found:
            return found
    return ""


def check(path, shown):
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), path)
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and dotted(node.func) in PATH_CALLS:
            for arg in list(node.args) + [k.value for k in node.keywords]:
                found = server_value(arg)
                if found:
                    problems.append("{}:{}: {}() gets {}, a value from a server: build the path with "
                                    "core.paths.inside()".format(shown, node.lineno, dotted(node.func), found))
    return problems


def main(dirs):
    problems = []
    for top in dirs:
        for folder, _dirs, files in os.walk(top):
            for name in sorted(files):
                path = os.path.join(folder, name)
                shown = os.path.normpath(path)
                if name.endswith(".py") and shown not in ALLOWED_FILES:
                    problems += check(path, shown)
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["core", "ui", "algorithms", "expressions"]))
