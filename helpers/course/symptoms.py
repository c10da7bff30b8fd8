"""Named symptoms: how a learner's numbers relate to the expected ones, read from the outputs.

Each function gets the pairs (got, want) of one returned value over all test cases, as float
arrays of the same shape, and returns a `Finding` (a catalogue key and its fields) or None.
`diagnose` tries them in order, most specific first; the checker falls back to "other values"
only when none fits. A finding says what was seen and where to look, never the answer:

    sign        got = -want                          (a minus sign, or y - ŷ for ŷ - y)
    factor_n    got = N·want, got = want/N           (a sum for a mean, or N once too often)
    factor      got = k·want, one k in every case    (e.g. 2: the 2 of a square's slope)
    square      got = want²;  root: got = √want      (MSE for MAE; a square root too many)
    reversed    got = want[::-1]                     (the order of a slice)
    shifted     got[i] = want[i∓1]                   (a slice one position early or late)
    offset      got - want the same everywhere       (a constant term missing, or +1 in an index)
    offset_rows every row off by the same row        (a bias vector added wrongly)
    partly      equal in some places only            (names the first place that differs)

`length_symptom` reads a shape that is one element longer or shorter than expected, with the
values in common right (a slice whose end or start is off by one).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

RTOL, ATOL = 1e-4, 1e-9


@dataclass(frozen=True)
class Finding:
    """A symptom: the catalogue key of its sentence, the fields it fills in, and whether the
    exercise's own hint should follow it."""

    key: str
    values: dict = field(default_factory=dict)
    hint: bool = True


def close(a, b) -> bool:
    return bool(np.shape(a) == np.shape(b) and np.allclose(a, b, rtol=RTOL, atol=ATOL))


def _moving(pairs):
    """The pairs whose expected value is not all zeros (a factor says nothing about 0)."""
    return [(g, w) for g, w in pairs if np.any(np.abs(w) > 1e-12)]


def _flat(pairs):
    return (np.concatenate([np.ravel(g) for g, _ in pairs]),
            np.concatenate([np.ravel(w) for _, w in pairs]))


def sign(pairs, ns):
    moving = _moving(pairs)
    if moving and all(close(g, -w) for g, w in moving):
        return Finding("checks.sign")
    return None


def transposed(pairs, ns):
    if all(g.ndim == 2 and g.shape[0] == g.shape[1] > 1 and close(g.T, w) for g, w in pairs):
        return Finding("checks.transposed", hint=False)
    return None


def factor_n(pairs, ns):
    if ns is None or not _moving(pairs):
        return None
    used = [(g, w, n) for (g, w), n in zip(pairs, ns, strict=True) if np.any(np.abs(w) > 1e-12)]
    if all(close(g, n * w) for g, w, n in used):
        return Finding("checks.factor_n", {"n": used[0][2]}, hint=False)
    if all(close(g * n, w) for g, w, n in used):
        return Finding("checks.factor_1_n", {"n": used[0][2]}, hint=False)
    return None


def factor(pairs, ns):
    """k if got = k·want in every case and element (k ≠ 0, ±1)."""
    moving = _moving(pairs)
    if not moving:
        return None
    g, w = _flat(moving)
    big = np.abs(w) > 1e-9 * np.max(np.abs(w))
    k = float(np.median(g[big] / w[big]))
    if not np.isfinite(k) or abs(k) < 1e-12 or np.isclose(abs(k), 1.0):
        return None
    if np.allclose(g, k * w, rtol=RTOL, atol=1e-12):
        return Finding("checks.factor", {"factor": f"{k:.3g}"})
    return None


def square_or_root(pairs, ns):
    """got = want² or got = √want, where that differs from want (some |want| not 0 or 1)."""
    g, w = _flat(pairs)
    telling = (np.abs(w) > 1e-6) & (np.abs(np.abs(w) - 1) > 1e-6)
    if not telling.any():
        return None
    if np.allclose(g, w ** 2, rtol=RTOL, atol=ATOL):
        return Finding("checks.squared")
    if np.all(w >= 0) and np.allclose(g, np.sqrt(w), rtol=RTOL, atol=ATOL):
        return Finding("checks.rooted")
    return None


def reversed_order(pairs, ns):
    if all(g.ndim >= 1 and len(g) > 1 for g, _ in pairs) and all(
            close(g, w[::-1]) for g, w in pairs) and not all(close(g, w) for g, w in pairs):
        return Finding("checks.reversed")
    return None


def shifted(pairs, ns):
    """got[i] = want[i-1] (one position late) or got[i] = want[i+1] (early), along axis 0."""
    if not all(g.ndim >= 1 and len(g) > 2 for g, _ in pairs):
        return None
    if all(close(g[1:], w[:-1]) for g, w in pairs):
        return Finding("checks.shifted_late")
    if all(close(g[:-1], w[1:]) for g, w in pairs):
        return Finding("checks.shifted_early")
    return None


def _constant(d, scale) -> bool:
    return bool(np.allclose(d, np.ravel(d)[0], rtol=0, atol=1e-6 * max(1.0, scale)))


def offset(pairs, ns):
    """got - want is a constant d ≠ 0: in every case of a number (one d for all cases, needs
    two cases or more; d = ±1 for whole numbers reads as an index off by one), or everywhere
    within each case of an array (a d of its own per case)."""
    if all(g.shape == () for g, _ in pairs):
        g, w = _flat(pairs)
        d = g - w
        if g.size < 2 or not _constant(d, float(np.max(np.abs(w)))) or abs(d[0]) < 1e-9:
            return None
        if np.allclose(g, np.round(g)) and np.isclose(abs(d[0]), 1):
            return Finding("checks.off_by_one", {"delta": f"{d[0]:+.0f}"})
        return Finding("checks.offset")
    if any(g.size < 2 for g, _ in pairs):
        return None
    diffs = [(g - w, float(np.max(np.abs(w)))) for g, w in pairs]
    if all(_constant(d, scale) for d, scale in diffs) and any(
            np.max(np.abs(d)) > 1e-9 for d, _ in diffs):
        return Finding("checks.offset")
    return None


def offset_rows(pairs, ns):
    """A table whose rows all differ from the expected ones by the same row: a term added to
    every row (a bias vector) is wrong."""
    if not all(g.ndim == 2 and len(g) > 1 for g, _ in pairs):
        return None
    diffs = [(g - w, float(np.max(np.abs(w)))) for g, w in pairs]
    if all(np.allclose(d, d[0], rtol=0, atol=1e-6 * max(1.0, scale)) for d, scale in diffs):
        return Finding("checks.offset_rows")
    return None


def partly(pairs, ns):
    """Equal in some places, not in others: the share equal and the first place that differs
    (only for arrays: a number is either right or not)."""
    if any(g.ndim == 0 for g, _ in pairs):
        return None
    equal = [np.isclose(g, w, rtol=RTOL, atol=ATOL) for g, w in pairs]
    total = sum(e.size for e in equal)
    right = sum(int(e.sum()) for e in equal)
    if right == 0 or right == total:
        return None
    case = next(i for i, e in enumerate(equal) if not e.all())
    where = tuple(int(i) for i in np.argwhere(~equal[case])[0])
    position = where[0] if len(where) == 1 else where
    return Finding("checks.partly", {"share": f"{right / total:.0%}", "case": case + 1,
                                     "position": position})


ORDER = (sign, transposed, factor_n, factor, square_or_root, reversed_order, shifted, offset,
         offset_rows, partly)


def diagnose(pairs, ns=None) -> Finding | None:
    """The first named symptom that fits every case, or None (then: other values)."""
    for test in ORDER:
        found = test(pairs, ns)
        if found is not None:
            return found
    return None


def length_symptom(pairs) -> Finding | None:
    """One element too many or too few along the first axis, the values in common right:
    a slice whose start or end is off by one."""
    if not all(g.ndim == w.ndim >= 1 and g.shape[1:] == w.shape[1:] for g, w in pairs):
        return None
    if all(len(g) == len(w) + 1 for g, w in pairs):
        if all(close(g[:-1], w) for g, w in pairs):
            return Finding("checks.one_extra_end")
        if all(close(g[1:], w) for g, w in pairs):
            return Finding("checks.one_extra_start")
        return Finding("checks.one_extra")
    if all(len(g) == len(w) - 1 for g, w in pairs):
        if all(close(g, w[:-1]) for g, w in pairs):
            return Finding("checks.one_short_end")
        if all(close(g, w[1:]) for g, w in pairs):
            return Finding("checks.one_short_start")
        return Finding("checks.one_short")
    return None


def swapped(gots, wants, same) -> tuple[int, int] | None:
    """(i, j) if exchanging returned values i and j makes every case right."""
    n = len(wants[0])
    for i in range(n):
        for j in range(i + 1, n):
            def fixed(g, i=i, j=j):
                g = list(g)
                g[i], g[j] = g[j], g[i]
                return g
            if all(all(same(a, b) for a, b in zip(fixed(g), w, strict=True))
                   for g, w in zip(gots, wants, strict=True)):
                return i, j
    return None
