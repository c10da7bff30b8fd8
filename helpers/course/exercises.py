"""The course's "write the code" exercises, and `check` to run one on a learner's function.

    from helpers.exercises import check
    check("mae", mae)      # ✓ correct, ○ not done yet, or ✗ what is off and a hint

Each exercise (see `helpers.checks.Exercise`) holds the stub a learner starts from, a solution
(shown in the notebook in a collapsed `<details>` block, never run by Run All), the right
function, test cases, the slips it recognises and typical wrong answers (the tests feed each
one to the checker). `EXERCISES` lists them by key, in the order of the notebooks:

    primer (00b)  last_days, predict_all, layer, total_per_unit
    01            mae, mae_gradient, gd_step
    02            window, features
    03            piece, curve
    04            sigmoid_sum, sigmoid_slope, hard_sigmoid_relu
    05            forward, one_neuron, layer_backward
    06            choose, best_epoch
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .checks import Exercise, Slip, Wrong, run_check
from .messages import t
from .models import hard_sigmoid, relu, sigmoid


def _rng(seed: int) -> np.random.Generator:
    return np.random.default_rng(seed)


def _wrong(signature: str, *answers) -> tuple:
    """Wrong answers as learners write them: the stub's `def` line, then one body each."""
    return tuple(Wrong(f"{signature}\n" + "\n".join(f"    {ln}" for ln in body.split("\n")),
                       expect) for body, expect in answers)


def _right(signature: str, *bodies) -> tuple:
    """Other correct ways to write the function (the tests check they pass too)."""
    return tuple(f"{signature}\n" + "\n".join(f"    {ln}" for ln in body.split("\n"))
                 for body in bodies)


# --- the numpy primer (00b) -------------------------------------------------------------------


def _views(n: int, seed: int) -> np.ndarray:
    """Made-up daily views in thousands, all different (so a shifted slice is noticed)."""
    return np.round(_rng(seed).uniform(1.0, 9.0, n), 3) + np.arange(n) * 1e-6


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


# --- 01: the MAE, its gradient, one step of gradient descent ---------------------------------


def _labels_and_preds(n: int, seed: int, shift: float):
    rng = _rng(seed)
    y_true = rng.uniform(2.0, 8.0, n)
    return y_true + rng.normal(shift, 1.0, n), y_true


MAE_SIG = "def mae(pred, y_true):"
MAE = Exercise(
    key="mae", notebook="01", function="mae",
    reference=lambda pred, y_true: float(np.mean(np.abs(pred - y_true))),
    cases=lambda: [_labels_and_preds(1460, 20, 0.3), _labels_and_preds(7, 21, -0.4),
                   _labels_and_preds(30, 22, 0.2)],
    slips=(Slip("checks.mae.sum", lambda p, y: np.sum(np.abs(p - y))),
           Slip("checks.mae.mse", lambda p, y: np.mean((p - y) ** 2)),
           Slip("checks.mae.no_abs", lambda p, y: np.mean(p - y)),
           Slip("checks.mae.no_abs", lambda p, y: np.mean(y - p)),
           Slip("checks.mae.no_abs", lambda p, y: abs(np.mean(p - y)))),
    hint="checks.mae.hint",
    n_of=lambda args: len(args[0]),
    stub=f'''{MAE_SIG}
    """L = mean |y - ŷ|: the mean absolute error of the model's outputs over the days.

    pred (n,): the model's outputs y; y_true (n,): the labels ŷ  ->  one number
    """
    # your code here: one line with np.mean and np.abs
    return None''',
    solution=f'''{MAE_SIG}
    return np.mean(np.abs(pred - y_true))''',
    wrong=_wrong(MAE_SIG,
                 ("return np.sum(np.abs(pred - y_true))", "checks.mae.sum"),
                 ("return np.mean((pred - y_true) ** 2)", "checks.mae.mse"),
                 ("return np.mean(pred - y_true)", "checks.mae.no_abs"),
                 ("return abs(np.mean(y_true - pred))", "checks.mae.no_abs"),
                 ("return np.abs(pred - y_true)", "checks.not_reduced"),
                 ("return np.mean(np.abs(pred - y_true)) / len(pred)", "checks.factor_1_n"),
                 ("return 2 * np.mean(np.abs(pred - y_true))", "checks.factor"),
                 ("errors = np.abs(pred - y)\nreturn np.mean(errors)", "checks.raised"),
                 ("return None", "checks.not_done")),
    )
MAE_RIGHT = _right(MAE_SIG, "return np.abs(pred - y_true).mean()",
                   "return sum(abs(p - y) for p, y in zip(pred, y_true)) / len(pred)")


def _line_data(n: int, seed: int):
    rng = _rng(seed)
    x = rng.uniform(2.0, 8.0, n)
    return x, 1.0 + 0.8 * x + rng.normal(0, 1.0, n)


def _mae_gradient(w, b, x, y_true):
    s = np.sign(b + w * x - y_true)          # +1 where the model is above the label
    return float(np.mean(s * x)), float(np.mean(s))


MAE_GRADIENT_SIG = "def mae_gradient(w, b, x, y_true):"
MAE_GRADIENT = Exercise(
    key="mae_gradient", notebook="01", function="mae_gradient",
    reference=_mae_gradient,
    cases=lambda: [(0.0, 0.0, *_line_data(1460, 23)), (1.2, -0.5, *_line_data(10, 24)),
                   (0.7, 1.5, *_line_data(57, 25)), (0.9, 0.4, *_line_data(200, 26))],
    parts=("∂L/∂w", "∂L/∂b"),
    slips=(Slip("checks.mae_gradient.sign",
                lambda w, b, x, y: tuple(-g for g in _mae_gradient(w, b, x, y))),
           Slip("checks.mae_gradient.no_x",
                lambda w, b, x, y: (_mae_gradient(w, b, x, y)[1],) * 2),
           Slip("checks.mae_gradient.mse",
                lambda w, b, x, y: (np.mean(2 * (b + w * x - y) * x),
                                    np.mean(2 * (b + w * x - y)))),
           Slip("checks.mae_gradient.mse",
                lambda w, b, x, y: (np.mean((b + w * x - y) * x), np.mean(b + w * x - y))),
           Slip("checks.mae_gradient.sum",
                lambda w, b, x, y: tuple(len(x) * g for g in _mae_gradient(w, b, x, y))),
           Slip("checks.mae_gradient.swapped",
                lambda w, b, x, y: _mae_gradient(w, b, x, y)[::-1])),
    hint="checks.mae_gradient.hint",
    n_of=lambda args: len(args[2]),
    stub=f'''{MAE_GRADIENT_SIG}
    """(∂L/∂w, ∂L/∂b) of L = mean |y - ŷ| for the model y = b + w·x1.

    w, b: numbers; x (n,): x1 of each day; y_true (n,): the labels ŷ  ->  (number, number)
    """
    # your code here: the model's outputs, sign(y - ŷ) of each day, then two means
    return None''',
    solution=f'''{MAE_GRADIENT_SIG}
    s = np.sign(b + w * x - y_true)      # ∂|y - ŷ|/∂y: +1 above the label, -1 below
    return np.mean(s * x), np.mean(s)    # chain rule: ∂y/∂w = x1, ∂y/∂b = 1''',
    wrong=_wrong(MAE_GRADIENT_SIG,
                 ("s = np.sign(y_true - (b + w * x))\nreturn np.mean(s * x), np.mean(s)",
                  "checks.mae_gradient.sign"),
                 ("s = np.sign(b + w * x - y_true)\nreturn np.mean(s), np.mean(s)",
                  "checks.mae_gradient.no_x"),
                 ("e = b + w * x - y_true\nreturn np.mean(2 * e * x), np.mean(2 * e)",
                  "checks.mae_gradient.mse"),
                 ("s = np.sign(b + w * x - y_true)\nreturn np.sum(s * x), np.sum(s)",
                  "checks.mae_gradient.sum"),
                 ("s = np.sign(b + w * x - y_true)\nreturn np.mean(s), np.mean(s * x)",
                  "checks.mae_gradient.swapped"),
                 ("s = np.sign(b + w * x - y_true)\nreturn np.mean(s * x)", "checks.count"),
                 ("s = np.sign(pred - y_true)\nreturn np.mean(s * x), np.mean(s)",
                  "checks.raised"),
                 ("return None", "checks.not_done")),
    )


GD_STEP_SIG = "def gd_step(w, b, dL_dw, dL_db, eta):"
GD_STEP = Exercise(
    key="gd_step", notebook="01", function="gd_step",
    reference=lambda w, b, gw, gb, eta: (w - eta * gw, b - eta * gb),
    cases=lambda: [(0.0, 0.0, -4.259, -1.0, 0.01), (0.5, 1.2, 0.8, -0.3, 0.1),
                   (-1.0, 0.3, 2.5, 1.5, 0.05), (0.9, -0.2, -0.6, 0.4, 1.0)],
    parts=("w1", "b1"),
    slips=(Slip("checks.gd_step.uphill", lambda w, b, gw, gb, e: (w + e * gw, b + e * gb)),
           Slip("checks.gd_step.no_eta", lambda w, b, gw, gb, e: (w - gw, b - gb)),
           Slip("checks.gd_step.step_only", lambda w, b, gw, gb, e: (-e * gw, -e * gb)),
           Slip("checks.gd_step.step_only", lambda w, b, gw, gb, e: (e * gw, e * gb)),
           Slip("checks.gd_step.mixed", lambda w, b, gw, gb, e: (w - e * gb, b - e * gw))),
    hint="checks.gd_step.hint",
    stub=f'''{GD_STEP_SIG}
    """One step of gradient descent: the new (w1, b1) from (w0, b0) = (w, b).

    w, b: the parameters now; dL_dw, dL_db: the gradient there; eta: the learning rate η
    ->  (w1, b1)
    """
    # your code here: two lines, one per parameter
    return None''',
    solution=f'''{GD_STEP_SIG}
    w1 = w - eta * dL_dw                 # w1 = w0 - η·∂L/∂w
    b1 = b - eta * dL_db                 # b1 = b0 - η·∂L/∂b
    return w1, b1''',
    wrong=_wrong(GD_STEP_SIG,
                 ("return w + eta * dL_dw, b + eta * dL_db", "checks.gd_step.uphill"),
                 ("return w - dL_dw, b - dL_db", "checks.gd_step.no_eta"),
                 ("return -eta * dL_dw, -eta * dL_db", "checks.gd_step.step_only"),
                 ("return w - eta * dL_db, b - eta * dL_dw", "checks.gd_step.mixed"),
                 ("return w - eta * dL_dw", "checks.count"),
                 ("return None", "checks.not_done")),
    )


# --- 02: the features of a day: a window of the days before it -------------------------------


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
                 ("return views[t - k:t + 1][::-1]", "checks.shape"),
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


# --- 03: one piece of a piecewise linear curve; the curve as a constant + hard sigmoids -------


def _piece(xa, ya, xb, yb):
    w = 1 / (xb - xa)
    return yb - ya, -w * xa, w


PIECE_SIG = "def piece(xa, ya, xb, yb):"
PIECE = Exercise(
    key="piece", notebook="03", function="piece",
    reference=_piece,
    cases=lambda: [(0.0, 1.0, 2.0, 3.0), (2.0, 3.0, 4.5, 1.5), (4.5, 1.5, 7.0, 3.5),
                   (1.0, -1.0, 1.5, 2.0)],
    parts=("c", "b", "w"),
    slips=(Slip("checks.piece.height", lambda xa, ya, xb, yb: (yb, *_piece(xa, ya, xb, yb)[1:])),
           Slip("checks.piece.width",
                lambda xa, ya, xb, yb: (yb - ya, -(xb - xa) * xa, xb - xa)),
           Slip("checks.piece.width",
                lambda xa, ya, xb, yb: (yb - ya, -xa / (xb - xa), xb - xa)),
           Slip("checks.piece.b_no_w", lambda xa, ya, xb, yb: (yb - ya, -xa, 1 / (xb - xa))),
           Slip("checks.piece.b_sign",
                lambda xa, ya, xb, yb: (yb - ya, xa / (xb - xa), 1 / (xb - xa))),
           Slip("checks.piece.b_end",
                lambda xa, ya, xb, yb: (yb - ya, -xb / (xb - xa), 1 / (xb - xa)))),
    hint="checks.piece.hint",
    stub=f'''{PIECE_SIG}
    """(c, b, w) of the piece c·hard_sigmoid(b + w·x1) whose ramp runs from the bend point
    (xa, ya) to the next bend point (xb, yb): flat before xa, a straight ramp to xb, flat after.

    xa < xb, ya, yb: numbers  ->  (c, b, w)
    """
    # your code here: three short lines
    return None''',
    solution=f'''{PIECE_SIG}
    c = yb - ya                          # the rise of the piece (negative if it falls)
    w = 1 / (xb - xa)                    # z = b + w·x1 grows by 1 over the piece's width
    b = -w * xa                          # z = 0 where the ramp starts, at x1 = xa
    return c, b, w''',
    wrong=_wrong(PIECE_SIG,
                 ("w = 1 / (xb - xa)\nreturn yb, -w * xa, w", "checks.piece.height"),
                 ("w = xb - xa\nreturn yb - ya, -w * xa, w", "checks.piece.width"),
                 ("return yb - ya, -xa, 1 / (xb - xa)", "checks.piece.b_no_w"),
                 ("w = 1 / (xb - xa)\nreturn yb - ya, w * xa, w", "checks.piece.b_sign"),
                 ("w = 1 / (xb - xa)\nreturn yb - ya, -w * xb, w", "checks.piece.b_end"),
                 ("w = 1 / (xb - xa)\nreturn yb - ya, -w * xa", "checks.count"),
                 ("return None", "checks.not_done")),
    )


def _curve(x, constant, pieces):
    c, b, w = pieces.T                   # one column each, (n,)
    return constant + (c * hard_sigmoid(b + w * x[:, None])).sum(axis=1)


def _curve_case(seed: int, n: int):
    rng = _rng(seed)
    knots = np.sort(rng.uniform(0, 10, n + 1))
    w = 1 / np.diff(knots)
    return (np.linspace(0, 10, 201), float(rng.uniform(0, 3)),
            np.column_stack([rng.normal(0, 2, n), -w * knots[:-1], w]))


CURVE_SIG = "def curve(x, constant, pieces):"
CURVE = Exercise(
    key="curve", notebook="03", function="curve",
    reference=_curve,
    cases=lambda: [(np.linspace(0, 10, 501), 1.0,
                    np.array([[2.0, 0.0, 0.5], [-1.5, -0.8, 0.4], [2.0, -1.8, 0.4]])),
                   _curve_case(37, 4), _curve_case(38, 6)],
    slips=(Slip("checks.curve.no_constant", lambda x, k, p: _curve(x, 0.0, p)),
           Slip("checks.curve.sum_axis",
                lambda x, k, p: k + (p[:, 0] * hard_sigmoid(p[:, 1] + p[:, 2] * x[:, None])).sum(
                    axis=0)),
           Slip("checks.curve.soft",
                lambda x, k, p: k + (p[:, 0] * sigmoid(p[:, 1] + p[:, 2] * x[:, None])).sum(
                    axis=1))),
    hint="checks.curve.hint",
    stub=f'''{CURVE_SIG}
    """A piecewise linear curve, as the book writes it: y = constant + Σ_i c_i·hard_sigmoid(z_i)
    with z_i = b_i + w_i·x1.

    x (m,): the values of x1; constant: one number; pieces (n, 3): one row (c_i, b_i, w_i)
    per piece, as hard_sigmoid_pieces returns them  ->  (m,)
    """
    from helpers.models import hard_sigmoid
    # your code here: the columns c, b, w of `pieces`, a table (m, n), a sum over the pieces
    return None''',
    solution=f'''{CURVE_SIG}
    from helpers.models import hard_sigmoid
    c, b, w = pieces.T                   # the three columns, each (n,)
    table = c * hard_sigmoid(b + w * x[:, None])   # (m, n): row = one x1, column = one piece
    return constant + table.sum(axis=1)''',
    wrong=_wrong(CURVE_SIG,
                 ("from helpers.models import hard_sigmoid\nc, b, w = pieces.T\n"
                  "return (c * hard_sigmoid(b + w * x[:, None])).sum(axis=1)",
                  "checks.curve.no_constant"),
                 ("from helpers.models import hard_sigmoid\nc, b, w = pieces.T\n"
                  "return constant + (c * hard_sigmoid(b + w * x[:, None])).sum(axis=0)",
                  "checks.curve.sum_axis"),
                 ("from helpers.models import sigmoid\nc, b, w = pieces.T\n"
                  "return constant + (c * sigmoid(b + w * x[:, None])).sum(axis=1)",
                  "checks.curve.soft"),
                 ("from helpers.models import hard_sigmoid\nc, b, w = pieces\n"
                  "return constant + (c * hard_sigmoid(b + w * x[:, None])).sum(axis=1)",
                  "checks.raised"),
                 ("return None", "checks.not_done")),
    )
CURVE_RIGHT = _right(
    CURVE_SIG,
    "from helpers.models import hard_sigmoid\ny = np.full(len(x), float(constant))\n"
    "for c, b, w in pieces:\n    y = y + c * hard_sigmoid(b + w * x)\nreturn y",
    "from helpers.pieces import piece_curves\n"
    "return constant + piece_curves(x, pieces).sum(axis=0)")


# --- 04: the sum of sigmoids; the sigmoid's slope; a hard sigmoid from two ReLUs -------------


def _sigmoid_sum(x1, b, c, bi, wi):
    return b + (c * sigmoid(bi + wi * x1[:, None])).sum(axis=1)


SIGMOID_SUM_SIG = "def sigmoid_sum(x1, b, c, bi, wi):"
SIGMOID_SUM = Exercise(
    key="sigmoid_sum", notebook="04", function="sigmoid_sum",
    reference=_sigmoid_sum,
    cases=lambda: [(np.linspace(0, 10, 501), 1.0, np.array([2.0, -1.5, 2.0]),
                    np.array([-2.0, -5.2, -9.2]), np.array([2.0, 1.6, 1.6])),
                   (np.linspace(-3, 3, 50), -0.5, _rng(40).normal(size=4),
                    _rng(41).normal(size=4), _rng(42).normal(0, 2, 4)),
                   (np.linspace(0, 7, 71), 4.3, np.array([1.2]), np.array([-3.0]),
                    np.array([1.0]))],
    slips=(Slip("checks.sigmoid_sum.sum_axis",
                lambda x1, b, c, bi, wi: b + (c * sigmoid(bi + wi * x1[:, None])).sum(axis=0)),
           Slip("checks.sigmoid_sum.no_b",
                lambda x1, b, c, bi, wi: _sigmoid_sum(x1, 0.0, c, bi, wi)),
           Slip("checks.sigmoid_sum.no_c",
                lambda x1, b, c, bi, wi: _sigmoid_sum(x1, b, np.ones_like(c), bi, wi)),
           Slip("checks.sigmoid_sum.sigma_sign",
                lambda x1, b, c, bi, wi: _sigmoid_sum(x1, b, c, -bi, -wi)),
           Slip("checks.sigmoid_sum.hard",
                lambda x1, b, c, bi, wi: b + (c * hard_sigmoid(bi + wi * x1[:, None])).sum(
                    axis=1))),
    hint="checks.sigmoid_sum.hint",
    stub=f'''{SIGMOID_SUM_SIG}
    """The book's new model y = b + Σ_i c_i·σ(b_i + w_i·x1), for every x1 at once.

    x1 (m,); b: one number; c, bi, wi (n,): one value per sigmoid  ->  (m,)
    """
    from helpers.models import sigmoid   # σ(z) = 1 / (1 + e^-z), element by element
    # your code here: a table (m, n) of c_i·σ(b_i + w_i·x1), then a sum over the sigmoids
    return None''',
    solution=f'''{SIGMOID_SUM_SIG}
    from helpers.models import sigmoid
    table = c * sigmoid(bi + wi * x1[:, None])   # (m, n): row = one x1, column = one sigmoid
    return b + table.sum(axis=1)                 # add up the sigmoids of each x1''',
    wrong=_wrong(SIGMOID_SUM_SIG,
                 ("from helpers.models import sigmoid\n"
                  "return b + np.sum(c * sigmoid(bi + wi * x1))", "checks.raised"),
                 ("from helpers.models import sigmoid\n"
                  "return b + (c * sigmoid(bi + wi * x1[:, None])).sum(axis=0)",
                  "checks.sigmoid_sum.sum_axis"),
                 ("from helpers.models import sigmoid\n"
                  "return (c * sigmoid(bi + wi * x1[:, None])).sum(axis=1)",
                  "checks.sigmoid_sum.no_b"),
                 ("from helpers.models import sigmoid\n"
                  "return b + sigmoid(bi + wi * x1[:, None]).sum(axis=1)",
                  "checks.sigmoid_sum.no_c"),
                 ("return b + (c / (1 + np.exp(bi + wi * x1[:, None]))).sum(axis=1)",
                  "checks.sigmoid_sum.sigma_sign"),
                 ("from helpers.models import hard_sigmoid\n"
                  "return b + (c * hard_sigmoid(bi + wi * x1[:, None])).sum(axis=1)",
                  "checks.sigmoid_sum.hard"),
                 ("from helpers.models import sigmoid\n"
                  "return b + (c * sigmoid(bi + wi * x1[:, None])).sum(axis=1, keepdims=True)",
                  "checks.extra_axis"),
                 ("return None", "checks.not_done")),
    )
SIGMOID_SUM_RIGHT = _right(
    SIGMOID_SUM_SIG,
    "from helpers.models import sigmoid\ny = np.full(len(x1), float(b))\n"
    "for ci, bj, wj in zip(c, bi, wi):\n    y = y + ci * sigmoid(bj + wj * x1)\nreturn y",
    "return b + (c / (1 + np.exp(-(bi + np.outer(x1, wi))))).sum(axis=1)")


SLOPE_SIG = "def sigmoid_slope(z):"
SIGMOID_SLOPE = Exercise(
    key="sigmoid_slope", notebook="04", function="sigmoid_slope",
    reference=lambda z: sigmoid(z) * (1 - sigmoid(z)),
    cases=lambda: [(np.linspace(-6, 6, 121),), (np.array([0.0, 1.0, -2.0]),),
                   (_rng(43).normal(0, 3, 50),)],
    slips=(Slip("checks.sigmoid_slope.z_form", lambda z: sigmoid(z) * (1 - z)),
           Slip("checks.sigmoid_slope.sign", lambda z: -sigmoid(z) * (1 - sigmoid(z))),
           Slip("checks.sigmoid_slope.sign", lambda z: sigmoid(z) * (sigmoid(z) - 1)),
           Slip("checks.sigmoid_slope.sigma", lambda z: sigmoid(z)),
           Slip("checks.sigmoid_slope.square", lambda z: sigmoid(z) ** 2)),
    hint="checks.sigmoid_slope.hint",
    stub=f'''{SLOPE_SIG}
    """dσ/dz: the slope of the sigmoid σ(z) = 1 / (1 + e^-z) at every z.

    z (m,)  ->  (m,)
    """
    from helpers.models import sigmoid
    # your code here: one line, written with sigmoid(z)
    return None''',
    solution=f'''{SLOPE_SIG}
    from helpers.models import sigmoid
    s = sigmoid(z)
    return s * (1 - s)                   # σ'(z) = σ(z)·(1 - σ(z)), largest (1/4) at z = 0''',
    wrong=_wrong(SLOPE_SIG,
                 ("from helpers.models import sigmoid\nreturn sigmoid(z) * (1 - z)",
                  "checks.sigmoid_slope.z_form"),
                 ("from helpers.models import sigmoid\nreturn sigmoid(z) * (sigmoid(z) - 1)",
                  "checks.sigmoid_slope.sign"),
                 ("from helpers.models import sigmoid\nreturn sigmoid(z)",
                  "checks.sigmoid_slope.sigma"),
                 ("from helpers.models import sigmoid\nreturn sigmoid(z) ** 2",
                  "checks.sigmoid_slope.square"),
                 ("return np.exp(-z) / (1 + np.exp(-z))", "checks.values"),
                 ("return None", "checks.not_done")),
    )
SIGMOID_SLOPE_RIGHT = _right(SLOPE_SIG, "return np.exp(-z) / (1 + np.exp(-z)) ** 2")


def _hard_sigmoid_relu(x, c, b, w):
    z = b + w * x
    return c * relu(z) - c * relu(z - 1)


HS_SIG = "def hard_sigmoid_relu(x, c, b, w):"
HS_GRID = np.linspace(-4.0, 4.0, 401)
HARD_SIGMOID_RELU = Exercise(
    key="hard_sigmoid_relu", notebook="04", function="hard_sigmoid_relu",
    reference=_hard_sigmoid_relu,
    cases=lambda: [(HS_GRID, 1.0, 0.0, 1.0), (HS_GRID, 2.0, -1.0, 0.5),
                   (HS_GRID, -1.5, 1.0, 2.0), (HS_GRID, 0.5, 2.0, -1.5)],
    slips=(Slip("checks.hard_sigmoid_relu.plus",
                lambda x, c, b, w: c * relu(b + w * x) + c * relu(b + w * x - 1)),
           Slip("checks.hard_sigmoid_relu.no_c",
                lambda x, c, b, w: relu(b + w * x) - relu(b + w * x - 1)),
           Slip("checks.hard_sigmoid_relu.shift_x",
                lambda x, c, b, w: c * relu(b + w * x) - c * relu(b + w * (x - 1))),
           Slip("checks.hard_sigmoid_relu.one_relu", lambda x, c, b, w: c * relu(b + w * x)),
           Slip("checks.hard_sigmoid_relu.shift_up",
                lambda x, c, b, w: c * relu(b + w * x) - c * relu(b + w * x + 1))),
    hint="checks.hard_sigmoid_relu.hint",
    stub=f'''{HS_SIG}
    """c·hard_sigmoid(b + w·x1) written with two ReLUs (no np.clip, no hard_sigmoid).

    x (m,): the values of x1; c, b, w: numbers  ->  (m,)
    """
    from helpers.models import relu      # relu(z) = max(0, z), element by element
    # your code here: z = b + w·x1, then the difference of two ReLUs, times c
    return None''',
    solution=f'''{HS_SIG}
    from helpers.models import relu
    z = b + w * x
    return c * relu(z) - c * relu(z - 1)  # up at z = 0, and back to flat at z = 1''',
    wrong=_wrong(HS_SIG,
                 ("z = b + w * x\nreturn c * max(0, z) - c * max(0, z - 1)", "checks.raised"),
                 ("z = b + w * x\nreturn c * np.maximum(0, z) + c * np.maximum(0, z - 1)",
                  "checks.hard_sigmoid_relu.plus"),
                 ("z = b + w * x\nreturn np.maximum(0, z) - np.maximum(0, z - 1)",
                  "checks.hard_sigmoid_relu.no_c"),
                 ("return c * np.maximum(0, b + w * x) - c * np.maximum(0, b + w * (x - 1))",
                  "checks.hard_sigmoid_relu.shift_x"),
                 ("return c * np.maximum(0, b + w * x)", "checks.hard_sigmoid_relu.one_relu"),
                 ("z = b + w * x\nreturn c * np.maximum(0, z) - c * np.maximum(0, z + 1)",
                  "checks.hard_sigmoid_relu.shift_up"),
                 ("return None", "checks.not_done")),
    )


# --- 05: the forward pass in matrix form; one neuron's and one layer's backward pass ----------


def _forward(X, W, b, c, b_out):
    return b_out + sigmoid(X @ W.T + b) @ c


def _net_case(n: int, d: int, m: int, seed: int):
    rng = _rng(seed)
    return (rng.normal(size=(n, d)), rng.uniform(-1, 1, (m, d)) / np.sqrt(d),
            rng.uniform(-1, 1, m), rng.normal(size=m), float(rng.normal()))


FORWARD_SIG = "def forward(X, W, b, c, b_out):"
FORWARD = Exercise(
    key="forward", notebook="05", function="forward",
    reference=_forward,
    cases=lambda: [_net_case(1405, 56, 10, 50), _net_case(7, 4, 3, 51), _net_case(5, 3, 2, 52)],
    slips=(Slip("checks.forward.no_bias",
                lambda X, W, b, c, bo: bo + sigmoid(X @ W.T) @ c),
           Slip("checks.forward.no_activation", lambda X, W, b, c, bo: bo + (X @ W.T + b) @ c),
           Slip("checks.forward.no_c", lambda X, W, b, c, bo: bo + sigmoid(X @ W.T + b).sum(
               axis=1)),
           Slip("checks.forward.no_b_out", lambda X, W, b, c, bo: sigmoid(X @ W.T + b) @ c)),
    hint="checks.forward.hint",
    stub=f'''{FORWARD_SIG}
    """The network y = b + cᵀ·σ(b + W·x) for every day at once (one row of X per day).

    X (n_days, d); W (m, d); b (m,); c (m,); b_out: one number  ->  (n_days,)
    """
    from helpers.models import sigmoid
    # your code here: R (n_days, m), then A = σ(R), then one number per day
    return None''',
    solution=f'''{FORWARD_SIG}
    from helpers.models import sigmoid
    R = X @ W.T + b                      # r = b + W·x, one row per day   (n_days, m)
    A = sigmoid(R)                       # a = σ(r)                        (n_days, m)
    return b_out + A @ c                 # y = b + cᵀ·a                    (n_days,)''',
    wrong=_wrong(FORWARD_SIG,
                 ("from helpers.models import sigmoid\nreturn b_out + sigmoid(X @ W + b) @ c",
                  "checks.raised"),
                 ("from helpers.models import sigmoid\nreturn b_out + sigmoid(X @ W.T) @ c",
                  "checks.forward.no_bias"),
                 ("return b_out + (X @ W.T + b) @ c", "checks.forward.no_activation"),
                 ("from helpers.models import sigmoid\n"
                  "return b_out + sigmoid(X @ W.T + b).sum(axis=1)", "checks.forward.no_c"),
                 ("from helpers.models import sigmoid\nreturn sigmoid(X @ W.T + b) @ c",
                  "checks.forward.no_b_out"),
                 ("from helpers.models import sigmoid\n"
                  "return b_out + sigmoid(X @ W.T + b) @ c[:, None]", "checks.extra_axis"),
                 ("return None", "checks.not_done")),
    )


def _one_neuron(x, w, b, c, b_out, y_true):
    r = b + w * x
    a = float(sigmoid(r))
    y = b_out + c * a
    de_dy = float(np.sign(y - y_true))        # e = |y - ŷ|
    de_dr = de_dy * c * a * (1 - a)           # ∂e/∂a = ∂e/∂y·c, times σ'(r) = a(1 - a)
    return de_dr * x, de_dr, de_dy * a, de_dy


def _one_neuron_with(slope=None, x_factor=True, sign=1.0):
    """A slip of the one-neuron backward pass: another slope, no x, or the wrong sign."""
    def wrong(x, w, b, c, b_out, y_true):
        r = b + w * x
        a = float(sigmoid(r))
        de_dy = sign * float(np.sign(b_out + c * a - y_true))
        de_dr = de_dy * c * (a * (1 - a) if slope is None else slope(r, a))
        return de_dr * (x if x_factor else 1.0), de_dr, de_dy * a, de_dy
    return wrong


ONE_NEURON_SIG = "def one_neuron(x, w, b, c, b_out, y_true):"
ONE_NEURON = Exercise(
    key="one_neuron", notebook="05", function="one_neuron",
    reference=_one_neuron,
    cases=lambda: [(2.0, 0.5, -1.0, 2.0, 1.0, 3.0), (1.5, -0.8, 0.3, 1.2, 0.5, -1.0),
                   (-0.7, 1.3, 0.2, -2.0, 0.1, 1.5), (3.0, 0.2, -0.4, 0.7, -0.3, 0.9)],
    parts=("∂e/∂w", "∂e/∂b", "∂e/∂c", "∂e/∂b_out"),
    slips=(Slip("checks.one_neuron.no_slope", _one_neuron_with(slope=lambda r, a: 1.0)),
           Slip("checks.one_neuron.slope_of_r", _one_neuron_with(slope=lambda r, a: r * (1 - r))),
           Slip("checks.one_neuron.no_x", _one_neuron_with(x_factor=False)),
           Slip("checks.one_neuron.sign", _one_neuron_with(sign=-1.0))),
    hint="checks.one_neuron.hint",
    stub=f'''{ONE_NEURON_SIG}
    """The gradient of e = |y - ŷ| for one neuron: r = b + w·x, a = σ(r), y = b_out + c·a.

    All numbers (one day, one input, one unit); y_true is the label ŷ
    ->  (∂e/∂w, ∂e/∂b, ∂e/∂c, ∂e/∂b_out)
    """
    from helpers.models import sigmoid
    # your code here: forward (r, a, y), then backward from ∂e/∂y, one local slope at a time
    return None''',
    solution=f'''{ONE_NEURON_SIG}
    from helpers.models import sigmoid
    r = b + w * x                        # forward
    a = sigmoid(r)
    y = b_out + c * a
    de_dy = np.sign(y - y_true)          # backward: ∂e/∂y of e = |y - ŷ|
    de_da = de_dy * c                    # y = b_out + c·a
    de_dr = de_da * a * (1 - a)          # a = σ(r): σ'(r) = a(1 - a)
    return de_dr * x, de_dr, de_dy * a, de_dy   # r = b + w·x; y = b_out + c·a''',
    wrong=_wrong(ONE_NEURON_SIG,
                 ("from helpers.models import sigmoid\na = sigmoid(b + w * x)\n"
                  "de_dy = np.sign(b_out + c * a - y_true)\n"
                  "return de_dy * c * x, de_dy * c, de_dy * a, de_dy",
                  "checks.one_neuron.no_slope"),
                 ("from helpers.models import sigmoid\nr = b + w * x\na = sigmoid(r)\n"
                  "de_dy = np.sign(b_out + c * a - y_true)\nde_dr = de_dy * c * r * (1 - r)\n"
                  "return de_dr * x, de_dr, de_dy * a, de_dy", "checks.one_neuron.slope_of_r"),
                 ("from helpers.models import sigmoid\na = sigmoid(b + w * x)\n"
                  "de_dy = np.sign(b_out + c * a - y_true)\nde_dr = de_dy * c * a * (1 - a)\n"
                  "return de_dr, de_dr, de_dy * a, de_dy", "checks.one_neuron.no_x"),
                 ("from helpers.models import sigmoid\na = sigmoid(b + w * x)\n"
                  "de_dy = np.sign(y_true - (b_out + c * a))\nde_dr = de_dy * c * a * (1 - a)\n"
                  "return de_dr * x, de_dr, de_dy * a, de_dy", "checks.one_neuron.sign"),
                 ("return None", "checks.not_done")),
    )


def _layer_backward(dR, A_in, W):
    return dR.T @ A_in, dR.sum(axis=0), dR @ W


def _backward_case(n: int, d: int, m: int, seed: int):
    rng = _rng(seed)
    return rng.normal(size=(n, m)) / n, rng.normal(size=(n, d)), rng.normal(size=(m, d))


LAYER_BACKWARD_SIG = "def layer_backward(dR, A_in, W):"
LAYER_BACKWARD = Exercise(
    key="layer_backward", notebook="05", function="layer_backward",
    reference=_layer_backward,
    cases=lambda: [_backward_case(1405, 56, 10, 53), _backward_case(7, 4, 3, 54),
                   _backward_case(5, 2, 6, 55)],
    parts=("∂L/∂W", "∂L/∂b", "∂L/∂A_in"),
    slips=(Slip("checks.layer_backward.dW_T",
                lambda dR, A, W: (A.T @ dR, dR.sum(axis=0), dR @ W)),
           Slip("checks.layer_backward.db_axis",
                lambda dR, A, W: (dR.T @ A, dR.sum(axis=1), dR @ W)),
           Slip("checks.layer_backward.db_mean",
                lambda dR, A, W: (dR.T @ A, dR.mean(axis=0), dR @ W))),
    hint="checks.layer_backward.hint",
    n_of=lambda args: len(args[0]),
    stub=f'''{LAYER_BACKWARD_SIG}
    """Backward through r = b + W·a_in for a batch: the layer's gradients, given ∂L/∂R.

    dR (n_days, m): ∂L/∂r of every day and unit; A_in (n_days, d): the layer's inputs;
    W (m, d)  ->  (∂L/∂W (m, d), ∂L/∂b (m,), ∂L/∂A_in (n_days, d))
    """
    # your code here: three lines, one matrix product or sum each
    return None''',
    solution=f'''{LAYER_BACKWARD_SIG}
    dW = dR.T @ A_in                     # Σ over days of ∂L/∂r · a_inᵀ    (m, d)
    db = dR.sum(axis=0)                  # Σ over days of ∂L/∂r            (m,)
    dA_in = dR @ W                       # ∂L/∂a_in = Wᵀ·∂L/∂r, every day  (n_days, d)
    return dW, db, dA_in''',
    wrong=_wrong(LAYER_BACKWARD_SIG,
                 ("return A_in.T @ dR, dR.sum(axis=0), dR @ W", "checks.layer_backward.dW_T"),
                 ("return dR.T @ A_in, dR.sum(axis=1), dR @ W",
                  "checks.layer_backward.db_axis"),
                 ("return dR.T @ A_in, dR.mean(axis=0), dR @ W",
                  "checks.layer_backward.db_mean"),
                 ("return dR.T @ A_in, dR.sum(axis=0), dR @ W.T", "checks.raised"),
                 ("return dR.T @ A_in, dR.sum(axis=0), dR * W", "checks.raised"),
                 ("return dR.T @ A_in, dR.sum(axis=0)", "checks.count"),
                 ("return None", "checks.not_done")),
    )
LAYER_BACKWARD_RIGHT = _right(
    LAYER_BACKWARD_SIG,
    "dW = sum(np.outer(dR[i], A_in[i]) for i in range(len(dR)))\n"
    "return dW, np.sum(dR, axis=0), dR @ W",
    "return (A_in.T @ dR).T, dR.sum(axis=0), (W.T @ dR.T).T")


# --- 06: choosing a model on validation data; early stopping ----------------------------------

MODELS = ["1 layer of 100", "2 layers of 100", "3 layers of 100", "4 layers of 100",
          "1 layer of 1000"]
# Mean MAE (k) per model, each row: (train, val, test). Arranged so that every slip picks
# another model: best val mean (the answer) 1, best train 3, best test 2, worst val 0, and
# model 4 has one lucky seed with the lowest single validation error.
_MEANS = [(0.24, 0.58, 0.52), (0.18, 0.50, 0.51), (0.16, 0.53, 0.48), (0.12, 0.55, 0.53),
          (0.17, 0.54, 0.50)]


def _runs(order) -> pd.DataFrame:
    """Runs of 5 models × 3 seeds (columns model, seed, train, val, test), names permuted."""
    rows = []
    for slot, name in zip(order, MODELS, strict=True):
        train, val, test = _MEANS[slot]
        vals = [val + 0.05, val + 0.05, val - 0.10] if slot == 4 else [val - 0.01, val,
                                                                          val + 0.01]
        for seed in range(3):
            rows.append({"model": name, "seed": seed, "train": train + 0.005 * (seed - 1),
                         "val": round(vals[seed], 3), "test": test + 0.005 * (1 - seed)})
    return pd.DataFrame(rows)


CHOOSE_SIG = "def choose(runs):"
CHOOSE = Exercise(
    key="choose", notebook="06", function="choose",
    reference=lambda runs: str(runs.groupby("model")["val"].mean().idxmin()),
    cases=lambda: [(_runs([0, 1, 2, 3, 4]),), (_runs([2, 4, 1, 0, 3]),),
                   (_runs([3, 0, 4, 2, 1]),)],
    slips=(Slip("checks.choose.test", lambda r: r.groupby("model")["test"].mean().idxmin()),
           Slip("checks.choose.train", lambda r: r.groupby("model")["train"].mean().idxmin()),
           Slip("checks.choose.max", lambda r: r.groupby("model")["val"].mean().idxmax()),
           Slip("checks.choose.one_run", lambda r: r.loc[r["val"].idxmin(), "model"])),
    hint="checks.choose.hint",
    stub=f'''{CHOOSE_SIG}
    """The name of the model to keep, chosen on the validation data (never on the test data).

    runs: a table with one row per (model, seed) and the columns model, seed, train, val,
    test (MAE in thousands)  ->  a model's name, e.g. "2 layers of 100"
    """
    # your code here: the mean validation error of each model over its seeds, then the best
    return None''',
    solution=f'''{CHOOSE_SIG}
    val = runs.groupby("model")["val"].mean()    # one mean per model, over its seeds
    return val.idxmin()                          # the name with the lowest one''',
    wrong=_wrong(CHOOSE_SIG,
                 ('return runs.groupby("model")["test"].mean().idxmin()', "checks.choose.test"),
                 ('return runs.groupby("model")["train"].mean().idxmin()',
                  "checks.choose.train"),
                 ('return runs.groupby("model")["val"].mean().idxmax()', "checks.choose.max"),
                 ('return runs.loc[runs["val"].idxmin(), "model"]', "checks.choose.one_run"),
                 ('return runs.groupby("model")["val"].mean().min()', "checks.type_name"),
                 ('return "2 layers of 100"', "checks.other_name"),
                 ("return None", "checks.not_done")),
    )
CHOOSE_RIGHT = _right(CHOOSE_SIG,
                      'means = runs.groupby("model")["val"].mean()\n'
                      "return means.index[np.argmin(means.to_numpy())]")


def _curves(epochs, best: int, seed: int, train_min_at_end: bool):
    """A validation curve with its lowest point at epoch `best`, and a training curve."""
    rng = _rng(seed)
    e = np.asarray(epochs, dtype=float)
    val = 0.5 + 0.3 * np.exp(-e / (0.3 * best)) + 0.0006 * (e - best) ** 2 / best
    val = val + rng.uniform(0, 0.002, len(e))
    val[list(epochs).index(best)] = val.min() - 0.01
    train = 0.1 + 0.6 * np.exp(-e / (0.4 * best)) + rng.uniform(0, 0.004, len(e))
    if train_min_at_end:
        train[-1] = train.min() - 0.01
    else:
        train[-3] = train.min() - 0.01
    return np.asarray(epochs), train, val


BEST_EPOCH_SIG = "def best_epoch(epochs, train, val):"
BEST_EPOCH = Exercise(
    key="best_epoch", notebook="06", function="best_epoch",
    reference=lambda epochs, train, val: int(epochs[np.argmin(val)]),
    cases=lambda: [_curves(range(5, 205, 5), 45, 60, True), _curves(range(1, 101), 37, 61, False),
                   _curves(range(10, 310, 10), 120, 62, True)],
    slips=(Slip("checks.best_epoch.index", lambda e, tr, v: int(np.argmin(v))),
           Slip("checks.best_epoch.index", lambda e, tr, v: int(np.argmin(v)) + 1),
           Slip("checks.best_epoch.train", lambda e, tr, v: int(e[np.argmin(tr)])),
           Slip("checks.best_epoch.last", lambda e, tr, v: int(e[-1])),
           Slip("checks.best_epoch.max", lambda e, tr, v: int(e[np.argmax(v)])),
           Slip("checks.best_epoch.value", lambda e, tr, v: float(np.min(v)))),
    hint="checks.best_epoch.hint",
    stub=f'''{BEST_EPOCH_SIG}
    """Early stopping: the epoch at which the validation error was lowest.

    epochs (T,): the epochs measured (e.g. 5, 10, ..., 150); train, val (T,): the MAE on
    the training and validation data at those epochs  ->  an epoch number from `epochs`
    """
    # your code here: one line (np.argmin gives a position, not an epoch)
    return None''',
    solution=f'''{BEST_EPOCH_SIG}
    return epochs[np.argmin(val)]        # the position of the lowest val, read as an epoch''',
    wrong=_wrong(BEST_EPOCH_SIG,
                 ("return np.argmin(val)", "checks.best_epoch.index"),
                 ("return np.argmin(val) + 1", "checks.best_epoch.index"),
                 ("return epochs[np.argmin(train)]", "checks.best_epoch.train"),
                 ("return epochs[-1]", "checks.best_epoch.last"),
                 ("return epochs[np.argmax(val)]", "checks.best_epoch.max"),
                 ("return np.min(val)", "checks.best_epoch.value"),
                 ("return None", "checks.not_done")),
    )
BEST_EPOCH_RIGHT = _right(BEST_EPOCH_SIG, "return int(epochs[list(val).index(min(val))])")


# --- the registry -----------------------------------------------------------------------------

EXERCISES: dict[str, Exercise] = {ex.key: ex for ex in [
    LAST_DAYS, PREDICT_ALL, LAYER, TOTAL,
    MAE, MAE_GRADIENT, GD_STEP,
    WINDOW, FEATURES,
    PIECE, CURVE,
    SIGMOID_SUM, SIGMOID_SLOPE, HARD_SIGMOID_RELU,
    FORWARD, ONE_NEURON, LAYER_BACKWARD,
    CHOOSE, BEST_EPOCH,
]}

# Other correct answers, by key: the tests check that each passes.
ALSO_RIGHT: dict[str, tuple] = {
    "predict_all": PREDICT_ALL_RIGHT, "layer": LAYER_RIGHT, "total_per_unit": TOTAL_RIGHT,
    "mae": MAE_RIGHT, "window": WINDOW_RIGHT, "curve": CURVE_RIGHT,
    "sigmoid_sum": SIGMOID_SUM_RIGHT, "sigmoid_slope": SIGMOID_SLOPE_RIGHT,
    "layer_backward": LAYER_BACKWARD_RIGHT,
    "choose": CHOOSE_RIGHT, "best_epoch": BEST_EPOCH_RIGHT,
}


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
