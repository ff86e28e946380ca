"""The plugin loads exactly as QGIS loads it (qgis.utils), and unloading leaves nothing behind."""
import sys
from unittest.mock import MagicMock

import pytest
import qgis.utils
from qgis.core import QgsApplication, QgsExpression, QgsFeature, QgsProject, QgsVectorLayer
from qgis.gui import QgsGui
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QDockWidget

from support.gui import cut_at_width
from support.paths import PLUGINS_DIR

NAME = "clms_egms"


@pytest.fixture
def plugin_paths():
    """QGIS looks for plugins where the tests put ours. Loading and unloading as QGIS does replaces the
    plugin's modules in sys.modules; the modules other tests imported are put back afterwards, so every later
    test sees one plugin (one PluginError class, one settings object…), not two generations of it."""
    saved = list(qgis.utils.plugin_paths)
    modules = {name: sys.modules[name] for name in _plugin_modules()}
    qgis.utils.plugin_paths[:] = [str(PLUGINS_DIR)]
    qgis.utils.updateAvailablePlugins()
    yield
    qgis.utils.plugin_paths[:] = saved
    for name in _plugin_modules():
        del sys.modules[name]
    sys.modules.update(modules)


def _flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _docks(iface):
    return [d for d in iface.mainWindow().findChildren(QDockWidget, "ClmsEgmsDock") if not sip.isdeleted(d)]


def _plugin_modules():
    return {m for m in sys.modules if m == NAME or m.startswith(NAME + ".")}


def _calls(mock):
    return [c.args for c in mock.call_args_list]


EXPRESSION_FUNCTIONS = ("egms_displacement", "egms_displacement_between", "egms_velocity", "egms_step",
                        "egms_acquisitions")
# the smallest EGMS layer: points with a series in date fields (as a PS Time Series Viewer Shapefile has)
def egms_layer():
    return QgsVectorLayer("Point?crs=EPSG:3035&field=pid:string&field=D20200101:double&field=D20200107:double",
                          "egms", "memory")
IFACE_CALLS = ("addPluginToWebMenu", "removePluginWebMenu", "addWebToolBarIcon", "removeWebToolBarIcon",
               "addDockWidget", "removeDockWidget")


def test_load_unload_reload_twice(qgis_iface, qgis_new_project, plugin_paths, monkeypatch):
    assert NAME in qgis.utils.available_plugins
    registry = QgsApplication.processingRegistry()
    for name in IFACE_CALLS:  # record what the plugin asks of QGIS's interface
        monkeypatch.setattr(qgis_iface, name, MagicMock(wraps=getattr(qgis_iface, name)), raising=False)
    for round_ in range(2):
        for name in IFACE_CALLS:
            getattr(qgis_iface, name).reset_mock()
        before = _plugin_modules()
        assert qgis.utils.loadPlugin(NAME), "round {}".format(round_)
        assert qgis.utils.startPlugin(NAME)
        plugin = qgis.utils.plugins[NAME]

        # the dock, with its three tabs, on the right, hidden until asked for
        docks = _docks(qgis_iface)
        assert len(docks) == 1
        dock = docks[0]
        assert [dock.tabs.tabText(i) for i in range(dock.tabs.count())] == ["CLMS catalogue", "EGMS", "Analysis"]
        assert _calls(qgis_iface.addDockWidget)[0][1] is dock
        assert dock.isHidden()
        plugin.toggle_action.trigger()
        assert not dock.isHidden() and plugin.toggle_action.isChecked()
        plugin.toggle_action.trigger()
        assert dock.isHidden()

        # actions in the Web menu and on the toolbar; the provider in Processing
        added = _calls(qgis_iface.addPluginToWebMenu)
        assert [a[1] for a in added] == [plugin.toggle_action, plugin.workshop_action, plugin.settings_action,
                                         plugin.help_action]
        assert plugin.help_action in qgis_iface.pluginHelpMenu().actions()  # QGIS's Help ▸ Plugins
        assert _calls(qgis_iface.addWebToolBarIcon) == [(plugin.toggle_action,)]
        assert registry.providerById(NAME) is not None
        actions = list(plugin.actions)
        # the expression functions and the layer actions for EGMS layers
        assert all(QgsExpression.isFunctionName(f) for f in EXPRESSION_FUNCTIONS)
        every_action, egms = list(plugin.layer_actions.actions.values()), egms_layer()
        # on EGMS points; an area's (found by the dock) on areas only
        layer_actions = [a for a in every_action if a.objectName() != "clmsEgmsPlotArea"]
        assert len(layer_actions) == len(every_action) - 1
        # the selection's actions only while several points are selected
        single = [a for a in layer_actions if not a.on_selection]
        assert 0 < len(single) < len(layer_actions)
        assert QgsGui.mapLayerActionRegistry().mapLayerActions(egms) == single
        egms.dataProvider().addFeatures([QgsFeature(egms.fields()) for _ in range(2)])
        egms.selectAll()
        assert QgsGui.mapLayerActionRegistry().mapLayerActions(egms) == layer_actions

        assert qgis.utils.unloadPlugin(NAME)
        _flush_deletes()
        assert _docks(qgis_iface) == []
        assert registry.providerById(NAME) is None
        removed = _calls(qgis_iface.removePluginWebMenu)
        assert {a[1] for a in removed} == set(actions) and len(removed) == len(added)
        assert _calls(qgis_iface.removeWebToolBarIcon) == [(actions[0],)]
        assert _calls(qgis_iface.removeDockWidget) == [(dock,)]
        assert all(sip.isdeleted(a) for a in actions)
        assert not any(QgsExpression.isFunctionName(f) for f in EXPRESSION_FUNCTIONS)
        assert all(sip.isdeleted(a) for a in every_action)
        assert QgsGui.mapLayerActionRegistry().mapLayerActions(egms) == []
        assert not qgis_iface.pluginHelpMenu().actions()
        assert _plugin_modules() <= before  # no module the load brought in is left


def test_help_opens_the_shipped_guide_where_the_user_is(qgis_iface, qgis_new_project, plugin_paths, monkeypatch):
    """The dock's Help (at its tab's section), the plot's, QGIS's Help ▸ Plugins entry and every algorithm's help
    open the guide shipped in the plugin (it works offline), at a section the page has."""
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert qgis.utils.loadPlugin(NAME) and qgis.utils.startPlugin(NAME)
    try:
        plugin = qgis.utils.plugins[NAME]
        dock = plugin.dock
        for index in range(dock.tabs.count()):
            dock.tabs.setCurrentIndex(index)
            dock.helpButton.click()
        plugin.help_action.trigger()
        dock.plot_dock().helpButton.click()
        algorithms = QgsApplication.processingRegistry().providerById(NAME).algorithms()
        fragments = [u.fragment() for u in opened]
        assert fragments == ["clms-catalogue-view-services-and-downloads", "egms-search-and-download", "analysis",
                             "analysis", "analysis"]
        urls = opened + [QUrl(a.helpUrl()) for a in algorithms]
        assert len(algorithms) == 12 and all(QUrl(a.helpUrl()).fragment() == a.name() for a in algorithms)
        for url in urls:
            assert url.isLocalFile() and url.toLocalFile().endswith("/help/index.html"), url.toString()
            with open(url.toLocalFile(), encoding="utf-8") as f:
                assert ' id="{}"'.format(url.fragment()) in f.read(), url.toString()
    finally:
        assert qgis.utils.unloadPlugin(NAME)


def test_processing_only_start_as_qgis_process_does(qgis_processing, plugin_paths):
    assert qgis.utils.loadPlugin(NAME)
    assert qgis.utils.startProcessingPlugin(NAME)
    try:
        provider = QgsApplication.processingRegistry().providerById(NAME)
        assert provider is not None and provider.name() == "CLMS & EGMS"
    finally:
        assert qgis.utils.unloadPlugin(NAME)
    assert QgsApplication.processingRegistry().providerById(NAME) is None


@pytest.mark.parametrize("locale,tab,search,settings,algorithm", [
    ("en_US", "Analysis", "Search", "Settings…", "Import EGMS files into GeoPackage"),
    ("de", "Analyse", "Suchen", "Einstellungen…", "EGMS-Dateien in ein GeoPackage importieren"),
    ("fr", "Analyse", "Chercher", "Paramètres…", "Importer des fichiers EGMS dans un GeoPackage"),
])
def test_the_plugin_follows_qgis_locale(qgis_iface, qgis_new_project, plugin_paths, wait, tmp_path, locale, tab,
                                        search, settings, algorithm):
    """In German and French: the dock, its actions and the algorithms translated; in these and in English, at 420
    px, with the workshop's layers loaded and its walk-through open, nothing a person sees is cut."""
    from qgis.core import QgsSettings

    from clms_egms.core.settings import Settings

    qm = PLUGINS_DIR / NAME / "i18n" / "clms_egms_{}.qm".format(locale)
    assert qm.exists() or locale == "en_US", "compiled translations are built by make qm (make test runs it)"
    s = QgsSettings()
    saved = s.value("locale/userLocale"), s.value("locale/overrideFlag")
    s.setValue("locale/userLocale", locale)
    s.setValue("locale/overrideFlag", True)
    before = Settings.load()
    try:
        assert qgis.utils.loadPlugin(NAME) and qgis.utils.startPlugin(NAME)
        plugin = qgis.utils.plugins[NAME]
        dock = _docks(qgis_iface)[0]
        assert [dock.tabs.tabText(i) for i in range(3)][2] == tab
        assert plugin.settings_action.text() == settings
        assert dock.catalogueSearchButton.text() == search  # a form string, translated too
        names = {a.id(): a.displayName() for a in registry_algorithms()}
        assert names["clms_egms:import_egms"] == algorithm
        assert (plugin.translator is not None) == (locale != "en_US")
        assert not cut_at_width(dock, 420)
        Settings.load().replace(download_folder=str(tmp_path)).save()
        dock.workshop.load()
        wait(lambda: QgsProject.instance().mapLayersByName("egms_l3_u_2020_2024"), timeout=120)
        assert not cut_at_width(dock, 420)
    finally:
        before.save()
        assert qgis.utils.unloadPlugin(NAME)
        s.setValue("locale/userLocale", saved[0] or "")
        s.setValue("locale/overrideFlag", saved[1] or False)
    from clms_egms.core.i18n import tr

    assert tr("Load workshop sample") == "Load workshop sample"  # the translator left with the plugin


def registry_algorithms():
    provider = QgsApplication.processingRegistry().providerById(NAME)
    return provider.algorithms() if provider else []


def test_settings_from_the_dock_are_kept(qgis_iface, qgis_new_project, plugin_paths):
    """As a person does it: the dock's Settings… button opens the dialog, a new timeout is typed, OK is
    clicked; opened again, the dialog shows it (it is saved), and Cancel closes it."""
    from qgis.PyQt.QtCore import Qt, QTimer
    from qgis.PyQt.QtTest import QTest
    from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox

    from clms_egms.core.settings import Settings

    before = Settings.load()
    Settings(timeout_s=60).save()
    assert qgis.utils.loadPlugin(NAME) and qgis.utils.startPlugin(NAME)
    seen = []

    def answer(value=None):
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not shown yet
            QTimer.singleShot(50, lambda: answer(value))
            return
        seen.append(dialog.timeout.value())
        if value is not None:
            dialog.timeout.selectAll()
            QTest.keyClicks(dialog.timeout.lineEdit(), str(value))
        button = QDialogButtonBox.StandardButton.Ok if value is not None else QDialogButtonBox.StandardButton.Cancel
        QTest.mouseClick(dialog.buttonBox.button(button), Qt.MouseButton.LeftButton)
        # a button that does nothing leaves the dialog open: note it and close it, so the test fails, not hangs
        QTimer.singleShot(2000, lambda: dialog.isVisible() and (seen.append("still open"), dialog.reject()))

    try:
        dock = _docks(qgis_iface)[0]
        QTimer.singleShot(0, lambda: answer(77))
        QTest.mouseClick(dock.settingsButton, Qt.MouseButton.LeftButton)  # returns when the dialog has closed
        QTimer.singleShot(0, answer)
        QTest.mouseClick(dock.settingsButton, Qt.MouseButton.LeftButton)
        assert "still open" not in seen and seen == [60, 77]
    finally:
        qgis.utils.unloadPlugin(NAME)
        _flush_deletes()
        before.save()


INSIDE_WITHOUT_PACKAGES = '''
import os
import sys
import qgis.utils
from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QMenu


def test_loads_and_says_what_the_plot_needs(qgis_iface, qgis_new_project):
    for name in ("jwt", "cryptography", "matplotlib"):
        try:
            __import__(name)
        except ImportError:
            continue
        raise AssertionError(name + " can be imported")
    menu = QMenu()
    qgis_iface.pluginHelpMenu = lambda: menu  # as QGIS's window has (pytest-qgis's stand-in has not)
    qgis.utils.plugin_paths[:] = [os.environ["PLUGINS_DIR"]]
    sys.path.insert(0, os.environ["PLUGINS_DIR"])  # as QGIS puts its plugin folders on the path at start
    qgis.utils.updateAvailablePlugins()
    assert qgis.utils.loadPlugin("clms_egms") and qgis.utils.startPlugin("clms_egms")
    plugin = qgis.utils.plugins["clms_egms"]
    plugin.toggle_action.trigger()
    bar, whole = qgis_iface.messageBar(), []
    real = bar.pushMessage
    bar.pushMessage = lambda *args, **kwargs: whole.append(kwargs.get("showMore")) or real(*args, **kwargs)
    plugin.dock.plotButton.click()
    said = bar.get_messages(Qgis.MessageLevel.Warning)
    assert any("The time-series plot needs the Python package" in m for m in said), said
    assert any(m and "needs the Python package matplotlib" in m and "python3-matplotlib" in m for m in whole), whole
    assert plugin.dock.plot is None
    assert qgis.utils.unloadPlugin("clms_egms")
'''


def test_without_jwt_cryptography_and_matplotlib_the_plugin_loads(tmp_path, plugin_paths):
    """A QGIS whose Python has neither PyJWT, cryptography nor matplotlib (none is a QGIS dependency): the plugin
    loads in the desktop, and Plot says in the message bar what to install. (Both downloads without them:
    test_qgis_process.py, through the plugin loaded by qgis_process.)"""
    import os
    import subprocess  # nosec B404

    from support.hidden import hiding

    hidden = hiding(tmp_path / "hidden", "jwt", "cryptography", "matplotlib")
    (tmp_path / "test_inside.py").write_text(INSIDE_WITHOUT_PACKAGES)
    env = dict(os.environ, PYTHONPATH=hidden, PLUGINS_DIR=str(PLUGINS_DIR), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--qgis_disable_gui",
                           "-W", "ignore::DeprecationWarning", str(tmp_path / "test_inside.py")], cwd=str(tmp_path),
                          env=env, capture_output=True, text=True, timeout=300)  # nosec B603
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout
