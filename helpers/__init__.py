"""Code the course notebooks share, grouped by what a reader looks for.

    helpers/             the maths a learner reads: data, datafiles, features, models, losses,
                         training, gradcheck, pieces, backprop, synthetic, holidays, experiments,
                         browser (which platform: the browser edition trains less), palette
    helpers/language/    what the course says: messages (t, say), catalogue/ (shared texts),
                         fonts/ (the Chinese font)
    helpers/frontend/    how it is shown: notebook (the setup cell's begin), plots,
                         widgets, playground
    helpers/course/      the course itself: checks (the exercise checker), exercises (finds
                         each notebook's), lessons, and one folder per notebook, nbXX/, holding
                         its texts (texts.py) and its checked exercises (exercises.py)

Layers, lowest first: language -> maths -> frontend -> course. A module imports only its own
layer and the ones below it (tests/test_layers.py reads the import statements to check).

Old import paths keep working and give the SAME module: `helpers.notebook`, `helpers.widgets`,
`helpers.messages`, `helpers.exercises`, `helpers.catalogue`, ... are aliases (see OLD_NAMES)
of the modules' new homes, resolved lazily: importing `helpers` imports no numpy, matplotlib
or ipywidgets.
"""

import importlib as _importlib
import importlib.abc as _abc
import importlib.util as _util
import os as _os
import sys as _sys

# One BLAS thread, unless you set these yourself before starting Python. Our matrices are
# small (a batch of 64 days × 100 units): splitting them over threads costs more than it
# saves, and on a busy or shared machine (Binder, a classroom server) waiting threads made
# the networks of notebook 06 train 10× slower. Must run before numpy is first imported.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_name, "1")

# Where the modules that moved live now (old name -> new name, both under `helpers.`).
OLD_NAMES = {
    "messages": "language.messages",
    "catalogue": "language.catalogue",
    "fonts": "language.fonts",
    "notebook": "frontend.notebook",
    "widgets": "frontend.widgets",
    "playground": "frontend.playground",
    "plots": "frontend.plots",
    "checks": "course.checks",
    "exercises": "course.exercises",
    "lessons": "course.lessons",
}


def _new_name(fullname: str) -> str | None:
    """'helpers.widgets' -> 'helpers.frontend.widgets'; also below an old package name
    ('helpers.catalogue.data' -> 'helpers.language.catalogue.data'); None if not an old name."""
    parts = fullname.split(".")
    if len(parts) < 2 or parts[0] != __name__ or parts[1] not in OLD_NAMES:
        return None
    return ".".join([__name__, OLD_NAMES[parts[1]], *parts[2:]])


class _Alias(_abc.MetaPathFinder, _abc.Loader):
    """Imports an old name as the module at its new name: one module object under both."""

    def find_spec(self, fullname, path=None, target=None):
        new = _new_name(fullname)
        return None if new is None else _util.spec_from_loader(fullname, self)

    def create_module(self, spec):
        return _importlib.import_module(_new_name(spec.name))

    def exec_module(self, module):
        module.__spec__ = _importlib.import_module(module.__name__).__spec__  # the real one


if not any(isinstance(f, _Alias) for f in _sys.meta_path):
    _sys.meta_path.insert(0, _Alias())


def __getattr__(name):
    """`from helpers import widgets` and `helpers.widgets` (old names), lazily."""
    if name in OLD_NAMES:
        return _importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

