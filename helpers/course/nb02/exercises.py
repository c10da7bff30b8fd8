"""Notebook 02's checked exercises: the features of a day: a window of the days before it.

Each `Exercise` (see helpers/course/checks.py) is written into the notebook as four cells by
tools/exercise_cells.py; its checker messages are in texts.py beside this file.
"""

from __future__ import annotations

import numpy as np

from ..checks import Exercise, Slip
from ..checks import made_up_views as _views
from ..checks import rights as _right
from ..checks import wrongs as _wrong


def _window(views, t, k):
    return views[t - k:t][::-1]


WINDOW_SIG = "def window(views, t, k):"
WINDOW = Exercise(
    key="window", notebook="02", function="window",
    reference=_window,
    cases=lambda: [(_views(1826, 30), 100, 7), (_views(1826, 30), 7, 7),
                   (_views(400, 31), 300, 28), (_views(120, 32), 56, 56)],
    slips=(Slip("checks.window.date_order", lambda v, t, k: v[t - k:t]),
           Slip("checks.window.includes_target", lambda v, t, k: v[t - k + 1:t + 1][::-1]),
           Slip("checks.window.one_early", lambda v, t, k: v[t - k - 1:t - 1][::-1]),
           Slip("checks.window.future", lambda v, t, k: v[t + 1:t + k + 1]),
           Slip("checks.window.future", lambda v, t, k: v[t:t + k]),
           Slip("checks.window.negative_stop", lambda v, t, k: v[t - 1:t - k - 1:-1])),
    hint="checks.window.hint",
    stub=f'''{WINDOW_SIG}
    """The features of day t: the views of the k days before it, yesterday first.

    x1 = views[t-1] (yesterday), x2 = views[t-2], ..., xk = views[t-k].
    views (n_days,); t, k whole numbers, t ≥ k  ->  (k,)
    """
    # your code here: one slice of `views`, then reverse it
    return None''',
    solution=f'''{WINDOW_SIG}
    return views[t - k:t][::-1]          # days t-k .. t-1, then reversed: yesterday first''',
    wrong=_wrong(WINDOW_SIG,
                 ("return views[t - k:t]", "checks.window.date_order"),
                 ("return views[t - k + 1:t + 1][::-1]", "checks.window.includes_target"),
                 ("return np.array([views[t - j] for j in range(k)])",
                  "checks.window.includes_target"),
                 ("return views[t - k - 1:t - 1][::-1]", "checks.window.one_early"),
                 ("return views[t:t + k]", "checks.window.future"),
                 ("return views[t - 1:t - k - 1:-1]", "checks.window.negative_stop"),
                 ("return views[t - k:t + 1][::-1]", "checks.one_extra_start"),
                 ("return None", "checks.not_done")),
    )
WINDOW_RIGHT = _right(WINDOW_SIG, "return np.array([views[t - j] for j in range(1, k + 1)])",
                      "return np.flip(views[t - k:t])")


def _features(views, k):
    n = len(views) - k
    X = np.column_stack([views[k - 1 - j:k - 1 - j + n] for j in range(k)])
    return X, views[k:]


FEATURES_SIG = "def features(views, k):"
FEATURES = Exercise(
    key="features", notebook="02", function="features",
    reference=_features,
    cases=lambda: [(_views(1826, 33), 7), (_views(30, 34), 7), (_views(200, 35), 28),
                   (_views(100, 36), 1)],
    parts=("X", "y"),
    uses=("window",),
    slips=(Slip("checks.features.date_order",
                lambda v, k: (_features(v, k)[0][:, ::-1], _features(v, k)[1])),
           Slip("checks.features.y_is_x1", lambda v, k: (_features(v, k)[0], v[k - 1:-1])),
           Slip("checks.features.extra_row",
                lambda v, k: (np.array([_window(v, t, k) for t in range(k, len(v) + 1)]),
                              v[k:]))),
    hint="checks.features.hint",
    stub=f'''{FEATURES_SIG}
    """Every example of the data: X[i] = window(views, t, k) and y[i] = views[t], for each
    day t that has k days before it (t = k, k+1, ..., n_days-1).

    views (n_days,), k  ->  X (n_days - k, k), y (n_days - k,)
    """
    # your code here: a list of windows (use your `window`), made into an array, and y
    return None''',
    solution=f'''{FEATURES_SIG}
    X = np.array([window(views, t, k) for t in range(k, len(views))])
    y = views[k:]                        # the label of row i is the views of day t = k + i
    return X, y''',
    wrong=_wrong(FEATURES_SIG,
                 ("X = np.array([views[t - k:t] for t in range(k, len(views))])\n"
                  "return X, views[k:]", "checks.features.date_order"),
                 ("X = np.array([window(views, t, k) for t in range(k, len(views))])\n"
                  "return X, views[k - 1:-1]", "checks.features.y_is_x1"),
                 ("X = np.array([window(views, t, k) for t in range(k, len(views) + 1)])\n"
                  "return X, views[k:]", "checks.features.extra_row"),
                 ("X = np.array([window(views, t, k) for t in range(k, len(views))])\n"
                  "return X.T, views[k:]", "checks.transposed_shape"),
                 ("X = np.array([window(views, t, k) for t in range(k, len(views))])\n"
                  "return X", "checks.count"),
                 ("return None", "checks.not_done")),
    )


EXERCISES = [WINDOW, FEATURES]
# Other correct answers, by key: the tests check that each passes.
ALSO_RIGHT = {"window": WINDOW_RIGHT}
