"""Backpropagation from one neuron up: the chain rule step by step, with numbers to check by hand.

One day, one input, one sigmoid unit, one output (notebook 05, before the matrix form):

    forward:   r = b + w·x,   a = σ(r),   y = b_out + c·a,   e = |y - ŷ|
    backward:  ∂e/∂y = sign(y - ŷ)
               ∂e/∂c = ∂e/∂y·a,   ∂e/∂b_out = ∂e/∂y,   ∂e/∂a = ∂e/∂y·c
               ∂e/∂r = ∂e/∂a·a(1 - a)                  (σ'(r) = a(1 - a))
               ∂e/∂w = ∂e/∂r·x,   ∂e/∂b = ∂e/∂r

Each backward line multiplies what arrived from the right by the local slope of one forward
line: that is the chain rule. `NEURON_EXAMPLE` has numbers small enough to do by hand (r = 0,
so a = 1/2 and σ'(r) = 1/4). `layer_steps` is the same for a layer of m units and d inputs;
`Network.backward` (helpers/models.py) is the same again for a batch of days and any number
of layers, and the tests check all three against it and against finite differences.
`draw_neuron_graph` draws the one-neuron computation graph with both passes' numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

import matplotlib.pyplot as plt
import numpy as np

from .language.messages import t
from .models import sigmoid
from .palette import COLORS

NEURON_EXAMPLE = {"x": 2.0, "w": 0.5, "b": -1.0, "c": 2.0, "b_out": 1.0, "y_true": 3.0}


@dataclass
class NeuronSteps:
    """The numbers of both passes through one neuron, by name (see the module docstring)."""

    x: float
    w: float
    b: float
    c: float
    b_out: float
    y_true: float
    r: float
    a: float
    y: float
    e: float
    de_dy: float
    de_dc: float
    de_db_out: float
    de_da: float
    de_dr: float
    de_dw: float
    de_db: float

    def forward(self) -> list[tuple[str, str, float]]:
        """(name, formula, value) of each forward line, in order."""
        return [("r", "b + w·x", self.r), ("a", "σ(r)", self.a), ("y", "b_out + c·a", self.y),
                ("e", "|y - ŷ|", self.e)]

    def backward(self) -> list[tuple[str, str, float]]:
        """(name, formula, value) of each backward line, in order: from e back to w and b."""
        return [("∂e/∂y", "sign(y - ŷ)", self.de_dy),
                ("∂e/∂c", "∂e/∂y · a", self.de_dc),
                ("∂e/∂b_out", "∂e/∂y · 1", self.de_db_out),
                ("∂e/∂a", "∂e/∂y · c", self.de_da),
                ("∂e/∂r", "∂e/∂a · a(1 - a)", self.de_dr),
                ("∂e/∂w", "∂e/∂r · x", self.de_dw),
                ("∂e/∂b", "∂e/∂r · 1", self.de_db)]

    def gradient(self) -> np.ndarray:
        """(∂e/∂w, ∂e/∂b, ∂e/∂c, ∂e/∂b_out): θ's order in `Network(1, 1)`."""
        return np.array([self.de_dw, self.de_db, self.de_dc, self.de_db_out])


def one_neuron(x: float, w: float, b: float, c: float, b_out: float,
               y_true: float) -> NeuronSteps:
    """Forward and backward through r = b + w·x, a = σ(r), y = b_out + c·a, e = |y - ŷ|."""
    r = b + w * x
    a = float(sigmoid(r))
    y = b_out + c * a
    de_dy = float(np.sign(y - y_true))     # e = |y - ŷ|: +1 if the output is above the label
    de_da = de_dy * c                      # y = b_out + c·a
    de_dr = de_da * a * (1 - a)            # a = σ(r), σ'(r) = a(1 - a)
    return NeuronSteps(x, w, b, c, b_out, y_true, r, a, y, abs(y - y_true),
                       de_dy, de_dy * a, de_dy, de_da, de_dr, de_dr * x, de_dr)


@dataclass
class LayerSteps:
    """Both passes for one day through a layer of m units: x (d,), W (m, d), b, c (m,)."""

    r: np.ndarray          # (m,)   r = b + W·x
    a: np.ndarray          # (m,)   a = σ(r)
    y: float               #        y = b_out + c·a
    e: float               #        e = |y - ŷ|
    de_dy: float
    de_dc: np.ndarray      # (m,)   ∂e/∂y · a
    de_db_out: float
    de_da: np.ndarray      # (m,)   ∂e/∂y · c
    de_dr: np.ndarray      # (m,)   ∂e/∂a ⊙ a(1 - a), unit by unit
    de_dW: np.ndarray      # (m, d) ∂e/∂r · xᵀ: row i is ∂e/∂r_i times x
    de_db: np.ndarray      # (m,)   ∂e/∂r

    def gradient(self) -> np.ndarray:
        """Every ∂e/∂θ in θ's order of `Network(d, m)`: W row by row, b, c, b_out."""
        return np.concatenate([self.de_dW.ravel(), self.de_db, self.de_dc, [self.de_db_out]])


def layer_steps(x, W, b, c, b_out: float, y_true: float) -> LayerSteps:
    """The one-neuron steps for m units at once; each line is the neuron's line, per unit."""
    x, W = np.asarray(x, dtype=float), np.asarray(W, dtype=float)
    b, c = np.asarray(b, dtype=float), np.asarray(c, dtype=float)
    r = b + W @ x                          # (m,)
    a = sigmoid(r)
    y = float(b_out + c @ a)
    de_dy = float(np.sign(y - y_true))
    de_da = de_dy * c                      # each unit's a_i reaches y through its own c_i
    de_dr = de_da * a * (1 - a)
    return LayerSteps(r, a, y, abs(y - y_true), de_dy, de_dy * a, de_dy, de_da, de_dr,
                      np.outer(de_dr, x), de_dr)


# --- the computation graph (计算图) of one neuron ---------------------------------------------

# The boxes: the main chain left to right on one row, each parameter (and the label ŷ) in a
# row below, under the operation it enters. (name, label, x, y)
_NODES = [("x", "x", 0.0, 0.0), ("mul1", "×", 1.7, 0.0), ("add1", "+", 3.4, 0.0),
          ("sig", "σ", 5.1, 0.0), ("mul2", "×", 6.8, 0.0), ("add2", "+", 8.5, 0.0),
          ("err", "|y - ŷ|", 10.4, 0.0), ("e", "e", 11.9, 0.0),
          ("w", "w", 1.7, -1.0), ("b", "b", 3.4, -1.0), ("c", "c", 6.8, -1.0),
          ("b_out", "b_out", 8.5, -1.0), ("y_true", "ŷ", 10.4, -1.0)]
_OPS = {"mul1", "add1", "sig", "mul2", "add2", "err"}
# (from, to, name of the value on the arrow, attribute of its gradient in NeuronSteps or None)
_EDGES = [("x", "mul1", "x", None), ("mul1", "add1", "w·x", "de_dr"),
          ("add1", "sig", "r", "de_dr"), ("sig", "mul2", "a", "de_da"),
          ("mul2", "add2", "c·a", "de_dy"), ("add2", "err", "y", "de_dy"),
          ("err", "e", "e", None), ("w", "mul1", "w", "de_dw"), ("b", "add1", "b", "de_db"),
          ("c", "mul2", "c", "de_dc"), ("b_out", "add2", "b_out", "de_db_out"),
          ("y_true", "err", "ŷ", None)]
_VALUES = {"x": "x", "w": "w", "w·x": None, "b": "b", "r": "r", "a": "a", "c": "c",
           "c·a": None, "b_out": "b_out", "y": "y", "ŷ": "y_true", "e": "e"}


def _number(v: float) -> str:
    return f"{v + 0.0:g}" if abs(v) >= 1e-3 or v == 0 else f"{v:.2e}"


def draw_neuron_graph(steps: NeuronSteps | None = None, *, backward: bool = True, ax=None):
    """One neuron as a computation graph (计算图): boxes for values and operations, arrows in
    the direction of the forward pass. The value going forward (black: above the main
    chain's arrow, under a parameter's box) and, when `backward`, the gradient ∂e/∂(that
    value) coming back (vermillion, below it). `steps`: `one_neuron(...)` (default:
    `NEURON_EXAMPLE`). Returns the Axes."""
    steps = steps if steps is not None else one_neuron(**NEURON_EXAMPLE)
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 3.0))
    where = {name: (px, py) for name, _, px, py in _NODES}
    extra = {"w·x": steps.w * steps.x, "c·a": steps.c * steps.a}
    for src, dst, name, grad in _EDGES:
        (x0, y0), (x1, y1) = where[src], where[dst]
        ax.annotate("", xy=(x1, y1), xytext=(x0, y0),
                    arrowprops={"arrowstyle": "-|>", "color": COLORS["grey"], "lw": 1.2,
                                "shrinkA": 13, "shrinkB": 13})
        attr = _VALUES[name]
        value = f"{name} = {_number(getattr(steps, attr) if attr else extra[name])}"
        gradient = (f"∂e/∂{name} = {_number(getattr(steps, grad))}"
                    if backward and grad is not None else None)
        if y0 == y1:          # along the chain: value above the arrow, gradient below it
            mx = (x0 + x1) / 2
            ax.text(mx, y0 + 0.1, value, fontsize=8.5, ha="center", va="bottom",
                    color=COLORS["black"])
            if gradient:
                ax.text(mx, y0 - 0.1, gradient, fontsize=8.5, ha="center", va="top",
                        color=COLORS["vermillion"])
        else:                 # a parameter from below: both under its box
            ax.text(x0, y0 - 0.22, value, fontsize=8.5, ha="center", va="top",
                    color=COLORS["black"])
            if gradient:
                ax.text(x0, y0 - 0.47, gradient, fontsize=8.5, ha="center", va="top",
                        color=COLORS["vermillion"])
    for name, label, px, py in _NODES:
        op = name in _OPS
        ax.text(px, py, label, ha="center", va="center", fontsize=10.5, zorder=3,
                bbox={"boxstyle": "round,pad=0.3", "fc": COLORS["sky"] if op else "white",
                      "ec": COLORS["black"], "lw": 0.8})
    ax.set(xlim=(-0.4, 12.3), ylim=(-1.75, 0.45))
    ax.set_axis_off()
    ax.set_title(t("backprop.graph_title" if backward else "backprop.graph_title_forward"))
    return ax
