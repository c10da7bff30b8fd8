"""Notebook 05's checked exercises: the forward pass in matrix form; the backward pass of
one neuron and of one layer.

Each `Exercise` (see helpers/course/checks.py) is written into the notebook as four cells by
tools/exercise_cells.py; its checker messages are in texts.py beside this file.
"""

from __future__ import annotations

import numpy as np

from ...models import sigmoid
from ..checks import Exercise, Slip
from ..checks import rights as _right
from ..checks import rng as _rng
from ..checks import wrongs as _wrong


def _forward(X, W, b, c, b_out):
    return b_out + sigmoid(X @ W.T + b) @ c


def _net_case(n: int, d: int, m: int, seed: int):
    rng = _rng(seed)
    return (rng.normal(size=(n, d)), rng.uniform(-1, 1, (m, d)) / np.sqrt(d),
            rng.uniform(-1, 1, m), rng.normal(size=m), float(rng.normal()))


def _big_net_case():
    """Inputs in the thousands: the weighted sums r reach |r| > 709, where e^r overflows."""
    X, W, b, c, b_out = _net_case(6, 3, 4, 56)
    return 1000.0 * X, W, b, c, b_out


FORWARD_SIG = "def forward(X, W, b, c, b_out):"
FORWARD = Exercise(
    key="forward", notebook="05", function="forward",
    reference=_forward,
    cases=lambda: [_net_case(1405, 56, 10, 50), _net_case(7, 4, 3, 51), _net_case(5, 3, 2, 52),
                   _big_net_case()],
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
                 ("R = X @ W.T + b\nreturn b_out + (np.exp(R) / (1 + np.exp(R))) @ c",
                  "checks.overflow"),
                 ("return None", "checks.not_done")),
    )


def _one_neuron(x, w, b, c, b_out, y_true):
    r = b + w * x
    a = float(sigmoid(r))
    y = b_out + c * a
    de_dy = float(np.sign(y - y_true))        # e = |y - ŷ|
    de_dr = de_dy * c * a * (1 - a)           # ∂e/∂a = ∂e/∂y·c, times σ'(r) = a(1 - a)
    return de_dr * x, de_dr, de_dy * a, de_dy


def _one_neuron_with(slope=None, x_factor=True, sign=1.0, c_factor=True):
    """A slip of the one-neuron backward pass: another slope, no x (or w for x), no c, or
    the wrong sign."""
    def wrong(x, w, b, c, b_out, y_true):
        r = b + w * x
        a = float(sigmoid(r))
        de_dy = sign * float(np.sign(b_out + c * a - y_true))
        de_dr = de_dy * (c if c_factor else 1.0) * (a * (1 - a) if slope is None else
                                                   slope(r, a))
        factor = {True: x, False: 1.0, "w": w}[x_factor]
        return de_dr * factor, de_dr, de_dy * a, de_dy
    return wrong


ONE_NEURON_SIG = "def one_neuron(x, w, b, c, b_out, y_true):"
ONE_NEURON = Exercise(
    key="one_neuron", notebook="05", function="one_neuron",
    reference=_one_neuron,
    cases=lambda: [(2.0, 0.5, -1.0, 2.0, 1.0, 3.0), (1.5, -0.8, 0.3, 1.2, 0.5, -1.0),
                   (-0.7, 1.3, 0.2, -2.0, 0.1, 1.5), (3.0, 0.2, -0.4, 0.7, -0.3, 0.9),
                   # r = -800: e^-r overflows (beyond 709); σ(r) ≈ 0 and its slope ≈ 0 there
                   (100.0, -8.0, 0.0, 1.5, 0.2, 0.7)],
    parts=("∂e/∂w", "∂e/∂b", "∂e/∂c", "∂e/∂b_out"),
    slips=(Slip("checks.one_neuron.no_slope", _one_neuron_with(slope=lambda r, a: 1.0)),
           Slip("checks.one_neuron.slope_of_r", _one_neuron_with(slope=lambda r, a: r * (1 - r))),
           Slip("checks.one_neuron.no_x", _one_neuron_with(x_factor=False)),
           Slip("checks.one_neuron.w_for_x", _one_neuron_with(x_factor="w")),
           Slip("checks.one_neuron.no_c", _one_neuron_with(c_factor=False)),
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
                 ("from helpers.models import sigmoid\nr = b + w * x\na = sigmoid(r)\n"
                  "de_dy = np.sign(b_out + c * a - y_true)\nde_dr = de_dy * c * a * (1 - a)\n"
                  "return de_dr * w, de_dr, de_dy * a, de_dy", "checks.one_neuron.w_for_x"),
                 ("from helpers.models import sigmoid\nr = b + w * x\na = sigmoid(r)\n"
                  "de_dy = np.sign(b_out + c * a - y_true)\nde_dr = de_dy * a * (1 - a)\n"
                  "return de_dr * x, de_dr, de_dy * a, de_dy", "checks.one_neuron.no_c"),
                 ("r = b + w * x\na = 1 / (1 + np.exp(-r))\n"
                  "de_dy = np.sign(b_out + c * a - y_true)\n"
                  "de_dr = de_dy * c * np.exp(-r) / (1 + np.exp(-r)) ** 2\n"
                  "return de_dr * x, de_dr, de_dy * a, de_dy", "checks.overflow"),
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


EXERCISES = [FORWARD, ONE_NEURON, LAYER_BACKWARD]
# Other correct answers, by key: the tests check that each passes.
ALSO_RIGHT = {"layer_backward": LAYER_BACKWARD_RIGHT}
