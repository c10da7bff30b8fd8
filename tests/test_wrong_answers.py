"""The checker against answers it was not written from (tests/wrong_answers.py, issue 22).

Every wrong answer is refused, every right one accepted, in English and Chinese; at least
80 % of the wrong ones get a named symptom (a sentence that says what is off), not the generic
"other values". The share is printed (`pytest -s tests/test_wrong_answers.py`) and stated in
benchmarks/README.md. A second share is measured with every exercise's own slips switched off:
what the generic symptoms (helpers/course/symptoms.py) name alone.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from test_exercises import define
from wrong_answers import ANSWERS, GENERIC

from helpers.course import checks
from helpers.course.exercises import EXERCISES
from helpers.language.messages import using

WRONG = [(key, i) for key, a in ANSWERS.items() for i in range(len(a["wrong"]))]
RIGHT = [(key, i) for key, a in ANSWERS.items() for i in range(len(a["right"]))]
SPACE_BY_CHINESE = re.compile(r"(?<! ) [，。：；！？、）]|[。！？；：，、（] (?! )")


def source(key: str, body: str) -> str:
    """The learner's cell: the stub's `def` line, then the body, indented."""
    ex = EXERCISES[key]
    return ex.stub.splitlines()[0] + "\n" + "\n".join(f"    {ln}" for ln in body.split("\n"))


def verdict(key: str, body: str, language: str, ex=None):
    ex = ex or EXERCISES[key]
    with using(language):
        return checks.evaluate(ex, define(ex, source(key, body)))


def test_every_exercise_has_at_least_eight_wrong_and_two_right_answers():
    assert set(ANSWERS) == set(EXERCISES)
    for key, a in ANSWERS.items():
        assert len(a["wrong"]) >= 8 and len(a["right"]) >= 2, key


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("key, i", WRONG)
def test_a_wrong_answer_is_refused_in_one_or_two_sentences(key, i, language):
    body = ANSWERS[key]["wrong"][i]
    v = verdict(key, body, language)
    assert not v.ok, f"{key}: accepted a wrong answer:\n{body}"
    assert "Traceback" not in v.text and "\n" not in v.text
    if language == "zh":
        assert not SPACE_BY_CHINESE.search(v.text), v.text
        assert "的结果的" not in v.text and "的的" not in v.text, v.text


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("key, i", RIGHT)
def test_a_right_answer_is_accepted(key, i, language):
    body = ANSWERS[key]["right"][i]
    v = verdict(key, body, language)
    assert v.ok, f"{key}: refused a right answer:\n{body}\n-> {v.text}"


def named_share(language: str, without_slips: bool = False) -> tuple[int, int]:
    named = total = 0
    for key, a in ANSWERS.items():
        ex = EXERCISES[key]
        if without_slips:
            ex = dataclasses.replace(ex, slips=())
        for body in a["wrong"]:
            v = verdict(key, body, language, ex)
            total += 1
            named += not v.ok and v.key not in GENERIC
    return named, total


@pytest.mark.parametrize("language", ["en", "zh"])
def test_most_wrong_answers_get_a_named_symptom(language):
    named, total = named_share(language)
    alone, _ = named_share(language, without_slips=True)
    print(f"\n{language}: named symptom for {named} of {total} wrong answers "
          f"({named / total:.0%}); with the exercises' own slips off, {alone} of {total} "
          f"({alone / total:.0%})")
    assert named / total >= 0.80
    assert alone / total >= 0.70, "the generic symptoms alone should name most mistakes"
