"""Property tests (hypothesis): rules that hold for every input, not just a few examples.

- the loader reads back exactly what was written, whatever the CSV style;
- windows put day t-1-j in column j, for any series and k;
- flatten / unflatten are inverses, and a Network's θ round-trips;
- losses are ≥ 0, and 0 exactly when the predictions equal the truth.
"""

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import array_shapes, arrays

from helpers.data import load_views
from helpers.features import make_windows
from helpers.losses import mae, mae_grad, mse, mse_grad
from helpers.models import Network, flatten, unflatten

FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

# --- the loader: write a valid daily series in some CSV style, read it back exactly -----------

DATE_STYLES = {  # strftime format -> how a learner's export might write dates
    "iso": "%Y-%m-%d", "slash": "%Y/%m/%d", "dots": "%Y.%m.%d", "compact": "%Y%m%d",
    "chinese": "%Y年%m月%d日", "with_time": "%Y-%m-%d 00:00:00",
}
SEPARATORS = [",", ";", "\t"]
HEADERS = [("date", "views"), ("Date", "Views"), ("日期", "观看次数"), ("day", "count"), None]


def thousands(v: int, sep: str) -> str:
    """1234567 -> '1,234,567' with `sep` between groups of three digits."""
    return f"{v:,}".replace(",", sep)


@st.composite
def daily_files(draw):
    """(CSV text, encoding, expected Series): a valid export in one of many styles."""
    n = draw(st.integers(2, 60))
    start = draw(st.dates(min_value=pd.Timestamp("2000-01-01").date(),
                          max_value=pd.Timestamp("2030-01-01").date()))
    views = draw(st.lists(st.integers(0, 10**7), min_size=n, max_size=n))
    date_style = draw(st.sampled_from(sorted(DATE_STYLES)))
    sep = draw(st.sampled_from(SEPARATORS))
    header = draw(st.sampled_from(HEADERS))
    group = draw(st.sampled_from(["", " ", "\u00a0", ","]))  # thousands separator or none
    if group == "," and sep == ",":
        group = ""  # an unquoted ',' would split the number: that case is an error (tested)
    swap = header is not None and draw(st.booleans())  # views column first
    shuffle = draw(st.booleans())
    bom = draw(st.booleans())
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "gb18030", "utf-16"]))
    dates = pd.date_range(start, periods=n, freq="D")
    rows = [[d.strftime(DATE_STYLES[date_style]), thousands(v, group) if group else str(v)]
            for d, v in zip(dates, views, strict=True)]
    if shuffle:
        order = draw(st.permutations(range(n)))
        rows = [rows[i] for i in order]
    if header is not None:
        rows.insert(0, list(header))
    if swap:
        rows = [r[::-1] for r in rows]
    text = ("\ufeff" if bom and encoding == "utf-8" else "") + "".join(
        sep.join(r) + "\n" for r in rows)
    expected = pd.Series(views, index=pd.DatetimeIndex(dates, name="date", freq="D"),
                         name="views", dtype=np.int64)
    return text, encoding, expected


@FAST
@given(daily_files())
def test_loader_reads_back_exactly_what_was_written(tmp_path, case):
    text, encoding, expected = case
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode(encoding))
    got = load_views(path)
    # The index's time unit (s, us, ns) depends on the pandas version: compare the days.
    pd.testing.assert_series_equal(got, expected, check_index_type=False)
    assert got.index.freq == "D"


@FAST
@given(st.lists(st.floats(0, 1e6, allow_nan=False).map(lambda x: round(x, 2)),
                min_size=2, max_size=30))
def test_loader_keeps_fractional_views(tmp_path, values):
    dates = pd.date_range("2021-03-01", periods=len(values))
    text = "date,views\n" + "".join(f"{d:%Y-%m-%d},{v!r}\n"
                                    for d, v in zip(dates, values, strict=True))
    path = tmp_path / "fractions.csv"
    path.write_text(text)
    got = load_views(path)
    np.testing.assert_array_equal(got.to_numpy(dtype=float), values)


# --- windows ---------------------------------------------------------------------------------


@FAST
@given(st.lists(st.integers(0, 10**6), min_size=2, max_size=80), st.data())
def test_window_column_j_is_day_t_minus_1_minus_j(values, data):
    k = data.draw(st.integers(1, len(values) - 1))
    v = pd.Series(values, index=pd.date_range("2020-01-01", periods=len(values)))
    w = make_windows(v, k)
    scaled = np.asarray(values, dtype=float) / 1000
    assert w.X.shape == (len(values) - k, k) and len(w.y) == len(values) - k
    for row in range(len(w)):
        t = row + k  # the target day's position in the series
        assert w.y[row] == scaled[t] and w.dates[row] == v.index[t]
        for j in range(k):
            assert w.X[row, j] == scaled[t - 1 - j]


# --- θ ---------------------------------------------------------------------------------------

shapes = st.lists(array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=5),
                  min_size=1, max_size=6)


@FAST
@given(shapes, st.data())
def test_flatten_then_unflatten_gives_the_arrays_back(shape_list, data):
    arrays_in = [data.draw(arrays(np.float64, s, elements=st.floats(-1e6, 1e6)))
                 for s in shape_list]
    theta = flatten(arrays_in)
    assert theta.shape == (sum(a.size for a in arrays_in),)
    for a, b in zip(arrays_in, unflatten(theta, shape_list), strict=True):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(flatten(unflatten(theta, shape_list)), theta)


@FAST
@given(shapes)
def test_unflatten_refuses_a_theta_of_the_wrong_size(shape_list):
    n = sum(int(np.prod(s)) for s in shape_list)
    with pytest.raises(ValueError, match="need"):
        unflatten(np.zeros(n + 1), shape_list)


@FAST
@given(st.integers(1, 8), st.lists(st.integers(1, 6), min_size=1, max_size=3),
       st.sampled_from(["relu", "sigmoid"]), st.integers(0, 2**32 - 1))
def test_network_theta_round_trips(n_inputs, hidden, activation, seed):
    net = Network(n_inputs, hidden, activation=activation, seed=seed)
    theta = np.random.default_rng(seed).standard_normal(net.n_params())
    net.set_theta(theta)
    np.testing.assert_array_equal(net.get_theta(), theta)
    assert [p.shape for p in net.params] == [p.shape for p in unflatten(theta, [
        p.shape for p in net.params])]


# --- losses ----------------------------------------------------------------------------------

# Values 0 or 1e-6 ≤ |x| ≤ 1e6: no tiny differences whose square or sign underflows to 0.
values = st.one_of(st.just(0.0), st.floats(1e-6, 1e6), st.floats(-1e6, -1e-6))
vectors = st.integers(1, 50).flatmap(
    lambda n: st.tuples(arrays(np.float64, n, elements=values),
                        arrays(np.float64, n, elements=values)))


@FAST
@given(vectors)
def test_losses_are_positive_and_zero_only_for_perfect_predictions(pair):
    pred, y = pair
    for loss in (mae, mse):
        assert loss(pred, y) >= 0
        assert loss(y, y) == 0
        assert (loss(pred, y) == 0) == bool(np.all(pred == y))


@FAST
@given(vectors)
def test_loss_gradients_point_away_from_the_truth(pair):
    """dL/dŷ has the sign of ŷ - y (so a step -η·g moves ŷ towards y), and is 0 where ŷ = y."""
    pred, y = pair
    for grad in (mae_grad, mse_grad):
        g = grad(pred, y)
        assert g.shape == pred.shape
        np.testing.assert_array_equal(np.sign(g), np.sign(pred - y))
