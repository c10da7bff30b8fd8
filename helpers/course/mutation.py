"""Did the learner's function change its inputs in place? Compare each argument after the call
with a pristine copy made before it.

    before = copy.deepcopy(args); fn(*given); first_change(before, given) -> Change | None

A `Change` says which argument (its position in the call) and where: the first position of
an array whose value differs (`np.argwhere(after != before)[0]`), the first row and column
of a table, or the old and new shape when the length itself changed (`append`, `del`).
Arrays, lists, pandas Series and DataFrames are compared; numbers and strings cannot be
changed in place, so they never are.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

try:  # pandas is a course dependency, but the checker does not need it to compare arrays
    import pandas as pd
except ImportError:  # pragma: no cover
    pd = None


@dataclass(frozen=True)
class Change:
    """Argument `index` changed: at `position` (a tuple of indices, or (row, column) of a
    table), or from shape `before` to shape `after` when its size changed."""

    index: int
    position: tuple | None = None
    before: tuple | None = None
    after: tuple | None = None


def _differs(a, b) -> np.ndarray | None:
    """Elementwise 'changed' mask of two equal-shape arrays (NaN equals NaN), or None."""
    try:
        a, b = np.asarray(a), np.asarray(b)
    except Exception:  # a ragged list: compare it as Python objects below
        return None
    if a.shape != b.shape:
        return None
    if a.dtype.kind in "fc" and b.dtype.kind in "fc":
        return ~((a == b) | (np.isnan(a) & np.isnan(b)))
    return np.asarray(a != b, dtype=bool).reshape(a.shape)


def _table_change(index: int, before, after) -> Change | None:
    if before.shape != after.shape or list(before.columns) != list(after.columns):
        return Change(index, before=before.shape, after=after.shape)
    for column in before.columns:
        mask = _differs(before[column].to_numpy(), after[column].to_numpy())
        if mask is not None and mask.any():
            return Change(index, position=(int(np.argmax(mask)), str(column)))
        if mask is None and not before[column].equals(after[column]):
            return Change(index, position=(0, str(column)))
    return None


def _array_change(index: int, before, after) -> Change | None:
    b, a = np.asarray(before, dtype=object), np.asarray(after, dtype=object)
    if isinstance(before, list) and len(before) != len(after):
        return Change(index, before=(len(before),), after=(len(after),))
    if np.shape(before) != np.shape(after):
        return Change(index, before=np.shape(before), after=np.shape(after))
    mask = _differs(before, after)
    if mask is None:
        mask = np.array([x is not y and x != y for x, y in zip(b.ravel(), a.ravel(),
                                                                strict=True)]).reshape(b.shape)
    if mask.any():
        return Change(index, position=tuple(int(i) for i in np.argwhere(mask)[0]))
    return None


def first_change(before: tuple, after: tuple) -> Change | None:
    """The first argument that `after` (the arguments the learner's function was given, after
    the call) holds changed from `before` (pristine copies), or None."""
    for i, (b, a) in enumerate(zip(before, after, strict=True)):
        if pd is not None and isinstance(b, pd.DataFrame):
            change = _table_change(i, b, a)
        elif pd is not None and isinstance(b, pd.Series):
            change = _array_change(i, b.to_numpy(), a.to_numpy())
        elif isinstance(b, (np.ndarray, list)):
            change = _array_change(i, b, a)
        else:
            change = None
        if change is not None:
            return change
    return None
