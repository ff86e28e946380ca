"""Python packages made unimportable for a Python started with the returned PYTHONPATH, as on a QGIS installed
without them (neither PyJWT, cryptography nor matplotlib is a QGIS dependency)."""


def hiding(folder, *packages):
    """The PYTHONPATH entry (``folder``) under which ``import <package>`` fails for each of ``packages``."""
    for name in packages:
        (folder / name).mkdir(parents=True)
        (folder / name / "__init__.py").write_text("raise ImportError('{} hidden by the test')\n".format(name))
    return str(folder)
