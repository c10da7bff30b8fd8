"""Notebook 07's side-by-side table, recomputed from scratch: every verdict it claims.

`test_verdicts_on_births` retrains every network of the book on data/births.csv with the
notebook's protocol (`experiments.side_by_side`, about 15 s on 2 cores) and asserts each
lesson's verdict on the means over seeds as notebook 07's section 8 claims it. The course
data's verdicts come from the stored runs (checked against the code by
tests/test_results.py), the book's from its table. A change that breaks a claimed lesson (or
makes one appear) fails here. The rules themselves are tested on made-up numbers.
"""

import numpy as np
import pandas as pd
import pytest

from helpers import experiments as ex
from helpers.course import lessons
from helpers.data import BIRTHS_PATH, load_views
from helpers.features import train_test
from helpers.models import linear_mae_fit

H, S, N, A = lessons.HOLDS, lessons.SPREAD, lessons.NOT, lessons.AGAINST
# What notebook 07 claims (sections 7 and 8). On births, retrained here: the first three
# lessons hold; the book's depth and overfitting lessons do NOT hold beyond the spread (the
# notebook prints "within the spread" for them; where the means sit within a few thousandths of
# the border, another BLAS or numpy may print "doesn't", which says the same: not reproduced.
# nbval checks the exact words on the stored outputs). The course data's runs are stored: exact.
CLAIMS = {"more_days": H, "nets_beat_linear": H, "wider": H,
          "deeper_train": "not holds", "depth_u": "not holds", "overfitting": "not holds"}
EXPECTED = {
    "course": {"more_days": H, "nets_beat_linear": H, "wider": H, "deeper_train": A,
               "depth_u": S, "overfitting": S},
    "book": {"more_days": H, "nets_beat_linear": H, "wider": H, "deeper_train": H,
             "depth_u": H, "overfitting": "—"},
}


@pytest.fixture(scope="module")
def births():
    return load_views(BIRTHS_PATH, column="births")


@pytest.fixture(scope="module")
def births_runs(births):
    return ex.side_by_side(births, 2014)


def side(views, runs, test_year):
    """As notebook 07's cells: linear table, summary of the trained networks, the baseline
    on the networks' training years, the 4-layer curves -> (verdicts, summary, baseline)."""
    linear = ex.linear_table(views, test_year=test_year)
    baseline = ex.linear_table(views, (56,), test_year=test_year, validation=True).iloc[0]["test"]
    summary = ex.summarise(ex.last_epoch(runs), ("train", "val", "test"))
    four = runs[runs["model"] == "4 layers of 100"]
    return lessons.verdicts(linear, summary, four, baseline), summary, baseline


def verdict_words(found):
    return {lesson: verdict for lesson, (verdict, _) in found.items()}


def test_verdicts_on_births(births, births_runs):
    found, summary, baseline = side(births, births_runs, 2014)
    for lesson, claim in CLAIMS.items():
        verdict = found[lesson][0]
        assert verdict == claim if claim == H else verdict in (S, A, N), (lesson, found[lesson])
    assert (summary["test sd"] < 0.02).all()          # spreads small: verdicts are not luck


def test_verdicts_on_course_data():
    found, _, _ = side(load_views(), ex.course_results(), ex.TEST_YEAR)
    assert verdict_words(found) == EXPECTED["course"], found


def test_verdicts_of_the_book():
    assert verdict_words(lessons.book_verdicts()) == EXPECTED["book"]


def test_section_8_claims(births, births_runs):
    """The prose of notebook 07, sections 3, 5 and 8, as numbers."""
    _, real, real_base = side(births, births_runs, 2014)
    _, course, course_base = side(load_views(), ex.course_results(), ex.TEST_YEAR)
    # the gap between test and training error: a few hundredths vs a few tenths of a thousand
    assert real["gap"].abs().max() < 0.05 and course["gap"].min() > 0.2
    # a network gains more over the linear model on births than on the course data or the book
    gain = {"real": real.loc["1 layer of 100", "test"] / real_base - 1,
            "course": course.loc["1 layer of 100", "test"] / course_base - 1,
            "book": 0.43 / 0.46 - 1}
    assert gain["real"] < gain["course"] < 0 and gain["real"] < gain["book"] < 0
    # the 7-day linear model on births leans on a week ago, the course's and book's on yesterday
    train7, _ = train_test(births, 7, 2014)
    w = linear_mae_fit(train7.X, train7.y)[0]
    assert np.argmax(w) == 6 and w[6] > 0.5
    train7, _ = train_test(load_views(), 7, 2021)
    assert np.argmax(linear_mae_fit(train7.X, train7.y)[0]) == 0
    # section 5: the model chosen on 2013 beats the linear model on 2014
    depths = births_runs[births_runs["model"].isin(ex.DEPTH_NAMES)]
    chosen, epoch = ex.choose_model_and_epoch(depths)
    mean = depths.groupby(["model", "epoch"])["test"].mean()
    assert mean[chosen, epoch] < real_base
    # section 2: Thanksgiving and Christmas dip far below their weekday, Veterans Day does not
    from helpers.holidays import holiday_dips
    dips = holiday_dips(births.loc[:"2013"])["mean ratio"]
    assert dips["Thanksgiving Day"] < 0.65 and dips["Christmas Day"] < 0.65
    assert dips["Veterans Day"] > 0.9


# --- the rules, on made-up numbers -------------------------------------------------------------

def toy(train, test, sd=0.01, names=ex.DEPTH_NAMES):
    df = pd.DataFrame({"train": train, "test": test}, index=names)
    df["gap"] = df["test"] - df["train"]
    for c in ("train", "test", "gap"):
        df[f"{c} sd"] = sd
    df["n"] = 3                                  # seeds: the rule's 2·SE needs their number
    return df


def test_rules_read_holds_spread_and_doesnt():
    assert lessons.deeper_train(toy([0.3, 0.2, 0.1, 0.05], [0.5] * 4))[0] == H
    assert lessons.deeper_train(toy([0.3, 0.2, 0.195, 0.19], [0.5] * 4))[0] == S
    assert lessons.deeper_train(toy([0.3, 0.2, 0.25, 0.3], [0.5] * 4))[0] == N
    assert lessons.depth_u(toy([0.3] * 4, [0.45, 0.40, 0.39, 0.46]), 0.5)[0] == H
    assert lessons.depth_u(toy([0.3] * 4, [0.45, 0.445, 0.44, 0.45]), 0.5)[0] == S
    assert lessons.depth_u(toy([0.3] * 4, [0.38, 0.42, 0.43, 0.44]), 0.5)[0] == N
    widths = toy([0.3] * 3, [0.50, 0.43, 0.42], names=lessons.WIDTHS)
    assert lessons.wider(widths)[0] == H
    assert lessons.wider(toy([0.3] * 3, [0.50, 0.49, 0.40], names=lessons.WIDTHS))[0] == N
    assert lessons.wider(toy([0.3] * 3, [0.50, 0.495, 0.494], names=lessons.WIDTHS))[0] == S
    assert lessons.wider(toy([0.3] * 3, [0.495, 0.50, 0.51], names=lessons.WIDTHS))[0] == A
    assert lessons.deeper_train(toy([0.3, 0.2, 0.195, 0.196], [0.5] * 4))[0] == A
    assert lessons.depth_u(toy([0.3] * 4, [0.44, 0.445, 0.45, 0.45]), 0.5)[0] == A
    one = toy([0.3], [0.43], names=["1 layer of 100"])
    assert lessons.nets_beat_linear(one, 0.46)[0] == H
    assert lessons.nets_beat_linear(one, 0.435)[0] == S
    assert lessons.nets_beat_linear(one, 0.40)[0] == N
    assert lessons.nets_beat_linear(one, 0.425)[0] == A   # the other way, but a tie
    assert lessons.coarse(A) == S and lessons.coarse(H) == H
    linear = pd.DataFrame({"test": [1.0, 0.7, 0.56, 0.561]}, index=lessons.LINEAR)
    assert lessons.more_days(linear)[0] == H     # 28 -> 56 gains less than 7 -> 28: diminishing
    linear["test"] = [1.0, 0.7, 0.6, 0.4]
    assert lessons.more_days(linear)[0] == N     # 56 days gain more than 28: not diminishing


def test_overfitting_rule_reads_the_curves():
    epochs = np.arange(1, 21)
    rows = [{"model": "m", "seed": s, "epoch": e, "train": 1 / e, "test": 0.5, "book test": 0.5,
             "val": 0.5 + 0.001 * (e - 10) ** 2 + 0.0001 * s} for s in (0, 1, 2) for e in epochs]
    assert lessons.overfitting(pd.DataFrame(rows))[0] == H  # validation turns up (test: not read)
    small = [{**r, "val": 0.5 + 0.0001 * (r["epoch"] - 10) ** 2} for r in rows]
    assert lessons.overfitting(pd.DataFrame(small))[0] == S  # a rise of 0.01k < VISIBLE: a tie
    for r in rows:
        r["test"] = r["val"]
    verdict, numbers = lessons.overfitting(pd.DataFrame(rows))
    assert verdict == H and "@10" in numbers and "@20" in numbers
    falling = [{**r, "val": 1 / r["epoch"], "test": 1 / r["epoch"]} for r in rows]
    assert lessons.overfitting(pd.DataFrame(falling))[0] == A  # no turn yet: a tie, the other way
    assert lessons.overfitting(None) == ("—", "—")


# --- the pieces notebook 07 adds to helpers --------------------------------------------------

def test_splits_and_settings_for_another_series(births):
    val = ex.splits(births, test_year=2014, validation=True)
    assert [(p, w.dates[0].date().isoformat(), w.dates[-1].date().isoformat()) for p, w in
            val.items()] == [("train", "2000-02-26", "2012-12-31"),
                             ("val", "2013-01-01", "2013-12-31"),
                             ("test", "2014-01-01", "2014-12-31"),
                             ("book test", "2014-01-01", "2014-02-14")]
    assert ex.splits(births, test_year=2014)["train"].dates[-1] == pd.Timestamp("2013-12-31")
    # as many updates as the course's table networks: 40 + 10 epochs of 22 batches
    assert ex.settings_for(1405) == ex.SETTINGS
    s = ex.settings_for(len(val["train"]))                        # 4693 days: 74 batches
    assert (s["epochs"], s["settle"]) == (12, 3) and abs(74 * 15 - 22 * 50) <= 22
    with pytest.raises(ValueError, match="test_year="):
        ex.splits(births)                                          # 2021: no such year here


def test_weekday_ratio_sees_a_holiday_through_the_weekly_cycle():
    from helpers.holidays import holiday_dips, lowest_days, weekday_ratio
    days = pd.date_range("2021-01-01", "2021-12-31", freq="D")
    v = pd.Series(np.where(days.day_of_week >= 5, 600.0, 1000.0), index=days)
    v[pd.Timestamp("2021-09-06")] = 550.0                       # Labor Day, a Monday
    ratio = weekday_ratio(v)
    assert ratio["2021-09-06"] == pytest.approx(0.55)
    assert ratio["2021-09-05"] == pytest.approx(1.0)            # a Sunday is an ordinary Sunday
    assert lowest_days(v, 1).index[0] == pd.Timestamp("2021-09-06")
    dips = holiday_dips(v)
    assert dips.index[0] == "Labor Day" and dips.loc["Labor Day", "years"] == 1


def test_side_by_side_protocol_and_choices():
    runs = ex.course_results()
    assert ex.last_epoch(runs)["model"].tolist() == [m for m in ex.CONFIGS for _ in ex.SEEDS]
    depths = runs[runs["model"].isin(ex.DEPTH_NAMES)]
    model, epoch = ex.choose_model_and_epoch(depths)
    mean = depths.groupby(["model", "epoch"])["val"].mean()
    assert mean[model, epoch] == mean.min()
    assert lessons.label("linear, 1 day") == "linear, 1 day"
    assert lessons.label("3 layers of 100") == "3 layers of 100"
    assert lessons.data_name("births") == "births" and lessons.data_name("clicks") == "clicks"
