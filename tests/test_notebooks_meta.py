"""Every notebook opens where learners are: badges to its own path, the shared setup cell.

Also: the README's badge table, `tools/set_repo_url.py`, and the static picture that stands in
for every widget where no kernel runs (GitHub, nbviewer, HTML export).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from tools import nbbuild

pytestmark = pytest.mark.tooling

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = nbbuild.all_notebooks()
IDS = [p.relative_to(ROOT).as_posix() for p in NOTEBOOKS]
COLAB_RE = re.compile(r"https://colab\.research\.google\.com/github/([^/\s]+/[^/\s]+)/blob/"
                      r"([^/\s]+)/([^)\s]+)\)")
BINDER_RE = re.compile(r"https://mybinder\.org/v2/gh/([^/\s]+/[^/\s]+)/([^?\s]+)\?urlpath="
                       r"lab/tree/([^)\s]+)\)")
FIX = "run `python tools/nbbuild.py sync` to rewrite badges and setup cells from tools/nbbuild.py"


def read(path: Path):
    return nbformat.read(path, as_version=4)


def test_there_are_notebooks_to_check():
    assert NOTEBOOKS, "no notebooks found under notebooks/ or tests/fixtures/"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_badges_point_at_the_notebook_itself(path):
    rel = path.relative_to(ROOT).as_posix()
    title = read(path).cells[0]
    assert title.cell_type == "markdown", f"{rel}: the first cell must be the title (markdown)"
    colab, binder = COLAB_RE.findall(title.source), BINDER_RE.findall(title.source)
    assert colab and binder, f"{rel}: no Colab or Binder badge in the title cell; {FIX}"
    for repo, ref, target in colab + binder:
        assert (repo, ref, target) == (nbbuild.GITHUB_REPO, nbbuild.BRANCH, rel), (
            f"{rel}: a badge opens {repo}@{ref}:{target}, expected "
            f"{nbbuild.GITHUB_REPO}@{nbbuild.BRANCH}:{rel}; {FIX}")
    assert nbbuild.badges_for(rel) in title.source, f"{rel}: badges differ from badges(); {FIX}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_first_code_cell_is_the_shared_setup_cell(path):
    first_code = next(c for c in read(path).cells if c.cell_type == "code")
    rel = path.relative_to(ROOT).as_posix()
    assert first_code.source == nbbuild.setup_source(nbbuild.language_of(rel)), (
        f"{rel}: the first code cell is not tools/nbbuild.py's SETUP (with language=\"zh\" in "
        f"notebooks/zh/); {FIX}")
    printed = [o for o in first_code.get("outputs", []) if o.get("output_type") == "stream"]
    assert len(printed) == 1 and printed[0]["text"].count("\n") == 1, (
        "the setup cell prints exactly one line (where the course's helpers came from)")


def test_readme_has_badges_for_every_notebook():
    readme = (ROOT / "README.md").read_text()
    found = {target for repo, ref, target in COLAB_RE.findall(readme)}
    course = [p for p in NOTEBOOKS if p.parent == ROOT / "notebooks"]
    missing = [p.name for p in course if f"notebooks/{p.name}" not in found]
    assert not missing, f"README.md: no Colab/Binder badges for {missing}"
    for row in readme.splitlines():
        if "colab.research.google.com/github/" in row:  # a row's badges open the row's notebook
            link = re.search(r"\]\((notebooks/[^)]+\.ipynb)\)", row)
            assert link, f"README.md: a badge row without a notebook link: {row[:80]}"
            assert nbbuild.badges_for(link.group(1)) in row, (
                f"README.md: the badges of {link.group(1)} do not open it; {FIX}")


def test_set_repo_url_rewrites_every_badge_and_setup_cell(tmp_path):
    """On a copy of the repo's files: nothing of the placeholder is left, all tests' rules hold."""
    for rel in ["tools", "README.md", *(p.relative_to(ROOT).as_posix() for p in NOTEBOOKS)]:
        src, dst = ROOT / rel, tmp_path / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(src, dst)
    old = nbbuild.GITHUB_REPO
    done = subprocess.run([sys.executable, str(tmp_path / "tools" / "set_repo_url.py"),
                           "datawhalechina/dl-explained-ch1", "--ref", "v1.0"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    for path in [*tmp_path.rglob("*.ipynb"), tmp_path / "README.md",
                 tmp_path / "tools" / "nbbuild.py"]:
        text = path.read_text()
        assert old not in text, f"{path.relative_to(tmp_path)} still names {old}"
    for path in tmp_path.rglob("*.ipynb"):
        rel = path.relative_to(tmp_path).as_posix()
        nb = read(path)
        want = (f"https://colab.research.google.com/github/datawhalechina/dl-explained-ch1/blob/"
                f"v1.0/{rel})")
        assert want in nb.cells[0].source
        setup = next(c for c in nb.cells if c.cell_type == "code").source
        assert '"https://github.com/datawhalechina/dl-explained-ch1"' in setup
        assert 'os.environ.get("COURSE_REF", "v1.0")' in setup
        outputs = [c.get("outputs") for c in read(ROOT / rel).cells]
        assert [c.get("outputs") for c in nb.cells] == outputs, "outputs must not change"
    readme = (tmp_path / "README.md").read_text()
    assert "/v2/gh/datawhalechina/dl-explained-ch1/v1.0?urlpath=lab/tree/notebooks/" in readme


def test_set_repo_url_refuses_a_malformed_name(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "set_repo_url.py"),
                           "https://github.com/x/y", "--root", str(tmp_path)],
                          capture_output=True, text=True)
    assert done.returncode == 2 and "expected OWNER/NAME" in done.stderr


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_every_widget_output_carries_a_static_picture(path):
    """GitHub, nbviewer and HTML export show no widgets: each widget view needs its PNG too."""
    for n, cell in enumerate(read(path).cells):
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if "application/vnd.jupyter.widget-view+json" in data:
                assert "image/png" in data, (
                    f"{path.relative_to(ROOT)}, cell {n}: a widget without a static picture; "
                    "display it with helpers.widgets.show(widget, fig)")
