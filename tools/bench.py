"""`make bench`: the plugin's performance measurements, run side by side with the reference routes.

Each benchmark is a function registered in BENCHMARKS; they are filled as features land (EGMS
import, velocity filter, click-to-plot). Figures are printed and written to build/bench.txt.
"""
import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCHMARKS = {}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", help="run only this benchmark")
    args = parser.parse_args(argv)
    selected = {k: v for k, v in BENCHMARKS.items() if not args.only or k == args.only}
    lines = []
    if not selected:
        lines.append("No benchmarks yet: they arrive with the EGMS import and analysis features.")
    for fn in selected.values():
        lines.extend(fn())
    os.makedirs(os.path.join(ROOT, "build"), exist_ok=True)
    with open(os.path.join(ROOT, "build", "bench.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
