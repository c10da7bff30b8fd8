"""Sentences of notebook 06 against what its cells print (issue 13).

Each test is named for a sentence of the notebook (English and, where it states the same
verdict, Chinese): the numbers are read from the notebook's stored outputs (which nbval
checks against a fresh run) or from the helpers it calls, and the verdict the sentence states
is asserted. If a re-run changes a verdict, the test names the sentence to rewrite.
"""

from __future__ import annotations

import importlib
import re
import sys
from functools import partial
from pathlib import Path

import nbformat
import pandas as pd
import stored

from helpers import experiments as ex
from helpers.language.messages import set_language, t

ROOT = Path(__file__).resolve().parent.parent
NB = ROOT / "notebooks" / "06_deeper_and_overfitting.ipynb"
ZH = ROOT / "translations" / "zh" / "06_deeper_and_overfitting.md"


cell = partial(stored.cell, NB.name)        # cell(cell_id) of notebook 06
printed = partial(stored.printed, NB.name)  # what it printed


def chinese(cell_id: str) -> str:
    """The Chinese section of a cell in translations/zh."""
    text = ZH.read_text(encoding="utf-8")
    start = text.index(f"<!-- cell {cell_id} ")
    nxt = re.compile(r"<!-- (cell|code) ").search(text, start + 1)   # code sections too
    return text[start:nxt.start() if nxt else None]


def numbers(pattern: str, text: str) -> list[float]:
    m = re.search(pattern, text)
    assert m, f"{pattern!r} not in the output:\n{text}"
    return [float(g) for g in m.groups()]


BOOK = {name: test for _, name, _, test in ex.BOOK_ROWS}


def test_intro_says_what_the_book_found():
    """"on its test weeks 2 and 3 layers beat 1, while the deepest (4 layers) did *worse*
    again" (the book's rows), and that we check it rather than promise it."""
    one, two, three, four = (BOOK[name] for name in ex.DEPTH_NAMES)
    assert two < one and three < one and four > three
    source = cell("38effdf5").source
    assert "In the book," in source and "checks which of these findings hold" in source
    assert "does *worse* on\nnew days" not in source


def test_depth_figure_compares_linear_on_the_same_days():
    """Section 8: "the networks' early-2021 errors are higher than the linear model's
    whole-year error, yet lower than its error on the same weeks"; and on all of 2021 every
    depth beats the line."""
    out = printed("679a0a5f")
    year = numbers(r"all of 2021 *: linear, 56 days ([\d.]+)k; .* from ([\d.]+)k to ([\d.]+)k",
                   out)
    early = numbers(r"early 2021 *: linear, 56 days ([\d.]+)k; .* from ([\d.]+)k to ([\d.]+)k",
                    out)
    assert early[1] > year[0] and early[2] < early[0], (year, early)
    assert year[2] < year[0]
    rows = re.findall(r"2021 ([\d.]+)k ± [\d.]+ +early 2021 ([\d.]+)k", printed("d30312a4"))
    linear = re.search(r"linear, 56 days +[\d.]+k ± [\d.]+ +([\d.]+)k ± [\d.]+ +([\d.]+)k",
                       printed("2eeda302")).groups()
    assert len(rows) == len(ex.CONFIGS)
    for year_mae, early_mae in [*rows, linear[::-1]]:   # "early 2021 is harder for every model"
        assert float(early_mae) > float(year_mae)
    source = cell("679a0a5f").source
    assert 'lin["test"]' in source and 'lin["book test"]' in source and "LINEAR_TEST" not in source


def test_lunar_new_year_week_network_worse_than_the_line():
    """"in that week the chosen network (seed 0) does *worse* than the linear model, although
    over the whole year it does better (section 9)"."""
    linear, network = numbers(r"linear ([\d.]+)k, network ([\d.]+)k", printed("28cdb7e2"))
    assert network > linear
    assert "the network does worse than the linear model" in printed("28cdb7e2")
    year = printed("5dc87e0d")
    chosen, = numbers(r"reported once: ([\d.]+)k", year)
    line, = numbers(r"linear, 56 days, on 2021: ([\d.]+)k", year)
    assert chosen < line
    assert "does *worse* than" in cell("8b61eb13").source and "*差*" in chinese("8b61eb13")


def test_only_three_new_years_fall_on_training_days():
    """"only those of 2018–2020 fall on training days" (the book's split)."""
    from helpers.data import load_views
    from helpers.synthetic import LUNAR_NEW_YEAR
    train = ex.splits(load_views())["train"]
    inside = [d for d in LUNAR_NEW_YEAR
              if train.dates[0] <= pd.Timestamp(d) <= train.dates[-1]]
    assert inside == ["2018-02-16", "2019-02-05", "2020-01-25"]


def test_the_books_steps_beside_our_spreads():
    """Section 11's take-away: the book's step 1 -> 2 layers "about as large as our spreads
    (ratio near 1)", 2 -> 3 "much smaller (ratio well below 1)", the step to 4 layers "about
    twice as large"."""
    rows = re.findall(r"-> .*?([+-][\d.]+)k +([\d.]+)k +([\d.]+)$", printed("32dea60a"), re.M)
    assert len(rows) == 3, printed("32dea60a")
    ratios = [float(r[2]) for r in rows]
    assert 0.8 <= ratios[0] <= 1.25 and ratios[1] < 0.5 and 1.5 <= ratios[2] <= 2.5, ratios
    text = cell("9fa27a81").source
    assert "ratio near 1" in text and "well below 1" in text and "twice as large" in text


def test_width_and_depth_verdicts_are_printed():
    """Section 11 prints the width story (wider helps, then saturates) beside the depth story;
    the closing note's U verdict is the same as section 11's."""
    out = printed("32dea60a")
    for key in ("beats_linear", "train_falls", "gap_grows", "u_shape", "wider_helps",
                "saturates"):
        assert re.search(rf"^(yes|no) +{re.escape(t('nb06.' + key))}$", out, re.M), key
    u = re.search(r"^(yes|no) .*the book's U\)$", out, re.M).group(1)
    assert printed("d30312a4").rstrip().endswith(f"beyond the spread: {u}")


def test_our_ten_units_are_under_trained_next_to_notebook_05():
    """Section 4: "our '1 layer of 10' row below shows higher errors than notebook 05's
    network, which is the same model trained longer"; the settings it prints are
    notebook 05's (checked against notebook 05's code in test_depth_story)."""
    nb05 = ROOT / "notebooks" / "05_training_the_network.ipynb"
    out05 = "".join(o.get("text", "") for c in nbformat.read(nb05, as_version=4).cells
                    if c.cell_type == "code" for o in c.outputs)
    train05, test05 = numbers(r"10 ReLU +([\d.]+)k +([\d.]+)k", out05)
    train06, test06 = numbers(r"1 layer of 10 +train ([\d.]+)k ± [\d.]+ +2021 ([\d.]+)k",
                              printed("d30312a4"))
    assert train06 > train05 and test06 > test05
    assert f"{ex.NB05_SETTINGS}" in printed("12ad13d4")
    assert ex.NB05_SETTINGS["epochs"] > ex.SETTINGS["epochs"] + ex.SETTINGS["settle"]
    assert ex.NB05_SETTINGS["lr"] > ex.SETTINGS["lr"]
    assert "the same way, as in notebook 05" not in cell("c636d477").source


def test_overfitting_run_length_is_the_one_stated():
    """Section 10: "150 epochs" (en, zh), and the curves' settings print that."""
    assert ex.FULL_CURVE_SETTINGS["epochs"] == 150
    assert "(150 epochs," in cell("8b61eb13").source and "150 个回合" in chinese("8b61eb13")
    assert "'epochs': 150" in printed("09476d10")
    assert "epoch 150" in printed("d0778037")


def test_imagenet_numbers_cite_their_sources():
    text = cell("7cc0addf").source
    for source in ("ILSVRC", "arXiv:1409.1556", "arXiv:1409.4842", "arXiv:1512.03385",
                   "Krizhevsky"):
        assert source in text and source in chinese("7cc0addf")
    assert "the book's numbers" not in text


def test_terms_defined_where_first_used():
    assert "**validation set** (验证集)" in cell("38effdf5").source
    assert "**Early stopping** (早停)" in cell("ex-best-epoch-task").source
    assert "**早停**" in chinese("ex-best-epoch-task") and "提前停止" not in ZH.read_text("utf-8")


def test_browser_note_in_the_title_is_true(monkeypatch):
    """"trains there with 2 seeds and half the epochs, and draws the overfitting curves from 1
    seed and 100 epochs at a larger η"."""
    assert ("2 seeds and half the epochs" in cell("38effdf5").source
            and "1 seed and\n100 epochs at a larger η" in cell("38effdf5").source)
    monkeypatch.setattr(sys, "platform", "emscripten")
    try:
        small = importlib.reload(ex)
        assert len(small.SEEDS) == 2 and len(small.CURVE_SEEDS) == 1
        assert small.SETTINGS["epochs"] * 2 == small.FULL_SETTINGS["epochs"]
        assert small.SETTINGS["settle"] * 2 == small.FULL_SETTINGS["settle"]
        assert small.CURVE_SETTINGS["epochs"] == 100
        assert small.CURVE_SETTINGS["lr"] > small.FULL_CURVE_SETTINGS["lr"]
    finally:
        monkeypatch.undo()
        set_language("en")
        importlib.reload(ex)


def test_playground_suggestions_are_values_its_controls_offer():
    """"1 unit", "4 layers of 100, 500 epochs", "η = 0.1, then 0.0001": the playground's
    sliders offer each of these values."""
    from helpers.frontend import playground
    source = cell("nb06-playground-try").source
    for said in ("**1 unit**", "**4 layers of 100, 500 epochs**", "**η = 0.1**", "**0.0001**"):
        assert said in source
    assert 1 in playground.WIDTHS and 100 in playground.WIDTHS and 500 in playground.EPOCHS
    assert 0.1 in playground.LEARNING_RATES and 1e-4 in playground.LEARNING_RATES
