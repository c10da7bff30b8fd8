"""The shared setup cell works on Colab (fetches the course) and is harmless locally.

"Colab" here is a temp folder with no `helpers` anywhere above it, and the course's repo is a
local `git clone` of this one (COURSE_REPO, as a path or a file:// URL): no network. The
cell runs in a fresh Python, exactly as the notebooks hold it (`tools/nbbuild.py`'s SETUP).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tools.nbbuild import SETUP

pytestmark = pytest.mark.tooling

ROOT = Path(__file__).resolve().parent.parent
CHECK = ("\nimport helpers.data, helpers.widgets\nprint('HELPERS FROM', helpers.data.__file__)\n"
         "print('DATA', helpers.data.DATA_PATH.exists())\n")
HERE = "Setup: using the course's helpers from this copy of the course.\n"


def git(*args, cwd=None) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True)
    return done.stdout.strip()


@pytest.fixture(scope="module")
def clone(tmp_path_factory):
    """A local clone of this repo with a tag and a branch to fetch (the committed files)."""
    src = tmp_path_factory.mktemp("course") / "src"
    git("clone", "-q", str(ROOT), str(src))
    git("tag", "course-test-tag", cwd=src)
    git("branch", "course-test-branch", cwd=src)
    return src


def run_setup(cwd: Path, repo: str | None = None, ref: str | None = None, prefix: str = ""):
    """The setup cell (then CHECK) in a fresh Python; `prefix`: code run before it (e.g. to
    pretend to be in a browser, or to have no git)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "COURSE_REPO", "COURSE_REF")}
    env.update(GIT_TERMINAL_PROMPT="0", MPLBACKEND="Agg")
    if repo is not None:
        env.update(COURSE_REPO=repo, COURSE_REF=ref)
    return subprocess.run([sys.executable, "-c", prefix + SETUP + CHECK], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("kind, as_url", [("tag", True), ("commit", False), ("branch", True)])
def test_setup_cell_fetches_helpers_where_none_are_found(clone, tmp_path, kind, as_url):
    ref = {"tag": "course-test-tag", "branch": "course-test-branch",
           "commit": git("rev-parse", "HEAD", cwd=clone)}[kind]
    repo = clone.as_uri() if as_url else str(clone)
    done = run_setup(tmp_path, repo, ref)
    assert done.returncode == 0, done.stderr
    fetched = tmp_path / "dl-course"
    assert f"HELPERS FROM {fetched / 'helpers' / 'data.py'}" in done.stdout
    assert done.stdout.startswith(f"Setup: fetched the course's files ({ref}) into {fetched}.\n")
    assert "DATA True" in done.stdout, "the fetched course has no data/views.csv"
    assert git("rev-parse", "HEAD", cwd=fetched) == git("rev-parse", ref, cwd=clone)
    assert git("rev-parse", "--is-shallow-repository", cwd=fetched) == "true"

    if kind != "tag":
        return
    again = run_setup(tmp_path, repo, ref)  # Run All a second time: nothing fetched again
    assert again.returncode == 0, again.stderr
    assert "fetched" not in again.stdout and "HELPERS FROM" in again.stdout
    assert again.stdout.startswith(f"Setup: using the course's helpers from {fetched}.\n")


def test_setup_cell_says_one_line_and_fetches_nothing_inside_the_repo(tmp_path):
    cwd = ROOT / "tests" / "fixtures"  # like notebooks/: helpers are in a parent folder
    done = run_setup(cwd, repo=str(tmp_path / "no-such-repo"), ref="main")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{HERE}HELPERS FROM {ROOT / 'helpers' / 'data.py'}\nDATA True\n"
    assert not (cwd / "dl-course").exists()


def test_setup_cell_installs_nothing():
    code = SETUP.replace("nothing to pip install", "")
    assert "pip" not in code and "install" not in code


def test_setup_cell_imports_installed_helpers_first(tmp_path):
    """The browser edition preloads helpers: found by import, nothing searched or fetched."""
    env_path = str(ROOT)
    done = subprocess.run([sys.executable, "-c", SETUP + CHECK], cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": env_path, "MPLBACKEND": "Agg",
                               "COURSE_REPO": str(tmp_path / "no-such-repo")},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Setup: using the course's helpers from {ROOT}.\n")
    assert not (tmp_path / "dl-course").exists()


def test_setup_cell_never_shells_out_in_a_browser(tmp_path):
    """Under Pyodide (sys.platform == 'emscripten') with no helpers: a clear error, no git."""
    done = run_setup(tmp_path, prefix="import sys, subprocess\nsys.platform = 'emscripten'\n"
                     "def no(*a, **k): raise AssertionError('shelled out')\nsubprocess.run = no\n")
    assert done.returncode != 0
    assert "ImportError: The course's helpers are not in this browser tab" in done.stderr
    assert "shelled out" not in done.stderr


@pytest.mark.parametrize("broken", ["no network", "no git"])
def test_setup_cell_says_what_to_do_when_it_cannot_fetch(tmp_path, broken):
    """Where git is missing or the fetch fails: one clear error (both languages), saying what
    to do, and no git traceback."""
    no_git = ("import subprocess\nreal = subprocess.run\n"
              "def run(args, *a, **k):\n"
              "    if args[0] == 'git': raise FileNotFoundError(2, 'No such file', 'git')\n"
              "    return real(args, *a, **k)\nsubprocess.run = run\n")
    done = run_setup(tmp_path, repo=str(tmp_path / "no-such-repo"), ref="main",
                     prefix=no_git if broken == "no git" else "")
    assert done.returncode != 0
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("RuntimeError: Could not fetch the course's files with git (")
    assert "download the course as a ZIP" in last and "无法用 git 下载课程文件" in last
    assert ("git was not found" in last) == (broken == "no git")
    assert "CalledProcessError" not in done.stderr and "FileNotFoundError" not in done.stderr
