"""Loading views: the shipped file, learners' own CSVs, and every bad-file case."""

import numpy as np
import pandas as pd
import pytest

from helpers.data import ViewsFileError, load_views
from helpers.features import Standardizer, make_windows, train_test


def write(tmp_path, text, name="views.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def days(n, start="2021-03-01"):
    return pd.date_range(start, periods=n).strftime("%Y-%m-%d").tolist()


def test_shipped_data_is_a_clean_daily_series():
    v = load_views()
    assert v.index[0] == pd.Timestamp("2017-01-01") and v.index[-1] == pd.Timestamp("2021-12-31")
    assert len(v) == 1826 and v.index.freq == "D" and v.name == "views"
    assert v.dtype == np.int64 and (v > 0).all()


@pytest.mark.parametrize("text", [
    "date,views\n2021-03-01,10\n2021-03-02,20\n",
    "Date,Views\n2021-03-01,10\n2021-03-02,20\n",
    "views,date\n10,2021-03-01\n20,2021-03-02\n",
    "日期,观看次数\n2021-03-01,10\n2021-03-02,20\n",
    "Date,Watch time (hours),Views\n2021-03-01,1.5,10\n2021-03-02,2.5,20\n",
    "day;views\n2021-03-01;10\n2021-03-02;20\n",
    "date\tviews\n2021/03/01\t10\n2021/03/02\t20\n",
])
def test_common_headers_and_separators(tmp_path, text):
    v = load_views(write(tmp_path, text))
    assert v.tolist() == [10, 20]
    assert list(v.index) == [pd.Timestamp("2021-03-01"), pd.Timestamp("2021-03-02")]


def test_no_header_bom_thousands_and_youtube_total_row(tmp_path):
    text = "\ufeffDate,Views\nTotal,\"6,000\"\n" + "".join(
        f'{d},"{v}"\n' for d, v in zip(days(3), ["1,000", "2,000", "3,000"], strict=True))
    assert load_views(write(tmp_path, text)).tolist() == [1000, 2000, 3000]
    headerless = "".join(f"{d},{v}\n" for d, v in zip(days(3), [5, 6, 7], strict=True))
    assert load_views(write(tmp_path, headerless, "b.csv")).tolist() == [5, 6, 7]


def test_unsorted_rows_are_sorted(tmp_path):
    d = days(3)
    v = load_views(write(tmp_path, f"date,views\n{d[2]},3\n{d[0]},1\n{d[1]},2\n"))
    assert v.tolist() == [1, 2, 3]


def test_day_month_order_is_decided_by_the_whole_column(tmp_path):
    # 01/03/2021 .. 20/03/2021: only day-first reads these as 20 consecutive days.
    dates = pd.date_range("2021-03-01", periods=20)
    text = "date,views\n" + "".join(f"{d:%d/%m/%Y},{i}\n" for i, d in enumerate(dates))
    v = load_views(write(tmp_path, text))
    assert v.index[0] == pd.Timestamp("2021-03-01") and v.index[-1] == pd.Timestamp("2021-03-20")


def test_ambiguous_dates_are_refused(tmp_path):
    text = "date,views\n01/02/2021,5\n"
    with pytest.raises(ViewsFileError, match="more than one way"):
        load_views(write(tmp_path, text), min_days=1)


@pytest.mark.parametrize("text, line, message", [
    ("", None, "empty"),
    ("date,views\n", None, "no data rows"),
    ("when,how many\n2021-03-01,5\n", 1, "could not find a date column"),
    ("date,clicks\n2021-03-01,5\n", 1, "could not find a views column"),
    ("date,views\n2021-03-01,5\n2021-03-02,12a\n", 3, "'12a' is not a number"),
    ("date,views\n2021-03-01,5\n2021-03-02,\n", 3, "empty"),
    ("date,views\n2021-03-01,5\n2021-03-02,-3\n", 3, "negative"),
    ("date,views\n2021-03-01,5\n2021-03-01,6\n", 3, "appears twice"),
    ("date,views\n2021-03-01,5\n2021-03-05,6\n", 3, "3 missing day"),
    ("date,views\n2021-03-01,5\nyesterday,6\n", 3, "'yesterday' is not a date"),
    ("date,views\n2021-03-01,nan\n", 2, "not a finite number"),
])
def test_bad_files_name_the_file_the_line_and_the_fix(tmp_path, text, line, message):
    path = write(tmp_path, text)
    with pytest.raises(ViewsFileError, match=message) as err:
        load_views(path, min_days=1)
    assert str(path) in str(err.value) and "What to do:" in str(err.value)
    assert err.value.line == line


def test_too_few_days_for_the_window(tmp_path):
    text = "date,views\n" + "".join(f"{d},1\n" for d in days(10))
    with pytest.raises(ViewsFileError, match="only 10 days"):
        load_views(write(tmp_path, text), min_days=57)


def test_missing_file(tmp_path):
    with pytest.raises(ViewsFileError, match="no such file"):
        load_views(tmp_path / "nope.csv")


def test_windows_put_yesterday_first():
    v = pd.Series([1000, 2000, 3000, 4000, 5000], index=pd.date_range("2021-01-01", periods=5))
    w = make_windows(v, 2)
    np.testing.assert_array_equal(w.X, [[2, 1], [3, 2], [4, 3]])  # x1 = yesterday, thousands
    np.testing.assert_array_equal(w.y, [3, 4, 5])
    assert w.dates[0] == pd.Timestamp("2021-01-03")


def test_window_longer_than_the_data_is_a_clear_error():
    v = pd.Series([1, 2, 3], index=pd.date_range("2021-01-01", periods=3))
    with pytest.raises(ValueError, match="at least 57 days"):
        make_windows(v, 56)


def test_book_split_and_training_only_standardisation():
    v = load_views()
    train, test = train_test(v, 56)
    assert train.dates[-1] == pd.Timestamp("2020-12-31")
    assert test.dates[0] == pd.Timestamp("2021-01-01") and len(test) == 365
    s = Standardizer.fit(train.X)
    z = s.transform(train.X)
    np.testing.assert_allclose(z.mean(axis=0), 0, atol=1e-9)
    np.testing.assert_allclose(s.inverse(z), train.X)
    assert abs(s.transform(test.X).mean()) > 1e-6  # test data do not shape the scaling


def test_between_takes_days_months_and_years():
    w = make_windows(load_views(), 7)
    assert len(w.between("2020", "2020")) == 366
    feb = w.between("2021-02", "2021-02")
    assert feb.dates[0] == pd.Timestamp("2021-02-01")
    assert feb.dates[-1] == pd.Timestamp("2021-02-28")
    weeks = w.between("2021-01-01", "2021-02-14")
    assert len(weeks) == 45 and weeks.dates[-1] == pd.Timestamp("2021-02-14")
