"""Notebook 01's checked exercises: the MAE, its gradient, one step of gradient descent.

Each `Exercise` (see helpers/course/checks.py) is written into the notebook as four cells by
tools/exercise_cells.py; its checker messages are in texts.py beside this file.
"""

from __future__ import annotations

import numpy as np

from ..checks import Exercise, Slip
from ..checks import rights as _right
from ..checks import rng as _rng
from ..checks import wrongs as _wrong


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
           Slip("checks.mae.rmse", lambda p, y: np.sqrt(np.mean((p - y) ** 2))),
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
                 ("return np.sqrt(np.mean((pred - y_true) ** 2))", "checks.mae.rmse"),
                 ("pred -= y_true\nreturn np.mean(np.abs(pred))", "checks.mutated"),
                 ("print(np.mean(np.abs(pred - y_true)))", "checks.printed"),
                 ("L = np.mean(np.abs(pred - y_true))", "checks.no_return"),
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
           Slip("checks.gd_step.mixed", lambda w, b, gw, gb, e: (w - e * gb, b - e * gw)),
           Slip("checks.gd_step.one_gradient",
                lambda w, b, gw, gb, e: (w - e * gw, b - e * gw)),
           Slip("checks.gd_step.one_gradient",
                lambda w, b, gw, gb, e: (w - e * gb, b - e * gb))),
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
                 ("return w - eta * dL_dw, b - eta * dL_dw", "checks.gd_step.one_gradient"),
                 ("return b - eta * dL_db, w - eta * dL_dw", "checks.swapped"),
                 ("return w - eta * dL_dw", "checks.count"),
                 ("return None", "checks.not_done")),
    )

MAE_GRADIENT_RIGHT = _right(
    MAE_GRADIENT_SIG,
    "s = np.sign(b + w * x - y_true)\nreturn np.array([np.mean(s * x), np.mean(s)])",
    "s = np.sign(b + w * x - y_true)\nreturn [np.mean(s * x), np.mean(s)]")
GD_STEP_RIGHT = _right(GD_STEP_SIG, "return np.array([w - eta * dL_dw, b - eta * dL_db])")


EXERCISES = [MAE, MAE_GRADIENT, GD_STEP]
# Other correct answers, by key: the tests check that each passes.
ALSO_RIGHT = {"mae": MAE_RIGHT, "mae_gradient": MAE_GRADIENT_RIGHT, "gd_step": GD_STEP_RIGHT}
