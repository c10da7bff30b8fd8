"""The chapter's lessons as questions a table of results answers: holds, doesn't, or can't tell.

    verdicts(linear, summary, curve)   one (verdict, evidence) per lesson, for one data set
    book_verdicts()                    the same questions asked of the book's own table

A verdict is "holds", "doesn't" or "within the spread"; a tie whose means point against the book
gets its own label, "the other way, within the spread" (`AGAINST`; `coarse` maps it back to
"within the spread": which way a tie points is not itself a verdict). The rule
(`experiments.differs`): a difference of two means over seeds is *beyond the spread* when it
is larger than twice its standard error (2·SE) and than `experiments.VISIBLE`; within that,
the two are a tie, whichever way their means point, since another set of seeds could reverse
them. A lesson holds when every step it reads goes the
book's way beyond the spread; it doesn't when a step goes the other way beyond the spread (or,
for the linear models, which have no spread, when the numbers go the other way); anything
else is within the spread. Everything is read off the means over seeds and their spreads
(`experiments.summarise`), test = the whole test year. The book's runs are single runs: their
spread is 0. tests/test_verdicts.py draws every verdict again from a disjoint set of seeds.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import experiments as ex
from ..language.catalogue import MESSAGES
from ..language.messages import t

HOLDS, NOT, SPREAD = "holds", "doesn't", "within the spread"
AGAINST = "the other way, within the spread"   # a tie whose means point against the book
LESSONS = ["more_days", "nets_beat_linear", "wider", "deeper_train", "depth_u", "overfitting"]
LINEAR = [f"linear, {k} day{'s' if k > 1 else ''}" for k in (1, 7, 28, 56)]
WIDTHS = ["1 layer of 10", "1 layer of 100", "1 layer of 1000"]


def _chain(values, digits: int = 2, sep: str = " → ") -> str:
    return sep.join(f"{v:.{digits}f}" for v in values)


def more_days(linear: pd.DataFrame, digits: int = 2) -> tuple[str, str]:
    """1 > 7 > 28 days of input on test, and 28 → 56 gains less than 7 → 28 (diminishing)."""
    e = linear.loc[LINEAR, "test"].to_numpy()
    ok = e[0] > e[1] > e[2] and (e[2] - e[3]) < (e[1] - e[2])
    return (HOLDS if ok else NOT), _chain(e, digits)


def _step(s: pd.DataFrame, a: str, b: str, column: str = "test") -> int:
    """+1 if b is lower than a beyond the spread, −1 if higher beyond it, 0 a tie."""
    return ex.beyond(s.loc[a, column] - s.loc[b, column], ex.spreads(s, a, b, column))


def _verdict(steps, means_agree: bool = True) -> str:
    """HOLDS if every step goes the book's way (+1), NOT if one goes the other way (−1);
    else a tie: SPREAD if the means point the book's way (`means_agree`), AGAINST if not."""
    steps = list(steps)
    if all(x > 0 for x in steps):
        return HOLDS
    if any(x < 0 for x in steps):
        return NOT
    return SPREAD if means_agree else AGAINST


def coarse(verdict: str) -> str:
    """The verdict without the direction of a tie: AGAINST → SPREAD (the others unchanged)."""
    return SPREAD if verdict == AGAINST else verdict


def nets_beat_linear(summary: pd.DataFrame, linear_test: float,
                     digits: int = 2) -> tuple[str, str]:
    """1 layer of 100 vs the linear model on 56 days, on test (beyond the net's spread?)."""
    one = summary.loc["1 layer of 100"]
    step = ex.beyond(linear_test - one["test"], ex.spread_of(summary, "1 layer of 100"))
    return _verdict([step], linear_test > one["test"]), _chain([linear_test, one["test"]], digits)


def wider(summary: pd.DataFrame, digits: int = 2) -> tuple[str, str]:
    """10 → 100 units helps on test; 100 → 1000 gains less than that (it saturates)."""
    e = summary.loc[WIDTHS, "test"].to_numpy()
    verdict = _verdict([_step(summary, WIDTHS[0], WIDTHS[1])], e[0] > e[1])
    if verdict != NOT and not (e[1] - e[2]) < (e[0] - e[1]):
        verdict = NOT
    return verdict, _chain(e, digits)


def deeper_train(summary: pd.DataFrame, digits: int = 2) -> tuple[str, str]:
    """Every extra layer (1 → 4 of 100) lowers the training error, beyond the spread."""
    pairs = zip(ex.DEPTH_NAMES[:-1], ex.DEPTH_NAMES[1:], strict=True)
    train = summary.loc[ex.DEPTH_NAMES, "train"].to_numpy()
    verdict = _verdict((_step(summary, a, b, "train") for a, b in pairs),
                       bool(np.all(np.diff(train) < 0)))
    return verdict, _chain(train, digits)


def depth_u(summary: pd.DataFrame, linear_test: float, digits: int = 2) -> tuple[str, str]:
    """Test error lowest at 2 or 3 layers, higher at 1 and at 4 (the book's U over depth).

    The better of 2 and 3 layers against 1 and against 4 layers: both beyond the spread the
    book's way, it holds; 1 or 4 layers lower than it beyond the spread, it doesn't.
    """
    test = summary.loc[ex.DEPTH_NAMES, "test"].to_numpy()
    middle = ex.DEPTH_NAMES[1] if test[1] <= test[2] else ex.DEPTH_NAMES[2]
    verdict = _verdict([_step(summary, ex.DEPTH_NAMES[0], middle),
                        _step(summary, ex.DEPTH_NAMES[3], middle)],
                       bool(min(test[1], test[2]) < min(test[0], test[3])))
    return verdict, _chain(test, digits)


def overfitting(curve: pd.DataFrame | None, digits: int = 2) -> tuple[str, str]:
    """Trained on, the validation error turns up while the training error keeps falling.

    HOLDS when `experiments.early_stopping` calls it shown (from the lowest validation error
    to the end, the training error falls and the validation error rises, each beyond 2·SE and
    `experiments.VISIBLE`); else a tie: SPREAD if the mean validation error ends
    higher than at its lowest epoch, AGAINST if it is still at its lowest at the end (no turn
    at this budget; it may come later, with a longer training).
    """
    if curve is None:
        return "—", "—"
    stop = ex.early_stopping(curve)
    best, last = stop["best epoch"], stop["last epoch"]
    mean = curve.groupby("epoch")["val"].mean()
    first = int(mean.index[0])
    verdict = HOLDS if stop["shown"] else SPREAD if best < last else AGAINST
    path = [(first, mean[first])] + [(e, mean[e]) for e in (best, last) if e != first]
    return verdict, " → ".join(f"{v:.{digits}f} @{e}" for e, v in dict(path).items())


def verdicts(linear: pd.DataFrame, summary: pd.DataFrame, curve: pd.DataFrame | None = None,
             baseline: float | None = None, digits: int = 3) -> dict[str, tuple[str, str]]:
    """lesson → (verdict, evidence) for one data set.

    linear: `experiments.linear_table(...)` (1, 7, 28, 56 days); summary:
    `experiments.summarise(...)` of every network in CONFIGS; curve: the "4 layers of 100"
    rows of `experiments.curves(...)` (None: not asked); baseline: the test MAE of the linear
    model on 56 days fitted on the networks' training days (default: linear's 56-day row).
    Evidence: the numbers the verdict reads (MAE, thousands a day; '@' an epoch), `digits`
    decimals (the linear rows: 2, as the book prints them).
    """
    base = float(linear.loc["linear, 56 days", "test"]) if baseline is None else float(baseline)
    return {"more_days": more_days(linear),
            "nets_beat_linear": nets_beat_linear(summary, base, digits),
            "wider": wider(summary, digits),
            "deeper_train": deeper_train(summary, digits),
            "depth_u": depth_u(summary, base, digits),
            "overfitting": overfitting(curve, digits)}


def book_summaries() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The book's table as (linear, summary) like ours, spreads 0 (one run per model)."""
    rows = {name: {"train": tr, "test": te} for _, name, tr, te in ex.BOOK_ROWS}
    table = pd.DataFrame(rows).T
    table["gap"] = table["test"] - table["train"]
    for c in ("train", "test", "gap"):
        table[f"{c} sd"] = 0.0
    return table.loc[LINEAR], table.loc[list(ex.CONFIGS)]


def book_verdicts() -> dict[str, tuple[str, str]]:
    """The same questions asked of the book's numbers (it shows no curves over epochs)."""
    return verdicts(*book_summaries(), digits=2)


def label(name: str) -> str:
    """A model's name in the current language: 'linear, 7 days', '2 layers of 100'."""
    return ex.model_label(name)


def data_name(name: str) -> str:
    """A series' name in the current language if the catalogue has it (births, views)."""
    key = f"experiments.data_{name}"
    return t(key) if key in MESSAGES else str(name)


def verdict_text(verdict: str) -> str:
    """'holds', "doesn't", 'within the spread', 'the other way, within the spread' (or '—')
    in the current language."""
    keys = {HOLDS: "holds", NOT: "not", SPREAD: "spread", AGAINST: "against"}
    return t(f"experiments.verdict_{keys[verdict]}") if verdict in keys else verdict


def table(found: dict[str, dict[str, tuple[str, str]]]) -> pd.DataFrame:
    """The lessons × the data sets: one row per (lesson, data set), its verdict and numbers.

    found: data set's title → `verdicts(...)` of that data set (e.g. real data, course, book).
    """
    rows = [(t(f"experiments.lesson_{lesson}"), title, verdict_text(v[lesson][0]), v[lesson][1])
            for lesson in LESSONS for title, v in found.items()]
    df = pd.DataFrame(rows, columns=["lesson", "data", t("experiments.verdict"),
                                     t("experiments.numbers")])
    return df.set_index(["lesson", "data"]).rename_axis([None, None])


def counts(found: dict[str, tuple[str, str]]) -> dict[str, int]:
    """How many lessons got each verdict (a tie the other way counts as within the spread)."""
    words = [coarse(v) for v, _ in found.values()]
    return {w: int(np.sum([x == w for x in words])) for w in (HOLDS, SPREAD, NOT)}
