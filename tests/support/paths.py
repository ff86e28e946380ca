"""Where the tests find things: the repository (the plugin folder), the plugin's import link, the real EGMS
samples beside the repository (../shared/egms-samples)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PLUGINS_DIR = ROOT / "build" / "test-plugins"
SAMPLES_DIR = ROOT.parent / "shared" / "egms-samples"
