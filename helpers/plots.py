"""One look for every figure of the course, and the plots the notebooks share.

Colours are the Okabe-Ito palette, which colour-blind readers can tell apart. Figures carry
English labels only (Chinese fonts are missing on many machines).
"""

from __future__ import annotations

import matplotlib as mpl
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd

COLORS = {
    "blue": "#0072B2", "orange": "#E69F00", "green": "#009E73", "vermillion": "#D55E00",
    "purple": "#CC79A7", "sky": "#56B4E9", "yellow": "#F0E442", "black": "#000000",
    "grey": "#999999",
}
TRAIN_COLOR, TEST_COLOR, MODEL_COLOR = COLORS["blue"], COLORS["orange"], COLORS["vermillion"]

STYLE = {
    "figure.figsize": (8, 3.2),
    "figure.dpi": 80,
    "savefig.dpi": 80,
    "axes.prop_cycle": mpl.cycler(color=[COLORS[c] for c in
                                         ["blue", "orange", "green", "vermillion", "purple",
                                          "sky", "black", "yellow"]]),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.titlesize": 11,
    "axes.labelsize": 10,
    "legend.fontsize": 9,
    "legend.frameon": False,
    "font.size": 10,
}


def use_course_style() -> None:
    """Apply the course's figure style (call once, in a notebook's setup cell)."""
    mpl.rcParams.update(STYLE)


def plot_views(views: pd.Series, ax=None, *, start=None, end=None, split: str | None = None,
               title: str = "Daily views"):
    """Daily views (in thousands) between `start` and `end`; `split` draws the train|test line.

    views: daily Series as returned by `load_views`. Returns the Axes.
    """
    if ax is None:
        _, ax = plt.subplots()
    v = views.loc[start:end] / 1000
    if split is None:
        ax.plot(v.index, v.to_numpy(), lw=0.8, color=TRAIN_COLOR, label="views")
    else:
        cut = pd.Timestamp(split)
        ax.plot(v.loc[:cut - pd.Timedelta(days=1)].index,
                v.loc[:cut - pd.Timedelta(days=1)].to_numpy(), lw=0.7, color=TRAIN_COLOR,
                label="training data")
        ax.plot(v.loc[cut:].index, v.loc[cut:].to_numpy(), lw=0.7, color=TEST_COLOR,
                label="test data")
        ax.axvline(cut, color=COLORS["grey"], ls="--", lw=1)
        ax.legend(loc="upper left")
    ax.set(title=title, xlabel="date", ylabel="views (thousands)")
    date_axis(ax)
    return ax


def date_axis(ax) -> None:
    """Short, non-overlapping date labels on the x-axis (e.g. 'Mar', '2019')."""
    locator = mdates.AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def shade_weekends(ax, dates) -> None:
    """Shade every Saturday-Sunday among `dates` (a DatetimeIndex) in light grey."""
    for saturday in dates[dates.day_of_week == 5]:
        ax.axvspan(saturday, saturday + pd.Timedelta(days=2), color="0.88", lw=0, zorder=0)
