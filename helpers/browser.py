"""The browser edition (JupyterLite: Python compiled to WebAssembly, Pyodide) and its settings.

numpy in a browser tab runs on one thread without an optimised BLAS, so training there is
several times slower than with Python installed (measured: `make bench`, browser section).
Where a notebook would take minutes in the browser, it uses a smaller setting there, and
never silently:

    SEEDS = browser.lighter(full=(0, 1, 2), small=(0, 1))   # the value for this platform
    browser.announce("experiments.browser_sweep", seeds=2)  # says so, where it trains

Everywhere else (JupyterLab, Colab, Binder, the tests) `lighter` returns `full` and
`announce` prints nothing: the stored outputs are made with the full setting.
"""

from __future__ import annotations

import sys

from .messages import say


def in_browser() -> bool:
    """True inside the browser edition (Pyodide: sys.platform == "emscripten")."""
    return sys.platform == "emscripten"


def lighter(full, small):
    """`small` in the browser edition, `full` everywhere else."""
    return small if in_browser() else full


def announce(key: str, **values) -> None:
    """In the browser edition only: print the catalogue message `key` (what is smaller)."""
    if in_browser():
        say(key, **values)
