"""Notebook 06's checked exercises: choosing a model on validation data; early stopping.

Each `Exercise` (see helpers/course/checks.py) is written into the notebook as four cells by
tools/exercise_cells.py; its checker messages are in texts.py beside this file.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..checks import Exercise, Slip
from ..checks import rights as _right
from ..checks import rng as _rng
from ..checks import wrongs as _wrong

MODELS = ["1 layer of 100", "2 layers of 100", "3 layers of 100", "4 layers of 100",
          "1 layer of 1000"]
# Mean MAE (k) per model, each row: (train, val, test). Arranged so that every slip picks
# another model: best val mean (the answer) 1, best train 3, best test 2, worst val 0, and
# model 4 has one lucky seed with the lowest single validation error.
_MEANS = [(0.24, 0.58, 0.52), (0.18, 0.50, 0.51), (0.16, 0.53, 0.48), (0.12, 0.55, 0.53),
          (0.17, 0.54, 0.50)]


def _runs(order) -> pd.DataFrame:
    """Runs of 5 models × 3 seeds (columns model, seed, train, val, test), names permuted."""
    rows = []
    for slot, name in zip(order, MODELS, strict=True):
        train, val, test = _MEANS[slot]
        vals = [val + 0.05, val + 0.05, val - 0.10] if slot == 4 else [val - 0.01, val,
                                                                          val + 0.01]
        for seed in range(3):
            rows.append({"model": name, "seed": seed, "train": train + 0.005 * (seed - 1),
                         "val": round(vals[seed], 3), "test": test + 0.005 * (1 - seed)})
    return pd.DataFrame(rows)


def _scenario(seed: int) -> pd.DataFrame:
    """Runs of 5 models × 3 seeds drawn at random (seeded): means and seeds' spreads of their
    own, so that rules that agree on `_MEANS` disagree here (the gap, one seed, ...)."""
    rng = _rng(seed)
    rows = []
    for name in rng.permutation(MODELS):
        train = rng.uniform(0.10, 0.30)
        val = rng.uniform(0.45, 0.60) + rng.normal(0, 0.04, 3)
        test = val.mean() + rng.normal(0, 0.03)
        for s in range(3):
            rows.append({"model": str(name), "seed": s, "train": round(train + 0.005 * (s - 1), 4),
                         "val": round(float(val[s]), 4), "test": round(test + 0.004 * (1 - s), 4)})
    return pd.DataFrame(rows)


# Scenarios: the three tables of _MEANS, and two drawn ones (seeds 70 and 76, picked so that
# every rule in CHOOSE_RULES picks another model than the right rule in at least one scenario;
# tests/test_exercises.py checks that).
CHOOSE_SCENARIOS = [([0, 1, 2, 3, 4], None), ([2, 4, 1, 0, 3], None), ([3, 0, 4, 2, 1], None),
                    (None, 70), (None, 76)]


def _one_seed(runs, seed):
    first = runs[runs["seed"] == seed]
    return first.loc[first["val"].idxmin(), "model"]


def _means(runs, column):
    return runs.groupby("model")[column].mean()


# Plausible wrong rules a learner may write (each is a slip below, or must at least be told
# apart from the right rule by the scenarios).
CHOOSE_RULES = {
    "test": lambda r: _means(r, "test").idxmin(),
    "train": lambda r: _means(r, "train").idxmin(),
    "max": lambda r: _means(r, "val").idxmax(),
    "one_run": lambda r: r.loc[r["val"].idxmin(), "model"],
    "gap": lambda r: (_means(r, "val") - _means(r, "train")).idxmin(),
    "first_seed": lambda r: _one_seed(r, 0),
    "middle_seed": lambda r: _one_seed(r, 1),
    "last_seed": lambda r: _one_seed(r, 2),
    "train_and_val": lambda r: r.groupby("model")[["train", "val"]].mean().mean(axis=1).idxmin(),
    "first_row": lambda r: r["model"].iloc[0],
    "first_name": lambda r: sorted(r["model"])[0],
}

CHOOSE_SIG = "def choose(runs):"
CHOOSE = Exercise(
    key="choose", notebook="06", function="choose",
    reference=lambda runs: str(runs.groupby("model")["val"].mean().idxmin()),
    cases=lambda: [(_runs(order) if seed is None else _scenario(seed),)
                   for order, seed in CHOOSE_SCENARIOS],
    slips=(Slip("checks.choose.test", CHOOSE_RULES["test"]),
           Slip("checks.choose.train", CHOOSE_RULES["train"]),
           Slip("checks.choose.max", CHOOSE_RULES["max"]),
           Slip("checks.choose.one_run", CHOOSE_RULES["one_run"]),
           Slip("checks.choose.gap", CHOOSE_RULES["gap"]),
           Slip("checks.choose.one_seed", CHOOSE_RULES["first_seed"]),
           Slip("checks.choose.one_seed", CHOOSE_RULES["middle_seed"]),
           Slip("checks.choose.one_seed", CHOOSE_RULES["last_seed"])),
    hint="checks.choose.hint",
    stub=f'''{CHOOSE_SIG}
    """The name of the model to keep, chosen on the validation data (never on the test data).

    runs: a table with one row per (model, seed) and the columns model, seed, train, val,
    test (MAE in thousands)  ->  a model's name, e.g. "2 layers of 100"
    """
    # your code here: the mean validation error of each model over its seeds, then the best
    return None''',
    solution=f'''{CHOOSE_SIG}
    val = runs.groupby("model")["val"].mean()    # one mean per model, over its seeds
    return val.idxmin()                          # the name with the lowest one''',
    wrong=_wrong(CHOOSE_SIG,
                 ('return runs.groupby("model")["test"].mean().idxmin()', "checks.choose.test"),
                 ('return runs.groupby("model")["train"].mean().idxmin()',
                  "checks.choose.train"),
                 ('return runs.groupby("model")["val"].mean().idxmax()', "checks.choose.max"),
                 ('return runs.loc[runs["val"].idxmin(), "model"]', "checks.choose.one_run"),
                 ('m = runs.groupby("model")[["train", "val"]].mean()\n'
                  'return (m["val"] - m["train"]).idxmin()', "checks.choose.gap"),
                 ('first = runs[runs["seed"] == 0]\n'
                  'return first.loc[first["val"].idxmin(), "model"]', "checks.choose.one_seed"),
                 ('runs.sort_values("val", inplace=True)\n'
                  'return runs.groupby("model")["val"].mean().idxmin()', "checks.mutated"),
                 ('return runs.groupby("model")["val"].mean().min()', "checks.type_name"),
                 ('return "2 layers of 100"', "checks.other_name"),
                 ("return None", "checks.not_done")),
    )
CHOOSE_RIGHT = _right(CHOOSE_SIG,
                      'means = runs.groupby("model")["val"].mean()\n'
                      "return means.index[np.argmin(means.to_numpy())]")


def _curves(epochs, best: int, seed: int, train_min_at_end: bool, wobble: int | None = None):
    """A validation curve with its lowest point at epoch `best`, and a training curve; with
    `wobble`, the validation error rises for one measurement after that epoch (before `best`)
    and falls again: a curve of real data is never smooth."""
    rng = _rng(seed)
    e = np.asarray(epochs, dtype=float)
    val = 0.5 + 0.3 * np.exp(-e / (0.3 * best)) + 0.0006 * (e - best) ** 2 / best
    val = val + rng.uniform(0, 0.002, len(e))
    if wobble is not None:
        val[list(epochs).index(wobble) + 1] += 0.03
    val[list(epochs).index(best)] = val.min() - 0.01
    train = 0.1 + 0.6 * np.exp(-e / (0.4 * best)) + rng.uniform(0, 0.004, len(e))
    if train_min_at_end:
        train[-1] = train.min() - 0.01
    else:
        train[-3] = train.min() - 0.01
    return np.asarray(epochs), train, val


def _first_rise(val) -> int:
    """The position just before the validation error first rises (the last if it never does)."""
    rises = np.flatnonzero(np.diff(val) > 0)
    return int(rises[0]) if len(rises) else len(val) - 1


BEST_EPOCH_RULES = {  # plausible wrong rules; the scenarios tell each from the right one
    "position": lambda e, tr, v: int(np.argmin(v)),
    "position + 1": lambda e, tr, v: int(np.argmin(v)) + 1,
    "lowest train": lambda e, tr, v: int(e[np.argmin(tr)]),
    "last epoch": lambda e, tr, v: int(e[-1]),
    "highest val": lambda e, tr, v: int(e[np.argmax(v)]),
    "first rise": lambda e, tr, v: int(e[_first_rise(v)]),
    "one late": lambda e, tr, v: int(e[min(np.argmin(v) + 1, len(e) - 1)]),
    "one early": lambda e, tr, v: int(e[max(np.argmin(v) - 1, 0)]),
    "smallest gap": lambda e, tr, v: int(e[np.argmin(v - tr)]),
    "largest gap": lambda e, tr, v: int(e[np.argmax(v - tr)]),
    "first half": lambda e, tr, v: int(e[np.argmin(v[:len(v) // 2])]),
}

BEST_EPOCH_SIG = "def best_epoch(epochs, train, val):"
BEST_EPOCH = Exercise(
    key="best_epoch", notebook="06", function="best_epoch",
    reference=lambda epochs, train, val: int(epochs[np.argmin(val)]),
    cases=lambda: [_curves(range(5, 205, 5), 45, 60, True), _curves(range(1, 101), 37, 61, False),
                   _curves(range(10, 310, 10), 120, 62, True),
                   _curves(range(5, 155, 5), 90, 63, False, wobble=40),
                   _curves(range(2, 82, 2), 50, 64, True, wobble=20)],
    slips=(Slip("checks.best_epoch.index", lambda e, tr, v: int(np.argmin(v))),
           Slip("checks.best_epoch.index", lambda e, tr, v: int(np.argmin(v)) + 1),
           Slip("checks.best_epoch.train", lambda e, tr, v: int(e[np.argmin(tr)])),
           Slip("checks.best_epoch.last", lambda e, tr, v: int(e[-1])),
           Slip("checks.best_epoch.max", lambda e, tr, v: int(e[np.argmax(v)])),
           Slip("checks.best_epoch.value", lambda e, tr, v: float(np.min(v))),
           Slip("checks.best_epoch.first_rise", lambda e, tr, v: int(e[_first_rise(v)])),
           Slip("checks.best_epoch.neighbour",
                lambda e, tr, v: int(e[min(np.argmin(v) + 1, len(e) - 1)])),
           Slip("checks.best_epoch.neighbour", lambda e, tr, v: int(e[max(np.argmin(v) - 1, 0)])),
           Slip("checks.best_epoch.gap", lambda e, tr, v: int(e[np.argmin(v - tr)]))),
    hint="checks.best_epoch.hint",
    stub=f'''{BEST_EPOCH_SIG}
    """Early stopping: the epoch at which the validation error was lowest.

    epochs (T,): the epochs measured (e.g. 5, 10, ..., 150); train, val (T,): the MAE on
    the training and validation data at those epochs  ->  an epoch number from `epochs`
    """
    # your code here: one line (np.argmin gives a position, not an epoch)
    return None''',
    solution=f'''{BEST_EPOCH_SIG}
    return epochs[np.argmin(val)]        # the position of the lowest val, read as an epoch''',
    wrong=_wrong(BEST_EPOCH_SIG,
                 ("return np.argmin(val)", "checks.best_epoch.index"),
                 ("return np.argmin(val) + 1", "checks.best_epoch.index"),
                 ("return epochs[np.argmin(train)]", "checks.best_epoch.train"),
                 ("return epochs[-1]", "checks.best_epoch.last"),
                 ("return epochs[np.argmax(val)]", "checks.best_epoch.max"),
                 ("return np.min(val)", "checks.best_epoch.value"),
                 ("for i in range(1, len(val)):\n    if val[i] > val[i - 1]:\n"
                  "        return epochs[i - 1]\nreturn epochs[-1]",
                  "checks.best_epoch.first_rise"),
                 ("return epochs[np.argmin(val) + 1]", "checks.best_epoch.neighbour"),
                 ("return epochs[np.argmin(val - train)]", "checks.best_epoch.gap"),
                 ("val.sort()\nreturn epochs[np.argmin(val)]", "checks.mutated"),
                 ("return None", "checks.not_done")),
    )
BEST_EPOCH_RIGHT = _right(BEST_EPOCH_SIG, "return int(epochs[list(val).index(min(val))])")


EXERCISES = [CHOOSE, BEST_EPOCH]
# Other correct answers, by key: the tests check that each passes.
ALSO_RIGHT = {"choose": CHOOSE_RIGHT, "best_epoch": BEST_EPOCH_RIGHT}
