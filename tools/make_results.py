"""Store the course data's network results that notebook 07 puts beside the real data's.

Usage: python tools/make_results.py        (about half a minute on 2 cores)

Notebook 07 trains every network of the book on a real series, with one protocol
(`helpers.experiments.side_by_side`: the validation split, as many updates as notebook 06's
table networks get, the MAE after every epoch). Training them on the course's data as well
would take the notebook over its time budget, so that half is computed here, by the same
function, and stored:

  data/results/course_side_by_side.csv   experiments.side_by_side(load_views()): one row per
                                         (model, seed, epoch); MAE in thousands of views on
                                         train (2017-2019), val (2020), test (2021) and the
                                         book's test weeks; 6 decimals

`tests/test_results.py` retrains part of it (seed 0) and fails if a stored number differs from
what the code computes now.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers import experiments as ex  # noqa: E402
from helpers.data import load_views  # noqa: E402

PATH = ex.RESULTS / "course_side_by_side.csv"


def main() -> int:
    PATH.parent.mkdir(parents=True, exist_ok=True)
    df = ex.side_by_side(load_views())
    df.to_csv(PATH, index=False, float_format="%.6f", lineterminator="\n")
    print(f"wrote {PATH.relative_to(ROOT)} ({len(df)} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
