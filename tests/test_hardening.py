"""Training's bad inputs: each is a clear error or warning that says what to do."""

import numpy as np
import pandas as pd
import pytest

from helpers.features import Windows, make_windows, train_test
from helpers.models import Network
from helpers.training import DivergenceWarning, batches, fit_network, train


def toy(n=64, d=4, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n, d))
    return X, X[:, 0] - 0.5 * X[:, 1]


def test_divergence_with_adam_warns_keeps_good_parameters_and_names_a_smaller_rate():
    X, y = toy()
    net = Network(4, [32, 32], seed=0)
    with pytest.warns(DivergenceWarning, match="too large for this model: try η = 100000"):
        hist = train(net, X, y * 1e4, epochs=200, lr=1e6, loss="mse")
    assert hist.diverged and np.isfinite(net.get_theta()).all()


@pytest.mark.parametrize("where", ["X", "y", "X_val"])
@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_nan_or_inf_anywhere_in_the_data_is_refused(where, bad):
    X, y = toy()
    data = {"X": X.copy(), "y": y.copy(), "X_val": X[:8].copy()}
    data[where].flat[3] = bad
    with pytest.raises(ValueError, match="NaN or infinite"):
        train(Network(4, [4]), data["X"], data["y"], epochs=1, X_val=data["X_val"],
              y_val=y[:8])


@pytest.mark.parametrize("batch_size", [0, -5, 2.5])
def test_an_empty_or_odd_batch_size_is_refused_with_a_suggestion(batch_size):
    X, y = toy()
    with pytest.raises(ValueError, match=r"batch_size .* got .*Try 32"):
        train(Network(4, [4]), X, y, epochs=1, batch_size=batch_size)


def test_batches_refuses_zero_too():
    with pytest.raises(ValueError, match="empty batch"):
        list(batches(10, 0, np.random.default_rng(0)))


def test_a_batch_larger_than_the_data_means_full_batch():
    X, y = toy(n=10)
    hist = train(Network(4, [4]), X, y, epochs=3, batch_size=1000)
    assert hist.updates == 3


@pytest.mark.parametrize("epochs", [-1, 2.5])
def test_bad_epochs_are_refused(epochs):
    X, y = toy()
    with pytest.raises(ValueError, match="epochs"):
        train(Network(4, [4]), X, y, epochs=epochs)


def test_zero_epochs_trains_nothing():
    X, y = toy()
    net = Network(4, [4])
    before = net.get_theta()
    assert train(net, X, y, epochs=0).updates == 0
    np.testing.assert_array_equal(net.get_theta(), before)


@pytest.mark.parametrize("X_shape", [(64, 7), (64,)])
def test_inputs_that_do_not_fit_the_network_are_refused(X_shape):
    X = np.zeros(X_shape)
    with pytest.raises(ValueError, match="this network takes 4 inputs"):
        train(Network(4, [4]), X, np.zeros(64), epochs=1)


def test_empty_data_is_refused():
    with pytest.raises(ValueError, match="at least one"):
        train(Network(4, [4]), np.zeros((0, 4)), np.zeros(0), epochs=1)


def test_empty_training_windows_are_refused():
    w = Windows(np.zeros((0, 4)), np.zeros(0), pd.DatetimeIndex([]))
    with pytest.raises(ValueError, match="no training examples"):
        fit_network(w, [4], epochs=1)


def test_window_longer_than_the_data_says_how_many_days_are_needed():
    v = pd.Series(np.arange(30), index=pd.date_range("2021-01-01", periods=30))
    with pytest.raises(ValueError, match="needs at least 57 days .* has 30"):
        make_windows(v, 56)
    with pytest.raises(ValueError, match="whole number"):
        make_windows(v, 0)


def test_a_split_with_no_test_year_says_which_year_to_pass():
    v = pd.Series(np.arange(400), index=pd.date_range("2019-01-01", periods=400))
    with pytest.raises(ValueError, match="test_year="):
        train_test(v, 7)


@pytest.mark.parametrize("activation", ["relu", "sigmoid"])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_float32_and_float64_train_alike(dtype, activation):
    X, y = toy(200)
    net = Network(4, [16, 16], activation=activation, seed=0, dtype=dtype)
    hist = train(net, X, y, epochs=30, lr=1e-2, batch_size=32)
    assert net.theta.dtype == dtype and all(p.dtype == dtype for p in net.params)
    assert hist.train_loss[-1] < 0.5 * hist.train_loss[0]


def test_parameters_are_views_of_theta():
    net = Network(3, [5, 2], seed=0)
    net.theta[:] = 7.0
    assert all((p == 7.0).all() for p in net.params)
    net.set_theta(np.arange(net.n_params(), dtype=float))
    np.testing.assert_array_equal(net.theta, np.arange(net.n_params()))


def test_a_subclass_with_its_own_backward_is_still_trained_with_it():
    class Halved(Network):
        def backward(self, dy):  # the old signature: no `out`
            return [g / 2 for g in super().backward(dy)]

    X, y = toy()
    a, b = Network(4, [8], seed=0), Halved(4, [8], seed=0)
    train(a, X, y, epochs=3, lr=1e-2, optimizer="sgd", loss="mse")
    train(b, X, y, epochs=3, lr=2e-2, optimizer="sgd", loss="mse")  # same steps as `a`
    np.testing.assert_allclose(a.get_theta(), b.get_theta(), rtol=1e-12, atol=1e-12)
