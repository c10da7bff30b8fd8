"""Notebook 07's last section, tested: the one `load_views(...)` line pointed at another file.

The file is a YouTube Studio export zip (tests/studio_export.py) of another channel: the
course's generator with another seed. The notebook must run top to bottom on it and print
*that* channel's numbers: its dates and years, its weekday profile, its linear models (fitted
again here, independently of the notebook's cells) and a verdict table for it.
"""

import re
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
from nbclient import NotebookClient
from studio_export import studio_zip

from helpers.course import lessons
from helpers.data import load_views
from helpers.features import train_test, weekday_profile
from helpers.losses import mae
from helpers.models import linear_mae_fit, linear_predict
from helpers.synthetic import make_views

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "07_real_data.ipynb"
LINE = re.compile(r'^series = load_views\(.*$', re.M)


def test_notebook_07_runs_on_a_channels_studio_export(tmp_path):
    df = make_views(seed=3)
    channel = pd.Series(df["views"].to_numpy(), index=pd.DatetimeIndex(df["date"]))
    export = studio_zip(tmp_path / "my_export.zip", channel)

    nb = nbformat.read(NOTEBOOK, as_version=4)
    cells = [c for c in nb.cells if c.cell_type == "code" and LINE.search(c.source)]
    assert len(cells) == 1, "exactly one `series = load_views(...)` line to change"
    cells[0].source = LINE.sub(f"series = load_views({str(export)!r})", cells[0].source)
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    text = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code"
                   for o in c.outputs)

    series = load_views(export)
    assert series.tolist() == channel.tolist()
    assert (f"1826 days, 2017-01-01 to 2021-12-31, {series.mean() / 1000:.2f} thousand a day on "
            "average. Test year 2021, validation year 2020.") in text
    real = "real data: views"                               # the series' own name, not births
    assert real in text and "real data: births" not in text

    profile = weekday_profile(series.loc[:"2020-12-31"]).to_numpy()
    assert re.search(rf"^{real}" + "".join(rf"\s+{v:.2f}" for v in profile) + "$", text, re.M)

    errors = {}
    for k in (1, 7, 28, 56):
        train, test = train_test(series, k, 2021)
        w, b = linear_mae_fit(train.X, train.y)
        errors[k] = [round(mae(linear_predict(d.X, w, b), d.y), 2) for d in (train, test)]
    label = {1: "linear, 1 day", 7: "linear, 7 days", 28: "linear, 28 days", 56: "linear, 56 days"}
    for k, (tr, te) in errors.items():
        row = re.search(rf"^{label[k]}\s+([\d.]+)\s+([\d.]+)\s", text, re.M)
        assert row and [float(row[1]), float(row[2])] == [tr, te], (k, row)

    linear = pd.DataFrame({"test": [errors[k][1] for k in (1, 7, 28, 56)]}, index=lessons.LINEAR)
    verdict = lessons.more_days(linear)[0]
    assert re.search(rf"more days of input\s+{real}\s+{re.escape(verdict)}\s", text)
    counts = re.search(rf"^{real}: (\d) hold, (\d) within the spread, (\d) don't$", text, re.M)
    assert counts and sum(int(c) for c in counts.groups()) == len(lessons.LESSONS)
    assert "chosen on 2020: " in text and np.isfinite(series.mean())
