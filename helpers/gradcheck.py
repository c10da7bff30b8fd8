"""Gradient check: is backpropagation right? Compare it with finite differences.

Backpropagation (`Network.backward`) gives g = ∇L(θ) in one backward pass. Finite
differences estimate the same vector the slow, obvious way, one parameter at a time:

    g_i ≈ (L(θ + h·e_i) - L(θ - h·e_i)) / 2h        (e_i: 1 at position i, 0 elsewhere)

If the two agree to a relative error of about 1e-6 or better, the backward pass is right.
Use a smooth loss (MSE): MAE and ReLU have kinks where a finite difference can straddle the
corner and disagree for a reason that is not a bug.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .losses import get_loss
from .models import Network, flatten


def numeric_gradient(f, theta: np.ndarray, h: float = 1e-6) -> np.ndarray:
    """Central differences (f(θ + h·e_i) - f(θ - h·e_i)) / 2h for every i.  θ (p,) -> (p,)."""
    theta = np.array(theta, dtype=float)
    g = np.zeros_like(theta)
    for i in range(theta.size):
        old = theta[i]
        theta[i] = old + h
        up = f(theta)
        theta[i] = old - h
        down = f(theta)
        theta[i] = old
        g[i] = (up - down) / (2 * h)
    return g


def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    """‖a - b‖ / (‖a‖ + ‖b‖): 0 when equal, about 1 when unrelated, whatever the scale."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), 1e-300))


@dataclass
class GradientCheck:
    """Backpropagation's gradient beside the finite-difference one, both (p,) like θ."""

    backprop: np.ndarray
    numeric: np.ndarray
    error: float  # relative_error(backprop, numeric)

    def ok(self, tol: float = 1e-6) -> bool:
        return self.error < tol


def gradient_check(net: Network, X, y, loss: str = "mse", h: float = 1e-6) -> GradientCheck:
    """Check `net.backward` on X (n, d), y (n,) against finite differences of L(θ).

    Costs 2 forward passes per parameter, so use a small network or a few examples.
    The network's θ is left as it was.
    """
    loss_fn, loss_grad = get_loss(loss)
    theta = net.get_theta()

    def L(t):
        net.set_theta(t)
        return loss_fn(net.forward(X), y)

    try:
        numeric = numeric_gradient(L, theta, h)
    finally:
        net.set_theta(theta)
    backprop = flatten(net.backward(loss_grad(net.forward(X), y)))
    return GradientCheck(backprop, numeric, relative_error(backprop, numeric))
