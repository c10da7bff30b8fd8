"""The modules of texts (the message catalogue, each notebook's texts.py) keep their lines at
most 100 characters long, a Chinese character counting as one: the limit a person wrapping
Chinese text by eye can keep. ruff's E501 counts a Chinese character as two columns, so it is
off for these files (pyproject.toml) and this test holds them to the 100 characters instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 100  # characters, as ruff's line-length for the other files
TEXT_MODULES = sorted([*(ROOT / "helpers" / "language" / "catalogue").glob("*.py"),
                       *(ROOT / "helpers" / "course").glob("nb*/texts.py")])


def test_there_are_text_modules():
    assert len(TEXT_MODULES) >= 10, TEXT_MODULES


@pytest.mark.parametrize("path", TEXT_MODULES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_text_lines_are_at_most_100_characters(path):
    long = [(n, len(line)) for n, line in
            enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if len(line) > LIMIT]
    assert not long, (f"{path.relative_to(ROOT)}: lines longer than {LIMIT} characters "
                      f"(line, length): {long}; wrap the text into two strings")
