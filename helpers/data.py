"""The daily-views data: the shipped data set, and a learner's own channel.

`load_views()` reads `data/views.csv` (made by `helpers.synthetic`, see `data/README.md`).
`load_views("my_channel.csv")` reads a learner's own export (e.g. YouTube Studio's
"Date, Views" table) and returns the same clean daily series, or stops with an error that
names the file, the line and what to fix. It never guesses silently.

The result is a `pandas.Series` of views per day: index `date` (one row per calendar day,
no gaps, sorted), values integers (or floats if the file has fractions), name `views`.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import numpy as np
import pandas as pd

from .datafiles import NotCSV, csv_bytes
from .language.messages import t

ROOT = Path(__file__).resolve().parent.parent
DATA_PATH = ROOT / "data" / "views.csv"
BIRTHS_PATH = ROOT / "data" / "births.csv"  # real data: US births per day (notebook 07)

# Header names we recognise (compared lower-case, spaces and underscores removed).
DATE_NAMES = {"date", "day", "ds", "time", "日期", "时间", "天"}
VIEWS_NAMES = {"views", "view", "viewcount", "y", "value", "count", "visits",
               "观看次数", "播放量", "观看量", "浏览量", "次数"}
SUMMARY_ROWS = {"total", "合计", "总计"}  # a YouTube Studio table starts with a "Total" row

# Date formats tried on the whole column; all must parse the same way (see `_parse_dates`).
DATE_FORMATS = ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%d/%m/%Y", "%m/%d/%Y",
                "%d.%m.%Y", "%b %d, %Y", "%d %b %Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M",
                "%Y-%m-%dT%H:%M:%S",
                "%Y年%m月%d日"]


class ViewsFileError(ValueError):
    """A views file that cannot be read as one clean daily series."""

    def __init__(self, path, problem: str, fix: str, line: int | None = None):
        where = f"{path}" if line is None else t("data.where_line", path=path, line=line)
        super().__init__(t("data.error", where=where, problem=problem, fix=fix))
        self.path, self.line, self.problem, self.fix = path, line, problem, fix


def load_views(path: str | Path | None = None, *, min_days: int = 2,
               column: str | None = None) -> pd.Series:
    """Read daily views from a CSV file (default: the course's `data/views.csv`).

    Accepts: a header with a date and a views column (common names in English or Chinese,
    any order, extra columns ignored), or no header and two columns (date, views); a UTF-8
    BOM; `,` `;` or tab as separator; thousands separators (`1,234`, `1 234`); ISO dates
    and other unambiguous formats; a YouTube Studio export (.zip). `min_days`: fewer days than
    this is an error. `column`: the name of the value column when it is not called views
    (e.g. "births"). Returns a Series (n_days,) indexed by date, named `views` (or `column`).
    """
    path = Path(DATA_PATH if path is None else path)
    if not path.exists():
        raise ViewsFileError(path, t("data.no_file"), t("data.no_file_fix"))
    try:
        data, path = csv_bytes(path)  # the CSV's bytes (from a Studio zip: its Totals.csv)
    except NotCSV as e:  # a folder, an Excel workbook, a picture, ...
        raise ViewsFileError(path, e.problem, e.fix) from None
    text = _decode(data)
    rows = [(i, r) for i, r in enumerate(_read_rows(text), start=1) if any(c.strip() for c in r)]
    if not rows:
        raise ViewsFileError(path, t("data.empty"), t("data.empty_fix"))
    date_col, views_col, rows = _find_columns(path, rows, column)
    rows = [(i, r) for i, r in rows if r[date_col].strip().lower() not in SUMMARY_ROWS]
    if not rows:
        raise ViewsFileError(path, t("data.no_rows"), t("data.no_rows_fix"))
    lines = [i for i, _ in rows]
    dates = _parse_dates(path, lines, [_cell(r, date_col) for _, r in rows])
    dates = _one_time_of_day(path, lines, dates)
    _check_dots(path, lines, [_cell(r, views_col) for _, r in rows])
    views = np.array([_parse_number(path, i, _cell(r, views_col)) for i, r in rows])
    series = _check_daily(path, lines, dates, views)
    if len(series) < min_days:
        raise ViewsFileError(path, t("data.too_few", n=len(series), min_days=min_days),
                             t("data.too_few_fix"))
    return series.rename(column or "views")


def _decode(data: bytes) -> str:
    """The file's text: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text" export)
    or GB18030/GBK (what Excel saves as CSV on Chinese Windows)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    return data.decode("utf-8", errors="replace")


def _read_rows(text: str) -> list[list[str]]:
    """Split CSV text into rows.

    The separator is the first of tab, `;`, `,` that cuts each of the first 100 lines into
    the same number (≥ 2) of cells, so `2021-03-01;1,234` is read with `;`. Otherwise it is
    guessed from the first line (and a line with too many cells is reported later).
    """
    sample = [line for line in text.splitlines() if line.strip()][:100]
    for sep in ["\t", ";", ","]:
        widths = {len(row) for row in csv.reader(sample, delimiter=sep)}
        if len(widths) == 1 and widths.pop() >= 2:
            return list(csv.reader(io.StringIO(text), delimiter=sep))
    first = text.splitlines()[0] if text.strip() else ""
    sep = max([",", ";", "\t"], key=first.count) if first else ","
    if sep == "," and first.count(",") == 0:
        sep = "," if "\t" not in first else "\t"
    return list(csv.reader(io.StringIO(text), delimiter=sep))


def _cell(row: list[str], col: int) -> str:
    return row[col].strip() if col < len(row) else ""


def _normalise(name: str) -> str:
    return re.sub(r"[\s_\-()（）]", "", name.lower())


def _find_columns(path, rows, column=None):
    """Return (date column, views column, data rows), with or without a header row.

    column: the value column's name, when it is not one of VIEWS_NAMES (ignored without a
    header: the second column is the value)."""
    line, header = rows[0]
    names = [_normalise(h) for h in header]
    if _looks_like_date(header[0]):  # no header: date, views
        if len(header) < 2:
            raise ViewsFileError(path, t("data.one_column"), t("data.one_column_fix"), line)
        _check_widths(path, rows, 2)
        return 0, 1, rows
    date_col = next((j for j, n in enumerate(names) if n in DATE_NAMES), None)
    wanted = VIEWS_NAMES if column is None else {_normalise(column)}
    views_col = next((j for j, n in enumerate(names) if n in wanted), None)
    if column is not None and views_col is None:
        raise ViewsFileError(path, t("data.no_such_column", column=column, header=header),
                             t("data.no_such_column_fix", names=header), line)
    if date_col is None or views_col is None:
        missing = "data.no_date_column" if date_col is None else "data.no_views_column"
        raise ViewsFileError(
            path, t(missing, header=header),
            t("data.columns_fix", dates=sorted(DATE_NAMES), views=sorted(VIEWS_NAMES)), line)
    _check_widths(path, rows[1:], len(header))
    return date_col, views_col, rows[1:]


def _check_widths(path, rows, width: int) -> None:
    """No row has more values than the header (or than date, views without a header).

    Catches `2021-03-01,1,234`: an unquoted thousands separator that would split 1,234 into
    the views 1 and a stray 234. Empty cells at the end (Excel's trailing commas) are fine.
    """
    for line, row in rows:
        if any(c.strip() for c in row[width:]):
            raise ViewsFileError(
                path, t("data.too_many_values", n=len(row), width=width, row=row),
                t("data.too_many_values_fix"), line)


def _looks_like_date(cell: str) -> bool:
    return bool(re.match(r"^\s*\d{4}[-/.年]\d{1,2}|^\s*\d{1,2}[/.]\d{1,2}[/.]\d{4}|^\s*\d{8}\s*$",
                         cell))


def _parse_dates(path, lines, cells) -> pd.DatetimeIndex:
    """Parse a column of dates with the one format that reads all of them as consecutive days.

    Trying whole-column formats (never cell by cell) is what stops 03/04/2021 from being
    read as 3 April on one line and 4 March on the next.
    """
    fits = []
    for fmt in DATE_FORMATS:
        parsed = pd.to_datetime(pd.Series(cells), format=fmt, errors="coerce")
        if parsed.notna().all():
            fits.append((fmt, pd.DatetimeIndex(parsed)))
    if not fits:
        best = max(DATE_FORMATS, key=lambda f: pd.to_datetime(
            pd.Series(cells), format=f, errors="coerce").notna().sum())
        bad = pd.to_datetime(pd.Series(cells), format=best, errors="coerce").isna().to_numpy()
        k = int(np.argmax(bad))
        excel = t("data.excel_days") if re.fullmatch(r"\d{5}", cells[k]) else ""
        raise ViewsFileError(path, t("data.not_a_date", cell=cells[k]),
                             t("data.date_fix") + excel, lines[k])
    if len(fits) > 1:  # e.g. both day/month and month/day read every cell
        daily = [(f, d) for f, d in fits if _is_daily(d)]
        if len(daily) == 1:
            return daily[0][1]
        formats = ", ".join(_readable(f) for f, _ in fits)
        raise ViewsFileError(path, t("data.ambiguous_dates", formats=formats),
                             t("data.ambiguous_dates_fix"), lines[0])
    return fits[0][1]


def _one_time_of_day(path, lines, dates: pd.DatetimeIndex) -> pd.DatetimeIndex:
    """Dates with a time part: the same time on every row is dropped (2021-03-01 00:00 is
    the day 2021-03-01); different times mean several rows per day, which is refused."""
    times = dates - dates.normalize()
    differ = np.flatnonzero(times != times[0])
    if differ.size:
        k = differ[0]
        raise ViewsFileError(
            path, t("data.hourly", first=dates[0], other=dates[k]), t("data.hourly_fix"),
            lines[k])
    return dates.normalize()


def _readable(fmt: str) -> str:
    """'%d/%m/%Y' -> 'DD/MM/YYYY', for messages."""
    for code, name in [("%d", "DD"), ("%m", "MM"), ("%Y", "YYYY"), ("%b", "Mon"),
                       ("%H", "hh"), ("%M", "mm"), ("%S", "ss")]:
        fmt = fmt.replace(code, name)
    return fmt


def _is_daily(dates: pd.DatetimeIndex) -> bool:
    d = dates.sort_values()
    return bool(d.is_unique and (len(d) < 2 or (d[-1] - d[0]).days == len(d) - 1))


def _check_dots(path, lines, cells) -> None:
    """Refuse a views column whose dots may be thousands separators: `1.234` is 1234 views
    in German or Indonesian number style, and 1.234 in English style. A column where every
    dot is followed by exactly three digits (and at most three digits precede the first)
    could be either, so we ask instead of guessing."""
    dotted = [k for k, c in enumerate(cells) if "." in c]
    if dotted and all(re.fullmatch(r"\d{1,3}(\.\d{3})+", cells[k]) for k in dotted):
        k = dotted[0]
        raise ViewsFileError(
            path, t("data.dots", cell=cells[k], whole=cells[k].replace(".", "")),
            t("data.dots_fix"), lines[k])


def _parse_number(path, line: int, cell: str) -> float:
    """Read a views count: `1234`, `1,234`, `1 234`, `1234.0`; never NaN, never negative."""
    if cell == "":
        raise ViewsFileError(path, t("data.empty_cell"), t("data.empty_cell_fix"), line)
    clean = re.sub(r"(?<=\d)[,\s'_ ](?=\d{3}\b)", "", cell)
    try:
        value = float(clean)
    except ValueError:
        raise ViewsFileError(path, t("data.not_a_number", cell=cell),
                             t("data.not_a_number_fix"), line) from None
    if not np.isfinite(value):
        raise ViewsFileError(path, t("data.not_finite", cell=cell), t("data.not_finite_fix"),
                             line)
    if value < 0:
        raise ViewsFileError(path, t("data.negative", cell=cell), t("data.negative_fix"), line)
    return value


def _check_daily(path, lines, dates: pd.DatetimeIndex, views) -> pd.Series:
    """One row per day, no duplicates, no gaps; sorted by date."""
    order = np.argsort(dates.values, kind="stable")
    dates, views, lines = dates[order], views[order], [lines[k] for k in order]
    dup = np.flatnonzero(dates[1:] == dates[:-1])
    if dup.size:
        k = dup[0]
        raise ViewsFileError(path, t("data.duplicate", date=dates[k], first=lines[k],
                                     second=lines[k + 1]),
                             t("data.duplicate_fix"), lines[k + 1])
    gaps = np.flatnonzero(np.diff(dates.values).astype("timedelta64[D]").astype(int) > 1)
    if gaps.size:
        k = gaps[0]
        first, last = dates[k] + pd.Timedelta(days=1), dates[k + 1] - pd.Timedelta(days=1)
        n = (last - first).days + 1
        raise ViewsFileError(
            path, t("data.gap", n=n, first=first, last=last, gaps=len(gaps)), t("data.gap_fix"),
            lines[k + 1])
    values = views.astype(np.int64) if np.all(views == np.round(views)) else views
    index = pd.DatetimeIndex(dates, name="date", freq="D")
    return pd.Series(values, index=index, name="views")
