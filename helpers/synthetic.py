"""A seeded, synthetic stand-in for the book's YouTube channel: daily views 2017-2021.

The book (chapter 1) predicts tomorrow's views of a course channel from earlier days.
Those data are not public, so we make our own with a recipe a learner can read:

    views = level × weekday × season × new_year × noise + uploads

- level     a slow trend (the channel grows, then saturates) times a slow random wander;
- weekday   students watch less at weekends; the weekly shape is strong in term and
            flatter in the breaks (an interaction of weekday and season);
- season    terms, exam weeks (more views), summer and winter breaks (fewer);
- new_year  a dip around the Lunar New Year, on the real dates;
- noise     day-to-day multiplicative noise, a few per cent;
- uploads   each new video adds a spike that decays over the next days: a lecture every
            Thursday in term, plus a few extra videos at random times.

Everything random comes from one `np.random.default_rng(seed)`, drawn in a fixed order,
so the same seed gives the same data on every machine. `data/views.csv` is
`write_views_csv("data/views.csv")` with the default seed.
"""

import numpy as np
import pandas as pd

START, END = "2017-01-01", "2021-12-31"

# Lunar New Year's Day (the first day of the first lunar month), 2017-2021.
LUNAR_NEW_YEAR = ["2017-01-28", "2018-02-16", "2019-02-05", "2020-01-25", "2021-02-12"]

# Weekly shape in term, Monday .. Sunday (mean 1): weekends are quiet.
WEEKDAY_TERM = np.array([1.22, 1.28, 1.22, 1.14, 0.92, 0.42, 0.80])
# In the breaks the weekly shape keeps this fraction of its term-time amplitude.
BREAK_WEEKLY_AMPLITUDE = 0.5


def days(start=START, end=END):
    """All calendar days from `start` to `end`, inclusive: a DatetimeIndex, shape (n_days,)."""
    return pd.date_range(start, end, freq="D")


def trend(dates, first=2.6, last=4.4, rate=1.2):
    """Slow saturating growth, in thousands of views a day.

    trend(t) = last - (last - first) · exp(-rate · t), with t in years since the start.
    """
    t = (dates - dates[0]).days.to_numpy() / 365.25
    return last - (last - first) * np.exp(-rate * t)


def wander(rng, n, phi=0.95, sd=0.015):
    """A slow random wander of the level: exp(z), with z an AR(1) process.

    z[0] = 0, z[t] = phi · z[t-1] + sd · eps[t], eps ~ N(0, 1).  Shape (n,).
    """
    eps = rng.normal(0.0, 1.0, size=n)
    z = np.zeros(n)
    for t in range(1, n):
        z[t] = phi * z[t - 1] + sd * eps[t]
    return np.exp(z)


def term_weight(dates):
    """1 in term time, 0 in the summer and winter breaks, a ramp of a week in between.

    Terms: about 15 Feb - 20 Jun and 10 Sep - 15 Jan (a Taiwanese university calendar).
    """
    doy = dates.day_of_year.to_numpy()
    in_term = ((doy >= 46) & (doy <= 171)) | (doy >= 253) | (doy <= 15)
    weight = pd.Series(in_term.astype(float)).rolling(7, center=True, min_periods=1).mean()
    return weight.to_numpy()


def season(dates, term, summer=0.62, winter=0.75, exam=1.18):
    """Season factor: 1 in term, `summer`/`winter` in the breaks, `exam` in exam weeks.

    season = term · exam_bump + (1 - term) · break_level; exam weeks: midterms (mid-April,
    mid-November) and finals (mid-June, early January).
    """
    doy = dates.day_of_year.to_numpy()
    exam_weeks = [(100, 114), (155, 170), (314, 328), (1, 12)]
    bump = np.ones(len(dates))
    for lo, hi in exam_weeks:
        bump[(doy >= lo) & (doy <= hi)] = exam
    bump = pd.Series(bump).rolling(5, center=True, min_periods=1).mean().to_numpy()
    month = dates.month.to_numpy()
    break_level = np.where((month >= 5) & (month <= 10), summer, winter)
    return term * bump + (1 - term) * break_level


def weekday(dates, term, shape=WEEKDAY_TERM, break_amplitude=BREAK_WEEKLY_AMPLITUDE):
    """Weekday factor: the weekly shape, full in term, flattened in the breaks.

    weekday = 1 + (shape[day] - 1) · (term + (1 - term) · break_amplitude).
    """
    amplitude = term + (1 - term) * break_amplitude
    return 1 + (shape[dates.day_of_week.to_numpy()] - 1) * amplitude


def new_year_dip(dates, depth=0.45, before=3, after=7):
    """Lunar New Year dip: views fall to `depth` on the day, easing back over the days around.

    dip = 1 - (1 - depth) · ramp, ramp = 1 on New Year's Day, falling linearly to 0
    `before` days earlier and `after` days later.
    """
    dip = np.ones(len(dates))
    for day in pd.to_datetime(LUNAR_NEW_YEAR):
        d = (dates - day).days.to_numpy()
        ramp = np.where(d < 0, 1 + d / before, 1 - d / after).clip(0, 1)
        dip = np.minimum(dip, 1 - (1 - depth) * ramp)
    return dip


def daily_noise(rng, n, sd=0.02):
    """Multiplicative day-to-day noise: exp(sd · eps), eps ~ N(0, 1).  Shape (n,)."""
    return np.exp(sd * rng.normal(0.0, 1.0, size=n))


def lecture_days(dates, term):
    """A new lecture video every Thursday in term: a boolean array, shape (n_days,)."""
    return (dates.day_of_week.to_numpy() == 3) & (term > 0.5)


def extra_days(rng, n, per_year=10):
    """Extra videos (guest talks, homework walk-throughs) on random days, about `per_year` a year.

    A day has an extra upload when u < per_year / 365.25, u ~ Uniform(0, 1).  Shape (n,).
    """
    return rng.uniform(size=n) < per_year / 365.25


def spike_heights(rng, n, median, sd):
    """Relative height of each day's possible upload: median · exp(sd · eps).  Shape (n,)."""
    return median * rng.lognormal(0.0, sd, size=n)


def spikes(base, is_upload, heights, decay_days):
    """Extra views from new videos, in thousands a day.

    A video uploaded on day u adds  base[u] · heights[u] · exp(-(t - u) / decay_days)
    on each day t ≥ u: a jump on the day, then an exponential decay over the next days.
    """
    n = len(base)
    out = np.zeros(n)
    for u in np.flatnonzero(is_upload):
        t = np.arange(u, min(n, u + 30))
        out[t] += base[u] * heights[u] * np.exp(-(t - u) / decay_days)
    return out


def make_parts(seed: int = 2017) -> dict:
    """Every ingredient of the views, day by day (n_days,): what `make_views` adds up.

    Keys: dates, term (0..1), base (level · season · dip, thousands), regular (base · weekday
    · noise), lectures and extras (bool: upload days), views (int, views a day).
    """
    rng = np.random.default_rng(seed)
    dates = days()
    n = len(dates)
    term = term_weight(dates)
    # Random draws, always in this order: wander, noise, extra days, two sets of heights.
    level = trend(dates) * wander(rng, n)
    base = level * season(dates, term) * new_year_dip(dates)
    regular = base * weekday(dates, term) * daily_noise(rng, n)
    is_extra = extra_days(rng, n)
    lecture_h = spike_heights(rng, n, median=0.3, sd=0.1)
    extra_h = spike_heights(rng, n, median=1.0, sd=0.4)
    lectures = lecture_days(dates, term)
    uploads = spikes(base, lectures, lecture_h, decay_days=2.0)
    uploads += spikes(base, is_extra, extra_h, decay_days=1.5)
    views = np.rint(1000 * (regular + uploads)).astype(np.int64)
    return {"dates": dates, "term": term, "base": base, "regular": regular,
            "lectures": lectures, "extras": is_extra, "views": views}


def make_views(seed: int = 2017) -> pd.DataFrame:
    """Daily views 2017-01-01 .. 2021-12-31: columns `date` (datetime64) and `views` (int)."""
    parts = make_parts(seed)
    return pd.DataFrame({"date": parts["dates"], "views": parts["views"]})


def write_views_csv(path, seed: int = 2017) -> None:
    """Write make_views(seed) as CSV with header `date,views`, dates YYYY-MM-DD, '\\n' line ends."""
    df = make_views(seed)
    df.to_csv(path, index=False, date_format="%Y-%m-%d", lineterminator="\n")
