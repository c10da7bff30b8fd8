"""Shared test setup: the repo root on sys.path, a non-interactive matplotlib backend, and
kernels that write down the texts their figures and controls show (for tests/test_zh_outputs.py).
"""

import os
import shutil
import sys
import tempfile
from pathlib import Path

# One BLAS thread, as helpers/__init__.py sets for the notebooks (numpy is imported here first).
for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(name, "1")

import matplotlib  # noqa: E402

matplotlib.use("Agg")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import pytest  # noqa: E402

TEXT_LOG_DIR = pytest.StashKey[Path]()


def pytest_configure(config):
    """Every kernel this test run starts (nbval's, nbclient's) logs its figures' and controls'
    texts: the scan of the Chinese notebooks then needs no kernel runs of its own when nbval
    has just run them (tests/zh_recorder.py; a temporary IPYTHONDIR, removed at the end)."""
    if os.environ.get("COURSE_TEXT_LOG"):
        return
    from zh_recorder import startup_dir

    base = Path(tempfile.mkdtemp(prefix="course-text-log-"))
    (base / "log").mkdir()
    os.environ["IPYTHONDIR"] = str(startup_dir(base / "ipython"))
    os.environ["COURSE_TEXT_LOG"] = str(base / "log")
    config.stash[TEXT_LOG_DIR] = base


def pytest_unconfigure(config):
    base = config.stash.get(TEXT_LOG_DIR, None)
    if base is not None:
        shutil.rmtree(base, ignore_errors=True)
        for name in ("IPYTHONDIR", "COURSE_TEXT_LOG"):
            os.environ.pop(name, None)


def pytest_collection_modifyitems(session, config, items):
    """The scan of the Chinese notebooks' texts runs last: after nbval ran them (if it does)."""
    last = [item for item in items if "test_zh_outputs.py" in item.nodeid]
    items[:] = [item for item in items if item not in last] + last


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
