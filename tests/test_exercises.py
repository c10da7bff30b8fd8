"""The checked exercises: every solution passes, every typical wrong answer gets its message.

Answers are defined the way a learner defines them, from source code in a "cell" of its own
(compiled under its own file name and put into `linecache`, as IPython does), so the tests
also see what a learner sees when their code raises: their line, not our traceback.
"""

import linecache
import string
from importlib import import_module
from itertools import count
from pathlib import Path

import numpy as np
import pytest

from helpers.course import checks
from helpers.course.exercises import (
    ALSO_RIGHT,
    EXERCISES,
    check,
    exercise,
    for_notebook,
    notebooks_with_exercises,
)
from helpers.language.catalogue import MESSAGES
from helpers.language.messages import set_language, t

CELLS = count(1)
ROOT = Path(__file__).resolve().parent.parent


def define(ex, source: str):
    """Run `source` like a notebook cell and return the function it defines."""
    name = f"<ipython-input-{next(CELLS)}>"
    linecache.cache[name] = (len(source), None, source.splitlines(True), name)
    namespace = {"np": np}
    for dep in ex.uses:  # functions of earlier exercises (defined in earlier cells)
        exec(compile(EXERCISES[dep].solution, f"<dep-{dep}>", "exec"), namespace)
    exec(compile(source, name, "exec"), namespace)
    return namespace[ex.function]


KEYS = list(EXERCISES)
WRONG = [(key, i) for key, ex in EXERCISES.items() for i in range(len(ex.wrong))]
RIGHT = [(key, i) for key, sources in ALSO_RIGHT.items() for i in range(len(sources))]


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


@pytest.mark.parametrize("key", KEYS)
def test_solution_passes(key):
    ex = EXERCISES[key]
    verdict = checks.evaluate(ex, define(ex, ex.solution))
    assert verdict.ok, verdict.text
    assert verdict.text.startswith("✓")


@pytest.mark.parametrize("key, i", RIGHT)
def test_other_correct_answers_pass(key, i):
    ex = EXERCISES[key]
    verdict = checks.evaluate(ex, define(ex, ALSO_RIGHT[key][i]))
    assert verdict.ok, verdict.text


@pytest.mark.parametrize("key", KEYS)
def test_stub_is_not_done_yet_and_says_so_the_same_way_every_time(key):
    ex = EXERCISES[key]
    first = checks.evaluate(ex, define(ex, ex.stub))
    again = checks.evaluate(ex, define(ex, ex.stub))
    assert first.status == "not_done" and first.key == "checks.not_done"
    assert first.text == again.text == t("checks.not_done", name=ex.function, got="None")


@pytest.mark.parametrize("key, i", WRONG)
def test_wrong_answer_gets_its_message(key, i):
    ex = EXERCISES[key]
    wrong = ex.wrong[i]
    verdict = checks.evaluate(ex, define(ex, wrong.source))
    assert verdict.key == wrong.expect, f"{wrong.source}\n-> {verdict.text}"
    assert not verdict.ok
    assert "Traceback" not in verdict.text


@pytest.mark.parametrize("key", KEYS)
def test_every_slip_is_reachable_and_tested(key):
    """A slip must differ from the right answer in some case (else it is never reported), and
    from every earlier slip with another message (else the earlier one always wins); and one
    of the typical wrong answers must get its message."""
    ex = EXERCISES[key]
    cases = ex.cases()
    wants = [checks._as_parts(ex, ex.reference(*args)) for args in cases]
    outputs = []
    for slip in ex.slips:
        out = checks._slip_outputs(ex, slip, cases)
        assert out is not None, f"{slip.key} raises on a case: it can never be recognised"
        assert not checks._all_same(ex, out, wants), f"{slip.key} equals the right answer"
        for earlier_key, earlier in outputs:
            if earlier_key != slip.key:
                assert not checks._all_same(ex, out, earlier), (
                    f"{slip.key} cannot be told apart from {earlier_key}")
        outputs.append((slip.key, out))
    expected = {w.expect for w in ex.wrong}
    untested = {s.key for s in ex.slips} - expected
    assert not untested, f"no typical wrong answer exercises {untested}"


def _fields(text):
    return sorted((name, spec) for _, name, spec, _ in string.Formatter().parse(text) if name)


def test_every_text_the_checker_may_show_is_in_the_catalogue_in_both_languages():
    keys = {k for k in MESSAGES if k.startswith("checks.")}
    used = set()
    for ex in EXERCISES.values():
        used |= {ex.hint} | {s.key for s in ex.slips} | {w.expect for w in ex.wrong}
    generic = {"checks.correct", "checks.not_done", "checks.hint", "checks.what.result",
               "checks.what.part", "checks.unknown", "checks.not_callable", "checks.signature",
               "checks.raised", "checks.raised_nowhere", "checks.count", "checks.type",
               "checks.type_name", "checks.other_name", "checks.has_none", "checks.shape",
               "checks.not_reduced", "checks.scalar", "checks.transposed_shape",
               "checks.extra_axis", "checks.nan", "checks.sign", "checks.transposed",
               "checks.factor_n", "checks.factor_1_n", "checks.factor", "checks.offset",
               "checks.values", *(key for _, _, key in checks.ERROR_HINTS)}
    missing = (used | generic) - set(MESSAGES)
    assert not missing, f"not in helpers/catalogue: {sorted(missing)}"
    for key in used | generic | keys:
        entry = MESSAGES[key]
        assert set(entry) == {"en", "zh"}, key
        assert _fields(entry["en"]) == _fields(entry["zh"]), key


def test_every_exercise_belongs_to_the_notebook_whose_folder_holds_it():
    """helpers/course/nbXX/exercises.py holds exercises of notebook XX only (at least one),
    and notebooks/XX_*.ipynb exists. Which notebooks have exercises is read from the folders,
    never listed; tests/test_exercise_notebooks.py checks each is in its notebook."""
    numbers = {p.name.split("_")[0] for p in (ROOT / "notebooks").glob("*.ipynb")}
    folders = notebooks_with_exercises()
    assert folders, "no helpers/course/nbXX/exercises.py"
    for folder in folders:
        module = import_module(f"helpers.course.{folder}.exercises")
        assert module.EXERCISES, f"helpers/course/{folder}/exercises.py: EXERCISES is empty"
        for ex in module.EXERCISES:
            assert f"nb{ex.notebook}" == folder, (
                f"{ex.key}: notebook={ex.notebook!r}, but it is in helpers/course/{folder}/")
        assert folder[2:] in numbers, f"helpers/course/{folder}/: no notebooks/{folder[2:]}_*.ipynb"
        assert for_notebook(folder[2:]) == list(module.EXERCISES)


# --- what a learner sees ---------------------------------------------------------------------


def test_an_error_in_the_learners_code_names_their_line_not_our_traceback():
    ex = exercise("mae")
    source = ("def mae(pred, y_true):\n"
              "    errors = pred - y_true\n"
              "    return np.mean(np.abs(errors)) + undefined_name\n")
    verdict = checks.evaluate(ex, define(ex, source))
    assert verdict.status == "error" and verdict.key == "checks.raised"
    assert verdict.values["line"] == 3
    assert verdict.values["code"] == "return np.mean(np.abs(errors)) + undefined_name"
    assert verdict.values["error"] == "NameError"
    assert "undefined_name" in verdict.text and "helpers" not in verdict.text
    assert verdict.text.count("\n") == 0 and "Traceback" not in verdict.text


def test_an_error_inside_numpy_is_reported_at_the_learners_line_with_a_hint():
    ex = exercise("layer")
    source = "def layer(X, W, b):\n    R = X @ W\n    return R + b\n"
    verdict = checks.evaluate(ex, define(ex, source))
    assert verdict.key == "checks.raised" and verdict.values["line"] == 2
    assert t("checks.hint.matmul") in verdict.text


def test_an_error_in_a_helper_of_the_learners_own_other_cell_is_found():
    ex = exercise("mae")
    helper = define(type("E", (), {"uses": (), "function": "f"})(),
                    "def f(a):\n    return a.nope\n")
    verdict = checks.evaluate(ex, lambda pred, y_true: helper(pred))
    assert verdict.key == "checks.raised" and verdict.values["code"] == "return a.nope"


def test_raising_not_implemented_is_not_done_yet():
    ex = exercise("gd_step")
    source = ("def gd_step(w, b, dL_dw, dL_db, eta):\n"
              "    raise NotImplementedError('your code here')\n")
    assert checks.evaluate(ex, define(ex, source)).key == "checks.not_done"


def test_a_function_with_other_arguments_is_told_to_keep_the_first_line():
    ex = exercise("mae")
    verdict = checks.evaluate(ex, define(ex, "def mae(pred):\n    return 0.0\n"))
    assert verdict.key == "checks.signature"


def test_passing_the_result_instead_of_the_function_is_explained():
    verdict = checks.evaluate(exercise("mae"), 0.42)
    assert verdict.key == "checks.not_callable" and 'check("mae", mae)' in verdict.text


def test_passing_none_or_ellipsis_is_not_done_yet():
    assert checks.evaluate(exercise("mae"), None).key == "checks.not_done"
    assert checks.evaluate(exercise("mae"), ...).key == "checks.not_done"


def test_a_learner_who_changes_the_inputs_in_place_is_still_judged_fairly():
    ex = exercise("mae")
    source = ("def mae(pred, y_true):\n"
              "    pred -= y_true\n"
              "    return np.mean(np.abs(pred))\n")
    assert checks.evaluate(ex, define(ex, source)).ok


def test_none_inside_the_result_points_at_an_unfinished_helper():
    ex = exercise("features")
    source = ("def window(views, t, k):\n    return None\n\n"
              "def features(views, k):\n"
              "    X = np.array([window(views, t, k) for t in range(k, len(views))])\n"
              "    return X, views[k:]\n")
    assert checks.evaluate(ex, define(ex, source)).key == "checks.has_none"


def test_unknown_exercise_is_a_clear_error_listing_the_names():
    with pytest.raises(ValueError, match="no exercise 'mea'.*mae"):
        check("mea", lambda pred, y_true: 0)


def test_check_prints_one_or_two_sentences_and_returns_nothing(capsys):
    ex = exercise("mae")
    assert check("mae", define(ex, ex.stub)) is None
    out = capsys.readouterr().out
    assert out == t("checks.not_done", name="mae", got="None") + "\n"
    check("mae", define(ex, ex.wrong[0].source))
    out = capsys.readouterr().out
    assert out.startswith("✗") and "Hint:" in out and out.count("\n") == 1


def test_messages_in_chinese():
    ex = exercise("mae")
    set_language("zh")
    verdict = checks.evaluate(ex, define(ex, "def mae(pred, y_true):\n"
                                             "    return np.sum(np.abs(pred - y_true))\n"))
    assert verdict.text == MESSAGES["checks.mae.sum"]["zh"]
    shape = checks.evaluate(ex, define(ex, "def mae(pred, y_true):\n"
                                           "    return np.abs(pred - y_true)\n"))
    assert shape.text.startswith("✗ `mae` 的结果是形状为 (1460,) 的数组") and "提示：" in shape.text
    done = checks.evaluate(ex, define(ex, ex.solution))
    assert done.text == "✓ 正确：`mae` 在全部 3 个测试用例中都给出了预期的结果。"


def test_the_generic_diagnoses():
    """Symptoms without a slip of their own: sign, factor, offset, transpose, NaN, type."""
    ex = exercise("layer")

    def verdict(fn):
        return checks.evaluate(ex, fn).key

    assert verdict(lambda X, W, b: -(X @ W.T + b)) == "checks.sign"
    assert verdict(lambda X, W, b: 3 * (X @ W.T + b)) == "checks.factor"
    assert verdict(lambda X, W, b: X @ W.T + b + 0.5) == "checks.offset"
    assert verdict(lambda X, W, b: (X @ W.T + b) * np.nan) == "checks.nan"
    assert verdict(lambda X, W, b: "R") == "checks.type"
    assert verdict(lambda X, W, b: float(np.sum(X @ W.T + b))) == "checks.scalar"
    assert verdict(lambda X, W, b: (X @ W.T + b)[:, :1]) == "checks.shape"
    square = checks.Exercise(key="sq", notebook="x", function="sq", reference=lambda A: A,
                             cases=lambda: [(np.arange(9.0).reshape(3, 3),)], hint="checks.hint",
                             stub="", solution="")
    assert checks.evaluate(square, lambda A: A.T).key == "checks.transposed"
