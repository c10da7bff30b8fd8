"""data/results/: stored runs must be what the code computes now.

Notebook 07 reads the course data's runs from `data/results/course_side_by_side.csv`
(`tools/make_results.py`). Here seed 0 of every network is trained again with the same
function; every stored number of that seed must match, to 1e-5 (the stated tolerance: the
file has 6 decimals; training is in float64, the same to the 7th decimal under every CPU
kernel `tools/course.py test --cpus` tries). Seeds are independent, so a
change in the data, the protocol or the training code shows up in seed 0.
"""

import numpy as np
import pandas as pd

from helpers import experiments as ex
from helpers.data import load_views


def test_course_runs_are_what_the_code_computes():
    stored = ex.course_results()
    assert set(stored["model"]) == set(ex.CONFIGS) and set(stored["seed"]) == set(ex.SEEDS)
    fresh = ex.side_by_side(load_views(), seeds=(0,))
    old = stored[stored["seed"] == 0].reset_index(drop=True)
    pd.testing.assert_frame_equal(old[["model", "seed", "epoch"]],
                                  fresh[["model", "seed", "epoch"]], check_dtype=False)
    for col in ("train", "val", "test", "book test"):
        np.testing.assert_allclose(old[col], fresh[col], atol=1e-5, err_msg=col)


def test_stored_runs_cover_every_epoch_of_the_depths():
    stored = ex.course_results()
    n = stored.groupby(["model", "seed"])["epoch"].count()
    epochs = ex.settings_for(len(ex.splits(load_views(), validation=True)["train"]))
    total = epochs["epochs"] + epochs["settle"]
    assert (n[ex.DEPTH_NAMES] == total).all()
    assert (n.drop(ex.DEPTH_NAMES, level=0) == 1).all()       # the other widths: last epoch


def test_notebook_06_seed_runs_are_what_the_code_computes():
    """The ten-seed runs notebook 06's verdicts read: seed 0 of each trained again, 1e-5."""
    views = load_views()
    for kind in ex.SEED_RUNS:
        stored = ex.stored_seeds(kind)
        assert sorted(set(stored["seed"])) == list(ex.VERDICT_SEEDS), kind
        fresh = ex.seed_runs(views, kind, seeds=(0,)).reset_index(drop=True)
        old = stored[stored["seed"] == 0].reset_index(drop=True)
        assert list(old.columns) == list(fresh.columns), kind
        keys = [c for c in ("model", "seed", "epoch") if c in old]
        pd.testing.assert_frame_equal(old[keys], fresh[keys], check_dtype=False)
        for col in old.columns.drop(keys):
            np.testing.assert_allclose(old[col], fresh[col], atol=1e-5, err_msg=f"{kind} {col}")
