"""No English sentence or label reaches a Chinese notebook's outputs.

For every notebook in notebooks/zh/ (new ones join by themselves): what it prints (streams,
results, the text beside every picture) and what it draws (every text of every figure, at
each draw, and every control's description, caption, options and readout) holds no Latin
word outside tests/zh_scan.py's allow-list (code names, units, symbols, the book's own terms).

The figure and control texts are written down by the kernel itself (tests/zh_recorder.py,
set up in conftest.py). When nbval has just run the notebook in this test run (`make test`
runs `pytest ... tests notebooks`; this module runs last), its kernel's record is used and
nothing runs twice; otherwise (e.g. `pytest tests/test_zh_outputs.py`) the notebook is run
here once, in a fresh kernel.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from zh_recorder import cell_hash
from zh_scan import english_words

pytestmark = pytest.mark.tooling

ROOT = Path(__file__).resolve().parent.parent
ZH = sorted((ROOT / "notebooks" / "zh").glob("*.ipynb"))
SKIP = re.compile(r"#\s*NBVAL_SKIP|nbval-skip")


def code_cells(nb) -> list:
    return [c for c in nb.cells if c.cell_type == "code" and c.source.strip()
            and not SKIP.search(c.source) and "nbval-skip" not in c.metadata.get("tags", [])]


def kernel_records(cells) -> list[dict] | None:
    """The records of a kernel (of this test run) that ran exactly these cells, or None."""
    log_dir = os.environ.get("COURSE_TEXT_LOG")
    if not log_dir:
        return None
    wanted = [cell_hash(c.source) for c in cells]
    for log in sorted(Path(log_dir).glob("*.jsonl")):
        records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
        if [r["cell"] for r in records] == wanted:
            return records
    return None


def run(path: Path):
    """Run a notebook in a fresh kernel (recording its texts); its cells with fresh outputs."""
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    return nb


def printed(cell) -> list[str]:
    """What a cell shows as text: its streams and every output's text/plain and text/html."""
    out = []
    for o in cell.get("outputs", []):
        if o.output_type == "stream":
            out.append(o.text)
        elif o.output_type in ("execute_result", "display_data"):
            out += [o.data[k] for k in ("text/plain", "text/html") if k in o.data]
        elif o.output_type == "error":
            out.append(f"{o.ename}: {o.evalue}")
    return out


def problems(where: str, texts, seen: set) -> list[str]:
    """One line per text with English words (each text reported once per notebook)."""
    found = []
    for text in texts:
        words = english_words(text) if text not in seen else []
        seen.add(text)
        if words:
            found.append(f"{where}: {sorted(set(words))} in {text[:160]!r}")
    return found


def scan(path: Path) -> tuple[list[str], int]:
    """(what shows English, how many texts were looked at) for one notebook."""
    nb = nbformat.read(path, as_version=4)
    cells = code_cells(nb)
    records = kernel_records(cells)
    if records is None:  # nbval did not run it in this session: run it once, here
        assert os.environ.get("COURSE_TEXT_LOG"), "tests/conftest.py sets COURSE_TEXT_LOG"
        nb = run(path)
        cells = code_cells(nb)
        records = kernel_records(cells)
        assert records is not None, f"{path.name}: its kernel wrote no record of its texts"
    found, seen = [], set()
    for cell, record in zip(cells, records, strict=True):
        found += problems(f"cell {cell.id} prints", printed(cell), seen)
        found += problems(f"cell {cell.id} draws", record["figures"], seen)
        found += problems(f"cell {cell.id} controls", record["widgets"], seen)
    return found, len(seen)


def test_the_scan_finds_english_in_prints_figures_and_controls(tmp_path):
    """The scan is not blind: a Chinese notebook with one English word in each place."""
    from tools.nbbuild import setup_source

    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "python3",
                                                           "display_name": "Python 3"}})
    nb.cells = [nbformat.v4.new_code_cell(setup_source("zh")), nbformat.v4.new_code_cell(
        "import matplotlib.pyplot as plt, ipywidgets\n"
        "from helpers.language.messages import say\n"
        "say('plots.views_title')\n"
        "print('损失 Hard Sigmoid ReLU MAE η = 0.1: True, load_views(), `k`')\n"
        "print('leftover sentence')\n"
        "fig, ax = plt.subplots(); ax.set_title('每日 Weekly'); ax.set_xticks([0, 1], ['一', "
        "'Tue']); plt.show()\n"
        "ipywidgets.FloatSlider(description='步数 steps')")]
    (tmp_path / "notebooks" / "zh").mkdir(parents=True)
    for name in ("helpers", "data"):
        (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    path = tmp_path / "notebooks" / "zh" / "99_english_left.ipynb"
    nbformat.write(nb, path)
    found, looked_at = scan(path)
    report = "\n".join(found)
    assert "['leftover', 'sentence']" in report and "prints" in report
    assert "['Weekly']" in report and "['Tue']" in report and "draws" in report
    assert "['steps']" in report and "controls" in report
    assert len(found) == 4, report  # nothing else: the allowed words and 每日观看次数 pass
    assert looked_at > 5


@pytest.mark.parametrize("path", ZH, ids=[p.name for p in ZH])
def test_a_chinese_notebook_shows_no_english(path):
    found, looked_at = scan(path)
    assert looked_at > 10, f"{path.name}: only {looked_at} texts seen: is the record empty?"
    assert not found, (
        f"notebooks/zh/{path.name} shows English (translate it in helpers/language/catalogue/, or "
        "allow a code name in tests/zh_scan.py):\n" + "\n".join(found))
