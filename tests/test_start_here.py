"""Notebook 00 says how the course runs, what it holds and what its words mean: each of those
sentences is checked against the thing it describes (the launcher, the Makefile, the setup
cell, the notebooks folder, the README), in English and in the Chinese translation.

Also the glossary (English and Chinese rows alike) and a rule for every notebook: a term the
course adds to the chapter's (standardisation, validation set, ...) is explained, with its
Chinese term beside it, where a reader meets it first.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from tools import nbbuild

ROOT = Path(__file__).resolve().parent.parent
START = ROOT / "notebooks" / "00_start_here.ipynb"
ZH = ROOT / "translations" / "zh" / "00_start_here.md"
LAUNCHER = ("python3 tools/course.py lab", r"py tools\course.py lab", "make lab")


def english_cell(heading: str) -> str:
    """The markdown cell of notebook 00 that holds `heading` (a line of it)."""
    nb = nbformat.read(START, as_version=4)
    found = [c.source for c in nb.cells if c.cell_type == "markdown"
             and any(line.strip() == heading for line in c.source.splitlines())]
    assert len(found) == 1, f"notebook 00 has {len(found)} cells with the heading {heading!r}"
    return found[0]


def chinese_section(heading: str) -> str:
    """The section of translations/zh/00_start_here.md that holds `heading`."""
    sections = re.split(r"^<!-- cell \S+ en:[0-9a-f]{8} -->$", ZH.read_text(encoding="utf-8"),
                        flags=re.M)
    found = [s for s in sections if any(line.strip() == heading for line in s.splitlines())]
    assert len(found) == 1, f"translations/zh/00_start_here.md: {len(found)} x {heading!r}"
    return found[0]


def table_rows(text: str, header: str) -> list[list[str]]:
    """The rows of the markdown table whose header line starts with `header`, as cells."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header))
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows


# --- how to run the course --------------------------------------------------------------------
HOW_TO_RUN = [("English", lambda: english_cell("## How to run the notebooks")),
              ("Chinese", lambda: chinese_section("## 如何运行笔记本"))]


@pytest.mark.parametrize("language, text", HOW_TO_RUN, ids=[x[0] for x in HOW_TO_RUN])
def test_how_to_run_gives_the_launchers_commands_and_every_place(language, text):
    text = text()
    for command in LAUNCHER + ("make lite", "make serve-lite"):
        assert f"`{command}`" in text, f"{language} 'How to run' does not say `{command}`"
    for place in ("Binder", "Colab", "JupyterLite"):
        assert place in text, f"{language} 'How to run' has no row for {place}"


def test_the_commands_it_gives_exist():
    """`lab` is a command of tools/course.py (its command line: tools/launcher/cli.py); lab,
    lite, serve-lite, test, notebooks and html are targets of the Makefile; the README's first
    lines give the same launcher commands."""
    launcher = (ROOT / "tools" / "launcher" / "cli.py").read_text(encoding="utf-8")
    assert re.search(r'add\("lab", cmd_lab', launcher)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("lab", "lite", "serve-lite", "test", "notebooks", "html"):
        assert re.search(rf"^{re.escape(target)}:", makefile, re.M), f"no `make {target}`"
    readme_top = (ROOT / "README.md").read_text(encoding="utf-8")[:2500]
    for command in LAUNCHER:
        assert command in readme_top, f"the README's first lines do not say {command}"


def test_the_readmes_chinese_section_gives_the_launcher_not_only_make():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("\n## 中文版"):]
    section = section[:section.index("\n## ", 1)]
    assert "本地运行 `make lab`" not in section
    for command in LAUNCHER[:2]:
        assert command in section, f"README's 中文版 section does not say {command}"


def test_the_setup_cell_is_described_as_it_works():
    """The paragraph under the setup cell names what the cell does: it fetches with git (a
    shallow fetch) only where no helpers are found, and prints where they came from."""
    setup = nbbuild.SETUP
    assert '"fetch", "-q", "--depth", "1"' in setup and "clone" not in setup
    english = english_cell("## How to run the notebooks").split("## How to run")[0]
    chinese = chinese_section("## 如何运行笔记本").split("## 如何运行")[0]
    assert "clone" not in english and "clone" not in chinese, "the setup cell does not clone"
    assert "fetch" in english and "shallow" in english and "browser edition" in english
    assert "浅获取" in chinese and "浏览器版" in chinese


# --- the list of notebooks --------------------------------------------------------------------
LISTS = [("English", lambda: english_cell("## The notebooks")),
         ("Chinese", lambda: chinese_section("## 笔记本列表"))]


@pytest.mark.parametrize("language, text", LISTS, ids=[x[0] for x in LISTS])
def test_the_list_has_a_row_for_every_notebook(language, text):
    text = text()
    listed = re.findall(r"\]\((\d\d\w*\.ipynb)\)", text)
    names = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
    assert listed == names, f"{language} list of notebooks: {listed}, the folder has {names}"


# --- the glossary -----------------------------------------------------------------------------
# Terms the course uses beyond the chapter's own (issue 13): the glossary must have each, with
# the Chinese term the course uses for it.
ADDED_TERMS = {"Adam": "Adam", "standardise": "标准化", "validation set": "验证集",
               "early stopping": "早停", "seed": "随机种子", "autocorrelation": "自相关",
               "backpropagation": "反向传播"}


def glossaries() -> tuple[list[list[str]], list[list[str]]]:
    english = table_rows(english_cell("## Glossary (术语表)"), "| English |")
    chinese = table_rows(chinese_section("## 术语表"), "| English |")
    return english, chinese


def test_the_glossary_has_the_same_rows_in_both_languages():
    english, chinese = glossaries()
    assert [r[:2] for r in english] == [r[:2] for r in chinese], (
        "the English and Chinese glossaries differ in their English or 中文 column")
    assert all(len(r) == 3 and r[2] for r in english + chinese), "a row without its one line"


@pytest.mark.parametrize("term", sorted(ADDED_TERMS))
def test_the_glossary_explains_the_terms_the_course_adds(term):
    english, _ = glossaries()
    rows = {r[0]: r[1] for r in english}
    row = next((name for name in rows if name.split(",")[0].split(" (")[0] == term), None)
    assert row is not None, f"no glossary row for {term!r}"
    assert rows[row] == ADDED_TERMS[term], f"{term!r}: 中文 {rows[row]!r}"


# --- terms explained where a reader meets them first -------------------------------------------
# (English pattern, the Chinese term that must stand in the same cell). Adam keeps its name in
# Chinese, so only the glossary can be checked for it.
FIRST_USE = {"standardise": (r"\bstandardi[sz]", "标准化"),
             "validation set": (r"\bvalidation\b", "验证集"),
             "early stopping": (r"\bearly stopping\b", "早停"),
             "seed": (r"\bseed(s|ed)?\b", "随机种子"),
             "autocorrelation": (r"\bautocorrelation\b", "自相关"),
             "backpropagation": (r"\bbackpropagation\b", "反向传播")}
# Terms whose first use is in a notebook still being fixed by its owner (issue 13, phase 2):
# the test is expected to fail for them. Remove a term once its notebook explains it there.
PENDING: dict[str, str] = {}


SKIPPED = ("## The notebooks", "## Glossary")


def prose(source: str) -> str:
    """A markdown cell without its code: fenced blocks and `inline code` removed."""
    return re.sub(r"`[^`\n]*`", "", re.sub(r"```.*?```", "", source, flags=re.S))


def first_use(pattern: str) -> tuple[str, str, str]:
    """(notebook, cell id, text) of the first markdown cell in reading order (00, 00b, 01, …)
    whose prose matches `pattern`. Notebook 00's list of notebooks and its glossary are
    skipped: the list only names what is coming, and the glossary explains every term apart
    from where it is used (the tests above check it has them)."""
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type != "markdown" or cell.source.startswith(SKIPPED):
                continue
            if re.search(pattern, prose(cell.source), re.I):
                return path.stem, cell.id, cell.source
    raise AssertionError(f"no notebook uses {pattern!r}")


@pytest.mark.parametrize("term", [
    pytest.param(term, marks=pytest.mark.xfail(strict=True, reason=PENDING[term]))
    if term in PENDING else term for term in sorted(FIRST_USE)])
def test_a_term_is_explained_with_its_chinese_where_it_is_first_used(term):
    pattern, chinese = FIRST_USE[term]
    notebook, cell, text = first_use(pattern)
    assert chinese in text, (f"{term!r} is first used in {notebook}, cell {cell}, without "
                             f"{chinese}: explain it there in one sentence, with the Chinese term")
