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
         ) -> None:
    """Display `widget` live where a widget frontend runs, and `fig` as a PNG elsewhere.

    One output carries both: JupyterLab and Colab draw the widget; GitHub, nbviewer, HTML
    export and untrusted notebooks fall back to the picture; nbval compares `note`.
    """
    bundle = {
        WIDGET_MIME: {"version_major": 2, "version_minor": 0, "model_id": widget.model_id},
        "image/png": base64.b64encode(png_bytes(fig)).decode("ascii"),
        "text/plain": note,
    }
    display(bundle, raw=True)


def slider(description: str, value: float, lo: float, hi: float, step: float,
           fmt: str = ".2f", integer: bool = False):
    """A labelled slider that updates while dragged (FloatSlider, or IntSlider if `integer`)."""
    kind = widgets.IntSlider if integer else widgets.FloatSlider
    kw = {} if integer else {"readout_format": fmt}
    return kind(value=value, min=lo, max=hi, step=step, description=description,
                continuous_update=True, style={"description_width": "initial"}, **kw)
