"""The notebooks' "Try it" solutions say what their code prints, and no cell breaks an exercise.

1. A solution may quote what its code prints: a ```text block after a ```python block, in the
   same markdown cell, is that code's printed output. The test runs the notebook, then each
   quoted code block in a new cell (as a learner would, after the notebook), and compares what
   it prints with the quote, line by line. A warning the code shows (e.g. `DivergenceWarning`)
   must be named in the same markdown cell. The Chinese twin quotes the same code and output.
2. No cell binds the name an exercise's check is called with (`check`, or the exercise's
   function, e.g. `piece`) to something that check would reject: a learner who runs the whole
   notebook and then re-runs a check must not find it checking the wrong thing.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from helpers.course.checks import evaluate
from helpers.course.exercises import EXERCISES, for_notebook
from tools.exercise_cells import find_exercises

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
OPEN = re.compile(r"^(?P<indent>[ \t]*)```(?P<info>[\w-]*)[ \t]*$")
CLOSE = re.compile(r"^[ \t]*```[ \t]*$")
WARNING = re.compile(r"\b(\w+Warning)\b")


def fenced_blocks(markdown: str) -> list[tuple[str, str]]:
    """The fenced code blocks of a markdown text, in order: (info string, text), each block's
    indentation (e.g. inside a list item) removed."""
    lines, blocks, i = markdown.splitlines(), [], 0
    while i < len(lines):
        m = OPEN.match(lines[i])
        if m is None:
            i += 1
            continue
        indent, j = len(m["indent"]), i + 1
        while j < len(lines) and not CLOSE.match(lines[j]):
            j += 1
        body = [line[indent:] if not line[:indent].strip() else line for line in lines[i + 1:j]]
        blocks.append((m["info"], "\n".join(body)))
        i = j + 1
    return blocks


def quoted_outputs(markdown: str) -> list[tuple[str, str]]:
    """(code, what it prints) for every ```text block: the ```python block before it."""
    pairs, code = [], None
    for info, text in fenced_blocks(markdown):
        if info == "python":
            code = text
        elif info == "text":
            assert code is not None, f"a ```text block with no ```python block before it:\n{text}"
            pairs.append((code, text))
            code = None
    return pairs


def solutions(path: Path) -> list[tuple[str, str, str]]:
    """(markdown cell id, code, quoted output) of every quoted output in a notebook."""
    nb = nbformat.read(path, as_version=4)
    return [(cell.id, code, out) for cell in nb.cells if cell.cell_type == "markdown"
            for code, out in quoted_outputs(cell.source)]


def lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.strip("\n").splitlines()]


QUOTING = [p for p in NOTEBOOKS if solutions(p)]


def test_the_parser_pairs_each_quote_with_the_code_before_it():
    markdown = ("1. Run:\n   ```python\n   print(1)\n   ```\n   It prints\n   ```text\n   1\n"
                "   ```\n2. Not quoted:\n```python\nx = 2\n```\n")
    assert quoted_outputs(markdown) == [("print(1)", "1")]
    with pytest.raises(AssertionError, match="no ```python block"):
        quoted_outputs("```text\n1\n```")


@pytest.mark.parametrize("path", QUOTING, ids=[p.name for p in QUOTING])
def test_quoted_outputs_are_what_the_code_prints(path):
    nb = nbformat.read(path, as_version=4)
    quotes = solutions(path)
    first = len(nb.cells)
    for _, code, _ in quotes:
        nb.cells.append(nbformat.v4.new_code_cell(code))
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    markdown = {cell.id: cell.source for cell in nb.cells if cell.cell_type == "markdown"}
    for (cell_id, code, quoted), cell in zip(quotes, nb.cells[first:], strict=True):
        stdout = "".join(o.get("text", "") for o in cell.outputs
                         if o.get("output_type") == "stream" and o.get("name") == "stdout")
        stderr = "".join(o.get("text", "") for o in cell.outputs
                         if o.get("output_type") == "stream" and o.get("name") == "stderr")
        assert lines(stdout) == lines(quoted), (
            f"{path.name}, cell {cell_id}: the solution quotes\n{quoted}\nbut its code\n{code}\n"
            f"prints\n{stdout}")
        for name in set(WARNING.findall(stderr)):
            assert name in markdown[cell_id], (
                f"{path.name}, cell {cell_id}: the code shows a {name} the solution never names")


@pytest.mark.parametrize("path", QUOTING, ids=[p.name for p in QUOTING])
def test_the_chinese_twin_quotes_the_same_code_and_output(path):
    twin = ROOT / "notebooks" / "zh" / path.name
    english = [(code, out) for _, code, out in solutions(path)]
    assert [(code, out) for _, code, out in solutions(twin)] == english, (
        f"translations/zh/{path.stem}.md: copy the quoted code and output blocks as they are")


def bound_names(source: str) -> list[tuple[str, ast.AST]]:
    """Every name a cell binds: assignments, loop targets, defs, imports (IPython's %/! lines
    left out)."""
    code = "\n".join(line for line in source.splitlines()
                     if not line.lstrip().startswith(("%", "!")))
    found = []
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            found.append((node.id, node))
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            found.append((node.name, node))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            found += [((a.asname or a.name).split(".")[0], node) for a in node.names]
    return found


def accepted(name: str, node: ast.AST, checks: dict[str, str]) -> bool:
    """Whether binding `name` here is harmless: `check` imported from helpers.exercises, or an
    exercise's function imported from helpers as something its check accepts."""
    if not isinstance(node, ast.ImportFrom) or node.module is None:
        return False
    if name == "check":
        return node.module == "helpers.exercises"
    imported = next(a.name for a in node.names if (a.asname or a.name) == name)
    obj = getattr(importlib.import_module(node.module), imported)
    return evaluate(EXERCISES[checks[name]], obj).ok


def number(path: Path) -> str:
    m = re.match(r"(\d+b?)_", path.name)
    return m.group(1) if m else ""


WITH_EXERCISES = [p for p in NOTEBOOKS if for_notebook(number(p))]


@pytest.mark.parametrize("path", WITH_EXERCISES, ids=[p.name for p in WITH_EXERCISES])
def test_no_cell_rebinds_what_an_exercise_check_uses(path):
    nb = nbformat.read(path, as_version=4)
    exercises = find_exercises(nb)
    checks = {f["name"]: f["key"] for f in exercises}          # function name -> exercise key
    stubs = {f["stub"] for f in exercises}
    bad = [f"cell {cell.id}: `{name}`" for cell in nb.cells
           if cell.cell_type == "code" and cell.source not in stubs
           for name, node in bound_names(cell.source)
           if (name in checks or name == "check") and not accepted(name, node, checks)]
    assert not bad, (f"{path.name}: these cells rebind a name an exercise's check uses (rename "
                     f"the variable): {bad}")


def test_the_rebinding_rule_accepts_a_helper_that_passes_and_refuses_others():
    checks = {"mae": "mae", "one_neuron": "one_neuron"}
    ok = bound_names("from helpers.losses import mae")[0]
    assert accepted(*ok, checks)
    not_the_exercise = bound_names("from helpers.backprop import one_neuron")[0]
    assert not accepted(*not_the_exercise, checks)
    assert not accepted(*bound_names("check = 3")[0], checks)
    assert accepted(*bound_names("from helpers.exercises import check")[0], checks)
