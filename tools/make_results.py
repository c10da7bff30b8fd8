"""Store the course data's network results that notebook 07 puts beside the real data's.

Usage: python tools/make_results.py        (about two minutes on 2 cores)

Notebook 07 trains every network of the book on a real series, with one protocol
(`helpers.experiments.side_by_side`: the validation split, as many updates as notebook 06's
table networks get, the MAE after every epoch). Training them on the course's data as well
would take the notebook over its time budget, so that half is computed here, by the same
function, and stored:

  data/results/course_side_by_side.csv   experiments.side_by_side(load_views()): one row per
                                         (model, seed, epoch); MAE in thousands of views on
                                         train (2017-2019), val (2020), test (2021) and the
                                         book's test weeks; 6 decimals
  data/results/course_{validation,table,curve}_seeds.csv
                                         experiments.seed_runs(load_views(), kind) with
                                         experiments.VERDICT_SEEDS (ten seeds): the runs
                                         notebook 06's verdicts read (the notebook trains three
                                         seeds for its tables and pictures; ten would take it
                                         over its time budget); 6 decimals

`tests/test_results.py` retrains part of each (seed 0) and fails if a stored number differs
from what the code computes now by more than its stated tolerance.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers import experiments as ex  # noqa: E402
from helpers.data import load_views  # noqa: E402

PATH = ex.RESULTS / "course_side_by_side.csv"


def write(df, path: Path) -> None:
    df.to_csv(path, index=False, float_format="%.6f", lineterminator="\n")
    print(f"wrote {path.relative_to(ROOT)} ({len(df)} rows)")


def main() -> int:
    PATH.parent.mkdir(parents=True, exist_ok=True)
    views = load_views()
    write(ex.side_by_side(views), PATH)
    for kind, name in ex.SEED_RUNS.items():
        write(ex.seed_runs(views, kind), ex.RESULTS / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
