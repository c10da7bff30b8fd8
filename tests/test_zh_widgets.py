"""In Chinese, every interactive figure stays Chinese while its controls move.

The scan of the notebooks (tests/test_zh_outputs.py) sees what a notebook shows when it runs;
a learner then drags the sliders and presses the buttons, and the callbacks rewrite titles,
readouts, tables and labels. Here each builder of helpers.widgets is built in Chinese, every
control is moved (sliders to both ends, every option, every button), and after each move the
whole figure is drawn and every text of it and of the controls is checked for English words
(the rule of tests/zh_scan.py). Numbers print as in English. Also the helpers' other texts:
the loader's errors, the trainer's divergence message, printed tables.
"""

from __future__ import annotations

import io

import ipywidgets
import numpy as np
import pandas as pd
import pytest
from zh_scan import english_words, figure_texts, widget_texts

from helpers import experiments as ex
from helpers.frontend import widgets as hw
from helpers.language.messages import using
from helpers.pieces import weekly_curve


@pytest.fixture(autouse=True)
def chinese():
    with using("zh"):
        yield


def views(days: int = 800) -> pd.Series:
    dates = pd.date_range("2019-01-01", periods=days, freq="D")
    weekly = np.array([1.1, 1.2, 1.1, 1.2, 1.0, 0.5, 0.8])[dates.day_of_week]
    return pd.Series(np.round(4000 * weekly), index=dates, name="views")


def all_texts(fig, controls) -> list[str]:
    fig.savefig(io.BytesIO(), format="png")           # draws it all: ticks, legends, titles
    texts = figure_texts(fig)
    for w in controls:
        texts += widget_texts(w)
    return texts


def boxes(widget) -> list:
    """A box and everything inside it."""
    found = [widget]
    for child in getattr(widget, "children", ()):
        found += boxes(child)
    return found


def english(texts) -> list[str]:
    return [f"{w!r} in {s[:100]!r}" for s in dict.fromkeys(texts) for w in english_words(s)]


def moves(control):
    """Values to set: a slider's ends and middle, every option of a selection."""
    if isinstance(control, ipywidgets.SelectionSlider):
        return [value for _, value in control.options] if isinstance(
            control.options[0], tuple) else list(control.options)
    if hasattr(control, "min") and hasattr(control, "max"):
        return [control.min, control.max, (control.min + control.max) / 2 if not isinstance(
            control, ipywidgets.IntSlider) else (control.min + control.max) // 2]
    return []


def exercise(fig, controls: dict, shown) -> list[str]:
    """Move every control (and press every button twice); the English seen on the way."""
    found = english(all_texts(fig, shown))
    for control in controls.values():
        if isinstance(control, ipywidgets.Button):
            for _ in range(2):
                control.click()
                found += english(all_texts(fig, shown))
            continue
        start = control.value
        for value in moves(control):
            control.value = value
            found += english(all_texts(fig, shown))
        control.value = start
    return found


WEEK = weekly_curve(views())


@pytest.mark.parametrize("build", [
    lambda: hw.sigmoid_explorer(),
    lambda: hw.piecewise_explorer(),
    lambda: hw.approximation_explorer(WEEK, (0, 7), kind="hard", n=4, unit="k"),
    lambda: hw.approximation_explorer(np.sin, (0, 6), kind="sigmoid", n=3, max_n=6),
    lambda: hw.relu_pair_explorer(),
    lambda: hw.sigmoid_challenge(WEEK, (0, 7), n=3, unit="k"),
], ids=["sigmoid", "piecewise", "approximation-hard", "approximation-sigmoid", "relu-pair",
        "challenge"])
def test_every_explorer_stays_chinese_while_its_controls_move(build):
    explorer = build()
    found = exercise(explorer.fig, explorer.controls, boxes(explorer.box))
    assert not found, "English in a Chinese interactive figure:\n" + "\n".join(found)


def test_learning_rate_explorer_stays_chinese_for_every_learning_rate():
    x = np.linspace(0, 5, 50)
    y = 1.0 + 0.8 * x + np.sin(7 * x)                 # a line plus wiggles: L > 0 everywhere
    ws, bs = np.linspace(-0.5, 1.5, 21), np.linspace(-1, 3, 21)
    explorer = hw.LearningRateExplorer(x, y, [0.0003, 0.01, 0.05, 0.2, 2.0], lr=0.01, steps=50,
                                       max_steps=200, ws=ws, bs=bs)
    found = exercise(explorer.fig, {"lr": explorer.lr, "steps": explorer.steps},
                     boxes(explorer.widget))
    explorer.lr.value = 2.0
    assert "发散" in explorer.status.value and "η = 2" in explorer.status.value
    assert not found, "\n".join(found)


def test_training_monitor_is_chinese(monkeypatch):
    from helpers.models import Network
    from helpers.training import train

    shown = []
    monkeypatch.setattr(hw, "display", lambda bundle, **kw: shown.append(bundle["text/plain"]))
    monitor = hw.TrainingMonitor(5, max_redraws=5)
    monitor.show()
    X = np.random.default_rng(0).normal(size=(40, 3))
    train(Network(3, 4, seed=0), X, X.sum(axis=1), epochs=5, X_val=X, y_val=X.sum(axis=1),
          callback=monitor)
    texts = all_texts(monitor.live.fig, boxes(monitor.widget)) + shown
    assert "回合 5/5" in texts and len(shown) == 2
    assert not english(texts), english(texts)


def test_a_divergence_message_and_the_descent_labels_are_chinese():
    from helpers.training import describe_descent, label_text, line_descent

    x = np.linspace(0, 5, 50)
    path = line_descent(x, 1 + 0.8 * x, (0, 0), 5.0, 50, "mse")
    assert path.diverged and path.message.startswith("在第 ")
    assert not english(describe_descent(path, 0.0).split("\n"))
    for label in ["diverged", "diverging", "converged", "converged, zigzagging", "bouncing",
                  "crawling"]:
        assert not english([label_text(label)])


def test_the_loaders_errors_are_chinese(tmp_path):
    from helpers.data import ViewsFileError, load_views

    cases = ["", "date,views\n", "when,how many\n2021-03-01,5\n", "date,views\n2021-03-01,1,234\n",
             "date,views\nyesterday,6\n", "date,views\n44256,5\n44257,6\n",
             "date,views\n01/02/2021,5\n03/04/2021,6\n",
             "date,views\n2021-03-01 01:00,5\n2021-03-01 02:00,6\n",
             "date,views\n2021-03-01,12a\n", "date;views\n2021-03-01;1.234\n2021-03-02;987\n",
             "date,views\n2021-03-01,\n", "date,views\n2021-03-01,nan\n",
             "date,views\n2021-03-01,-3\n", "date,views\n2021-03-01,5\n2021-03-01,6\n",
             "date,views\n2021-03-01,5\n2021-03-05,6\n", "date,views\n2021-03-01,5\n",
             "2021-03-01\n2021-03-02\n"]
    for k, text in enumerate(cases):
        path = tmp_path / f"case{k}.csv"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ViewsFileError) as err:
            load_views(path)
        message = str(err.value).replace(str(path), "")
        assert "怎么办：" in message and not english([message]), message
    with pytest.raises(ViewsFileError, match="没有这个文件"):
        load_views(tmp_path / "nope.csv")


def test_printed_tables_of_the_experiments_are_chinese():
    names = [*ex.CONFIGS, "linear, 1 day", "linear, 56 days"]
    for name in names:
        assert not english([ex.model_label(name)]), name
    for _, name, *_ in ex.BOOK_ROWS:
        assert not english([ex.model_label(name)]), name
    for part in ex.PARTS:
        assert not english([ex.part_label(part)])
    with using("en"):
        assert [ex.model_label(n) for n in names] == names  # English: the name itself
        assert [ex.model_label(b) for b, *_ in ex.BOOK_ROWS] == [b for b, *_ in ex.BOOK_ROWS]
        assert [ex.part_label(p) for p in ex.PARTS] == list(ex.PARTS)
