"""Small tools for writing the course notebooks: cells, the shared setup cell, the badges.

Authors use it from a scratch script:

    from tools.nbbuild import md, code, setup_cells, write
    cells = setup_cells("01_linear_model.ipynb", "# 1. The linear model ...")
    write("notebooks/01_linear_model.ipynb", cells + [md("..."), code("...")])

then run `make notebooks` to execute and store the outputs. The notebooks themselves are the
source of truth afterwards; `tests/test_notebooks_meta.py` checks every notebook still has
the setup cell and badges that this file makes.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import nbformat

# The one setting for every link to the public repo. `python tools/set_repo_url.py OWNER/NAME`
# rewrites it here, in every notebook and in the README once the project is published.
GITHUB_REPO = "COURSE-ORG/dl-explained-ch1"
BRANCH = "main"

SETUP = f'''\
# Setup: finds the course's `helpers` (locally and on Binder), or fetches them (on Colab).
import os, sys
from pathlib import Path

REPO = os.environ.get("COURSE_REPO", "https://github.com/{GITHUB_REPO}")
REF = os.environ.get("COURSE_REF", "{BRANCH}")
places = [Path.cwd(), *Path.cwd().parents, Path.cwd() / "dl-course"]
ROOT = next((p for p in places if (p / "helpers" / "data.py").exists()), None)
if ROOT is None:  # e.g. on Colab: a shallow clone of the course (no pip install needed)
    import subprocess
    subprocess.run(["git", "clone", "-q", "--depth", "1", "--branch", REF, REPO, "dl-course"],
                   check=True)
    ROOT = Path("dl-course").resolve()
sys.path.insert(0, str(ROOT))

from helpers.plots import use_course_style
use_course_style()'''


def badges(notebook_name: str, folder: str = "notebooks") -> str:
    """Markdown for the 'Open in Colab' and 'launch binder' badges of one notebook."""
    colab = (f"https://colab.research.google.com/github/{GITHUB_REPO}/blob/{BRANCH}/"
             f"{folder}/{notebook_name}")
    binder = (f"https://mybinder.org/v2/gh/{GITHUB_REPO}/{BRANCH}?urlpath=lab/tree/"
              f"{folder}/{notebook_name}")
    return (f"[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)]"
            f"({colab}) [![Binder](https://mybinder.org/badge_logo.svg)]({binder})")


def _cell_id(kind: str, source: str, n: int) -> str:
    return hashlib.sha1(f"{n}:{kind}:{source}".encode()).hexdigest()[:8]


def md(source: str):
    return nbformat.v4.new_markdown_cell(source.strip("\n"))


def code(source: str, ignore_output: bool = False):
    """A code cell; `ignore_output` tags it `nbval-ignore-output` (for truly volatile output)."""
    cell = nbformat.v4.new_code_cell(source.strip("\n"))
    if ignore_output:
        cell.metadata["tags"] = ["nbval-ignore-output"]
    return cell


def setup_cells(notebook_name: str, title_markdown: str, folder: str = "notebooks"):
    """The title cell (with badges under the first line) and the shared setup cell."""
    first, _, rest = title_markdown.strip("\n").partition("\n")
    title = f"{first}\n\n{badges(notebook_name, folder)}\n{rest}"
    return [md(title), code(SETUP)]


def write(path: str | Path, cells) -> None:
    """Write cells as a notebook with stable cell ids (no outputs: run `make notebooks`)."""
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    for n, cell in enumerate(cells):
        cell.id = _cell_id(cell.cell_type, cell.source, n)
    nb.cells = list(cells)
    nbformat.write(nb, Path(path))
