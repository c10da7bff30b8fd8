"""The browser edition's smaller settings (helpers.browser): chosen only under Pyodide, and
always said out loud where the training runs (English and Chinese)."""

from __future__ import annotations

import importlib
import sys

import pytest

from helpers import browser
from helpers.data import load_views
from helpers.language.messages import set_language


@pytest.fixture
def in_browser(monkeypatch):
    monkeypatch.setattr(sys, "platform", "emscripten")
    yield
    set_language("en")


def test_full_setting_everywhere_but_the_browser(capsys, monkeypatch):
    monkeypatch.delenv("COURSE_SMALL_SETTINGS", raising=False)
    assert not browser.in_browser() and not browser.smaller()
    assert browser.lighter(full=3, small=1) == 3
    browser.announce("experiments.browser_curves", seeds=1, epochs=100, lr=1e-3, full_seeds=3,
                     full_epochs=150, full_lr=3e-4)
    assert capsys.readouterr().out == ""


def test_smaller_setting_in_the_browser(in_browser, capsys):
    assert browser.in_browser()
    assert browser.lighter(full=3, small=1) == 1
    browser.announce("experiments.browser_curves", seeds=1, epochs=100, lr=1e-3, full_seeds=3,
                     full_epochs=150, full_lr=3e-4)
    assert ("Browser edition: 1 seed(s) × 100 epochs at η = 0.001 here (in JupyterLab: 3 "
            "seeds × 150 epochs at η = 0.0003)") in capsys.readouterr().out


def test_experiments_in_the_browser_train_less_and_say_so(monkeypatch, capsys):
    import helpers.experiments as ex

    monkeypatch.setattr(sys, "platform", "emscripten")
    try:
        small = importlib.reload(ex)             # the module's settings, as Pyodide imports it
        assert small.SEEDS == (0, 1) and small.CURVE_SEEDS == (0,)
        assert small.CURVE_SETTINGS["epochs"] < small.FULL_CURVE_SETTINGS["epochs"]
        assert small.SETTINGS["epochs"] < small.FULL_SETTINGS["epochs"]
        assert small.SETTINGS["settle"] < small.FULL_SETTINGS["settle"]
        views = load_views()
        small.sweep(views, {"tiny": (2,)}, seeds=(0,), epochs=1, settle=0)
        out = capsys.readouterr().out
        assert out.startswith("Browser edition: 1 seeds × 1 + 0 epochs per network here "
                              "(in JupyterLab: 3 seeds × 40 + 10)")
        set_language("zh")
        small.curves(views, {"tiny": (2,)}, epochs=1, every=1)
        assert capsys.readouterr().out.startswith("浏览器版：这里用 1 个随机种子")
    finally:
        monkeypatch.undo()           # the real platform again, then the module as it was
        set_language("en")
        importlib.reload(ex)
    assert ex.SEEDS == ex.FULL_SEEDS == (0, 1, 2) and ex.SETTINGS == ex.FULL_SETTINGS
    assert ex.CURVE_SEEDS == ex.FULL_SEEDS and ex.CURVE_SETTINGS == ex.FULL_CURVE_SETTINGS


def test_native_experiments_say_nothing_about_the_browser(capsys):
    import helpers.experiments as ex

    ex.sweep(load_views(), {"tiny": (2,)}, seeds=(0,), epochs=1, settle=0)
    assert "Browser" not in capsys.readouterr().out


def test_the_small_setting_can_be_previewed_with_python_installed(monkeypatch, capsys):
    monkeypatch.setenv("COURSE_SMALL_SETTINGS", "1")
    assert not browser.in_browser() and browser.smaller()
    assert browser.lighter(full=3, small=1) == 1
