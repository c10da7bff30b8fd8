"""Build the Chinese edition (中文版) of the notebooks: notebooks/zh/NAME.ipynb.

One source of truth: the English notebook `notebooks/NAME.ipynb` gives every code cell;
`translations/zh/NAME.md` gives the Chinese text of every markdown cell, and the Chinese
comments and docstrings of code cells. The built notebook is the English one with its
markdown replaced, its code cells' comments and docstrings in Chinese where the translation
has them, and one line of code changed: the setup cell calls
`begin(FETCHED, REF, language="zh")` (`tools/nbbuild.setup_source("zh")`, its comments in
Chinese too), so every figure, control, table and printed sentence comes out in Chinese
(helpers' message catalogue, drawn with the course's font). Same cells, same ids, same code
otherwise: a Chinese code cell is used only if it is the English code once comments and
docstrings are set aside (`tools/zh_code.same_code`, an AST comparison).

Its outputs come from running it, never from copying: `make notebooks` executes the English
notebooks, builds these, then executes them (`tools/execute_notebooks.py notebooks/zh`), and
nbval checks their stored outputs like the English ones. A build keeps the stored outputs of
every code cell whose code did not change and empties the others (run them again).

    python tools/build_zh.py                 # build every notebook that has a translation
    python tools/build_zh.py --check         # list what is missing or out of date; exit 1 if any
    python tools/build_zh.py --stubs [NAME]  # add sections for new or changed English cells

A translation file is a series of sections, one per markdown cell, in the notebook's order:

    <!-- cell 6d3ca1ac en:3f9c0a12 -->
    上面的单元格是……

A code cell's Chinese version is a section with a `code` marker, the English cell's id and a
hash of its English source, holding the whole cell in a fence:

    <!-- code ex-window-stub en:1b2c3d4e -->
    ```python
    def window(views, t, k):
        '''第 t 天的特征：它之前 k 天的观看次数，昨天在前。……'''
        # 在这里写你的代码：……
        return None
    ```

Only comments and docstrings may differ from the English cell (`--check` reports any other
difference, and the build then keeps the English cell). A code cell without a section is
copied as it is.

The marker carries the English cell's id and a short hash of its English text at the time
it was translated. When the English text changes, its hash no longer matches: `--check` (and
tests/test_zh.py) report the cell, and `--stubs` puts the new English beside the old Chinese
under an `<!-- untranslated ... -->` line for the translator. Text before the first marker is
a free header. The title cell is written without badges: the build adds the Colab/Binder
badges of the Chinese notebook and a language switch (中文 · English) under its first line.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.nbbuild import ZH_FOLDER, badges, setup_source  # noqa: E402
from tools.zh_code import code_key, same_code  # noqa: E402

MARKER = re.compile(r"^<!-- (cell|code) (\S+) en:([0-9a-f]{8}) -->[ \t]*$", re.MULTILINE)
FENCE = re.compile(r"```python\n(?P<code>.*?)\n```", re.DOTALL)
UNTRANSLATED = "<!-- untranslated"
DEFAULT_HEADER = """\
<!-- Chinese text of notebooks/{name}, one section per markdown cell.
Built into notebooks/zh/{name} by `make zh` (python tools/build_zh.py).
A section starts with a marker line: the English cell's id and a hash of its English text
(do not edit markers by hand; `python tools/build_zh.py --stubs {name}` updates them).
Write the title cell without badges: the build adds them. Links to other notebooks stay
as they are (the Chinese ones sit side by side); links to repo files start with ../../ -->
"""


# --- paths -----------------------------------------------------------------------------------
def english_path(name: str, root: Path = ROOT) -> Path:
    return root / "notebooks" / name


def zh_path(name: str, root: Path = ROOT) -> Path:
    return root / ZH_FOLDER / name


def translation_path(name: str, root: Path = ROOT) -> Path:
    return root / "translations" / "zh" / name.replace(".ipynb", ".md")


def english_names(root: Path = ROOT) -> list[str]:
    """Every English notebook, e.g. ['00_start_here.ipynb', ...] (notebooks/*.ipynb)."""
    return sorted(p.name for p in (root / "notebooks").glob("*.ipynb"))


# --- the English side: what a translation is keyed on ----------------------------------------
def _is_generated_line(line: str, name: str) -> bool:
    """Badges and a link to the Chinese twin: made by tools, not translated."""
    return ("colab-badge.svg" in line or "mybinder.org/badge" in line
            or f"](zh/{name})" in line)


def english_text(source: str, name: str) -> str:
    """The English text a translation follows: the cell without badge / language-switch lines."""
    lines = [ln for ln in source.splitlines() if not _is_generated_line(ln, name)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def text_hash(source: str, name: str) -> str:
    """Short hash (8 hex digits) of a markdown cell's English text."""
    return hashlib.sha1(english_text(source, name).encode()).hexdigest()[:8]


# --- the Chinese side: parsing and writing translation files ---------------------------------
@dataclass
class Section:
    cell_id: str
    en_hash: str
    text: str
    kind: str = "cell"    # "cell": a markdown cell's Chinese; "code": a code cell's

    @property
    def untranslated(self) -> bool:
        return UNTRANSLATED in self.text

    @property
    def code(self) -> str | None:
        """A code section's Chinese source (inside its ```python fence), else None."""
        m = FENCE.search(_strip_stub_comment(self.text)) if self.kind == "code" else None
        return m.group("code") if m else None


def parse(text: str) -> tuple[str, list[Section]]:
    """A translation file → (header, sections in file order)."""
    marks = list(MARKER.finditer(text))
    header = text[:marks[0].start()] if marks else text
    sections = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        sections.append(Section(m.group(2), m.group(3), text[m.end():end].strip(), m.group(1)))
    return header, sections


def render(header: str, sections: list[Section]) -> str:
    body = "\n\n".join(f"<!-- {s.kind} {s.cell_id} en:{s.en_hash} -->\n{s.text}"
                       for s in sections)
    return header.rstrip("\n") + "\n\n" + body + "\n"


def read_translation(name: str, root: Path = ROOT) -> tuple[str, list[Section]] | None:
    path = translation_path(name, root)
    return parse(path.read_text(encoding="utf-8")) if path.exists() else None


# --- matching English cells with sections ----------------------------------------------------
@dataclass
class Match:
    cell: dict            # the English markdown cell
    status: str           # "ok", "changed" (English edited since), "missing"
    section: Section | None


def match(nb, sections: list[Section], name: str) -> tuple[list[Match], list[Section]]:
    """Pair each English markdown cell with its section; also return the unused sections.

    A section belongs to a cell when its hash matches the cell's English text (same id
    first, then any id: ids change when a cell is inserted above). A cell whose text changed
    gets the section with its id, or else the unused section sitting in its place
    (between the sections of its matched neighbours), with status "changed".
    """
    cells = [c for c in nb.cells if c.cell_type == "markdown"]
    sections = [s for s in sections if s.kind == "cell"]
    hashes = [text_hash(c.source, name) for c in cells]
    found: list[int | None] = [None] * len(cells)
    used: set[int] = set()

    def take(i: int, ok) -> None:
        for j, s in enumerate(sections):
            if j not in used and ok(j, s):
                found[i] = j
                used.add(j)
                return

    for i, c in enumerate(cells):
        take(i, lambda j, s, c=c, h=hashes[i]: s.cell_id == c.id and s.en_hash == h)
    for i in range(len(cells)):
        if found[i] is None:
            take(i, lambda j, s, h=hashes[i]: s.en_hash == h)
    exact = list(found)
    for i, c in enumerate(cells):
        if found[i] is None:
            take(i, lambda j, s, c=c: s.cell_id == c.id)
    for i in range(len(cells)):
        if found[i] is None:
            lo = max((j for j in found[:i] if j is not None), default=-1)
            hi = min((j for j in found[i + 1:] if j is not None), default=len(sections))
            take(i, lambda j, s, lo=lo, hi=hi: lo < j < hi)

    matches = []
    for i, c in enumerate(cells):
        j = found[i]
        status = "ok" if exact[i] is not None else ("missing" if j is None else "changed")
        matches.append(Match(c, status, None if j is None else sections[j]))
    unused = [s for j, s in enumerate(sections) if j not in used]
    return matches, unused


def code_hash(source: str) -> str:
    """Short hash (8 hex digits) of an English code cell's source, comments included."""
    return hashlib.sha1(source.encode()).hexdigest()[:8]


@dataclass
class CodeMatch:
    cell: dict            # the English code cell
    section: Section      # its Chinese version
    status: str           # "ok", or "changed" (the English cell was edited since)


def match_code(nb, sections: list[Section]) -> tuple[list[CodeMatch], list[Section]]:
    """Pair the code sections with English code cells (same id, else same English hash);
    also return the code sections no cell has."""
    pending = [s for s in sections if s.kind == "code"]
    matches = []
    for cell in (c for c in nb.cells if c.cell_type == "code"):
        h = code_hash(cell.source)
        s = (next((s for s in pending if s.cell_id == cell.id), None)
             or next((s for s in pending if s.en_hash == h), None))
        if s is not None:
            pending.remove(s)
            matches.append(CodeMatch(cell, s, "ok" if s.en_hash == h else "changed"))
    return matches, pending


def _preview(source: str) -> str:
    first = next((ln for ln in source.splitlines() if ln.strip()), "")
    return first[:60] + ("…" if len(first) > 60 else "")


def sync_problems(name: str, root: Path = ROOT, nb=None) -> list[str]:
    """What keeps notebooks/NAME's translation from being complete and current ([] = in sync).

    `nb` may be given (an English notebook read with nbformat) to check it instead of the
    file. Reports: no translation file; an English markdown cell with no section; a cell whose
    English changed since it was translated; a section marked untranslated; a section that is
    the English text unchanged; a section no English cell uses any more.
    """
    if nb is None:
        nb = nbformat.read(english_path(name, root), as_version=4)
    parsed = read_translation(name, root)
    rel = translation_path(name, root).relative_to(root)
    fix = f"run `python tools/build_zh.py --stubs {name}`, then translate"
    if parsed is None:
        return [f"{name}: no Chinese translation ({rel} does not exist): {fix}"]
    matches, unused = match(nb, parsed[1], name)
    problems = []
    for m in matches:
        where = f"{name}: markdown cell {m.cell.id} ({_preview(m.cell.source)!r})"
        if m.status == "missing":
            problems.append(f"{where} has no translation in {rel}: {fix}")
        elif m.status == "changed":
            problems.append(f"{where} changed since it was translated "
                            f"(section {m.section.cell_id} in {rel}): {fix}")
        elif m.section.untranslated:
            problems.append(f"{where} is marked untranslated in {rel}")
        elif (m.section.text == english_text(m.cell.source, name)
              and len(re.findall(r"[A-Za-z]{3,}", m.section.text)) >= 3):
            problems.append(f"{where}: its section in {rel} is still the English text")
    for s in unused:
        problems.append(f"{name}: section {s.cell_id} in {rel} matches no English markdown cell "
                        f"(the cell was removed or rewritten): {fix}")
    return problems + code_problems(nb, parsed[1], name, rel)


def code_problems(nb, sections: list[Section], name: str, rel: Path) -> list[str]:
    """What is wrong with the code sections: the English cell changed since, the section is
    marked untranslated or has no ```python block, or its code is not the English code
    once comments and docstrings are set aside (tools/zh_code.same_code)."""
    matches, unused = match_code(nb, sections)
    fix = (f"make the code in its ```python block the English cell's code again, with "
           f"Chinese comments and docstrings (`python tools/build_zh.py --stubs {name}` "
           "shows the English)")
    problems = []
    for m in matches:
        where = f"{name}: code cell {m.cell.id} ({_preview(m.cell.source)!r})"
        if m.status == "changed":
            problems.append(f"{where} changed since its Chinese version in {rel} was written: "
                            f"{fix}")
        elif m.section.untranslated:
            problems.append(f"{where} is marked untranslated in {rel}")
        elif m.section.code is None:
            problems.append(f"{where}: its section in {rel} has no ```python block")
        elif not same_code(m.section.code, m.cell.source):
            problems.append(f"{where}: its Chinese version in {rel} differs from the English "
                            f"in its code, not only in comments and docstrings: {fix}")
    for s in unused:
        problems.append(f"{name}: code section {s.cell_id} in {rel} matches no English code "
                        f"cell (the cell was removed, or its id changed): {fix}")
    return problems


# --- building ----------------------------------------------------------------------------------
def _title(zh_text: str, name: str) -> str:
    """The Chinese title cell: first line, then the zh badges and a language switch."""
    first, _, rest = zh_text.partition("\n")
    switch = f"**中文** · [English](../{name})"
    return f"{first}\n\n{badges(name, folder=ZH_FOLDER)}\n\n{switch}\n\n{rest.strip()}".strip()


def _strip_stub_comment(text: str) -> str:
    """A 'changed' stub keeps the new English in a comment above the old Chinese: drop it."""
    return re.sub(r"^<!-- untranslated.*?-->\n?", "", text, flags=re.DOTALL).strip()


def build(name: str, root: Path = ROOT):
    """The Chinese notebook for NAME, as a notebook object (nothing written).

    English markdown -> its translation; a code cell -> its Chinese version where the
    translation has one with the same code (comments and docstrings in Chinese); the setup
    cell -> `setup_source("zh")`; outputs -> those stored in notebooks/zh/NAME for the same
    cell with the same code (comments and docstrings aside), else none.
    """
    nb = nbformat.read(english_path(name, root), as_version=4)
    parsed = read_translation(name, root)
    if parsed is None:
        raise FileNotFoundError(f"{translation_path(name, root)}: no translation; "
                                f"run `python tools/build_zh.py --stubs {name}` first")
    matches, _ = match(nb, parsed[1], name)
    for m in matches:
        if m.section is None:
            continue  # untranslated: keep the English (the check reports it)
        text = _strip_stub_comment(m.section.text) or m.cell.source
        if _has_badges(m.cell.source):
            text = _title(text, name)
        m.cell.source = text
    for cm in match_code(nb, parsed[1])[0]:
        zh_code = cm.section.code
        if zh_code is not None and same_code(zh_code, cm.cell.source):
            cm.cell.source = zh_code   # else the English code stays (the check reports it)
    code = [c for c in nb.cells if c.cell_type == "code"]
    if code and code[0].source == setup_source("en"):
        code[0].source = setup_source("zh")
    ran = _stored_outputs(name, root)
    for cell in code:
        cell.outputs, cell.execution_count = ran.get((cell.id, code_key(cell.source)),
                                                     ([], None))
    return nb


def _stored_outputs(name: str, root: Path) -> dict:
    """(cell id, code) -> (outputs, execution count) of the Chinese notebook as stored now."""
    path = zh_path(name, root)
    if not path.exists():
        return {}
    old = nbformat.read(path, as_version=4)
    return {(c.id, code_key(c.source)): (c.outputs, c.execution_count)
            for c in old.cells if c.cell_type == "code"}


def not_run(nb) -> list[str]:
    """Ids of the code cells not run since their code changed (no execution count: running
    the notebook numbers every cell, a build empties the changed ones)."""
    return [c.id for c in nb.cells if c.cell_type == "code" and c.execution_count is None]


def _has_badges(source: str) -> bool:
    """The title cell: the one with the English notebook's badges."""
    return "colab-badge.svg" in source


def build_text(name: str, root: Path = ROOT) -> str:
    """The exact file contents of notebooks/zh/NAME (what `make zh` writes)."""
    text = nbformat.writes(build(name, root))
    return text if text.endswith("\n") else text + "\n"


def write(name: str, root: Path = ROOT) -> Path:
    path = zh_path(name, root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(build_text(name, root), encoding="utf-8")
    return path


def build_problems(name: str, root: Path = ROOT) -> list[str]:
    """Is notebooks/zh/NAME there, exactly what the build makes now, and run? ([] = yes)

    Only for notebooks that have a translation file (sync_problems reports the others).
    Outputs are compared by nbval, not here: here, every cell must have been run."""
    if not translation_path(name, root).exists():
        return []
    path = zh_path(name, root)
    if not path.exists():
        return [f"{name}: no Chinese notebook {ZH_FOLDER}/{name} yet: run `make notebooks`"]
    if path.read_text(encoding="utf-8") != build_text(name, root):
        return [f"{name}: {ZH_FOLDER}/{name} is not what the build makes from the English "
                "notebook and the translation (edited by hand, or stale): run `make notebooks`"
                f" (or `python tools/build_zh.py {name}`, then `python "
                f"tools/execute_notebooks.py {ZH_FOLDER}/{name}`)"]
    missing = not_run(nbformat.read(path, as_version=4))
    if missing:
        return [f"{name}: {ZH_FOLDER}/{name} has code cells that were not run since their "
                f"code changed ({', '.join(missing[:5])}): run `python "
                f"tools/execute_notebooks.py {ZH_FOLDER}/{name}` (or `make notebooks`)"]
    return []


# --- stubs for translators ---------------------------------------------------------------------
def stubs(name: str, root: Path = ROOT) -> list[str]:
    """Rewrite translations/zh/NAME.md so it has one section per English markdown cell.

    Keeps every current translation (refreshing its marker), adds an untranslated section
    with the English text for each new cell, puts the new English above the old Chinese of
    each changed cell, and drops sections no cell uses. Returns what it did, one line each.
    """
    nb = nbformat.read(english_path(name, root), as_version=4)
    header, sections = read_translation(name, root) or (DEFAULT_HEADER.format(name=name), [])
    matches, unused = match(nb, sections, name)
    out, done = [], []
    for m in matches:
        en = english_text(m.cell.source, name)
        h = text_hash(m.cell.source, name)
        if m.status == "ok":
            out.append(Section(m.cell.id, h, m.section.text))
        elif m.status == "changed":
            old = _strip_stub_comment(m.section.text)
            note = ("<!-- untranslated: the English cell changed. Update the Chinese below to "
                    f"match it, then delete this comment. The English now reads:\n{en}\n-->")
            out.append(Section(m.cell.id, h, f"{note}\n{old}"))
            done.append(f"changed: cell {m.cell.id} ({_preview(en)!r})")
        else:
            note = ("<!-- untranslated: replace the English below with Chinese, "
                    "then delete this line -->")
            out.append(Section(m.cell.id, h, f"{note}\n{en}"))
            done.append(f"new: cell {m.cell.id} ({_preview(en)!r})")
    done += [f"dropped: section {s.cell_id} ({_preview(s.text)!r})" for s in unused]
    code_matches, code_unused = match_code(nb, sections)
    for m in code_matches:
        h = code_hash(m.cell.source)
        text = m.section.text
        if m.status == "changed":
            note = ("<!-- untranslated: the English code cell changed. Make the code below the "
                    "same as it, with Chinese comments and docstrings, then delete this comment."
                    f" The English now reads:\n```python\n{m.cell.source}\n```\n-->")
            text = f"{note}\n{_strip_stub_comment(text)}"
            done.append(f"changed: code cell {m.cell.id} ({_preview(m.cell.source)!r})")
        out.append(Section(m.cell.id, h, text, "code"))
    done += [f"dropped: code section {s.cell_id}" for s in code_unused]
    position = {c.id: i for i, c in enumerate(nb.cells)}
    out.sort(key=lambda s: position.get(s.cell_id, len(position)))
    path = translation_path(name, root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(header, out), encoding="utf-8")
    return done


# --- command line ------------------------------------------------------------------------------
def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="notebook file names (default: all)")
    parser.add_argument("--check", action="store_true", help="report problems; build nothing")
    parser.add_argument("--stubs", action="store_true",
                        help="add sections for new/changed English cells to translation files")
    args = parser.parse_args(argv)
    names = [Path(n).name for n in args.names] or english_names()

    if args.stubs:
        for name in names:
            for line in stubs(name):
                print(f"{translation_path(name).relative_to(ROOT)}: {line}")
        return 0
    problems = [p for name in names for p in sync_problems(name)]
    if args.check:
        problems += [p for name in names for p in build_problems(name)]
        print("\n".join(problems) or "The Chinese edition is complete and in sync.")
        return 1 if problems else 0
    for name in names:
        if translation_path(name).exists():
            path = write(name)
            todo = not_run(nbformat.read(path, as_version=4))
            print(f"built {path.relative_to(ROOT)}" + (
                f" ({len(todo)} code cells to run: python tools/execute_notebooks.py "
                f"{path.relative_to(ROOT)})" if todo else ""))
        else:
            print(f"skipped {name}: no {translation_path(name).relative_to(ROOT)}")
    if problems:
        print("\nThe Chinese edition is not complete yet:\n" + "\n".join(problems))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
