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


CHOOSE_SIG = "def choose(runs):"
CHOOSE = Exercise(
    key="choose", notebook="06", function="choose",
    reference=lambda runs: str(runs.groupby("model")["val"].mean().idxmin()),
    cases=lambda: [(_runs([0, 1, 2, 3, 4]),), (_runs([2, 4, 1, 0, 3]),),
                   (_runs([3, 0, 4, 2, 1]),)],
    slips=(Slip("checks.choose.test", lambda r: r.groupby("model")["test"].mean().idxmin()),
           Slip("checks.choose.train", lambda r: r.groupby("model")["train"].mean().idxmin()),
           Slip("checks.choose.max", lambda r: r.groupby("model")["val"].mean().idxmax()),
           Slip("checks.choose.one_run", lambda r: r.loc[r["val"].idxmin(), "model"])),
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
                 ('return runs.groupby("model")["val"].mean().min()', "checks.type_name"),
                 ('return "2 layers of 100"', "checks.other_name"),
                 ("return None", "checks.not_done")),
    )
CHOOSE_RIGHT = _right(CHOOSE_SIG,
                      'means = runs.groupby("model")["val"].mean()\n'
                      "return means.index[np.argmin(means.to_numpy())]")


def _curves(epochs, best: int, seed: int, train_min_at_end: bool):
    """A validation curve with its lowest point at epoch `best`, and a training curve."""
    rng = _rng(seed)
    e = np.asarray(epochs, dtype=float)
    val = 0.5 + 0.3 * np.exp(-e / (0.3 * best)) + 0.0006 * (e - best) ** 2 / best
    val = val + rng.uniform(0, 0.002, len(e))
    val[list(epochs).index(best)] = val.min() - 0.01
    train = 0.1 + 0.6 * np.exp(-e / (0.4 * best)) + rng.uniform(0, 0.004, len(e))
    if train_min_at_end:
        train[-1] = train.min() - 0.01
    else:
        train[-3] = train.min() - 0.01
    return np.asarray(epochs), train, val


BEST_EPOCH_SIG = "def best_epoch(epochs, train, val):"
BEST_EPOCH = Exercise(
    key="best_epoch", notebook="06", function="best_epoch",
    reference=lambda epochs, train, val: int(epochs[np.argmin(val)]),
    cases=lambda: [_curves(range(5, 205, 5), 45, 60, True), _curves(range(1, 101), 37, 61, False),
                   _curves(range(10, 310, 10), 120, 62, True)],
    slips=(Slip("checks.best_epoch.index", lambda e, tr, v: int(np.argmin(v))),
           Slip("checks.best_epoch.index", lambda e, tr, v: int(np.argmin(v)) + 1),
           Slip("checks.best_epoch.train", lambda e, tr, v: int(e[np.argmin(tr)])),
           Slip("checks.best_epoch.last", lambda e, tr, v: int(e[-1])),
           Slip("checks.best_epoch.max", lambda e, tr, v: int(e[np.argmax(v)])),
           Slip("checks.best_epoch.value", lambda e, tr, v: float(np.min(v)))),
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
                 ("return None", "checks.not_done")),
    )
BEST_EPOCH_RIGHT = _right(BEST_EPOCH_SIG, "return int(epochs[list(val).index(min(val))])")


EXERCISES = [CHOOSE, BEST_EPOCH]
# Other correct answers, by key: the tests check that each passes.
ALSO_RIGHT = {"choose": CHOOSE_RIGHT, "best_epoch": BEST_EPOCH_RIGHT}
