"""The sliders of notebooks 03 and 04: set each control's value, check the redrawn artists.

Every builder returns an Explorer: `controls` (sliders by name), `artists` (the lines it
redraws) and `live` (the Image widget's figure). Setting `.value` fires the callback at once.
"""

import numpy as np
import pytest

from helpers.frontend.plots import use_course_style
from helpers.frontend.widgets import (
    FastLiveFigure,
    approximation_explorer,
    piecewise_explorer,
    png_bytes,
    relu_pair_explorer,
    sigmoid_challenge,
    sigmoid_explorer,
)
from helpers.models import sigmoid
from helpers.pieces import weekly_curve

use_course_style()


def curve(explorer, name):
    line = explorer.artists[name]
    return np.asarray(line.get_xdata(), dtype=float), np.asarray(line.get_ydata(), dtype=float)


def midpoint(x, y, height):
    """Where a rising curve crosses half its height."""
    return float(np.interp(height / 2, y, x))


def test_sigmoid_explorer_has_sliders_c_b_w_and_draws_the_formula():
    e = sigmoid_explorer()
    assert [e.controls[k].description for k in "cbw"] == ["c", "b", "w"]
    e.controls["c"].value, e.controls["b"].value, e.controls["w"].value = 1.5, -2.0, 3.0
    x, y = curve(e, "sigmoid")
    np.testing.assert_allclose(y, 1.5 / (1 + np.exp(-(-2.0 + 3.0 * x))))


def test_c_doubles_the_height():
    e = sigmoid_explorer(c=1.0, b=0.0, w=1.0)
    _, before = curve(e, "sigmoid")
    e.controls["c"].value = 2.0
    _, after = curve(e, "sigmoid")
    np.testing.assert_allclose(after, 2 * before)
    assert e.artists["height"].get_ydata()[0] == 2.0


@pytest.mark.parametrize("b, w", [(2.0, 1.0), (-3.0, 2.0), (1.5, 0.5)])
def test_b_shifts_the_midpoint_to_minus_b_over_w(b, w):
    e = sigmoid_explorer(c=1.0, b=0.0, w=1.0)
    e.controls["w"].value = w
    e.controls["b"].value = b
    x, y = curve(e, "sigmoid")
    assert midpoint(x, y, 1.0) == pytest.approx(-b / w, abs=1e-3)
    assert e.artists["midpoint"].get_xdata()[0] == pytest.approx(-b / w)
    assert e.info["midpoint"] == pytest.approx(-b / w)             # the readout's number
    hx, hy = curve(e, "hard")                      # the hard sigmoid has the same midpoint
    assert midpoint(hx, hy, 1.0) == pytest.approx(-b / w, abs=1e-2)


def test_w_sets_the_slope_and_a_large_w_is_nearly_a_step():
    e = sigmoid_explorer(c=1.0, b=0.0, w=1.0)
    x, y = curve(e, "sigmoid")
    slope_1 = np.gradient(y, x)[np.argmin(np.abs(x))]
    e.controls["w"].value = 2.0
    x, y = curve(e, "sigmoid")
    assert np.gradient(y, x)[np.argmin(np.abs(x))] == pytest.approx(2 * slope_1, rel=1e-2)
    e.controls["w"].value = 10.0
    _, y = curve(e, "sigmoid")
    step = (x > 0).astype(float)
    assert np.mean(np.abs(y - step)) < 0.02
    e.controls["w"].value = 0.0                    # no midpoint: a flat line c·σ(b)
    _, y = curve(e, "sigmoid")
    np.testing.assert_allclose(y, sigmoid(0.0))
    assert e.info["midpoint"] is None and e.info["slope"] == 0


def test_each_slider_change_redraws_the_picture_once():
    e = sigmoid_explorer()
    first, n = e.live.image.value, e.live.redraws
    e.controls["b"].value = 1.0
    assert e.live.redraws == n + 1
    assert e.live.image.value != first
    assert e.live.image.value[:8] == b"\x89PNG\r\n\x1a\n"


def test_fast_redraw_matches_a_full_render():
    """Drawing only the moving artists over the background gives the full figure's pixels."""
    import io

    from matplotlib.image import imread

    e = sigmoid_explorer()
    e.controls["c"].value = -2.0
    e.controls["w"].value = 4.0
    fast = imread(io.BytesIO(e.live.image.value))[..., :3]
    full = imread(io.BytesIO(png_bytes(e.fig)))[..., :3]
    assert fast.shape == full.shape
    assert np.mean(np.abs(fast - full)) < 1e-3


def test_piecewise_explorer_pieces_sum_to_the_curve_through_the_bends():
    e = piecewise_explorer()
    e.controls["y1"].value = 4.0
    e.controls["x2"].value = 5.0
    bx, by = curve(e, "bends")
    assert list(by) == [1.0, 4.0, 1.5, 3.5] and bx[2] == 5.0
    x, total = curve(e, "sum3")                      # constant + all three pieces
    np.testing.assert_allclose(total, np.interp(x, bx, by), atol=1e-12)
    _, piece1 = curve(e, "piece1")
    assert piece1.max() == pytest.approx(3.0)        # c1 = y1 - y0, the first rise
    _, constant = curve(e, "constant")
    np.testing.assert_allclose(constant, 1.0)
    e.controls["y0"].value = 2.0
    _, constant = curve(e, "constant")
    np.testing.assert_allclose(constant, 2.0)


def test_bend_sliders_cannot_cross():
    e = piecewise_explorer()
    xs = [e.controls[f"x{i}"] for i in (1, 2, 3)]
    assert xs[0].max < xs[1].min and xs[1].max < xs[2].min and xs[0].min > 0


@pytest.mark.parametrize("kind", ["hard", "sigmoid"])
def test_approximation_explorer_error_falls_with_more_pieces(kind):
    e = approximation_explorer(np.sin, (0, 6), kind=kind, n=1)
    errors = []
    for n in [2, 4, 8, 16]:
        e.controls["n"].value = n
        errors.append(e.info["mae"])
        shown = [e.artists[f"piece{i}"].get_visible() for i in range(16)]
        assert sum(shown) == n
        x, y = curve(e, "sum")
        assert np.mean(np.abs(y - np.sin(x))) == pytest.approx(e.info["mae"])
    assert errors == sorted(errors, reverse=True)
    assert errors[-1] < errors[0] / 10


def test_relu_pair_sums_to_the_hard_sigmoid():
    e = relu_pair_explorer()
    e.controls["c"].value, e.controls["b"].value, e.controls["w"].value = 2.0, -1.0, 0.5
    x, y = curve(e, "sum")
    np.testing.assert_allclose(y, 2.0 * np.clip(-1.0 + 0.5 * x, 0, 1))
    _, r1 = curve(e, "relu1")
    _, r2 = curve(e, "relu2")
    np.testing.assert_allclose(r1 + r2, y)


def test_challenge_score_and_best_fit():
    def f(x):  # one sigmoid of the challenge's own family: midpoint 1, steepness 2
        return 0.5 + sigmoid(2.0 * (x - 1.0))

    e = sigmoid_challenge(f, (0, 6), n=3)          # midpoints start at 1, 3, 5; w = 4·3/6
    start = e.info["mae"]
    x, y = curve(e, "yours")
    np.testing.assert_allclose(y, e.controls["constant"].value)   # all heights start at 0
    e.controls["constant"].value = 0.5
    e.controls["c1"].value = 1.0
    assert e.info["mae"] < start / 10
    x, y = curve(e, "yours")
    assert np.mean(np.abs(y - f(x))) == pytest.approx(e.info["mae"])
    np.testing.assert_allclose(y, f(x), atol=1e-12)
    assert not e.artists["best"].get_visible()
    e.controls["best"].click()
    assert e.artists["best"].get_visible()
    assert e.info["best_mae"] < 1e-9
    np.testing.assert_allclose(e.info["best"]["c"], [1, 0, 0], atol=1e-8)
    e.controls["m1"].value = 2.0                                   # best fit follows the midpoints
    assert e.info["best_mae"] > 1e-3
    e.controls["best"].click()
    assert not e.artists["best"].get_visible()


def test_challenge_gradient_steps_lower_the_score_with_one_redraw():
    e = sigmoid_challenge(np.sin, (0, 6), n=3)
    scores, redraws = [e.info["mae"]], e.live.redraws
    for _ in range(3):
        e.controls["descend"].click()
        scores.append(e.info["mae"])
    assert e.live.redraws == redraws + 3           # the sliders moved, the picture redrew once
    assert e.info["steps"] == 30
    assert scores[-1] < scores[0] * 0.8
    x, y = curve(e, "yours")
    assert np.mean(np.abs(y - np.sin(x))) == pytest.approx(e.info["mae"])
    for name in ["constant", "c1", "m3"]:
        control = e.controls[name]
        assert control.min <= control.value <= control.max


def test_challenge_on_the_weekly_views_shape():
    import pandas as pd

    days = pd.date_range("2019-01-07", periods=70, freq="D")
    views = pd.Series(np.tile([5, 6, 5.5, 7, 4, 2, 3], 10) * 1000.0, index=days)
    e = sigmoid_challenge(weekly_curve(views, years=slice(None)), (0, 7), n=4, unit="k")
    e.controls["best"].click()
    assert e.info["best_mae"] < e.info["mae"]
    assert f"{e.info['best_mae']:.3f}k" in e.box.children[2].children[2].value  # the score line


def test_builders_use_fast_redraws():
    for e in [sigmoid_explorer(), piecewise_explorer(), relu_pair_explorer(),
              approximation_explorer(np.sin, (0, 6)), sigmoid_challenge(np.sin, (0, 6))]:
        assert isinstance(e.live, FastLiveFigure)
        assert e.live.redraws == 1


def test_approximation_explorer_measures_the_error_as_notebook_03s_table():
    """The still picture's title and the table of notebook 03 print the same MAE (0.315k)."""
    from helpers.data import load_views
    from helpers.losses import mae
    from helpers.pieces import even_knots, hard_sigmoid_pieces, piecewise_from_pieces, weekly_curve

    week = weekly_curve(load_views())
    days = np.linspace(0, 7, 701)                      # the table's grid in notebook 03
    c0, p = hard_sigmoid_pieces(*even_knots(week, 0, 7, 4))
    table = mae(piecewise_from_pieces(days, c0, p), week(days))
    shown = approximation_explorer(week, (0, 7), kind="hard", n=4).info["mae"]
    assert f"{shown:.3f}" == f"{table:.3f}"
