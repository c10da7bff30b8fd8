"""The message catalogue: every text the course shows a person, in English and Chinese.

Two kinds of modules hold the texts, each a dict `MESSAGES = {"area.key": {"en": "...",
"zh": "..."}}` that imports nothing:

- the shared texts, here, one module per area (AREAS): a helpers module (`data`, `training`,
  `widgets`, ...) or the checker (`checks`); a key starts with its area's name;
- each notebook's own texts, beside its exercises in `helpers/course/nbXX/texts.py`: its figure
  code's and printed results' texts (keys `nbXX.*`; 00b's are `primer.*`) and the checker's
  messages for its exercises (`checks.<exercise>.*`). They are found by their folder's name
  (`nb` + the notebook's number), not listed anywhere: a new notebook's folder is picked up.

This file joins them into one and refuses a key defined twice. Look texts up with
`helpers.messages.t(key, **values)`. (The notebooks' text modules are data: reading them is
the only thing this package takes from `helpers.course`, and it imports no code from there.)

Writing a Chinese text: use the book's terms (损失、学习率、训练数据、测试数据、隐藏层 ...),
交互控件 for widgets, and keep code names, units and symbols (MAE, η, x1, k) as they are.
"""

from __future__ import annotations

import re
from importlib import import_module
from pathlib import Path

AREAS = ["setup", "data", "features", "models", "training", "experiments", "plots", "widgets",
         "pieces", "backprop", "checks", "playground", "losses"]

COURSE = Path(__file__).resolve().parents[2] / "course"  # helpers/course/
NOTEBOOK_FOLDER = re.compile(r"nb\d\d[a-z]?")              # nb00, nb00b, nb01, ...


def notebook_areas() -> list[str]:
    """The notebooks that have their own texts: the folders helpers/course/nbXX/ with a texts.py."""
    return sorted(p.parent.name for p in COURSE.glob("nb*/texts.py")
                  if NOTEBOOK_FOLDER.fullmatch(p.parent.name))


def _modules():
    """(where, module name) of every text module: the shared areas, then the notebooks'."""
    yield from ((area, f"{__name__}.{area}") for area in AREAS)
    package = __name__.rsplit(".", 2)[0]  # "helpers"
    yield from ((nb, f"{package}.course.{nb}.texts") for nb in notebook_areas())


def _join() -> tuple[dict, dict]:
    joined: dict = {}
    source: dict = {}
    for where, name in _modules():
        for key, entry in import_module(name).MESSAGES.items():
            if key in joined:
                raise KeyError(f"message {key!r} is defined twice (in {source[key]} and {where}).")
            joined[key] = entry
            source[key] = where
    return joined, source


MESSAGES, SOURCE = _join()  # SOURCE: key -> the area or notebook (nbXX) that defines it
