"""A notebook's stored cells in tests: a cell by its id, and what it printed (stdout).

Each notebook is read once per test session (the tests only read what it holds).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import nbformat

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


@cache
def _cells(path: Path) -> dict:
    return {c.id: c for c in nbformat.read(path, as_version=4).cells}


def cell(name: str, cell_id: str):
    """The cell `cell_id` of notebooks/`name` (e.g. "zh/06_deeper_and_overfitting.ipynb")."""
    return _cells(NOTEBOOKS / name)[cell_id]


def printed(name: str, cell_id: str) -> str:
    """What that cell printed when the notebook was last executed (its stream outputs)."""
    return "".join(o.get("text", "") for o in cell(name, cell_id).outputs
                   if o.get("output_type") == "stream")
