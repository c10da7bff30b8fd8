"""The synthetic views generator: it reproduces data/views.csv, and the data show the book's trends.

The linear models are fitted here with numpy's least squares on windows of the previous
k days, independently of helpers.features, so this test checks the data, not our helpers.
"""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from helpers.synthetic import make_views, write_views_csv

CSV = Path(__file__).resolve().parents[1] / "data" / "views.csv"


@pytest.fixture(scope="module")
def views():
    return make_views()


def linear_mae(df, k):
    """Train and test MAE (thousands) of y = b + Σ w_j·x_j on the previous k days.

    Train: targets in 2017-2020; test: targets in 2021 (the book's split).
    """
    v = df["views"].to_numpy() / 1000.0
    X = np.lib.stride_tricks.sliding_window_view(v, k)[:-1]   # (n - k, k): days t-k .. t-1
    y = v[k:]                                                  # (n - k,): day t
    year = df["date"].dt.year.to_numpy()[k:]
    A = np.column_stack([np.ones(len(X)), X])
    train, test = year <= 2020, year == 2021
    coef, *_ = np.linalg.lstsq(A[train], y[train], rcond=None)
    err = np.abs(A @ coef - y)
    return err[train].mean(), err[test].mean()


def test_generator_reproduces_the_csv_byte_for_byte(tmp_path):
    out = tmp_path / "views.csv"
    write_views_csv(out)
    assert out.read_bytes() == CSV.read_bytes(), (
        "data/views.csv differs from the generator's output; regenerate it with "
        "python -c \"from helpers.synthetic import write_views_csv; "
        "write_views_csv('data/views.csv')\"")


def test_csv_format():
    lines = CSV.read_bytes().split(b"\n")
    assert lines[0] == b"date,views"
    assert lines[1] == b"2017-01-01," + lines[1].split(b",")[1]
    assert lines[-1] == b"" and b"\r" not in CSV.read_bytes()


def test_every_day_2017_to_2021_once(views):
    assert list(views.columns) == ["date", "views"]
    expected = pd.date_range("2017-01-01", "2021-12-31", freq="D")
    assert (pd.DatetimeIndex(views["date"]) == expected).all()


def test_views_are_positive_integers(views):
    assert pd.api.types.is_integer_dtype(views["views"])
    assert (views["views"] > 0).all()


def test_same_seed_same_data_other_seed_other_data():
    a, b, c = make_views(7), make_views(7), make_views(8)
    pd.testing.assert_frame_equal(a, b)
    assert not a["views"].equals(c["views"])


def test_peaks_a_few_times_the_median(views):
    v = views["views"]
    assert 1_000 <= v.median() <= 10_000
    assert 2 <= v.max() / v.median() <= 4


def test_weekends_are_quiet(views):
    by_day = views.groupby(views["date"].dt.day_of_week)["views"].mean()
    assert by_day[5] == by_day.min()          # Saturday lowest
    assert by_day[5] < 0.75 * by_day.mean()


def test_more_days_help_with_diminishing_returns(views):
    """Linear models: MAE(1) > MAE(7) > MAE(28) ≥ MAE(56), on train and on test."""
    mae = {k: linear_mae(views, k) for k in (1, 7, 28, 56)}
    for part in (0, 1):  # 0: train, 1: test
        m1, m7, m28, m56 = (mae[k][part] for k in (1, 7, 28, 56))
        assert m1 > m7 > m28
        assert m56 <= m28 + 0.005
