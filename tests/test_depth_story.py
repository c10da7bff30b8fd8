"""Notebook 06's conclusions, recomputed from scratch on the shipped data (no cached results).

`test_depth_story_on_shipped_data`, `test_width_story_on_shipped_data` and
`test_overfitting_over_epochs` train the networks with the notebook's settings (`SETTINGS`,
`CURVE_SETTINGS`, `SEEDS`) and assert the chapter's trends on the means over seeds. Together
they take about 30-60 s on 2 cores. The other tests
check the small pieces on made-up numbers.
"""

import re

import numpy as np
import pandas as pd
import pytest

from helpers import experiments as ex
from helpers.data import load_views
from helpers.features import make_windows


@pytest.fixture(scope="module")
def views():
    return load_views()


def test_splits_follow_the_book_and_keep_test_aside(views):
    book = ex.splits(views)
    assert book["train"].dates[-1] == pd.Timestamp("2020-12-31")
    assert book["test"].dates[0] == pd.Timestamp("2021-01-01")
    assert book["test"].dates[-1] == pd.Timestamp("2021-12-31")
    assert (book["book test"].dates[0], book["book test"].dates[-1]) == (
        pd.Timestamp("2021-01-01"), pd.Timestamp("2021-02-14"))
    val = ex.splits(views, validation=True)
    assert val["train"].dates[-1] == pd.Timestamp("2019-12-31")
    assert (val["val"].dates[0], val["val"].dates[-1]) == (
        pd.Timestamp("2020-01-01"), pd.Timestamp("2020-12-31"))
    assert val["train"].k == 56


def test_splits_explain_missing_years(views):
    with pytest.raises(ValueError, match="empty"):
        ex.splits(views.loc[:"2020-06-30"])


def test_fit_is_seeded_and_standardises_on_training_days_only(views):
    parts = ex.splits(views)
    a = ex.fit(parts["train"], (10,), epochs=2, settle=1, seed=1)
    b = ex.fit(parts["train"], (10,), epochs=2, settle=1, seed=1)
    c = ex.fit(parts["train"], (10,), epochs=2, settle=1, seed=2)
    assert a.mae(parts["test"]) == b.mae(parts["test"])
    assert a.mae(parts["test"]) != c.mae(parts["test"])
    assert np.allclose(a.x_scale.mean, parts["train"].X.mean(axis=0))
    seen = []
    ex.fit(parts["train"], (10,), epochs=2, settle=1, callback=lambda e, f: seen.append(e))
    assert seen == [1, 2, 3]


def test_first_layer_scale_scales_only_the_first_layer(views):
    parts = ex.splits(views)
    one = ex.fit(parts["train"], (5, 5), epochs=0, first_layer_scale=1.0)
    small = ex.fit(parts["train"], (5, 5), epochs=0, first_layer_scale=0.3)
    assert np.allclose(small.net.params[0], 0.3 * one.net.params[0])
    assert np.array_equal(small.net.params[2], one.net.params[2])


def toy_summary(train, test, sd=0.01):
    df = pd.DataFrame({"train": train, "test": test}, index=ex.DEPTH_NAMES)
    df["gap"] = df["test"] - df["train"]
    for c in ("train", "test", "gap"):
        df[f"{c} sd"] = sd
    df["n"] = 3                                  # seeds: the rule's 2·SE needs their number
    return df


def test_depth_story_reads_the_book_shape():
    book_like = toy_summary([0.28, 0.18, 0.14, 0.10], [0.43, 0.39, 0.38, 0.44])
    assert ex.depth_story(book_like, linear_test=0.46) == {
        "beats_linear": True, "train_falls": True, "gap_grows": True, "u_shape": True}
    flat = toy_summary([0.28, 0.18, 0.14, 0.15], [0.43, 0.425, 0.43, 0.44])
    story = ex.depth_story(flat, linear_test=0.435)
    assert not story["beats_linear"] and not story["train_falls"] and not story["u_shape"]


def test_width_story_reads_the_book_shape():
    def toy(test, sd=0.01):
        df = pd.DataFrame({"test": test, "test sd": sd, "n": 3}, index=ex.WIDTH_NAMES)
        return df

    assert ex.width_story(toy([0.46, 0.43, 0.43])) == {"wider_helps": True, "saturates": True}
    assert ex.width_story(toy([0.46, 0.43, 0.40])) == {"wider_helps": True, "saturates": False}
    assert not ex.width_story(toy([0.44, 0.43, 0.43]))["wider_helps"]   # within the spread
    with pytest.raises(ValueError, match="1 layer of 1000"):
        ex.width_story(toy([0.46, 0.43, 0.43]).iloc[:2])


def test_book_steps_puts_the_books_steps_beside_our_spreads():
    """Steps 0.39 - 0.43, 0.38 - 0.39, 0.44 - 0.38 (the book's test weeks) beside our 2·SE,
    2·√((sd_a² + sd_b²) / (n − 1)) for n = 3 seeds."""
    summary = pd.DataFrame({"book test sd": [0.02, 0.02, 0.01, 0.03], "n": 3},
                           index=ex.DEPTH_NAMES)
    steps = ex.book_steps(summary)
    assert list(steps["from"]) == ex.DEPTH_NAMES[:-1] and list(steps["to"]) == ex.DEPTH_NAMES[1:]
    assert np.allclose(steps["book step"], [-0.04, -0.01, 0.06])
    two_se = [0.04, 2 * np.sqrt(0.0005 / 2), 2 * np.sqrt(0.001 / 2)]
    assert np.allclose(steps["spreads"], two_se)
    assert np.allclose(steps["ratio"], np.array([0.04, 0.01, 0.06]) / two_se)
    other = ex.book_steps(summary.rename(columns={"book test sd": "test sd"}), column="test")
    assert np.allclose(other["ratio"], steps["ratio"])


def test_week_around_is_the_week_centred_on_a_day(views):
    windows = make_windows(views, ex.K_DAYS)
    week = ex.week_around(windows, "2021-02-12")
    assert list(week.dates) == list(pd.date_range("2021-02-09", "2021-02-15"))
    assert week.k == ex.K_DAYS
    assert week.y[3] == views.loc["2021-02-12"] / 1000       # windows' labels: thousands
    assert len(ex.week_around(windows, "2021-02-12", half=0)) == 1


def test_nb05_settings_are_notebook_05s():
    """NB05_SETTINGS, which notebook 06 prints as notebook 05's training, is what notebook
    05's 10-ReLU network gets: 150 epochs at η = 3e-3, batches of 64, seed 0."""
    from pathlib import Path

    import nbformat
    path = Path(__file__).resolve().parent.parent / "notebooks" / "05_training_the_network.ipynb"
    source = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells)
    call = re.search(r"hist_relu = train\((.*?)\)", source, re.S).group(1)
    epochs = int(re.search(r"^EPOCHS(?:, LR)? = (\d+)", source, re.M).group(1))
    lr = re.search(r"lr=([^,]+),", call).group(1)
    if lr == "LR":
        lr = re.search(r"^EPOCHS, LR = \d+, ([\d.e-]+)", source, re.M).group(1)
    assert "epochs=EPOCHS" in call and "batch_size=64" in call and "seed=0" in call
    assert ex.NB05_SETTINGS == {"epochs": epochs, "settle": 0, "batch_size": 64,
                                "lr": float(lr)}


def test_summarise_pm_and_differs():
    df = pd.DataFrame({"model": ["a"] * 3 + ["b"] * 3, "seed": [0, 1, 2] * 2,
                       "train": [0.1, 0.2, 0.3, 0.1, 0.1, 0.1],
                       "test": [0.5, 0.6, 0.7, 0.9, 0.9, 0.9]})
    s = ex.summarise(df)
    assert list(s.index) == ["a", "b"]
    assert s.loc["a", "test"] == pytest.approx(0.6)
    assert s.loc["a", "test sd"] == pytest.approx(np.std([0.5, 0.6, 0.7]))
    assert s.loc["b", "gap"] == pytest.approx(0.8)
    assert ex.differs(s, "a", "b") and not ex.differs(s, "a", "a")
    assert ex.pm(0.4312, 0.0123) == "0.43k ± 0.01"


def test_choices_use_validation_never_test():
    df = pd.DataFrame({"model": ["a", "a", "b", "b"], "seed": [0, 1, 0, 1],
                       "val": [0.50, 0.52, 0.55, 0.56], "test": [0.9, 0.9, 0.1, 0.1]})
    assert ex.choose_on_validation(df) == "a"
    epochs = np.arange(5, 55, 5)
    rows = []
    for seed in (0, 1, 2):
        for e in epochs:
            val = 0.5 + 0.002 * (e - 20) ** 2 / 20 + 0.001 * seed
            rows.append({"model": "m", "seed": seed, "epoch": e, "train": 1 / e,
                         "val": val, "test": 0.3 if e == 50 else val + 0.05, "book test": val})
    stop = ex.early_stopping(pd.DataFrame(rows))
    assert stop["best epoch"] == 20         # lowest validation error, whatever the test says
    assert stop["last epoch"] == 50


def test_book_table_has_the_books_11_rows(views):
    rows = [(name, seed, 0.2 + 0.01 * seed, 0.5, 0.6) for name in ex.CONFIGS for seed in ex.SEEDS]
    runs = pd.DataFrame(rows, columns=["model", "seed", "train", "test", "book test"])
    table = ex.book_table(ex.linear_table(views), ex.summarise(runs, ("train", "test",
                                                                      "book test")))
    assert len(table) == 11
    assert table.iloc[-1]["book: test"] == "0.44k"
    assert table.iloc[0]["train 2017–20"].endswith("± 0.00")


# --- the honest recomputation: the notebook's settings, the shipped data -------------------------


def test_depth_story_on_shipped_data(views):
    """Nets beat linear beyond the spread; training error falls 1 → 4 layers; the gap grows."""
    runs = ex.sweep(views, ex.DEPTHS)                  # SETTINGS and SEEDS, as the notebook
    summary = ex.summarise(runs)
    linear_test = ex.linear_table(views, days=(56,)).loc["linear, 56 days", "test"]
    story = ex.depth_story(summary, linear_test)
    assert story["beats_linear"], summary
    assert story["train_falls"], summary
    assert story["gap_grows"], summary
    # every depth of 100 beats the linear model on 2021 by more than its spread
    assert (linear_test - summary["test"] > summary["test sd"]).all(), summary


def test_width_story_on_shipped_data(views):
    """Wider helps (10 → 100 units, beyond the spread), then saturates (100 → 1000 gains less
    than half as much), on 2021, with the notebook's settings and seeds."""
    summary = ex.summarise(ex.sweep(views, ex.WIDTHS))
    story = ex.width_story(summary)
    assert story == {"wider_helps": True, "saturates": True}, summary


def test_overfitting_over_epochs(views):
    """4 layers, trained long on 2017-2019: validation and test errors fall, then rise in every
    seed, while the training error keeps falling; the epoch is chosen on 2020."""
    curve = ex.curves(views, {"4 layers of 100": ex.CONFIGS["4 layers of 100"]})
    stop = ex.early_stopping(curve)
    mean = curve.groupby("epoch").mean(numeric_only=True)
    first = int(mean.index[0])
    assert stop["shown"], stop
    assert first < stop["best epoch"] < stop["last epoch"]
    # falls first: the validation and test errors at the best epoch are below where they started
    assert mean.loc[stop["best epoch"], "val"] < mean.loc[first, "val"]
    assert mean.loc[stop["best epoch"], "test"] < mean.loc[first, "test"]
    assert stop["best epoch"] == int(mean["val"].idxmin())
