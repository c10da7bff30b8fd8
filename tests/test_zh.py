"""The Chinese edition (notebooks/zh/) is complete, current, built and run, never hand-edited.

Each English notebook gets its own test ids, so a failure names the notebook, e.g.
`test_has_translation[03_piecewise_linear.ipynb]`. The fix is in the message: translate
(`python tools/build_zh.py --stubs NAME` writes the sections to fill in), then
`make notebooks` (build, then run the Chinese notebooks: their outputs are Chinese, and nbval
checks them). tests/test_zh_outputs.py checks no English is left in those outputs.
"""

import io
import re
import shutil
import tokenize
from pathlib import Path

import nbformat
import pytest
import zh_scan

from tools import build_zh
from tools.nbbuild import setup_source
from tools.zh_code import code_words, prose, python_source, same_code

ROOT = Path(__file__).resolve().parent.parent
NAMES = build_zh.english_names(ROOT)

# Notebooks allowed to have no Chinese twin yet (reported as skipped by `pytest -rs`).
# Empty means: every English notebook must have one.
NOT_YET_TRANSLATED: set[str] = set()


def _needs_twin(name):
    if name in NOT_YET_TRANSLATED and not build_zh.translation_path(name, ROOT).exists():
        pytest.skip(f"{name}: no Chinese translation yet (listed in NOT_YET_TRANSLATED)")


def _cells(path, kind):
    nb = nbformat.read(path, as_version=4)
    return [c for c in nb.cells if c.cell_type == kind]


def test_there_are_english_notebooks():
    assert NAMES, "no notebooks/*.ipynb found"


@pytest.mark.parametrize("name", NAMES)
def test_has_translation(name):
    _needs_twin(name)
    assert build_zh.translation_path(name, ROOT).exists(), (
        f"{name} has no Chinese translation: run `python tools/build_zh.py --stubs {name}`, "
        f"translate translations/zh/{name.replace('.ipynb', '.md')}, then `make notebooks`")
    assert build_zh.zh_path(name, ROOT).exists(), (
        f"{name} has no Chinese twin notebooks/zh/{name}: run `make notebooks`")


@pytest.mark.parametrize("name", NAMES)
def test_translation_in_sync(name):
    """Every English markdown cell has a translation made from its current English text."""
    _needs_twin(name)
    problems = build_zh.sync_problems(name, ROOT)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", NAMES)
def test_zh_is_what_the_build_makes(name):
    """No hand edits in notebooks/zh/: it is exactly the English notebook + the translation."""
    _needs_twin(name)
    problems = build_zh.build_problems(name, ROOT)
    assert not problems, "\n".join(problems)


def code_differences(en, zh) -> list[str]:
    """Ids of the code cells whose code differs between the editions, comments and
    docstrings set aside (tools/zh_code.same_code); the setup cell may differ only in
    begin()'s language="zh"."""
    setup_zh = zh[0].source.replace(', language="zh"', "", 1)
    different = [] if same_code(setup_zh, en[0].source) else [en[0].id]
    return different + [e.id for c, e in zip(zh[1:], en[1:], strict=True)
                        if not same_code(c.source, e.source)]


@pytest.mark.parametrize("name", NAMES)
def test_same_code_apart_from_the_language_line(name):
    """The English code, cell for cell, with language="zh" in the setup cell's begin();
    comments and docstrings may be Chinese (compared as syntax trees, without them)."""
    _needs_twin(name)
    en_path, zh_path = build_zh.english_path(name, ROOT), build_zh.zh_path(name, ROOT)
    if not zh_path.exists():
        pytest.fail(f"no notebooks/zh/{name}: run `make notebooks`")
    en, zh = _cells(en_path, "code"), _cells(zh_path, "code")
    assert [c.id for c in zh] == [c.id for c in en], f"{name}: cell ids differ"
    assert zh[0].source == setup_source("zh") and en[0].source == setup_source("en")
    different = code_differences(en, zh)
    assert not different, f"{name}: code cells {different} differ from the English ones"
    assert len(_cells(zh_path, "markdown")) == len(_cells(en_path, "markdown"))


@pytest.mark.parametrize("name", NAMES)
def test_a_changed_line_of_code_fails_the_sync_test(name):
    """On a copy of the Chinese cells: a line of code changed in any one code cell is caught;
    a comment added or reworded is not."""
    _needs_twin(name)
    en = _cells(build_zh.english_path(name, ROOT), "code")
    zh = _cells(build_zh.zh_path(name, ROOT), "code")
    assert not code_differences(en, zh)
    for cell in zh:
        original = cell.source
        for edited in _code_edits(original):
            cell.source = edited
            assert code_differences(en, zh) == [cell.id], f"{name}: {cell.id} not caught"
        cell.source = original + "\n# 又一条注释"
        assert not code_differences(en, zh), f"{name}: a comment counted as code ({cell.id})"
        cell.source = original


def _code_edits(source):
    """Copies of a cell with one line of code changed: a line added, and the cell's first
    number changed (a number of the code: not in a comment, a string or a docstring)."""
    edits = [source + "\n_ = 0"]
    python = python_source(source)
    if python == source:
        tokens = tokenize.generate_tokens(io.StringIO(source).readline)
        number = next((tok for tok in tokens if tok.type == tokenize.NUMBER), None)
        if number is not None:
            lines = source.splitlines()
            (row, start), (_, end) = number.start, number.end
            line = lines[row - 1]
            lines[row - 1] = line[:start] + f"({number.string} + 1)" + line[end:]
            edits.append("\n".join(lines))
    return edits


def test_same_code_sees_every_kind_of_change():
    en = 'def f(x):\n    """Doc."""\n    # a comment\n    return x + 1  # note\nprint(f(2), "a")\n'
    zh = 'def f(x):\n    """文档。"""\n    # 注释\n    return x + 1  # 说明\nprint(f(2), "a")\n'
    assert same_code(zh, en)
    assert same_code(zh.replace('    """文档。"""\n', ""), en)         # no docstring at all
    for edit in [("x + 1", "x + 2"), ('"a"', '"b"'), ("print", "repr"), ("(x)", "(y)"),
                 ("return x + 1", "return (x + 1) * 1")]:
        assert not same_code(zh.replace(*edit), en), edit
    # a string that is printed is code, not a docstring
    assert not same_code('print("你好")', 'print("hello")')
    magic = "%matplotlib inline\n!pip install numpy\nx = 1  # one"
    assert same_code("%matplotlib inline\n!pip install numpy\nx = 1  # 一", magic)
    assert not same_code("%matplotlib inline\n!pip install pandas\nx = 1  # 一", magic)


@pytest.mark.parametrize("name", NAMES)
def test_outputs_come_from_running_the_chinese_notebook(name):
    """Every cell was run in Chinese: outputs where the English has them, the setup cell's
    line in Chinese, and no output copied from the English notebook where the text differs."""
    _needs_twin(name)
    en_path, zh_path = build_zh.english_path(name, ROOT), build_zh.zh_path(name, ROOT)
    if not zh_path.exists():
        pytest.fail(f"no notebooks/zh/{name}: run `make notebooks`")
    en, zh = _cells(en_path, "code"), _cells(zh_path, "code")
    fix = f"run `python tools/execute_notebooks.py notebooks/zh/{name}` (or `make notebooks`)"
    not_run = [c.id for c, e in zip(zh, en, strict=True) if e.outputs and not c.outputs]
    assert not not_run, f"{name}: cells {not_run} have no outputs: {fix}"
    setup_line = "".join(o.get("text", "") for o in zh[0].outputs)
    assert re.search(r"[\u4e00-\u9fff]", setup_line), (
        f"{name}: the setup cell printed {setup_line!r}, not Chinese: {fix}")


def _links(markdown):
    """Relative link targets in markdown: [text](target) and ![alt](target)."""
    targets = re.findall(r"\]\(([^)\s]+)\)", markdown)
    return [t.split("#")[0] for t in targets
            if not re.match(r"[a-z]+:", t) and not t.startswith("#")]


@pytest.mark.parametrize("name", NAMES)
def test_links_work_from_zh_folder(name):
    """Links in the Chinese notebook resolve from notebooks/zh/ (a planned notebook may be
    missing only where the English notebook links to it too)."""
    _needs_twin(name)
    zh_path = build_zh.zh_path(name, ROOT)
    if not zh_path.exists():
        pytest.fail(f"no notebooks/zh/{name}: run `make notebooks`")
    broken = []
    for cell in _cells(zh_path, "markdown"):
        for target in _links(cell.source):
            resolved = (zh_path.parent / target).resolve()
            planned = target.endswith(".ipynb") and "/" not in target
            if not resolved.exists() and not (
                    planned and not (ROOT / "notebooks" / target).exists()):
                broken.append(target)
    assert not broken, f"notebooks/zh/{name}: links that lead nowhere: {broken}"


# --- the checker itself, on temporary copies ---------------------------------------------------
TINY = "00_tiny.ipynb"
TINY_ZH = """\
<!-- cell {0} en:{1} -->
# 一个小笔记本

引言。

<!-- cell {2} en:{3} -->
第一段：为什么要运行下面的代码。

<!-- cell {4} en:{5} -->
## 第二节

第二段，链接到 [笔记本 00](00_tiny.ipynb)。

<!-- cell {6} en:{7} -->
## 动手试试
"""


@pytest.fixture
def repo_copy(tmp_path):
    """A throwaway repo: a small English notebook made like ours, its translation, its twin."""
    from tools.nbbuild import code, md, setup_cells, write

    cells = setup_cells(TINY, "# A tiny notebook\n\nIntroduction.") + [
        md("First paragraph: why we run the code below."), code("print(1 + 1)"),
        md("## Second part\n\nThe second paragraph, links to [notebook 00](00_tiny.ipynb)."),
        code("x = 2"), md("## Try it")]
    (tmp_path / "notebooks").mkdir()
    write(tmp_path / "notebooks" / TINY, cells)
    nb = nbformat.read(tmp_path / "notebooks" / TINY, as_version=4)
    nb.cells[3].outputs = [nbformat.v4.new_output("stream", name="stdout", text="2\n")]
    nbformat.write(nb, tmp_path / "notebooks" / TINY)
    keys = [k for c in nb.cells if c.cell_type == "markdown"
            for k in (c.id, build_zh.text_hash(c.source, TINY))]
    path = build_zh.translation_path(TINY, tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text(TINY_ZH.format(*keys), encoding="utf-8")
    build_zh.write(TINY, tmp_path)
    _pretend_to_run(tmp_path, TINY)
    return tmp_path, TINY


def _pretend_to_run(root, name):
    """What `tools/execute_notebooks.py notebooks/zh/NAME` stores: counts and outputs."""
    path = build_zh.zh_path(name, root)
    nb = nbformat.read(path, as_version=4)
    for n, cell in enumerate(c for c in nb.cells if c.cell_type == "code"):
        cell.execution_count = n + 1
        if "print" in cell.source:
            cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="2\n")]
    path.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")


@pytest.mark.parametrize("name", [n for n in NAMES if build_zh.translation_path(n, ROOT).exists()])
def test_editing_a_real_english_cell_fails_the_check(name, tmp_path):
    """On a temporary copy of each translated notebook: edit each markdown cell in turn."""
    for path in (build_zh.english_path(name, ROOT), build_zh.translation_path(name, ROOT)):
        dest = tmp_path / path.relative_to(ROOT)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, dest)
    nb = nbformat.read(build_zh.english_path(name, tmp_path), as_version=4)
    if build_zh.sync_problems(name, tmp_path):
        pytest.skip(f"{name} is not in sync to begin with (test_translation_in_sync says why)")
    for cell in (c for c in nb.cells if c.cell_type == "markdown"):
        original = cell.source
        cell.source = original.replace(" ", "  ", 1) + "\nAn edit."
        problems = build_zh.sync_problems(name, tmp_path, nb=nb)
        assert len(problems) == 1 and cell.id in problems[0], problems
        cell.source = original


def _edit_english(root, name, edit):
    path = build_zh.english_path(name, root)
    nb = nbformat.read(path, as_version=4)
    edit(nb)
    nbformat.write(nb, path)


def _markdown(nb, k):
    return [c for c in nb.cells if c.cell_type == "markdown"][k]


def test_check_passes_on_a_faithful_copy(repo_copy):
    root, name = repo_copy
    assert build_zh.sync_problems(name, root) == []
    assert build_zh.build_problems(name, root) == []


def test_check_fails_when_english_markdown_is_edited(repo_copy):
    root, name = repo_copy

    def edit(nb):
        _markdown(nb, 1).source += "\n\nA sentence the translation does not have."
    _edit_english(root, name, edit)
    problems = build_zh.sync_problems(name, root)
    assert len(problems) == 1 and "changed since it was translated" in problems[0]


def test_check_fails_when_an_edit_also_changes_the_cell_id(repo_copy):
    """tools/nbbuild.py derives ids from the text, so a rewritten cell gets a new id too."""
    root, name = repo_copy

    def edit(nb):
        cell = _markdown(nb, 2)
        cell.source += " Edited."
        cell.id = "0badc0de"
    _edit_english(root, name, edit)
    problems = build_zh.sync_problems(name, root)
    assert len(problems) == 1 and "changed since it was translated" in problems[0]


def test_check_fails_for_a_new_english_cell_and_stubs_fix_the_file(repo_copy):
    root, name = repo_copy

    def edit(nb):
        nb.cells.insert(3, nbformat.v4.new_markdown_cell("A brand new paragraph.", id="feedf00d"))
    _edit_english(root, name, edit)
    problems = build_zh.sync_problems(name, root)
    assert len(problems) == 1 and "has no translation" in problems[0]

    done = build_zh.stubs(name, root)
    assert done == ["new: cell feedf00d ('A brand new paragraph.')"]
    problems = build_zh.sync_problems(name, root)
    assert len(problems) == 1 and "marked untranslated" in problems[0]
    # translating it (deleting the marker line, writing Chinese) makes the check pass
    path = build_zh.translation_path(name, root)
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"<!-- untranslated[^\n]*\n[^\n]*", "一个全新的段落。", text)
    path.write_text(text, encoding="utf-8")
    assert build_zh.sync_problems(name, root) == []


def test_ids_that_shift_keep_their_translations(repo_copy):
    """Inserting a code cell above renumbers the ids: unchanged text still matches by hash."""
    root, name = repo_copy
    before = build_zh.build(name, root)

    def edit(nb):
        for cell in nb.cells:
            cell.id = cell.id[::-1]
    _edit_english(root, name, edit)
    assert build_zh.sync_problems(name, root) == []
    after = build_zh.build(name, root)
    assert [c.source for c in after.cells] == [c.source for c in before.cells]


def test_stubs_keep_old_chinese_under_the_new_english(repo_copy):
    root, name = repo_copy
    old_zh = build_zh.read_translation(name, root)[1][1].text

    def edit(nb):
        _markdown(nb, 1).source += "\n\nOne more sentence."
    _edit_english(root, name, edit)
    build_zh.stubs(name, root)
    section = build_zh.read_translation(name, root)[1][1]
    assert section.untranslated and "One more sentence." in section.text
    assert section.text.endswith(old_zh)
    # the built notebook shows the old Chinese (the comment holding the English is dropped)
    assert _markdown(build_zh.build(name, root), 1).source == old_zh


def test_build_keeps_the_outputs_of_unchanged_cells_and_says_what_to_run(repo_copy):
    root, name = repo_copy
    nb = build_zh.build(name, root)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code[0].source == setup_source("zh") and code[0].execution_count == 1
    assert code[1].outputs[0]["text"] == "2\n"          # kept: its code did not change

    def edit(nb):
        [c for c in nb.cells if c.cell_type == "code"][1].source = "print(2 + 2)"
    _edit_english(root, name, edit)
    code = [c for c in build_zh.build(name, root).cells if c.cell_type == "code"]
    assert code[1].outputs == [] and code[1].execution_count is None  # changed: run it again
    assert code[2].execution_count == 3
    build_zh.write(name, root)
    problems = build_zh.build_problems(name, root)
    assert len(problems) == 1 and "not run" in problems[0] and "execute_notebooks" in problems[0]
    _pretend_to_run(root, name)
    assert build_zh.build_problems(name, root) == []


def test_check_fails_when_a_code_cell_differs(repo_copy):
    root, name = repo_copy

    def edit(nb):
        next(c for c in nb.cells if c.cell_type == "code").source += "\n# changed"
    _edit_english(root, name, edit)
    assert build_zh.sync_problems(name, root) == []  # markdown still in sync
    problems = build_zh.build_problems(name, root)
    assert len(problems) == 1 and "not what the build makes" in problems[0]


def test_hand_edit_of_zh_notebook_is_caught(repo_copy):
    root, name = repo_copy
    path = build_zh.zh_path(name, root)
    path.write_text(path.read_text(encoding="utf-8").replace("引言", "导言", 1),
                    encoding="utf-8")
    assert build_zh.build_problems(name, root)


def test_title_gets_zh_badges_and_language_switch(repo_copy):
    root, name = repo_copy
    title = build_zh.build(name, root).cells[0].source
    assert f"notebooks/zh/{name}" in title and "colab-badge.svg" in title
    assert f"[English](../{name})" in title
    assert "blob/main/notebooks/" + name not in title  # no badge to the English notebook


def test_badge_and_language_switch_lines_do_not_count_as_english_text():
    """Adding `[中文](zh/NAME)` to an English title, or a new repo URL in its badges, keeps
    the translation valid."""
    name = "00_start_here.ipynb"
    plain = "# Title\n\nSome text."
    with_lines = ("# Title\n\n[![Open In Colab](https://colab.research.google.com/assets/"
                  "colab-badge.svg)](https://x)\n\n**English** · [中文](zh/00_start_here.ipynb)"
                  "\n\nSome text.")
    assert build_zh.text_hash(with_lines, name) == build_zh.text_hash(plain, name)


def test_english_left_in_place_is_caught(repo_copy):
    root, name = repo_copy
    path = build_zh.translation_path(name, root)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "第一段：为什么要运行下面的代码。", "First paragraph: why we run the code below."),
        encoding="utf-8")
    problems = build_zh.sync_problems(name, root)
    assert len(problems) == 1 and "still the English text" in problems[0]


def test_a_notebook_without_translation_is_reported(repo_copy):
    root, name = repo_copy
    build_zh.translation_path(name, root).unlink()
    problems = build_zh.sync_problems(name, root)
    assert len(problems) == 1 and "no Chinese translation" in problems[0]


@pytest.mark.parametrize("name", NAMES)
def test_translation_says_jiaohu_kongjian_for_widgets(name):
    """The Chinese edition calls widgets 交互控件 (as the catalogue does), never 小部件."""
    path = build_zh.translation_path(name, ROOT)
    if path.exists():
        text = path.read_text(encoding="utf-8")
        assert "小部件" not in text, f"{path.relative_to(ROOT)}: write 交互控件, not 小部件"


def test_every_zh_notebook_has_an_english_source():
    orphans = sorted(p.name for p in (ROOT / build_zh.ZH_FOLDER).glob("*.ipynb")
                     if p.name not in NAMES)
    assert not orphans, (f"notebooks/zh/ has notebooks with no English source in notebooks/: "
                         f"{orphans} (renamed or removed? delete them, or rename their "
                         "translations/zh/ files too)")


@pytest.mark.parametrize("name", NAMES)
def test_readme_links_both_editions(name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"](notebooks/{name})" in readme, f"README.md: no link to notebooks/{name}"
    assert f"](notebooks/zh/{name})" in readme, (
        f"README.md: no link to the Chinese notebooks/zh/{name} (the 中文版 table)")


# --- code cells: Chinese comments and docstrings -----------------------------------------------
# Latin words a comment or docstring of a Chinese code cell may keep (besides the cell's own
# names, file names and tests/zh_scan.ALLOWED): the libraries and programs the course names,
# and nbval's marker.
ALLOWED_IN_CODE_PROSE = zh_scan.ALLOWED | {
    "numpy", "pandas", "matplotlib", "ipywidgets", "Pyodide", "Binder", "JupyterLab", "Jupyter",
}
FILE_NAME = re.compile(r"[\w./\-]+\.(?:py|csv|md|ipynb|txt|json|gz|zip|ods|xlsx)\b")


def english_in_prose(source: str) -> list[str]:
    """English words of 4+ letters in a cell's comments and docstrings: not a name of the
    cell's code (or a word of its strings), not code or math (`np.argmin`, `sign(y - ŷ)`,
    `$x$`: tests/zh_scan.without_code), not in a file name, not on the allowed list."""
    names = code_words(source)
    found = []
    for text in prose(source):
        text = zh_scan.without_code(FILE_NAME.sub(" ", text))
        for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text):
            if (len(word) >= 4 and word.isalpha() and word not in names
                    and word not in ALLOWED_IN_CODE_PROSE):
                found.append(word)
    return found


def test_the_prose_scan_finds_english():
    cell = 'def window(views, t, k):\n    """The views, yesterday first."""\n    return None  # 昨'
    assert english_in_prose(cell) == ["yesterday", "first"]
    assert english_in_prose('x = 1  # 读 data/README.md，用 numpy 和 window\nwindow = 2') == []
    assert english_in_prose("# NBVAL_IGNORE_OUTPUT\n%matplotlib inline\nx = 1  # 一") == []


@pytest.mark.parametrize("name", NAMES)
def test_comments_and_docstrings_of_zh_code_are_chinese(name):
    """A learner who reads no English reads every comment and docstring of a Chinese code
    cell: exercise stubs, the setup cell, teaching cells (issue 23)."""
    _needs_twin(name)
    rel = build_zh.translation_path(name, ROOT).relative_to(ROOT)
    english = {c.id: words for c in _cells(build_zh.zh_path(name, ROOT), "code")
               if (words := english_in_prose(c.source))}
    assert not english, (
        f"notebooks/zh/{name}: English in the comments or docstrings of code cells "
        f"{english}: add or update their `<!-- code ID en:HASH -->` sections in {rel} "
        "(the whole cell in a ```python block, comments and docstrings in Chinese)")


def _add_code_section(root, name, cell, zh_source):
    path = build_zh.translation_path(name, root)
    marker = f"<!-- code {cell.id} en:{build_zh.code_hash(cell.source)} -->"
    path.write_text(path.read_text(encoding="utf-8")
                    + f"\n{marker}\n```python\n{zh_source}\n```\n", encoding="utf-8")


def _code(nb, k):
    return [c for c in nb.cells if c.cell_type == "code"][k]


def test_a_code_section_gives_the_chinese_comments_and_keeps_the_outputs(repo_copy):
    root, name = repo_copy
    english = nbformat.read(build_zh.english_path(name, root), as_version=4)
    _add_code_section(root, name, _code(english, 1), "print(1 + 1)  # 打印 2")
    assert build_zh.sync_problems(name, root) == []
    built = _code(build_zh.build(name, root), 1)
    assert built.source == "print(1 + 1)  # 打印 2"
    assert built.outputs[0]["text"] == "2\n" and built.execution_count == 2   # not to run again
    build_zh.write(name, root)
    assert build_zh.build_problems(name, root) == []
    text = build_zh.translation_path(name, root).read_text(encoding="utf-8")
    sections = build_zh.parse(text)[1]
    assert [s.kind for s in sections] == ["cell"] * 4 + ["code"]
    assert build_zh.parse(build_zh.render("", sections))[1] == sections


def test_a_code_section_whose_code_differs_is_reported_and_not_used(repo_copy):
    root, name = repo_copy
    english = nbformat.read(build_zh.english_path(name, root), as_version=4)
    _add_code_section(root, name, _code(english, 1), "print(1 + 2)  # 打印 2")
    problems = build_zh.sync_problems(name, root)
    assert len(problems) == 1 and "differs from the English in its code" in problems[0]
    assert _code(build_zh.build(name, root), 1).source == "print(1 + 1)"


def test_an_english_code_edit_marks_its_section_and_stubs_keep_the_chinese(repo_copy):
    root, name = repo_copy
    english = nbformat.read(build_zh.english_path(name, root), as_version=4)
    _add_code_section(root, name, _code(english, 1), "print(1 + 1)  # 打印 2")

    def edit(nb):
        _code(nb, 1).source = "print(1 + 1)  # prints 2"
    _edit_english(root, name, edit)
    problems = build_zh.sync_problems(name, root)
    assert len(problems) == 1 and "changed since its Chinese version" in problems[0]
    assert _code(build_zh.build(name, root), 1).source == "print(1 + 1)  # 打印 2"
    done = build_zh.stubs(name, root)
    assert done == ["changed: code cell " + _code(english, 1).id + " ('print(1 + 1)  # prints 2')"]
    problems = build_zh.sync_problems(name, root)
    assert len(problems) == 1 and "marked untranslated" in problems[0]
    section = next(s for s in build_zh.read_translation(name, root)[1] if s.kind == "code")
    assert "# prints 2" in section.text and section.code == "print(1 + 1)  # 打印 2"
    # the sections stay in the notebook's order: the code one after the markdown above it
    kinds = [s.kind for s in build_zh.read_translation(name, root)[1]]
    assert kinds == ["cell", "cell", "code", "cell", "cell"]


# --- data/README.zh.md: what the Chinese notebooks send a learner to read --------------------
def test_zh_notebooks_send_the_learner_to_the_chinese_data_readme():
    """The data's description has a Chinese twin, and the Chinese edition points there."""
    for name in NAMES:
        text = build_zh.translation_path(name, ROOT).read_text(encoding="utf-8")
        assert "data/README.md" not in text, (
            f"translations/zh/{name.replace('.ipynb', '.md')}: point to data/README.zh.md")
    zh = (ROOT / "data" / "README.zh.md").read_text(encoding="utf-8")
    en = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    assert "[中文](README.zh.md)" in en and "[English](README.md)" in zh
    files = re.compile(r"^# `([\w./]+)`", re.MULTILINE)   # one top heading per data file
    assert files.findall(zh) == files.findall(en), "data/README.zh.md: not the same files"


def test_the_chinese_data_readme_states_what_the_data_say():
    """Its counts and its average are the data's (computed here, not trusted)."""
    from helpers.data import BIRTHS_PATH, load_views

    zh = (ROOT / "data" / "README.zh.md").read_text(encoding="utf-8")
    views, births = load_views(), load_views(BIRTHS_PATH, column="births")
    assert f"（{len(views)} 天，没有缺失）" in zh and f"（{len(births)} 天，没有缺失）" in zh
    assert f"全部 {len(births)} 天" in zh
    assert f"平均每天约 {births.mean() / 1e4:.1f} 万" in zh
