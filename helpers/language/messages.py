"""What the course says to a person, in English or Chinese: one setting, one catalogue.

Every sentence, label, caption and error message that `helpers` (and a notebook's figure
code) shows a person is looked up here by a short key, never written as a literal:

    from helpers.messages import t, say, set_language
    set_language("zh")                     # the Chinese notebooks' setup cell does this
    ax.set_title(t("plots.views_title"))   # -> "每日观看次数"
    say("nb01.three_days", mae=0.6437, mse=0.5031)   # print(t(...))
    print(fmt("{:16s}|", t("experiments.part_train")))   # a column 16 wide in both languages

The catalogue is `helpers.catalogue.MESSAGES`: key -> {"en": text, "zh": text}. A text may
hold `{name}` or `{name:.3f}` fields; both languages use the same fields with the same
formats, so numbers read the same in both. Code names (`load_views`, `η`, `MAE`) stay as
they are in both languages.

Two differences from `str.format`:
- a text field with a width (`{name:16s}`) counts a Chinese character as two columns, as a
  terminal draws it, so columns of a printed table line up in both languages. English text
  is padded exactly as `str.format` pads it;
- a number that rounds to zero never prints a sign it does not have: `{x:.3f}` of -0.0004
  is `0.000`, not `-0.000` (and `{x:+.3f}` is `+0.000`), so a stored output does not flip
  between `0.000` and `-0.000` when a last bit changes (Python 3.11's `z` option, for 3.10).
"""

from __future__ import annotations

import math
import numbers
import re
import string
import unicodedata
from contextlib import contextmanager

from .catalogue import MESSAGES

LANGUAGES = ("en", "zh")
_current = {"language": "en"}


def set_language(language: str) -> None:
    """Choose the language of everything the course shows from now on: "en" or "zh"."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, got {language!r}.")
    _current["language"] = language


def language() -> str:
    """The language chosen by `set_language` ("en" until then)."""
    return _current["language"]


@contextmanager
def using(language_: str):
    """`with using("zh"): ...` shows texts in that language inside the block only (tests)."""
    before = language()
    set_language(language_)
    try:
        yield
    finally:
        set_language(before)


def t(key: str, **values) -> str:
    """The text of `key` in the current language, with `values` filled into its fields."""
    try:
        entry = MESSAGES[key]
    except KeyError:
        raise KeyError(f"no message {key!r} in helpers.catalogue: add it (en and zh) to the "
                       "catalogue module of its area.") from None
    return _FORMATTER.vformat(entry[_current["language"]], (), values)


def say(key: str, **values) -> None:
    """print(t(key, **values))."""
    print(t(key, **values))


def fmt(template: str, *args, **kwargs) -> str:
    """`template.format(...)`, counting a Chinese character as two columns in `{:16s}`-style
    fields: the columns of a printed table line up whatever the language of its cells.

        print(fmt("{:16s} {:>14s}", t("nb06.col_model"), t("nb06.col_train")))
    """
    return _FORMATTER.vformat(template, args, kwargs)


# --- column widths that count a Chinese character as two columns ------------------------------

def display_width(text: str) -> int:
    """Columns `text` takes in a terminal or a monospaced page: wide (CJK) characters take 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# [[fill]align][0][width][.precision][s]: the format specs a text field can have
_TEXT_SPEC = re.compile(r"(?P<align>(?:.?[<>^])?)(?P<zero>0?)(?P<width>\d*)(?P<rest>(?:\.\d+)?s?)",
                        re.DOTALL)


_NONZERO_DIGIT = re.compile(r"[1-9]")


def format_number(value, format_spec: str) -> str:
    """`format(value, format_spec)`, but a number that rounds to zero gets no minus sign:
    format_number(-0.0004, ".3f") == "0.000" (as format(0.0004, ".3f")); -0.0 too."""
    text = format(value, format_spec)
    if (isinstance(value, numbers.Real) and not isinstance(value, bool)
            and math.isfinite(value) and math.copysign(1.0, value) < 0
            and not _NONZERO_DIGIT.search(re.split("[eE]", text)[0])):
        return format(-value, format_spec)  # the same digits, with a positive number's sign
    return text


class _WideFormatter(string.Formatter):
    def format_field(self, value, format_spec: str):
        if not isinstance(value, str):
            return format_number(value, format_spec)
        if format_spec:
            m = _TEXT_SPEC.fullmatch(format_spec)
            extra = display_width(value) - len(value)
            if m and m["width"] and extra:
                width = int(m["width"]) - extra
                format_spec = (m["align"] + m["zero"] + (str(width) if width > 0 else "")
                               + m["rest"])
        return format(value, format_spec)


_FORMATTER = _WideFormatter()
