"""Models of chapter 1, in numpy: the linear model, activations, and the network.

Shapes: a batch of n examples with d days of input is X (n, d); a layer with m units has
weights W (m, d_in) and biases b (m,), as in the book's `r = b + W·x`. For a batch the same
formula reads `R = X @ W.T + b`, R (n, m).
"""

from __future__ import annotations

import itertools
import math

import numpy as np

from .language.messages import t

# --- the linear model `y = b + Σ_j w_j·x_j` ---------------------------------------------------


def linear_predict(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    """y = b + X @ w.  X (n, d), w (d,) -> y (n,)."""
    return b + np.asarray(X) @ np.asarray(w)


def linear_least_squares(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """The (w, b) with the smallest mean squared error, solved exactly (no training).

    Appends a column of ones so b is fitted as one more weight. X (n, d), y (n,).
    """
    A = np.column_stack([np.asarray(X, dtype=float), np.ones(len(X))])
    coef, *_ = np.linalg.lstsq(A, np.asarray(y, dtype=float), rcond=None)
    return coef[:-1], float(coef[-1])


# --- activation functions (激活函数) and their derivatives -------------------------------------


def sigmoid(z):
    """σ(z) = 1 / (1 + e^-z), computed without overflow for large |z|."""
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def hard_sigmoid(z):
    """0 for z ≤ 0, z for 0 < z < 1, 1 for z ≥ 1: a ramp between two flat parts."""
    return np.clip(z, 0.0, 1.0)


def relu(z):
    """ReLU(z) = max(0, z)."""
    return np.maximum(z, 0.0)


ACTIVATIONS = {
    # name: (a = f(r), da/dr given r and a)
    "relu": (relu, lambda r, a: r > 0),  # True/False acts as 1/0 when multiplied
    "sigmoid": (sigmoid, lambda r, a: a * (1 - a)),
}


# --- the network: r = b + W·x, a = act(r), repeated; y = b + cᵀ·a -------------------------------


class Network:
    """A fully connected network with `hidden` units per layer and one output.

    Network(56, [100, 100]) has two hidden layers of 100 units: layers[0] W (100, 56),
    layers[1] W (100, 100), and the output layer W (1, 100) (the book's cᵀ) with bias (1,).
    Weights and biases start random (seeded), uniform in ±1/√d_in (d_in: inputs to the
    layer), like PyTorch's `nn.Linear`. On the views data this start trains deep ReLU
    networks reliably (see data/README.md); the choice matters more than one expects.
    """

    def __init__(self, n_inputs: int, hidden, activation: str = "relu", seed: int = 0,
                 dtype=np.float64):
        if activation not in ACTIVATIONS:
            raise ValueError(t("models.activation", names=list(ACTIVATIONS),
                               activation=activation))
        hidden = [hidden] if np.isscalar(hidden) else list(hidden)
        rng = np.random.default_rng(seed)
        sizes = [n_inputs, *hidden, 1]
        self.activation = activation
        self.dtype = np.dtype(dtype)
        self.params: list[np.ndarray] = []  # W0, b0, W1, b1, ..., W_out, b_out
        for d_in, d_out in zip(sizes[:-1], sizes[1:], strict=True):
            bound = 1 / np.sqrt(d_in)
            self.params.append(rng.uniform(-bound, bound, (d_out, d_in)).astype(self.dtype))
            self.params.append(rng.uniform(-bound, bound, d_out).astype(self.dtype))
        # Speed: all parameters live in one flat vector θ (`self.theta`) and each W and b is a
        # view into it, so an optimiser updates every parameter with a few whole-vector steps.
        self.theta = flatten(self.params)
        self.params = unflatten(self.theta, [p.shape for p in self.params])
        self._cache: list | None = None

    @property
    def n_layers(self) -> int:
        """Number of hidden layers."""
        return len(self.params) // 2 - 1

    def forward(self, X: np.ndarray) -> np.ndarray:
        """y (n,) for X (n, d_in); remembers each layer's (input, r, a) for `backward`."""
        act, _ = ACTIVATIONS[self.activation]
        a = np.asarray(X, dtype=self.dtype)
        self._cache = []
        for i in range(self.n_layers):
            W, b = self.params[2 * i], self.params[2 * i + 1]
            r = a @ W.T
            r += b                     # r = b + W·x, for every example at once (in place)
            a_next = act(r)            # a = σ(r) or ReLU(r)
            self._cache.append((a, r, a_next))
            a = a_next
        self._cache.append((a, None, None))
        W, b = self.params[-2], self.params[-1]
        return (a @ W.T + b)[:, 0]    # y = b + cᵀ·a

    __call__ = forward

    def backward(self, dy: np.ndarray, out: np.ndarray | None = None) -> list[np.ndarray]:
        """Gradients of the loss for every parameter, given dL/dy (n,) from `forward`'s batch.

        Chain rule, last layer first: for r = b + W·a_in, dL/dW = dRᵀ·a_in, dL/db = Σ dR,
        dL/da_in = dR·W; through the activation, dL/dr = dL/da · da/dr.
        The gradients are written into one flat vector, in θ's order: `out` (n_params,) if
        given (the training loop reuses one), else a new one; the list returned holds views.
        """
        if self._cache is None:
            raise RuntimeError(t("models.backward_first"))
        _, dact = ACTIVATIONS[self.activation]
        out = np.empty_like(self.theta) if out is None else out
        grads = unflatten(out, [p.shape for p in self.params])
        d = np.asarray(dy, dtype=self.dtype)[:, None]           # dL/dy, (n, 1)
        for i in range(self.n_layers, -1, -1):
            a_in = self._cache[i][0]
            W = self.params[2 * i]
            np.matmul(d.T, a_in, out=grads[2 * i])               # dL/dW = dRᵀ·a_in (d_out, d_in)
            d.sum(axis=0, out=grads[2 * i + 1])                  # dL/db = Σ dR (d_out,)
            if i > 0:
                _, r, a = self._cache[i - 1]
                # dL/da_in = dR·W; when dR has one column (the output layer) this is an outer
                # product, which broadcasting computes ~8× faster than matmul does.
                d = d @ W if d.shape[1] > 1 else d * W
                d *= dact(r, a)                                  # dL/dr of the layer below
        return grads

    # --- all unknowns as one vector θ ---

    def get_theta(self) -> np.ndarray:
        """θ: every weight and bias in one flat vector (copy)."""
        return self.theta.copy()

    def set_theta(self, theta: np.ndarray) -> None:
        """Put the values of a flat θ back into the layers' W and b."""
        for p, q in zip(self.params, unflatten(theta, [p.shape for p in self.params]),
                        strict=True):
            p[...] = q

    def n_params(self) -> int:
        return sum(p.size for p in self.params)


def flatten(arrays) -> np.ndarray:
    """Concatenate arrays of any shapes into one vector θ (a copy)."""
    return np.concatenate([np.ravel(a) for a in arrays])


def unflatten(theta: np.ndarray, shapes) -> list[np.ndarray]:
    """Split θ back into arrays of the given shapes: the inverse of `flatten`."""
    theta = np.asarray(theta)
    sizes = [math.prod(s) for s in shapes]
    if theta.ndim != 1 or theta.size != sum(sizes):
        raise ValueError(t("models.theta_size", size=theta.size, shapes=list(shapes),
                           need=sum(sizes)))
    ends = itertools.accumulate(sizes)
    return [theta[e - n:e].reshape(s) for e, n, s in zip(ends, sizes, shapes, strict=True)]


def linear_mae_fit(X: np.ndarray, y: np.ndarray, rounds: int = 100,
                   tol: float = 1e-9) -> tuple[np.ndarray, float]:
    """The (w, b) with the smallest mean absolute error, by iteratively reweighted least squares.

    Each round solves a weighted least-squares fit in which day i weighs 1/|e_i| (its error in
    the round before), so that Σ_i e_i²/|e_i| = Σ_i |e_i|: the fits settle on the minimum of
    L = mean|y - ŷ|, the book's loss. Starts from `linear_least_squares`; stops when a round
    lowers L by less than `tol`·L, or after `rounds`. X (n, d), y (n,).
    """
    A = np.column_stack([np.asarray(X, dtype=float), np.ones(len(X))])   # (n, d + 1)
    y = np.asarray(y, dtype=float)
    coef = np.append(*linear_least_squares(X, y))
    loss = np.mean(np.abs(y - A @ coef))
    floor = 1e-6 * max(float(np.mean(np.abs(y))), 1e-12)  # no division by an error of 0
    for _ in range(rounds):
        weight = 1.0 / np.maximum(np.abs(y - A @ coef), floor)             # (n,)
        # Aᵀ·diag(weight)·A; einsum is faster than BLAS threads on a busy 2-core machine
        lhs = np.einsum("ni,nj->ij", A * weight[:, None], A)
        coef = np.linalg.solve(lhs, A.T @ (weight * y))
        new_loss = np.mean(np.abs(y - A @ coef))
        if loss - new_loss < tol * loss:
            break
        loss = new_loss
    return coef[:-1], float(coef[-1])
