"""Checked exercises: run a learner's function on test cases and say what is off, never the answer.

    from helpers.exercises import check
    check("mae", mae)   # prints one or two sentences: correct, not done yet, or what is wrong

An `Exercise` is a reference function, the test cases to call it on, and the `Slip`s it
recognises: common mistakes, each written as the wrong function it amounts to (e.g. the MAE
without the 1/N). `evaluate(exercise, answer)` calls the learner's function on every case and
returns a `Verdict` (status, catalogue key, text); `check` prints the text. In order:

1. the stub is not filled in (returns None or `...`, raises NotImplementedError): not done yet;
2. the learner's code raises: the error, named with the line of *their* cell, and a hint;
3. every case agrees with the reference (to rtol 1e-6): correct;
4. every case agrees with a slip: that slip's own sentence and hint;
5. else the symptom: a wrong number of values, a wrong type or shape (transposed, an extra
   axis, an array where one number was expected), NaN, the wrong sign, a constant factor
   (N or 1/N: a mean too many or too few), a constant offset, or simply other values.

Every text comes from the catalogue (`helpers/language/catalogue/checks.py`), in English or Chinese.
"""

from __future__ import annotations

import copy
import linecache
import sys
import sysconfig
import traceback
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..language.messages import t

HELPERS = Path(__file__).resolve().parent
LIBRARIES = {Path(p).resolve() for p in (sysconfig.get_paths()["stdlib"],
                                         sysconfig.get_paths()["purelib"], sys.prefix)}


@dataclass(frozen=True)
class Slip:
    """A common mistake, as the function it amounts to; `key` is its catalogue text."""

    key: str
    wrong: Callable


@dataclass(frozen=True)
class Wrong:
    """A typical wrong answer (learner's code, defining the exercise's function) and the
    catalogue key of the message it must get. Used by the tests and as notes for teachers."""

    source: str
    expect: str


@dataclass(frozen=True)
class Exercise:
    """One "write the code" exercise.

    function: the name the learner defines (the stub's `def` line); reference: the right
    function; cases(): a list of argument tuples (deterministic); parts: names of the values
    returned, if it returns several (e.g. ("∂L/∂w", "∂L/∂b")); n_of(args): N of a case, to
    recognise a factor N or 1/N; hint: catalogue key of the hint for wrong values;
    stub/solution: the code cells (source); wrong: typical wrong answers, for the tests;
    uses: keys of earlier exercises whose functions the solution calls (e.g. `window`).
    """

    key: str
    notebook: str
    function: str
    reference: Callable
    cases: Callable[[], list]
    hint: str
    stub: str
    solution: str
    parts: tuple = ()
    slips: tuple = ()
    wrong: tuple = ()
    n_of: Callable | None = None
    uses: tuple = ()
    rtol: float = 1e-6
    atol: float = 1e-9


@dataclass
class Verdict:
    """status: 'correct', 'not_done', 'wrong' or 'error' (the learner's code raised);
    key: the catalogue key of the main sentence; text: what `check` prints."""

    status: str
    key: str
    text: str
    values: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "correct"


# --- calling the learner's code ------------------------------------------------------------


class _Raised(Exception):
    """The learner's function raised `error` (carried, with the function, to `_raised`)."""

    def __init__(self, error: BaseException):
        super().__init__(error)
        self.error = error


def _call(fn, args):
    """fn(*copies of args), with numpy's warnings silenced (NaN is reported, not warned)."""
    args = copy.deepcopy(args)
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        try:
            return fn(*args)
        except Exception as error:  # the learner's code: any error is reported, not raised
            raise _Raised(error) from error


def _is_library(filename: str) -> bool:
    if filename.startswith("<frozen"):
        return True
    try:
        path = Path(filename).resolve()
    except (OSError, ValueError):
        return False
    return HELPERS in path.parents or any(lib in path.parents for lib in LIBRARIES)


def _learner_frame(error: BaseException) -> traceback.FrameSummary | None:
    """The deepest frame of the traceback in the learner's own code (their cells), if any:
    frames in numpy, the standard library or the course's helpers are skipped, so an error
    inside `np.matmul` is reported at the learner's line that called it."""
    mine = [f for f in traceback.extract_tb(error.__traceback__)
            if not _is_library(f.filename)]
    return mine[-1] if mine else None


def _raised(ex: Exercise, error: BaseException) -> Verdict:
    name, kind = ex.function, type(error).__name__
    detail = str(error).strip().splitlines()[0] if str(error).strip() else kind
    if isinstance(error, NotImplementedError):
        return _verdict("not_done", "checks.not_done", name=name, got="NotImplementedError")
    frame = _learner_frame(error)
    if frame is None and isinstance(error, TypeError):
        return _verdict("wrong", "checks.signature", name=name, detail=detail)
    hint = _error_hint(error)
    if frame is None:
        return _verdict("error", "checks.raised_nowhere", hint, name=name, error=kind,
                        detail=detail)
    code = (frame.line or linecache.getline(frame.filename, frame.lineno)).strip()
    return _verdict("error", "checks.raised", hint, name=name, error=kind, detail=detail,
                    line=frame.lineno, code=code)


ERROR_HINTS = [  # (exception type, words in its message, hint key): first match wins
    (ValueError, "truth value of an array", "checks.hint.ambiguous"),
    (ValueError, "broadcast", "checks.hint.broadcast"),
    (ValueError, "matmul", "checks.hint.matmul"),
    (ValueError, "not aligned", "checks.hint.matmul"),
    (ValueError, "values to unpack", "checks.hint.unpack"),
    (TypeError, "NoneType", "checks.hint.none"),
    (NameError, "", "checks.hint.name"),
    (IndexError, "", "checks.hint.index"),
    (ZeroDivisionError, "", "checks.hint.zero"),
]


def _error_hint(error: BaseException) -> str:
    for kind, words, key in ERROR_HINTS:
        if isinstance(error, kind) and words in str(error):
            return key
    return "checks.hint.raised"


# --- comparing results -------------------------------------------------------------------


def _as_parts(ex: Exercise, result) -> list | None:
    """The result as a list of values, one per part; None if the count is wrong."""
    if not ex.parts:
        return [result]
    if isinstance(result, (tuple, list)) and len(result) == len(ex.parts):
        return list(result)
    return None


def _numeric(value):
    """An ndarray of numbers (a 1-element array stays as it is), or None if not numbers."""
    if isinstance(value, str):
        return None
    try:
        a = np.asarray(value)
    except Exception:  # e.g. a ragged list
        return None
    return a if a.dtype.kind in "biuf" else None


def _same(ex: Exercise, got, want) -> bool:
    """got equals want: strings exactly, numbers to the exercise's tolerance (shapes equal,
    except that a 1-element array counts as the number it holds)."""
    if isinstance(want, str) or isinstance(got, str):
        return isinstance(got, str) and isinstance(want, str) and got == want
    g, w = _numeric(got), _numeric(want)
    if g is None or w is None:
        return False
    if w.shape == () and g.size == 1:
        g = g.reshape(())
    return g.shape == w.shape and bool(np.allclose(g, w, rtol=ex.rtol, atol=ex.atol))


def _all_same(ex: Exercise, gots, wants) -> bool:
    return all(len(g) == len(w) and all(_same(ex, a, b) for a, b in zip(g, w, strict=True))
               for g, w in zip(gots, wants, strict=True))


def _what(ex: Exercise, i: int) -> str:
    if not ex.parts:
        return t("checks.what.result", name=ex.function)
    return t("checks.what.part", name=ex.function, index=i + 1, part=ex.parts[i])


def _shape_text(shape) -> str:
    return str(tuple(shape))


def _symptom(ex: Exercise, cases, gots, wants) -> Verdict:
    """What is wrong, from the first part that differs: type, shape, or values."""
    for i in range(len(wants[0])):
        pairs = [(g[i], w[i]) for g, w in zip(gots, wants, strict=True)]
        if all(_same(ex, g, w) for g, w in pairs):
            continue
        what = _what(ex, i)
        if isinstance(pairs[0][1], str):
            bad = next(g for g, w in pairs if not _same(ex, g, w))
            key = "checks.other_name" if isinstance(bad, str) else "checks.type_name"
            return _verdict("wrong", key, ex.hint, what=what, got=_short(bad))
        arrays = []
        for g, w in pairs:
            if _numeric(g) is None:
                if _holds_none(g):
                    return _verdict("wrong", "checks.has_none", what=what)
                return _verdict("wrong", "checks.type", ex.hint, what=what, got=_short(g))
            arrays.append((_numeric(g).astype(float), np.asarray(w, dtype=float)))
        verdict = _shape_verdict(ex, what, arrays)
        if verdict is not None:
            return verdict
        return _value_verdict(ex, what, cases, arrays)
    return _verdict("wrong", "checks.values", ex.hint, what=_what(ex, 0))


def _shape_verdict(ex: Exercise, what: str, arrays) -> Verdict | None:
    for g, w in arrays:
        if w.shape == () and g.size == 1:
            continue
        if g.shape == w.shape:
            continue
        got, want = _shape_text(g.shape), _shape_text(w.shape)
        if w.shape == ():
            return _verdict("wrong", "checks.not_reduced", ex.hint, what=what, got=got)
        if g.shape == ():
            return _verdict("wrong", "checks.scalar", ex.hint, what=what, expected=want)
        if g.ndim == 2 and g.shape == w.shape[::-1]:
            return _verdict("wrong", "checks.transposed_shape", what=what, got=got,
                            expected=want)
        if tuple(s for s in g.shape if s != 1) == tuple(s for s in w.shape if s != 1):
            return _verdict("wrong", "checks.extra_axis", what=what, got=got, expected=want)
        return _verdict("wrong", "checks.shape", ex.hint, what=what, got=got, expected=want)
    return None


def _value_verdict(ex: Exercise, what: str, cases, arrays) -> Verdict:
    if any(not np.all(np.isfinite(g)) for g, _ in arrays):
        return _verdict("wrong", "checks.nan", ex.hint, what=what)

    def close(a, b):
        return bool(np.allclose(a, b, rtol=1e-4, atol=1e-9))

    moving = [(g, w) for g, w in arrays if np.any(np.abs(w) > 1e-12)]
    if moving and all(close(g, -w) for g, w in moving):
        return _verdict("wrong", "checks.sign", ex.hint, what=what)
    if all(g.ndim == 2 and g.shape[0] == g.shape[1] and close(g.T, w) for g, w in arrays):
        return _verdict("wrong", "checks.transposed", what=what)
    if ex.n_of is not None and moving:
        ns = [ex.n_of(args) for args, (_, w) in zip(cases, arrays, strict=True)
              if np.any(np.abs(w) > 1e-12)]
        if all(close(g, n * w) for (g, w), n in zip(moving, ns, strict=True)):
            return _verdict("wrong", "checks.factor_n", what=what, n=ns[0])
        if all(close(g * n, w) for (g, w), n in zip(moving, ns, strict=True)):
            return _verdict("wrong", "checks.factor_1_n", what=what, n=ns[0])
    ratio = _constant_ratio(moving)
    if ratio is not None:
        return _verdict("wrong", "checks.factor", ex.hint, what=what, factor=f"{ratio:.3g}")
    if all(g.size > 1 and close(g - w, np.mean(g - w)) for g, w in arrays) and not all(
            close(g, w) for g, w in arrays):
        return _verdict("wrong", "checks.offset", ex.hint, what=what)
    return _verdict("wrong", "checks.values", ex.hint, what=what)


def _constant_ratio(pairs) -> float | None:
    """k if got = k·want in every case and element (k ≠ 0, 1, -1), else None."""
    if not pairs:
        return None
    g = np.concatenate([np.ravel(a) for a, _ in pairs])
    w = np.concatenate([np.ravel(b) for _, b in pairs])
    big = np.abs(w) > 1e-9 * np.max(np.abs(w))
    k = float(np.median(g[big] / w[big]))
    if not np.isfinite(k) or abs(k) < 1e-12 or np.isclose(abs(k), 1.0):
        return None
    return k if np.allclose(g, k * w, rtol=1e-4, atol=1e-12) else None


def _holds_none(value) -> bool:
    """True for None inside a list or an object array (e.g. from a helper not done yet)."""
    try:
        return any(v is None for v in np.asarray(value, dtype=object).ravel())
    except Exception:  # a ragged list: numpy cannot even make an object array of it
        return False


def _short(value, limit: int = 40) -> str:
    text = repr(value) if isinstance(value, str) else type(value).__name__
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _verdict(status: str, key: str, hint: str | None = None, **values) -> Verdict:
    text = t(key, **values)
    if hint is not None:
        text += " " + t("checks.hint", hint=t(hint))
    return Verdict(status, key, text, values)


# --- the checker ---------------------------------------------------------------------------


def evaluate(ex: Exercise, answer) -> Verdict:
    """Call `answer` on every case of `ex` and judge it (see the module's docstring)."""
    if _not_done(answer):
        return _verdict("not_done", "checks.not_done", name=ex.function, got=repr(answer))
    if not callable(answer):
        return _verdict("wrong", "checks.not_callable", exercise=ex.key, name=ex.function,
                        got=_short(answer))
    cases = ex.cases()
    gots, wants = [], []
    for args in cases:
        try:
            result = _call(answer, args)
        except _Raised as raised:
            return _raised(ex, raised.error)
        if _not_done(result) or (isinstance(result, tuple) and result
                                 and all(_not_done(r) for r in result)):
            return _verdict("not_done", "checks.not_done", name=ex.function, got=repr(result))
        want = _as_parts(ex, ex.reference(*copy.deepcopy(args)))
        got = _as_parts(ex, result)
        if got is None:
            count = len(result) if isinstance(result, (tuple, list)) else 1
            return _verdict("wrong", "checks.count", name=ex.function, got=count,
                            expected=len(ex.parts), parts=", ".join(ex.parts))
        gots.append(got)
        wants.append(want)
    if _all_same(ex, gots, wants):
        return _verdict("correct", "checks.correct", name=ex.function, cases=len(cases))
    for slip in ex.slips:
        slipped = _slip_outputs(ex, slip, cases)
        if slipped is not None and _all_same(ex, gots, slipped):
            return _verdict("wrong", slip.key)
    return _symptom(ex, cases, gots, wants)


def _slip_outputs(ex: Exercise, slip: Slip, cases) -> list | None:
    """What the slip computes on every case (None if it raises on one: not this slip)."""
    out = []
    for args in cases:
        try:
            out.append(_as_parts(ex, _call(slip.wrong, args)))
        except _Raised:
            return None
    return out


def _not_done(value) -> bool:
    return value is None or value is Ellipsis


def run_check(ex: Exercise, answer) -> None:
    """Print the verdict on `answer`: one or two sentences (returns nothing, so a cell that
    ends with a check shows only the sentences)."""
    print(evaluate(ex, answer).text)


# --- for writing exercises (helpers/course/nbXX/exercises.py) ---------------------------------


def rng(seed: int) -> np.random.Generator:
    """The random numbers of an exercise's test cases (seeded: the same cases every run)."""
    return np.random.default_rng(seed)


def wrongs(signature: str, *answers) -> tuple:
    """Wrong answers as learners write them: the stub's `def` line, then one body each."""
    return tuple(Wrong(f"{signature}\n" + "\n".join(f"    {ln}" for ln in body.split("\n")),
                       expect) for body, expect in answers)


def rights(signature: str, *bodies) -> tuple:
    """Other correct ways to write the function (the tests check they pass too)."""
    return tuple(f"{signature}\n" + "\n".join(f"    {ln}" for ln in body.split("\n"))
                 for body in bodies)


def made_up_views(n: int, seed: int) -> np.ndarray:
    """Made-up daily views in thousands, all different (so a shifted slice is noticed)."""
    return np.round(rng(seed).uniform(1.0, 9.0, n), 3) + np.arange(n) * 1e-6
