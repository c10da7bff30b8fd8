"""Re-execute notebooks in a fresh kernel and store their outputs (`make notebooks`).

Usage: python tools/execute_notebooks.py [notebook or folder ...]   (default: notebooks/)

Each notebook runs top to bottom in a new kernel started in its own folder, exactly like
Restart & Run All; its outputs, execution counts and nothing else are rewritten. Widget
state is not stored (the widgets' static pictures are in the outputs). Prints the time each
notebook took; fails loudly if a cell raises.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 600  # seconds per cell: generous, the notebooks take well under a minute in all


def notebooks(args: list[str]) -> list[Path]:
    paths = [Path(a) for a in args] or [ROOT / "notebooks"]
    found = []
    for p in paths:
        found += sorted(p.rglob("*.ipynb")) if p.is_dir() else [p]
    return [p for p in found if ".ipynb_checkpoints" not in p.parts]


def execute(path: Path) -> float:
    nb = nbformat.read(path, as_version=4)
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)  # timestamps would make every re-run a diff
    client = NotebookClient(nb, timeout=TIMEOUT, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}},
                            store_widget_state=False, record_timing=False)
    start = time.perf_counter()
    client.execute()
    seconds = time.perf_counter() - start
    nb.metadata.pop("widgets", None)
    nbformat.write(nb, path)
    return seconds


def main(args: list[str]) -> int:
    total = 0.0
    for path in notebooks(args):
        seconds = execute(path)
        total += seconds
        print(f"{seconds:6.1f} s  {path.resolve().relative_to(ROOT)}", flush=True)
    print(f"{total:6.1f} s  in all")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
