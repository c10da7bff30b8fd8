"""Notebook 03's checked exercises: one piece of a piecewise linear curve;
the curve as a constant + hard sigmoids.

Each `Exercise` (see helpers/course/checks.py) is written into the notebook as four cells by
tools/exercise_cells.py; its checker messages are in texts.py beside this file.
"""

from __future__ import annotations

import numpy as np

from ...models import hard_sigmoid, sigmoid
from ..checks import Exercise, Slip
from ..checks import rights as _right
from ..checks import rng as _rng
from ..checks import wrongs as _wrong


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


EXERCISES = [PIECE, CURVE]
# Other correct answers, by key: the tests check that each passes.
ALSO_RIGHT = {"curve": CURVE_RIGHT}
