"""Training: gradient descent, batches and epochs, Adam, and a guard against divergence.

The loop is the book's step 3: compute the gradient g = ∇L(θ) on a batch, update
θ ← θ - η·g, one update per batch, one pass over all batches per epoch (回合). If the loss
becomes NaN/inf or explodes, training stops, says so, and keeps the last good θ.
"""

from __future__ import annotations

import time
import warnings
from dataclasses import dataclass, field

import numpy as np

from .features import Standardizer, Windows
from .language.messages import t
from .losses import get_loss, line_loss_and_grad, mae
from .models import Network, linear_least_squares, linear_mae_fit

EXPLODED = 1e3  # a loss this many times the starting loss counts as diverged
WORSE = 2.0     # training that ends with the loss above this many times its start went wrong


class DivergenceWarning(UserWarning):
    """Training was stopped because the loss blew up."""


def _check_lr(lr: float) -> None:
    if not np.isfinite(lr) or lr <= 0:
        raise ValueError(t("training.lr", lr=lr))


def _diverged(loss: float, start: float) -> bool:
    return not np.isfinite(loss) or loss > EXPLODED * max(start, 1e-12)


# --- plain gradient descent on a small θ (e.g. θ = (w, b)), with its path ------------------------


@dataclass
class Path:
    """Where gradient descent went: thetas (steps+1, p), losses (steps+1,)."""

    thetas: np.ndarray
    losses: np.ndarray
    diverged: bool = False
    message: str = ""

    @property
    def theta(self) -> np.ndarray:
        """The last good θ."""
        return self.thetas[-1]


def gradient_descent(loss_fn, grad_fn, theta0, lr: float, steps: int) -> Path:
    """θ_{t+1} = θ_t - η·∇L(θ_t) for `steps` steps, remembering every θ_t and L(θ_t).

    loss_fn(θ) -> float, grad_fn(θ) -> (p,). Stops early, with `diverged=True` and a
    message in words, when L becomes NaN/inf or grows past 1000× its start.
    """
    _check_lr(lr)
    theta = np.array(theta0, dtype=float)
    thetas, losses = [theta.copy()], [loss_fn(theta)]
    for step in range(1, steps + 1):
        with np.errstate(over="ignore", invalid="ignore"):
            theta = theta - lr * np.asarray(grad_fn(theta))
            loss = loss_fn(theta)
        if _diverged(loss, losses[0]):
            end = f"{loss:.3g}" if np.isfinite(loss) else t("training.infinity")
            msg = t("training.path_diverged", step=step, start=losses[0], end=end, lr=lr,
                    kept=step - 1)
            return Path(np.array(thetas), np.array(losses), True, msg)
        thetas.append(theta.copy())
        losses.append(loss)
    return Path(np.array(thetas), np.array(losses))


# --- optimisers: update the network's parameters in place ---------------------------------------


class SGD:
    """θ ← θ - η·g."""

    def __init__(self, params, lr: float):
        _check_lr(lr)
        self.params, self.lr = params, lr

    def step(self, grads) -> None:
        for p, g in zip(self.params, grads, strict=True):
            p -= self.lr * g


class Adam:
    """Adam: gradient descent with a running mean of g (momentum) and of g² (per-parameter η).

    m ← β1·m + (1-β1)·g,  v ← β2·v + (1-β2)·g²,  θ ← θ - η·m̂ / (√v̂ + ε), with m̂, v̂ the
    bias-corrected averages.
    """

    def __init__(self, params, lr: float = 1e-3, betas=(0.9, 0.999), eps: float = 1e-8):
        _check_lr(lr)
        self.params, self.lr, self.eps = params, lr, eps
        self.b1, self.b2 = betas
        self.m = [np.zeros_like(p) for p in params]
        self.v = [np.zeros_like(p) for p in params]
        self._tmp = [(np.empty_like(p), np.empty_like(p)) for p in params]  # scratch space
        self.t = 0

    def step(self, grads) -> None:
        self.t += 1
        c1, c2 = 1 - self.b1 ** self.t, 1 - self.b2 ** self.t
        for p, g, m, v, (s, u) in zip(self.params, grads, self.m, self.v, self._tmp,
                                      strict=True):
            # The formulas above, computed in place (`out=`) so no step allocates memory:
            np.multiply(g, 1 - self.b1, out=s)
            m *= self.b1
            m += s                                     # m ← β1·m + (1-β1)·g
            np.multiply(g, 1 - self.b2, out=s)
            s *= g
            v *= self.b2
            v += s                                     # v ← β2·v + (1-β2)·g²
            np.divide(v, c2, out=s)
            np.sqrt(s, out=s)
            s += self.eps                              # √v̂ + ε
            np.multiply(m, self.lr / c1, out=u)
            u /= s
            p -= u                                     # θ ← θ - η·m̂ / (√v̂ + ε)


OPTIMIZERS = {"sgd": SGD, "adam": Adam}


# --- batches and epochs --------------------------------------------------------------------------


def batches(n: int, batch_size: int | None, rng: np.random.Generator):
    """Index arrays of one epoch: shuffled (seeded) and cut into batches of `batch_size`.

    batch_size None means full batch (one update per epoch, no shuffling needed).
    The last batch may be smaller: N = 10,000, B = 10 gives 1,000 batches.
    """
    if batch_size is None or batch_size >= n:
        yield np.arange(n)
        return
    _check_batch_size(batch_size)
    order = rng.permutation(n)
    for start in range(0, n, batch_size):
        yield order[start:start + batch_size]


def updates_per_epoch(n: int, batch_size: int | None) -> int:
    """How many batches (= updates) one epoch has: ⌈N / B⌉, or 1 for full batch (B = None)."""
    if batch_size is None or batch_size >= n:
        return 1
    return -(-n // batch_size)


@dataclass
class History:
    """Per epoch: mean training loss over the epoch's batches, validation loss, and the
    seconds since training started (wall clock, at the end of each epoch)."""

    train_loss: list = field(default_factory=list)
    val_loss: list = field(default_factory=list)
    seconds: list = field(default_factory=list)
    updates: int = 0
    diverged: bool = False
    message: str = ""


def train(net: Network, X, y, *, epochs: int, lr: float = 1e-3, batch_size: int | None = None,
          optimizer: str = "adam", loss: str = "mae", seed: int = 0, X_val=None, y_val=None,
          callback=None) -> History:
    """Train `net` in place on X (n, d), y (n,): `epochs` passes, one update per batch.

    Shuffling is seeded by `seed`: the same call gives the same numbers. If a batch's loss is
    NaN/inf or explodes, training stops with a DivergenceWarning that says what to do, and
    the parameters of the last good epoch are restored. If training ends with the loss more
    than `WORSE` times where it started (η so large that every step overshoots, without the
    loss blowing up), it also warns and keeps the parameters with the lowest loss seen.
    callback(epoch, history) is called after each epoch (e.g. to draw a live loss curve).
    The loop is `train_epochs`.
    """
    run = train_epochs(net, X, y, epochs=epochs, lr=lr, batch_size=batch_size,
                       optimizer=optimizer, loss=loss, seed=seed, X_val=X_val, y_val=y_val)
    while True:
        try:
            epoch, hist = next(run)
        except StopIteration as done:
            return done.value
        if callback is not None:
            callback(epoch, hist)


def train_epochs(net: Network, X, y, *, epochs: int, lr: float = 1e-3,
                 batch_size: int | None = None, optimizer: str = "adam", loss: str = "mae",
                 seed: int = 0, X_val=None, y_val=None):
    """`train`, one epoch at a time: a generator that yields (epoch, history) after each epoch
    and returns the History (`StopIteration.value`) at the end, or early on divergence.

    Whoever drives it may stop between epochs (stop iterating: the network keeps the
    parameters of the last epoch done) or do other work there, e.g. let a notebook's
    kernel handle a click on a "stop" button (helpers.playground awaits between epochs).
    """
    X, y = np.asarray(X, dtype=net.dtype), np.asarray(y, dtype=net.dtype)
    if len(X) == 0 or len(X) != len(y):
        raise ValueError(t("training.need_examples", nx=len(X), ny=len(y)))
    _check_shapes_and_settings(net, X, epochs, batch_size)
    if not (np.isfinite(X).all() and np.isfinite(y).all()):
        raise ValueError(t("training.nan_train"))
    if X_val is not None and not (np.isfinite(X_val).all() and np.isfinite(y_val).all()):
        raise ValueError(t("training.nan_val"))
    loss_fn, loss_grad = get_loss(loss)
    # Speed: the optimiser updates the flat θ that holds every W and b (one vector, a few
    # whole-vector operations per step), with gradients written into one reused vector.
    # A subclass with its own `backward` (or rebound `params`) is trained array by array.
    flat = (type(net).backward is Network.backward
            and all(np.shares_memory(p, net.theta) for p in net.params))
    opt = OPTIMIZERS[optimizer]([net.theta] if flat else net.params, lr)
    grad = np.empty_like(net.theta)
    rng = np.random.default_rng(seed)
    hist = History()
    t0 = time.perf_counter()
    start = loss_fn(net.forward(X), y)
    good = net.get_theta()
    best = (start, 0, good)          # (loss, epoch, θ): the lowest loss seen, and where
    for epoch in range(1, epochs + 1):
        total = 0.0
        for idx in batches(len(X), batch_size, rng):
            Xb, yb = (X, y) if len(idx) == len(X) else (X[idx], y[idx])  # full batch: no copy
            pred = net.forward(Xb)                              # forward
            batch_loss = loss_fn(pred, yb)                      # L on this batch
            if _diverged(batch_loss, start):
                net.set_theta(good)
                hist.diverged = True
                hist.message = t("training.diverged", epoch=epoch, loss=batch_loss,
                                 start=start, lr=lr, smaller=lr / 10, kept=epoch - 1)
                warnings.warn(hist.message, DivergenceWarning, stacklevel=2)
                return hist
            total += batch_loss * len(idx)
            if flat:
                net.backward(loss_grad(pred, yb), out=grad)     # backward (g)
                opt.step([grad])                                # update θ
            else:
                opt.step(net.backward(loss_grad(pred, yb)))     # backward (g), update θ
            hist.updates += 1
        hist.train_loss.append(total / len(X))
        if hist.train_loss[-1] < best[0]:    # measured on the θ this epoch started from
            best = (hist.train_loss[-1], epoch - 1, good)
        if X_val is not None:
            hist.val_loss.append(loss_fn(net.forward(X_val), y_val))
        hist.seconds.append(time.perf_counter() - t0)
        good = net.get_theta()
        yield epoch, hist
    return _check_end(net, loss_fn(net.forward(X), y), start, best, lr, hist)


def _check_end(net: Network, end: float, start: float, best, lr: float, hist: History):
    """Training that did not blow up but made the loss worse: say so, keep the best θ seen.

    end, start: the training loss after and before training; best: (loss, epoch, θ).
    """
    if not end > WORSE * start:
        return hist
    loss, epoch, theta = best
    net.set_theta(theta)
    hist.diverged = True
    kept = (t("training.kept_start", loss=loss) if epoch == 0
            else t("training.kept_epoch", loss=loss, epoch=epoch))
    hist.message = t("training.ended_worse", end=end, start=start, ratio=end / start, lr=lr,
                     smaller=lr / 10) + " " + kept
    warnings.warn(hist.message, DivergenceWarning, stacklevel=3)
    return hist


def _check_shapes_and_settings(net: Network, X: np.ndarray, epochs, batch_size) -> None:
    """Clear errors, before any work, for the mistakes a learner is likely to make."""
    n_inputs = net.params[0].shape[1]
    if X.ndim != 2 or X.shape[1] != n_inputs:
        raise ValueError(t("training.x_shape", shape=X.shape, n=n_inputs, d=X.shape[-1]))
    if not isinstance(epochs, (int, np.integer)) or epochs < 0:
        raise ValueError(t("training.epochs", epochs=epochs))
    if batch_size is not None:
        _check_batch_size(batch_size)


def _check_batch_size(batch_size) -> None:
    if not isinstance(batch_size, (int, np.integer)) or batch_size < 1:
        raise ValueError(t("training.batch_size", batch_size=batch_size))


# --- a network on the views windows: standardise, train, report MAE in thousands -----------------


@dataclass
class Fitted:
    """A trained network plus the standardisation it was trained with."""

    net: Network
    x_scale: Standardizer
    y_scale: Standardizer
    history: History

    def predict(self, X) -> np.ndarray:
        """Views in thousands, (n,), for windows X (n, k)."""
        return self.y_scale.inverse(self.net.forward(self.x_scale.transform(X)))

    def mae(self, w: Windows) -> float:
        """Mean absolute error in thousands of views on the examples `w`."""
        return mae(self.predict(w.X), w.y)


def fit_network(train_w: Windows, hidden, *, epochs: int, lr: float = 1e-3,
                batch_size: int | None = None, activation: str = "relu", loss: str = "mae",
                seed: int = 0, val: Windows | None = None, callback=None) -> Fitted:
    """Train Network(k, hidden) on standardised windows (statistics from `train_w` only).

    Validation loss (if `val` is given) is recorded per epoch in standardised units.
    """
    if len(train_w) == 0:
        raise ValueError(t("training.no_examples"))
    xs, ys = Standardizer.fit(train_w.X), Standardizer.fit(train_w.y)
    net = Network(train_w.k, hidden, activation=activation, seed=seed)
    kw = {}
    if val is not None:
        kw = {"X_val": xs.transform(val.X), "y_val": ys.transform(val.y)}
    hist = train(net, xs.transform(train_w.X), ys.transform(train_w.y), epochs=epochs, lr=lr,
                 batch_size=batch_size, loss=loss, seed=seed, callback=callback, **kw)
    return Fitted(net, xs, ys, hist)


# --- gradient descent on the line ŷ = b + w·x (notebook 01), and what its path did -----------


def line_descent(x, y, theta0, lr: float, steps: int, loss: str = "mae") -> Path:
    """Gradient descent on θ = (w, b) of the line ŷ = b + w·x; x, y (n,). Returns the Path."""
    last = {}  # L and ∇L come from one computation; each θ is asked for both, in turn

    def loss_and_grad(theta):
        key = tuple(theta)
        if key not in last:
            last.clear()
            last[key] = line_loss_and_grad(theta, x, y, loss)
        return last[key]

    return gradient_descent(lambda th: loss_and_grad(th)[0], lambda th: loss_and_grad(th)[1],
                            theta0, lr, steps)


def best_line_loss(x, y, loss: str = "mae") -> float:
    """The lowest L(w, b) any line ŷ = b + w·x reaches on x, y (n,), solved exactly."""
    fit = linear_mae_fit if loss == "mae" else linear_least_squares
    w, b = fit(np.asarray(x, dtype=float)[:, None], y)
    return line_loss_and_grad((w[0], b), x, y, loss)[0]


def zigzags(path: Path, first: int = 20) -> bool:
    """True if most of the first steps point back against the step before (Δθ_t · Δθ_t-1 < 0)."""
    d = np.diff(path.thetas[:first + 1], axis=0)
    if len(d) < 3:
        return False
    return bool(np.mean(np.sum(d[1:] * d[:-1], axis=1) < 0) > 0.5)


def steps_grow(path: Path) -> bool:
    """True if the last step is longer than the first: |θ_T - θ_T-1| > |θ_1 - θ_0|.

    Diverging gradient descent (the MSE with too large an η) takes longer and longer steps;
    the MAE's steps never grow (its gradient is a mean of ±x), even when η is far too large.
    """
    d = np.linalg.norm(np.diff(path.thetas, axis=0), axis=1)
    return len(d) >= 2 and bool(d[-1] > d[0] * (1 + 1e-9))


def descent_label(path: Path, best_loss: float, tol: float = 0.01) -> str:
    """What the path did: 'diverged' (stopped: L blew up), 'diverging' (L ends above where it
    started and the steps grow), 'converged' (L within `tol` of `best_loss`; 'converged,
    zigzagging' if the path jumps back and forth across the valley), 'bouncing' (not converged
    and zigzagging, or L above its start with steps that do not grow: η too large) or
    'crawling' (not converged, steady: η too small or too few steps)."""
    if path.diverged:
        return "diverged"
    if path.losses[-1] > path.losses[0]:
        return "diverging" if steps_grow(path) else "bouncing"
    if path.losses[-1] <= best_loss + tol * abs(best_loss):
        return "converged, zigzagging" if zigzags(path) else "converged"
    return "bouncing" if zigzags(path) else "crawling"


def label_text(label: str) -> str:
    """A `descent_label` as a reader sees it, in the current language ('converged' -> 收敛)."""
    return t("training.label_" + label.replace(", ", "_"))


def describe_descent(path: Path, best_loss: float, tol: float = 0.01) -> str:
    """What gradient descent did, in one or two sentences a learner can read."""
    label = descent_label(path, best_loss, tol)
    if path.diverged:
        return path.message
    steps, last = len(path.losses) - 1, path.losses[-1]
    if label == "diverging":
        return t("training.diverging", steps=steps, first=path.losses[0], last=last)
    above = f"{(last - best_loss) / abs(best_loss):.0%}" if best_loss else f"{last:.3g}"
    if label == "bouncing":
        return t("training.bouncing", steps=steps, last=last, above=above, best=best_loss)
    if label == "crawling":
        return t("training.crawling", steps=steps, last=last, above=above, best=best_loss)
    text = t("training.converged", steps=steps, last=last, tol=tol, best=best_loss)
    if label == "converged, zigzagging":
        text += t("training.zigzag")
    return text
