"""Notebook 00b's checked exercises: the numpy primer.

Each `Exercise` (see helpers/course/checks.py) is written into the notebook as four cells by
tools/exercise_cells.py; its checker messages are in texts.py beside this file.
"""

from __future__ import annotations

import numpy as np

from ..checks import Exercise, Slip
from ..checks import made_up_views as _views
from ..checks import rights as _right
from ..checks import rng as _rng
from ..checks import wrongs as _wrong

LAST_DAYS_SIG = "def last_days(views, t, k):"
LAST_DAYS = Exercise(
    key="last_days", notebook="00b", function="last_days",
    reference=lambda views, t, k: views[t - k:t],
    cases=lambda: [(_views(1826, 0), 100, 7), (_views(1826, 0), 7, 7),
                   (_views(60, 1), 30, 28), (_views(120, 2), 57, 56)],
    slips=(Slip("primer.last_days.extra", lambda v, t, k: v[t - k:t + 1]),
           Slip("primer.last_days.includes_t", lambda v, t, k: v[t - k + 1:t + 1]),
           Slip("primer.last_days.one_early", lambda v, t, k: v[t - k - 1:t - 1]),
           Slip("primer.last_days.after", lambda v, t, k: v[t:t + k]),
           Slip("primer.last_days.reversed", lambda v, t, k: v[t - k:t][::-1])),
    hint="primer.last_days.hint",
    stub=f'''{LAST_DAYS_SIG}
    """The views of the k days before day t, oldest first: views[t-k], ..., views[t-1].

    views (n_days,); t, k whole numbers  ->  (k,)
    """
    # your code here: one slice of `views`
    return None''',
    solution=f'''{LAST_DAYS_SIG}
    return views[t - k:t]''',
    wrong=_wrong(LAST_DAYS_SIG,
                 ("return views[t - k:t + 1]", "primer.last_days.extra"),
                 ("return views[t - k + 1:t + 1]", "primer.last_days.includes_t"),
                 ("return views[t - k - 1:t - 1]", "primer.last_days.one_early"),
                 ("return views[t:t + k]", "primer.last_days.after"),
                 ("return views[t - k:t][::-1]", "primer.last_days.reversed"),
                 ("return views[t - 7:t]", "checks.shape"),
                 ("return view[t - k:t]", "checks.raised"),
                 ("return None", "checks.not_done")),
    )

PREDICT_ALL_SIG = "def predict_all(X, w, b):"
PREDICT_ALL = Exercise(
    key="predict_all", notebook="00b", function="predict_all",
    reference=lambda X, w, b: b + X @ w,
    cases=lambda: [(_rng(3).uniform(1, 9, (1405, 7)), _rng(4).normal(0, 0.3, 7), 0.14),
                   (_rng(5).uniform(1, 9, (30, 3)), np.array([0.5, -0.2, 0.4]), -1.0),
                   (_rng(6).uniform(1, 9, (5, 56)), _rng(7).normal(0, 0.1, 56), 2.5)],
    slips=(Slip("primer.predict_all.elementwise", lambda X, w, b: X * w + b),
           Slip("primer.predict_all.no_bias", lambda X, w, b: X @ w),
           Slip("primer.predict_all.sum_all", lambda X, w, b: np.sum(X * w) + b)),
    hint="primer.predict_all.hint",
    stub=f'''{PREDICT_ALL_SIG}
    """The linear model for every day at once: y = b + Σ_j w_j·x_j, one number per day.

    X (n_days, k): one row per day; w (k,); b one number  ->  (n_days,)
    """
    # your code here: one line, no loop
    return None''',
    solution=f'''{PREDICT_ALL_SIG}
    return b + X @ w''',
    wrong=_wrong(PREDICT_ALL_SIG,
                 ("return X * w + b", "primer.predict_all.elementwise"),
                 ("return X @ w", "primer.predict_all.no_bias"),
                 ("return np.sum(X * w) + b", "primer.predict_all.sum_all"),
                 ("return w @ X + b", "checks.raised"),
                 ("return np.sum(X * w, axis=0) + b", "checks.shape"),
                 ("return None", "checks.not_done")),
    )
PREDICT_ALL_RIGHT = _right(PREDICT_ALL_SIG, "return np.sum(X * w, axis=1) + b",
                           "return X.dot(w) + b")

LAYER_SIG = "def layer(X, W, b):"
LAYER = Exercise(
    key="layer", notebook="00b", function="layer",
    reference=lambda X, W, b: X @ W.T + b,
    cases=lambda: [(_rng(8).normal(size=(1405, 56)), _rng(9).normal(size=(10, 56)),
                    _rng(10).normal(size=10)),
                   (_rng(11).normal(size=(7, 4)), _rng(12).normal(size=(3, 4)),
                    np.array([1.0, -2.0, 0.5])),
                   (_rng(13).normal(size=(5, 2)), _rng(14).normal(size=(6, 2)),
                    _rng(15).normal(size=6))],
    slips=(Slip("primer.layer.no_bias", lambda X, W, b: X @ W.T),),
    hint="primer.layer.hint",
    stub=f'''{LAYER_SIG}
    """The weighted sums of one layer for every day: row i is r = b + W·x of day i.

    X (n_days, d): one row per day; W (m, d): one row per unit; b (m,)  ->  (n_days, m)
    """
    # your code here: one line with @, .T and +
    return None''',
    solution=f'''{LAYER_SIG}
    return X @ W.T + b''',
    wrong=_wrong(LAYER_SIG,
                 ("return X @ W.T", "primer.layer.no_bias"),
                 ("return X @ W + b", "checks.raised"),
                 ("return W @ X.T + b", "checks.raised"),
                 ("return X @ W.T + b[:, None]", "checks.raised"),
                 ("return W @ X.T", "checks.transposed_shape"),
                 ("return None", "checks.not_done")),
    )
LAYER_RIGHT = _right(LAYER_SIG, "return (W @ X.T).T + b", "return b + np.dot(X, W.T)")

TOTAL_SIG = "def total_per_unit(A):"
TOTAL = Exercise(
    key="total_per_unit", notebook="00b", function="total_per_unit",
    reference=lambda A: A.sum(axis=0),
    cases=lambda: [(_rng(16).normal(size=(1405, 10)),), (_rng(17).normal(size=(7, 3)),),
                   (_rng(18).normal(size=(4, 6)),)],
    slips=(Slip("primer.total.axis1", lambda A: A.sum(axis=1)),
           Slip("primer.total.all", lambda A: A.sum()),
           Slip("primer.total.mean", lambda A: A.mean(axis=0))),
    hint="primer.total.hint",
    n_of=lambda args: len(args[0]),
    stub=f'''{TOTAL_SIG}
    """The sum over the days (rows) of A: one number per unit (column).

    A (n_days, m)  ->  (m,)
    """
    # your code here: one line
    return None''',
    solution=f'''{TOTAL_SIG}
    return A.sum(axis=0)''',
    wrong=_wrong(TOTAL_SIG,
                 ("return A.sum(axis=1)", "primer.total.axis1"),
                 ("return A.sum()", "primer.total.all"),
                 ("return A.mean(axis=0)", "primer.total.mean"),
                 ("return np.sum(A, axis=0) / len(A)", "primer.total.mean"),
                 ("return A.sum(axis=0) * len(A)", "checks.factor_n"),
                 ("return None", "checks.not_done")),
    )
TOTAL_RIGHT = _right(TOTAL_SIG, "return np.sum(A, axis=0)", "return sum(A)")


EXERCISES = [LAST_DAYS, PREDICT_ALL, LAYER, TOTAL]
# Other correct answers, by key: the tests check that each passes.
ALSO_RIGHT = {"predict_all": PREDICT_ALL_RIGHT, "layer": LAYER_RIGHT, "total_per_unit": TOTAL_RIGHT}
