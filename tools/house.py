"""The lists of notebooks, made from each notebook's own metadata; and adding a notebook.

    python3 tools/house.py lists             # rewrite every list of notebooks from the metadata
    python3 tools/house.py lists --check     # name the lists that are out of date; exit 1 if any
    python3 tools/house.py add 08_mse_or_mae --title "MSE or MAE?" --section "§1" \\
        --line "..." --zh-title "..." --zh-line "..." [--run] [--test]

Each English notebook holds its own entry in its metadata (Edit → Notebook metadata in
JupyterLab, or `add`'s flags), `section` being the book's section ("" for none):

    "course": {"title": "The linear model", "section": "§1", "line": "`y = b + w·x1`; ..."}

and its translation, translations/zh/NAME.md, the Chinese title and line, in its header:

    <!-- course title: 线性模型 -->
    <!-- course line: `y = b + w·x1`；损失；误差表面；梯度下降与学习率 -->

The lists are the parts of README.md (two tables), notebook 00 (a markdown cell) and its
translation (that cell's section) between a pair of marker lines:

    <!-- notebooks: readme-en (made by tools/house.py lists from each notebook's metadata) -->
    | # | notebook | ... |
    <!-- /notebooks: readme-en -->

Kinds: readme-en, readme-zh (README's tables with badges), list-en, list-zh (notebook 00's).
A row says how many checked exercises the notebook has, counted from its `check(...)` cells.
Rewriting notebook 00's cell changes only that markdown cell; the translation's marker for it
is moved to the new English text (it was in step before, and the Chinese is generated too),
and the Chinese twin is rebuilt, keeping its outputs (its code did not change).

`add NAME` does, for a notebook already saved as notebooks/NAME.ipynb, everything else: its
course metadata (from the flags, if missing), the badges under its title and the shared setup
cell (if missing), `helpers/course/nbXX/__init__.py` (if that folder exists without one), the
translation's stubs (`tools/build_zh.py --stubs`) and Chinese title and line, the Chinese twin,
the font (`tools/make_font.py`, if the catalogue has characters it lacks), the lists; with
`--run` it executes both notebooks, with `--test` it runs the tests that concern them. It can
run again at any time (after translating, say): each step does only what is left to do.

Stdlib only at import: tools/course.py wires it in with `add_subcommands(sub)`. The work
needs the course's packages (nbformat, and matplotlib for the font check); run by a Python
without them, `main` hands itself to the course's Python (.venv, or COURSE_VENV).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
NAME_RE = re.compile(r"(?P<number>\d\d[a-z]?)_[a-z0-9_]+\.ipynb")
FIELDS = ("title", "section", "line")
ZH_FIELD = re.compile(r"^<!-- course (?P<field>title|line): (?P<text>.*?) -->[ \t]*$", re.M)
REGION = re.compile(r"(?P<open><!-- notebooks: (?P<kind>[\w-]+)[^\n]*-->\n)(?P<body>.*?)"
                    r"(?P<close><!-- /notebooks: (?P=kind) -->)", re.S)
# A checked exercise's check cell, as tools/exercise_cells.CHECK_RE finds it.
CHECK_RE = re.compile(r'^check\("(?P<key>[a-z_]+)", (?P<name>[a-z_]+)\)\s*$', re.MULTILINE)
FIX = "run `python3 tools/house.py lists`"


# --- what each notebook says about itself ------------------------------------------------------
@dataclass(frozen=True)
class Entry:
    """One notebook's row: from its metadata, its translation and its check cells."""

    name: str          # 01_linear_model.ipynb
    number: str        # 01
    title: str
    section: str       # the book's section, e.g. "§1", or ""
    line: str
    zh_title: str
    zh_line: str
    exercises: int     # its checked exercises: check("KEY", name) cells


def read_notebook(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def write_notebook(path: Path, nb: dict) -> None:
    """Write as nbformat does (indent 1, sorted keys, UTF-8), so only what changed differs."""
    path.write_text(json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                    encoding="utf-8")


def source_of(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def set_source(cell: dict, text: str) -> None:
    cell["source"] = text.splitlines(True)  # nbformat's way: a list of lines


def translation_path(name: str, root: Path = ROOT) -> Path:
    return root / "translations" / "zh" / name.replace(".ipynb", ".md")


def zh_fields(name: str, root: Path = ROOT) -> dict[str, str]:
    """The Chinese title and line in the header of translations/zh/NAME.md ({} if none)."""
    path = translation_path(name, root)
    if not path.exists():
        return {}
    header = path.read_text(encoding="utf-8").split("\n<!-- cell ", 1)[0]
    return {m["field"]: m["text"].strip() for m in ZH_FIELD.finditer(header)}


def entries(root: Path = ROOT) -> tuple[list[Entry], list[str]]:
    """Every English notebook's entry, in file order (00, 00b, 01, ...); and what is missing."""
    found, problems = [], []
    for path in sorted((root / "notebooks").glob("*.ipynb")):
        name = path.name
        m = NAME_RE.fullmatch(name)
        if m is None:
            problems.append(f"notebooks/{name}: name it NN_words.ipynb (e.g. 08_mse_or_mae)")
            continue
        nb = read_notebook(path)
        meta = nb.get("metadata", {}).get("course", {})
        zh = zh_fields(name, root)
        missing = [f for f in FIELDS if not isinstance(meta.get(f), str)
                   or (f != "section" and not meta[f].strip())]
        if missing:
            problems.append(f"notebooks/{name}: no {', '.join(missing)} in its `course` metadata "
                            f"(python3 tools/house.py add {path.stem} --title ... --section ... "
                            "--line ...)")
        zh_missing = [f for f in ("title", "line") if not zh.get(f)]
        if zh_missing:
            rel = translation_path(name, root).relative_to(root).as_posix()
            problems.append(f"{rel}: no `<!-- course {zh_missing[0]}: ... -->` line in its "
                            f"header (python3 tools/house.py add {path.stem} --zh-title ... "
                            "--zh-line ...)")
        if missing or zh_missing:
            continue
        texts = [meta["title"], meta["section"], meta["line"], zh["title"], zh["line"]]
        if any("|" in text or "\n" in text for text in texts):
            problems.append(f"notebooks/{name}: a title or line with `|` or a line break (a "
                            "table cell cannot hold them)")
            continue
        n = sum(1 for c in nb.get("cells", []) if c.get("cell_type") == "code"
                and CHECK_RE.search(source_of(c)))
        found.append(Entry(name, m["number"], meta["title"].strip(), meta["section"].strip(),
                           meta["line"].strip(), zh["title"], zh["line"], n))
    return found, problems


# --- the lists ---------------------------------------------------------------------------------
def idea(e: Entry, language: str) -> str:
    """The row's one line: the notebook's line, its checked exercises, the book's section."""
    n = e.exercises
    if language == "en":
        text = e.line + (f"; {n} checked exercise{'s' if n != 1 else ''}" if n else "")
        return text + (f" ({e.section})" if e.section else "")
    text = e.zh_line + (f"；{n} 个自动检查的练习" if n else "")
    return text + (f"（{e.section}）" if e.section else "")


def _badges(rel_path: str) -> str:
    from tools.nbbuild import badges_for  # the one place the badges are made

    return badges_for(rel_path)


def render(kind: str, rows: list[Entry]) -> str:
    """The table a region of `kind` holds (without its marker lines)."""
    if kind == "readme-en":
        head = "| # | notebook | the idea (book section) | open it online |"
        lines = [f"| {e.number} | [{e.title}](notebooks/{e.name}) | {idea(e, 'en')} | "
                 f"{_badges('notebooks/' + e.name)} |" for e in rows]
    elif kind == "readme-zh":
        head = "| # | 笔记本 | 内容（书中小节） | 在线打开 |"
        lines = [f"| {e.number} | [{e.zh_title}](notebooks/zh/{e.name}) | {idea(e, 'zh')} | "
                 f"{_badges('notebooks/zh/' + e.name)} |" for e in rows]
    elif kind == "list-en":
        head = "| notebook | idea |"
        lines = [f"| [{e.number} {e.title}]({e.name}) | {idea(e, 'en')} |" for e in rows]
    elif kind == "list-zh":
        head = "| 笔记本 | 内容 |"
        lines = [f"| [{e.number} {e.zh_title}]({e.name}) | {idea(e, 'zh')} |" for e in rows]
    else:
        raise KeyError(kind)
    return "\n".join([head, "|---|---|---|---|" if kind.startswith("readme") else "|---|---|",
                      *lines]) + "\n"


KINDS = ("readme-en", "readme-zh", "list-en", "list-zh")


def fill(text: str, rows: list[Entry]) -> tuple[str, list[str], list[str]]:
    """`text` with every region's table made again; the kinds of its regions; those changed."""
    kinds, stale = [], []

    def again(m: re.Match) -> str:
        kinds.append(m["kind"])
        if m["kind"] not in KINDS:
            return m[0]
        body = render(m["kind"], rows)
        if body != m["body"]:
            stale.append(m["kind"])
        return m["open"] + body + m["close"]

    return REGION.sub(again, text), kinds, stale


def _places(root: Path):
    """(file, kind) of every file a list may sit in: the README, the English notebooks, the
    translations; kind "text" or "notebook"."""
    yield root / "README.md", "text"
    yield from ((p, "notebook") for p in sorted((root / "notebooks").glob("*.ipynb")))
    yield from ((p, "text") for p in sorted((root / "translations" / "zh").glob("*.md")))


def lists(root: Path = ROOT, write: bool = False) -> list[str]:
    """Compare (or, with `write`, rewrite) every list with what the metadata makes.

    Returns the problems (check) or what was rewritten (write), one line each.
    """
    rows, problems = entries(root)
    if problems:
        return problems
    out, seen, changed_cells, changed_texts = [], set(), [], []
    for path, kind in _places(root):
        rel = path.relative_to(root).as_posix()
        if kind == "text":
            old = path.read_text(encoding="utf-8")
            new, kinds, stale = fill(old, rows)
            seen.update(kinds)
            if new != old:
                out.append(f"{rel}: {_lists_named(stale)} out of date")
                if write:
                    path.write_text(new, encoding="utf-8")
                    changed_texts.append(path)
            continue
        nb = read_notebook(path)
        touched = False
        for cell in nb.get("cells", []):
            if cell.get("cell_type") != "markdown":
                continue
            old = source_of(cell)
            new, kinds, stale = fill(old, rows)
            seen.update(kinds)
            if new != old:
                out.append(f"{rel}, cell {cell.get('id')}: {_lists_named(stale)} out of date")
                changed_cells.append((path.name, cell.get("id"), old, new))
                set_source(cell, new)
                touched = True
        if touched and write:
            write_notebook(path, nb)
    out += [f"no list `<!-- notebooks: {k} ... -->` in README.md, the notebooks or their "
            "translations (its marker lines are gone?)" for k in KINDS if k not in seen]
    out += [f"a list of unknown kind {k!r} (kinds: {', '.join(KINDS)})" for k in seen - set(KINDS)]
    translations = [p.stem + ".ipynb" for p in changed_texts if p.parent.name == "zh"]
    if write:
        _follow_in_chinese(root, changed_cells, translations)
    if write:
        return [line.replace(" out of date", " rewritten") for line in out]
    return [f"{line}: {FIX}" if line.endswith("out of date") else line for line in out]


def _lists_named(kinds: list[str]) -> str:
    return f"the list {kinds[0]} is" if len(kinds) == 1 else f"the lists {', '.join(kinds)} are"


def _follow_in_chinese(root: Path, changed_cells, translations: list[str]) -> None:
    """After rewriting English cells: move their translation markers to the new English text
    (where they were in step with the old one); then rebuild the twins of those notebooks and
    of the `translations` rewritten, and every twin that differs from its build only in its
    metadata (the English notebook's, which it copies: a `course` entry edited)."""
    from tools import build_zh

    names = list(translations)
    for name, cell_id, old, new in changed_cells:
        parsed = build_zh.read_translation(name, root)
        if parsed is None:
            continue
        header, sections = parsed
        for s in sections:
            if s.cell_id == cell_id and s.en_hash == build_zh.text_hash(old, name):
                s.en_hash = build_zh.text_hash(new, name)
        build_zh.translation_path(name, root).write_text(build_zh.render(header, sections),
                                                         encoding="utf-8")
        names.append(name)
    for name in dict.fromkeys(names):
        if build_zh.zh_path(name, root).exists():
            build_zh.write(name, root)
    for path in sorted((root / "notebooks").glob("*.ipynb")):  # a twin copies the metadata
        twin = build_zh.zh_path(path.name, root)
        if twin.exists() and build_zh.translation_path(path.name, root).exists():
            made = json.loads(build_zh.build_text(path.name, root))
            if made["cells"] == read_notebook(twin)["cells"] and made != read_notebook(twin):
                build_zh.write(path.name, root)


# --- adding a notebook -------------------------------------------------------------------------
class Stop(Exception):
    """A step cannot go on: the message says what to do."""


def notebook_name(arg: str) -> str:
    """08_mse_or_mae, notebooks/08_mse_or_mae.ipynb, ... -> 08_mse_or_mae.ipynb"""
    name = Path(arg).name
    name = name if name.endswith(".ipynb") else name + ".ipynb"
    if NAME_RE.fullmatch(name) is None:
        raise Stop(f"{arg!r}: a notebook's name is NN_words (two digits, a letter if needed, "
                   "then lower-case words with _), e.g. 08_mse_or_mae")
    return name


def give_metadata(nb: dict, name: str, given: dict[str, str | None]) -> bool:
    """Set the notebook's `course` metadata from the flags; refuse if a field stays empty."""
    meta = dict(nb.setdefault("metadata", {}).get("course", {}))
    for field, value in given.items():
        if value is not None:
            meta[field] = value
    meta.setdefault("section", "")
    missing = [f"--{f}" for f in ("title", "line") if not str(meta.get(f, "")).strip()]
    if missing:
        raise Stop(f"notebooks/{name} has no course metadata yet: give {' and '.join(missing)} "
                   "(and --section, the book's section such as §1), e.g. --title \"MSE or MAE?\" "
                   "--section §1 --line \"two losses, one model: which days each forgives\"")
    if meta == nb["metadata"].get("course"):
        return False
    nb["metadata"]["course"] = {f: meta[f] for f in FIELDS}
    return True


def give_title_badges_and_setup(nb: dict, name: str) -> list[str]:
    """Badges under the title's first line; the shared setup cell as the first code cell."""
    from tools.nbbuild import setup_source

    cells = nb.get("cells", [])
    if not cells or cells[0].get("cell_type") != "markdown":
        raise Stop(f"notebooks/{name}: the first cell must be the title, a markdown cell "
                   "(e.g. `# 8. MSE or MAE? ...`, then what the learner will see)")
    done = []
    title = source_of(cells[0])
    if "colab-badge.svg" not in title:
        first, _, rest = title.strip("\n").partition("\n")
        set_source(cells[0], f"{first}\n\n{_badges('notebooks/' + name)}\n{rest}".rstrip("\n"))
        done.append("badges under the title")
    setup = setup_source("en")
    code = [c for c in cells if c.get("cell_type") == "code"]
    if code and source_of(code[0]).startswith("# Setup:"):
        if source_of(code[0]) != setup:
            set_source(code[0], setup)
            code[0]["outputs"], code[0]["execution_count"] = [], None
            done.append("the setup cell brought up to date")
    else:
        ids = {c.get("id") for c in cells}
        cell = {"cell_type": "code", "execution_count": None, "id": "setup", "metadata": {},
                "outputs": [], "source": []}
        cell["id"] = next(f"setup-{n}" if n else "setup" for n in range(len(cells) + 1)
                          if (f"setup-{n}" if n else "setup") not in ids)
        set_source(cell, setup)
        cells.insert(1, cell)
        done.append("the shared setup cell (after the title)")
    return done


def give_zh_fields(name: str, root: Path, zh_title: str | None, zh_line: str | None) -> bool:
    """Write the Chinese title and line into the translation's header (after its comment)."""
    path = translation_path(name, root)
    text = path.read_text(encoding="utf-8")
    header, marker, body = text.partition("\n<!-- cell ")
    have = {m["field"]: m["text"] for m in ZH_FIELD.finditer(header)}
    want = dict(have)
    want.update({k: v for k, v in (("title", zh_title), ("line", zh_line)) if v is not None})
    missing = [f"--zh-{f}" for f in ("title", "line") if not want.get(f, "").strip()]
    if missing:
        raise Stop(f"{path.relative_to(root).as_posix()} has no Chinese title and line for the "
                   f"lists yet: give {' and '.join(missing)}")
    if want == have:
        return False
    header = ZH_FIELD.sub("", header).rstrip("\n")
    lines = "".join(f"\n<!-- course {f}: {want[f].strip()} -->" for f in ("title", "line"))
    path.write_text(re.sub(r"\n{3,}", "\n\n", f"{header}\n{lines}\n") + marker + body,
                    encoding="utf-8")
    return True


def give_package(number: str, root: Path) -> str | None:
    """helpers/course/nbXX/__init__.py, where that folder has texts or exercises but no init."""
    folder = root / "helpers" / "course" / f"nb{number}"
    init = folder / "__init__.py"
    pieces = [(f, what) for f, what in (("texts.py", "its texts, its checker messages"),
                                         ("exercises.py", "its checked exercises"))
              if (folder / f).exists()]
    if not pieces or init.exists():
        return None
    said = " and\n".join(f"{f} ({what})" for f, what in pieces)
    init.write_text(f'"""Notebook {number}\'s own pieces: {said}."""\n', encoding="utf-8")
    return init.relative_to(root).as_posix()


def missing_font_characters(root: Path) -> str:
    """Characters of the catalogue's Chinese texts and notebook 00's glossary that neither the
    course's font nor DejaVu Sans has (what tests/test_fonts.py asks for), in a fresh Python:
    the catalogue must be read as it is now."""
    probe = """
import sys
import tools.make_font as make_font
if hasattr(make_font, "missing_characters"):  # make_font --check's own list
    sys.stdout.write("".join(make_font.missing_characters()))
    sys.exit(0)
from matplotlib import font_manager, ft2font
from helpers.language import fonts
from helpers.language.catalogue import MESSAGES
from tools.make_font import glossary_text
have = set(ft2font.FT2Font(str(fonts.FONT_FILE)).get_charmap())
have |= set(ft2font.FT2Font(font_manager.findfont("DejaVu Sans")).get_charmap())
text = "".join(e["zh"] for e in MESSAGES.values()) + glossary_text()
sys.stdout.write("".join(sorted({c for c in text if c.isprintable() and not c.isspace()
                                 and ord(c) not in have})))
"""
    done = subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True,
                          text=True, encoding="utf-8", env=_env(root))
    if done.returncode != 0:
        raise Stop("could not read the catalogue to check the font:\n" + done.stderr.strip())
    return done.stdout


def _env(root: Path) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(root)
    env.setdefault("PYTHONIOENCODING", "utf-8")
    return env


def _run(args: list[str], root: Path) -> int:
    print("  $ " + " ".join(args[1:] if args[0] == sys.executable else args), flush=True)
    return subprocess.run(args, cwd=root, env=_env(root)).returncode


# The tests a new notebook concerns (`add --test`); nbval and ruff run after them.
RELEVANT_TESTS = ["tests/test_notebook_lists.py", "tests/test_exercises.py",
                  "tests/test_exercise_notebooks.py", "tests/test_start_here.py",
                  "tests/test_catalogue.py", "tests/test_fonts.py", "tests/test_zh.py",
                  "tests/test_notebooks_meta.py"]


def add(arg: str, root: Path = ROOT, *, title=None, section=None, line=None, zh_title=None,
        zh_line=None, run: bool = False, test: bool = False) -> int:
    """Everything a saved notebook needs to join the course (see the module docstring)."""
    from tools import build_zh

    name = notebook_name(arg)
    number = NAME_RE.fullmatch(name)["number"]
    path = root / "notebooks" / name
    if not path.exists():
        raise Stop(f"notebooks/{name} does not exist: write it in JupyterLab first (File → "
                   f"New → Notebook in notebooks/, then File → Rename to {name})")
    say = print
    say(f"Adding notebooks/{name}:")
    nb = read_notebook(path)
    done = give_title_badges_and_setup(nb, name)
    if give_metadata(nb, name, {"title": title, "section": section, "line": line}):
        done.append("its course metadata")
    if done:
        write_notebook(path, nb)
        say(f"- notebooks/{name}: " + "; ".join(done))
    stubbed = build_zh.stubs(name, root)
    rel_translation = translation_path(name, root).relative_to(root).as_posix()
    if stubbed:
        say(f"- {rel_translation}: {len(stubbed)} sections for new or changed cells")
    if give_zh_fields(name, root, zh_title, zh_line):
        say(f"- {rel_translation}: the Chinese title and line")
    init = give_package(number, root)
    if init:
        say(f"- {init}")
    build_zh.write(name, root)
    say(f"- notebooks/zh/{name}: built from the English notebook and the translation")
    todo = []
    missing = missing_font_characters(root)
    if missing:
        code = _run([sys.executable, "tools/make_font.py"], root)
        if code == 0 and not missing_font_characters(root):
            say(f"- helpers/language/fonts/: remade for {len(missing)} new characters")
        else:
            why = ("fontTools is not installed (pip install -r requirements-font.txt, or "
                   "`make font`)" if importlib.util.find_spec("fontTools") is None else
                   "see the message above (the source font: apt-get install fonts-noto-cjk, "
                   "or python tools/make_font.py --source FONT)")
            todo.append(f"the course's font lacks {missing!r}: remake it with "
                        f"`python tools/make_font.py`; {why}")
    for line_ in lists(root, write=True):
        say(f"- {line_}")
    if run:
        for target in (f"notebooks/{name}", f"notebooks/zh/{name}"):
            if _run([sys.executable, "tools/execute_notebooks.py", target], root) != 0:
                raise Stop(f"{target} raised an error when run (above): fix it, then run "
                           "this command again")
    todo += [p.split(": ", 1)[1] if p.startswith(name) else p
             for p in build_zh.sync_problems(name, root) + build_zh.build_problems(name, root)]
    if test:
        tests = [t for t in RELEVANT_TESTS if (root / t).exists()]
        code = _run([sys.executable, "-m", "pytest", "-q", *tests], root)
        code = code or _run([sys.executable, "-m", "pytest", "-q", "--nbval",
                             "--nbval-sanitize-with", "tests/nbval_sanitize.cfg",
                             f"notebooks/{name}", f"notebooks/zh/{name}"], root)
        code = code or _run([sys.executable, "-m", "ruff", "check", "."], root)
        if code:
            todo.append("a test failed (above)")
    if todo:
        say("\nLeft to do:\n" + "\n".join(f"- {t}" for t in todo))
        say(f"then run `python3 tools/house.py add {path.stem}` again "
            f"(`--run` executes both notebooks, `--test` runs their tests).")
        return 1
    say(f"\nnotebooks/{name} and notebooks/zh/{name} are part of the course.")
    return 0


# --- command line ------------------------------------------------------------------------------
def _lists(args) -> int:
    found = lists(ROOT, write=not args.check)
    if args.check:
        print("\n".join(found) or "The lists of notebooks are up to date.")
        return 1 if found else 0
    problems = [f for f in found if not f.endswith("rewritten")]
    print("\n".join(found) or "The lists of notebooks were up to date.")
    return 1 if problems else 0


def _add(args) -> int:
    return add(args.name, ROOT, title=args.title, section=args.section, line=args.line,
               zh_title=args.zh_title, zh_line=args.zh_line, run=args.run, test=args.test)


def add_commands(add, python_for=None) -> None:
    """Add `lists` and `add` as the launcher does: `add(name, func, help_text)` makes a
    subcommand and returns its argparse parser (tools/course.py's command groups).

    python_for(args) -> the Python to do the work with, if the one running lacks the course's
    packages; by default the course's venv (--venv, COURSE_VENV or .venv). The work then runs
    as `python tools/house.py ...` in that Python.
    """
    s = add("lists", _dispatch, "make the lists of notebooks (README's two tables, notebook "
            "00's list, en and zh) from each notebook's metadata")
    s.add_argument("--check", action="store_true", help="only say what is out of date; exit 1")
    s.set_defaults(house=_lists, python_for=python_for)
    s = add("add", _dispatch, "add a notebook written in JupyterLab to the course: metadata, "
            "badges, setup cell, translation stubs, the Chinese twin, the font, the lists")
    s.add_argument("name", help="the notebook, e.g. 08_mse_or_mae")
    s.add_argument("--title", help="its title in the lists, e.g. \"MSE or MAE?\"")
    s.add_argument("--section", help="the book's section it follows, e.g. §1 (\"\" for none)")
    s.add_argument("--line", help="one line on what it shows")
    s.add_argument("--zh-title", help="the title in Chinese")
    s.add_argument("--zh-line", help="the line in Chinese")
    s.add_argument("--run", action="store_true", help="execute the notebook and its twin")
    s.add_argument("--test", action="store_true", help="then run the tests that concern it")
    s.set_defaults(house=_add, python_for=python_for)


def add_subcommands(sub, python_for=None) -> None:
    """The same, on an argparse subparsers object."""
    def add(name, func, help_text):
        s = sub.add_parser(name, help=help_text, description=help_text)
        s.set_defaults(func=func)
        return s

    add_commands(add, python_for)


def _argv(args) -> list[str]:
    """The command line that gives `args` again (to run it in another Python)."""
    if args.house is _lists:
        return ["lists"] + (["--check"] if args.check else [])
    argv = ["add", args.name]
    for flag in ("title", "section", "line", "zh_title", "zh_line"):
        if getattr(args, flag) is not None:
            argv += [f"--{flag.replace('_', '-')}", getattr(args, flag)]
    return argv + [f"--{f}" for f in ("run", "test") if getattr(args, f)]


def course_python(venv: str | None = None) -> str | None:
    """The course's venv Python (`venv`, else COURSE_VENV, else .venv), if it exists."""
    venv = Path(venv or os.environ.get("COURSE_VENV") or ROOT / ".venv")
    for python in (venv / "bin" / "python", venv / "Scripts" / "python.exe"):
        if python.exists():
            return str(python)
    return None


def _dispatch(args) -> int:
    if importlib.util.find_spec("nbformat") is not None:
        try:
            return args.house(args)
        except Stop as stop:
            print(stop, file=sys.stderr)
            return 2
    if getattr(args, "no_venv", False):
        print(f"--no-venv: this Python ({sys.executable}) has no nbformat: pip install -r "
              "requirements.txt", file=sys.stderr)
        return 2
    python = (args.python_for(args) if args.python_for
              else course_python(getattr(args, "venv", None)))
    if python is None:
        print("This Python has no nbformat and the course has no .venv yet: run "
              "`python3 tools/course.py setup` first.", file=sys.stderr)
        return 2
    return subprocess.run([str(python), str(Path(__file__).resolve()), *_argv(args)]).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="house.py", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    add_subcommands(sub)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
