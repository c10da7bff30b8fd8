"""Notebook 01's helpers: the line's loss and gradient, the error surface, the MAE fit,
what gradient descent did (in words), and the learning-rate explorer driven like a learner."""

import numpy as np
import pytest

from helpers.features import default_test_year
from helpers.frontend.plots import plot_descent_cases
from helpers.frontend.widgets import LearningRateExplorer
from helpers.losses import line_loss_and_grad, loss_surface, mae
from helpers.models import linear_least_squares, linear_mae_fit
from helpers.training import best_line_loss, descent_label, describe_descent, line_descent


def line_data(n=300, seed=0):
    """Views-like data in thousands: x around 2..7, y = 0.9·x + 0.5 + noise, a few spikes."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(2, 7, n)
    y = 0.5 + 0.9 * x + rng.normal(0, 0.3, n)
    y[rng.choice(n, 10, replace=False)] += 5.0
    return x, y


WS = np.linspace(-0.5, 1.5, 41)
BS = np.linspace(-2, 4, 41)
LRS = [0.001, 0.01, 0.02, 0.03, 0.04, 0.1]


@pytest.mark.parametrize("loss", ["mae", "mse"])
def test_line_gradient_matches_finite_differences(loss):
    x, y = line_data()
    theta, h = np.array([0.3, 0.7]), 1e-6
    _, g = line_loss_and_grad(theta, x, y, loss)
    for i in range(2):
        e = np.eye(2)[i] * h
        numeric = (line_loss_and_grad(theta + e, x, y, loss)[0]
                   - line_loss_and_grad(theta - e, x, y, loss)[0]) / (2 * h)
        assert g[i] == pytest.approx(numeric, rel=1e-5)


@pytest.mark.parametrize("loss", ["mae", "mse"])
def test_loss_surface_is_the_loss_at_every_grid_point(loss):
    x, y = line_data(50)
    surface = loss_surface(x, y, WS[:5], BS[:4], loss)
    assert surface.shape == (4, 5)
    for i, b in enumerate(BS[:4]):
        for j, w in enumerate(WS[:5]):
            assert surface[i, j] == pytest.approx(line_loss_and_grad((w, b), x, y, loss)[0])


def test_unknown_loss_name_is_refused():
    x, y = line_data(10)
    with pytest.raises(ValueError, match="loss must be one of"):
        loss_surface(x, y, WS, BS, "rmse")


def test_mae_fit_is_the_lowest_mae_and_ignores_spikes():
    x, y = line_data()
    X = x[:, None]
    w, b = linear_mae_fit(X, y)
    best = mae(b + w[0] * x, y)
    w_ls, b_ls = linear_least_squares(X, y)
    assert best < mae(b_ls + w_ls[0] * x, y)            # least squares is pulled by the spikes
    assert w[0] == pytest.approx(0.9, abs=0.05) and b == pytest.approx(0.5, abs=0.25)
    rng = np.random.default_rng(1)
    for _ in range(20):                                 # no nearby (w, b) is lower
        dw, db = rng.normal(0, 0.01, 2)
        assert mae(b + db + (w[0] + dw) * x, y) >= best - 1e-9


def test_gradient_descent_on_the_mae_reaches_the_fit():
    x, y = line_data()
    path = line_descent(x, y, (0.0, 0.0), lr=0.01, steps=5000, loss="mae")
    assert path.losses[-1] == pytest.approx(best_line_loss(x, y, "mae"), rel=2e-3)


def test_descent_is_described_in_words():
    x, y = line_data()
    best = best_line_loss(x, y, "mse")
    labels = {lr: descent_label(line_descent(x, y, (0, 0), lr, 300, "mse"), best)
              for lr in [0.0005, 0.02, 0.035, 0.1]}
    assert labels[0.0005] == "crawling"
    assert labels[0.02].startswith("converged")
    assert labels[0.035] == "converged, zigzagging"
    assert labels[0.1] == "diverged"
    diverged = line_descent(x, y, (0, 0), 0.1, 300, "mse")
    text = describe_descent(diverged, best)
    assert text.startswith("Diverged at step") and "too large" in text
    assert np.isfinite(diverged.thetas).all()           # the last good θ, no NaN to plot
    slowly = line_descent(x, y, (0, 0), 0.0398, 300, "mse")   # just past the limit
    assert not slowly.diverged and descent_label(slowly, best) == "diverging"
    assert describe_descent(slowly, best).startswith("Diverging: in 300 steps L grew")
    assert "Still crawling" in describe_descent(line_descent(x, y, (0, 0), 5e-4, 300, "mse"),
                                                best)


def make_explorer(**kw):
    x, y = line_data()
    return LearningRateExplorer(x, y, LRS, lr=0.01, steps=200, ws=WS, bs=BS, **kw)


def test_explorer_redraws_when_the_learning_rate_changes():
    ex = make_explorer()
    before_path = np.array(ex.path_line.get_xydata())
    before_loss = np.array(ex.loss_line.get_ydata())
    before_png, redraws = ex.live.image.value, ex.live.redraws
    ex.lr.value = 0.03                                  # what dragging the slider does
    assert ex.live.redraws == redraws + 1
    assert ex.live.image.value != before_png
    assert not np.array_equal(np.array(ex.path_line.get_xydata()), before_path)
    assert not np.array_equal(np.array(ex.loss_line.get_ydata()), before_loss)
    assert "η = 0.03" in ex.ax_surface.get_title()


def test_explorer_reports_divergence_in_words():
    ex = make_explorer()
    ex.lr.value = 0.1
    assert ex.path.diverged
    assert ex.status.value.startswith("Diverged at step") and "smaller η" in ex.status.value
    assert "diverged" in ex.ax_surface.get_title()
    ys = np.array(ex.loss_line.get_ydata())
    assert np.isfinite(ys).all() and len(ys) < 200     # stopped early, no NaN or inf drawn
    ex.lr.value = 0.01                                  # and back: converging again
    assert not ex.path.diverged and not ex.status.value.startswith("Diverged")


def test_explorer_steps_slider_sets_the_path_length():
    ex = make_explorer()
    ex.steps.value = 50
    assert len(ex.path_line.get_xdata()) == 51
    assert len(ex.loss_line.get_xdata()) == 51


def test_explorer_works_with_the_mae_too():
    x, y = line_data()
    ex = LearningRateExplorer(x, y, LRS + [1.0], lr=0.01, steps=300, ws=WS, bs=BS, loss="mae")
    ex.lr.value = 1.0
    assert not ex.path.diverged                         # the MAE's slope is bounded
    assert "MAE" in ex.ax_loss.get_title()
    assert "bouncing" in ex.ax_surface.get_title()
    assert ex.status.value.startswith("Bouncing") and "smaller η" in ex.status.value


def test_small_multiples_show_each_case_with_its_label():
    x, y = line_data()
    fig, paths, labels = plot_descent_cases(x, y, [0.0005, 0.02, 0.035, 0.1], 300, (0, 0),
                                            WS, BS)
    assert len(fig.axes) == 8 and len(paths) == 4
    assert labels[0] == "crawling" and labels[-1] == "diverged"
    assert all(label in ax.get_title() for label, ax in zip(labels, fig.axes[:4], strict=True))


def test_default_test_year():
    import pandas as pd

    def series(start, end):
        idx = pd.date_range(start, end, freq="D")
        return pd.Series(np.ones(len(idx)), index=idx)

    assert default_test_year(series("2017-01-01", "2021-12-31")) == 2021
    assert default_test_year(series("2022-03-01", "2024-02-20")) == 2023  # 2024 too short
    assert default_test_year(series("2022-03-01", "2024-07-05")) == 2024


@pytest.mark.parametrize("steps", [20, 21, 300, 301])
def test_a_too_large_eta_on_the_mae_bounces_and_is_never_called_diverging(steps):
    """The MAE's steps never grow: with η far too large the path jumps between two points, and
    after an odd number of steps L ends above its start. That is bouncing, not "each step
    overshoots by more than the last" (the MSE's divergence), whatever the number of steps."""
    x, y = line_data()
    best = best_line_loss(x, y, "mae")
    path = line_descent(x, y, (0.0, 0.0), lr=1.0, steps=steps, loss="mae")
    assert not path.diverged and path.losses.min() == pytest.approx(path.losses[0])
    assert descent_label(path, best) == "bouncing"
    assert describe_descent(path, best).startswith("Bouncing")
    growing = line_descent(x, y, (0.0, 0.0), lr=0.0398, steps=steps, loss="mse")  # the MSE's
    assert descent_label(growing, best_line_loss(x, y, "mse")) == "diverging"     # steps grow
