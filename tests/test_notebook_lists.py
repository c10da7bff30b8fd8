"""The lists of notebooks (README's two tables, notebook 00's list in English and Chinese) are
what tools/house.py makes from each notebook's own metadata: no list is kept by hand.

Every English notebook has its `course` metadata (title, section, line) and its translation
the Chinese title and line; a stale list is named, and rewriting it changes only the list
(notebook 00: one markdown cell, its translation's marker follows, its twin keeps its outputs).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from helpers.course.exercises import for_notebook
from tools import build_zh, exercise_cells, house

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = sorted((ROOT / "notebooks").glob("*.ipynb"))
START = "00_start_here.ipynb"


def test_every_notebook_has_its_entry():
    rows, problems = house.entries(ROOT)
    assert not problems, "\n".join(problems)
    assert [e.name for e in rows] == [p.name for p in ENGLISH]


def test_the_lists_are_up_to_date():
    problems = house.lists(ROOT)
    assert not problems, "\n".join(problems)


def test_every_kind_of_list_is_somewhere_once():
    found = []
    for path, kind in house._places(ROOT):
        texts = ([house.source_of(c) for c in house.read_notebook(path)["cells"]]
                 if kind == "notebook" else [path.read_text(encoding="utf-8")])
        found += [(m["kind"], path.name) for text in texts for m in house.REGION.finditer(text)]
    assert sorted(found) == [("list-en", START), ("list-zh", "00_start_here.md"),
                             ("readme-en", "README.md"), ("readme-zh", "README.md")]


@pytest.mark.parametrize("path", ENGLISH, ids=[p.name for p in ENGLISH])
def test_a_row_counts_the_exercises_the_checker_has(path):
    """The number of checked exercises a row states is the checker's own count."""
    (row,) = [e for e in house.entries(ROOT)[0] if e.name == path.name]
    assert row.exercises == len(for_notebook(row.number))
    if row.exercises:
        assert f"{row.exercises} checked exercise" in house.idea(row, "en")
        assert f"{row.exercises} 个自动检查的练习" in house.idea(row, "zh")


def test_check_cells_are_found_as_exercise_cells_finds_them():
    assert house.CHECK_RE.pattern == exercise_cells.CHECK_RE.pattern


def test_the_readme_rows_open_their_own_notebooks():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for e in house.entries(ROOT)[0]:
        for rel, title in ((f"notebooks/{e.name}", e.title), (f"notebooks/zh/{e.name}",
                                                              e.zh_title)):
            row = next(line for line in readme.splitlines() if f"[{title}]({rel})" in line)
            assert house._badges(rel) in row, f"README.md: the row of {rel} has other badges"


# --- on a copy: a stale list is named, and rewriting it touches nothing else ------------------
@pytest.fixture
def copy(tmp_path):
    """README, notebooks (en, zh) and translations of the repo, in a temporary folder."""
    for rel in ("notebooks", "translations"):
        shutil.copytree(ROOT / rel, tmp_path / rel,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    shutil.copy(ROOT / "README.md", tmp_path / "README.md")
    return tmp_path


def _edit_metadata(root: Path, name: str, **fields) -> None:
    path = root / "notebooks" / name
    nb = house.read_notebook(path)
    nb["metadata"]["course"].update(fields)
    house.write_notebook(path, nb)


def test_a_changed_title_makes_the_lists_stale_and_lists_rewrites_only_them(copy):
    before = {p: p.read_bytes() for p in copy.rglob("*") if p.is_file()}
    _edit_metadata(copy, "01_linear_model.ipynb", title="The linear model, again")
    problems = house.lists(copy)
    assert len(problems) == 2, problems
    assert problems[0].startswith("README.md: the list readme-en is out of date")
    assert problems[1].startswith(f"notebooks/{START}, cell ") and "list-en" in problems[1]
    assert all("tools/house.py lists" in p for p in problems)

    done = house.lists(copy, write=True)
    assert [d.split(":")[0] for d in done] == ["README.md", f"notebooks/{START}, cell 8e34897d"]
    assert house.lists(copy) == []
    assert "[01 The linear model, again](01_linear_model.ipynb)" in (
        copy / "notebooks" / START).read_text(encoding="utf-8")
    changed = sorted(p.relative_to(copy).as_posix() for p, data in before.items()
                     if p.read_bytes() != data)
    # The Chinese 00 is the same (its list did not change); zh/01 copies 01's new metadata.
    assert changed == ["README.md", "notebooks/00_start_here.ipynb",
                       "notebooks/01_linear_model.ipynb", "notebooks/zh/01_linear_model.ipynb",
                       "translations/zh/00_start_here.md"]
    old = json.loads(before[copy / "notebooks" / START])  # one markdown cell, outputs kept
    new = json.loads((copy / "notebooks" / START).read_text(encoding="utf-8"))
    differ = [o["id"] for o, n in zip(old["cells"], new["cells"], strict=True) if o != n]
    assert differ == ["8e34897d"] and old["metadata"] == new["metadata"]
    for name in (START, "01_linear_model.ipynb"):
        assert build_zh.sync_problems(name, copy) == []
        assert build_zh.build_problems(name, copy) == []


def test_a_changed_chinese_line_is_followed_in_the_chinese_lists(copy):
    path = house.translation_path("02_more_days.ipynb", copy)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("course line: 每周的周期性", "course line: 一周的周期性"),
                    encoding="utf-8")
    problems = house.lists(copy)
    assert [p.split(":")[0] for p in problems] == ["README.md", "translations/zh/00_start_here.md"]
    house.lists(copy, write=True)
    assert "| 一周的周期性；" in (copy / "README.md").read_text(encoding="utf-8").replace(
        "[更多天的输入](notebooks/zh/02_more_days.ipynb) ", "")
    assert build_zh.sync_problems(START, copy) == []
    assert build_zh.build_problems(START, copy) == []


def test_a_notebook_without_its_entry_is_named_with_the_command_that_gives_it(copy):
    path = copy / "notebooks" / "03_piecewise_linear.ipynb"
    nb = house.read_notebook(path)
    del nb["metadata"]["course"]
    house.write_notebook(path, nb)
    (problem,) = house.lists(copy)
    assert problem.startswith("notebooks/03_piecewise_linear.ipynb: no title, section, line")
    assert "house.py add 03_piecewise_linear --title" in problem


def test_a_list_whose_markers_are_gone_is_named(copy):
    readme = copy / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8").replace("<!-- /notebooks: readme-zh -->",
                                                                 ""), encoding="utf-8")
    (problem,) = house.lists(copy)
    assert "no list `<!-- notebooks: readme-zh" in problem


def test_writing_a_notebook_keeps_its_bytes():
    """house writes notebooks as nbformat does: reading and writing one changes nothing."""
    for path in ENGLISH:
        text = path.read_text(encoding="utf-8")
        again = json.dumps(json.loads(text), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
        assert again == text, f"{path.name} would change by being read and written"


# --- the command line --------------------------------------------------------------------------
def test_the_commands_plug_into_a_launcher_and_hand_over_the_same_command_line():
    import argparse

    parser = argparse.ArgumentParser()
    house.add_subcommands(parser.add_subparsers(dest="command"))
    argv = ["add", "08_mse_or_mae", "--title", "MSE or MAE?", "--section", "", "--zh-line",
            "两种损失", "--run"]
    args = parser.parse_args(argv)
    assert args.house is house._add and house._argv(args) == argv
    assert house._argv(parser.parse_args(["lists", "--check"])) == ["lists", "--check"]


def test_add_asks_for_what_it_cannot_guess_and_writes_nothing_before(tmp_path):
    (tmp_path / "notebooks").mkdir()
    path = tmp_path / "notebooks" / "08_mse_or_mae.ipynb"
    nb = {"cells": [{"cell_type": "markdown", "id": "t", "metadata": {},
                     "source": ["# 8. MSE or MAE?"]}],
          "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    house.write_notebook(path, nb)
    before = path.read_bytes()
    with pytest.raises(house.Stop, match="give --title and --line"):
        house.add("08_mse_or_mae", tmp_path)
    assert path.read_bytes() == before
    with pytest.raises(house.Stop, match="does not exist: write it in JupyterLab first"):
        house.add("09_nothing_yet", tmp_path)
    with pytest.raises(house.Stop, match="two digits"):
        house.add("MSE or MAE", tmp_path)
