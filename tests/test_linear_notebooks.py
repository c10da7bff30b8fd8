"""Notebooks 01-02 beyond their stored outputs: the book's trend on the shipped data, and
both notebooks running on a learner's own CSV (the `DATA = ...` line)."""

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


@pytest.mark.parametrize("name", ["01_linear_model.ipynb", "02_more_days.ipynb"])
def test_notebook_runs_on_a_learners_own_csv(name, tmp_path):
    csv = learner_csv(tmp_path / "my_channel.csv")
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    data_cells = [c for c in nb.cells if c.cell_type == "code" and
                  c.source.startswith("DATA = None")]
    assert len(data_cells) == 1, "one clearly marked DATA line, at the top of its cell"
    data_cells[0].source = data_cells[0].source.replace("DATA = None", f"DATA = {str(csv)!r}", 1)
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    text = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code"
                   for o in c.outputs)
    assert "test year 2023" in text


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
