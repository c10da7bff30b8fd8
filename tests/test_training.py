"""Training: the loss goes down, divergence is caught and says so, same seed same numbers."""

import numpy as np
import pytest

from helpers.features import Windows
from helpers.losses import mae, mae_grad
from helpers.models import Network
from helpers.training import (
    DivergenceWarning,
    batches,
    fit_network,
    gradient_descent,
    train,
    updates_per_epoch,
)


def toy(n=200, d=4, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n, d))
    return X, np.sin(X[:, 0]) + 0.5 * X[:, 1] * X[:, 2]


def test_training_lowers_the_loss():
    X, y = toy()
    net = Network(4, [16, 16], seed=0)
    before = mae(net.forward(X), y)
    hist = train(net, X, y, epochs=100, lr=1e-2, batch_size=32)
    assert not hist.diverged
    assert mae(net.forward(X), y) < 0.5 * before
    assert hist.train_loss[-1] < hist.train_loss[0]
    assert hist.updates == 100 * 7  # 200 examples / 32 per batch = 7 batches per epoch


def test_same_seed_same_numbers():
    X, y = toy()
    runs = []
    for _ in range(2):
        net = Network(4, [8], seed=3)
        train(net, X, y, epochs=5, lr=1e-2, batch_size=16, seed=7)
        runs.append(net.get_theta())
    np.testing.assert_array_equal(runs[0], runs[1])


def test_divergence_stops_and_keeps_last_good_parameters():
    X, y = toy()
    net = Network(4, [16], seed=0)
    with pytest.warns(DivergenceWarning, match="too large"):
        hist = train(net, X, y * 1e3, epochs=50, lr=1e3, optimizer="sgd", loss="mse")
    assert hist.diverged and "η = 1000" in hist.message
    assert np.isfinite(net.get_theta()).all()
    assert len(hist.train_loss) < 50


@pytest.mark.parametrize("lr", [0, -0.1, float("nan")])
def test_bad_learning_rate_is_refused(lr):
    X, y = toy()
    with pytest.raises(ValueError, match="learning rate"):
        train(Network(4, [4]), X, y, epochs=1, lr=lr)


def test_nan_in_data_is_refused():
    X, y = toy()
    X[3, 1] = np.nan
    with pytest.raises(ValueError, match="NaN"):
        train(Network(4, [4]), X, y, epochs=1)


def test_batches_cover_every_example_once_per_epoch():
    rng = np.random.default_rng(0)
    parts = list(batches(10_000, 10, rng))
    assert len(parts) == 1_000  # the book's example: N = 10,000, B = 10
    assert np.array_equal(np.sort(np.concatenate(parts)), np.arange(10_000))
    assert [len(p) for p in batches(25, 10, rng)] == [10, 10, 5]
    assert [len(p) for p in batches(25, None, rng)] == [25]


def test_gradient_descent_on_a_line_converges_or_reports_divergence():
    x = np.linspace(0, 5, 100)
    y = 0.97 * x + 0.1

    def loss(t):
        return mae(t[1] + t[0] * x, y)

    def grad(t):
        g = mae_grad(t[1] + t[0] * x, y)
        return np.array([g @ x, g.sum()])

    good = gradient_descent(loss, grad, [0.0, 0.0], lr=0.05, steps=500)
    assert not good.diverged and good.losses[-1] < 0.05 * good.losses[0]
    assert good.thetas.shape == (501, 2)

    def mse_loss(t):
        return float(np.mean((t[1] + t[0] * x - y) ** 2))

    def mse_grad(t):
        r = 2 * (t[1] + t[0] * x - y) / x.size
        return np.array([r @ x, r.sum()])

    bad = gradient_descent(mse_loss, mse_grad, [0.0, 0.0], lr=1.0, steps=500)
    assert bad.diverged and "too large" in bad.message
    assert np.isfinite(bad.theta).all() and len(bad.thetas) < 501


def test_fit_network_reports_mae_in_original_units():
    X, y = toy(300)
    dates = np.arange(300)
    w = Windows(X, 1000 + 100 * y, dates)
    fitted = fit_network(w, [16], epochs=200, lr=1e-2)
    baseline = mae(np.full(300, np.median(w.y)), w.y)
    assert fitted.mae(w) < 0.5 * baseline


def test_updates_per_epoch_counts_the_batches():
    rng = np.random.default_rng(0)
    for n, b in [(10_000, 10), (1405, 32), (25, 10), (25, 25), (25, 100), (25, None), (7, 1)]:
        assert updates_per_epoch(n, b) == sum(1 for _ in batches(n, b, rng))
    assert updates_per_epoch(10_000, 10) == 1_000


def test_history_records_seconds_per_epoch():
    X, y = toy()
    hist = train(Network(4, [4], seed=0), X, y, epochs=5, lr=1e-2, batch_size=50)
    assert len(hist.seconds) == 5
    assert all(s > 0 for s in hist.seconds) and hist.seconds == sorted(hist.seconds)


def test_training_that_ends_far_above_its_start_warns_and_keeps_the_best_parameters():
    """No NaN, no explosion, but every step overshoots: the loss ends 5× where it started."""
    X, y = toy()
    net = Network(4, [16], activation="sigmoid", seed=0)
    start = mae(net.forward(X), y)
    with pytest.warns(DivergenceWarning, match=r"made the loss worse.*η = 10 is too large"):
        hist = train(net, X, y, epochs=50, lr=10, optimizer="sgd")
    assert hist.diverged and "Try η = 1." in hist.message
    assert len(hist.train_loss) == 50                     # it did not stop early ...
    assert hist.train_loss[-1] > 2 * start                # ... and ended far above its start
    assert mae(net.forward(X), y) <= start                # the best θ seen was kept


def test_a_moderate_rise_is_not_called_divergence():
    """η = 1 wobbles (the loss ends a little above where it started): no warning."""
    import warnings

    X, y = toy()
    net = Network(4, [16], activation="sigmoid", seed=0)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DivergenceWarning)
        hist = train(net, X, y, epochs=50, lr=1, optimizer="sgd")
    assert not hist.diverged and hist.message == ""
