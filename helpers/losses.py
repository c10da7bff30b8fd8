"""Losses: how far predictions ŷ are from the truth y, and their gradients dL/dŷ.

The book writes the error of one day as e = |y - ŷ| (MAE) or e = (y - ŷ)² (MSE), and the
loss L as the mean of e over the N training days. Here `pred` is ŷ (n,), `y` is y (n,).
"""

from __future__ import annotations

import numpy as np


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
        raise ValueError(f"loss must be one of {list(LOSSES)}, got {name!r}") from None
