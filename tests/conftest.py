"""Shared test setup: the repo root on sys.path, a non-interactive matplotlib backend."""

import os
import sys
from pathlib import Path

# One BLAS thread, as helpers/__init__.py sets for the notebooks (numpy is imported here first).
for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(name, "1")

import matplotlib  # noqa: E402

matplotlib.use("Agg")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def pytest_terminal_summary(terminalreporter):
    """Repeat, at the very end, every skip whose reason says "TEST SKIPPED": never silent."""
    loud = [r for r in terminalreporter.stats.get("skipped", [])
            if "TEST SKIPPED" in str(getattr(r, "longrepr", ""))]
    if loud:
        terminalreporter.section("NOT TESTED on this machine", sep="!", red=True, bold=True)
        for report in loud:
            reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
            terminalreporter.write_line(str(reason).removeprefix("Skipped: "), red=True,
                                        bold=True)
