"""What counts as English in Chinese text: the rule shared by the catalogue and notebook scans.

`english_words(text)` returns the Latin words of `text` a Chinese reader should not meet:
words of two or more letters that are not code, not math and not on the allow-list below.
Removed before looking: HTML tags and entities, `$math$`, `backticks`, 'quoted values'
(a file's cell, a dict key), dotted names and calls (`net.forward`, `load_views(`), names with
an underscore (`test_year`), and pandas' own footer of a printed Series.
"""

from __future__ import annotations

import html
import re

# Words a Chinese page keeps in Latin letters, each for a reason.
ALLOWED = {
    # the book's own terms and the metrics it prints (深度学习详解 writes them so; also the
    # phrase "Hard Sigmoid", removed before looking)
    "MAE", "MSE", "ReLU", "Adam",
    # values a learner types or reads in code: Python's constants, activation names
    "True", "False", "None", "NaN", "nan", "inf", "relu", "sigmoid",
    # date formats in the loader's messages
    "YYYY", "MM", "DD", "hh", "mm", "ss",
    # names of programs and formats; the course's own package
    "helpers",
    "CSV", "Excel", "BOM", "UTF", "YouTube", "Studio", "Colab", "JupyterLab", "Python",
    # partial derivatives written in ASCII: dL/dw, dL/db
    "dL", "dw", "db",
}

# Printed by pandas itself under a Series, and a Series' index name (code: views.index.name).
PANDAS_REPR = [r"Freq: \w+, Name: \w+, dtype: \w+", r"(?m)^date$"]

_CODE = [
    r"<[^>]*>",                                   # HTML tags (attributes included)
    r"\$[^$\n]*\$",                               # math
    r"`[^`\n]*`",                                 # code in backticks
    r"'[^'\n]*'",                                 # quoted values: '12a', 'train'
    r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+\(?",   # net.forward, views.csv
    r"[A-Za-z0-9]*_[A-Za-z0-9_]*",                # test_year, load_views, x_1
    r"[A-Za-z][A-Za-z0-9]*\([^()\n]*\)?",         # calls: backward(dy), Network(
    r"[A-Za-z][A-Za-z0-9]*=",                     # keyword arguments: activation=
]


def english_words(text: str) -> list[str]:
    """The Latin words of `text` outside code, math and the allow-list, in order."""
    text = html.unescape(re.sub(_CODE[0], " ", text))
    for pattern in PANDAS_REPR + _CODE[1:]:
        text = re.sub(pattern, " ", text)
    text = text.replace("Hard Sigmoid", " ")
    return [w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in ALLOWED]
