"""What kind of file `load_views` was given, before it is read as CSV text.

A learner may hand the loader a folder, an Excel workbook, a screenshot, a PDF, a web page that
a download link saved instead of the file, or YouTube Studio's export: a .zip of CSV files.
`csv_bytes(path)` looks at the first bytes (never at the file's name, which may be wrong) and
returns the bytes of the CSV to read, with the name to use in messages; anything that is not
CSV text stops with `NotCSV`, saying what the file is and what to do.

YouTube Studio's "export current view → Comma-separated values" gives a .zip holding
`Table data.csv` (one row per video, or per day, with a Total row), `Chart data.csv` (the
chart's lines: one row per day *and* video) and `Totals.csv` (the chart's total line: one row
per day, `Date,Views`). `Totals.csv` is the channel's daily views, so that is the one we read.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path, PurePosixPath

from .language.messages import t

STUDIO_DAILY = "totals.csv"  # the member of a Studio zip with one row per day (lower case)

# The first bytes of common files that are not CSV text -> a short name used in messages.
SIGNATURES = [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "xls"),  # Excel 97-2003 (an OLE2 compound file)
    (b"%PDF", "pdf"),
    (b"\x89PNG", "picture"), (b"\xff\xd8\xff", "picture"), (b"GIF8", "picture"),
    (b"\x1f\x8b", "gzip"),
    (b"PK\x03\x04", "zip"), (b"PK\x05\x06", "zip"),  # a zip (also .xlsx, .ods: zips inside)
]
TEXT_CONTROLS = set(range(32)) - {9, 10, 12, 13, 26}  # tab, LF, FF, CR, DOS end-of-file


class NotCSV(Exception):
    """The file is not CSV text: `problem` says what it is, `fix` what to do."""

    def __init__(self, problem: str, fix: str):
        super().__init__(problem)
        self.problem, self.fix = problem, fix


def csv_bytes(path: Path) -> tuple[bytes, str]:
    """The bytes of the CSV file to read at `path`, and how to name it in messages.

    A CSV file: its bytes and its path. A zip: its one CSV, or Studio's `Totals.csv`,
    named "path (member)". Anything else raises NotCSV.
    """
    if path.is_dir():
        found = sorted(p.name for p in path.glob("*.csv"))[:5]
        fix = t("data.folder_fix") + (t("data.folder_csvs", names=", ".join(found)) if found
                                      else "")
        raise NotCSV(t("data.folder"), fix)
    data = path.read_bytes()
    kind = next((name for sig, name in SIGNATURES if data.startswith(sig)), None)
    if kind == "zip":
        return _from_zip(data, path)
    if kind == "xls":
        raise NotCSV(t("data.excel", kind=".xls"), t("data.excel_fix"))
    if kind is not None:
        raise NotCSV(t(f"data.{kind}"), t(f"data.{kind}_fix"))
    if _binary(data):
        raise NotCSV(t("data.binary"), t("data.binary_fix"))
    if data[:300].decode("utf-8", "replace").lstrip("\ufeff \r\n\t").lower().startswith(
            ("<!doctype html", "<html")):
        raise NotCSV(t("data.html"), t("data.html_fix"))
    return data, str(path)


def _binary(data: bytes) -> bool:
    """Text has (almost) no control characters; other files have many. UTF-16 text (with
    its byte-order mark, as Excel writes it) is text: its zero bytes are half characters."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    head = data[:8192]
    return bool(head) and sum(b in TEXT_CONTROLS for b in head) > 0.01 * len(head)


def _from_zip(data: bytes, path: Path) -> tuple[bytes, str]:
    """The CSV inside a zip: Studio's Totals.csv, or the zip's only CSV file."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = [n for n in archive.namelist()
                 if not n.endswith("/") and not n.startswith("__MACOSX/")]
    except zipfile.BadZipFile:
        raise NotCSV(t("data.broken_zip"), t("data.broken_zip_fix")) from None
    if any(n.startswith("xl/") for n in names):
        raise NotCSV(t("data.excel", kind=".xlsx"), t("data.excel_fix"))
    if "mimetype" in names and b"opendocument" in archive.read("mimetype"):
        raise NotCSV(t("data.ods"), t("data.ods_fix"))
    csvs = [n for n in names if n.lower().endswith(".csv")]
    daily = [n for n in csvs if PurePosixPath(n).name.lower() == STUDIO_DAILY]
    pick = daily if len(daily) == 1 else csvs
    if not csvs:
        raise NotCSV(t("data.zip_without_csv", names=names[:5]), t("data.zip_fix"))
    if len(pick) > 1:
        raise NotCSV(t("data.zip_many_csv", names=csvs[:5]), t("data.zip_fix"))
    return archive.read(pick[0]), f"{path} ({pick[0]})"
