"""The browser edition (JupyterLite: Python compiled to WebAssembly, Pyodide) and its settings.

numpy in a browser tab runs on one thread without an optimised BLAS, so training there is
several times slower than with Python installed (measured: `make bench`, browser section).
Where a notebook would take minutes in the browser, it uses a smaller setting there, and
never silently:

    SEEDS = browser.lighter(full=(0, 1, 2), small=(0, 1))   # the value for this platform
    browser.announce("experiments.browser_sweep", seeds=2)  # says so, where it trains

Everywhere else (JupyterLab, Colab, Binder, the tests) `lighter` returns `full` and
`announce` prints nothing: the stored outputs are made with the full setting. To try the
browser's setting with Python installed (a preview; `make bench` compares like with like this
way), set the environment variable COURSE_SMALL_SETTINGS=1 before starting Jupyter.
"""

from __future__ import annotations

import os
import sys

from .language.messages import say


def in_browser() -> bool:
    """True inside the browser edition (Pyodide: sys.platform == "emscripten")."""
    return sys.platform == "emscripten"


def smaller() -> bool:
    """Use the browser edition's smaller settings: in the browser, or when asked for
    (COURSE_SMALL_SETTINGS=1)."""
    return in_browser() or os.environ.get("COURSE_SMALL_SETTINGS") == "1"


def lighter(full, small):
    """`small` in the browser edition (see `smaller`), `full` everywhere else."""
    return small if smaller() else full


def announce(key: str, **values) -> None:
    """With the smaller settings only: print the catalogue message `key` (what is smaller)."""
    if smaller():
        say(key, **values)
