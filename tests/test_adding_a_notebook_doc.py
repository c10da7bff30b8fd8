"""docs/adding-a-notebook.md and its Chinese twin say what the code does: every file they
name exists, every flag of the command they give exists, and both give the same command."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from tools import house

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "docs" / "adding-a-notebook.md", ROOT / "docs" / "adding-a-notebook.zh.md"]
PATH = re.compile(r"`((?:tests|tools|helpers|notebooks|translations)/[\w/.*-]+)`")
# Files the docs name that come with a branch not merged yet. Remove a name once it exists.
PENDING: set[str] = set()


def command(text: str) -> list[str]:
    block = re.search(r"```bash\n(.*?)```", text, re.S)[1]
    return block.replace("\\\n", " ").split()


@pytest.mark.parametrize("doc", DOCS, ids=[d.name for d in DOCS])
def test_every_file_it_names_exists(doc):
    text = doc.read_text(encoding="utf-8")
    for rel in PATH.findall(text):
        if re.search(r"NN|NAME|\*|08_mse_or_mae|nb08", rel):
            continue  # a pattern, or the example notebook's own files
        if rel in PENDING:
            assert not (ROOT / rel).exists(), f"{rel} exists now: remove it from PENDING"
            continue
        assert (ROOT / rel).exists(), f"{doc.name} names {rel}, which does not exist"


@pytest.mark.parametrize("doc", DOCS, ids=[d.name for d in DOCS])
def test_the_command_it_gives_parses(doc):
    argv = command(doc.read_text(encoding="utf-8"))
    assert argv[:3] == ["python3", "tools/house.py", "add"]
    parser = argparse.ArgumentParser()
    house.add_subcommands(parser.add_subparsers(dest="command"))
    flags = [a for a in argv if a.startswith("--")]
    known = {o for a in parser._subparsers._group_actions[0].choices["add"]._actions
             for o in a.option_strings}
    assert set(flags) <= known, set(flags) - known
    assert {"--title", "--line", "--zh-title", "--zh-line", "--run", "--test"} <= set(flags)


def test_both_languages_give_the_same_command_and_link_each_other():
    english, chinese = (d.read_text(encoding="utf-8") for d in DOCS)
    assert command(english) == command(chinese)
    assert "(adding-a-notebook.zh.md)" in english and "(adding-a-notebook.md)" in chinese
