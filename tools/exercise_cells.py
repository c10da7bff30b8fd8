"""The cells of a checked exercise, and where they go in the notebooks.

Every exercise (helpers/course/nbXX/exercises.py)
appears in its notebook as four cells, made here so
that each notebook shows them the same way:

1. markdown (id `ex-KEY-task`): the task, in the notebook's words;
2. code (`ex-KEY-stub`): the stub the learner fills in (`Exercise.stub`, verbatim);
3. code (`ex-KEY-check`): `check("KEY", function)`, whose stored output is "not done yet";
4. markdown (`ex-KEY-solution`): the solution in a collapsed `<details>` block
   (`Exercise.solution`, verbatim): never run by Run All, so the learner's function stays.

`find_exercises(nb)` reads them back (tests/test_exercise_notebooks.py checks every notebook
that has them). `PLAN` (tools/exercise_plan.py) says where each notebook's exercises and new
sections go; `python tools/exercise_cells.py insert NOTEBOOK...` inserts them next to the
anchor cells named there, and adds the Chinese sections to translations/zh/.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from helpers.course.exercises import EXERCISES  # noqa: E402
from tools.nbbuild import code, md  # noqa: E402

SUMMARY = {"en": "Solution (try it yourself first)", "zh": "参考答案（请先自己试一试）"}
CHECK_RE = re.compile(r'^check\("(?P<key>[a-z_]+)", (?P<name>[a-z_]+)\)\s*$', re.MULTILINE)
DETAILS_RE = re.compile(r"<details><summary>[^<]*</summary>\s*```python\n(?P<code>.*?)\n```\s*"
                        r"</details>", re.DOTALL)


def solution_markdown(key: str, language: str = "en") -> str:
    """The collapsed solution block of exercise `key`."""
    return (f"<details><summary>{SUMMARY[language]}</summary>\n\n```python\n"
            f"{EXERCISES[key].solution}\n```\n</details>")


def check_source(key: str, first: bool = False) -> str:
    """`check("KEY", name)`, with the import in a notebook's first check cell."""
    line = f'check("{key}", {EXERCISES[key].function})'
    return f"from helpers.exercises import check\n\n{line}" if first else line


def exercise_cells(key: str, task: str, *, first: bool = False) -> list:
    """The four cells of exercise `key` (see the module docstring), ids `ex-KEY-...`."""
    cells = [md(task), code(EXERCISES[key].stub), code(check_source(key, first)),
             md(solution_markdown(key))]
    for cell, role in zip(cells, ("task", "stub", "check", "solution"), strict=True):
        cell.id = f"ex-{key.replace('_', '-')}-{role}"
    return cells


def solution_code(markdown: str) -> str | None:
    """The code inside a solution `<details>` block, or None."""
    m = DETAILS_RE.search(markdown)
    return m.group("code") if m else None


def _text(outputs) -> str:
    return "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")


def find_exercises(nb) -> list[dict]:
    """Every exercise in a notebook: key, the function's name, the stub, the check's stored
    output and the solution's code, found from each `check("KEY", name)` cell: the stub is
    the code cell before it, the solution the markdown cell after it."""
    found = []
    cells = nb.cells
    for i, cell in enumerate(cells):
        m = CHECK_RE.search(cell.source) if cell.cell_type == "code" else None
        if m is None:
            continue
        stub = next((c for c in reversed(cells[:i]) if c.cell_type == "code"), None)
        after = next((c for c in cells[i + 1:] if c.cell_type == "markdown"), None)
        found.append({"key": m["key"], "name": m["name"], "index": i,
                      "stub": stub.source if stub is not None else None,
                      "output": _text(cell.get("outputs", [])),
                      "solution": solution_code(after.source) if after is not None else None})
    return found


# --- inserting the planned cells into a notebook (the second step of issue 17) ---------------


def planned_cells(items) -> list:
    """Cells for one place of the plan: exercises (key, task) and plain cells (kind, source)."""
    cells = []
    for item in items:
        if item[0] == "exercise":
            _, key, task, first = item
            cells += exercise_cells(key, task, first=first)
        else:
            kind, cell_id, source = item
            cell = md(source) if kind == "markdown" else code(source)
            cell.id = cell_id
            cells.append(cell)
    return cells


def insert(path: Path, plan: dict) -> list[str]:
    """Insert the plan's cells for the notebook at `path` after (or before) their anchors.

    plan: {notebook name: [(anchor id, "after" | "before", items), ...]}. Refuses, naming
    the cell, if an anchor is missing or a planned cell id is already in the notebook.
    Returns the ids inserted.
    """
    nb = nbformat.read(path, as_version=4)
    places = plan[path.name]
    ids = [c.id for c in nb.cells]
    new = [(anchor, where, planned_cells(items)) for anchor, where, items in places]
    clash = sorted({c.id for _, _, cells in new for c in cells} & set(ids))
    if clash:
        raise SystemExit(f"{path.name}: already has the planned cells {clash}: nothing done.")
    for anchor, _, _ in new:
        if anchor not in ids:
            raise SystemExit(f"{path.name}: no cell with id {anchor!r} to anchor on; update "
                             "tools/exercise_plan.py (the cell ids are in the notebook's JSON).")
    for anchor, where, cells in new:
        at = [c.id for c in nb.cells].index(anchor) + (1 if where == "after" else 0)
        nb.cells[at:at] = cells
    nbformat.validate(nb)
    nbformat.write(nb, path)
    return [c.id for _, _, cells in new for c in cells]


def add_translations(path: Path, zh: dict) -> int:
    """Add a Chinese section for every new markdown cell of the notebook at `path` that has
    one in `zh` (cell id -> Chinese text), in notebook order, with the build's markers.
    Returns how many were added."""
    from tools import build_zh

    name = path.name
    nb = nbformat.read(path, as_version=4)
    header, sections = build_zh.read_translation(name) or (
        build_zh.DEFAULT_HEADER.format(name=name), [])
    have = {s.cell_id for s in sections}
    order = [c.id for c in nb.cells if c.cell_type == "markdown"]
    by_id = {c.id: c for c in nb.cells}
    added = 0
    for cell_id in order:
        if cell_id in have:
            continue
        text = zh.get(cell_id)
        if text is None and cell_id.endswith("-solution") and cell_id.startswith("ex-"):
            key = next(k for k in EXERCISES if f"ex-{k.replace('_', '-')}-solution" == cell_id)
            text = solution_markdown(key, "zh")
        if text is None:
            continue
        sections.append(build_zh.Section(cell_id, build_zh.text_hash(by_id[cell_id].source,
                                                                     name), text.strip()))
        added += 1
    position = {c.id: i for i, c in enumerate(nb.cells)}   # code sections keep their place too
    sections.sort(key=lambda s: position.get(s.cell_id, len(position)))
    build_zh.translation_path(name).write_text(build_zh.render(header, sections),
                                               encoding="utf-8")
    return added


def main(argv: list[str]) -> int:
    from tools.exercise_plan import PLAN, ZH

    if len(argv) < 2 or argv[0] != "insert":
        print("usage: python tools/exercise_cells.py insert notebooks/NN_name.ipynb ... | all")
        return 2
    paths = ([ROOT / "notebooks" / name for name in PLAN] if argv[1:] == ["all"]
             else [Path(a) for a in argv[1:]])
    for path in paths:
        inserted = insert(path, PLAN)
        added = add_translations(path, ZH)
        print(f"{path.name}: {len(inserted)} cells inserted, {added} Chinese sections added")
    print("Next: python tools/execute_notebooks.py <the notebooks>; python tools/build_zh.py")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
