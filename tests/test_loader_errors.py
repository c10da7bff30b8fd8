"""docs/loader-errors.md is the truth: every example in its tables is loaded here.

Accepted rows must load as the series written in their last column; refused rows must stop
with exactly the problem, fix and line written there. A new case goes into the doc's table
and is tested from then on.
"""

import gzip
import io
import re
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from studio_export import chart_sums, studio_files, studio_zip

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


# --- files that are not CSV text, YouTube Studio's zip, column= ----------------------------------

def tables(heading: str) -> list[list[list[str]]]:
    """Every table under `## heading...`, each as rows of stripped cells (headers dropped)."""
    text = DOC.read_text(encoding="utf-8")
    part = text.split(f"\n## {heading}", 1)[1].split("\n## ", 1)[0]
    found, rows = [], None
    for line in part.splitlines() + [""]:
        if line.startswith("|"):
            rows = [] if rows is None else rows
            rows.append([c.strip() for c in line.strip().strip("|").split(" | ")])
        elif rows is not None:
            found.append(rows[2:])
            rows = None
    return found


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


XLSX = _zip({  # the smallest workbook Excel opens: one sheet, one cell
    "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats'
                           b'.org/package/2006/content-types"/>',
    "xl/workbook.xml": b'<?xml version="1.0"?><workbook/>',
    "xl/worksheets/sheet1.xml": b'<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="'
                                b'A1" t="inlineStr"><is><t>date</t></is></c></row></sheetData>'
                                b'</worksheet>',
})


def _png() -> bytes:
    import matplotlib.pyplot as plt
    buf = io.BytesIO()
    plt.imsave(buf, np.zeros((4, 4)), format="png")
    return buf.getvalue()


def _ods() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", '<?xml version="1.0"?><office:document-content/>')
    return buf.getvalue()


CSV = b"date,views\n2021-03-01,10\n2021-03-02,20\n"
NOT_CSV = {  # the doc's example word -> (file name, bytes); None: a folder
    "folder": ("export", None),
    "xlsx": ("views.xlsx", XLSX),
    "xlsx named .csv": ("views.csv", XLSX),
    "xls": ("views.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)),
    "ods": ("views.ods", None),
    "pdf": ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
    "png": ("chart.png", None),
    "html": ("views.csv", b'<!DOCTYPE html>\n<html lang="en" data-color-mode="auto">\n<head>'
                          b'<meta charset="utf-8"><title>views.csv at main</title></head>\n'),
    "gzip": ("views.csv.gz", gzip.compress(CSV, mtime=0)),
    "binary": ("views.csv", np.random.default_rng(0).integers(0, 256, 4096,
                                                              dtype=np.uint8).tobytes()),
    "broken zip": ("export.zip", _zip({"Totals.csv": CSV * 50})[:120]),
    "zip: report.pdf": ("export.zip", _zip({"report.pdf": b"%PDF-1.7\n"})),
    "zip: a.csv, b.csv": ("export.zip", _zip({"a.csv": CSV, "b.csv": CSV})),
}
NOT_CSV_ROWS = tables("Not a CSV file")[0]


def test_every_kind_of_file_in_the_doc_is_tested():
    assert [unescape(r[2]) for r in NOT_CSV_ROWS] == list(NOT_CSV)


@pytest.mark.parametrize("row", NOT_CSV_ROWS, ids=[r[2].strip("`") for r in NOT_CSV_ROWS])
def test_not_a_csv_file_gets_the_doc_message(tmp_path, row):
    _, _, example, problem, fix = row
    name, data = NOT_CSV[unescape(example)]
    path = tmp_path / name
    if example == "`folder`":
        path.mkdir()
    else:
        path.write_bytes(data if data is not None else _ods() if name.endswith(".ods")
                         else _png())
    with pytest.raises(ViewsFileError) as err:
        load_views(path)
    e = err.value
    assert (e.problem, e.fix, e.line) == (problem, fix, None)
    assert str(e).startswith(str(path)) and "What to do:" in str(e)


def test_a_folder_of_csv_files_names_them(tmp_path):
    (tmp_path / "Totals.csv").write_bytes(CSV)
    (tmp_path / "Chart data.csv").write_bytes(CSV)
    with pytest.raises(ViewsFileError) as err:
        load_views(tmp_path)
    assert err.value.fix.endswith(" CSV files in it: Chart data.csv, Totals.csv.")


STUDIO_ROWS = tables("YouTube Studio's export")[0]
DAYS = pd.Series([120, 95, 143, 160, 88, 60, 131],
                 index=pd.date_range("2021-03-01", periods=7, freq="D", name="date"))


@pytest.mark.parametrize("row", STUDIO_ROWS, ids=[r[1][:40] for r in STUDIO_ROWS])
def test_studio_zips_load_their_daily_totals(tmp_path, row):
    _, _, files, loads_as = row
    names = [unescape(f) for f in files.split(", ")]
    exported = studio_files(DAYS)
    members = {n: exported.get(n.rsplit("/", 1)[-1],
                               f"date,views\n{DAYS.to_csv(header=False)}".encode())
               for n in names}
    path = tmp_path / "my_export.zip"
    path.write_bytes(_zip(members))
    got = load_views(path)
    assert unescape(loads_as.removeprefix("the days of ")) in names
    assert got.index.equals(DAYS.index) and got.tolist() == DAYS.tolist()
    assert got.name == "views" and got.index.freq == "D"


def test_a_real_shaped_studio_export_is_read_from_totals_not_from_the_chart(tmp_path):
    path = studio_zip(tmp_path / "export.zip", DAYS)
    assert (chart_sums(path).to_numpy() < DAYS.to_numpy()).all()  # the chart misses videos
    assert load_views(path).tolist() == DAYS.tolist()
    with zipfile.ZipFile(path) as z:
        assert sorted(z.namelist()) == ["Chart data.csv", "Table data.csv", "Totals.csv"]
        table_rows = z.read("Table data.csv").decode().splitlines()
    assert table_rows[1].startswith("Total,") and len(table_rows) == 1 + 1 + 5


def test_errors_inside_a_studio_zip_name_the_member(tmp_path):
    bad = studio_files(DAYS)
    bad["Totals.csv"] = b"Date,Views\n2021-03-01,5\n2021-03-03,6\n"
    path = tmp_path / "export.zip"
    path.write_bytes(_zip(bad))
    with pytest.raises(ViewsFileError) as err:
        load_views(path)
    assert str(err.value).startswith(f"{path} (Totals.csv), line 3: 1 missing day(s)")


COLUMN_OK, COLUMN_BAD = tables("A value column with another name")


@pytest.mark.parametrize("row", COLUMN_OK, ids=[r[2] for r in COLUMN_OK])
def test_a_named_value_column_loads(tmp_path, row):
    _, example, column, expected = row
    path = tmp_path / "series.csv"
    path.write_text(unescape(example), encoding="utf-8")
    pairs = [item.split(": ") for item in expected.split(", ")]
    got = load_views(path, column=column)
    assert got.tolist() == [float(v) for _, v in pairs] and got.name == column
    assert [f"{d:%Y-%m-%d}" for d in got.index] == [d for d, _ in pairs]


@pytest.mark.parametrize("row", COLUMN_BAD, ids=[r[2] for r in COLUMN_BAD])
def test_a_missing_value_column_is_named(tmp_path, row):
    _, example, column, line, problem, fix = row
    path = tmp_path / "series.csv"
    path.write_text(unescape(example), encoding="utf-8")
    with pytest.raises(ViewsFileError) as err:
        load_views(path, column=column)
    assert (err.value.problem, err.value.fix, err.value.line) == (problem, fix, int(line))
