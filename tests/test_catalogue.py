"""The message catalogue: every key in both languages, the same numbers in both, Chinese that
speaks Chinese (the book's terms, 交互控件), and the language setting of helpers.messages."""

from __future__ import annotations

import re
import string
from collections import Counter
from pathlib import Path

import pytest
from zh_scan import english_words

from helpers.language import messages
from helpers.language.catalogue import AREAS, MESSAGES, SOURCE, notebook_areas
from helpers.language.messages import display_width, say, set_language, t, using

KEYS = sorted(MESSAGES)
AREAS_DIR = Path(__file__).resolve().parent.parent / "helpers" / "course"
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def fields(text: str) -> Counter:
    """The {fields} of a text with their conversion and format spec: {n:.3f} -> ('n', '', '.3f')."""
    return Counter((name, conversion or "", spec or "")
                   for _, name, spec, conversion in string.Formatter().parse(text)
                   if name is not None)


def test_the_catalogue_has_messages_of_every_helpers_area():
    areas = {key.split(".")[0] for key in KEYS}
    for area in ["setup", "data", "features", "models", "losses", "training", "experiments",
                 "plots", "widgets", "pieces", "nb00", "nb01", "nb02", "nb03", "nb04", "nb05",
                 "nb06"]:
        assert area in areas, f"no messages of area {area!r}"


@pytest.mark.parametrize("key", KEYS)
def test_every_key_has_english_and_chinese(key):
    entry = MESSAGES[key]
    assert set(entry) == {"en", "zh"}, f"{key}: languages {sorted(entry)}, expected en and zh"
    assert all(isinstance(v, str) and v.strip() for v in entry.values()), f"{key}: empty text"
    area, where = key.split(".")[0], SOURCE[key]
    if where in AREAS:  # a shared text: helpers/language/catalogue/<area>.py
        assert area == where, f"{key}: in catalogue/{where}.py, but its area is {area!r}"
    else:  # a notebook's own: its texts (nbXX.*; 00b's primer.*) and its checker messages
        assert area in (where, "checks", "primer" if where == "nb00b" else where), (
            f"{key}: in helpers/course/{where}/texts.py, keys start with {where}. or checks.")


def test_every_notebook_with_texts_is_found():
    """A notebook's texts are found by their folder's name: every nbXX/texts.py is joined."""
    folders = {p.parent.name for p in AREAS_DIR.glob("nb*/texts.py")}
    assert folders and folders == set(notebook_areas())
    assert folders <= set(SOURCE.values())


@pytest.mark.parametrize("key", KEYS)
def test_numbers_are_formatted_the_same_in_both_languages(key):
    """Same {fields}, same conversions, same format specs: 0.412k in English is 0.412k in
    Chinese, and a field filled in one language is filled in the other."""
    en, zh = MESSAGES[key]["en"], MESSAGES[key]["zh"]
    assert fields(en) == fields(zh), (
        f"{key}: the fields differ.\n  en: {sorted(fields(en).elements())}\n"
        f"  zh: {sorted(fields(zh).elements())}\nGive both texts the same {{name:format}}.")


@pytest.mark.parametrize("key", KEYS)
def test_chinese_text_speaks_chinese(key):
    zh = MESSAGES[key]["zh"]
    assert "小部件" not in zh, f"{key}: write 交互控件 (the course's word for widgets)"
    left = english_words(re.sub(r"\{[^{}]*\}", " ", zh))   # {fields} are code
    assert not left, (f"{key}: English words in the Chinese text: {left}. Translate them, "
                      "or mark code as `code` (tests/zh_scan.py says what counts as English).")


def test_chinese_text_never_mixes_math_and_chinese():
    """Matplotlib draws a line holding $...$ with its math font, which has no Chinese."""
    mixed = [(key, line) for key in KEYS for line in MESSAGES[key]["zh"].split("\n")
             if "$" in line and CJK.search(line)]
    assert not mixed, (
        f"lines with $math$ and Chinese draw boxes: {mixed}. Write the math in Unicode "
        "(wᵢⱼ, σ) on that line, or put it on a line of its own.")
    assert CJK.search("权重") and not CJK.search("$w_{ij}$")   # the check itself works


def _sample(name: str, specs: set[str]):
    """A value every format spec of the field accepts: a date, a float, an int or a word."""
    import pandas as pd

    if any("%" in s and s != "%" and not s.endswith("%") or "%Y" in s for s in specs):
        return pd.Timestamp("2021-03-01")
    if any(s.endswith(("f", "g", "e", "%")) for s in specs):
        return 1234.5678
    if any(s.endswith("d") or "," in s for s in specs):
        return 1234
    return f"<{name}>"


@pytest.mark.parametrize("key", KEYS)
def test_every_field_prints_the_same_in_both_languages(key):
    """Fill every field with a sample value: both texts format, and each field's formatted
    value (a number with its format, a date) appears in both."""
    found = fields(MESSAGES[key]["en"])
    specs: dict[str, set[str]] = {}
    for name, _, spec in found:
        specs.setdefault(name, set()).add(spec)
    values = {name: _sample(name, s) for name, s in specs.items()}
    with using("en"):
        en = t(key, **values)
    with using("zh"):
        zh = t(key, **values)
    for name, conversion, spec in found:
        value = repr(values[name]) if conversion == "r" else values[name]
        shown = format(value, spec).strip()
        assert shown in en and shown in zh, f"{key}: {{{name}:{spec}}} -> {shown!r}: {zh!r}"


def test_set_language_switches_every_text():
    assert messages.language() == "en"
    set_language("zh")
    try:
        assert t("plots.views_title") == "每日观看次数"
    finally:
        set_language("en")
    assert t("plots.views_title") == "Daily views"
    with pytest.raises(ValueError, match="language must be one of"):
        set_language("fr")


def test_using_restores_the_language_even_after_an_error():
    with pytest.raises(RuntimeError), using("zh"):
        raise RuntimeError
    assert messages.language() == "en"


def test_an_unknown_key_says_where_to_add_it():
    with pytest.raises(KeyError, match="add it .en and zh. to the catalogue module"):
        t("plots.no_such_key")


def test_say_prints_the_text(capsys):
    say("training.epochs", epochs=-1)
    assert capsys.readouterr().out == "epochs must be a whole number ≥ 0, got -1.\n"


def test_text_fields_pad_chinese_by_columns_english_exactly_as_format():
    """{name:16s} counts a Chinese character as two columns, so printed tables line up."""
    for spec in ["16s", ">14s", "<9", "^12", "*^12", "9s", "3"]:
        assert messages._FORMATTER.format("{v:" + spec + "}", v="linear, 7 days") == \
            format("linear, 7 days", spec)
    padded = messages._FORMATTER.format("{v:16s}|", v="3 层，每层 10 个")
    assert display_width(padded) == 17 and padded == "3 层，每层 10 个|"   # exactly 16 columns
    assert messages._FORMATTER.format("{v:16s}|", v="训练") == "训练" + " " * 12 + "|"
    right = messages._FORMATTER.format("{v:>10s}|", v="训练")
    assert right == "      训练|"
    assert messages._FORMATTER.format("{v:4s}|", v="书中测试周") == "书中测试周|"  # too long: as is


# Chinese typography: no half-width space beside Chinese punctuation (a run of two or more is
# column layout in a printed table, and allowed); no doubled particle.
SPACE_BEFORE_PUNCTUATION = re.compile(r"(?<! ) [，。：；！？、）」』]")
SPACE_AFTER_PUNCTUATION = re.compile(r"[。！？；：，、（「『] (?! )")


@pytest.mark.parametrize("key", KEYS)
def test_chinese_text_has_no_half_width_space_beside_chinese_punctuation(key):
    zh = MESSAGES[key]["zh"]
    found = SPACE_BEFORE_PUNCTUATION.findall(zh) + SPACE_AFTER_PUNCTUATION.findall(zh)
    assert not found, f"{key}: a half-width space beside Chinese punctuation: {found} in {zh!r}"


@pytest.mark.parametrize("key", KEYS)
def test_chinese_text_has_no_doubled_particle(key):
    """No 的的, and no `{what}的` in a checker text: {what} already ends in a noun with 的
    before it (`mae` 的结果), so `{what}的形状` would read 的结果的形状."""
    zh = MESSAGES[key]["zh"]
    assert "的的" not in zh, f"{key}: 的的 in {zh!r}"
    assert "{what}的" not in zh, f"{key}: write {{what}}是形状为 …, not {{what}}的形状"


def test_the_typography_checks_catch_what_they_are_for():
    assert SPACE_BEFORE_PUNCTUATION.search("数值与预期不同 。")
    assert SPACE_AFTER_PUNCTUATION.search("数值与预期不同。 提示：")
    assert not SPACE_AFTER_PUNCTUATION.search("精确的最小值：w；  高度")  # column layout
    with using("zh"):
        text = t("checks.shape", what=t("checks.what.result", name="predict_all"),
                 got="(5,)", expected="(3,)")
    assert "的结果的" not in text and text.startswith("✗ `predict_all` 的结果是形状为")
