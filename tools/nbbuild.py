"""Small tools for writing the course notebooks: cells, the shared setup cell, the badges.

Authors use it from a scratch script:

    from tools.nbbuild import md, code, setup_cells, write
    cells = setup_cells("01_linear_model.ipynb", "# 1. The linear model ...")
    write("notebooks/01_linear_model.ipynb", cells + [md("..."), code("...")])

then run `make notebooks` to execute and store the outputs. Running the script again keeps
the cells' ids (what the translation and the exercise tools find cells by; see `write`), so a
notebook edited in JupyterLab and one rewritten by a script stay the same notebook. The
notebooks themselves are the source of truth afterwards; `tests/test_notebooks_meta.py`
checks every notebook still has the setup cell and badges that this file makes.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import nbformat

# The one setting for every link to the public repo. `python tools/set_repo_url.py OWNER/NAME`
# rewrites it here, in every notebook and in the README once the project is published
# (`--ref v1.0` also pins what the badges open and what the setup cell fetches).
GITHUB_REPO = "COURSE-ORG/dl-explained-ch1"
BRANCH = "main"

# The first code cell of every notebook. It tries `import helpers` first (the browser edition
# preloads them; a course installed with pip has them), then looks for them in a parent folder
# (locally, on Binder), and only then fetches the course's files at REF (a branch, tag or
# commit: `git fetch --depth 1` takes all three) into ./dl-course (Colab, a notebook downloaded
# alone). It never shells out in a browser (Pyodide: sys.platform == "emscripten") and pip
# installs nothing: Colab's numpy, pandas, matplotlib and ipywidgets 7.7 all work. It prints one
# line saying where the course's code came from. COURSE_REPO / COURSE_REF override the source
# (tests point them at a local clone). The Chinese notebooks (notebooks/zh/) pass language="zh"
# to begin(): `setup_source("zh")`, the only line of code in which they differ.
SETUP = f'''\
# Setup: finds the course's `helpers` (built in, or in a folder above) or fetches them (Colab).
import os, sys
from pathlib import Path

REPO = os.environ.get("COURSE_REPO", "https://github.com/{GITHUB_REPO}")
REF = os.environ.get("COURSE_REF", "{BRANCH}")  # a branch, tag or commit
FETCHED = False
try:  # the browser edition has the helpers built in
    from helpers.notebook import begin
except ImportError:
    sys.modules.pop("helpers", None)  # not the course's (another package of that name)
    places = [Path.cwd(), *Path.cwd().parents, Path.cwd() / "dl-course"]
    ROOT = next((p for p in places if (p / "helpers" / "notebook.py").exists()), None)
    if ROOT is None and sys.platform == "emscripten":  # in a browser tab: no git, no fetching
        raise ImportError("The course's helpers are not in this browser tab: open the "
                          "notebook from the course's browser edition (its first page).") from None
    if ROOT is None:  # e.g. on Colab: a shallow copy of the course, nothing to pip install
        import subprocess
        ROOT, FETCHED = Path("dl-course").resolve(), True
        ROOT.mkdir(exist_ok=True)
        try:
            for args in (["init", "-q"], ["fetch", "-q", "--depth", "1", REPO, REF],
                         ["checkout", "-q", "FETCH_HEAD"]):
                subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True,
                               text=True)
        except (OSError, subprocess.CalledProcessError) as error:  # no git, or no network
            why = (getattr(error, "stderr", "") or "").strip() or "git was not found"
            raise RuntimeError(
                f"Could not fetch the course's files with git ({{why.splitlines()[-1]}}). "
                f"Check the connection and run this cell again, or download the course "
                f"as a ZIP from {{REPO}}, unzip it and open the notebook from there. "
                f"无法用 git 下载课程文件：请检查网络后重新运行本单元格，或从 {{REPO}} "
                f"下载课程的 ZIP 压缩包，解压后从其中打开本笔记本。") from None
    sys.path.insert(0, str(ROOT))
    from helpers.notebook import begin
begin(FETCHED, REF)  # the course's language and figure style; prints where helpers came from'''

BEGIN_EN = SETUP.splitlines()[-1]  # begin(FETCHED, REF)  # the course's language ...
BEGIN_ZH = 'begin(FETCHED, REF, language="zh")  # 中文版：图中文字、交互控件和打印的句子都是中文'
assert BEGIN_EN.startswith("begin(FETCHED, REF)")
# The Chinese edition's setup cell says the same in Chinese: its comments, English -> Chinese
# (the code is SETUP's; tests/test_zh.py checks that with tools/zh_code.same_code).
SETUP_COMMENTS_ZH = {
    "# Setup: finds the course's `helpers` (built in, or in a folder above) or fetches them "
    "(Colab).": "# 准备：找到课程的 `helpers`（已内置，或在上层文件夹中），找不到就下载（Colab）。",
    "# a branch, tag or commit": "# 分支、标签或提交",
    "# the browser edition has the helpers built in": "# 浏览器版已内置 helpers",
    "# not the course's (another package of that name)": "# 不是课程的（同名的另一个包）",
    "# in a browser tab: no git, no fetching": "# 在浏览器标签页中：没有 git，不能下载",
    "# e.g. on Colab: a shallow copy of the course, nothing to pip install":
        "# 例如在 Colab 上：浅克隆一份课程文件，无须 pip 安装任何东西",
    "# no git, or no network": "# 没有 git，或没有网络",
}
SETUP_MARKS = ("# Setup:", "# 准备：")   # how a setup cell starts, in English and in Chinese
ZH_FOLDER = "notebooks/zh"


def setup_source(language: str = "en") -> str:
    """The setup cell of a notebook in `language`: SETUP; for Chinese, with language="zh"
    and its comments in Chinese (SETUP_COMMENTS_ZH)."""
    if language == "en":
        return SETUP
    if language == "zh":
        source = SETUP.replace(BEGIN_EN, BEGIN_ZH)
        for en, zh in SETUP_COMMENTS_ZH.items():
            assert en in source, f"SETUP_COMMENTS_ZH: {en!r} is no longer in SETUP"
            source = source.replace(en, zh)
        return source
    raise ValueError(f"language must be 'en' or 'zh', got {language!r}")


def language_of(rel_path: str) -> str:
    """'zh' for a notebook in notebooks/zh/ (the Chinese edition), else 'en'."""
    return "zh" if rel_path.startswith(ZH_FOLDER + "/") else "en"


def badges(notebook_name: str, folder: str = "notebooks") -> str:
    """Markdown for the 'Open in Colab' and 'launch binder' badges of one notebook."""
    colab = (f"https://colab.research.google.com/github/{GITHUB_REPO}/blob/{BRANCH}/"
             f"{folder}/{notebook_name}")
    binder = (f"https://mybinder.org/v2/gh/{GITHUB_REPO}/{BRANCH}?urlpath=lab/tree/"
              f"{folder}/{notebook_name}")
    return (f"[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)]"
            f"({colab}) [![Binder](https://mybinder.org/badge_logo.svg)]({binder})")


def _cell_id(kind: str, source: str, n: int = 0) -> str:
    """A new cell's id, from its type and source (n: the n-th cell with both the same)."""
    return hashlib.sha1(f"{n}:{kind}:{source}".encode()).hexdigest()[:8]


def _new_cell(cell, cell_id: str | None):
    """nbformat's new cell, with the id given, or with none: `write` gives it one."""
    if cell_id is None:
        del cell["id"]  # nbformat's is random: `write` keeps the notebook's or makes a stable one
    else:
        cell.id = cell_id
    return cell


def md(source: str, cell_id: str | None = None):
    """A markdown cell; `cell_id` fixes its id (else `write` keeps the one the notebook has)."""
    return _new_cell(nbformat.v4.new_markdown_cell(source.strip("\n")), cell_id)


def code(source: str, ignore_output: bool = False, cell_id: str | None = None):
    """A code cell; `ignore_output` tags it `nbval-ignore-output` (for truly volatile output)."""
    cell = _new_cell(nbformat.v4.new_code_cell(source.strip("\n")), cell_id)
    if ignore_output:
        cell.metadata["tags"] = ["nbval-ignore-output"]
    return cell


def setup_cells(notebook_name: str, title_markdown: str, folder: str = "notebooks"):
    """The title cell (with badges under the first line) and the shared setup cell."""
    first, _, rest = title_markdown.strip("\n").partition("\n")
    title = f"{first}\n\n{badges(notebook_name, folder)}\n{rest}"
    return [md(title), code(SETUP)]


def keep_ids(cells, old_cells) -> None:
    """Give each cell without an id the id of its counterpart among `old_cells`, else a new one.

    A cell that has an id keeps it. The counterpart of a cell is the old cell with the same
    type and source, or else the old cell of the same type it replaces in the same place
    (difflib's alignment of the two lists of cells): an edited cell keeps its id. Only cells
    with no counterpart get a new id, `_cell_id` of their type and source.
    """
    import difflib

    key = [(c.cell_type, c.source) for c in cells]
    old_key = [(c.cell_type, c.source) for c in old_cells]
    taken = {c.get("id") for c in cells} - {None}
    found: dict[int, str] = {}
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, key, old_key,
                                                      autojunk=False).get_opcodes():
        if op in ("equal", "replace"):
            for i, j in zip(range(i1, i2), range(j1, j2), strict=False):
                if key[i][0] == old_key[j][0]:
                    found[i] = old_cells[j].get("id")
    for i, cell in enumerate(cells):
        if cell.get("id"):
            continue
        cell_id = found.get(i)
        n = 0
        while not cell_id or cell_id in taken:
            cell_id, n = _cell_id(cell.cell_type, cell.source, n), n + 1
        cell["id"] = cell_id
        taken.add(cell_id)


def write(path: str | Path, cells) -> None:
    """Write cells as a notebook (no outputs: run `make notebooks`), keeping the cell ids.

    Cell ids are how the Chinese translation (tools/build_zh.py) and the exercise tools
    (tools/exercise_cells.py) find cells, so they survive a rewrite: a cell keeps the id it
    carries (read from a notebook, or given: `md(..., cell_id="ex-key-task")`); a cell made by
    md()/code() without one takes the id of its counterpart in the notebook already at `path`
    (see `keep_ids`); only a cell new to the notebook gets a new id. The notebook's own
    metadata (and its kernel) is kept too.
    """
    path = Path(path)
    old = nbformat.read(path, as_version=4) if path.exists() else None
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    if old is not None:
        nb.metadata.update(old.metadata)
    cells = list(cells)
    keep_ids(cells, old.cells if old is not None else [])
    nb.cells = cells
    nbformat.write(nb, path)


# --- keeping every notebook's badges and setup cell in step with the settings above ----------
ROOT = Path(__file__).resolve().parent.parent
BADGES_RE = re.compile(
    r"\[!\[Open In Colab\]\([^)\s]*\)\]"
    r"\(https://colab\.research\.google\.com/github/[^/\s]+/[^/\s]+/blob/[^/\s]+/"
    r"(?P<path>[^)\s]+\.ipynb)\)"
    r" \[!\[Binder\]\([^)\s]*\)\]\(https://mybinder\.org/v2/gh/[^)\s]+\)")


def badges_for(rel_path: str) -> str:
    """`badges()` for a notebook given by its path in the repo, e.g. notebooks/zh/01_x.ipynb."""
    folder, _, name = rel_path.rpartition("/")
    return badges(name, folder)


def sync(path: str | Path) -> bool:
    """Rewrite one notebook's badges (to its own path) and setup cell (to SETUP).

    Only those cell sources change, never outputs. Returns True if the file changed.
    """
    path = Path(path).resolve()
    rel = path.relative_to(ROOT).as_posix()
    nb = nbformat.read(path, as_version=4)
    before = [cell.source for cell in nb.cells]
    title = nb.cells[0]
    if title.cell_type == "markdown":
        title.source = BADGES_RE.sub(lambda m: badges_for(rel), title.source)
    first_code = next((c for c in nb.cells if c.cell_type == "code"), None)
    if first_code is not None and first_code.source.startswith(SETUP_MARKS):
        first_code.source = setup_source(language_of(rel))
    if [cell.source for cell in nb.cells] == before:
        return False
    nbformat.write(nb, path)
    return True


def sync_readme(path: str | Path = ROOT / "README.md") -> bool:
    """Rewrite the README's badges from the settings above (each keeps its notebook path)."""
    path = Path(path)
    text = path.read_text()
    new = BADGES_RE.sub(lambda m: badges_for(m.group("path")), text)
    if new != text:
        path.write_text(new)
    return new != text


def all_notebooks() -> list[Path]:
    """Every notebook whose badges and setup cell we keep in step (course and test fixtures)."""
    found = [*(ROOT / "notebooks").rglob("*.ipynb"),
             *(ROOT / "tests" / "fixtures").rglob("*.ipynb")]
    return sorted(p for p in found if ".ipynb_checkpoints" not in p.parts)


if __name__ == "__main__":
    # `python tools/nbbuild.py sync`: after changing SETUP or the badges, update every notebook.
    import sys

    if sys.argv[1:] != ["sync"]:
        sys.exit("usage: python tools/nbbuild.py sync")
    for nb_path in all_notebooks():
        if sync(nb_path):
            print(f"synced {nb_path.relative_to(ROOT)}")
    if sync_readme():
        print("synced README.md")
