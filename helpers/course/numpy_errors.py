"""numpy's (and Python's) most common error messages, read for a learner in their language.

    explain(error) -> (catalogue key, fields) | None

The original message stays in the verdict; the explanation goes beside it, one sentence from
the catalogue (`checks.numpy.*`) with the sizes read from the message:

    matmul: ... (size 3 is different from 4)             A @ B: A's last size 4, B's first 3
    shapes (3,4) and (3,4) not aligned: 4 (dim 1) != 3   np.dot: the same, 4 and 3
    operands could not be broadcast ... shapes (5,3) (4,) elementwise: shapes that do not line up
    'list' object has no attribute 'T'; unsupported operand type(s) ... 'list'; can't multiply
    sequence by non-int                                  a Python list where an array is needed
    ... inhomogeneous shape ...                           np.array of rows of different lengths
"""

from __future__ import annotations

import re

_MATMUL = re.compile(r"size (\d+) is different from (\d+)")
_DOT = re.compile(r"not aligned: (\d+) \(dim \d+\) != (\d+) \(dim \d+\)")
_BROADCAST = re.compile(r"shapes ((?:\([\d,\s]*\)\s*)+)")
_LIST = ("'list' object has no attribute", "'list' and", "and 'list'",
         "can't multiply sequence by non-int", "can only concatenate list")


def explain(error: BaseException) -> tuple[str, dict] | None:
    """The catalogue key and fields of a one-line explanation of `error`, or None."""
    text = str(error)
    if isinstance(error, ValueError):
        if "matmul" in text:
            found = _MATMUL.search(text)
            if found:
                return "checks.numpy.matmul", {"left": found[2], "right": found[1]}
            return "checks.numpy.matmul_any", {}
        found = _DOT.search(text)
        if found:
            return "checks.numpy.matmul", {"left": found[1], "right": found[2]}
        if "could not be broadcast" in text:
            found = _BROADCAST.search(text)
            shapes = " ".join(found[1].split()) if found else "?"
            return "checks.numpy.broadcast", {"shapes": shapes}
        if "inhomogeneous" in text or "setting an array element with a sequence" in text:
            return "checks.numpy.ragged", {}
    if isinstance(error, (TypeError, AttributeError)) and any(w in text for w in _LIST):
        return "checks.numpy.list", {}
    return None
