"""Render every notebook to HTML with its figures, for reading without a kernel (`make html`).

Usage: python tools/render_html.py [notebook or folder ...]   (default: notebooks/)

Writes build/html/<same path>.html. The stored outputs are used as they are (nothing runs):
every figure is a PNG inside the page, and every interactive figure shows its static picture
(helpers.widgets.show stores one beside the widget). Links between notebooks point at the
HTML pages, so a teacher can click through the course offline, project it, or print it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "html"
LOCAL_LINK = re.compile(r'href="(?![a-z]+://)([^"#?]+)\.ipynb([#?][^"]*)?"')


def render(path: str | Path, exporter: HTMLExporter | None = None) -> str:
    """One notebook as a self-contained HTML page (links to other notebooks → .html)."""
    nb = nbformat.read(path, as_version=4)
    nb.metadata.pop("widgets", None)  # no live widgets in a static page: their PNGs show
    body, _ = (exporter or HTMLExporter()).from_notebook_node(nb)
    return LOCAL_LINK.sub(lambda m: f'href="{m.group(1)}.html{m.group(2) or ""}"', body)


def main(args: list[str]) -> int:
    paths = [Path(a).resolve() for a in args] or [ROOT / "notebooks"]
    found = []
    for p in paths:
        found += sorted(p.rglob("*.ipynb")) if p.is_dir() else [p]
    exporter = HTMLExporter()
    for path in (p for p in found if ".ipynb_checkpoints" not in p.parts):
        target = OUT / path.relative_to(ROOT).with_suffix(".html")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render(path, exporter), encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")
    print(f"Open {OUT.relative_to(ROOT)}/notebooks/00_start_here.html in a browser.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
