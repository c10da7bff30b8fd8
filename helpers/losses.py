"""Losses: how far predictions ŷ are from the truth y, and their gradients dL/dŷ.

The book writes the error of one day as e = |y - ŷ| (MAE) or e = (y - ŷ)² (MSE), and the
loss L as the mean of e over the N training days. Here `pred` is ŷ (n,), `y` is y (n,).
"""

from __future__ import annotations

import numpy as np

from .language.messages import t


def mae(pred, y) -> float:
    """L = (1/N) Σ |y - ŷ|  (mean absolute error, 平均绝对误差)."""
    return float(np.mean(np.abs(np.asarray(y) - np.asarray(pred))))


def mse(pred, y) -> float:
    """L = (1/N) Σ (y - ŷ)²  (mean squared error, 均方误差)."""
    return float(np.mean((np.asarray(y) - np.asarray(pred)) ** 2))


def mae_grad(pred, y) -> np.ndarray:
    """dL/dŷ = sign(ŷ - y) / N  (0 where ŷ = y exactly)."""
    pred = np.asarray(pred)
    return np.sign(pred - y) / pred.size


def mse_grad(pred, y) -> np.ndarray:
    """dL/dŷ = 2 (ŷ - y) / N."""
    pred = np.asarray(pred)
    return 2 * (pred - y) / pred.size


LOSSES = {"mae": (mae, mae_grad), "mse": (mse, mse_grad)}


def get_loss(name: str):
    """(loss, grad) for 'mae' or 'mse'."""
    try:
        return LOSSES[name]
    except KeyError:
        raise ValueError(t("losses.unknown", names=list(LOSSES), name=name)) from None


# --- the line ŷ = b + w·x of notebook 01: its loss, gradient and error surface ------------------

ERRORS = {"mae": np.abs, "mse": np.square}  # e for one day, given y - ŷ


def line_loss_and_grad(theta, x, y, loss: str = "mae") -> tuple[float, np.ndarray]:
    """L(w, b) and its gradient (∂L/∂w, ∂L/∂b) for the line ŷ = b + w·x.

    theta = (w, b); x, y (n,). Chain rule: ∂L/∂w = Σ_i (dL/dŷ_i)·x_i and ∂L/∂b = Σ_i dL/dŷ_i,
    with dL/dŷ_i = sign(ŷ_i - y_i)/N for MAE, 2(ŷ_i - y_i)/N for MSE.
    """
    w, b = theta
    x = np.asarray(x, dtype=float)
    pred = b + w * x
    loss_fn, grad_fn = get_loss(loss)
    g = grad_fn(pred, y)
    return loss_fn(pred, y), np.array([g @ x, g.sum()])


def loss_surface(x, y, ws, bs, loss: str = "mae") -> np.ndarray:
    """The error surface (误差表面): L(w, b) for every w in ws (n_w,) and every b in bs (n_b,).

    Returns (n_b, n_w): row i is b = bs[i], column j is w = ws[j], the layout
    `plt.contour(ws, bs, L)` expects. Computed one b at a time: (n_w, n) errors per row.
    """
    get_loss(loss)  # a clear error for an unknown name
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    ws = np.asarray(ws, dtype=float)
    surface = np.empty((len(bs), len(ws)))
    for i, b in enumerate(bs):
        residual = y - (b + ws[:, None] * x)          # (n_w, n): y - ŷ for every w
        surface[i] = ERRORS[loss](residual).mean(axis=1)
    return surface
