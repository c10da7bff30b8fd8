"""Adding a notebook as docs/adding-a-notebook.md says: a teacher's files and one command.

In a temporary copy of the repo (a git repo of its own, to count what changed), a throwaway
notebook "08 — MSE or MAE?" with one checked exercise is written as a teacher writes it in
JupyterLab (a title and the lesson; no badges, no setup cell), with its texts and exercise in
helpers/course/nb08/. `python3 tools/house.py add 08_mse_or_mae ...` does the rest; the test
translates the stubs it made, as a translator would, and runs the command again with --run.
Then: at most 5 files are the teacher's (the others are generated: listed below), the lists
are up to date, and the tests of lists, exercises, catalogue, translation and stored outputs
pass in the copy for the new notebook.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.tooling  # a copy of the repo, two notebook runs: about 30-60 s

ROOT = Path(__file__).resolve().parent.parent
NAME = "08_mse_or_mae"
SKIP = shutil.ignore_patterns(".git", ".venv*", "build", "test-artifacts", "__pycache__",
                              ".ipynb_checkpoints", ".pytest_cache", ".ruff_cache", ".hypothesis")
# What the teacher writes (the translation: the stubs `add` made, translated).
TEACHER = {f"notebooks/{NAME}.ipynb", f"translations/zh/{NAME}.md",
           "helpers/course/nb08/texts.py", "helpers/course/nb08/exercises.py"}
# What `add` generates: the Chinese twin, the package's __init__, and the lists of notebooks
# (README's two tables, notebook 00's list cell, its translation's section, its twin). The
# font (helpers/language/fonts/) would be remade too if the Chinese texts had new characters.
GENERATED = {f"notebooks/zh/{NAME}.ipynb", "helpers/course/nb08/__init__.py", "README.md",
             "notebooks/00_start_here.ipynb", "notebooks/zh/00_start_here.ipynb",
             "translations/zh/00_start_here.md"}

TEXTS = '''\
"""Texts of notebook 08's own code and its checker messages."""

MESSAGES: dict[str, dict[str, str]] = {
    "nb08.losses": {
        "en": "Tomorrow = today, on {n} days: MAE {mae:.3f}k, MSE {mse:.3f}.",
        "zh": "用今天预测明天，共 {n} 天：MAE {mae:.3f}k，MSE {mse:.3f}。",
    },
    "checks.mse.no_square": {
        "en": "✗ Your `mse` is the MAE: it takes the absolute value of each error. Hint: the "
              "MSE squares each error, (y - ŷ) ** 2.",
        "zh": "✗ 你的 `mse` 算的是 MAE：它取了每个误差的绝对值。提示：MSE 把每个误差平方，"
              "(y - ŷ) ** 2。",
    },
    "checks.mse.hint": {
        "en": "the error of one day is y - ŷ, and L is the mean of its square over all days.",
        "zh": "一天的误差是 y - ŷ，L 是所有天的误差平方的平均。",
    },
}
'''

EXERCISES = '''\
"""Notebook 08's checked exercise: the mean squared error."""

from __future__ import annotations

import numpy as np

from ..checks import Exercise, Slip
from ..checks import rng as _rng
from ..checks import wrongs as _wrong


def _case(n: int, seed: int):
    rng = _rng(seed)
    y_true = rng.uniform(2.0, 8.0, n)
    return y_true + rng.normal(0.2, 1.0, n), y_true


MSE_SIG = "def mse(pred, y_true):"
MSE = Exercise(
    key="mse", notebook="08", function="mse",
    reference=lambda pred, y_true: float(np.mean((pred - y_true) ** 2)),
    cases=lambda: [_case(1460, 80), _case(7, 81), _case(30, 82)],
    slips=(Slip("checks.mse.no_square", lambda p, y: np.mean(np.abs(p - y))),),
    hint="checks.mse.hint",
    n_of=lambda args: len(args[0]),
    stub=f\'\'\'{MSE_SIG}
    """L = mean (y - ŷ)²: the mean squared error of the model's outputs over the days."""
    # your code here: one line with np.mean
    return None\'\'\',
    solution=f\'\'\'{MSE_SIG}
    return np.mean((pred - y_true) ** 2)\'\'\',
    wrong=_wrong(MSE_SIG,
                 ("return np.mean(np.abs(pred - y_true))", "checks.mse.no_square"),
                 ("return None", "checks.not_done")),
)
EXERCISES = [MSE]
'''

STUB = '''def mse(pred, y_true):
    """L = mean (y - ŷ)²: the mean squared error of the model's outputs over the days."""
    # your code here: one line with np.mean
    return None'''
STUB_ZH = '''def mse(pred, y_true):
    """L = (y - ŷ)² 的平均值：模型在这些天的输出的均方误差。"""
    # 在这里写你的代码：用 np.mean 写一行
    return None'''
SOLUTION = "def mse(pred, y_true):\n    return np.mean((pred - y_true) ** 2)"
# The notebook as written in JupyterLab: cell ids as JupyterLab makes them.
CELLS = [
    ("markdown", "a1f0c2d4-0b1e-4c1a-9d51-0c3c8b1e7a01",
     "# 8. MSE or MAE? Two losses, one model\n\nFollows §1 of the chapter: the loss."),
    ("markdown", "b2e1d3c5-1c2f-4d2b-8e62-1d4d9c2f8b12",
     "The cell below predicts each day by the day before and prints both losses."),
    ("code", "c3d2e4d6-2d30-4e3c-9f73-2e5ead309c23",
     "import numpy as np\n\nfrom helpers.data import load_views\nfrom helpers.messages import say"
     "\n\nviews = load_views().to_numpy() / 1000\nerrors = views[1:] - views[:-1]\n"
     'say("nb08.losses", n=len(errors), mae=np.mean(np.abs(errors)), mse=np.mean(errors ** 2))'),
    ("markdown", "d4e3f5e7-3e41-4f4d-a084-3f6fbe41ad34",
     "### Exercise: the MSE\n\nWrite `mse(pred, y_true)`, the mean squared error."),
    ("code", "e5f406f8-4f52-405e-b195-4070cf52be45", STUB),
    ("code", "f6051709-5063-416f-c2a6-5181d063cf56",
     'from helpers.exercises import check\n\ncheck("mse", mse)'),
    ("markdown", "07162810-6174-4270-d3b7-6292e174d067",
     f"<details><summary>Solution (try it yourself first)</summary>\n\n```python\n{SOLUTION}\n"
     "```\n</details>"),
]
CHINESE = {  # the translator's work: cell id -> Chinese
    CELLS[0][1]: "# 8. MSE 还是 MAE？两种损失，一个模型\n\n对应本章第 1 节：损失。",
    CELLS[1][1]: "下面的单元格用前一天预测每一天，并打印两种损失。",
    CELLS[3][1]: "### 练习：MSE\n\n写出 `mse(pred, y_true)`，即均方误差。",
    CELLS[6][1]: (f"<details><summary>参考答案（请先自己试一试）</summary>\n\n"
                  f"```python\n{SOLUTION}\n```\n</details>"),
}


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=root,
                          check=True, capture_output=True, text=True).stdout


def env() -> dict:
    out = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out["PYTHONIOENCODING"] = "utf-8"
    return out


def run(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=root, capture_output=True, text=True,
                          encoding="utf-8", env=env())


@pytest.fixture
def repo(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("TEST SKIPPED: adding a notebook counts changed files with git; no git here")
    root = tmp_path / "course"
    shutil.copytree(ROOT, root, ignore=SKIP, symlinks=True)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "the course as it is")
    return root


def write_teachers_files(root: Path) -> None:
    nb = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language":
                                                   "python", "name": "python3"},
                                    "language_info": {"name": "python"}},
          "nbformat": 4, "nbformat_minor": 5}
    for kind, cell_id, source in CELLS:
        cell = {"cell_type": kind, "id": cell_id, "metadata": {},
                "source": source.splitlines(True)}
        if kind == "code":
            cell.update(execution_count=None, outputs=[])
        nb["cells"].append(cell)
    (root / "notebooks" / f"{NAME}.ipynb").write_text(
        json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    folder = root / "helpers" / "course" / "nb08"
    folder.mkdir()
    (folder / "texts.py").write_text(TEXTS, encoding="utf-8")
    (folder / "exercises.py").write_text(EXERCISES, encoding="utf-8")


def translate(root: Path) -> None:
    """Replace each untranslated stub `add` made with its Chinese, as a translator does."""
    path = root / "translations" / "zh" / f"{NAME}.md"
    text = path.read_text(encoding="utf-8")
    parts = re.split(r"(^<!-- cell \S+ en:[0-9a-f]{8} -->\n)", text, flags=re.M)
    for i in range(1, len(parts), 2):
        cell_id = parts[i].split()[2]
        parts[i + 1] = CHINESE[cell_id] + "\n\n"
    text = "".join(parts)
    # the stub's comments and docstring in Chinese: a code section (same code, tools/zh_code.py)
    sys.path.insert(0, str(ROOT / "tools"))
    from build_zh import code_hash
    section = f"<!-- code {CELLS[4][1]} en:{code_hash(STUB)} -->\n```python\n{STUB_ZH}\n```\n\n"
    at = text.index(f"<!-- cell {CELLS[6][1]} ")
    path.write_text((text[:at] + section + text[at:]).rstrip("\n") + "\n", encoding="utf-8")


def changed_files(root: Path) -> set[str]:
    status = git(root, "status", "--porcelain", "--untracked-files=all")
    return {line[3:] for line in status.splitlines()}


def test_a_notebook_is_added_with_four_files_and_one_command(repo):
    write_teachers_files(repo)
    flags = ["--title", "MSE or MAE?", "--section", "§1",
             "--line", "two losses, one model: which days each forgives",
             "--zh-title", "MSE 还是 MAE？", "--zh-line", "两种损失，一个模型：各自原谅哪些天"]
    first = run(repo, "tools/house.py", "add", NAME, *flags)
    assert first.returncode == 1, first.stdout + first.stderr
    assert f"translations/zh/{NAME}.md: 4 sections" in first.stdout
    assert "Left to do" in first.stdout and "untranslated" in first.stdout

    translate(repo)
    second = run(repo, "tools/house.py", "add", NAME, "--run")
    assert second.returncode == 0, second.stdout + second.stderr
    assert f"notebooks/{NAME}.ipynb and notebooks/zh/{NAME}.ipynb are part of the course" in (
        second.stdout)

    changed = changed_files(repo)
    teachers = changed - GENERATED
    assert teachers == TEACHER and len(teachers) <= 5, sorted(changed)
    assert changed - TEACHER == GENERATED, sorted(changed - TEACHER)

    nb = json.loads((repo / "notebooks" / f"{NAME}.ipynb").read_text(encoding="utf-8"))
    assert nb["metadata"]["course"] == {"title": "MSE or MAE?", "section": "§1",
                                        "line": "two losses, one model: which days each forgives"}
    assert [c["id"] for c in nb["cells"]][:1] + [c["id"] for c in nb["cells"]][2:] == [
        c[1] for c in CELLS], "add must keep every cell id (it inserts only the setup cell)"
    readme = (repo / "README.md").read_text(encoding="utf-8")
    assert (f"| 08 | [MSE or MAE?](notebooks/{NAME}.ipynb) | two losses, one model: which days "
            "each forgives; 1 checked exercise (§1) |") in readme
    assert f"| 08 | [MSE 还是 MAE？](notebooks/zh/{NAME}.ipynb) | " in readme

    assert run(repo, "tools/house.py", "lists", "--check").returncode == 0
    # The tests that concern a new notebook: its entry and the lists, its exercise, its texts
    # and the font, its translation and twin, its badges and setup cell, its stored outputs.
    tests = run(repo, "-m", "pytest", "-q", "tests/test_notebook_lists.py",
                "tests/test_exercises.py", "tests/test_exercise_notebooks.py",
                "tests/test_start_here.py", "tests/test_catalogue.py", "tests/test_fonts.py",
                "tests/test_zh.py", "tests/test_notebooks_meta.py",
                "-k", "08 or mse or list or entry or belongs or every_text or found or "
                "every_character or readme",
                "--nbval", "--nbval-sanitize-with", "tests/nbval_sanitize.cfg",
                f"notebooks/{NAME}.ipynb", f"notebooks/zh/{NAME}.ipynb")
    assert tests.returncode == 0, tests.stdout[-3000:] + tests.stderr[-2000:]
    print(tests.stdout.strip().splitlines()[-1])
    ran = int(re.search(r"(\d+) passed", tests.stdout)[1])
    assert ran >= 40 and "failed" not in tests.stdout, tests.stdout[-500:]
    lint = run(repo, "-m", "ruff", "check", ".")
    assert lint.returncode == 0, lint.stdout
