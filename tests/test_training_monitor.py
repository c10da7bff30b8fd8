"""The live training view: progress bar and loss curves, driven by train(callback=...)."""

import numpy as np
import pytest

import helpers.frontend.widgets as hw
from helpers.frontend.widgets import TrainingMonitor
from helpers.models import Network
from helpers.training import train


@pytest.fixture
def displayed(monkeypatch):
    """Record what `show` would display (outside a kernel, display() would just print)."""
    calls = []
    monkeypatch.setattr(hw, "display", lambda bundle, **kw: calls.append((bundle, kw)))
    return calls


def tiny_problem(n=60, d=4, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n, d))
    return X, X[:, 0] - 0.5 * X[:, 1]


def test_monitor_follows_training(displayed, capsys):
    X, y = tiny_problem()
    monitor = TrainingMonitor(epochs=7, max_redraws=3, scale=2.0)
    monitor.show()
    hist = train(Network(4, [5], seed=0), X, y, epochs=7, lr=1e-2, batch_size=16,
                 X_val=X[:20], y_val=y[:20], callback=monitor)

    assert monitor.progress.value == 7 and monitor.progress.max == 7
    assert monitor.progress.description == "epoch 7/7"
    np.testing.assert_array_equal(monitor.train_line.get_xdata(), np.arange(1, 8))
    np.testing.assert_allclose(monitor.train_line.get_ydata(), 2.0 * np.array(hist.train_loss))
    np.testing.assert_allclose(monitor.test_line.get_ydata(), 2.0 * np.array(hist.val_loss))
    # every 3 epochs (3, 6) and the last (7), plus the first empty picture
    assert monitor.every == 3 and monitor.live.redraws == 4
    assert capsys.readouterr().out == ""  # the callback never prints (nbval)


def test_monitor_stores_the_final_picture_in_place(displayed):
    X, y = tiny_problem()
    monitor = TrainingMonitor(epochs=4)
    monitor.show()
    train(Network(4, [3], seed=0), X, y, epochs=4, lr=1e-2, callback=monitor)
    (first, kw1), (last, kw2) = displayed
    assert kw1["display_id"] == kw2["display_id"] and not kw1["update"] and kw2["update"]
    assert first[hw.WIDGET_MIME]["model_id"] == monitor.widget.model_id
    assert first["image/png"] != last["image/png"]  # the empty curve, then the final one
    assert first["text/plain"] == last["text/plain"]


def test_monitor_redraws_at_most_max_redraws(displayed):
    X, y = tiny_problem(n=10)
    hist = train(Network(4, [2], seed=0), X, y, epochs=1, lr=1e-2)
    monitor = TrainingMonitor(epochs=100, max_redraws=20)
    start = monitor.live.redraws
    for epoch in range(1, 101):
        monitor(epoch, hist)
    assert monitor.live.redraws - start == 20
    assert len(displayed) == 1  # the final picture, once


def test_monitor_refuses_zero_epochs():
    with pytest.raises(ValueError, match="epochs must be"):
        TrainingMonitor(epochs=0)
