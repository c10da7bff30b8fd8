"""What the first code cell of every notebook calls once `helpers` is found.

    begin(fetched, ref)                 # English
    begin(fetched, ref, language="zh")  # the Chinese notebooks (added by tools/build_zh.py)

It chooses the language (every figure, control, table and printed sentence of `helpers` and of
the notebook's own code then speaks it), applies the course's figure style (with its Chinese
font), and prints one line saying where the course's code came from: fetched just now
(`fetched`, Colab's first run), the browser edition, this copy of the course (a folder above
the notebook), or elsewhere.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..language.messages import say, set_language

ROOT = Path(__file__).resolve().parents[2]  # the folder holding helpers/, data/, notebooks/


def begin(fetched: bool = False, ref: str = "main", language: str = "en") -> None:
    """Set the language and the figure style; print where `helpers` came from (one line)."""
    import pandas as pd

    from .plots import use_course_style  # matplotlib: imported here, after the language is set

    set_language(language)
    use_course_style()
    # Printed tables: a Chinese character takes two columns (keeps zh tables' columns aligned).
    pd.set_option("display.unicode.east_asian_width", language == "zh")
    say(f"setup.{where(fetched)}", ref=ref, root=ROOT)


def where(fetched: bool) -> str:
    """'fetched', 'browser', 'here' (ROOT is the notebook's folder or above it) or 'elsewhere'."""
    if fetched:
        return "fetched"
    if sys.platform == "emscripten":
        return "browser"
    cwd = Path.cwd().resolve()
    return "here" if ROOT in (cwd, *cwd.parents) else "elsewhere"
