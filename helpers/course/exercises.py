"""The course's "write the code" exercises, and `check` to run one on a learner's function.

    from helpers.exercises import check
    check("mae", mae)      # ✓ correct, ○ not done yet, or ✗ what is off and a hint

Each exercise (see `helpers.checks.Exercise`) holds the stub a learner starts from, a solution
(shown in the notebook in a collapsed `<details>` block, never run by Run All), the right
function, test cases, the slips it recognises and typical wrong answers (the tests feed each
one to the checker). Each notebook's exercises live beside its texts, in
helpers/course/nbXX/exercises.py (a list `EXERCISES`, and `ALSO_RIGHT`: other correct answers);
they are found by the folder's name, not listed here. `EXERCISES` joins them by key, in the
order of the notebooks:

    primer (00b)  last_days, predict_all, layer, total_per_unit
    01            mae, mae_gradient, gd_step
    02            window, features
    03            piece, curve
    04            sigmoid_sum, sigmoid_slope, hard_sigmoid_relu
    05            forward, one_neuron, layer_backward
    06            choose, best_epoch
"""

from __future__ import annotations

import re
from importlib import import_module
from pathlib import Path

from ..language.messages import t
from .checks import Exercise, run_check

HERE = Path(__file__).resolve().parent
NOTEBOOK_FOLDER = re.compile(r"nb\d\d[a-z]?")  # nb00b, nb01, ...


def notebooks_with_exercises() -> list[str]:
    """The folder names (nb00b, nb01, ...) of the notebooks that have an exercises.py."""
    return sorted(p.parent.name for p in HERE.glob("nb*/exercises.py")
                  if NOTEBOOK_FOLDER.fullmatch(p.parent.name))


def _join() -> tuple[dict[str, Exercise], dict[str, tuple]]:
    exercises: dict[str, Exercise] = {}
    also_right: dict[str, tuple] = {}
    for folder in notebooks_with_exercises():
        module = import_module(f"{__package__}.{folder}.exercises")
        for ex in module.EXERCISES:
            if ex.key in exercises:
                raise KeyError(f"exercise {ex.key!r} is defined twice (again in {folder}).")
            exercises[ex.key] = ex
        also_right.update(getattr(module, "ALSO_RIGHT", {}))
    return exercises, also_right


# Every exercise by key; other correct answers by key (the tests check that each passes).
EXERCISES, ALSO_RIGHT = _join()


def exercise(key: str) -> Exercise:
    """The exercise named `key`, or a clear error listing the names."""
    try:
        return EXERCISES[key]
    except KeyError:
        raise ValueError(t("checks.unknown", exercise=key, names=", ".join(EXERCISES))) from None


def check(key: str, answer) -> None:
    """Check the learner's function `answer` for exercise `key`; print one or two sentences.

    check("mae", mae) -> "✓ Correct: ...", "○ Not done yet: ...", or "✗ ..." with a hint.
    """
    run_check(exercise(key), answer)


def for_notebook(notebook: str) -> list[Exercise]:
    """The exercises of one notebook ("00b", "01", ..., "06"), in order."""
    return [ex for ex in EXERCISES.values() if ex.notebook == notebook]
