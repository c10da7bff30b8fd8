"""A YouTube Studio analytics export (.zip), made for the tests from a daily series.

What Studio's "Advanced mode → download → Comma-separated values (.csv)" gives, as far as
public parsers of it and their fixtures show: a zip of

  Table data.csv   Content,Video title,Video publish time,Duration,Views,Watch time (hours),
                   Average view duration  — a "Total" row first, then one row per video
  Chart data.csv   Date,Content,Video title,Video publish time,Duration,Views — one row per
                   day and video, for the videos drawn in the chart (the top few) only
  Totals.csv       Date,Views — one row per day: the channel's daily views

`studio_zip(path, views)` writes such a zip whose Totals.csv is `views`. Its Chart data.csv
holds only the top 3 of 5 videos, so adding it up per day gives *less* than Totals.csv, as in
a real export: a loader that sums the chart is caught.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

VIDEOS = [  # (Content = video id, title, publish time, duration in seconds)
    ("dQw3w9WgXcQ", "Lecture 1: regression, the views of a channel", "Feb 26, 2021", 3012),
    ("a1B2c3D4e5F", "Lecture 2: gradient descent, step by step", "Mar 5, 2021", 2745),
    ("Zx9Yw8Vu7Ts", "Q&A: \"why deep, not wide?\"", "Mar 12, 2021", 1830),
    ("Qq1Ww2Ee3Rr", "Homework 1, explained", "Jan 15, 2021", 1404),
    ("Mm5Nn6Bb7Vv", "Channel trailer", "Sep 1, 2020", 95),
]
CHART_VIDEOS = 3  # Studio draws the top videos only


def _csv(df: pd.DataFrame) -> bytes:
    buf = io.StringIO()
    df.to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue().encode("utf-8")


def studio_files(views: pd.Series, seed: int = 0) -> dict[str, bytes]:
    """The three files of a Studio export whose daily totals are `views` (integers by date)."""
    rng = np.random.default_rng(seed)
    shares = rng.dirichlet([8, 5, 3, 2, 1], size=len(views))        # (days, videos)
    per_video = np.floor(shares * np.asarray(views)[:, None]).astype(int)
    per_video[:, -1] += np.asarray(views) - per_video.sum(axis=1)   # rows add up to the total
    order = np.argsort(-per_video.sum(axis=0))
    table = pd.DataFrame([{"Content": vid, "Video title": title, "Video publish time": when,
                           "Duration": secs, "Views": int(per_video[:, j].sum()),
                           "Watch time (hours)": round(per_video[:, j].sum() * 0.07, 4),
                           "Average view duration": "0:04:12"}
                          for j, (vid, title, when, secs) in ((j, VIDEOS[j]) for j in order)])
    total = {"Content": "Total", "Video title": "", "Video publish time": "", "Duration": "",
             "Views": int(np.sum(views)), "Watch time (hours)": round(np.sum(views) * 0.07, 4),
             "Average view duration": "0:04:12"}
    table = pd.concat([pd.DataFrame([total]), table], ignore_index=True)
    chart = pd.DataFrame([{"Date": f"{day:%Y-%m-%d}", "Content": VIDEOS[j][0],
                           "Video title": VIDEOS[j][1], "Video publish time": VIDEOS[j][2],
                           "Duration": VIDEOS[j][3], "Views": int(per_video[i, j])}
                          for j in order[:CHART_VIDEOS] for i, day in enumerate(views.index)])
    totals = pd.DataFrame({"Date": [f"{d:%Y-%m-%d}" for d in views.index],
                           "Views": np.asarray(views).astype(int)})
    return {"Table data.csv": _csv(table), "Chart data.csv": _csv(chart),
            "Totals.csv": _csv(totals)}


def studio_zip(path: Path, views: pd.Series, folder: str = "", seed: int = 0) -> Path:
    """Write a Studio export zip of `views` to `path` (members inside `folder/` if given)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in studio_files(views, seed).items():
            z.writestr(f"{folder}/{name}" if folder else name, data)
    return path


def chart_sums(path: Path) -> pd.Series:
    """Chart data.csv of a Studio zip added up per day (what a loader must *not* return)."""
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.endswith("Chart data.csv"))
        chart = pd.read_csv(io.BytesIO(z.read(name)))
    return chart.groupby("Date")["Views"].sum()
