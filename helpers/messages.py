"""What the course says to a person, in English or Chinese: one setting, one catalogue.

Every sentence, label, caption and error message that `helpers` (and a notebook's figure
code) shows a person is looked up here by a short key, never written as a literal:

    from helpers.messages import t, say, set_language
    set_language("zh")                     # the Chinese notebooks' setup cell does this
    ax.set_title(t("views.title"))         # -> "每日观看次数"
    say("fit.done", mae=0.4123)            # prints "训练完成：MAE 0.412k"

The catalogue is `helpers.catalogue.MESSAGES`: key -> {"en": text, "zh": text}. A text may
hold `{name}` or `{name:.3f}` fields; both languages use the same fields with the same
formats, so numbers read the same in both. Code names (`load_views`, `η`, `MAE`) stay as
they are in both languages.
"""

from __future__ import annotations

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


def t(key: str, **values) -> str:
    """The text of `key` in the current language, with `values` filled into its fields."""
    try:
        entry = MESSAGES[key]
    except KeyError:
        raise KeyError(f"no message {key!r} in helpers.catalogue: add it (en and zh) to the "
                       "catalogue module of its area.") from None
    return entry[_current["language"]].format(**values)


def say(key: str, **values) -> None:
    """print(t(key, **values))."""
    print(t(key, **values))
