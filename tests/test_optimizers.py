"""The optimisers do what their docstrings' formulas say, on numbers small enough to check by hand.

Adam (Kingma & Ba 2015), for every parameter, at step t = 1, 2, ...:
    m ← β1·m + (1-β1)·g,   v ← β2·v + (1-β2)·g²,
    m̂ = m / (1 - β1^t),    v̂ = v / (1 - β2^t),      θ ← θ - η·m̂ / (√v̂ + ε)
"""

import numpy as np
import pytest

from helpers.training import SGD, Adam


def test_sgd_is_theta_minus_eta_g():
    theta = np.array([1.0, -2.0])
    SGD([theta], lr=0.1).step([np.array([0.5, -1.0])])
    np.testing.assert_allclose(theta, [0.95, -1.9])


def test_adam_first_step_is_eta_times_the_sign_of_g():
    """Step 1 by hand: m = 0.1·g, v = 0.001·g², m̂ = g, v̂ = g², so θ moves by η·g/|g| = η.

    Without the bias correction it would move by η·0.1·g / √(0.001·g²) ≈ 3.16·η instead.
    """
    theta = np.array([1.0, 1.0, 1.0])
    Adam([theta], lr=0.1, eps=0.0).step([np.array([0.5, -4.0, 1e-3])])
    np.testing.assert_allclose(theta, [0.9, 1.1, 0.9], rtol=0, atol=1e-12)


def test_adam_two_steps_by_hand():
    """g = 0.5 then g = -1, η = 0.1, β = (0.9, 0.999), ε = 1e-8, θ starts at 1.

    t=1: m = 0.05,                 v = 0.00025,               m̂ = 0.5,     v̂ = 0.25
         θ = 1 - 0.1·0.5/(0.5 + 1e-8)                                       = 0.90000000200
    t=2: m = 0.9·0.05 - 0.1 = -0.055,  v = 0.999·0.00025 + 0.001 = 0.00124975
         m̂ = -0.055/0.19 = -0.2894737,  v̂ = 0.00124975/0.001999 = 0.6251876
         θ = 0.900000002 + 0.1·0.2894737/(0.7906881 + 1e-8)                 = 0.93661035
    """
    theta = np.array([1.0])
    adam = Adam([theta], lr=0.1, betas=(0.9, 0.999), eps=1e-8)
    adam.step([np.array([0.5])])
    assert theta[0] == pytest.approx(0.900000002, abs=1e-12)
    adam.step([np.array([-1.0])])
    m_hat, v_hat = -0.055 / 0.19, 0.00124975 / 0.001999
    assert theta[0] == pytest.approx(0.900000002 - 0.1 * m_hat / (np.sqrt(v_hat) + 1e-8),
                                     abs=1e-12)
    assert theta[0] == pytest.approx(0.93661035, abs=1e-8)


def test_adam_matches_its_formula_over_many_steps():
    """The in-place implementation against the formula written out, for random gradients."""
    rng = np.random.default_rng(0)
    theta, ref = rng.standard_normal(5), None
    ref = theta.copy()
    m, v = np.zeros(5), np.zeros(5)
    lr, (b1, b2), eps = 0.01, (0.8, 0.99), 1e-6
    adam = Adam([theta], lr=lr, betas=(b1, b2), eps=eps)
    for t in range(1, 30):
        g = rng.standard_normal(5)
        adam.step([g])
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g**2
        ref = ref - lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + eps)
        np.testing.assert_allclose(theta, ref, rtol=1e-12, atol=1e-14)
