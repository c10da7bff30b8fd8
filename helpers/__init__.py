"""Code the course notebooks share: data → features → models, losses → training → plots → widgets.

Each module imports only the ones before it. A notebook shows an idea in a few visible lines,
then calls the helper from here on.
"""

import os as _os

# One BLAS thread, unless you set these yourself before starting Python. Our matrices are
# small (a batch of 64 days × 100 units): splitting them over threads costs more than it
# saves, and on a busy or shared machine (Binder, a classroom server) waiting threads made
# the networks of notebook 06 train 10× slower. Must run before numpy is first imported.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_name, "1")

from .messages import language, set_language  # noqa: E402  (after the thread settings)

__all__ = ["language", "set_language"]
