"""Every number our docs state comes from the code: `tools/doc_numbers.py --check` finds none stale.

Docs mark their generated parts (`<!-- numbers: NAME ... -->`); outside those parts a doc
states no results of its own: no MAE-like numbers such as `0.64k` (the book's numbers are
allowed where they are quoted as the book's, in lines that say so).
"""

import re
from pathlib import Path

import pytest

from tools import doc_numbers

ROOT = Path(__file__).resolve().parent.parent
RESULT = re.compile(r"\b\d\.\d\dk\b")


def test_docs_numbers_are_what_the_code_computes():
    assert doc_numbers.stale() == [], "run `python tools/doc_numbers.py` and commit the docs"


def test_render_fills_a_marked_part_and_refuses_an_unknown_one():
    text = ("intro\n<!-- numbers: views-linear (made by tools/doc_numbers.py) -->\nold\n"
            "<!-- /numbers: views-linear -->\nend\n")
    out = doc_numbers.render(text)
    assert "old" not in out and "| 56 |" in out and out.endswith("end\n")
    with pytest.raises(KeyError, match="unknown numbers part"):
        doc_numbers.render(text.replace("views-linear", "no-such-part"))


@pytest.mark.parametrize("path", doc_numbers.DOCS, ids=lambda p: p.name)
def test_no_result_outside_the_generated_parts(path):
    text = doc_numbers.BLOCK.sub("", path.read_text())
    stray = [line for line in text.splitlines()
             if RESULT.search(line) and "book" not in line.lower()]
    assert not stray, f"{path.name}: results typed by hand (generate them instead): {stray}"
