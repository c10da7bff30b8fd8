"""A training playground for notebook 06: choose a network, press train, watch it learn.

    from helpers.playground import Playground
    Playground(views).display()

A teacher sets the start and hides what is not the point of the exercise ("only η is yours
to change"):

    Playground(views, depth=2, width=50, activation="relu", lr=0.1, epochs=100, seed=0,
               hide=("depth", "width", "activation", "epochs", "seed"))

After each training the playground shows the one line of code that recreates its setup
(`recipe()`): a learner pastes it to a classmate, a teacher into an exercise.

Controls: hidden layers (1-4), units per layer, activation (ReLU / sigmoid), learning rate η,
epochs and seed; "train" and "stop". The network `Network(56, [width] * depth)` trains with
Adam on the MAE of the standardised 56-day windows of 2017-2019 (helpers.experiments'
validation split; statistics from the training data only), batches of 64, and after every
epoch the figure shows, live:

1. the MAE (thousands of views) on the training data and on the validation year 2020;
2. the prediction against the truth, the first weeks of the validation year;
3. what each unit of the first hidden layer computes as a function of one input x_j (the
   other inputs held at their training mean): ReLU units are ramps, the halves of notebook
   03's hard sigmoids; sigmoid units are notebook 04's S-curves.

Training must not block the kernel, or a click on "stop" would wait until it ends: in a
notebook, "train" starts an asyncio task on the kernel's event loop that runs one epoch
(`helpers.training.train_epochs`), updates the progress bar, and awaits before the next, so
the kernel handles the "stop" click in between. ipykernel runs widget callbacks inside its
event loop (tested in a real JupyterLab 4 with ipykernel 7, and kernel-side with Colab's
ipykernel 6.17 and ipywidgets 7.7.1). In Pyodide (the browser edition) the same task runs on
the browser's loop, but `asyncio.sleep(0)` there lets almost no message in: measured, a stop
click took effect 12 s (38 epochs of 4 × 100 units) after it was made. So in the browser the
task trains in chunks of about CHUNK_SECONDS and then sleeps BROWSER_PAUSE (a real
`setTimeout`), and the kernel handles clicks, slider moves and cells in that pause (measured:
stop within one chunk; tests/test_lite.py). Without a running loop (a script, a test) "train"
trains at once. `display()` trains the starting settings once before showing the playground, so the
notebook's stored picture (GitHub, nbviewer, no widget frontend) shows a trained network.
"""

from __future__ import annotations

import asyncio
import html
import sys
import time
import warnings

import ipywidgets as widgets
import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..browser import in_browser
from ..experiments import K_DAYS, splits
from ..features import Standardizer
from ..language.messages import t
from ..models import ACTIVATIONS, Network
from ..training import DivergenceWarning, Fitted, train_epochs
from .plots import COLORS, TEST_COLOR, TRAIN_COLOR, date_axis
from .widgets import PIECE_COLORS, LiveFigure, _fast_png, show

WIDTHS = [1, 2, 5, 10, 20, 50, 100]
LEARNING_RATES = [1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1]
EPOCHS = [10, 20, 50, 100, 200, 500]
BATCH_SIZE = 64
UNITS_SHOWN = 12            # the first-layer units drawn: those that depend most on x_j
PREDICTION_DAYS = 84        # the first 12 weeks of the validation year
REDRAW_SECONDS = 0.5        # while training, redraw at most this often, and spend at most
REDRAW_SHARE = 0.25         # this share of the time redrawing (on a slow machine: less often)
SETTINGS = ("depth", "width", "activation", "lr", "epochs", "seed")   # what a preset sets
CHUNK_SECONDS = 0.1         # browser edition: train this long, then pause so messages get in
BROWSER_PAUSE = 0.01        # seconds (a setTimeout); sleep(0) there let almost nothing in


class QuickLiveFigure(LiveFigure):
    """A LiveFigure for a figure with a fixed layout (no layout engine: its margins are set
    once) whose axes' limits change, so FastLiveFigure's stored background cannot be reused.
    Each redraw draws the canvas and encodes it with light PNG compression; `seconds` is how
    long the last one took (the playground redraws less often on a slow machine). A layout
    engine would recompute the layout at every redraw: about a second on a busy laptop.
    """

    seconds = 0.0

    def redraw(self) -> None:
        start = time.perf_counter()
        self.fig.canvas.draw()
        self.image.value = _fast_png(np.asarray(self.fig.canvas.buffer_rgba()))
        self.redraws += 1
        self.seconds = time.perf_counter() - start


def _running_loop():
    """The event loop a widget callback can hand work to, or None (then train at once).

    ipykernel (JupyterLab, Colab) runs callbacks inside its running asyncio loop; in Pyodide
    (JupyterLite) the browser's loop is always running, but may not count as "running" here.
    """
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        pass
    if sys.platform == "emscripten":
        return asyncio.get_event_loop()
    return None


class Playground:
    """The controls, the figure and a trainer that yields between epochs (module docstring).

    Tests drive it as a learner would: set `controls["depth"].value = 2`, then
    `controls["train"].click()`; read `history`, `artists` (the lines drawn) and `status`.
    """

    def __init__(self, views: pd.Series, *, depth: int = 1, width: int = 20,
                 activation: str = "relu", lr: float = 3e-3, epochs: int = 100, seed: int = 0,
                 hide=(), k: int = K_DAYS, dtype=np.float32):
        self._check(depth, width, activation, lr, epochs, seed)
        self.hidden = self._check_hide(hide)
        parts = splits(views, k, validation=True)
        self.train_w, self.val_w = parts["train"], parts["val"]
        self.x_scale = Standardizer.fit(self.train_w.X)
        self.y_scale = Standardizer.fit(self.train_w.y)
        self.dtype = dtype
        self.X = self.x_scale.transform(self.train_w.X).astype(dtype)
        self.y = self.y_scale.transform(self.train_w.y).astype(dtype)
        self.X_val = self.x_scale.transform(self.val_w.X).astype(dtype)
        self.y_val = self.y_scale.transform(self.val_w.y).astype(dtype)
        self.scale = float(self.y_scale.std)               # thousands of views per unit
        self.fitted: Fitted | None = None
        self.history = None
        self.running = False
        self.task = None
        self.stopped_at: int | None = None
        self.error: Exception | None = None
        self._stop = False
        self.redraws_during_run = 0
        self.controls = self._controls(depth, width, activation, lr, epochs, seed, k)
        self.progress = widgets.IntProgress(value=0, min=0, max=epochs,
                                            description=t("playground.progress", epoch=0,
                                                          epochs=epochs),
                                            style={"description_width": "initial"})
        self.status = widgets.HTML(value=t("playground.ready"))
        self.recipe_line = widgets.HTML(value="")          # the setup's code, after training
        self.artists, fig = self._figure(k)
        self.live = QuickLiveFigure(fig)
        self.controls["train"].on_click(self._on_train)
        self.controls["stop"].on_click(self._on_stop)
        self.controls["input"].observe(lambda _change: self._redraw_units(), names="value")
        c = self.controls
        shown = [[c[n] for n in row if n not in self.hidden]
                 for row in (("depth", "width", "activation"), ("lr", "epochs", "seed"))]
        self.box = widgets.VBox([*(widgets.HBox(row) for row in shown if row),
                                 widgets.HBox([c["train"], c["stop"], self.progress]),
                                 self.status, self.recipe_line, self.live.image, c["input"]])

    # --- building -----------------------------------------------------------------------------

    @staticmethod
    def _check(depth, width, activation, lr, epochs, seed) -> None:
        """Clear errors for starting values the controls cannot show."""
        for name, value, allowed in [("depth", depth, range(1, 5)), ("width", width, WIDTHS),
                                     ("activation", activation, list(ACTIVATIONS)),
                                     ("lr", lr, LEARNING_RATES), ("epochs", epochs, EPOCHS),
                                     ("seed", seed, range(10))]:
            if value not in allowed:
                raise ValueError(t("playground.bad_setting", name=name, value=value,
                                   allowed=", ".join(f"{v:g}" if isinstance(v, float) else
                                                     str(v) for v in allowed)))

    @staticmethod
    def _check_hide(hide) -> tuple:
        """`hide`: names of settings whose controls are not shown (a tuple or one name)."""
        names = (hide,) if isinstance(hide, str) else tuple(hide)
        for name in names:
            if name not in SETTINGS:
                raise ValueError(t("playground.bad_hide", name=name,
                                   allowed=", ".join(SETTINGS)))
        return names

    def _controls(self, depth, width, activation, lr, epochs, seed, k) -> dict:
        wide = {"description_width": "initial"}
        return {
            "depth": widgets.IntSlider(value=depth, min=1, max=4, step=1, style=wide,
                                       description=t("playground.depth")),
            "width": widgets.SelectionSlider(options=WIDTHS, value=width, style=wide,
                                             description=t("playground.width")),
            "activation": widgets.ToggleButtons(options=[("ReLU", "relu"),
                                                         ("sigmoid", "sigmoid")],
                                                value=activation, style=wide,
                                                description=t("playground.activation")),
            "lr": widgets.SelectionSlider(options=[(f"{v:g}", v) for v in LEARNING_RATES],
                                          value=lr, style=wide,
                                          description=t("playground.lr")),
            "epochs": widgets.SelectionSlider(options=EPOCHS, value=epochs, style=wide,
                                              description=t("playground.epochs")),
            "seed": widgets.IntSlider(value=seed, min=0, max=9, step=1, style=wide,
                                      description=t("playground.seed")),
            "train": widgets.Button(description=t("playground.train"), button_style="success",
                                    icon="play"),
            "stop": widgets.Button(description=t("playground.stop"), button_style="danger",
                                   icon="stop", disabled=True),
            "input": widgets.IntSlider(value=1, min=1, max=k, step=1, style=wide,
                                       layout=widgets.Layout(width="640px"),
                                       description=t("playground.input")),
        }

    def _figure(self, k: int):
        fig = Figure(figsize=(12, 3.6))
        FigureCanvasAgg(fig)
        ax_loss, ax_pred, ax_units = fig.subplots(1, 3)
        fig.subplots_adjust(left=0.055, right=0.99, bottom=0.16, top=0.91, wspace=0.24)
        art = {"train": ax_loss.plot([], [], color=TRAIN_COLOR,
                                     label=t("playground.train_curve"))[0],
               "val": ax_loss.plot([], [], color=TEST_COLOR,
                                   label=t("playground.val_curve"))[0]}
        ax_loss.set(xlabel=t("playground.epoch_axis"), ylabel=t("playground.mae_axis"),
                    title=t("playground.loss_title"))
        ax_loss.legend(loc="upper right")
        days, truth = self.val_w.dates[:PREDICTION_DAYS], self.val_w.y[:PREDICTION_DAYS]
        ax_pred.plot(days, truth, color=COLORS["black"], lw=1.5, label=t("playground.truth"))
        ax_pred.set_ylim(0, 1.15 * truth.max())     # fixed: room for the legend at the bottom
        art["prediction"] = ax_pred.plot(days, np.full(len(days), np.nan),
                                         color=COLORS["vermillion"],
                                         label=t("playground.prediction"))[0]
        ax_pred.set(ylabel=t("playground.views_axis"), title=t("playground.pred_title"))
        date_axis(ax_pred)
        ax_pred.legend(loc="lower left", ncols=2)
        art["units"] = [ax_units.plot([], [], lw=1.5, color=PIECE_COLORS[i % len(PIECE_COLORS)])[0]
                        for i in range(UNITS_SHOWN)]
        art["units_title"] = ax_units.set_title(" ")
        ax_units.set(ylabel=t("playground.unit_axis"))
        self.ax_loss, self.ax_pred, self.ax_units = ax_loss, ax_pred, ax_units
        return art, fig

    @property
    def fig(self):
        return self.live.fig

    # --- training -----------------------------------------------------------------------------

    def settings(self) -> dict:
        """The controls' values: depth, width, activation, lr, epochs, seed."""
        return {name: self.controls[name].value for name in SETTINGS}

    def recipe(self) -> str:
        """The one line of code that recreates this setup: the current settings and the
        hidden controls, e.g. `Playground(views, depth=1, ..., seed=0, hide=("lr",))`."""
        s = self.settings()
        parts = [f"{name}={s[name]!r}" if name == "activation" else
                 f"{name}={s[name]:g}" if name == "lr" else f"{name}={s[name]}"
                 for name in SETTINGS]
        if self.hidden:
            parts.append("hide=(" + ", ".join(repr(n) for n in self.hidden)
                         + ("," if len(self.hidden) == 1 else "") + ")")
        return "Playground(views, " + ", ".join(parts) + ")"

    def _start(self):
        """A fresh network for the current settings, and the generator that trains it."""
        s = self.settings()
        net = Network(self.X.shape[1], [s["width"]] * s["depth"], activation=s["activation"],
                      seed=s["seed"], dtype=self.dtype)
        self.fitted = Fitted(net, self.x_scale, self.y_scale, None)
        self.stopped_at, self._stop = None, False
        self._lock()
        self.redraws_during_run = 0
        self.progress.max, self.progress.value = s["epochs"], 0
        self.progress.description = t("playground.progress", epoch=0, epochs=s["epochs"])
        self.status.value = t("playground.training", epochs=s["epochs"])
        return train_epochs(net, self.X, self.y, epochs=s["epochs"], lr=s["lr"],
                            batch_size=BATCH_SIZE, loss="mae", seed=s["seed"],
                            X_val=self.X_val, y_val=self.y_val)

    def _step(self, run) -> bool:
        """Train one epoch; False when training is over (all epochs, or diverged)."""
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DivergenceWarning)  # said in the status instead
                epoch, self.history = next(run)
        except StopIteration as done:
            self.history = done.value if done.value is not None else self.history
            return False
        self.fitted.history = self.history
        self.progress.value = epoch
        self.progress.description = t("playground.progress", epoch=epoch,
                                      epochs=self.progress.max)
        wait = max(REDRAW_SECONDS, self.live.seconds / REDRAW_SHARE)
        if time.perf_counter() - self._last_redraw >= wait:
            self.redraw()
            self.redraws_during_run += 1
        return True

    def _finish(self, error: Exception | None = None) -> None:
        self.running = False
        for name, control in self.controls.items():
            control.disabled = name == "stop"
        if self.fitted is not None:
            self.redraw()
        self.error = error
        self.status.value = (self._summary() if error is None else
                             t("playground.failed", error=f"{type(error).__name__}: {error}"))
        self.recipe_line.value = t("playground.recipe", code=html.escape(self.recipe()))

    def train(self) -> None:
        """Train with the current settings, blocking until the end (scripts, tests, display)."""
        run = self._start()
        self._last_redraw = time.perf_counter()
        try:
            while self._step(run):
                if self._stop:
                    self.stopped_at = self.progress.value
                    break
        finally:
            self._finish()

    async def train_async(self) -> None:
        """Train with the current settings, awaiting after every epoch (see the docstring);
        in the browser edition, after every chunk of CHUNK_SECONDS, for BROWSER_PAUSE.

        An error (e.g. memory) ends the run with a message in the status line, not a
        traceback lost in a background task; it is kept in `error`.
        """
        error = None
        browser = in_browser()
        try:
            run = self._start()
            self._last_redraw = chunk_start = time.perf_counter()
            while self._step(run):
                if not browser:
                    await asyncio.sleep(0)      # the kernel may now handle a click on "stop"
                elif time.perf_counter() - chunk_start >= CHUNK_SECONDS:
                    await asyncio.sleep(BROWSER_PAUSE)
                    chunk_start = time.perf_counter()
                if self._stop:
                    self.stopped_at = self.progress.value
                    break
        except Exception as caught:  # noqa: BLE001 -- said in the status line
            error = caught
        finally:
            self._finish(error)

    def _lock(self) -> None:
        """Training: the settings cannot change until it ends; only "stop" works."""
        self.running = True
        for name, control in self.controls.items():
            control.disabled = name not in ("stop", "input")

    def _on_train(self, _button=None) -> None:
        if self.running:
            return
        loop = _running_loop()
        if loop is None:
            self.train()
        else:
            self._lock()                     # at once: a second click must not start a run
            self.task = loop.create_task(self.train_async())

    def _on_stop(self, _button=None) -> None:
        self._stop = True

    # --- drawing ------------------------------------------------------------------------------

    def redraw(self) -> None:
        """Put the current history, predictions and units on the figure and re-render it."""
        self._last_redraw = time.perf_counter()
        h = self.history
        if h is not None and h.train_loss:
            epochs = np.arange(1, len(h.train_loss) + 1)
            self.artists["train"].set_data(epochs, np.array(h.train_loss) * self.scale)
            self.artists["val"].set_data(epochs[:len(h.val_loss)],
                                         np.array(h.val_loss) * self.scale)
            self.ax_loss.set_xlim(0, max(self.progress.max, 1))
            self.ax_loss.relim()
            self.ax_loss.autoscale_view(scalex=False)
        if self.fitted is not None:
            pred = self.fitted.predict(self.val_w.X[:PREDICTION_DAYS])
            self.artists["prediction"].set_ydata(pred)
        self._draw_units()
        self.live.redraw()

    def units(self, j: int | None = None):
        """What the first layer's units compute as a function of input x_j (thousands of
        views), the other inputs at their training mean: (x (200,), a (200, n_units), order),
        `order` the units sorted by how strongly they depend on x_j (|W[i, j-1]|)."""
        j = self.controls["input"].value if j is None else j
        net = self.fitted.net
        W, b = net.params[0], net.params[1]
        mean, std = float(self.x_scale.mean[j - 1]), float(self.x_scale.std[j - 1])
        x = np.linspace(self.train_w.X[:, j - 1].min(), self.train_w.X[:, j - 1].max(), 200)
        act, _ = ACTIVATIONS[net.activation]
        a = act(b[None, :] + W[None, :, j - 1] * ((x - mean) / std)[:, None])
        return x, np.asarray(a, dtype=float), np.argsort(-np.abs(W[:, j - 1]), kind="stable")

    def _draw_units(self) -> None:
        if self.fitted is None:
            return
        j = self.controls["input"].value
        x, a, order = self.units(j)
        shown = order[:UNITS_SHOWN]
        for line, unit in zip(self.artists["units"], list(shown) + [None] * UNITS_SHOWN,
                              strict=False):
            line.set_visible(unit is not None)
            if unit is not None:
                line.set_data(x, a[:, unit])
        self.ax_units.set_xlim(x[0], x[-1])
        self.ax_units.relim()
        self.ax_units.autoscale_view(scalex=False)
        label = t("playground.input_axis", j=j)
        title = t("playground.units_title", shown=len(shown), units=a.shape[1],
                  activation="ReLU" if self.fitted.net.activation == "relu" else "sigmoid")
        self.ax_units.set_xlabel(label)
        self.artists["units_title"].set_text(title)

    def _redraw_units(self) -> None:
        if self.fitted is not None and not self.running:
            self._draw_units()
            self.live.redraw()

    def _summary(self) -> str:
        h = self.history
        if h is None or not h.train_loss:
            return t("playground.diverged_at_once") if h is not None and h.diverged else ""
        best = int(np.argmin(h.val_loss))
        values = {"epoch": len(h.train_loss), "epochs": self.progress.max,
                  "train": h.train_loss[-1] * self.scale, "val": h.val_loss[-1] * self.scale,
                  "best": h.val_loss[best] * self.scale, "best_epoch": best + 1}
        if h.diverged:
            return t("playground.diverged", lr=self.controls["lr"].value, **values)
        if self.stopped_at is not None:
            return t("playground.stopped", **values)
        return t("playground.done", **values)

    # --- showing ------------------------------------------------------------------------------

    def display(self, train: bool = True) -> None:
        """Show the playground; with `train`, first train the starting settings once, so the
        stored picture (where no widget frontend runs) shows a trained network."""
        if train and self.fitted is None:
            self.train()
        show(self.box, self.fig, t("playground.note" if self.fitted is not None
                                   else "playground.note_untrained"))

    def _ipython_display_(self):
        self.display()
