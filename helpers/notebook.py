"""The old name of `helpers.frontend.notebook` (what the first cell of every notebook imports).

Kept as a file because the stored notebooks' setup cell looks for `helpers/notebook.py` to find
the course folder. `from helpers.notebook import begin` gives `helpers.frontend.notebook`
itself (one module, not a copy: see OLD_NAMES in helpers/__init__.py).
"""

import importlib
import sys

sys.modules[__name__] = importlib.import_module("helpers.frontend.notebook")
