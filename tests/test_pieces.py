"""Piecewise linear curves = a constant + hard sigmoids; sums of sigmoids (helpers.pieces)."""

import numpy as np
import pandas as pd
import pytest

from helpers.models import hard_sigmoid, sigmoid
from helpers.pieces import (
    even_knots,
    even_sigmoids,
    fit_sigmoid_heights_least_squares,
    hard_like_sigmoid,
    hard_sigmoid_pieces,
    network_pieces,
    piece_curves,
    piecewise_from_pieces,
    sigmoid_like_hard,
    sigmoid_sum_mae_gradient,
    weekly_curve,
)


def test_constant_plus_hard_sigmoids_is_the_curve_through_the_bends():
    kx, ky = [0.0, 2.0, 4.5, 7.0], [1.0, 3.0, 1.5, 3.5]
    constant, pieces = hard_sigmoid_pieces(kx, ky)
    assert constant == 1.0                       # where the curve meets the y-axis (x = 0)
    np.testing.assert_allclose(pieces[:, 0], [2.0, -1.5, 2.0])       # c = each segment's rise
    np.testing.assert_allclose(pieces[:, 2], [1 / 2, 1 / 2.5, 1 / 2.5])  # w = 1 / width
    np.testing.assert_allclose(-pieces[:, 1] / pieces[:, 2], kx[:-1])    # ramps start at bends
    x = np.linspace(-1, 10, 500)
    expected = np.interp(x, kx, ky)             # flat outside the bends, like np.interp
    np.testing.assert_allclose(piecewise_from_pieces(x, constant, pieces), expected, atol=1e-12)


def test_random_piecewise_curves_decompose_exactly():
    rng = np.random.default_rng(0)
    for n in [1, 2, 5, 16]:
        kx = np.cumsum(rng.uniform(0.1, 2, n + 1))
        ky = rng.normal(size=n + 1)
        x = np.linspace(kx[0] - 1, kx[-1] + 1, 300)
        y = piecewise_from_pieces(x, *hard_sigmoid_pieces(kx, ky))
        np.testing.assert_allclose(y, np.interp(x, kx, ky), atol=1e-12)


def test_piece_curves_has_one_row_per_piece():
    _, pieces = hard_sigmoid_pieces([0, 1, 2], [0, 1, 0])
    rows = piece_curves(np.linspace(0, 2, 5), pieces)
    assert rows.shape == (2, 5)
    np.testing.assert_allclose(rows[0], [0, 0.5, 1, 1, 1])
    np.testing.assert_allclose(rows[1], [0, 0, 0, -0.5, -1])


@pytest.mark.parametrize("kx, ky, words", [
    ([0, 1, 1, 2], [0, 1, 2, 3], "must increase"),
    ([0, 2, 1], [0, 1, 2], "must increase"),
    ([0, 1], [0, 1, 2], "same length"),
    ([0], [1], "at least 2"),
])
def test_bad_bend_points_are_explained(kx, ky, words):
    with pytest.raises(ValueError, match=words):
        hard_sigmoid_pieces(kx, ky)


def test_sigmoid_like_hard_matches_height_midpoint_and_slope():
    hard = np.array([[2.0, -1.0, 0.5], [-1.5, 0.3, 3.0]])
    sig = sigmoid_like_hard(hard)
    for (c, b, w), (cs, bs, ws) in zip(hard, sig, strict=True):
        mid = (0.5 - b) / w                      # the hard ramp's middle
        assert cs == c
        assert -bs / ws == pytest.approx(mid)    # the sigmoid's midpoint is -b/w
        h = 1e-6                                 # same slope there: c·w
        slope = (cs * sigmoid(bs + ws * (mid + h)) - cs * sigmoid(bs + ws * (mid - h))) / (2 * h)
        assert slope == pytest.approx(c * w, rel=1e-5)
    np.testing.assert_allclose(hard_like_sigmoid(sig), hard)


def test_even_knots_and_even_sigmoids():
    x, y = even_knots(np.sin, 0, 4, 4)
    np.testing.assert_allclose(x, [0, 1, 2, 3, 4])
    np.testing.assert_allclose(y, np.sin(x))
    b, w = even_sigmoids(0, 8, 4)
    np.testing.assert_allclose(-b / w, [1, 3, 5, 7])   # midpoints at the centres of 4 parts
    np.testing.assert_allclose(w, 2.0)                 # as steep as a hard ramp 2 wide: 4/2
    with pytest.raises(ValueError, match="at least 1"):
        even_sigmoids(0, 1, 0)


def test_least_squares_heights_recover_a_sum_of_sigmoids():
    b, w = even_sigmoids(0, 10, 5)
    x = np.linspace(0, 10, 200)
    c = np.array([1.0, -2.0, 0.5, 3.0, -1.0])
    y = 0.7 + piece_curves(x, np.column_stack([c, b, w]), sigmoid).sum(axis=0)
    constant, fitted = fit_sigmoid_heights_least_squares(x, y, b, w)
    assert constant == pytest.approx(0.7)
    np.testing.assert_allclose(fitted, c, atol=1e-8)


def test_more_pieces_approximate_a_smooth_curve_better():
    f = np.sin
    x = np.linspace(0, 6, 1000)
    errors = []
    for n in [2, 4, 8, 16]:
        approx = piecewise_from_pieces(x, *hard_sigmoid_pieces(*even_knots(f, 0, 6, n)),
                                       activation=hard_sigmoid)
        errors.append(np.mean(np.abs(approx - f(x))))
    assert all(a > 2 * b for a, b in zip(errors, errors[1:], strict=False))


def test_weekly_curve_passes_through_the_weekday_means():
    days = pd.date_range("2019-01-07", periods=7 * 20, freq="D")   # starts on a Monday
    shape = np.array([5, 6, 5.5, 7, 4, 2, 3]) * 1000.0
    views = pd.Series(np.tile(shape, 20), index=days)
    f = weekly_curve(views, years=slice(None))              # all the days
    np.testing.assert_allclose(f(np.arange(7) + 0.5), shape / 1000, atol=1e-12)
    np.testing.assert_allclose(f(0.0), f(7.0), atol=1e-12)          # one week wraps round


def test_network_pieces_reproduce_the_trained_network():
    from helpers.features import Windows
    from helpers.training import fit_network

    rng = np.random.default_rng(1)
    x = rng.uniform(1, 6, 200)
    y = 2 + np.tanh(x - 3) + rng.normal(0, 0.05, 200)
    w = Windows(x[:, None], y, pd.date_range("2020-01-01", periods=200))
    fitted = fit_network(w, [3], activation="sigmoid", epochs=30, lr=0.03)
    constant, pieces = network_pieces(fitted)
    grid = np.linspace(0, 7, 50)
    np.testing.assert_allclose(piecewise_from_pieces(grid, constant, pieces, sigmoid),
                               fitted.predict(grid[:, None]), atol=1e-9)
    relu_net = fit_network(w, [3], activation="relu", epochs=1)
    with pytest.raises(ValueError, match="sigmoid"):
        network_pieces(relu_net)


def test_weekly_curve_needs_a_full_week():
    views = pd.Series([1000.0] * 5, index=pd.date_range("2019-01-07", periods=5, freq="D"))
    with pytest.raises(ValueError, match="full week"):
        weekly_curve(views)


def test_mae_gradient_of_a_sum_of_sigmoids_matches_finite_differences():
    rng = np.random.default_rng(3)
    x = np.linspace(0, 7, 97)
    y = np.sin(x) + 4
    c, m, w = rng.normal(size=4), np.array([1.0, 2.5, 4.0, 6.0]), 2.3

    def loss(theta):
        k, cc, mm = theta[0], theta[1:5], theta[5:]
        pred = k + (cc[:, None] * sigmoid(w * (x[None, :] - mm[:, None]))).sum(axis=0)
        return np.mean(np.abs(pred - y))

    theta = np.concatenate([[4.1], c, m])
    g0, gc, gm = sigmoid_sum_mae_gradient(x, y, theta[0], theta[1:5], theta[5:], w)
    h = 1e-7
    numeric = [(loss(theta + h * e) - loss(theta - h * e)) / (2 * h) for e in np.eye(9)]
    np.testing.assert_allclose(np.concatenate([[g0], gc, gm]), numeric, atol=1e-6)


def test_weekly_curve_uses_the_training_years_by_default():
    days = pd.date_range("2017-01-02", "2021-12-31", freq="D")       # test year: 2021
    views = pd.Series(np.where(days.year < 2021, 5000.0, 1000.0), index=days)
    np.testing.assert_allclose(weekly_curve(views)(np.linspace(0, 7, 9)), 5.0)
