"""docs/loader-errors.md is the truth: every example in its two tables is loaded here.

Accepted rows must load as the series written in their last column; refused rows must stop
with exactly the problem, fix and line written there. A new case goes into the doc's table
and is tested from then on.
"""

import re
from pathlib import Path

import pandas as pd
import pytest

from helpers.data import ViewsFileError, load_views

DOC = Path(__file__).resolve().parent.parent / "docs" / "loader-errors.md"


def table(heading: str) -> list[list[str]]:
    """The rows (cells stripped) of the table under the `## heading...` line of the doc."""
    text = DOC.read_text(encoding="utf-8")
    part = text.split(f"\n## {heading}", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in part.splitlines() if line.startswith("| ")][2:]  # no header
    return [[c.strip() for c in line.strip("|").split(" | ")] for line in lines]


def unescape(example: str) -> str:
    """`date,views\\n2021-...` as written in the doc -> the file's text."""
    if example in {"(empty file)", "(no file)"}:
        return ""
    code = re.fullmatch(r"`(.*)`", example).group(1)
    return code.encode("latin-1", "backslashreplace").decode("unicode-escape")


ACCEPTED = table("Accepted")
REFUSED = table("Refused")


def test_the_doc_has_both_tables():
    assert len(ACCEPTED) >= 20 and len(REFUSED) >= 20


@pytest.mark.parametrize("row", ACCEPTED, ids=[r[1][:40] for r in ACCEPTED])
def test_accepted_examples_load_as_the_doc_says(tmp_path, row):
    _, _, example, encoding, expected = row
    path = tmp_path / "export.csv"
    path.write_bytes(unescape(example).encode(encoding.lower()))
    pairs = [item.split(": ") for item in expected.split(", ")]
    want = pd.Series([float(v) for _, v in pairs],
                     index=pd.DatetimeIndex([d for d, _ in pairs], name="date"))
    got = load_views(path)
    assert got.index.freq == "D" and got.name == "views"
    assert list(got.index) == list(want.index) and got.tolist() == want.tolist()
    if all(float(v).is_integer() for _, v in pairs):
        assert got.dtype.kind == "i"  # whole numbers come back as integers


@pytest.mark.parametrize("row", REFUSED, ids=[r[1][:40] for r in REFUSED])
def test_refused_examples_give_the_doc_message(tmp_path, row):
    _, _, example, line, problem, fix = row
    path = tmp_path / ("nope.csv" if example == "(no file)" else "views.csv")
    if example != "(no file)":
        path.write_text(unescape(example), encoding="utf-8")
    with pytest.raises(ViewsFileError) as err:
        load_views(path)
    e = err.value
    assert e.problem == problem
    assert e.fix.startswith(fix[:-1].rstrip()) if fix.endswith("…") else e.fix == fix
    assert e.line == (int(line) if line else None)
    assert str(e).startswith(str(path)) and "What to do:" in str(e)
