"""The house's layering (docs/ARCHITECTURE.md): plugin.py wires up; the surfaces ui/, algorithms/ (Processing) and
expressions/ adapt core/; core/ is the domain: it imports no widgets, registers nothing with QGIS and imports no
surface; the surfaces do not import each other."""
import ast
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REGISTERING = ("registerFunction", "processingRegistry", "addDockWidget", "mapLayerActionRegistry")


def modules(folder):
    for path, _dirs, files in os.walk(os.path.join(ROOT, folder)):
        for name in files:
            if name.endswith(".py"):
                full = os.path.join(path, name)
                yield os.path.relpath(full, ROOT), ast.parse(open(full, encoding="utf-8").read())


def imported(tree, relpath):
    """The absolute names a module imports (relative imports resolved against its package)."""
    package = relpath.replace(os.sep, ".")[:-3].split(".")[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            yield module
            if not node.module:
                yield from (module + "." + a.name for a in node.names)


def test_core_is_the_domain_and_the_surfaces_stay_apart():
    wrong = []
    widgets = ("qgis.gui", "qgis.PyQt.QtWidgets")
    for folder, forbidden in (("core", ("ui", "algorithms", "expressions", "plugin") + widgets),
                              ("ui", ("algorithms", "expressions")),
                              ("algorithms", ("ui", "expressions") + widgets),
                              ("expressions", ("ui", "algorithms") + widgets)):
        for relpath, tree in modules(folder):
            for name in imported(tree, relpath):
                if any(name == f or name.startswith(f + ".") for f in forbidden):
                    wrong.append("{} imports {}".format(relpath, name))
            if folder == "core":
                text = ast.unparse(tree)
                wrong += ["{} calls {}".format(relpath, r) for r in REGISTERING if r + "(" in text]
    assert wrong == []


def test_no_module_of_the_plugin_is_over_400_lines():
    """The house rule (docs/ARCHITECTURE.md): a module that grows past 400 lines is split by role."""
    long = []
    for folder in ("core", "ui", "algorithms", "expressions"):
        for path, _dirs, files in os.walk(os.path.join(ROOT, folder)):
            for name in files:
                if name.endswith(".py"):
                    with open(os.path.join(path, name), encoding="utf-8") as f:
                        n = sum(1 for _ in f)
                    if n > 400:
                        long.append("{}: {} lines".format(os.path.relpath(os.path.join(path, name), ROOT), n))
    assert long == []


def test_every_public_function_of_core_has_type_hints():
    """A newcomer reads what a function takes and gives from its signature (its arguments or its result annotated):
    every public function and method of core/."""
    bare = []
    for relpath, tree in modules("core"):
        nodes = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef) and not n.name.startswith("_")):
            nodes += [n for n in cls.body if isinstance(n, ast.FunctionDef)]
        for node in nodes:
            annotated = node.returns is not None or any(a.annotation for a in node.args.args + node.args.kwonlyargs)
            if not node.name.startswith("_") and not annotated:
                bare.append("{}:{} {}".format(relpath, node.lineno, node.name))
    assert bare == []
