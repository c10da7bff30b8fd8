"""Notebook 04's checked exercises: the sum of sigmoids; the sigmoid's slope;
a hard sigmoid from two ReLUs.

Each `Exercise` (see helpers/course/checks.py) is written into the notebook as four cells by
tools/exercise_cells.py; its checker messages are in texts.py beside this file.
"""

from __future__ import annotations

import numpy as np

from ...models import hard_sigmoid, relu, sigmoid
from ..checks import Exercise, Slip
from ..checks import rights as _right
from ..checks import rng as _rng
from ..checks import wrongs as _wrong


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
                    np.array([1.0])),
                   # steep sigmoids: |z| up to 1000, where e^z overflows (z > 709)
                   (np.linspace(-10, 10, 41), 0.5, np.array([1.0, -2.0]), np.array([0.0, 5.0]),
                    np.array([100.0, -80.0]))],
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
                 ("z = bi + wi * x1[:, None]\n"
                  "return b + (c * np.exp(z) / (1 + np.exp(z))).sum(axis=1)", "checks.overflow"),
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
                   (_rng(43).normal(0, 3, 50),),
                   # large |z|: e^z and e^-z overflow beyond 709, σ'(z) is still ≈ 0 there
                   (np.array([-800.0, -710.0, -50.0, 0.5, 50.0, 710.0, 800.0]),)],
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
                 ("return np.exp(-z) / (1 + np.exp(-z))", "checks.overflow"),
                 ("return np.exp(-z) / (1 + np.exp(-z)) ** 2", "checks.overflow"),
                 ("return np.exp(z) / (1 + np.exp(z)) ** 2", "checks.overflow"),
                 ("return None", "checks.not_done")),
    )
SIGMOID_SLOPE_RIGHT = _right(SLOPE_SIG, "s = 1 / (1 + np.exp(-z))\nreturn s * (1 - s)",
                             "from helpers.models import sigmoid\nreturn sigmoid(z) * sigmoid(-z)")


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
           Slip("checks.hard_sigmoid_relu.floor_one",
                lambda x, c, b, w: c * np.maximum(1, b + w * x) - c * np.maximum(1, b + w * x - 1)),
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
                 ("z = b + w * x\nreturn c * np.maximum(1, z) - c * np.maximum(1, z - 1)",
                  "checks.hard_sigmoid_relu.floor_one"),
                 ("z = b + w * x\nreturn c * np.maximum(0, z) - c * np.maximum(0, z + 1)",
                  "checks.hard_sigmoid_relu.shift_up"),
                 ("return None", "checks.not_done")),
    )


EXERCISES = [SIGMOID_SUM, SIGMOID_SLOPE, HARD_SIGMOID_RELU]
# Other correct answers, by key: the tests check that each passes.
ALSO_RIGHT = {"sigmoid_sum": SIGMOID_SUM_RIGHT, "sigmoid_slope": SIGMOID_SLOPE_RIGHT}
