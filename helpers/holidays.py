"""Days that do not look like their weekday: holidays (and Lunar New Year) in a daily series.

A weekly cycle hides a holiday's dip: a Monday holiday is low, but so is every Sunday. So each
day is compared with its own weekday around it:

    ratio(t) = v(t) / mean(v(t ± 7), v(t ± 14), v(t ± 21), v(t ± 28))

0.6 means 40 % fewer than the same weekday usually has in the weeks around that day.
"""

from __future__ import annotations

import re

import pandas as pd
from pandas.tseries.holiday import USFederalHolidayCalendar

WEEKS = (1, 2, 3, 4)  # compare with the same weekday 1..4 weeks before and after


def weekday_ratio(series: pd.Series) -> pd.Series:
    """v(t) / the mean of the same weekday 1-4 weeks before and after: (n_days,), NaN where
    those days are not all in the series (the first and last 4 weeks)."""
    around = [series.shift(7 * w) for w in WEEKS] + [series.shift(-7 * w) for w in WEEKS]
    return (series / pd.concat(around, axis=1).mean(axis=1, skipna=False)).rename("ratio")


def us_holidays(start, end) -> pd.Series:
    """US federal holidays (the days off, as observed) between start and end: name by date."""
    return USFederalHolidayCalendar().holidays(start, end, return_name=True)


def holiday_dips(series: pd.Series, holidays: pd.Series | None = None) -> pd.DataFrame:
    """For each holiday: how its days compare with their weekday (`weekday_ratio`).

    holidays: name by date (default: `us_holidays` over the series). Returns one row per
    holiday name, lowest mean first: columns 'mean ratio', 'lowest ratio', 'years' (how many
    of its days have a ratio).
    """
    if holidays is None:
        holidays = us_holidays(series.index[0], series.index[-1])
    ratio = weekday_ratio(series).reindex(holidays.index)
    df = pd.DataFrame({"holiday": holidays.to_numpy(), "ratio": ratio.to_numpy()}).dropna()
    out = df.groupby("holiday")["ratio"].agg(["mean", "min", "count"])
    out.columns = ["mean ratio", "lowest ratio", "years"]
    return out.sort_values("mean ratio")


def holiday_key(name: str) -> str:
    """A holiday's name as a short key: "New Year's Day" -> "new_year_s_day"."""
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def lowest_days(series: pd.Series, n: int = 10) -> pd.Series:
    """The n days furthest below their weekday (`weekday_ratio`), lowest first."""
    return weekday_ratio(series).dropna().nsmallest(n)
