"""helpers/ is a house of four layers, lowest first: language -> maths -> frontend -> course.

- language (helpers/language/): what the course says, messages and catalogue, and the font;
- maths (the modules at helpers/ top level: data, features, models, losses, training, ...);
- frontend (helpers/frontend/): how it is shown, plots, widgets, the setup cell's `begin`;
- course (helpers/course/): the exercises, their checker, the lessons, each notebook's own.

A module imports only from its own layer and the ones below it, and no imports go round in a
circle. Read from the import statements themselves (ast), wherever they are (inside functions
too), so a lazy import counts. Not read: helpers/__init__.py, whose finder turns old import
paths (helpers.widgets, ...) into the new ones; imports written with an old path are read as
the new one. The catalogue reads each notebook's texts (helpers/course/nbXX/texts.py) by name:
those are data, a dict that imports nothing, which the last test checks.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

import helpers

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "helpers"
LAYERS = ["language", "maths", "frontend", "course"]  # lowest first
OLD_NAME_FILES = {"helpers.notebook": "frontend"}  # a file only for the old name's sake


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))
           if p != PACKAGE / "__init__.py" and "__pycache__" not in p.parts}


def layer(name: str) -> str:
    part = name.split(".")[1]
    return OLD_NAME_FILES.get(name) or (part if part in LAYERS else "maths")


def resolve(name: str) -> str | None:
    """The course module an imported name means (an old path read as the new one), or None."""
    if not name.startswith("helpers."):
        return None
    name = helpers._new_name(name) or name
    while name not in MODULES and "." in name:  # helpers.models.Network -> helpers.models
        name = name.rsplit(".", 1)[0]
    return name if name in MODULES else None


def imports(name: str) -> set[str]:
    """The helpers modules that module `name` imports."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = (importlib.util.resolve_name("." * node.level + (node.module or ""), package)
                    if node.level else node.module or "")
            targets = [f"{base}.{a.name}" for a in node.names]  # a module, or a name in `base`
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(
                node.func, "id", None)) == "import_module" and node.args
              and isinstance(node.args[0], ast.Constant)):
            targets = [node.args[0].value]  # importlib.import_module("helpers.x")
        found |= {m for m in map(resolve, targets) if m and m != name}
    return found


GRAPH = {name: imports(name) for name in MODULES}


def test_the_imports_are_read():
    """Not an empty graph: known imports are seen, relative and absolute, lazy or not."""
    assert {"helpers.models", "helpers.losses", "helpers.language.messages"} <= GRAPH[
        "helpers.training"]
    assert "helpers.frontend.notebook" in GRAPH["helpers.notebook"]  # import_module("...")
    assert "helpers.course.checks" in GRAPH["helpers.course.exercises"]
    assert {layer(n) for n in MODULES} == set(LAYERS)


def test_no_import_cycles():
    """Depth-first search; a module met again while its own imports are being walked closes
    a cycle, printed as the chain of imports."""
    state: dict[str, str] = {}  # "open" while its imports are walked, then "done"
    cycles = []

    def walk(name, chain):
        state[name] = "open"
        for other in sorted(GRAPH[name]):
            if state.get(other) == "open":
                cycles.append(" -> ".join(chain[chain.index(other):] + [other]))
            elif other not in state:
                walk(other, [*chain, other])
        state[name] = "done"

    for name in sorted(GRAPH):
        if name not in state:
            walk(name, [name])
    assert not cycles, "import cycles in helpers/:\n" + "\n".join(cycles)


def test_lower_layers_never_import_higher_ones():
    up = [f"{a} ({layer(a)}) imports {b} ({layer(b)})" for a in sorted(GRAPH)
          for b in sorted(GRAPH[a]) if LAYERS.index(layer(b)) > LAYERS.index(layer(a))]
    assert not up, ("a lower layer imports a higher one (layers, lowest first: "
                    + " -> ".join(LAYERS) + "):\n" + "\n".join(up))


def test_the_package_says_the_same_layers():
    assert " -> ".join(LAYERS) in " ".join(helpers.__doc__.split())


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("course/nb*/texts.py")),
                         ids=lambda p: p.parent.name)
def test_a_notebooks_texts_are_data(path):
    """The catalogue (language, the lowest layer) reads these by name: they import nothing."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = [ast.unparse(n) for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))
             and not (isinstance(n, ast.ImportFrom) and n.module == "__future__")]
    assert not found, f"{path.relative_to(ROOT)} imports {found}: keep it a plain dict"
