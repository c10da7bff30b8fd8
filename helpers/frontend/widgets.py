"""Widget plumbing: a figure that sliders redraw, shown live in Jupyter and still as a picture.

The pattern every interactive cell uses (one call in the notebook, the builder lives here):

    live = LiveFigure(fig)                 # the figure, rendered to PNG in an Image widget
    slider.observe(lambda _: (update artists' data, live.redraw()), "value")
    show(VBox([slider, live.image]), fig)  # live widget + a static PNG for viewers without one

Redrawing changes the artists' data (`line.set_ydata`) and re-renders the same figure: it
never builds a new figure, which keeps a slider update fast. Works with ipywidgets 8
(JupyterLab 4) and 7.7 (Colab).
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
from IPython.display import display
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image as PILImage  # Pillow comes with matplotlib (it is one of its dependencies)

from ..language.messages import t
from ..losses import loss_surface, mae
from ..models import hard_sigmoid, relu, sigmoid
from ..pieces import (
    EXAMPLE_KNOTS,
    challenge_midpoints,
    even_knots,
    even_sigmoids,
    fit_sigmoid_heights_least_squares,
    hard_like_sigmoid,
    hard_sigmoid_pieces,
    piece_curves,
    sigmoid_sum_mae_gradient,
)
from ..training import best_line_loss, descent_label, describe_descent, label_text, line_descent
from .plots import COLORS, TEST_COLOR, TRAIN_COLOR, draw_descent, plot_error_surface

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"


def png_bytes(fig) -> bytes:
    """The figure rendered to PNG, as the inline backend would show it."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


class LiveFigure:
    """A matplotlib figure shown as a PNG in an `ipywidgets.Image`, re-rendered on `redraw()`.

    The figure is closed to pyplot so the inline backend does not show it a second time.
    """

    def __init__(self, fig):
        plt.close(fig)
        self.fig = fig
        # Show the PNG at its own size (a VBox would stretch it to the page's width, blurred).
        self.image = widgets.Image(format="png", layout=widgets.Layout(
            width=f"{round(fig.bbox.width)}px", max_width="100%"))
        self.redraws = 0
        self.redraw()

    def redraw(self) -> None:
        self.image.value = png_bytes(self.fig)
        self.redraws += 1


def show(widget, fig, note: str | None = None, *, display_id: str | None = None,
         update: bool = False) -> None:
    """Display `widget` live where a widget frontend runs, and `fig` as a PNG elsewhere.

    One output carries both: JupyterLab and Colab draw the widget; GitHub, nbviewer, HTML
    export and untrusted notebooks fall back to the picture; nbval compares `note` (default:
    "Interactive figure: run the notebook to use its controls.").
    With a `display_id`, a later `show(..., display_id=same, update=True)` replaces that
    output in place (e.g. to store the final picture of a training run).
    """
    bundle = {
        WIDGET_MIME: {"version_major": 2, "version_minor": 0, "model_id": widget.model_id},
        "image/png": base64.b64encode(png_bytes(fig)).decode("ascii"),
        "text/plain": t("widgets.note_controls") if note is None else note,
    }
    in_place = {} if display_id is None else {"display_id": display_id, "update": update}
    display(bundle, raw=True, **in_place)


def slider(description: str, value: float, lo: float, hi: float, step: float,
           fmt: str = ".2f", integer: bool = False):
    """A labelled slider that updates while dragged (FloatSlider, or IntSlider if `integer`)."""
    kind = widgets.IntSlider if integer else widgets.FloatSlider
    kw = {} if integer else {"readout_format": fmt}
    return kind(value=value, min=lo, max=hi, step=step, description=description,
                continuous_update=True, style={"description_width": "initial"}, **kw)


# --- a live view of training: progress bar + loss curves, driven by train(..., callback=) ------


class TrainingMonitor:
    """A progress bar and a loss curve (train and test) that update while a network trains.

        monitor = TrainingMonitor(epochs=200)
        monitor.show()                                   # the live view, before training
        hist = train(net, X, y, epochs=200, X_val=Xt, y_val=yt, callback=monitor)

    `train` calls monitor(epoch, history) after every epoch: the bar moves every epoch, the
    curve is redrawn at most `max_redraws` times (each redraw renders a PNG: slow). At the
    last epoch the stored picture is replaced by the final curve, so a notebook saved after
    training shows it even where no widget frontend runs. It never prints (nbval).
    Losses are multiplied by `scale` before drawing (e.g. the std of y, to draw thousands).
    """

    def __init__(self, epochs: int, *, max_redraws: int = 20, scale: float = 1.0,
                 ylabel: str | None = None, title: str | None = None):
        if epochs < 1:
            raise ValueError(t("widgets.monitor_epochs", epochs=epochs))
        self.epochs, self.scale = epochs, scale
        self.every = -(-epochs // max(1, max_redraws))      # redraw every `every` epochs
        self.progress = widgets.IntProgress(value=0, min=0, max=epochs,
                                            description=t("widgets.epoch_of", epoch=0,
                                                          epochs=epochs),
                                            style={"description_width": "initial"})
        fig, self.ax = plt.subplots()
        (self.train_line,) = self.ax.plot([], [], color=TRAIN_COLOR,
                                          label=t("plots.training_data"))
        (self.test_line,) = self.ax.plot([], [], color=TEST_COLOR, label=t("plots.test_data"))
        self.ax.set(xlim=(0, epochs), xlabel=t("widgets.epoch"),
                    ylabel=t("widgets.loss") if ylabel is None else ylabel,
                    title=t("widgets.monitor_title") if title is None else title)
        self.ax.legend(loc="upper right")
        fig.tight_layout()
        self.live = LiveFigure(fig)
        self.widget = widgets.VBox([self.progress, self.live.image])
        self._display_id = f"training-monitor-{self.progress.model_id}"

    def show(self) -> None:
        """Display the live view (call it before training starts)."""
        show(self.widget, self.live.fig, t("widgets.monitor_note"), display_id=self._display_id)

    def __call__(self, epoch: int, history) -> None:
        self.progress.value = epoch
        self.progress.description = t("widgets.epoch_of", epoch=epoch, epochs=self.epochs)
        if epoch % self.every == 0 or epoch == self.epochs:
            self.draw(history)
        if epoch == self.epochs:
            show(self.widget, self.live.fig, t("widgets.monitor_note"),
                 display_id=self._display_id, update=True)

    def draw(self, history) -> None:
        """Put the history's losses (times `scale`) on the curves and re-render the picture."""
        for line, losses in [(self.train_line, history.train_loss),
                             (self.test_line, history.val_loss)]:
            line.set_data(list(range(1, len(losses) + 1)), [v * self.scale for v in losses])
        self.ax.relim()
        self.ax.autoscale_view(scalex=False)
        self.live.redraw()


# --- notebook 01: the learning rate η and the number of steps of gradient descent ------------


class LearningRateExplorer:
    """Gradient descent on the line ŷ = b + w·x, redrawn whenever η or the steps change.

    Left: the path of θ = (w, b) on the error surface; right: L by step; below: what
    happened, in words (`status`, e.g. "Diverged at step 7: ..."). Controls: `lr` (a
    SelectionSlider over `lrs`) and `steps` (an IntSlider). `path` is the last Path drawn.
    x, y (n,); ws (n_w,), bs (n_b,): the grid of the error surface. Show it with
    `show(explorer.widget, explorer.fig)`.
    """

    def __init__(self, x, y, lrs, *, lr: float, ws, bs, steps: int = 300,
                 max_steps: int = 1000, theta0=(0.0, 0.0), loss: str = "mse"):
        self.x, self.y, self.theta0, self.loss = x, y, theta0, loss
        self.best = best_line_loss(x, y, loss)
        self.lr = widgets.SelectionSlider(options=[(f"{v:g}", v) for v in lrs], value=lr,
                                          description=t("widgets.lr"),
                                          continuous_update=True,
                                          style={"description_width": "initial"})
        self.steps = slider(t("widgets.steps"), steps, 1, max_steps, 1, integer=True)
        self.status = widgets.HTML()
        fig, (ax_surface, self.ax_loss) = plt.subplots(1, 2, figsize=(9, 3.6))
        plot_error_surface(ax_surface, ws, bs, loss_surface(x, y, ws, bs, loss),
                           colorbar=False, loss=loss.upper())
        self.path = self._descend()
        self.path_line, self.loss_line = draw_descent(ax_surface, self.ax_loss, self.path)
        ax_surface.legend(loc="upper right")
        self.ax_surface = ax_surface
        self.ax_loss.set_title(t("widgets.loss_by_step", loss=loss.upper()))
        self._label()
        fig.tight_layout()
        self.live = LiveFigure(fig)
        self.widget = widgets.VBox([widgets.HBox([self.lr, self.steps]), self.live.image,
                                    self.status])
        self.lr.observe(self.update, "value")
        self.steps.observe(self.update, "value")

    @property
    def fig(self):
        return self.live.fig

    def _descend(self):
        return line_descent(self.x, self.y, self.theta0, self.lr.value, self.steps.value,
                            self.loss)

    def _label(self) -> None:
        label = descent_label(self.path, self.best)
        self.ax_surface.set_title(t("widgets.lr_title", lr=self.lr.value,
                                    label=label_text(label)))
        self.status.value = describe_descent(self.path, self.best)

    def update(self, _change=None) -> None:
        """Run gradient descent again with the controls' values and redraw (prints nothing)."""
        self.path = self._descend()
        self.path_line.set_data(self.path.thetas[:, 0], self.path.thetas[:, 1])
        self.loss_line.set_data(np.arange(len(self.path.losses)), self.path.losses)
        self.ax_loss.relim()
        self.ax_loss.autoscale_view()
        self._label()
        self.live.redraw()


# --- fast redraws: re-render only the artists a slider changes -----------------------------------
#
# Rendering a whole figure (axes, ticks, labels) to PNG takes tens of milliseconds on a slow
# laptop; most of that is the parts that never move. `FastLiveFigure` renders those once as a
# background, then on every redraw pastes the background and draws only the moving artists
# (their data were updated by the callback), and encodes the pixels as PNG. Same figure, same
# artists: nothing is rebuilt.



def _fast_png(rgba: np.ndarray) -> bytes:
    """PNG bytes of an (h, w, 4) uint8 picture: RGB, light compression (≈2× faster)."""
    buf = io.BytesIO()
    PILImage.fromarray(np.ascontiguousarray(rgba[..., :3])).save(buf, "png", compress_level=1)
    return buf.getvalue()


def new_figure(ncols: int = 1, figsize=(8, 3.2)):
    """A figure for a widget, outside pyplot (so nothing shows it twice): (fig, list of axes)."""
    fig = Figure(figsize=figsize, layout="constrained")
    FigureCanvasAgg(fig)
    axes = [fig.add_subplot(1, ncols, i + 1) for i in range(ncols)]
    return fig, axes


class FastLiveFigure(LiveFigure):
    """A LiveFigure whose `redraw()` draws only `artists` over a stored background.

    artists: the lines, texts and legends a callback changes, drawn in this order. The axes'
    limits must stay fixed (set them when building the figure). `png_bytes(fig)` still draws
    the whole figure, for the static picture.
    """

    def __init__(self, fig, artists):
        self.artists = list(artists)
        self._background = None
        self._size = None
        super().__init__(fig)

    def _draw_background(self) -> None:
        canvas = self.fig.canvas
        engine = self.fig.get_layout_engine()
        if engine is not None:
            engine.execute(self.fig)                   # lay out the figure with every artist
        self.fig.set_layout_engine("none")             # ...and keep that layout from now on
        shown = [a.get_visible() for a in self.artists]
        for a in self.artists:
            a.set_visible(False)
        canvas.draw()
        self._background = canvas.copy_from_bbox(self.fig.bbox)
        self._size = canvas.get_width_height()
        for a, s in zip(self.artists, shown, strict=True):
            a.set_visible(s)

    def redraw(self) -> None:
        canvas = self.fig.canvas
        if self._background is None or canvas.get_width_height() != self._size:
            self._draw_background()
        else:
            canvas.restore_region(self._background)
        renderer = canvas.get_renderer()
        for a in self.artists:
            if a.get_visible():
                a.draw(renderer)
        self.image.value = _fast_png(np.asarray(canvas.buffer_rgba()))
        self.redraws += 1


# --- the explorers of notebooks 03 and 04: one call builds sliders + figure + callbacks ----------


PIECE_COLORS = [COLORS[c] for c in ["orange", "green", "vermillion", "purple", "sky", "blue"]]


@dataclass
class Explorer:
    """What a builder returns: its controls (by name), the live figure and its artists.

    Shown by `show` when it is the last line of a cell, or with `.display()`. A test sets
    `explorer.controls["c"].value = 2` and reads `explorer.artists["sigmoid"].get_ydata()`.
    """

    controls: dict
    live: FastLiveFigure
    artists: dict
    box: object
    info: dict = field(default_factory=dict)  # numbers the picture shows, e.g. the MAE

    @property
    def fig(self):
        return self.live.fig

    def display(self, note: str | None = None):
        """Show the controls and the figure (`show`); note: the text for nbval."""
        show(self.box, self.fig, t("widgets.note_sliders") if note is None else note)

    def _ipython_display_(self):
        self.display()


def _watch(controls, update) -> None:
    for control in controls:
        control.observe(lambda _change: update(), names="value")


def _title(ax):
    """A title that a callback may rewrite: placed by hand, so a fast redraw can draw it alone."""
    return ax.text(0.5, 1.03, " ", transform=ax.transAxes, ha="center", va="bottom",
                   fontsize=10)


def _caption(text: str):
    return widgets.HTML(value=f"<div style='max-width:640px; line-height:1.4'>{text}</div>")


def sigmoid_explorer(c: float = 1.0, b: float = 0.0, w: float = 1.0, x_range=(-6.0, 6.0)):
    """Sliders c, b, w for y = c / (1 + e^-(b + w·x1)), with the hard sigmoid it stands for.

    The dashed line is the hard sigmoid with the same height c, midpoint x1 = -b/w and slope
    c·w/4 there (see `pieces.hard_like_sigmoid`). Dotted guides mark the midpoint and c.
    """
    sliders = {"c": slider("c", c, -3, 3, 0.1), "b": slider("b", b, -6, 6, 0.1),
               "w": slider("w", w, -10, 10, 0.1)}
    x = np.linspace(*x_range, 401)
    fig, (ax,) = new_figure(figsize=(8, 3.2))
    ax.set(xlim=x_range, ylim=(-3.3, 3.3), xlabel=t("widgets.x1_input"), ylabel="y")
    ax.axhline(0, color=COLORS["grey"], lw=0.8)
    guide = {"color": COLORS["grey"], "ls": ":", "lw": 1.2}
    art = {"midpoint": ax.axvline(0, **guide), "height": ax.axhline(c, **guide),
           "sigmoid": ax.plot(x, x, color=COLORS["vermillion"], lw=2.5,
                              label=t("widgets.sigmoid") + "\n"
                              + r"$c\,/\,(1 + e^{-(b + w\,x_1)})$")[0],
           "hard": ax.plot(x, x, color=COLORS["blue"], ls="--", lw=1.8,
                           label=t("widgets.hard_like"))[0]}
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.set_title(t("widgets.sigmoid_title"))
    readout = widgets.HTML()       # live numbers as text: no glyphs to render in the PNG
    info = {}

    def update():
        cv, bv, wv = (sliders[k].value for k in "cbw")
        art["sigmoid"].set_ydata(cv * sigmoid(bv + wv * x))
        (hc, hb, hw), = hard_like_sigmoid([cv, bv, wv])
        art["hard"].set_ydata(hc * hard_sigmoid(hb + hw * x))
        art["height"].set_ydata([cv, cv])
        info["midpoint"] = -bv / wv + 0.0 if wv != 0 else None
        info["slope"] = cv * wv / 4
        art["midpoint"].set_xdata([np.nan if wv == 0 else info["midpoint"]] * 2)
        place = (t("widgets.flat") if wv == 0 else
                 t("widgets.midpoint", midpoint=info["midpoint"]))
        readout.value = t("widgets.sigmoid_readout", c=cv, place=place, slope=info["slope"])

    update()
    live = FastLiveFigure(fig, [art[k] for k in ["midpoint", "height", "sigmoid", "hard"]])
    _watch(sliders.values(), lambda: (update(), live.redraw()))
    caption = _caption(t("widgets.sigmoid_caption"))
    box = widgets.VBox([sliders["c"], sliders["b"], sliders["w"], caption, readout, live.image])
    return Explorer(sliders, live, art, box, info)



def piecewise_explorer(knots_x=EXAMPLE_KNOTS[0], knots_y=EXAMPLE_KNOTS[1], x_range=(0.0, 10.0)):
    """Move the bend points of a piecewise linear curve; see its constant and hard sigmoids.

    Sliders `y0`..`yn` set the bend points' heights, `x1`..`xn` their positions (x0 stays on
    the y-axis; each bend moves between its neighbours so the order never changes). Left:
    each piece c_i·hard_sigmoid(b_i + w_i·x1) on its own. Right: the constant, then adding
    one piece at a time, ends exactly on the curve.
    """
    kx, ky = np.asarray(knots_x, dtype=float), np.asarray(knots_y, dtype=float)
    n = len(kx) - 1
    edges = np.append(kx, x_range[1])
    ys = {f"y{i}": slider(f"y{i}", ky[i], 0, 5, 0.1) for i in range(n + 1)}
    xs = {f"x{i}": slider(f"x{i}", kx[i], round((edges[i - 1] + edges[i]) / 2 + 0.1, 1),
                          round((edges[i] + edges[i + 1]) / 2 - 0.1, 1), 0.1)
          for i in range(1, n + 1)}
    x = np.linspace(*x_range, 301)
    fig, (left, right) = new_figure(ncols=2)
    left.set(xlim=x_range, ylim=(-5.2, 5.2), xlabel="x1", ylabel="y",
             title=t("widgets.pieces_left"))
    right.set(xlim=x_range, ylim=(-0.2, 5.2), xlabel="x1", ylabel="y",
              title=t("widgets.pieces_right"))
    colors = PIECE_COLORS[:n]
    constant = t("widgets.constant")
    art = {"constant": left.plot(x, x, color=COLORS["grey"], lw=2, label=constant)[0],
           "start": right.plot(x, x, color=COLORS["grey"], lw=1.2, label=constant)[0],
           "curve": right.plot(x, x, color=COLORS["blue"], lw=6, alpha=0.35,
                               label=t("widgets.the_curve"))[0]}
    for i in range(n):
        art[f"piece{i + 1}"] = left.plot(x, x, color=colors[i], lw=2,
                                         label=t("widgets.piece", i=i + 1))[0]
        art[f"sum{i + 1}"] = right.plot(x, x, color=colors[i], lw=1.5,
                                        ls="-" if i == n - 1 else "--",
                                        label=t("widgets.plus_piece", i=i + 1))[0]
    art["bends"] = right.plot(kx, ky, "o", color=COLORS["black"], ms=5,
                              label=t("widgets.bend_points"))[0]
    left.legend(loc="lower left", ncols=2)
    right.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    table = widgets.HTML()

    def update():
        bx = np.array([kx[0]] + [xs[f"x{i}"].value for i in range(1, n + 1)])
        by = np.array([ys[f"y{i}"].value for i in range(n + 1)])
        constant, pieces = hard_sigmoid_pieces(bx, by)
        curves = piece_curves(x, pieces)
        art["constant"].set_ydata(np.full_like(x, constant))
        art["start"].set_ydata(np.full_like(x, constant))
        art["curve"].set_ydata(np.interp(x, bx, by))
        art["bends"].set_data(bx, by)
        running = constant + np.cumsum(curves, axis=0)
        for i in range(n):
            art[f"piece{i + 1}"].set_ydata(curves[i])
            art[f"sum{i + 1}"].set_ydata(running[i])
        rows = "".join(f"<tr><td>{t('widgets.piece', i=i + 1)}</td><td>{c + 0.0:+.2f}</td>"
                       f"<td>{b + 0.0:+.2f}</td><td>{w:.2f}</td></tr>"
                       for i, (c, b, w) in enumerate(pieces))
        table.value = (t("widgets.pieces_table", constant=constant)
                       + "<table><tr><th></th><th>c</th><th>b</th><th>w</th></tr>"
                       f"{rows}</table>")

    update()
    moving = ["constant", "start", "curve"] + [f"{k}{i + 1}" for k in ("piece", "sum")
                                               for i in range(n)] + ["bends"]
    live = FastLiveFigure(fig, [art[k] for k in moving])
    controls = {**ys, **xs}
    _watch(controls.values(), lambda: (update(), live.redraw()))
    box = widgets.VBox([widgets.HBox([widgets.VBox(list(ys.values())),
                                      widgets.VBox(list(xs.values()))]), live.image, table])
    return Explorer(controls, live, art, box)


def approximation_explorer(f, x_range, kind: str = "hard", n: int = 4, max_n: int = 16,
                           xlabel: str = "x1", ylabel: str = "y", unit: str = "",
                           points: int = 701):
    """A slider for the number of pieces that approximate the curve y = f(x).

    kind "hard": n hard sigmoids through n+1 evenly spaced points of the curve
    (`pieces.even_knots`). kind "sigmoid": n evenly spaced sigmoids whose constant and
    heights are solved by least squares (`pieces.fit_sigmoid_heights_least_squares`).
    The title gives the mean absolute error to the curve, measured at `points` evenly spaced
    x (701 over a week: every 0.01 day, as notebook 03's table); `info["mae"]` holds it.
    """
    if kind not in ("hard", "sigmoid"):
        raise ValueError(t("widgets.kind", kind=kind))
    count = slider(t(f"widgets.approx_{kind}_slider"), n, 1, max_n, 1, integer=True)
    x = np.linspace(*x_range, points)
    target = np.asarray(f(x), dtype=float)
    span = target.max() - target.min()
    fig, (left, right) = new_figure(ncols=2)
    left.set(xlim=x_range, ylim=(-span * 1.1, span * 1.1), xlabel=xlabel, ylabel=ylabel,
             title=t(f"widgets.approx_{kind}_left"))
    right.set(xlim=x_range, ylim=(target.min() - 0.25 * span, target.max() + 0.25 * span),
              xlabel=xlabel, ylabel=ylabel)
    art = {f"piece{i}": left.plot(x, x, lw=1.5, color=PIECE_COLORS[i % len(PIECE_COLORS)])[0]
           for i in range(max_n)}
    right.plot(x, target, color=COLORS["blue"], lw=5, alpha=0.4, label=t("widgets.target"))
    art["sum"] = right.plot(x, x, color=COLORS["black"], lw=1.5, ls="--",
                            label=t(f"widgets.approx_{kind}_sum"))[0]
    art["knots"] = right.plot([], [], "o", color=COLORS["black"], ms=3)[0]
    right.legend(loc="lower left", ncols=2)
    art["title"] = _title(right)
    info = {}

    def update():
        k = count.value
        if kind == "hard":
            constant, pieces = hard_sigmoid_pieces(*even_knots(f, *x_range, k))
            art["knots"].set_data(*even_knots(f, *x_range, k))
            curves = piece_curves(x, pieces)
        else:
            b, w = even_sigmoids(*x_range, k)
            constant, c = fit_sigmoid_heights_least_squares(x, target, b, w)
            curves = piece_curves(x, np.column_stack([c, b, w]), sigmoid)
            art["knots"].set_data(-b / w, constant + curves.sum(axis=0)[
                np.searchsorted(x, -b / w).clip(0, len(x) - 1)])
        for i in range(max_n):
            art[f"piece{i}"].set_visible(i < k)
            if i < k:
                art[f"piece{i}"].set_ydata(curves[i])
        approx = constant + curves.sum(axis=0)
        art["sum"].set_ydata(approx)
        info["mae"] = mae(approx, target)
        art["title"].set_text(t(f"widgets.approx_{kind}_title", k=k, mae=info["mae"],
                                unit=unit))

    update()
    live = FastLiveFigure(fig, [art[f"piece{i}"] for i in range(max_n)]
                          + [art["sum"], art["knots"], art["title"]])
    _watch([count], lambda: (update(), live.redraw()))
    return Explorer({"n": count}, live, art, widgets.VBox([count, live.image]), info)


def relu_pair_explorer(c: float = 1.0, b: float = 0.0, w: float = 1.0, x_range=(-4.0, 4.0)):
    """A hard sigmoid as two ReLUs: c·hard_sigmoid(z) = c·ReLU(z) - c·ReLU(z - 1), z = b + w·x1.

    Sliders "c (height)", "b (shift)", "w (slope)" move both ReLUs together; their sum is the
    hard sigmoid (black).
    """
    sliders = {"c": slider(t("widgets.c_height"), c, -3, 3, 0.1),
               "b": slider(t("widgets.b_shift"), b, -6, 6, 0.1),
               "w": slider(t("widgets.w_slope"), w, -5, 5, 0.1)}
    x = np.linspace(*x_range, 401)
    fig, (ax,) = new_figure()
    ax.set(xlim=x_range, ylim=(-3.3, 3.3), xlabel=t("widgets.x1_input"), ylabel="y")
    ax.axhline(0, color=COLORS["grey"], lw=0.8)
    art = {"relu1": ax.plot(x, x, color=COLORS["orange"], lw=2,
                            label=r"$c\cdot\mathrm{ReLU}(b + w\,x_1)$")[0],
           "relu2": ax.plot(x, x, color=COLORS["sky"], lw=2,
                            label=r"$-c\cdot\mathrm{ReLU}(b + w\,x_1 - 1)$")[0],
           "sum": ax.plot(x, x, color=COLORS["black"], lw=2.5, ls="--",
                          label=t("widgets.relu_sum"))[0]}
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))

    def update():
        cv, bv, wv = (sliders[k].value for k in "cbw")
        z = bv + wv * x
        art["relu1"].set_ydata(cv * relu(z))
        art["relu2"].set_ydata(-cv * relu(z - 1))
        art["sum"].set_ydata(cv * relu(z) - cv * relu(z - 1))

    update()
    live = FastLiveFigure(fig, [art["relu1"], art["relu2"], art["sum"]])
    _watch(sliders.values(), lambda: (update(), live.redraw()))
    box = widgets.VBox([*sliders.values(), live.image])
    return Explorer(sliders, live, art, box)


def sigmoid_challenge(f, x_range, n: int = 4, xlabel: str = "x1", ylabel: str = "y",
                      unit: str = ""):
    """Fit y = f(x) by hand with n sigmoids: y = constant + Σ_i c_i·σ(w·(x - m_i)).

    Sliders: `constant`, the heights `c1`..`cn` and the midpoints `m1`..`mn` (all sigmoids
    share one steepness w = 4n / width, as in `pieces.even_sigmoids`). The score is the mean
    absolute error to the target, live. Button "best": shows the best fit for the current
    midpoints (constant and heights solved by least squares, no dragging). Button "descend":
    lets the computer move every slider, 10 steps of gradient descent on the score
    (`pieces.sigmoid_sum_mae_gradient`, η = 0.5). `info` holds "mae" (yours) and "best_mae".
    """
    lo, hi = x_range
    x = np.linspace(lo, hi, 300)
    target = np.asarray(f(x), dtype=float)
    span = float(target.max() - target.min())
    _, w = even_sigmoids(lo, hi, n)                  # one steepness w for every sigmoid
    start = challenge_midpoints(lo, hi, n)
    step = 0.05 if span < 5 else round(span / 100, 1)
    controls = {"constant": slider(t("widgets.constant"), round(float(target[0]), 2),
                                   round(float(target.min()) - span, 1),
                                   round(float(target.max()) + span, 1), step)}
    for i in range(n):
        controls[f"c{i + 1}"] = slider(f"c{i + 1}", 0.0, -round(2 * span, 1),
                                       round(2 * span, 1), step)
    for i in range(n):
        controls[f"m{i + 1}"] = slider(f"m{i + 1}", float(start[i]), lo, hi, 0.1,
                                       fmt=".1f")
    button = widgets.Button(description=t("widgets.show_best"), button_style="info",
                            layout=widgets.Layout(width="150px", flex="0 0 auto"))
    score = widgets.HTML()
    fig, (ax,) = new_figure()
    ax.set(xlim=x_range, ylim=(target.min() - 0.6 * span, target.max() + 0.6 * span),
           xlabel=xlabel, ylabel=ylabel)
    ax.plot(x, target, color=COLORS["blue"], lw=6, alpha=0.4, label=t("widgets.target"))
    art = {"yours": ax.plot(x, x, color=COLORS["vermillion"], lw=2,
                            label=t("widgets.your_fit"))[0],
           "best": ax.plot(x, x, color=COLORS["black"], lw=1.5, ls="--",
                           label=t("widgets.best_fit"))[0],
           "midpoints": ax.plot([], [], "v", color=COLORS["vermillion"], ms=6,
                                label=t("widgets.midpoints"))[0]}
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    art["best"].set_visible(False)
    ax.set_title(t("widgets.challenge_title", n=n))
    info = {"best_mae": None}

    def update():
        m = np.array([controls[f"m{i + 1}"].value for i in range(n)])
        c = np.array([controls[f"c{i + 1}"].value for i in range(n)])
        b = -w * m
        yours = controls["constant"].value + piece_curves(x, np.column_stack([c, b, w]),
                                                          sigmoid).sum(axis=0)
        art["yours"].set_ydata(yours)
        art["midpoints"].set_data(m, np.full(n, ax.get_ylim()[0] + 0.05 * span))
        info["mae"] = mae(yours, target)
        if art["best"].get_visible():
            const, best_c = fit_sigmoid_heights_least_squares(x, target, b, w)
            best = const + piece_curves(x, np.column_stack([best_c, b, w]), sigmoid).sum(axis=0)
            art["best"].set_ydata(best)
            info["best_mae"] = mae(best, target)
            info["best"] = {"constant": const, "c": best_c}
            heights = ", ".join(f"{v:+.2f}" for v in best_c)
            score.value = ("<div style='line-height:1.4'>"
                           + t("widgets.score_best", mae=info["mae"], best=info["best_mae"],
                               unit=unit, constant=const, heights=heights) + "</div>")
        else:
            score.value = t("widgets.score", mae=info["mae"], unit=unit)

    def toggle(_button):
        art["best"].set_visible(not art["best"].get_visible())
        button.description = t("widgets.hide_best" if art["best"].get_visible()
                               else "widgets.show_best")
        update()
        live.redraw()

    held = {"on": False}                    # set many sliders, then redraw once

    def descend(_button, steps: int = 10, lr: float = 0.5):
        names = ["constant"] + [f"c{i + 1}" for i in range(n)] + [f"m{i + 1}" for i in range(n)]
        v = np.array([controls[k].value for k in names], dtype=float)
        for _ in range(steps):              # θ ← θ - η·∇L(θ), θ = (constant, c, m)
            g0, gc, gm = sigmoid_sum_mae_gradient(x, target, v[0], v[1:n + 1], v[n + 1:], w)
            v = v - lr * np.concatenate([[g0], gc, gm])
        held["on"] = True
        for k, value in zip(names, v, strict=True):
            controls[k].value = float(np.clip(value, controls[k].min, controls[k].max))
        held["on"] = False
        info["steps"] = info.get("steps", 0) + steps
        update()
        live.redraw()

    update()
    live = FastLiveFigure(fig, [art["yours"], art["best"], art["midpoints"]])
    _watch(controls.values(), lambda: None if held["on"] else (update(), live.redraw()))
    button.on_click(toggle)
    descend_button = widgets.Button(description=t("widgets.descend"), button_style="warning",
                                    layout=widgets.Layout(width="150px", flex="0 0 auto"))
    descend_button.on_click(descend)
    heights = widgets.VBox([controls["constant"]] + [controls[f"c{i + 1}"] for i in range(n)])
    places = widgets.VBox([controls[f"m{i + 1}"] for i in range(n)])
    how = _caption(t("widgets.challenge_caption"))
    box = widgets.VBox([how, widgets.HBox([heights, places]),
                        widgets.HBox([button, descend_button, score]), live.image])
    return Explorer({**controls, "best": button, "descend": descend_button}, live, art, box,
                    info)
