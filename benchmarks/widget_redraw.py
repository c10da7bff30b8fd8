"""How long one slider update takes kernel-side: callback + redraw + PNG encode.

Run from the repo root: `python benchmarks/widget_redraw.py`. For each slider builder of
notebooks 03-04 it moves one slider 50 times (values that each change the picture) and
prints the median time per update: wall-clock, and the process's CPU time (less sensitive
to other programs sharing the machine). The course's target: a median ≤ 40 ms.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from helpers.frontend import widgets as W  # noqa: E402
from helpers.frontend.plots import use_course_style  # noqa: E402

UPDATES = 50
TARGET_MS = 40.0


def week_or_sine():
    """The notebooks' target curve (a week of views) if the data are there, else a sine."""
    try:
        from helpers.data import load_views
        from helpers.pieces import weekly_curve

        return weekly_curve(load_views()), (0.0, 7.0)
    except (OSError, ValueError):
        return np.sin, (0.0, 7.0)


def steps(lo, hi, n=17, integer=False):
    """UPDATES slider values going back and forth over n distinct values in [lo, hi]."""
    one_way = np.linspace(lo, hi, n)
    there_and_back = np.concatenate([one_way, one_way[-2:0:-1]])
    values = np.resize(there_and_back, UPDATES)
    return [int(v) for v in values] if integer else [round(float(v), 1) for v in values]


def cases():
    f, span = week_or_sine()
    return [
        ("sigmoid_explorer", W.sigmoid_explorer(), "w", steps(0.5, 8.5)),
        ("piecewise_explorer", W.piecewise_explorer(), "y1", steps(0.2, 4.8)),
        ("approximation_explorer", W.approximation_explorer(f, span, "hard"), "n",
         steps(1, 16, 16, integer=True)),
        ("approximation_explorer(sigmoid)", W.approximation_explorer(f, span, "sigmoid"), "n",
         steps(1, 16, 16, integer=True)),
        ("relu_pair_explorer", W.relu_pair_explorer(), "c", steps(-2.4, 2.4)),
        ("sigmoid_challenge", W.sigmoid_challenge(f, span, 4), "c1", steps(-1.6, 1.6)),
    ]


def measure(explorer, name, values) -> tuple[float, float, int]:
    """Median wall-clock and CPU milliseconds per update, and the number of updates."""
    control = explorer.controls[name]
    wall, cpu = [], []
    for v in values:
        t0, c0 = time.perf_counter(), time.process_time()
        control.value = v
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return 1000 * float(np.median(wall)), 1000 * float(np.median(cpu)), len(wall)


def main() -> int:
    use_course_style()
    slow = 0
    for label, explorer, name, values in cases():
        if "best" in explorer.controls:       # the challenge, with its best fit shown
            explorer.controls["best"].click()
        before = explorer.live.redraws
        wall, cpu, n = measure(explorer, name, values)
        assert explorer.live.redraws - before == n, "every update must redraw once"
        slow += wall > TARGET_MS
        print(f"{label:32s} median {wall:5.1f} ms over {n} updates "
              f"(CPU {cpu:5.1f} ms)", flush=True)
    if slow:
        print(f"{slow} builder(s) above {TARGET_MS:.0f} ms: is the machine busy? (see CPU time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
