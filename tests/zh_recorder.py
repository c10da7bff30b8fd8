"""Inside a kernel: write down every text a figure or a control shows, cell by cell.

tests/test_zh_outputs.py scans what the Chinese notebooks print, and also what they draw:
the text of every figure (at each draw: inline display, a widget's PNG) and of every
control. Kernels started by pytest load this through an IPython startup file (see
`startup_dir`); it is then a no-op unless COURSE_TEXT_LOG names a folder. Each kernel
appends one JSON line per cell to COURSE_TEXT_LOG/<pid>.jsonl:

    {"cell": sha1 of the cell's code, "figures": [...texts], "widgets": [...texts]}
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def cell_hash(source: str) -> str:
    return hashlib.sha1(source.encode()).hexdigest()[:16]


def install(log_dir: str) -> None:
    import zh_scan
    from IPython import get_ipython
    from matplotlib.figure import Figure

    log = Path(log_dir) / f"{os.getpid()}.jsonl"
    drawn: list[str] = []
    original = Figure.draw

    def draw(self, renderer):
        result = original(self, renderer)
        try:
            drawn.extend(zh_scan.figure_texts(self))
        except Exception as e:  # noqa: BLE001  (never break a notebook because of the log)
            drawn.append(f"<could not read the figure's texts: {e!r}>")
        return result

    Figure.draw = draw

    def after_cell(result) -> None:
        widgets = []
        try:
            for w in zh_scan.live_widgets():
                widgets.extend(zh_scan.widget_texts(w))
        except Exception as e:  # noqa: BLE001
            widgets.append(f"<could not read the widgets: {e!r}>")
        record = {"cell": cell_hash(result.info.raw_cell or ""), "figures": list(drawn),
                  "widgets": widgets}
        drawn.clear()
        with open(log, "a", encoding="utf-8") as f:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")

    get_ipython().events.register("post_run_cell", after_cell)


STARTUP = f"""\
import os, sys
if os.environ.get("COURSE_TEXT_LOG"):
    sys.path.insert(0, {str(HERE)!r})
    import zh_recorder
    zh_recorder.install(os.environ["COURSE_TEXT_LOG"])
    sys.path.remove({str(HERE)!r})
"""


def startup_dir(ipython_dir: Path) -> Path:
    """An IPYTHONDIR whose default profile installs the recorder in every kernel started
    with IPYTHONDIR=ipython_dir (and COURSE_TEXT_LOG set)."""
    startup = ipython_dir / "profile_default" / "startup"
    startup.mkdir(parents=True, exist_ok=True)
    (startup / "00-course-text-log.py").write_text(STARTUP, encoding="utf-8")
    return ipython_dir


if __name__ == "__main__":  # pragma: no cover
    sys.exit("imported by tests only")
