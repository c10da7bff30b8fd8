"""Every verdict of notebooks 06 and 07, drawn again from a second, disjoint set of seeds.

A verdict (holds / within the spread / doesn't) that another set of seeds would change is a
coin toss, not a lesson. Each test trains the notebook's networks with
`experiments.OTHER_SEEDS` (3, 4, 5) and requires the same label as with the notebook's seeds
(0, 1, 2), under the rule both notebooks state (`experiments.differs`: beyond the spread means
a difference of means larger than twice its standard error). About 2 minutes on 2 cores.
"""


from helpers import experiments as ex
from helpers import lessons
from helpers.data import BIRTHS_PATH, load_views
from helpers.features import default_test_year


def test_the_two_seed_sets_are_disjoint():
    assert not set(ex.FULL_SEEDS) & set(ex.OTHER_SEEDS)
    assert len(ex.OTHER_SEEDS) == len(ex.FULL_SEEDS)


def _verdicts_07(series, runs, test_year):
    linear = ex.linear_table(series, test_year=test_year)
    base = ex.linear_table(series, (56,), test_year=test_year, validation=True).iloc[0]["test"]
    summary = ex.summarise(ex.last_epoch(runs), ("train", "val", "test"))
    four = runs[runs["model"] == "4 layers of 100"]
    return {k: v[0] for k, v in lessons.verdicts(linear, summary, four, base).items()}


def test_07_births_verdicts_do_not_depend_on_the_seeds():
    births = load_views(BIRTHS_PATH, column="births")
    year = default_test_year(births)
    first = _verdicts_07(births, ex.side_by_side(births, year, seeds=ex.FULL_SEEDS), year)
    second = _verdicts_07(births, ex.side_by_side(births, year, seeds=ex.OTHER_SEEDS), year)
    assert first == second


def test_07_course_verdicts_do_not_depend_on_the_seeds():
    views = load_views()
    first = _verdicts_07(views, ex.course_results(), ex.TEST_YEAR)
    second = _verdicts_07(views, ex.side_by_side(views, seeds=ex.OTHER_SEEDS), ex.TEST_YEAR)
    assert first == second


def _verdicts_06(views, seeds):
    """Notebook 06's yes/no sentences: depth and width stories, every `differs` pair it prints,
    and overfitting over epochs."""
    linear_test = ex.linear_table(views, (56,)).iloc[0]["test"]
    summary = ex.summarise(ex.sweep(views, ex.CONFIGS, seeds), ("train", "test", "book test"))
    found = {**ex.depth_story(summary, linear_test), **ex.width_story(summary)}
    pairs = [(a, b, "test") for a, b in zip(ex.WIDTH_NAMES[:-1], ex.WIDTH_NAMES[1:],
                                             strict=True)]
    pairs += [(a, b, col) for col in ("train", "test")
              for a, b in zip(ex.DEPTH_NAMES[:-1], ex.DEPTH_NAMES[1:], strict=True)]
    found.update({f"{a} vs {b} ({col})": ex.differs(summary, a, b, col) for a, b, col in pairs})
    curve = ex.curves(views, {"4 layers of 100": ex.DEPTHS["4 layers of 100"]}, seeds)
    found["overfitting"] = ex.early_stopping(curve)["shown"]
    return found


# Notebook 06's verdicts that seeds 3, 4, 5 reverse (measured December 2026, float64, any
# CPU kernel): still open (issue 21). Each is asserted to be the same on the other verdicts.
FLIPS_IN_06 = {"saturates", "u_shape", "1 layer of 100 vs 2 layers of 100 (test)"}


def test_06_verdicts_do_not_depend_on_the_seeds():
    views = load_views()
    first, second = _verdicts_06(views, ex.FULL_SEEDS), _verdicts_06(views, ex.OTHER_SEEDS)
    assert set(first) == set(second) and FLIPS_IN_06 <= set(first)
    same = {k for k in first if first[k] == second[k]}
    assert same == set(first) - FLIPS_IN_06, "a verdict of notebook 06 changed with the seeds"
