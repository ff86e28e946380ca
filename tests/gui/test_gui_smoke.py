"""The GUI smoke walk (make gui-test, part of make test): QGIS's real desktop under Xvfb, in a fresh profile with
the plugin enabled, runs tests/gui/walk.py, which walks the main paths with real clicks (the dock, Settings,
importing the real samples, the filter against a count of the CSV, plotting clicked points, a reference, the
series export, the workshop sample and its filter step). Each step reports ok or why not."""
import os
import shutil
import subprocess  # nosec B404

import pytest
from qgis.PyQt.QtCore import QSettings

from support.paths import ROOT, SAMPLES_DIR


def run_walk(tmp_path, lang=""):
    """Run tests/gui/walk.py in QGIS's desktop (``lang``: started with --lang, for the language check);
    returns its status lines."""
    for program in ("xvfb-run", "qgis"):
        if shutil.which(program) is None:
            pytest.skip("{} is not installed (make test installs it)".format(program))
    env_lang = {"CLMS_EGMS_GUI_LANG": lang} if lang else {}
    profiles = tmp_path / "profiles"
    profile = profiles / "default"
    (profile / "python" / "plugins").mkdir(parents=True)
    (profile / "python" / "plugins" / "clms_egms").symlink_to(ROOT, target_is_directory=True)
    work = tmp_path / "work"
    work.mkdir()
    ini = QSettings(str(profile / "QGIS" / "QGIS3.ini"), QSettings.Format.IniFormat)
    for key, value in {"PythonPlugins/clms_egms": True, "qgis/checkVersion": False, "qgis/showTips": False,
                       "core/NewsFeed/httpsfeedqgisorg/disabled": True, "locale/userLocale": "en_US",
                       "locale/overrideFlag": True, "clms_egms/download_folder": str(work)}.items():
        ini.setValue(key, value)
    ini.sync()
    status = tmp_path / "status.txt"
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if k not in ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH",
                                                           "QT_QPA_PLATFORM")}
    env.update(HOME=str(tmp_path), XDG_RUNTIME_DIR=str(runtime), CLMS_EGMS_ROOT=str(ROOT),
               CLMS_EGMS_SAMPLES=str(SAMPLES_DIR), CLMS_EGMS_WORK=str(work), CLMS_EGMS_GUI_STATUS=str(status),
               **env_lang)
    done = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--profiles-path", str(tmp_path),
                           "--profile", "default", "--nologo", "--noversioncheck", "--code",
                           str(ROOT / "tests" / "gui" / "walk.py")] + (["--lang", lang] if lang else []), env=env,
                          capture_output=True, text=True, timeout=600)  # nosec B603 B607
    said = status.read_text(encoding="utf-8").splitlines() if status.exists() else []
    log = (done.stdout + done.stderr)[-3000:]
    assert said and said[-1] == "end", "the walk did not finish: {}\n{}".format(said, log)
    failed = [line for line in said if "=FAIL" in line]
    assert not failed, "\n".join(failed)
    return said


def test_the_main_paths_by_clicking_in_qgis(tmp_path):
    if not (SAMPLES_DIR.is_dir() and list(SAMPLES_DIR.glob("*.zip"))):
        pytest.skip("the real EGMS samples are not beside the repository ({})".format(SAMPLES_DIR))
    said = run_walk(tmp_path)
    steps = {line.split("=")[0] for line in said}
    assert {"open_dock", "settings_kept", "import", "filter_count", "plot_click", "reference_set",
            "reference_cleared", "export_series", "table_plot_selection", "feature_form_actions",
            "identify_actions", "expression_group", "field_egms_step",
            "workshop", "workshop_filter", "animation_plays", "animation_map_room"} <= steps, said


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_in_each_language_the_dock_fits_and_the_walk_through_works(tmp_path, lang):
    """QGIS started with --lang: at 420 px no widget of any tab, nor of the plot with a profile's tools, is squeezed
    or cut, no visible text is the English source of a string that has a translation, and the walk-through's steps
    clicked one by one do what it says (in English too)."""
    said = run_walk(tmp_path, lang)
    assert {"fits_420_" + lang, "translated_" + lang, "no_overlap_" + lang, "workshop_filter_" + lang,
            "workshop_field_type_" + lang, "workshop_event_field_" + lang, "workshop_plot_" + lang,
            "workshop_style_" + lang, "workshop_animate_" + lang,
            "workshop_profile_" + lang, "workshop_faults_" + lang, "plot_fits_420_" + lang, "workshop_areas_" + lang,
            "workshop_seasons_" + lang, "workshop_reference_" + lang} <= {
        line.split("=")[0] for line in said}, said
