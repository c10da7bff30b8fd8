"""helpers.widgets with whichever ipywidgets is installed: 8 here, 7.7.1 in the Colab-like venv.

Unit tests drive the widgets as a learner's slider would (set `.value`; observers fire at once)
and check what a viewer sees: a new PNG in the Image widget, one output with a static picture.
"""

import base64

import ipywidgets
import matplotlib.pyplot as plt
import numpy as np

from helpers.frontend import widgets as hw


def sigmoid_explorer():
    x1 = np.linspace(-6, 6, 50)
    fig, ax = plt.subplots(figsize=(3, 2))
    (line,) = ax.plot(x1, 1 / (1 + np.exp(-x1)))
    live = hw.LiveFigure(fig)
    c = hw.slider("c", 1.0, 0.1, 3.0, 0.1)

    def update(_):
        line.set_ydata(c.value / (1 + np.exp(-x1)))
        live.redraw()

    c.observe(update, "value")
    return c, line, live


def test_a_slider_move_redraws_the_picture():
    c, line, live = sigmoid_explorer()
    before, redraws = live.image.value, live.redraws
    assert bytes(before[:8]) == b"\x89PNG\r\n\x1a\n"
    c.value = 2.0
    assert live.redraws == redraws + 1
    assert np.isclose(line.get_ydata().max(), 2.0 / (1 + np.exp(-6)))
    assert live.image.value != before


def test_slider_is_labelled_and_updates_while_dragged():
    s = hw.slider("w", 1.0, -4.0, 4.0, 0.1)
    assert isinstance(s, ipywidgets.FloatSlider)
    assert (s.description, s.value, s.min, s.max, s.continuous_update) == ("w", 1.0, -4, 4, True)
    n = hw.slider("units", 3, 1, 10, 1, integer=True)
    assert isinstance(n, ipywidgets.IntSlider) and n.value == 3


def test_show_puts_the_widget_and_a_static_picture_in_one_output(monkeypatch):
    c, _, live = sigmoid_explorer()
    shown = []
    monkeypatch.setattr(hw, "display", lambda obj, raw: shown.append((obj, raw)))
    box = ipywidgets.VBox([c, live.image])
    hw.show(box, live.fig)
    (bundle, raw), = shown
    assert raw is True
    assert bundle[hw.WIDGET_MIME]["model_id"] == box.model_id
    assert base64.b64decode(bundle["image/png"])[:8] == b"\x89PNG\r\n\x1a\n"
    assert bundle["text/plain"].startswith("Interactive figure")
