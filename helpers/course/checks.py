"""Checked exercises: run a learner's function on test cases and say what is off, never the answer.

    from helpers.exercises import check
    check("mae", mae)   # prints one or two sentences: correct, not done yet, or what is wrong

An `Exercise` is a reference function, the test cases to call it on, and the `Slip`s it
recognises: common mistakes, each written as the wrong function it amounts to (e.g. the MAE
without the 1/N). `evaluate(exercise, answer)` calls the learner's function on every case and
returns a `Verdict` (status, catalogue key, text); `check` prints the text. In order:

1. the stub is not filled in (returns None or `...`, raises NotImplementedError): not done yet;
   but None from a body that printed is "you printed the result; `return` it", and None from
   a body that computes something is a lost `return` (calls.body_written);
2. the learner's code raises: the error, named with the line of *their* cell, numpy's words
   explained in the learner's language (numpy_errors.py), and a hint;
3. it changed one of its inputs in place (mutation.py): its own verdict, right result or not;
4. every case agrees with the reference (to rtol 1e-6): correct (a pair may come back as a
   tuple, a list or an array; one number as Python's or numpy's);
5. every case agrees with a slip: that slip's own sentence and hint;
6. else the symptom: values in each other's place; a wrong number of values (naming the form
   returned); a wrong type or shape (transposed, an extra axis, one element too many or too
   few); NaN, or an overflow (calls.Run.overflow); then symptoms.diagnose: sign, factor N,
   constant factor, square or root, reversed, shifted, off by one, offset, partly right; and
   only then "other values".

Every text comes from the catalogue (`helpers/language/catalogue/checks.py`), in English or Chinese.
"""

from __future__ import annotations

import copy
import linecache
import sys
import sysconfig
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..language.messages import t
from .calls import Raised, body_written, call
from .numpy_errors import explain
from .symptoms import Finding, diagnose, length_symptom, swapped

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
    if frame is None and isinstance(error, TypeError) and explain(error) is None:
        return _verdict("wrong", "checks.signature", name=name, detail=detail)
    hint = _error_hint(error)
    if frame is None:
        verdict = _verdict("error", "checks.raised_nowhere", hint, name=name, error=kind,
                           detail=detail)
    else:
        code = (frame.line or linecache.getline(frame.filename, frame.lineno)).strip()
        verdict = _verdict("error", "checks.raised", hint, name=name, error=kind,
                           detail=detail, line=frame.lineno, code=code)
    explained = explain(error)
    if explained is not None:  # numpy's words in the learner's language, beside the original
        main = t(verdict.key, **verdict.values)
        verdict.text = _join(main, t(explained[0], **explained[1]), verdict.text[len(main):])
        verdict.values["explained"] = explained[0]
    return verdict


ERROR_HINTS = [  # (exception type, words in its message, hint key): first match wins
    (ValueError, "truth value of an array", "checks.hint.ambiguous"),
    (ValueError, "broadcast", "checks.hint.broadcast"),
    (ValueError, "matmul", "checks.hint.matmul"),
    (ValueError, "not aligned", "checks.hint.matmul"),
    (ValueError, "values to unpack", "checks.hint.unpack"),
    (TypeError, "NoneType", "checks.hint.none"),
    (OverflowError, "", "checks.hint.overflow"),
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
    """The result as a list of values, one per part; None if the count is wrong. A tuple, a
    list or an array whose first axis has one entry per part all count (np.array([dw, db]))."""
    if not ex.parts:
        return [result]
    if isinstance(result, (tuple, list)) and len(result) == len(ex.parts):
        return list(result)
    if isinstance(result, np.ndarray) and result.ndim >= 1 and len(result) == len(ex.parts):
        return list(result)
    return None


def _form(result) -> str:
    """What a result is, for a learner: one number, an array of shape (3,), a tuple of 3."""
    if isinstance(result, (tuple, list)):
        kind = "tuple" if isinstance(result, tuple) else "list"
        return t(f"checks.form.{kind}", n=len(result))
    if isinstance(result, (int, float, np.number)) and not isinstance(result, bool):
        return t("checks.form.number")
    if isinstance(result, np.ndarray):
        if result.ndim == 0:
            return t("checks.form.number")
        return t("checks.form.array", shape=_shape_text(result.shape))
    return t("checks.form.other", kind=type(result).__name__)


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


def _symptom(ex: Exercise, cases, gots, wants, overflows=None) -> Verdict:
    """What is wrong: values in each other's place, else from the first part that differs:
    type, shape, or values (symptoms.diagnose)."""
    overflows = overflows or [False] * len(gots)
    pair = swapped(gots, wants, lambda a, b: _same(ex, a, b)) if ex.parts else None
    if pair is not None:
        i, j = pair
        return _verdict("wrong", "checks.swapped", name=ex.function, i=i + 1, j=j + 1,
                        a=ex.parts[i], b=ex.parts[j])
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
            g = _numeric(g).astype(float)
            w = np.asarray(w, dtype=float)
            arrays.append((g.reshape(()) if w.shape == () and g.size == 1 else g, w))
        verdict = _shape_verdict(ex, what, arrays)
        if verdict is not None:
            return verdict
        return _value_verdict(ex, what, cases, arrays, overflows)
    return _verdict("wrong", "checks.values", ex.hint, what=_what(ex, 0))


def _shape_verdict(ex: Exercise, what: str, arrays) -> Verdict | None:
    if all(g.shape == w.shape for g, w in arrays):
        return None
    if all(g.shape != w.shape for g, w in arrays):
        found = length_symptom(arrays)
        if found is not None:
            g, w = next((g, w) for g, w in arrays)
            return _finding(ex, what, found, got=_shape_text(g.shape),
                            expected=_shape_text(w.shape))
    g, w = next((g, w) for g, w in arrays if g.shape != w.shape)
    got, want = _shape_text(g.shape), _shape_text(w.shape)
    if w.shape == ():
        return _verdict("wrong", "checks.not_reduced", ex.hint, what=what, got=got)
    if g.shape == ():
        return _verdict("wrong", "checks.scalar", ex.hint, what=what, expected=want)
    if g.ndim == 2 and g.shape == w.shape[::-1]:
        return _verdict("wrong", "checks.transposed_shape", what=what, got=got, expected=want)
    if tuple(s for s in g.shape if s != 1) == tuple(s for s in w.shape if s != 1):
        return _verdict("wrong", "checks.extra_axis", what=what, got=got, expected=want)
    return _verdict("wrong", "checks.shape", ex.hint, what=what, got=got, expected=want)


def _value_verdict(ex: Exercise, what: str, cases, arrays, overflows) -> Verdict:
    bad = [i for i, (g, w) in enumerate(arrays) if not np.all(np.isfinite(g))]
    if bad:
        if any(overflows[i] for i in bad):
            case = next(i for i in bad if overflows[i])
            return _verdict("wrong", "checks.overflow", ex.hint, what=what, case=case + 1)
        return _verdict("wrong", "checks.nan", ex.hint, what=what)
    ns = None
    if ex.n_of is not None:
        ns = [ex.n_of(args) for args in cases]
    found = diagnose(arrays, ns)
    if found is not None:
        return _finding(ex, what, found)
    if all(w.shape == () for _, w in arrays):
        return _verdict("wrong", "checks.values_number", ex.hint, what=what)
    return _verdict("wrong", "checks.values", ex.hint, what=what,
                    shape=_shape_text(arrays[0][1].shape))


def _finding(ex: Exercise, what: str, found: Finding, **more) -> Verdict:
    return _verdict("wrong", found.key, ex.hint if found.hint else None, what=what,
                    **found.values, **more)


def _holds_none(value) -> bool:
    """True for None inside a list or an object array (e.g. from a helper not done yet)."""
    try:
        return any(v is None for v in np.asarray(value, dtype=object).ravel())
    except Exception:  # a ragged list: numpy cannot even make an object array of it
        return False


def _short(value, limit: int = 40) -> str:
    text = repr(value) if isinstance(value, str) else type(value).__name__
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _join(*texts: str) -> str:
    """Sentences joined as the language writes them: a space after an English full stop,
    none after a Chinese one (。, ）, ？: full-width, from U+3000 on)."""
    out = ""
    for text in (s.strip() for s in texts if s.strip()):
        out += (" " if out and ord(out[-1]) < 0x3000 else "") + text
    return out


def _verdict(status: str, key: str, hint: str | None = None, **values) -> Verdict:
    text = t(key, **values)
    if hint is not None:
        text = _join(text, t("checks.hint", hint=t(hint)))
    return Verdict(status, key, text, values)


# --- the checker ---------------------------------------------------------------------------


def _where(change) -> str:
    """Where an argument changed, in words: a position, a row and column, or a new shape."""
    if change.position is None:
        return t("checks.where.size", before=_shape_text(change.before),
                 after=_shape_text(change.after))
    if len(change.position) == 2 and isinstance(change.position[1], str):
        return t("checks.where.cell", row=change.position[0], column=change.position[1])
    position = change.position[0] if len(change.position) == 1 else change.position
    return t("checks.where.position", position=position)


def _argument_names(ex: Exercise) -> list[str]:
    """The arguments of the stub's `def` line, e.g. ["views", "t", "k"]."""
    line = next((ln for ln in ex.stub.splitlines() if ln.startswith("def ")), "")
    inside = line[line.find("(") + 1:line.rfind(")")]
    return [a.split("=")[0].split(":")[0].strip() for a in inside.split(",") if a.strip()]


def _mutated(ex: Exercise, change) -> Verdict:
    names = _argument_names(ex)
    arg = names[change.index] if change.index < len(names) else f"#{change.index + 1}"
    return _verdict("wrong", "checks.mutated", name=ex.function, arg=arg, where=_where(change))


def _nothing_returned(ex: Exercise, answer, run, result) -> Verdict:
    """None (or `...`) came back: printed instead of returned, a body without `return`, or
    really not done yet (the stub)."""
    if result is None and run.printed.strip():
        return _verdict("wrong", "checks.printed", name=ex.function)
    if result is None and body_written(answer):
        return _verdict("wrong", "checks.no_return", name=ex.function)
    return _verdict("not_done", "checks.not_done", name=ex.function, got=repr(result))


def evaluate(ex: Exercise, answer) -> Verdict:
    """Call `answer` on every case of `ex` and judge it (see the module's docstring)."""
    if _not_done(answer):
        return _verdict("not_done", "checks.not_done", name=ex.function, got=repr(answer))
    if not callable(answer):
        return _verdict("wrong", "checks.not_callable", exercise=ex.key, name=ex.function,
                        got=_short(answer))
    cases = ex.cases()
    gots, wants, overflows = [], [], []
    for args in cases:
        try:
            run = call(answer, args)
        except Raised as raised:
            return _raised(ex, raised.error)
        if run.change is not None:
            return _mutated(ex, run.change)
        result = run.result
        if _not_done(result) or (isinstance(result, tuple) and result
                                 and all(_not_done(r) for r in result)):
            return _nothing_returned(ex, answer, run, result)
        want = _as_parts(ex, ex.reference(*copy.deepcopy(args)))
        got = _as_parts(ex, result)
        if got is None:
            return _verdict("wrong", "checks.count", name=ex.function, form=_form(result),
                            expected=len(ex.parts), parts=", ".join(ex.parts))
        gots.append(got)
        wants.append(want)
        overflows.append(run.overflow)
    if _all_same(ex, gots, wants):
        return _verdict("correct", "checks.correct", name=ex.function, cases=len(cases))
    for slip in ex.slips:
        slipped = _slip_outputs(ex, slip, cases)
        if slipped is not None and _all_same(ex, gots, slipped):
            return _verdict("wrong", slip.key)
    return _symptom(ex, cases, gots, wants, overflows)


def _slip_outputs(ex: Exercise, slip: Slip, cases) -> list | None:
    """What the slip computes on every case (None if it raises on one: not this slip)."""
    out = []
    for args in cases:
        try:
            out.append(_as_parts(ex, call(slip.wrong, args).result))
        except Raised:
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
