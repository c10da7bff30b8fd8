"""`make bench`: how fast the course runs, in numbers a reader can check on their own machine.

Usage: python benchmarks/run.py [--quick] [--only train notebooks redraw playground setup]

Prints, in one run:
  1. training speed: our numpy trainer vs PyTorch (CPU) vs scikit-learn's MLPRegressor on the
     book's networks (56 -> 100 x k ReLU -> 1, k = 1..4, Adam), batch 32 and full batch,
     float32 and float64: ms per epoch, the ratios, and our matmul FLOP/s as a share of
     numpy's own large-matmul peak on this machine;
  2. Restart & Run All of every notebook (on a temporary copy: the repo's notebooks are
     never rewritten);
  3. a slider callback's redraw: LiveFigure.redraw() of a one-line figure (PNG, as the inline
     backend renders it), plus `benchmarks/widget_redraw.py` (the notebooks' own sliders)
     when that file exists;
  4. a fresh setup: `python -m venv` + `pip install -r requirements.txt` in a temporary
     folder (pip's cache is used, as on a second install), and the venv's size;
  5. the training playground of notebook 06: one run from "train" to the final picture,
     1 x 100 units for 100 epochs (goal ≤ 2 s) and the playground's starting settings.
  6. the browser edition (build/lite): time to a ready kernel, and Run All of every notebook
     (English and Chinese) in headless chromium beside the same notebook in native Jupyter
     (`benchmarks/browser.py`).
torch and scikit-learn are needed here only (requirements-bench.txt, in .venv-bench).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import trainers  # noqa: E402

GOALS = {
    "torch32": 3.0,      # ours ≥ 3× faster than PyTorch in float32, at both batch sizes
    "torch64": 1.0,      # never slower than PyTorch in float64
    "peak_full": 0.50,   # ≥ 50 % of numpy's matmul peak at full batch
    "peak_32": 0.25,     # ≥ 25 % at batch 32
    "notebook_s": 45,    # Restart & Run All of each notebook (the promise: under a minute)
    "redraw_ms": 30,     # median slider redraw
    "playground_s": 2.0,  # a playground run of 1 x 100 units for 100 epochs
}
results: list[tuple[str, str, bool | None]] = []  # (what, measured, goal met?) for the summary


def verdict(ok: bool | None) -> str:
    return {True: "ok", False: "MISSED", None: "-"}[ok]


def section(title: str) -> None:
    print(f"\n## {title}\n", flush=True)


# --- 1. training speed ----------------------------------------------------------------------


def book_data():
    """Standardised training windows of the book's split: X (n, 56), y (n,), float64."""
    from helpers.data import load_views
    from helpers.features import Standardizer, train_test

    train_w, _ = train_test(load_views(), 56)
    return (Standardizer.fit(train_w.X).transform(train_w.X),
            Standardizer.fit(train_w.y).transform(train_w.y))


def limit_threads(n: int) -> str:
    """Use n threads in numpy's BLAS and in PyTorch (0: each library's own default)."""
    if n == 0:
        return "each library's default number of threads"
    from threadpoolctl import threadpool_limits  # comes with scikit-learn
    threadpool_limits(n)
    try:
        import torch
        torch.set_num_threads(n)
    except ImportError:
        pass
    return f"{n} thread(s) for numpy's BLAS and PyTorch alike"


def bench_training(quick: bool, threads: int) -> None:
    section("1. Training: ms per epoch (lower is better) and speed-ups (higher is better)")
    print(limit_threads(threads))
    if threads == 1:
        trainers.CLOCK["fn"] = time.process_time
        print("times are this process's CPU time (one thread: the wall time of an idle machine)")
    X, y = book_data()
    try:
        import torch
        print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} thread(s)")
    except ImportError:
        torch = None
        print("PyTorch not installed (pip install -r requirements-bench.txt): column skipped")
    try:
        import sklearn
        print(f"scikit-learn {sklearn.__version__}")
    except ImportError:
        sklearn = None
        print("scikit-learn not installed: column skipped")
    print(f"numpy {np.__version__}; data: {len(X)} examples x {X.shape[1]} days; "
          "Adam, lr 1e-3, squared error; best of 3 repeats; x torch = PyTorch's time / ours\n")
    depths = [1, 4] if quick else [1, 2, 3, 4]
    head = (f"{'dtype':8} {'batch':>5} {'k':>2} | {'ours':>7} {'torch':>7} {'sklearn':>8} | "
            f"{'x torch':>7} {'x sklearn':>9} | {'GFLOP/s':>7} {'% peak':>6}")
    print(head + "\n" + "-" * len(head))
    for dtype in (np.float32, np.float64):
        peak = trainers.matmul_peak(dtype)
        worst_torch, deepest_peak = {}, {}
        for batch in (32, None):
            for k in depths:
                ms = trainers.ours(X, y, k, batch, dtype)
                t_ms = trainers.pytorch(X, y, k, batch, dtype) if torch else np.nan
                s_ms = trainers.sklearn(X, y, k, batch, dtype) if sklearn else np.nan
                flops = trainers.epoch_flops(len(X), X.shape[1], k) / (ms / 1e3)
                share = flops / peak
                name = "full" if batch is None else str(batch)
                worst_torch[name] = min(worst_torch.get(name, np.inf), t_ms / ms)
                deepest_peak[name] = share  # ends as the deepest network's (most matmul work)
                print(f"{np.dtype(dtype).name:8} {name:>5} {k:>2} | {ms:7.2f} {t_ms:7.2f} "
                      f"{s_ms:8.2f} | {t_ms / ms:6.1f}x {s_ms / ms:8.1f}x | "
                      f"{flops / 1e9:7.1f} {100 * share:5.0f}%", flush=True)
        dn = np.dtype(dtype).name
        print(f"{dn}: numpy matmul peak (1024x1024 @ 1024x1024) {peak / 1e9:.1f} GFLOP/s")
        goal = GOALS["torch32"] if dtype is np.float32 else GOALS["torch64"]
        for name in worst_torch:
            if torch:
                results.append((f"{dn}, batch {name}: ours vs PyTorch (worst k, goal "
                                f"≥ {goal:g}x)", f"{worst_torch[name]:.1f}x",
                                worst_torch[name] >= goal))
            g = GOALS["peak_full"] if name == "full" else GOALS["peak_32"]
            results.append((f"{dn}, batch {name}: share of matmul peak (k = {depths[-1]}, goal "
                            f"≥ {100 * g:.0f} %)", f"{100 * deepest_peak[name]:.0f} %",
                            deepest_peak[name] >= g))


# --- 2. Restart & Run All of every notebook -------------------------------------------------


def bench_notebooks() -> None:
    section("2. Restart & Run All of every notebook (fresh kernel, temporary copy)")
    import nbformat
    from nbclient import NotebookClient

    paths = sorted((ROOT / "notebooks").glob("*.ipynb"))
    if not paths:
        print("no notebooks found")
        return
    total, slowest = 0.0, (0.0, "")
    with tempfile.TemporaryDirectory() as tmp:
        # The repo's layout, with the notebooks copied and everything else linked, so the
        # setup cell finds `helpers` and relative paths like ../data work as in the repo.
        for entry in ROOT.iterdir():
            if entry.name not in {"notebooks", ".git"} and not entry.name.startswith(".venv"):
                os.symlink(entry, Path(tmp) / entry.name)
        (Path(tmp) / "notebooks").mkdir()
        for path in paths:
            copy = Path(tmp) / "notebooks" / path.name
            shutil.copy(path, copy)
            nb = nbformat.read(copy, as_version=4)
            client = NotebookClient(nb, timeout=600, kernel_name="python3",
                                    resources={"metadata": {"path": str(copy.parent)}})
            start = time.perf_counter()
            client.execute()  # kernel start + every cell, like Restart & Run All
            seconds = time.perf_counter() - start
            total += seconds
            slowest = max(slowest, (seconds, path.name))
            print(f"{seconds:6.1f} s  {path.name}", flush=True)
    print(f"{total:6.1f} s  in all ({len(paths)} notebooks)")
    results.append((f"Restart & Run All, slowest of {len(paths)} notebooks: {slowest[1]} (goal "
                    f"each ≤ {GOALS['notebook_s']} s)", f"{slowest[0]:.1f} s",
                    slowest[0] <= GOALS["notebook_s"]))
    results.append((f"Restart & Run All, {len(paths)} notebooks in all", f"{total:.1f} s", None))


# --- 3. slider redraw -----------------------------------------------------------------------


def _median_redraw_ms(live, line, x, repeats: int) -> tuple[float, float]:
    """Median (wall, CPU) milliseconds of one update; CPU time is what the wall time would be
    on an idle machine, and is much less disturbed by other programs."""
    wall, cpu = [], []
    for i in range(repeats):
        w0, c0 = time.perf_counter(), time.process_time()
        line.set_ydata(np.sin(x) * (1 + i / repeats))   # what a slider's callback does
        live.redraw()                                    # ... then re-render to PNG
        wall.append(time.perf_counter() - w0)
        cpu.append(time.process_time() - c0)
    return 1e3 * statistics.median(wall), 1e3 * statistics.median(cpu)


def bench_redraw(repeats: int = 30) -> None:
    section("3. Slider redraw: median time of one callback (update data + PNG render)")
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from helpers.frontend import widgets
    from helpers.frontend.plots import use_course_style

    use_course_style()
    x = np.linspace(-5, 5, 200)
    def pyplot_figure():
        fig, ax = plt.subplots()
        return fig, ax

    def widget_figure():  # a figure outside pyplot, as FastLiveFigure's builders make them
        fig, (ax,) = widgets.new_figure()
        return fig, ax

    kinds = [("LiveFigure", pyplot_figure, lambda fig, line: widgets.LiveFigure(fig))]
    if hasattr(widgets, "FastLiveFigure"):  # redraws only the moving artists (cached background)
        kinds.append(("FastLiveFigure", widget_figure,
                      lambda fig, line: widgets.FastLiveFigure(fig, [line])))
    best = np.inf
    for name, new_fig, make in kinds:
        fig, ax = new_fig()
        (line,) = ax.plot(x, np.sin(x))
        ax.set(xlabel="x1", ylabel="y", title="a one-line figure", ylim=(-3, 3))
        live = make(fig, line)
        wall, cpu = _median_redraw_ms(live, line, x, repeats)
        best = min(best, cpu)
        w, h = fig.get_size_inches() * fig.dpi
        print(f"{wall:6.1f} ms wall, {cpu:6.1f} ms CPU  {name}, a one-line figure "
              f"({w:.0f}x{h:.0f} px, PNG {len(live.image.value) / 1024:.0f} kB)")
        results.append((f"{name} redraw, one line (median CPU time)", f"{cpu:.1f} ms", None))
    results.append((f"fastest one-line redraw, CPU (goal ≤ {GOALS['redraw_ms']} ms)",
                    f"{best:.1f} ms", best <= GOALS["redraw_ms"]))
    other = ROOT / "benchmarks" / "widget_redraw.py"
    if other.exists():
        print(f"\n{other.relative_to(ROOT)} (the notebooks' own sliders):", flush=True)
        run = subprocess.run([sys.executable, str(other)], cwd=ROOT, text=True,
                             capture_output=True)
        print(run.stdout + run.stderr)
        results.append(("benchmarks/widget_redraw.py (the notebooks' sliders)",
                        "see section 3" if run.returncode == 0 else "FAILED", run.returncode == 0))


# --- 5. the training playground (notebook 06) -----------------------------------------------


def bench_playground(repeats: int = 3) -> None:
    section("5. Training playground: one run, from pressing train to the final picture")
    import asyncio

    import matplotlib
    matplotlib.use("Agg")
    from helpers.data import load_views
    from helpers.frontend.playground import Playground
    from helpers.frontend.plots import use_course_style

    use_course_style()
    views = load_views()

    async def press_train(pg):
        pg.controls["train"].click()       # as in a notebook: a task that awaits every epoch
        await pg.task

    print("each run: a fresh network, 100 epochs of Adam in batches of 64 on the 56-day "
          "windows of 2017-2019, validation MAE every epoch, live redraws, final picture; "
          f"best of {repeats} runs")
    for name, settings, goal in [("1 x 100 ReLU, 100 epochs", {"width": 100}, True),
                                 ("starting settings, 1 x 20 ReLU, 100 epochs", {}, False)]:
        pg = Playground(views, **settings)
        walls, cpus = [], []
        for _ in range(repeats):
            w0, c0 = time.perf_counter(), time.process_time()
            asyncio.run(press_train(pg))
            walls.append(time.perf_counter() - w0)
            cpus.append(time.process_time() - c0)
        wall, cpu = min(walls), min(cpus)
        print(f"{wall:6.2f} s wall, {cpu:6.2f} s CPU  {name} ({pg.redraws_during_run} live "
              f"redraws in the last run; {pg.status.value})", flush=True)
        what = f"playground run, {name}"
        if goal:
            what += f" (CPU time, goal ≤ {GOALS['playground_s']:g} s)"
        results.append((what, f"{cpu:.2f} s", cpu <= GOALS["playground_s"] if goal else None))


# --- 4. fresh setup -------------------------------------------------------------------------


def bench_setup() -> None:
    section("4. Fresh setup: python -m venv + pip install -r requirements.txt")
    with tempfile.TemporaryDirectory() as tmp:
        venv = Path(tmp) / "venv"
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet",
                        "--disable-pip-version-check", "-r", str(ROOT / "requirements.txt")],
                       check=True, stderr=subprocess.DEVNULL)
        seconds = time.perf_counter() - start
        du = subprocess.run(["du", "-sm", str(venv)], capture_output=True, text=True, check=True)
        mb = int(du.stdout.split()[0])
    print(f"{seconds:6.1f} s  setup (pip's cache allowed, as on a second install)")
    print(f"{mb:6d} MB venv size")
    results.append(("fresh setup (venv + pip install, pip cache allowed)", f"{seconds:.0f} s",
                    None))
    results.append(("venv size", f"{mb} MB", None))


def main(argv=None) -> int:
    parts = ["train", "notebooks", "redraw", "setup", "playground", "browser"]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="k = 1 and 4 only")
    parser.add_argument("--only", nargs="+", choices=parts, default=parts)
    parser.add_argument("--threads", type=int, default=1,
                        help="threads for numpy and PyTorch in the training benchmark; "
                        "default 1: these small matmuls gain little from a second thread, and "
                        "on a busy machine BLAS threads slow everything down (0: defaults)")
    args = parser.parse_args(argv)
    print(f"# Benchmarks: {platform.processor() or platform.machine()}, {os.cpu_count()} CPU(s), "
          f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M')}")
    if "train" in args.only:
        bench_training(args.quick, args.threads)
    if "notebooks" in args.only:
        bench_notebooks()
    if "redraw" in args.only:
        bench_redraw()
    if "playground" in args.only:
        bench_playground()
    if "setup" in args.only:
        bench_setup()
    if "browser" in args.only:
        from browser import bench_browser
        bench_browser(results)
    section("Summary")
    width = max(len(w) for w, _, _ in results) if results else 10
    for what, measured, ok in results:
        print(f"{what:{width}}  {measured:>9}  {verdict(ok)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
