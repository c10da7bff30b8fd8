"""Models and losses: every gradient checked against finite differences."""

import numpy as np
import pytest

from helpers.losses import get_loss, mae, mae_grad, mse, mse_grad
from helpers.models import (
    Network,
    flatten,
    hard_sigmoid,
    linear_least_squares,
    linear_predict,
    relu,
    sigmoid,
    unflatten,
)


def numeric_grad(f, theta, h=1e-6):
    """Central differences: (f(θ + h·e_i) - f(θ - h·e_i)) / 2h for every i."""
    g = np.zeros_like(theta)
    for i in range(theta.size):
        e = np.zeros_like(theta)
        e[i] = h
        g[i] = (f(theta + e) - f(theta - e)) / (2 * h)
    return g


def rel_error(a, b):
    return np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), 1e-300)


def random_problem(n=30, d=6, seed=0):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n, d)), rng.standard_normal(n)


@pytest.mark.parametrize("activation", ["relu", "sigmoid"])
@pytest.mark.parametrize("hidden", [[5], [4, 3], [3, 3, 3, 3]])
def test_network_gradient_matches_finite_differences(activation, hidden):
    X, y = random_problem()
    net = Network(X.shape[1], hidden, activation=activation, seed=1)
    # Random biases too, so no ReLU input sits exactly on its kink at 0.
    net.set_theta(np.random.default_rng(2).normal(0, 0.7, net.n_params()))

    def loss(theta):
        net.set_theta(theta)
        return mse(net.forward(X), y)

    theta = net.get_theta()
    expected = numeric_grad(loss, theta)
    net.set_theta(theta)
    got = flatten(net.backward(mse_grad(net.forward(X), y)))
    assert rel_error(got, expected) < 1e-6


@pytest.mark.parametrize("name", ["mae", "mse"])
def test_loss_gradients_match_finite_differences(name):
    loss, grad = get_loss(name)
    rng = np.random.default_rng(3)
    pred, y = rng.standard_normal(25), rng.standard_normal(25)
    assert rel_error(grad(pred, y), numeric_grad(lambda p: loss(p, y), pred)) < 1e-6


@pytest.mark.parametrize("f", [sigmoid, relu, hard_sigmoid])
def test_activation_derivatives(f):
    z = np.linspace(-3, 3, 13) + 0.05  # away from the kinks at 0 and 1
    num = numeric_grad(lambda t: float(np.sum(f(t))), z)
    exact = {sigmoid: sigmoid(z) * (1 - sigmoid(z)), relu: (z > 0) * 1.0,
             hard_sigmoid: ((z > 0) & (z < 1)) * 1.0}[f]
    np.testing.assert_allclose(num, exact, atol=1e-6)


def test_sigmoid_is_stable_for_large_inputs():
    with np.errstate(over="raise", invalid="raise"):
        s = sigmoid(np.array([-1000.0, 0.0, 1000.0]))
    np.testing.assert_allclose(s, [0.0, 0.5, 1.0])


def test_losses_by_hand():
    y, pred = np.array([1.0, 2.0, 4.0]), np.array([2.0, 2.0, 1.0])
    assert mae(pred, y) == pytest.approx((1 + 0 + 3) / 3)
    assert mse(pred, y) == pytest.approx((1 + 0 + 9) / 3)
    np.testing.assert_allclose(mae_grad(pred, y), [1 / 3, 0, -1 / 3])


def test_theta_round_trip_and_count():
    net = Network(56, [10], seed=0)
    # W (10, 56) + b (10,) + c (1, 10) + b (1,) = 560 + 10 + 10 + 1
    assert net.n_params() == 581 == net.get_theta().size
    theta = np.arange(581.0)
    net.set_theta(theta)
    np.testing.assert_array_equal(net.get_theta(), theta)
    assert net.params[0][0, 1] == 1.0 and net.params[-1][0] == 580.0


def test_unflatten_rejects_wrong_size():
    with pytest.raises(ValueError, match="θ has 5 values"):
        unflatten(np.zeros(5), [(2, 2), (2,)])


def test_least_squares_recovers_a_line():
    x = np.linspace(0, 5, 50)[:, None]
    w, b = linear_least_squares(x, 0.97 * x[:, 0] + 0.1)
    assert w[0] == pytest.approx(0.97) and b == pytest.approx(0.1)
    np.testing.assert_allclose(linear_predict(x, w, b), 0.97 * x[:, 0] + 0.1)


def test_same_seed_same_network():
    a, b = Network(7, [5, 5], seed=4), Network(7, [5, 5], seed=4)
    np.testing.assert_array_equal(a.get_theta(), b.get_theta())
    assert not np.array_equal(a.get_theta(), Network(7, [5, 5], seed=5).get_theta())


def test_unknown_activation_is_a_clear_error():
    with pytest.raises(ValueError, match="activation must be one of"):
        Network(3, [2], activation="tanh")
