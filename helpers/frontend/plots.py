"""One look for every figure of the course, and the plots the notebooks share.

Colours are the Okabe-Ito palette, which colour-blind readers can tell apart. Figure text
comes from the message catalogue (`helpers.messages.t`), so the Chinese notebooks draw
Chinese; importing this module registers the course's Chinese font (`helpers.fonts`) as a
fallback, so that works on machines without any Chinese font (Colab) and English figures
are unchanged.
"""

from __future__ import annotations

import re

import matplotlib as mpl
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from ..language import fonts
from ..language.messages import language, t
from ..losses import loss_surface
from ..palette import COLORS, MODEL_COLOR, TEST_COLOR, TRAIN_COLOR  # noqa: F401  (helpers.plots.COLORS)
from ..training import best_line_loss, descent_label, label_text, line_descent

fonts.register()  # Chinese characters fall back to the course's font (English: unchanged)


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
    fonts.register()


def plot_views(views: pd.Series, ax=None, *, start=None, end=None, split: str | None = None,
               title: str | None = None):
    """Daily views (in thousands) between `start` and `end`; `split` draws the train|test line.

    views: daily Series as returned by `load_views`; title: default "Daily views".
    Returns the Axes.
    """
    if ax is None:
        _, ax = plt.subplots()
    v = views.loc[start:end] / 1000
    if split is None:
        ax.plot(v.index, v.to_numpy(), lw=0.8, color=TRAIN_COLOR, label=t("plots.views"))
    else:
        cut = pd.Timestamp(split)
        ax.plot(v.loc[:cut - pd.Timedelta(days=1)].index,
                v.loc[:cut - pd.Timedelta(days=1)].to_numpy(), lw=0.7, color=TRAIN_COLOR,
                label=t("plots.training_data"))
        ax.plot(v.loc[cut:].index, v.loc[cut:].to_numpy(), lw=0.7, color=TEST_COLOR,
                label=t("plots.test_data"))
        ax.axvline(cut, color=COLORS["grey"], ls="--", lw=1)
        ax.legend(loc="upper left")
    ax.set(title=t("plots.views_title") if title is None else title, xlabel=t("plots.date"),
           ylabel=t("plots.views_k"))
    date_axis(ax)
    return ax


def date_axis(ax) -> None:
    """Short, non-overlapping date labels on the x-axis (e.g. 'Mar', '2019'; Chinese: '3月')."""
    locator = mdates.AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    if language() == "zh":
        ax.xaxis.set_major_formatter(ChineseDateFormatter(locator))
    else:
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


class ChineseDateFormatter(mdates.ConciseDateFormatter):
    """ConciseDateFormatter with Chinese months and days ('3月', '15日', '2019年3月'), not the
    English month names of `%b` (which do not depend on the computer's language settings)."""

    def __init__(self, locator):
        formats = ["%Y", "%m月", "%d日", "%H:%M", "%H:%M", "%S.%f"]
        zero_formats = ["", "%Y", "%m月", "%m月%d日", "%H:%M", "%H:%M"]
        offset_formats = ["", "%Y", "%Y年%m月", "%Y年%m月%d日", "%Y年%m月%d日",
                          "%Y年%m月%d日 %H:%M"]
        super().__init__(locator, formats=formats, zero_formats=zero_formats,
                         offset_formats=offset_formats)

    def format_ticks(self, values):
        return [_no_leading_zero(label) for label in super().format_ticks(values)]

    def get_offset(self):
        return _no_leading_zero(super().get_offset())


def _no_leading_zero(label: str) -> str:
    """'03月05日' -> '3月5日' (strftime's %-m is not portable to Windows)."""
    return re.sub(r"(?<!\d)0(\d[月日])", r"\1", label)


def shade_weekends(ax, dates) -> None:
    """Shade every Saturday-Sunday among `dates` (a DatetimeIndex) in light grey."""
    for saturday in dates[dates.day_of_week == 5]:
        ax.axvspan(saturday, saturday + pd.Timedelta(days=2), color="0.88", lw=0, zorder=0)


def draw_network(n_inputs: int = 56, n_units: int = 10, *, inputs_shown: int = 3,
                 units_shown: int = 10, activation: str = "sigmoid", ax=None):
    """The book's network `y = b + cᵀ·σ(b + W·x)` as a picture, its parameters labelled.

    Inputs x_1..x_n (left), n_units hidden units (middle), one output y (right). Only the
    first `inputs_shown` inputs and the last one are drawn (likewise units beyond
    `units_shown`), with ⋮ for the rest. Returns the Axes.
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 4.6))
    act = {"sigmoid": r"$\sigma$", "relu": "ReLU"}.get(activation, activation)
    act_plain = {"sigmoid": "σ"}.get(activation, act)  # inside text that is not math

    def column(n: int, shown: int) -> tuple[list, list, float | None]:
        """Numbers and heights of the nodes of one column (centred on 0), and where ⋮ goes."""
        slots = list(range(1, n + 1)) if n <= shown else [*range(1, shown), None, n]
        heights = [0.3 * (len(slots) - 1) - 0.6 * k for k in range(len(slots))]  # 0.6 apart
        nodes = [(i, h) for i, h in zip(slots, heights, strict=True) if i is not None]
        dots = heights[slots.index(None)] if None in slots else None
        return [i for i, _ in nodes], [h for _, h in nodes], dots

    xi, xy, xdots = column(n_inputs, inputs_shown + 1)
    ui, uy, udots = column(n_units, units_shown)
    X_IN, X_HID, X_OUT = 0.0, 2.2, 4.2
    for y0 in xy:
        for y1 in uy:
            ax.plot([X_IN, X_HID], [y0, y1], color=COLORS["grey"], lw=0.5, zorder=1)
    for y1 in uy:
        ax.plot([X_HID, X_OUT], [y1, 0], color=COLORS["orange"], lw=0.8, zorder=1)
    # one weight of each kind, highlighted and named: w_11 (x_1 -> unit 1), c_1 (unit 1 -> y)
    ax.plot([X_IN, X_HID], [xy[0], uy[0]], color=COLORS["blue"], lw=1.6, zorder=1)
    ax.text(X_IN + 0.9, xy[0] + 0.4 * (uy[0] - xy[0]) + 0.12, "$w_{11}$", color=COLORS["blue"],
            ha="center", va="bottom", fontsize=9)
    ax.plot([X_HID, X_OUT], [uy[0], 0], color=COLORS["vermillion"], lw=1.6, zorder=1)
    ax.text(X_HID + 1.2, uy[0] * 0.45 + 0.12, "$c_1$", color=COLORS["vermillion"],
            ha="center", va="bottom", fontsize=9)
    node = {"s": 330, "zorder": 2, "edgecolors": "black", "linewidths": 0.8}
    ax.scatter([X_IN] * len(xy), xy, c="white", **node)
    ax.scatter([X_HID] * len(uy), uy, c=COLORS["sky"], **node)
    ax.scatter([X_OUT], [0], c=COLORS["vermillion"], **node)
    for i, y0 in zip(xi, xy, strict=True):
        ax.text(X_IN - 0.25, y0, f"$x_{{{i}}}$", ha="right", va="center")
    for i, y1 in zip(ui, uy, strict=True):
        ax.text(X_HID, y1, act, ha="center", va="center", fontsize=8 if len(act) < 9 else 5,
                zorder=3)
        ax.text(X_HID - 0.2, y1 + 0.05, f"$b_{{{i}}}$", ha="right", va="bottom", fontsize=8,
                bbox={"fc": "white", "ec": "none", "pad": 0.5}, zorder=3)
    for x, dots in [(X_IN, xdots), (X_HID, udots)]:
        if dots is not None:
            ax.text(x, dots, r"$\vdots$", ha="center", va="center", fontsize=14)
    ax.text(X_OUT, 0, "+b", ha="center", va="center", fontsize=7, color="white", zorder=3)
    ax.text(X_OUT + 0.25, 0, "$y$", ha="left", va="center", fontsize=12)
    top = max(max(xy), max(uy)) + 0.45
    ax.text((X_IN + X_HID) / 2, top, t("plots.net_w", units=n_units, inputs=n_inputs),
            ha="center", fontsize=9)
    ax.text((X_HID + X_OUT) / 2, top, t("plots.net_c", units=n_units), ha="center",
            fontsize=9, color=COLORS["vermillion"])
    bottom = min(min(xy), min(uy)) - 0.55
    ax.text(X_IN, bottom, t("plots.net_input", inputs=n_inputs),
            ha="center", va="top", fontsize=9)
    ax.text(X_HID, bottom, t("plots.net_hidden", act=act_plain, units=n_units),
            ha="center", va="top", fontsize=9)
    ax.text(X_OUT, bottom, t("plots.net_output"), ha="center", va="top", fontsize=9)
    ax.set(xlim=(-1.0, 5.0), ylim=(bottom - 0.9, top + 0.35))
    ax.set_axis_off()
    ax.set_title(t("plots.net_title", inputs=n_inputs, units=n_units))
    return ax


# --- the error surface L(w, b) and gradient descent's path on it (notebook 01) ------------------

SURFACE_CMAP = "cividis"  # dark = low loss, yellow = high; readable with colour-blindness


def plot_error_surface(ax, ws, bs, surface, *, levels: int = 20, colorbar: bool = True,
                       loss: str = "MAE"):
    """A filled contour map of L(w, b) (误差表面) with its lowest grid point starred.

    ws (n_w,), bs (n_b,), surface (n_b, n_w) from `helpers.losses.loss_surface`. Levels are
    spaced evenly in log L, so the low valley shows as well as the high slopes. Returns
    (w, b) of the lowest grid point.
    """
    hi = float(np.max(surface))
    lo = max(float(np.min(surface)), 1e-9 * hi)  # log levels need L > 0
    cs = ax.contourf(ws, bs, surface, levels=np.geomspace(lo, hi, levels), cmap=SURFACE_CMAP,
                     norm=mpl.colors.LogNorm(lo, hi))
    if colorbar:
        bar = ax.figure.colorbar(cs, ax=ax, label=f"L ({loss})",
                                 ticks=np.geomspace(lo, hi, 5), format="%.3g")
        bar.ax.minorticks_off()
    i, j = np.unravel_index(np.argmin(surface), surface.shape)
    ax.plot(ws[j], bs[i], marker="*", ms=14, color="white", mec="black", ls="none",
            label=t("plots.lowest"))
    ax.set(xlabel=t("plots.w_axis"), ylabel=t("plots.b_axis"), xlim=(ws[0], ws[-1]),
           ylim=(bs[0], bs[-1]))
    return float(ws[j]), float(bs[i])


def draw_descent(ax_surface, ax_loss, path, color: str = MODEL_COLOR, label: str | None = None):
    """Draw a gradient-descent Path: θ = (w, b) step by step on the surface, L by step.

    Returns (path_line, loss_line) so a widget can update their data. The surface's axis
    limits are kept: a diverging path runs off the map. label: default "path".
    """
    ax_surface.set_autoscale_on(False)
    dots = "o" if len(path.thetas) <= 1001 else ""  # thousands of dots would only slow drawing
    (path_line,) = ax_surface.plot(path.thetas[:, 0], path.thetas[:, 1], "-" + dots, ms=3,
                                   lw=1, color=color,
                                   label=t("plots.path") if label is None else label)
    ax_surface.plot(*path.thetas[0], "s", ms=6, color=color, mec="white", label=t("plots.start"))
    (loss_line,) = ax_loss.plot(np.arange(len(path.losses)), path.losses, color=color)
    ax_loss.set(xlabel=t("plots.step"), ylabel="L", yscale="log")
    ax_loss.yaxis.set_major_formatter(mpl.ticker.LogFormatter())   # 2, 3, 10, not 2×10^0
    ax_loss.yaxis.set_minor_formatter(mpl.ticker.LogFormatter(labelOnlyBase=False))
    return path_line, loss_line


def plot_descent_cases(x, y, lrs, steps: int, theta0, ws, bs, loss: str = "mse"):
    """Small multiples: gradient descent with each learning rate in `lrs`, side by side.

    Top row: the path on the error surface; bottom row: L by step (log scale). Each title
    says what happened (`helpers.training.descent_label`). Returns (fig, paths, labels).
    """
    surface = loss_surface(x, y, ws, bs, loss)
    best = best_line_loss(x, y, loss)
    fig, axes = plt.subplots(2, len(lrs), figsize=(2.6 * len(lrs), 5), sharex="row",
                             squeeze=False)
    paths, labels = [], []
    for k, lr in enumerate(lrs):
        path = line_descent(x, y, theta0, lr, steps, loss)
        label = descent_label(path, best)
        plot_error_surface(axes[0, k], ws, bs, surface, colorbar=False, loss=loss.upper())
        draw_descent(axes[0, k], axes[1, k], path)
        axes[0, k].set_title(f"η = {lr:g}\n{label_text(label)}")
        if k:
            axes[0, k].set_ylabel("")
            axes[1, k].set_ylabel("")
        paths.append(path)
        labels.append(label)
    fig.suptitle(t("plots.cases_title", loss=loss.upper(), steps=steps, n=len(lrs)))
    fig.tight_layout()
    return fig, paths, labels
