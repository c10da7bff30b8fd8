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
               "checks.values", "checks.values_number", "checks.mutated", "checks.printed",
               "checks.no_return", "checks.swapped", "checks.overflow", "checks.squared",
               "checks.rooted", "checks.reversed", "checks.shifted_late", "checks.shifted_early",
               "checks.off_by_one", "checks.offset_rows", "checks.partly",
               *(f"checks.{a}_{b}" for a in ("one_extra", "one_short")
                 for b in ("end", "start")), "checks.one_extra", "checks.one_short",
               *(f"checks.form.{f}" for f in ("number", "array", "tuple", "list", "other")),
               *(f"checks.numpy.{f}" for f in ("matmul", "matmul_any", "broadcast", "list",
                                               "ragged")),
               *(key for _, _, key in checks.ERROR_HINTS)}
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


def test_a_learner_who_changes_the_inputs_in_place_is_told_so_even_if_the_result_is_right():
    ex = exercise("mae")
    source = ("def mae(pred, y_true):\n"
              "    pred -= y_true\n"
              "    return np.mean(np.abs(pred))\n")
    verdict = checks.evaluate(ex, define(ex, source))
    assert verdict.key == "checks.mutated" and verdict.values["arg"] == "pred"
    assert verdict.values["where"] == t("checks.where.position", position=0)


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


# --- issue 22: mutation, shape leniency, edges, scenarios, named symptoms --------------------

import pandas as pd  # noqa: E402

from helpers.course.nb06.exercises import BEST_EPOCH_RULES, CHOOSE_RULES  # noqa: E402


def _mutate(value) -> bool:
    """Change `value` in place (one entry); False if it cannot be changed."""
    if isinstance(value, pd.DataFrame):
        value.loc[value.index[0], "val"] = 99.0
        return True
    if isinstance(value, np.ndarray) and value.size and value.dtype.kind == "f":
        value.flat[0] += 1.0
        return True
    return False


@pytest.mark.parametrize("key", KEYS)
def test_an_answer_that_changes_an_input_in_place_is_told_so_even_when_right(key):
    ex = EXERCISES[key]
    solution = define(ex, ex.solution)
    names = checks._argument_names(ex)
    for index in range(len(ex.cases()[0])):
        def answer(*args, index=index):
            result = solution(*args)
            changed = _mutate(args[index])
            answer.changed = changed
            return result
        answer.changed = False
        v = checks.evaluate(ex, answer)
        if answer.changed:
            assert v.key == "checks.mutated" and v.values["arg"] == names[index], v.text
        else:
            assert v.ok, v.text


@pytest.mark.parametrize("key", [k for k in KEYS if EXERCISES[k].parts])
def test_several_values_may_come_back_as_tuple_or_list_or_array(key):
    ex = EXERCISES[key]
    solution = define(ex, ex.solution)
    assert checks.evaluate(ex, lambda *a: list(solution(*a))).ok
    assert checks.evaluate(ex, lambda *a: tuple(solution(*a))).ok
    if all(np.ndim(v) == 0 for v in solution(*ex.cases()[0])):
        assert checks.evaluate(ex, lambda *a: np.array(solution(*a))).ok
        one = checks.evaluate(ex, lambda *a: np.array(solution(*a)[:1]))
        assert one.key == "checks.count" and "(1,)" in one.text


@pytest.mark.parametrize("key", ["mae", "best_epoch"])
def test_one_number_may_be_python_or_numpy_and_is_never_said_to_have_a_shape(key):
    ex = EXERCISES[key]
    solution = define(ex, ex.solution)
    for form in (float, np.float64, np.asarray, lambda v: np.array([v])):
        assert checks.evaluate(ex, lambda *a, f=form: f(solution(*a))).ok
    for language in ("en", "zh"):
        set_language(language)
        v = checks.evaluate(ex, lambda *a: 12345.0)
        assert v.key == "checks.values_number"
        assert "shape" not in v.text and "形状" not in v.text


UNSTABLE = {  # e^z written out where it overflows for large |z|
    "sigmoid_slope": "def sigmoid_slope(z):\n    return np.exp(-z) / (1 + np.exp(-z)) ** 2\n",
    "sigmoid_sum": "def sigmoid_sum(x1, b, c, bi, wi):\n    z = bi + wi * x1[:, None]\n"
                   "    return b + (c * np.exp(z) / (1 + np.exp(z))).sum(axis=1)\n",
    "forward": "def forward(X, W, b, c, b_out):\n    R = X @ W.T + b\n"
               "    return b_out + (np.exp(R) / (1 + np.exp(R))) @ c\n",
    "one_neuron": "def one_neuron(x, w, b, c, b_out, y_true):\n    r = b + w * x\n"
                  "    a = 1 / (1 + np.exp(-r))\n    de_dy = np.sign(b_out + c * a - y_true)\n"
                  "    de_dr = de_dy * c * np.exp(-r) / (1 + np.exp(-r)) ** 2\n"
                  "    return de_dr * x, de_dr, de_dy * a, de_dy\n",
}


@pytest.mark.parametrize("key", sorted(UNSTABLE))
def test_the_unstable_form_fails_on_the_edge_cases_and_the_overflow_is_named(key):
    ex = EXERCISES[key]
    v = checks.evaluate(ex, define(ex, UNSTABLE[key]))
    assert v.key == "checks.overflow" and "709" in v.text
    set_language("zh")
    assert "溢出" in checks.evaluate(ex, define(ex, UNSTABLE[key])).text


@pytest.mark.parametrize("key, rules", [("choose", CHOOSE_RULES), ("best_epoch", BEST_EPOCH_RULES)])
def test_every_plausible_wrong_rule_picks_differently_in_some_scenario(key, rules):
    ex = EXERCISES[key]
    cases = ex.cases()
    right = [ex.reference(*args) for args in cases]
    for name, rule in rules.items():
        picks = [rule(*args) for args in cases]
        assert picks != right, f"{key}: the rule {name!r} picks the right answer in every case"
        assert not checks.evaluate(ex, rule).ok, name


def test_the_named_symptoms():
    ex = exercise("layer")

    def key(fn):
        return checks.evaluate(ex, fn).key

    assert key(lambda X, W, b: (X @ W.T + b) ** 2) == "checks.squared"
    assert key(lambda X, W, b: X @ W.T - b) == "checks.offset_rows"
    assert key(lambda X, W, b: np.maximum(0, X @ W.T + b)) == "checks.partly"
    assert key(lambda X, W, b: (X @ W.T + b)[::-1]) == "checks.reversed"
    assert key(lambda X, W, b: np.roll(X @ W.T + b, 1, axis=0)) == "checks.shifted_late"
    assert key(lambda X, W, b: (X @ W.T + b)[:-1]) == "checks.one_short_end"
    assert key(lambda X, W, b: (X @ W.T + b)[1:]) == "checks.one_short_start"
    gd = exercise("gd_step")
    swapped = checks.evaluate(gd, lambda w, b, gw, gb, e: (b - e * gb, w - e * gw))
    assert swapped.key == "checks.swapped" and swapped.values["i"] == 1
    epoch = exercise("best_epoch")
    assert checks.evaluate(epoch, lambda e, tr, v: int(e[np.argmin(v)]) + 1).key == (
        "checks.off_by_one")


def test_print_instead_of_return_and_a_lost_return_are_told_apart_from_not_done():
    ex = exercise("mae")
    printed = "def mae(pred, y_true):\n    print(np.mean(np.abs(pred - y_true)))\n"
    lost = "def mae(pred, y_true):\n    L = np.mean(np.abs(pred - y_true))\n"
    assert checks.evaluate(ex, define(ex, printed)).key == "checks.printed"
    assert "`return` it" in checks.evaluate(ex, define(ex, printed)).text
    assert checks.evaluate(ex, define(ex, lost)).key == "checks.no_return"
    assert checks.evaluate(ex, define(ex, ex.stub)).key == "checks.not_done"


@pytest.mark.parametrize("body, explained", [
    ("return X @ W + b", "checks.numpy.matmul"),
    ("return np.dot(X, W) + b", "checks.numpy.matmul"),
    ("return X * W + b", "checks.numpy.broadcast"),
    ("return list(X).T @ W + b", "checks.numpy.list"),
])
def test_numpys_errors_are_explained_in_the_learners_language_beside_the_original(body,
                                                                                   explained):
    ex = exercise("layer")
    set_language("zh")
    v = checks.evaluate(ex, define(ex, f"def layer(X, W, b):\n    {body}\n"))
    assert v.values.get("explained") == explained
    assert v.values["detail"] in v.text and "意思是" in v.text and "提示：" in v.text
    assert " 提示" not in v.text
