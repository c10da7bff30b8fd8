"""Backpropagation from one neuron up (helpers/backprop.py): the hand-sized example, and the
same numbers as Network.backward and as finite differences, for one neuron and for a layer."""

import matplotlib.pyplot as plt
import numpy as np
import pytest

from helpers.backprop import NEURON_EXAMPLE, draw_neuron_graph, layer_steps, one_neuron
from helpers.course.exercises import EXERCISES
from helpers.gradcheck import numeric_gradient, relative_error
from helpers.language.messages import set_language, t
from helpers.losses import mae, mae_grad
from helpers.models import Network


def test_the_example_can_be_checked_by_hand():
    s = one_neuron(**NEURON_EXAMPLE)
    assert (s.r, s.a, s.y, s.e) == (0.0, 0.5, 2.0, 1.0)          # σ(0) = 1/2
    assert (s.de_dy, s.de_dc, s.de_db_out, s.de_da) == (-1.0, -0.5, -1.0, -2.0)
    assert (s.de_dr, s.de_dw, s.de_db) == (-0.5, -1.0, -0.5)       # σ'(0) = 1/4
    assert [name for name, _, _ in s.backward()][-2:] == ["∂e/∂w", "∂e/∂b"]


def _network(d, m, theta):
    net = Network(d, [m], activation="sigmoid")
    net.set_theta(np.asarray(theta, dtype=float))
    return net


NEURONS = [NEURON_EXAMPLE, dict(x=1.5, w=-0.8, b=0.3, c=1.2, b_out=0.5, y_true=-1.0),
           dict(x=-0.7, w=1.3, b=0.2, c=-2.0, b_out=0.1, y_true=1.5)]


@pytest.mark.parametrize("p", NEURONS)
def test_one_neuron_agrees_with_network_backward_and_finite_differences(p):
    s = one_neuron(**p)
    net = _network(1, 1, [p["w"], p["b"], p["c"], p["b_out"]])
    X, y = np.array([[p["x"]]]), np.array([p["y_true"]])
    pred = net.forward(X)
    assert pred[0] == pytest.approx(s.y)
    backprop = np.concatenate([g.ravel() for g in net.backward(mae_grad(pred, y))])
    np.testing.assert_allclose(s.gradient(), backprop, rtol=1e-12)

    def e(theta):
        return mae(_network(1, 1, theta).forward(X), y)

    numeric = numeric_gradient(e, net.get_theta())
    assert relative_error(s.gradient(), numeric) < 1e-7


@pytest.mark.parametrize("seed", range(4))
def test_a_layer_is_the_same_steps_unit_by_unit(seed):
    rng = np.random.default_rng(seed)
    d, m = 5, 4
    x, W, b, c = (rng.normal(size=d), rng.normal(size=(m, d)), rng.normal(size=m),
                  rng.normal(size=m))
    b_out, y_true = float(rng.normal()), float(rng.normal()) + 5.0   # far from y: no kink
    s = layer_steps(x, W, b, c, b_out, y_true)
    theta = np.concatenate([W.ravel(), b, c, [b_out]])
    net = _network(d, m, theta)
    pred = net.forward(x[None, :])
    assert pred[0] == pytest.approx(s.y)
    backprop = np.concatenate([g.ravel() for g in net.backward(mae_grad(pred, [y_true]))])
    np.testing.assert_allclose(s.gradient(), backprop, rtol=1e-12, atol=1e-15)
    numeric = numeric_gradient(lambda th: mae(_network(d, m, th).forward(x[None, :]),
                                              [y_true]), theta)
    assert relative_error(s.gradient(), numeric) < 1e-7
    # unit i alone is the one-neuron computation with its own w (one input: x·W[i] summed)
    for i in range(m):
        assert s.de_dr[i] == pytest.approx(s.de_dy * c[i] * s.a[i] * (1 - s.a[i]))


def test_one_neuron_exercise_has_the_same_reference():
    ex = EXERCISES["one_neuron"]
    for args in ex.cases():
        s = one_neuron(*args)
        np.testing.assert_allclose(ex.reference(*args), (s.de_dw, s.de_db, s.de_dc, s.de_db_out))


def test_the_graph_shows_both_passes_numbers_and_a_title_in_each_language():
    ax = draw_neuron_graph()
    texts = {txt.get_text() for txt in ax.texts}
    assert {"r = 0", "a = 0.5", "y = 2", "e = 1", "∂e/∂w = -1", "∂e/∂b = -0.5",
            "∂e/∂r = -0.5", "∂e/∂c = -0.5", "∂e/∂b_out = -1"} <= texts
    assert ax.get_title() == t("backprop.graph_title")
    plt.close(ax.figure)
    forward_only = draw_neuron_graph(backward=False)
    assert not any(txt.get_text().startswith("∂e") for txt in forward_only.texts)
    plt.close(forward_only.figure)
    set_language("zh")
    try:
        ax = draw_neuron_graph()
        assert ax.get_title().startswith("把一个神经元画成计算图")
        plt.close(ax.figure)
    finally:
        set_language("en")
