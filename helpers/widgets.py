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
from IPython.display import display

from .plots import TEST_COLOR, TRAIN_COLOR

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
