"""The same training job three ways: our numpy trainer, PyTorch (CPU), scikit-learn.

The job is the book's network on the views data: 56 days in, k hidden layers of 100 ReLU
units, 1 out; Adam (η = 1e-3), squared error (the only loss MLPRegressor has, so all three
use it), shuffled batches of `batch_size` (None = full batch). Each function returns the
best time of one epoch, in milliseconds, over a few repeats of several epochs.
"""

from __future__ import annotations

import time
import warnings

import numpy as np

from helpers.models import Network
from helpers.training import train

HIDDEN = 100  # units per hidden layer, as in the book
# The clock: wall time, or this process's CPU time (run.py picks it when everything runs on one
# thread: then CPU time is what the wall time would be on an idle machine, and other programs
# sharing the machine disturb it much less).
CLOCK = {"fn": time.perf_counter}


def epoch_flops(n: int, d_in: int, k: int) -> float:
    """Matmul FLOPs of one epoch (forward + backward) over n examples: 2·n·d_in·d_out each.

    Per layer: forward R = A @ W.T, backward dW = dRᵀ @ A and dA = dR @ W (3 matmuls), except
    that the first layer needs no dA (nothing below it to pass a gradient to).
    """
    sizes = [d_in] + [HIDDEN] * k + [1]
    per_layer = [2 * n * a * b for a, b in zip(sizes[:-1], sizes[1:], strict=True)]
    return 3 * sum(per_layer) - per_layer[0]


def _best_ms_per_epoch(run_epochs, budget_s: float = 0.4, repeats: int = 3) -> float:
    """run_epochs(E) trains E epochs; returns min over repeats of (time / E), in ms."""
    clock = CLOCK["fn"]
    t0 = clock()
    run_epochs(1)  # warm-up; also sizes E so that one repeat takes about `budget_s`
    one = max(clock() - t0, 1e-5)
    epochs = int(np.clip(budget_s / one, 2, 200))
    best = np.inf
    for _ in range(repeats):
        t0 = clock()
        run_epochs(epochs)
        best = min(best, (clock() - t0) / epochs)
    return 1e3 * best


def ours(X, y, k: int, batch_size, dtype) -> float:
    """Our numpy trainer (helpers.training.train), in `dtype`."""
    net = Network(X.shape[1], [HIDDEN] * k, seed=0, dtype=dtype)
    X, y = X.astype(dtype), y.astype(dtype)
    state = {"seed": 0}

    def run(epochs):
        state["seed"] += 1
        train(net, X, y, epochs=epochs, lr=1e-3, batch_size=batch_size, optimizer="adam",
              loss="mse", seed=state["seed"])

    return _best_ms_per_epoch(run)


def pytorch(X, y, k: int, batch_size, dtype) -> float:
    """The same job written the usual way in PyTorch: nn.Sequential, torch.optim.Adam."""
    import torch
    from torch import nn

    tdtype = {np.float32: torch.float32, np.float64: torch.float64}[dtype]
    torch.manual_seed(0)
    layers, d = [], X.shape[1]
    for _ in range(k):
        layers += [nn.Linear(d, HIDDEN), nn.ReLU()]
        d = HIDDEN
    model = nn.Sequential(*layers, nn.Linear(d, 1)).to(tdtype)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    Xt, yt = torch.from_numpy(X.astype(dtype)), torch.from_numpy(y.astype(dtype))
    n = len(Xt)
    bs = n if batch_size is None else batch_size
    gen = torch.Generator().manual_seed(0)

    def run(epochs):
        for _ in range(epochs):
            total = 0.0
            if bs >= n:  # full batch: one step on all the data, no shuffle, no copy (as ours)
                parts = [(Xt, yt)]
            else:
                order = torch.randperm(n, generator=gen)
                parts = ((Xt[order[s:s + bs]], yt[order[s:s + bs]]) for s in range(0, n, bs))
            for Xb, yb in parts:
                opt.zero_grad(set_to_none=True)
                loss = nn.functional.mse_loss(model(Xb)[:, 0], yb)
                loss.backward()
                opt.step()
                total += loss.item() * len(yb)  # the epoch's loss, as our History keeps

    return _best_ms_per_epoch(run)


def sklearn(X, y, k: int, batch_size, dtype) -> float:
    """scikit-learn's MLPRegressor, Adam, no L2 penalty, no early stopping."""
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPRegressor

    X, y = X.astype(dtype), y.astype(dtype)

    def run(epochs):
        model = MLPRegressor(hidden_layer_sizes=(HIDDEN,) * k, activation="relu", solver="adam",
                             alpha=0.0, batch_size=len(X) if batch_size is None else batch_size,
                             learning_rate_init=1e-3, max_iter=epochs, shuffle=True,
                             random_state=0, tol=0.0, n_iter_no_change=epochs + 1)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            model.fit(X, y)

    return _best_ms_per_epoch(run)


def matmul_peak(dtype, n: int = 1024, repeats: int = 5) -> float:
    """numpy's best FLOP/s on large square matmuls C = A @ B (2·n³ FLOPs) in `dtype`."""
    rng = np.random.default_rng(0)
    A, B = rng.standard_normal((2, n, n)).astype(dtype)
    C = np.empty((n, n), dtype=dtype)
    np.matmul(A, B, out=C)
    best = np.inf
    for _ in range(repeats):
        t0 = CLOCK["fn"]()
        np.matmul(A, B, out=C)
        best = min(best, CLOCK["fn"]() - t0)
    return 2 * n**3 / best
