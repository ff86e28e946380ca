"""Deploy the plugin zip into an isolated QGIS profile under build/ and enable it there."""
import argparse
import os
import shutil
import zipfile

from qgis.PyQt.QtCore import QSettings


def deploy(zip_path, profiles_dir, profile="default"):
    profile_dir = os.path.join(profiles_dir, profile)
    plugins_dir = os.path.join(profile_dir, "python", "plugins")
    target = os.path.join(plugins_dir, "clms_egms")
    if os.path.islink(target) or os.path.isfile(target):
        os.remove(target)
    elif os.path.isdir(target):
        shutil.rmtree(target)
    os.makedirs(plugins_dir, exist_ok=True)
    with zipfile.ZipFile(zip_path) as zf:
        zf.extractall(plugins_dir)
    ini = QSettings(os.path.join(profile_dir, "QGIS", "QGIS3.ini"), QSettings.Format.IniFormat)
    ini.setValue("PythonPlugins/clms_egms", True)
    ini.setValue("qgis/checkVersion", False)
    ini.setValue("qgis/showTips", False)
    ini.setValue("core/NewsFeed/httpsfeedqgisorg/disabled", True)
    ini.sync()
    return target


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("zip")
    parser.add_argument("profiles")
    args = parser.parse_args()
    print("deployed to", deploy(args.zip, args.profiles))
