"""The exercises as they appear in the notebooks, and the plan that puts them into 01-06.

In a notebook an exercise is four cells (tools/exercise_cells.py): the task, the stub (exactly
`Exercise.stub`), `check("KEY", name)` whose stored output is "not done yet", and the solution
in a collapsed block (exactly `Exercise.solution`). Notebooks still waiting for their
exercises (issue 17's second step, docs/exercises-plan.md) are listed in PENDING; for them the
plan's anchor cells must still exist, so that the insertion will work.
"""

import copy
import re
from pathlib import Path

import nbformat
import pytest

from helpers.course.exercises import EXERCISES, for_notebook
from helpers.language.messages import t
from tools import build_zh
from tools.exercise_cells import exercise_cells, find_exercises, insert, planned_cells
from tools.exercise_plan import PLAN, ZH

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
# Notebooks whose exercises the plan inserts in issue 17's second step. Remove a name once
# `python tools/exercise_cells.py insert` has run on it.
PENDING: set[str] = set()


def number(path: Path) -> str:
    return re.match(r"(\d+b?)_", path.name).group(1)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_every_exercise_is_in_its_notebook_as_the_checker_defines_it(path):
    nb = nbformat.read(path, as_version=4)
    found = find_exercises(nb)
    keys = [f["key"] for f in found]
    expected = [ex.key for ex in for_notebook(number(path))]
    if path.name in PENDING:
        assert not found, f"{path.name} has exercises now: remove it from PENDING"
        return
    assert sorted(keys) == sorted(expected), f"{path.name}: exercises {keys}, {expected} planned"
    for f in found:
        ex = EXERCISES[f["key"]]
        assert f["name"] == ex.function
        assert f["stub"] == ex.stub, f"{f['key']}: the stub cell differs from Exercise.stub"
        assert f["solution"] == ex.solution, f"{f['key']}: the solution block differs"
        assert f["output"] == t("checks.not_done", name=ex.function, got="None") + "\n", (
            f"{f['key']}: the stored check should say 'not done yet' (re-execute the notebook)")


@pytest.mark.parametrize("name", sorted(PLAN))
def test_the_plan_still_fits_its_notebook(name):
    """Every anchor exists, and inserting the plan gives the notebook its exercises."""
    if name not in PENDING:
        pytest.skip(f"{name}: the plan is already applied")
    path = ROOT / "notebooks" / name
    nb = nbformat.read(path, as_version=4)
    ids = {c.id for c in nb.cells}
    for anchor, where, _ in PLAN[name]:
        assert where in ("after", "before")
        assert anchor in ids, f"{name}: the plan's anchor cell {anchor!r} is gone"
    planned = [c for _, _, items in PLAN[name] for c in planned_cells(items)]
    keys = sorted({c.id.split("-", 1)[1].rsplit("-", 1)[0].replace("-", "_")
                   for c in planned if c.id.startswith("ex-")})
    assert keys == sorted(ex.key for ex in for_notebook(number(path)))
    for cell in planned:
        if cell.cell_type == "markdown":
            assert cell.id.endswith("-solution") or cell.id in ZH, f"no Chinese for {cell.id}"


def test_insert_puts_the_cells_next_to_their_anchors_and_refuses_twice(tmp_path):
    name = "01_linear_model.ipynb"
    if name not in PENDING:
        pytest.skip("already applied")
    path = tmp_path / name
    path.write_bytes((ROOT / "notebooks" / name).read_bytes())
    inserted = insert(path, PLAN)
    nb = nbformat.read(path, as_version=4)
    ids = [c.id for c in nb.cells]
    assert ids[ids.index("0cdfaf75") + 1] == "ex-mae-task"
    assert ids.index("ex-gd-step-solution") + 1 == ids.index("2c14d89c")
    assert len(inserted) == 12 and [f["key"] for f in find_exercises(nb)] == [
        "mae", "mae_gradient", "gd_step"]
    assert "from helpers.exercises import check" in nb.cells[ids.index("ex-mae-check")].source
    with pytest.raises(SystemExit, match="already has the planned cells"):
        insert(path, PLAN)


def test_exercise_cells_read_back():
    cells = exercise_cells("mae", "### Exercise", first=True)
    nb = nbformat.v4.new_notebook(cells=copy.deepcopy(cells))
    (f,) = find_exercises(nb)
    assert (f["key"], f["name"], f["stub"], f["solution"]) == (
        "mae", "mae", EXERCISES["mae"].stub, EXERCISES["mae"].solution)
    assert [c.id for c in cells] == ["ex-mae-task", "ex-mae-stub", "ex-mae-check",
                                     "ex-mae-solution"]


def test_the_primer_is_translated_with_the_same_solutions():
    name = "00b_numpy_primer.ipynb"
    header, sections = build_zh.read_translation(name)
    texts = {s.cell_id: s.text for s in sections}
    for ex in for_notebook("00b"):
        solution = texts[f"ex-{ex.key.replace('_', '-')}-solution"]
        assert ex.solution in solution and "参考答案" in solution
