"""Features from the daily views: windows of the previous k days, splits, standardisation.

The book predicts tomorrow's views from earlier days: `x1` is yesterday, `x2` the day
before, ..., `xk` k days ago. Views are in thousands (the book's `k`), so a weight of 0.97
and a bias of 0.1 read as in the chapter.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .language.messages import t

SCALE = 1000.0  # views are modelled in thousands


@dataclass
class Windows:
    """Examples for "predict day t from the k days before it".

    X: (n, k) views in thousands, column j = day t-1-j (x1 = yesterday).
    y: (n,) views on day t, in thousands.
    dates: (n,) the date t of each target.
    """

    X: np.ndarray
    y: np.ndarray
    dates: pd.DatetimeIndex

    def __len__(self) -> int:
        return len(self.y)

    @property
    def k(self) -> int:
        return self.X.shape[1]

    def between(self, start: str, end: str) -> Windows:
        """The examples whose target date lies in [start, end], inclusive.

        Dates may be days ('2021-02-14'), months ('2021-02': to its last day) or years
        ('2020': the whole year).
        """
        first, last = pd.Period(start).start_time, pd.Period(end).end_time
        keep = (self.dates >= first) & (self.dates <= last)
        return Windows(self.X[keep], self.y[keep], self.dates[keep])


def make_windows(views: pd.Series, k: int) -> Windows:
    """All windows of k previous days: X[t] = (v[t-1], ..., v[t-k]) / 1000, y[t] = v[t] / 1000.

    views: daily Series (n_days,) as returned by `load_views`. Returns n_days - k examples.
    """
    if not isinstance(k, (int, np.integer)) or k < 1:
        raise ValueError(t("features.k_invalid", k=k))
    if len(views) <= k:
        raise ValueError(t("features.too_short", k=k, need=k + 1, n=len(views)))
    v = np.asarray(views, dtype=float) / SCALE
    n = len(v) - k
    X = np.column_stack([v[k - 1 - j: k - 1 - j + n] for j in range(k)])
    return Windows(X, v[k:], pd.DatetimeIndex(views.index[k:]))


def train_test(views: pd.Series, k: int, test_year: int = 2021) -> tuple[Windows, Windows]:
    """The book's split: targets before `test_year` train, targets in `test_year` test."""
    w = make_windows(views, k)
    train = w.between(str(w.dates[0].date()), f"{test_year - 1}-12-31")
    test = w.between(f"{test_year}-01-01", f"{test_year}-12-31")
    if len(train) == 0 or len(test) == 0:
        raise ValueError(t("features.split_empty", year=test_year, n_train=len(train),
                           n_test=len(test), first=views.index[0], last=views.index[-1]))
    return train, test


@dataclass
class Standardizer:
    """z = (a - mean) / std, fitted on training data only (never on test data).

    mean, std: (d,) for a 2-d array (one per column), scalars for a 1-d array.
    """

    mean: np.ndarray
    std: np.ndarray

    @classmethod
    def fit(cls, a: np.ndarray) -> Standardizer:
        a = np.asarray(a, dtype=float)
        std = a.std(axis=0)
        return cls(a.mean(axis=0), np.where(std > 0, std, 1.0))

    def transform(self, a: np.ndarray) -> np.ndarray:
        return (np.asarray(a, dtype=float) - self.mean) / self.std

    def inverse(self, z: np.ndarray) -> np.ndarray:
        return np.asarray(z) * self.std + self.mean


def default_test_year(views: pd.Series, min_days: int = 183) -> int:
    """The year to test on: the data's last calendar year if it has ≥ `min_days` days, else the
    year before. The course's data give 2021, the book's test year; a learner's own data give
    their latest (mostly complete) year.
    """
    last = views.index[-1]
    days_in_last_year = last.day_of_year  # 1 January is day 1
    return last.year if days_in_last_year >= min_days else last.year - 1


BOOK_TEST_WEEKS = ("01-01", "02-14")  # month-day of the book's first and last test day


def book_test_weeks(test: Windows) -> Windows:
    """The book's test period inside a test year: its examples from 1 January to 14 February.

    The book's test data are only the first weeks of 2021 (they end just after the Lunar New
    Year); the course reports the whole test year and these weeks.
    """
    year = test.dates[0].year
    first, last = BOOK_TEST_WEEKS
    return test.between(f"{year}-{first}", f"{year}-{last}")


WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def weekday_names() -> list[str]:
    """The weekdays' short names, Monday first, in the current language (Mon.. or 周一..)."""
    return t("features.weekdays").split()


def weekday_profile(views: pd.Series) -> pd.Series:
    """Mean views of each weekday divided by the mean of all days: (7,), indexed Mon..Sun
    (周一..周日 in the Chinese notebooks: `weekday_names()`).

    1.2 on Tuesday means Tuesdays have 20% more views than the average day.
    """
    means = views.groupby(views.index.day_of_week).mean() / views.mean()
    names = weekday_names()
    return pd.Series(means.to_numpy(), index=[names[d] for d in means.index], name="views")
