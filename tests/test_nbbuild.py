"""tools/nbbuild.py's `write` keeps cell ids: the Chinese build and the exercise tools find
cells by id, so rewriting a notebook from a script must not renumber them (issue 27)."""

from __future__ import annotations

import nbformat
import pytest

from tools.nbbuild import code, md, write

pytestmark = pytest.mark.tooling


def ids(path) -> list[str]:
    return [c.id for c in nbformat.read(path, as_version=4).cells]


def script(extra_top=(), intro="Why we run the code below."):
    """What a scratch script passes to write(): cells without ids, one with a chosen id."""
    return [*extra_top, md("# A notebook"), md(intro), code("x = 1"), md("Same text."),
            md("Same text."), md("## Try it", cell_id="ex-tiny-task"), code("print(x)")]


def test_a_new_notebook_gets_stable_unique_ids(tmp_path):
    write(tmp_path / "a.ipynb", script())
    write(tmp_path / "b.ipynb", script())
    first = ids(tmp_path / "a.ipynb")
    assert first == ids(tmp_path / "b.ipynb")  # the same script, the same ids
    assert len(set(first)) == len(first)  # the two "Same text." cells too
    assert first[5] == "ex-tiny-task"
    nbformat.validate(nbformat.read(tmp_path / "a.ipynb", as_version=4))


def test_rewriting_keeps_the_ids_of_kept_edited_and_given_cells(tmp_path):
    path = tmp_path / "n.ipynb"
    write(path, script())
    before = ids(path)
    # a cell inserted at the top, the second paragraph edited: nothing else moves
    write(path, script(extra_top=[md("A new first cell.")], intro="Why we run it (edited)."))
    after = ids(path)
    assert after[1:] == before
    assert after[0] not in before


def test_a_notebook_edited_in_jupyterlab_keeps_every_id_and_its_metadata(tmp_path):
    path = tmp_path / "n.ipynb"
    write(path, script())
    nb = nbformat.read(path, as_version=4)
    nb.metadata["course"] = {"title": "A notebook"}  # e.g. a notebook's own metadata
    nb.cells[2].id = "hand-made-id"
    nb.cells.insert(3, nbformat.v4.new_markdown_cell("Added in JupyterLab."))
    nbformat.write(nb, path)
    expected = [c.id for c in nb.cells]
    write(path, nb.cells)  # a tool that reads the cells and writes them back
    assert ids(path) == expected
    assert nbformat.read(path, as_version=4).metadata["course"] == {"title": "A notebook"}
