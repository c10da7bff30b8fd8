"""Calling a learner's function on one test case, and what the call left behind.

    run = call(fn, args)   # fn(*copies of args); raises Raised if fn raises
    run.result             # what it returned
    run.printed            # what it printed (stdout, captured: the check prints one verdict)
    run.overflow           # True if numpy overflowed (e.g. np.exp(710) = inf) during the call
    run.change             # a mutation.Change if it changed one of its arguments in place

numpy's warnings are silenced (a NaN is reported by the checker, not warned); an overflow is
recorded through `np.seterrcall`, so the checker can name it.
"""

from __future__ import annotations

import contextlib
import copy
import dis
import io
import warnings
from dataclasses import dataclass

import numpy as np

from .mutation import Change, first_change


class Raised(Exception):
    """The learner's function raised `error` (carried to the checker, which explains it)."""

    def __init__(self, error: BaseException):
        super().__init__(error)
        self.error = error


@dataclass
class Run:
    """One call's result and side effects (see the module's docstring)."""

    result: object
    printed: str = ""
    overflow: bool = False
    change: Change | None = None


def call(fn, args: tuple) -> Run:
    """fn(*copies of args): its result, what it printed, whether numpy overflowed, and the
    first argument it changed in place (the copies are compared with pristine ones)."""
    pristine = copy.deepcopy(args)
    given = copy.deepcopy(args)
    errors: list[str] = []
    out = io.StringIO()
    old_call = np.seterrcall(lambda kind, flag: errors.append(kind))
    try:
        with warnings.catch_warnings(), np.errstate(all="ignore", over="call"), \
                contextlib.redirect_stdout(out):
            warnings.simplefilter("ignore")
            try:
                result = fn(*given)
            except Exception as error:  # the learner's code: any error is reported, not raised
                raise Raised(error) from error
    finally:
        np.seterrcall(old_call)
    return Run(result, out.getvalue(), any("overflow" in e for e in errors),
               first_change(pristine, given))


# Instructions a stub's body is made of: imports, a docstring, `return None` (or `...`).
_STUB_OPS = {"RESUME", "NOP", "CACHE", "LOAD_CONST", "RETURN_CONST", "RETURN_VALUE",
             "IMPORT_NAME", "IMPORT_FROM", "STORE_FAST", "STORE_NAME", "POP_TOP"}


def body_written(fn) -> bool:
    """True if fn's body does more than a stub (imports and `return None`): a function that
    returns None although its body computes something has lost its `return`."""
    code = getattr(fn, "__code__", None)
    if code is None:
        return False
    return any(i.opname not in _STUB_OPS for i in dis.get_instructions(code))
