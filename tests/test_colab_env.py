"""The helpers work on Colab's older stack too: their unit tests, run in a Colab-like venv.

Colab long shipped ipywidgets 7.7.1 (and numpy 1.26, pandas 2.2, matplotlib 3.8); our setup
cell installs nothing there, so `helpers` must work with what Colab has. This test builds
`.venv-colab/` from `tests/colab-requirements.txt` (once: about 1.5 minutes; rebuilt only when
that file changes) and runs inside it the helpers' unit tests: every test module that is not
marked `tooling` and imports no Jupyter tooling (nbclient, nbconvert, ...), so tests added
later join by themselves. Keep notebook-running tests in modules of their own.

Skipped only on purpose: `SKIP_COLAB_ENV=1` (e.g. on a machine without access to PyPI).
"""

from __future__ import annotations

import ast
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.tooling

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv-colab"
REQUIREMENTS = ROOT / "tests" / "colab-requirements.txt"
STAMP = VENV / ".requirements-sha1"
PYTHON = VENV / "bin" / "python"
PIP = [str(PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]


def requirement_lines() -> tuple[list[str], list[str]]:
    """(with dependencies, --no-deps) requirement strings from tests/colab-requirements.txt."""
    deps, no_deps = [], []
    for line in REQUIREMENTS.read_text().splitlines():
        spec = line.split("#")[0].strip()
        if spec:
            (no_deps if "--no-deps" in line else deps).append(spec)
    return deps, no_deps


# Test modules that import one of these test the notebooks or the tooling, not the helpers:
# they need Jupyter's own packages, which a Colab-like kernel does not need to have.
TOOLING_IMPORTS = {"nbclient", "nbconvert", "nbformat", "nbval", "playwright", "jupyterlab",
                   "jupyter_server", "tools"}


def imported_packages(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def helpers_test_files() -> list[str]:
    """tests/test_*.py that test the helpers: not marked `tooling`, no Jupyter-tooling imports."""
    return [str(p.relative_to(ROOT)) for p in sorted((ROOT / "tests").glob("test_*.py"))
            if "pytestmark = pytest.mark.tooling" not in p.read_text()
            and not imported_packages(p) & TOOLING_IMPORTS]


def colab_venv() -> Path:
    """The Colab-like venv, (re)built when tests/colab-requirements.txt has changed."""
    digest = hashlib.sha1(REQUIREMENTS.read_bytes()).hexdigest()
    if PYTHON.exists() and STAMP.exists() and STAMP.read_text().strip() == digest:
        return PYTHON
    shutil.rmtree(VENV, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    deps, no_deps = requirement_lines()
    for args in (deps, ["--no-deps", *no_deps]):
        done = subprocess.run([*PIP, *args], capture_output=True, text=True)
        if done.returncode != 0:
            shutil.rmtree(VENV, ignore_errors=True)
            pytest.fail(f"could not build {VENV.name} from {REQUIREMENTS.name}:\n"
                        f"{done.stderr[-3000:]}\n(set SKIP_COLAB_ENV=1 to skip this test)")
    STAMP.write_text(digest)
    return PYTHON


def test_helpers_tests_pass_with_colabs_ipywidgets_7_numpy_1_pandas_2():
    if os.environ.get("SKIP_COLAB_ENV"):
        pytest.skip("COLAB ENV TEST SKIPPED: SKIP_COLAB_ENV is set; the helpers were not "
                    "tested with Colab's ipywidgets 7.7 / numpy 1.26 / pandas 2.2")
    python = colab_venv()
    versions = subprocess.run(
        [str(python), "-c", "import ipywidgets, numpy, pandas, matplotlib; print("
         "ipywidgets.__version__, numpy.__version__, pandas.__version__, matplotlib.__version__)"],
        capture_output=True, text=True, check=True).stdout.split()
    assert versions[0].startswith("7.7"), f"not Colab's ipywidgets: {versions}"
    assert versions[1].startswith("1."), f"not a numpy 1: {versions}"

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    files = helpers_test_files()
    done = subprocess.run(
        [str(python), "-m", "pytest", "-q", "-m", "not tooling", "-p", "no:cacheprovider",
         "-W", "ignore::DeprecationWarning", *files],
        cwd=ROOT, env={**env, "MPLBACKEND": "Agg"}, capture_output=True, text=True, timeout=600)
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    assert done.returncode == 0, (
        f"helpers' tests failed with Colab's versions {versions}:\n{done.stdout[-6000:]}"
        f"\n{done.stderr[-2000:]}")
    assert " passed" in summary, summary
    print(f"Colab-like env {versions}: {summary} in {len(files)} modules")
