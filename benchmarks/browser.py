"""`make bench`, section 5: the browser edition (build/lite) beside native Jupyter.

For every notebook, English and Chinese: Run All in a fresh kernel in the browser edition
(headless chromium, every request outside the local server blocked), and the same cells in a
fresh native kernel (nbclient, the course's venv); the ratio browser / native is the figure.
Also the time to a ready kernel: from opening the notebook's page until the kernel has run a
first statement. Every notebook opens in a fresh browser profile, as on a learner's first
visit (the site's files come from the local server again; JupyterLab would otherwise reopen the
last visit's tabs, each starting a kernel of its own).

    python benchmarks/run.py --only browser
    python benchmarks/browser.py [notebooks/04_sigmoid.ipynb ...]   # some notebooks only
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

LIMIT_S = 120          # each notebook, Run All in the browser edition
RUN_TIMEOUT_S = 400    # stop waiting for a notebook after this (it is reported as failed)


def small_setting_prefixes() -> list[str]:
    """How the notes of the browser's smaller setting begin (helpers.browser), en and zh."""
    sys.path.insert(0, str(ROOT))
    from helpers.language.catalogue import MESSAGES

    return [text.split("{")[0] for key in ("experiments.browser_sweep",
                                           "experiments.browser_curves")
            for text in MESSAGES[key].values()]


def native_seconds(path: Path, small: bool = False) -> float:
    """Seconds to run every cell of `path` in a fresh native kernel (kernel start excluded),
    on a temporary copy inside the repo's layout (the setup cell finds helpers above it).
    small: with the browser edition's smaller settings (COURSE_SMALL_SETTINGS=1)."""
    import nbformat
    from nbclient import NotebookClient

    os.environ.pop("COURSE_SMALL_SETTINGS", None)
    if small:
        os.environ["COURSE_SMALL_SETTINGS"] = "1"   # the kernel inherits it

    with tempfile.TemporaryDirectory() as tmp:
        for name in ("helpers", "data"):
            os.symlink(ROOT / name, Path(tmp) / name)
        copy = Path(tmp) / path.relative_to(ROOT)
        copy.parent.mkdir(parents=True)
        shutil.copy(path, copy)
        nb = nbformat.read(copy, as_version=4)
        client = NotebookClient(nb, timeout=600, kernel_name="python3",
                                resources={"metadata": {"path": str(copy.parent)}})
        try:
            with client.setup_kernel():
                start = time.perf_counter()
                for index, cell in enumerate(nb.cells):
                    client.execute_cell(cell, index)
                return time.perf_counter() - start
        finally:
            os.environ.pop("COURSE_SMALL_SETTINGS", None)


def ensure_site() -> Path:
    import build_lite

    if not build_lite.is_current():
        print("building build/lite (tools/build_lite.py) ...", flush=True)
        subprocess.run([sys.executable, str(ROOT / "tools" / "build_lite.py")], check=True,
                       stdout=subprocess.DEVNULL)
    return build_lite.OUT


def bench_browser(results: list, paths: list[Path] | None = None) -> None:
    import lite_driver
    import serve_lite

    print("\n## 5. The browser edition (JupyterLite, Pyodide) beside native Jupyter\n",
          flush=True)
    if not lite_driver.CHROMIUM.exists():
        print(f"SKIPPED: chromium not found at {lite_driver.CHROMIUM} (apt-get install chromium)")
        results.append(("browser edition", "skipped", None))
        return
    try:
        import playwright  # noqa: F401
    except ImportError:
        print("SKIPPED: playwright is not installed (pip install -r requirements-bench.txt)")
        results.append(("browser edition", "skipped", None))
        return
    site = ensure_site()
    paths = paths or sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted(
        (ROOT / "notebooks" / "zh").glob("*.ipynb"))
    server, base = serve_lite.serve_in_background(site)
    rows, ready, smalls = [], [], []
    prefixes = small_setting_prefixes()
    print(f"{'notebook':36} {'native':>8} {'browser':>8} {'ratio':>6}  "
          f"{'kernel ready':>12}  result")
    try:
        with lite_driver.open_site(base, timeout_s=600) as browser:
            for path in paths:
                rel = path.relative_to(ROOT / "notebooks").as_posix()
                small = False
                try:
                    page, ready_s = browser.open_notebook(rel)
                    seconds, problems = browser.run_all(page, timeout_s=RUN_TIMEOUT_S)
                    small = any(p in browser.printed(page) for p in prefixes)
                    page.close()
                except Exception as err:  # a page that never got a kernel: report, go on
                    ready_s, seconds = float("nan"), float("nan")
                    problems = [f"{type(err).__name__}: {str(err).splitlines()[0][:150]}"]
                # like with like: where the browser used its smaller setting, so does native
                native = native_seconds(path, small=small)
                ok = not problems and seconds <= LIMIT_S
                ready.append(ready_s)
                rows.append((rel, native, seconds, ok))
                result = "ok" if ok else ("; ".join(problems) or f"over {LIMIT_S} s")
                mark = "*" if small else " "
                print(f"{rel:36} {native:7.1f}s{mark}{seconds:7.1f}s {seconds / native:5.1f}x  "
                      f"{ready_s:11.1f}s  {result}", flush=True)
                if small:
                    smalls.append((rel, native_seconds(path)))
            outside = browser.outside
    finally:
        server.shutdown()
        server.server_close()
    for rel, full in smalls:
        print(f"* {rel}: the browser edition's smaller setting on both sides (it says so in the "
              f"notebook); native with the full setting: {full:.1f} s")
    ratios = [b / n for _, n, b, _ in rows if b == b] or [float("nan")]   # b != b: NaN
    ready = [r for r in ready if r == r] or [float("nan")]
    print(f"\nkernel ready (fresh profile each): median {statistics.median(ready):.1f} s, "
          f"range {min(ready):.1f} to {max(ready):.1f} s")
    print(f"ratio browser / native: median {statistics.median(ratios):.1f}x, "
          f"range {min(ratios):.1f}x to {max(ratios):.1f}x; slowest notebook in the browser "
          f"{max((b for _, _, b, _ in rows if b == b), default=float('nan')):.1f} s")
    print(f"requests outside the site: {len(outside)}")
    results.append((f"browser edition: every notebook without error, each ≤ {LIMIT_S} s",
                    f"{sum(ok for *_, ok in rows)}/{len(rows)}", all(ok for *_, ok in rows)))
    results.append(("browser edition: kernel ready (median, fresh profile)",
                    f"{statistics.median(ready):.0f} s", None))
    results.append(("browser / native Run All (median ratio)",
                    f"{statistics.median(ratios):.1f}x", None))
    results.append(("browser edition: requests outside the site", str(len(outside)),
                    not outside))


if __name__ == "__main__":
    found: list = []
    bench_browser(found, [Path(a).resolve() for a in sys.argv[1:]] or None)
    for what, measured, ok in found:
        print(f"{what}: {measured} {'' if ok is None else ('ok' if ok else 'MISSED')}")
