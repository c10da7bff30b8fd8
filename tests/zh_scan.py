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
    "MAE", "MSE", "ReLU", "Adam", "Sigmoid",
    # values a learner types or reads in code: Python's constants, activation names
    "True", "False", "None", "NaN", "nan", "inf", "relu", "sigmoid",
    # date formats in the loader's messages
    "YYYY", "MM", "DD", "hh", "mm", "ss",
    # names of programs and formats; the course's own package
    "helpers", "numpy",
    "CSV", "Excel", "BOM", "UTF", "YouTube", "Studio", "Colab", "JupyterLab", "Python",
    # file formats and the programs that make them, named in the loader's messages
    "ZIP", "zip", "gzip", "PDF", "PNG", "JPEG", "GIF", "HTML", "OpenDocument", "LibreOffice",
    "WPS", "Google", "GitHub", "Zip",
    # partial derivatives written in ASCII: dL/dw, dL/db
    "dL", "dw", "db",
}

# Printed by pandas itself under a Series, and a Series' index name (code: views.index.name).
PANDAS_REPR = [r"Freq: \w+, Name: \w+, dtype: \w+", r"(?m)^date$"]

_CODE = [
    r"<[^>]*>",                                   # HTML tags (attributes included)
    r"\$[^$\n]*\$",                               # math
    r"`[^`\n]*`",                                 # code in backticks
    r"(?:\b[A-Za-z]:\\|(?<![\w)])/)[\w.\-/\\]+",        # file paths: /home/me/dl-course
    r"'[^'\n]*'",                                 # quoted values: '12a', 'train'
    r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+\(?",   # net.forward, views.csv
    r"[A-Za-z0-9]*_[A-Za-z0-9_]*",                # test_year, load_views, x_1
    r"[A-Za-z][A-Za-z0-9]*\([^()\n]*\)?",         # calls: backward(dy), Network(
    r"[A-Za-z][A-Za-z0-9]*=",                     # keyword arguments: activation=
    r"(?<![\w.])\.[A-Za-z0-9]{2,4}\b",              # file extensions: .csv, .gz, .ods
]


def without_code(text: str) -> str:
    """`text` with its code, math, file paths and pandas' footers blanked out."""
    text = html.unescape(re.sub(_CODE[0], " ", text))
    for pattern in PANDAS_REPR + _CODE[1:]:
        text = re.sub(pattern, " ", text)
    return text.replace("Hard Sigmoid", " ")


def english_words(text: str) -> list[str]:
    """The Latin words of `text` outside code, math and the allow-list, in order."""
    return [w for w in re.findall(r"[A-Za-z]{2,}", without_code(text)) if w not in ALLOWED]


# --- the text a person sees in a figure or a control ---------------------------------------------

def figure_texts(fig) -> list[str]:
    """Every visible text of a drawn figure: titles, suptitle, axis and tick labels, legends,
    annotations, colorbar labels, offset texts (draw the figure first: ticks are made then)."""
    from matplotlib.text import Text

    return [a.get_text() for a in fig.findobj(Text) if a.get_visible() and a.get_text().strip()]


def widget_texts(widget) -> list[str]:
    """The texts a control shows: its description, tooltip, the value of an HTML or Label,
    the labels of a selection's options (a SelectionSlider's readout is one of them)."""
    import ipywidgets

    texts = [getattr(widget, name, None) for name in ("description", "tooltip", "placeholder")]
    if isinstance(widget, ipywidgets.HTML | ipywidgets.Label | ipywidgets.HTMLMath):
        texts.append(widget.value)
    texts += list(getattr(widget, "_options_labels", ()) or ())
    return [s for s in texts if isinstance(s, str) and s.strip()]


def live_widgets() -> list:
    """Every widget alive in this Python (ipywidgets 8 and 7)."""
    from ipywidgets import widgets as w

    instances = getattr(w.widget, "_instances", None)
    if instances is None:
        instances = getattr(w.Widget, "widgets", {})
    return list(instances.values())
