"""Numbers our docs state, made by the code the notebooks use (never typed by hand).

A doc marks each generated part with a pair of lines:

    <!-- numbers: views-linear (made by tools/doc_numbers.py, do not edit by hand) -->
    ...
    <!-- /numbers: views-linear -->

    python tools/doc_numbers.py            # rewrite every marked part from the code
    python tools/doc_numbers.py --check    # list the parts that differ from the code; exit 1

`tests/test_doc_numbers.py` runs the check, so a doc whose numbers no longer match what the
code computes fails the suite. Each part is one function below, registered in `PARTS`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from helpers import experiments as ex  # noqa: E402
from helpers.data import load_views  # noqa: E402
from helpers.features import WEEKDAYS, make_windows, weekday_profile  # noqa: E402
from helpers.models import linear_mae_fit  # noqa: E402
from helpers.synthetic import LUNAR_NEW_YEAR, make_parts  # noqa: E402

BLOCK = re.compile(r"(<!-- numbers: (?P<name>[\w-]+) [^\n]*-->\n)(?P<body>.*?)"
                   r"(<!-- /numbers: (?P=name) -->)", re.DOTALL)


def _k(v: float, digits: int = 1) -> str:
    return f"{v / 1000:.{digits}f}k"


def views_facts() -> str:
    """The shape of data/views.csv: levels, peaks, the weekly cycle, uploads (data/README.md)."""
    parts = make_parts()
    views = load_views()
    v = views.to_numpy()
    median = float(np.median(v))
    yearly = views.groupby(views.index.year).median()
    low, high = views.idxmin(), views.idxmax()
    lny = {np.datetime64(d, "D") for d in LUNAR_NEW_YEAR}
    low_why = " (Lunar New Year)" if np.datetime64(low, "D") in lny else ""
    extra_near = parts["extras"][max(0, views.index.get_loc(high) - 2):
                                 views.index.get_loc(high) + 1].any()
    high_why = " (an extra video that day or just before)" if extra_near else ""
    term = parts["term"] > 0.5
    in_term = weekday_profile(views[term])
    in_break = weekday_profile(views[~term])
    all_days = weekday_profile(views)
    lny_ratios = [views[d] / views[np.datetime64(d) - np.timedelta64(14, "D")]
                  for d in LUNAR_NEW_YEAR]
    years = parts["dates"].year
    extras = [int(parts["extras"][years == y].sum()) for y in sorted(set(years))]
    weekdays = ", ".join(f"{all_days[d]:.2f}" for d in WEEKDAYS)
    return "\n".join([
        f"- Median {median:,.0f} views a day (yearly medians "
        f"{', '.join(_k(m) for m in yearly)}); lowest day {v.min():,} on {low:%Y-%m-%d}"
        f"{low_why}, highest {v.max():,} on {high:%Y-%m-%d}{high_why}: peak / median = "
        f"{v.max() / median:.1f}; the 99th percentile is {np.percentile(v, 99) / median:.1f} × "
        "the median.",
        f"- Weekday means relative to the mean of all days, Mon..Sun: {weekdays}. In term "
        f"{in_term.max():.2f} ({in_term.idxmax()}) … {in_term.min():.2f} ({in_term.idxmin()}), "
        f"in the breaks {in_break.max():.2f} ({in_break.idxmax()}) … {in_break.min():.2f} "
        f"({in_break.idxmin()}).",
        f"- Median in term {_k(np.median(v[term]))}, in the breaks {_k(np.median(v[~term]))}. "
        f"Lunar New Year's Day: {min(lny_ratios):.2f}–{max(lny_ratios):.2f} of the views two "
        "weeks before.",
        f"- {int(parts['lectures'].sum())} Thursday lectures; {sum(extras)} extra videos "
        f"({', '.join(map(str, extras))} per year, {years.min()} … {years.max()}).",
    ])


def views_linear() -> str:
    """The linear models on k previous days, fitted as the notebooks fit them (lowest MAE)."""
    views = load_views()
    table = ex.linear_table(views)
    rows = ["| k days | train 2017–2020 | test 2021 | book's test weeks (early 2021) |",
            "|---|---|---|---|"]
    for name, r in table.iterrows():
        k = name.split()[1]
        rows.append(f"| {k} | {r['train']:.2f}k | {r['test']:.2f}k | {r['book test']:.2f}k |")
    train = make_windows(views, 7).between("2017", "2020")
    w, b = linear_mae_fit(train.X, train.y)
    weights = ", ".join(f"{x:.2f}" for x in w)
    book = {name: test for _, name, _, test in ex.BOOK_ROWS}
    ours_ratio = table.loc["linear, 1 day", "test"] / table.loc["linear, 56 days", "test"]
    book_ratio = book["linear, 1 day"] / book["linear, 56 days"]
    return "\n".join([
        "Mean absolute error in thousands of views, of the line with the lowest training MAE "
        "(`helpers.models.linear_mae_fit`, the fit notebooks 01, 02 and 06 use):",
        "",
        *rows,
        "",
        f"The 7-day weights, yesterday first: {weights} (bias {b:.2f}k). On 2021 the 1-day "
        f"line's error is {ours_ratio:.2f} times the 56-day line's; in the book it is "
        f"{book_ratio:.2f} times (0.58k / 0.46k): yesterday alone misses more here, because our "
        "weekly cycle is stronger than the book's channel's.",
    ])


PARTS = {"views-facts": views_facts, "views-linear": views_linear}
DOCS = [ROOT / "data" / "README.md"]


def render(text: str) -> str:
    """`text` with every marked part replaced by what its function makes now."""
    def fill(m: re.Match) -> str:
        name = m.group("name")
        if name not in PARTS:
            raise KeyError(f"unknown numbers part {name!r}: known are {sorted(PARTS)}")
        return f"{m.group(1)}{PARTS[name]()}\n{m.group(4)}"
    return BLOCK.sub(fill, text)


def stale(docs=DOCS) -> list[str]:
    """The docs whose marked parts differ from what the code computes now."""
    return [str(p.relative_to(ROOT)) for p in docs if render(p.read_text()) != p.read_text()]


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        bad = stale()
        for path in bad:
            print(f"{path}: numbers differ from the code; run `python tools/doc_numbers.py`")
        return 1 if bad else 0
    for path in DOCS:
        new = render(path.read_text())
        if new != path.read_text():
            path.write_text(new)
            print(f"rewrote the numbers in {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
