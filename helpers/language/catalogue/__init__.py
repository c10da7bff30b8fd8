"""The message catalogue: every text the course shows a person, in English and Chinese.

One module per area: a helpers module (`data`, `training`, `widgets`, ...) or a notebook's own
figure code and printed results (`nb01`, ...). Each holds a dict
`MESSAGES = {"area.key": {"en": "...", "zh": "..."}}`; keys start with their area's name. This
file joins them into one and refuses a key defined twice. Look texts up with
`helpers.messages.t(key, **values)`.

Writing a Chinese text: use the book's terms (损失、学习率、训练数据、测试数据、隐藏层 ...),
交互控件 for widgets, and keep code names, units and symbols (MAE, η, x1, k) as they are.
"""

from __future__ import annotations

from importlib import import_module

AREAS = ["setup", "data", "features", "models", "training", "experiments", "plots", "widgets",
         "pieces", "backprop", "checks", "playground", "primer", "losses",
         "nb00", "nb01", "nb02", "nb03", "nb04", "nb05", "nb06", "nb07"]


def _join(areas) -> dict:
    joined: dict = {}
    for area in areas:
        for key, entry in import_module(f"{__name__}.{area}").MESSAGES.items():
            if key in joined:
                raise KeyError(f"message {key!r} is defined twice (again in {area}.py).")
            joined[key] = entry
    return joined


MESSAGES = _join(AREAS)
