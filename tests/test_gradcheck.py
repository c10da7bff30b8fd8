"""Backpropagation checked against finite differences, with the helper notebooks use."""

import numpy as np
import pytest

from helpers.gradcheck import gradient_check, numeric_gradient, relative_error
from helpers.losses import mae_grad
from helpers.models import Network, sigmoid


def standardised_windows(n=100, d=56, seed=0):
    """Random data shaped like the notebooks' standardised 56-day windows."""
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n, d)), rng.standard_normal(n)


@pytest.mark.parametrize("activation", ["sigmoid", "relu"])
@pytest.mark.parametrize("hidden", [10, [10, 10]])
def test_full_network_passes_the_gradient_check(activation, hidden):
    X, y = standardised_windows()
    net = Network(56, hidden, activation=activation, seed=0)
    # Biases start at 0: a ReLU unit of layer 2 whose inputs are all 0 has r = 0 exactly, on
    # the kink, where finite differences are wrong. Random biases move every r off it.
    for bias in net.params[1::2]:
        bias[:] = np.random.default_rng(1).normal(0, 0.5, bias.shape)
    check = gradient_check(net, X, y, loss="mse")
    assert check.error < 1e-6 and check.ok(1e-6)
    assert check.backprop.shape == check.numeric.shape == (net.n_params(),)


def test_gradient_check_leaves_theta_unchanged():
    X, y = standardised_windows(n=20, d=5)
    net = Network(5, [4], activation="sigmoid", seed=3)
    before = net.get_theta()
    gradient_check(net, X, y)
    np.testing.assert_array_equal(net.get_theta(), before)


def test_gradient_check_catches_a_wrong_backward():
    class ForgotTheSlope(Network):
        """Backward that skips σ'(r): a classic bug the check must flag."""

        def backward(self, dy):
            grads = super().backward(dy)
            grads[0] = grads[0] * 4.0   # σ'(r) ≤ 1/4: wrong by a factor of about 4
            return grads

    X, y = standardised_windows(n=30, d=6)
    check = gradient_check(ForgotTheSlope(6, [5], activation="sigmoid", seed=0), X, y)
    assert not check.ok(1e-6) and check.error > 1e-2


def test_numeric_gradient_of_a_quadratic():
    a = np.array([1.0, -2.0, 3.0])
    g = numeric_gradient(lambda t: float(np.sum(a * t**2)), np.array([0.5, 1.0, -1.0]))
    np.testing.assert_allclose(g, 2 * a * np.array([0.5, 1.0, -1.0]), atol=1e-8)
    assert relative_error(g, g) == 0.0


def test_hand_written_layer_matches_network_backward():
    """The few lines notebook 05 writes by hand give the helpers' gradients to 1e-12."""
    X, y = standardised_windows(n=200)
    net = Network(56, 10, activation="sigmoid", seed=0)
    W, b, cT, b_out = net.params
    c = cT[0]
    R = X @ W.T + b
    A = sigmoid(R)
    Y_hat = b_out[0] + A @ c
    dy = mae_grad(Y_hat, y)
    dc, db_out = dy @ A, dy.sum()
    dR = np.outer(dy, c) * A * (1 - A)
    dW, db = dR.T @ X, dR.sum(axis=0)

    np.testing.assert_allclose(net.forward(X), Y_hat, rtol=0, atol=1e-12)
    grads = net.backward(dy)
    for g, mine in zip(grads, [dW, db, dc[None, :], np.array([db_out])], strict=True):
        assert g.shape == mine.shape
        assert np.max(np.abs(g - mine)) < 1e-12
