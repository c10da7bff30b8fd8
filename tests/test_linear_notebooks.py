"""Notebooks 01-02 beyond their stored outputs: the book's trend on the shipped data, and
both notebooks computing on a learner's own CSV (the `DATA = ...` line): what they print must
be that file's numbers, recomputed here."""

import re
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import pytest
from nbclient import NotebookClient

from helpers.data import DATA_PATH, load_views
from helpers.features import train_test
from helpers.losses import mae
from helpers.models import linear_mae_fit, linear_predict

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


@pytest.mark.skipif(not DATA_PATH.exists(), reason="data/views.csv not made yet")
def test_shipped_data_follow_the_books_trend():
    """1 > 7 > 28 ≥ 56 days of input, train and test, to two decimals as notebook 02 prints."""
    views = load_views()
    for part in (0, 1):
        errors = []
        for k in (1, 7, 28, 56):
            train, test = train_test(views, k)
            w, b = linear_mae_fit(train.X, train.y)
            data = (train, test)[part]
            errors.append(round(mae(linear_predict(data.X, w, b), data.y), 2))
        assert errors[0] > errors[1] > errors[2] >= errors[3], (part, errors)


def learner_csv(path: Path) -> Path:
    """A small channel's YouTube-Studio-like export: a 'Total' row, ~300 views a day."""
    dates = pd.date_range("2022-03-01", "2024-02-20", freq="D")
    rng = np.random.default_rng(5)
    weekly = np.array([1.1, 1.15, 1.1, 1.05, 0.95, 0.7, 0.95])[dates.day_of_week]
    views = np.round(300 * weekly * rng.lognormal(0, 0.1, len(dates))).astype(int)
    lines = ["Date,Views", f"Total,{views.sum()}"]
    lines += [f"{d:%Y-%m-%d},{v}" for d, v in zip(dates, views, strict=True)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_on(name: str, csv: Path) -> str:
    """Run notebook `name` with its `DATA = None` line pointing at `csv`; all printed text."""
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    data_cells = [c for c in nb.cells if c.cell_type == "code" and
                  c.source.startswith("DATA = None")]
    assert len(data_cells) == 1, "one clearly marked DATA line, at the top of its cell"
    data_cells[0].source = data_cells[0].source.replace("DATA = None", f"DATA = {str(csv)!r}", 1)
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code"
                   for o in c.outputs)


def test_notebook_01_computes_on_a_learners_own_csv(tmp_path):
    """Notebook 01 on a learner's export: its dates, its split and its fitted line are that
    file's, recomputed here independently of the notebook."""
    csv = learner_csv(tmp_path / "my_channel.csv")
    text = run_on("01_linear_model.ipynb", csv)
    views = load_views(csv)
    assert f"{len(views)} days, 2022-03-01 to 2024-02-20; test year 2023" in text
    train, test = train_test(views, 1, 2023)
    assert (f"{len(train)} training days (2022-03-02 to 2022-12-31), {len(test)} test days "
            "(2023)") in text
    w, b = linear_mae_fit(train.X, train.y)
    assert f"exact minimum: w = {w[0]:.3f}, b = {b:.3f}k" in text


def test_notebook_02_computes_on_a_learners_own_csv(tmp_path):
    """Notebook 02 on a learner's export: the weekday profile and the table of linear models
    printed are those of that file (recomputed here), not of the course's data."""
    csv = learner_csv(tmp_path / "my_channel.csv")
    text = run_on("02_more_days.ipynb", csv)
    views = load_views(csv)
    assert "test year 2023" in text and "L' 2023" in text
    from helpers.features import weekday_profile
    profile = weekday_profile(views.loc[:"2022-12-31"]).round(2)
    assert profile.to_string() in text                       # Mon 1.1x ... Sat 0.7x ...
    rows = {int(line.split()[0]): [float(v) for v in line.split()[2:4]]
            for line in text.splitlines() if re.match(r"^(1|7|28|56)\s+\d+\s", line)}
    for k in (1, 7, 28, 56):
        train, test = train_test(views, k, 2023)
        w, b = linear_mae_fit(train.X, train.y)
        assert rows[k] == [round(mae(linear_predict(d.X, w, b), d.y), 2) for d in (train, test)]
    assert rows[1][0] < 0.1  # ~300 views a day: errors of tens of views, not the course's 1k


def test_book_test_weeks_and_weekday_profile():
    from helpers.features import book_test_weeks, make_windows, weekday_profile

    dates = pd.date_range("2020-12-01", "2021-03-31", freq="D")
    views = pd.Series(np.where(dates.day_of_week >= 5, 500, 1000), index=dates)
    test = make_windows(views, 1).between("2021-01-01", "2021-12-31")
    weeks = book_test_weeks(test)
    assert weeks.dates[0] == pd.Timestamp("2021-01-01")
    assert weeks.dates[-1] == pd.Timestamp("2021-02-14") and len(weeks) == 45
    profile = weekday_profile(views)
    assert list(profile.index) == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert profile["Sat"] == pytest.approx(0.5 * profile["Mon"])
    assert profile.mean() == pytest.approx(1.0, abs=0.01)
