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

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
from IPython.display import display

from .losses import loss_surface
from .plots import TEST_COLOR, TRAIN_COLOR, draw_descent, plot_error_surface
from .training import best_line_loss, descent_label, describe_descent, line_descent

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
        self.image = widgets.Image(format="png")
        self.redraws = 0
        self.redraw()

    def redraw(self) -> None:
        self.image.value = png_bytes(self.fig)
        self.redraws += 1


def show(widget, fig, note: str = "Interactive figure: run the notebook to use its controls.",
         *, display_id: str | None = None, update: bool = False) -> None:
    """Display `widget` live where a widget frontend runs, and `fig` as a PNG elsewhere.

    One output carries both: JupyterLab and Colab draw the widget; GitHub, nbviewer, HTML
    export and untrusted notebooks fall back to the picture; nbval compares `note`.
    With a `display_id`, a later `show(..., display_id=same, update=True)` replaces that
    output in place (e.g. to store the final picture of a training run).
    """
    bundle = {
        WIDGET_MIME: {"version_major": 2, "version_minor": 0, "model_id": widget.model_id},
        "image/png": base64.b64encode(png_bytes(fig)).decode("ascii"),
        "text/plain": note,
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
                 ylabel: str = "loss", title: str = "Loss while training"):
        if epochs < 1:
            raise ValueError(f"epochs must be ≥ 1, got {epochs}.")
        self.epochs, self.scale = epochs, scale
        self.every = -(-epochs // max(1, max_redraws))      # redraw every `every` epochs
        self.progress = widgets.IntProgress(value=0, min=0, max=epochs,
                                            description=f"epoch 0/{epochs}",
                                            style={"description_width": "initial"})
        fig, self.ax = plt.subplots()
        (self.train_line,) = self.ax.plot([], [], color=TRAIN_COLOR, label="training data")
        (self.test_line,) = self.ax.plot([], [], color=TEST_COLOR, label="test data")
        self.ax.set(xlim=(0, epochs), xlabel="epoch", ylabel=ylabel, title=title)
        self.ax.legend(loc="upper right")
        fig.tight_layout()
        self.live = LiveFigure(fig)
        self.widget = widgets.VBox([self.progress, self.live.image])
        self._display_id = f"training-monitor-{self.progress.model_id}"

    def show(self) -> None:
        """Display the live view (call it before training starts)."""
        show(self.widget, self.live.fig, "Training monitor: a progress bar and a live loss "
             "curve (the picture shows the end of training).", display_id=self._display_id)

    def __call__(self, epoch: int, history) -> None:
        self.progress.value = epoch
        self.progress.description = f"epoch {epoch}/{self.epochs}"
        if epoch % self.every == 0 or epoch == self.epochs:
            self.draw(history)
        if epoch == self.epochs:
            show(self.widget, self.live.fig, "Training monitor: a progress bar and a live "
                 "loss curve (the picture shows the end of training).",
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
                                          description="learning rate η",
                                          continuous_update=True,
                                          style={"description_width": "initial"})
        self.steps = slider("steps", steps, 1, max_steps, 1, integer=True)
        self.status = widgets.HTML()
        fig, (ax_surface, self.ax_loss) = plt.subplots(1, 2, figsize=(9, 3.6))
        plot_error_surface(ax_surface, ws, bs, loss_surface(x, y, ws, bs, loss),
                           colorbar=False, loss=loss.upper())
        self.path = self._descend()
        self.path_line, self.loss_line = draw_descent(ax_surface, self.ax_loss, self.path)
        ax_surface.legend(loc="upper right")
        self.ax_surface = ax_surface
        self.ax_loss.set_title(f"L by step ({loss.upper()}, log scale)")
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
        self.ax_surface.set_title(f"η = {self.lr.value:g}: {label}")
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
