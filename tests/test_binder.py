"""Binder (repo2docker) builds the course from environment.yml and opens JupyterLab.

What repo2docker reads, from its conda buildpack: `binder/` or `.binder/` if present (then the
root files are ignored), else the root; with an `environment.yml`, `requirements.txt` is not
installed at all, and for Python 3 the file updates the same conda env that runs the Jupyter
server, so the pip-installed jupyterlab 4 and ipywidgets 8 (a prebuilt JupyterLab extension:
no postBuild needed) are what the learner's browser talks to. The badges open
`?urlpath=lab/tree/notebooks/...`, JupyterLab on the notebook whatever the default UI.
`tests/test_environment.py` checks the package list against requirements.txt.
"""

import re
from pathlib import Path

import pytest

from tools import course, nbbuild

pytestmark = pytest.mark.tooling

ROOT = Path(__file__).resolve().parent.parent
ENV = (ROOT / "environment.yml").read_text()


def test_no_binder_folder_shadows_the_root_environment():
    for folder in ("binder", ".binder"):
        assert not (ROOT / folder).exists(), (
            f"{folder}/ makes repo2docker ignore the root environment.yml; keep one place")


def test_environment_pins_the_python_the_outputs_were_made_with():
    pinned = re.search(r"^\s*-\s*python\s*=\s*(\d+\.\d+)\s*$", ENV, flags=re.M)
    assert pinned, "environment.yml must pin python=X.Y (repo2docker picks its base env by it)"
    assert pinned.group(1) == course.REFERENCE  # tools/locks/py3.11.txt: the stored outputs


def test_environment_brings_jupyterlab_4_and_ipywidgets_8():
    assert re.search(r"^\s*-\s*jupyterlab>=4", ENV, flags=re.M)
    assert re.search(r"^\s*-\s*ipywidgets>=8\.0,<9", ENV, flags=re.M)
    assert "conda-forge" in ENV


def test_no_build_scripts_that_binder_would_need_but_we_do_not_test():
    for name in ("postBuild", "start", "apt.txt", "runtime.txt", "Dockerfile"):
        assert not (ROOT / name).exists(), f"{name}: repo2docker would use it; nothing tests it"


def test_binder_badges_open_jupyterlab_on_the_notebook():
    badges = nbbuild.badges("00_start_here.ipynb")
    link = re.search(r"\]\((https://mybinder\.org/v2/[^)]+)\)", badges)
    assert link.group(1) == (f"https://mybinder.org/v2/gh/{nbbuild.GITHUB_REPO}/{nbbuild.BRANCH}"
                             "?urlpath=lab/tree/notebooks/00_start_here.ipynb")
