"""Every verdict of notebooks 06 and 07, drawn again from a second, disjoint set of seeds.

A verdict (holds / within the spread / doesn't) that another set of seeds would change is a
coin toss, not a lesson. Notebook 07: each test trains the networks with
`experiments.OTHER_SEEDS` (3, 4, 5) and requires the same label as with the notebook's seeds
(0, 1, 2). Notebook 06 reads ten stored seeds (`VERDICT_SEEDS`); its test trains ten others
(`CHECK_SEEDS`), under the rule both notebooks state; which way a tie's means point
(`lessons.AGAINST`) is not a verdict and is set aside (`lessons.coarse`). The rule
(`experiments.differs`): beyond the spread means a difference of means larger than twice its
standard error and than `experiments.VISIBLE`. About 3 minutes on 2 cores.
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
    found = lessons.verdicts(linear, summary, four, base)
    return {k: lessons.coarse(v[0]) for k, v in found.items()}


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


def _verdicts_06(views, runs):
    """Notebook 06's verdicts from its three experiments (`experiments.seed_runs` kinds):
    the validation choice's comparisons, the depth and width stories, every `differs` pair it
    prints, and overfitting over epochs. (Which model the validation year picks among models
    tied within the spread is a choice, not a verdict: it is not compared.)"""
    val = ex.summarise(runs["validation"], ("train", "val"))
    chosen = ex.choose_on_validation(runs["validation"])
    found = {f"{chosen} vs {o} (val)": ex.differs(val, chosen, o, "val")
             for o in ex.DEPTH_NAMES if o != chosen}
    linear_test = ex.linear_table(views, (56,)).iloc[0]["test"]
    summary = ex.summarise(runs["table"], ("train", "test", "book test"))
    found.update({**ex.depth_story(summary, linear_test), **ex.width_story(summary)})
    pairs = [(a, b, "test") for a, b in zip(ex.WIDTH_NAMES[:-1], ex.WIDTH_NAMES[1:],
                                             strict=True)]
    pairs += [(a, b, col) for col in ("train", "test")
              for a, b in zip(ex.DEPTH_NAMES[:-1], ex.DEPTH_NAMES[1:], strict=True)]
    found.update({f"{a} vs {b} ({col})": ex.differs(summary, a, b, col) for a, b, col in pairs})
    found["overfitting"] = ex.early_stopping(runs["curve"])["shown"]
    return found


def test_06_verdicts_do_not_depend_on_the_seeds():
    """The stored ten seeds (0-9) the notebook reads, against ten others (10-19) trained here
    (about 70 s)."""
    assert not set(ex.VERDICT_SEEDS) & set(ex.CHECK_SEEDS)
    assert len(ex.CHECK_SEEDS) == len(ex.VERDICT_SEEDS)
    views = load_views()
    first = _verdicts_06(views, {kind: ex.stored_seeds(kind) for kind in ex.SEED_RUNS})
    second = _verdicts_06(views, {kind: ex.seed_runs(views, kind, ex.CHECK_SEEDS)
                                  for kind in ex.SEED_RUNS})
    # the validation comparisons are keyed by the chosen model: compare their verdicts
    val = [k for k in first if k.endswith("(val)")]
    assert sorted(first[k] for k in val) == sorted(second[k] for k in second
                                                    if k.endswith("(val)"))
    rest = {k: v for k, v in first.items() if k not in val}
    assert rest == {k: v for k, v in second.items() if not k.endswith("(val)")}
