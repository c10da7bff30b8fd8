"""Printed numbers never show a sign their rounding lost: `-0.000` is printed `0.000`.

A mean that is -0.0004 on one machine and +0.0003 on another must print the same line, or
a stored output flips under nbval (issue 27). Every number the catalogue's texts print goes
through `helpers.language.messages.format_number` (t, say, fmt), and so does
`helpers.experiments.pm`.
"""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from helpers.experiments import pm
from helpers.language.messages import fmt, format_number, t, using


def test_rounded_to_zero_has_no_minus_sign():
    assert format_number(-0.0004, ".3f") == "0.000"
    assert format_number(-0.0, ".2f") == "0.00"
    assert format_number(-0.0004, "+.3f") == "+0.000"  # a '+' spec: zero's own sign
    assert format_number(-0.0004, "8.3f") == "   0.000"
    assert format_number(-0.0, ".1e") == "0.0e+00"
    assert format_number(-0.0006, ".3f") == "-0.001"  # not zero once rounded: keeps its sign
    assert format_number(-0.04, ".1%") == "-4.0%"
    assert format_number(float("-inf"), ".2f") == "-inf"
    assert format_number(-3, "d") == "-3"
    assert fmt("{:.3f}k | {:>6.2f}", -0.0004, -0.001) == "0.000k |   0.00"
    assert pm(-0.0004, 0.01, digits=3) == "0.000k ± 0.010"


def test_catalogue_texts_print_no_negative_zero():
    """A catalogue text with a `{mae:.3f}k` field, in both languages."""
    for language in ("en", "zh"):
        with using(language):
            text = t("primer.vectorised", n=3, mae=-0.0004)
        assert "0.000k" in text and "-0.000" not in text, text


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6),
       st.integers(min_value=0, max_value=6), st.sampled_from(["", "+", " "]))
def test_a_number_prints_as_its_rounded_value_with_the_right_sign(x, digits, sign):
    text = format_number(x, f"{sign}.{digits}f")
    assert text.lstrip("+ -") == format(abs(x), f".{digits}f")  # the digits are format's
    rounded = float(text)
    assert text.startswith("-") == (rounded < 0)  # a minus sign only on a nonzero number
    assert math.isclose(rounded, x, abs_tol=0.5 * 10 ** -digits + 1e-9 * abs(x))
