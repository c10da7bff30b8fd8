"""Piecewise linear curves (分段线性曲线) as a constant plus hard sigmoids, and sums of sigmoids.

The book's section 2: a piecewise linear curve through the bend points (x_0, y_0), ...,
(x_n, y_n), flat left of x_0 and right of x_n, is exactly

    curve(x) = y_0 + Σ_i c_i · hard_sigmoid(b_i + w_i · x),   i = 1..n,

with one hard sigmoid per straight segment: its ramp runs from x_{i-1} to x_i, so
w_i = 1 / (x_i - x_{i-1}), b_i = -w_i · x_{i-1}, and its height is the segment's rise
c_i = y_i - y_{i-1}. The constant y_0 is where the curve meets the y-axis when x_0 = 0.
Replacing each hard sigmoid by a sigmoid gives the book's new model
`y = b + Σ_i c_i · σ(b_i + w_i · x1)`.

A set of pieces is an array (n, 3) of rows (c, b, w), the book's names.
"""

from __future__ import annotations

import numpy as np

from .features import default_test_year
from .language.messages import t
from .models import hard_sigmoid, sigmoid

# The piecewise linear curve of notebooks 03-04 (the book's red curve): bend points (x, y).
EXAMPLE_KNOTS = ((0.0, 2.0, 4.5, 7.0), (1.0, 3.0, 1.5, 3.5))


def _pieces(pieces) -> np.ndarray:
    p = np.asarray(pieces, dtype=float).reshape(-1, 3)
    return p


def hard_sigmoid_pieces(knots_x, knots_y) -> tuple[float, np.ndarray]:
    """The constant and the hard sigmoids whose sum is the curve through the bend points.

    knots_x (n+1,) strictly increasing, knots_y (n+1,) -> (y_0, pieces (n, 3) of (c, b, w)),
    c_i = y_i - y_{i-1}, w_i = 1 / (x_i - x_{i-1}), b_i = -w_i · x_{i-1}.
    """
    x, y = np.asarray(knots_x, dtype=float), np.asarray(knots_y, dtype=float)
    if x.ndim != 1 or x.shape != y.shape or x.size < 2:
        raise ValueError(t("pieces.bend_points", nx=x.size, ny=y.size))
    dx = np.diff(x)
    if np.any(dx <= 0):
        i = int(np.argmax(dx <= 0))
        raise ValueError(t("pieces.increasing", i=i, j=i + 1, a=x[i], b=x[i + 1]))
    w = 1.0 / dx
    return float(y[0]), np.column_stack([np.diff(y), -w * x[:-1], w])


def piece_curves(x, pieces, activation=hard_sigmoid) -> np.ndarray:
    """Each piece on its own: rows c_i · activation(b_i + w_i · x).  x (m,) -> (n, m)."""
    p = _pieces(pieces)
    x = np.asarray(x, dtype=float)
    return p[:, :1] * activation(p[:, 1:2] + p[:, 2:3] * x[None, :])


def piecewise_from_pieces(x, constant: float, pieces, activation=hard_sigmoid) -> np.ndarray:
    """y = constant + Σ_i c_i · activation(b_i + w_i · x).  x (m,) -> y (m,).

    With `activation=sigmoid` this is the book's `y = b + Σ_i c_i·σ(b_i + w_i·x1)`.
    """
    return constant + piece_curves(x, pieces, activation).sum(axis=0)


def sigmoid_like_hard(pieces) -> np.ndarray:
    """For each hard piece c·hard_sigmoid(b + w·x), the sigmoid c·σ(b' + w'·x) closest to it.

    Same height c, same midpoint x = (0.5 - b) / w, same slope there (σ'(0) = 1/4):
    w' = 4w, b' = 4b - 2.  pieces (n, 3) -> (n, 3).
    """
    p = _pieces(pieces).copy()
    p[:, 1], p[:, 2] = 4 * p[:, 1] - 2, 4 * p[:, 2]
    return p


def hard_like_sigmoid(pieces) -> np.ndarray:
    """The inverse of `sigmoid_like_hard`: for c·σ(b + w·x), the hard sigmoid with the same
    height, midpoint -b/w and slope: c·hard_sigmoid(b/4 + 1/2 + (w/4)·x).  (n, 3) -> (n, 3).
    """
    p = _pieces(pieces).copy()
    p[:, 1], p[:, 2] = p[:, 1] / 4 + 0.5, p[:, 2] / 4
    return p


def even_knots(f, lo: float, hi: float, n: int) -> tuple[np.ndarray, np.ndarray]:
    """n straight pieces on [lo, hi]: n+1 evenly spaced bend points on the curve y = f(x)."""
    if int(n) < 1:
        raise ValueError(t("pieces.n_pieces", n=n))
    x = np.linspace(lo, hi, int(n) + 1)
    return x, np.asarray(f(x), dtype=float)


def even_sigmoids(lo: float, hi: float, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Biases b (n,) and weights w (n,) of n sigmoids with midpoints spread evenly over [lo, hi].

    Midpoints m_i at the centres of n equal parts; each as steep as the hard sigmoid that
    ramps across its part: w = 4n / (hi - lo), b_i = -w · m_i.
    """
    if int(n) < 1:
        raise ValueError(t("pieces.n_sigmoids", n=n))
    width = (hi - lo) / int(n)
    mid = lo + width * (np.arange(int(n)) + 0.5)
    w = np.full(int(n), 4.0 / width)
    return -w * mid, w


def challenge_midpoints(lo: float, hi: float, n: int) -> np.ndarray:
    """Where the sigmoid challenge's n midpoint sliders start: m_i = -b_i / w_i of
    `even_sigmoids`, rounded to the sliders' step of 0.1. Shape (n,)."""
    b, w = even_sigmoids(lo, hi, n)
    return np.round(-b / w, 1)


def fit_sigmoid_heights_least_squares(x, y, b, w, activation=sigmoid) -> tuple[float, np.ndarray]:
    """The constant and heights c (n,) that best fit y ≈ constant + Σ_i c_i·σ(b_i + w_i·x).

    The positions (b_i, w_i) stay fixed, so the model is linear in (constant, c): one least
    squares solve (smallest mean squared error), no training.  x, y (m,); b, w (n,).
    """
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    b, w = np.atleast_1d(np.asarray(b, dtype=float)), np.atleast_1d(np.asarray(w, dtype=float))
    A = np.column_stack([np.ones_like(x), activation(b[None, :] + w[None, :] * x[:, None])])
    coef, *_ = np.linalg.lstsq(A, y, rcond=None)
    return float(coef[0]), coef[1:]


def weekly_curve(views, years: slice | None = None):
    """A smooth one-week shape of the views: f(x) in thousands, x in days from Monday 00:00.

    The mean views of each weekday over `years` (default: the training years, all before
    `features.default_test_year`) sit at x = 0.5 (Monday noon), 1.5, ..., 6.5; f is the
    smooth periodic curve through these seven points (a sum of a constant and three sine
    waves of periods 7, 7/2, 7/3 days).
    """
    if years is None:
        years = slice(None, f"{default_test_year(views) - 1}-12-31")
    v = views.loc[years]
    if len(v) < 7:
        raise ValueError(t("pieces.weekly", years=years, n=len(v)))
    means = (v.groupby(v.index.day_of_week).mean() / 1000.0).to_numpy()  # Monday .. Sunday
    spectrum = np.fft.rfft(means)                                        # 4 frequencies

    def f(x):
        phase = (np.asarray(x, dtype=float) - 0.5) / 7.0     # weeks since Monday noon
        y = np.full_like(phase, spectrum[0].real / 7)
        for k in range(1, 4):
            y += 2 / 7 * (spectrum[k].real * np.cos(2 * np.pi * k * phase)
                          - spectrum[k].imag * np.sin(2 * np.pi * k * phase))
        return y

    return f


def network_pieces(fitted) -> tuple[float, np.ndarray]:
    """A trained one-input, one-hidden-layer sigmoid network as constant + Σ c_i·σ(b_i + w_i·x1).

    `fitted` is what `training.fit_network` returns for windows of 1 day. The network works
    on standardised numbers, z = (x1 - mean_x) / std_x and y = mean_y + std_y · out; undoing
    that gives the pieces in the data's own units (thousands of views):
    c_i = std_y·c'_i, w_i = w'_i / std_x, b_i = b'_i - w_i·mean_x,
    constant = mean_y + std_y·b'.  Returns (constant, pieces (n_units, 3)).
    """
    net = fitted.net
    if net.activation != "sigmoid" or net.n_layers != 1 or net.params[0].shape[1] != 1:
        raise ValueError(t("pieces.network", activation=net.activation, layers=net.n_layers,
                           inputs=net.params[0].shape[1]))
    W, b, c, b_out = net.params
    mx, sx = float(np.ravel(fitted.x_scale.mean)[0]), float(np.ravel(fitted.x_scale.std)[0])
    my, sy = float(fitted.y_scale.mean), float(fitted.y_scale.std)
    w = W[:, 0] / sx
    return my + sy * float(b_out[0]), np.column_stack([sy * c[0], b - w * mx, w])


def sigmoid_sum_mae_gradient(x, y, constant: float, c, m, w):
    """∂L/∂(constant, c, m) of L = mean|ŷ - y| for ŷ = constant + Σ_i c_i·σ(w_i·(x - m_i)).

    With s = sign(ŷ - y) and σ_i = σ(w_i·(x - m_i)), by the chain rule:
    ∂L/∂constant = mean(s),  ∂L/∂c_i = mean(s·σ_i),  ∂L/∂m_i = mean(s·c_i·σ_i·(1 - σ_i)·(-w_i)).
    x, y (k,); c, m, w (n,) (w may be one number). Returns (float, (n,), (n,)).
    """
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    c, m = np.asarray(c, dtype=float), np.asarray(m, dtype=float)
    w = np.broadcast_to(np.asarray(w, dtype=float), c.shape)
    s_i = sigmoid(w[:, None] * (x[None, :] - m[:, None]))                 # (n, k)
    s = np.sign(constant + (c[:, None] * s_i).sum(axis=0) - y)             # (k,)
    slope = c[:, None] * s_i * (1 - s_i) * -w[:, None]                     # ∂ŷ/∂m_i, (n, k)
    return float(s.mean()), (s * s_i).mean(axis=1), (s * slope).mean(axis=1)
