"""The command line: every command, its options and its help, in one table (`parser`).

A command is a function `cmd_NAME(args)` in the module of its group (lab, test, lock,
commands), returning the exit status. A new group of commands, e.g. a module tools/house.py,
needs no change here: it defines `add_commands(add)`, where `add(name, func, help_text)` makes
a subcommand and returns its argparse parser (to give it options), and tools/course.py passes
the module in `main(argv, groups=(house,))`. Its commands come after the ones below in
`--help`. A pass-through option named `tool_args` (nargs=REMAINDER) loses its leading `--`.
"""

import argparse
import sys

from .commands import (
    cmd_bench,
    cmd_determinism,
    cmd_html,
    cmd_info,
    cmd_notebooks,
    cmd_setup,
    cmd_zh,
)
from .lab import DEFAULT_PORT, cmd_lab
from .lock import cmd_lock, pip_for_target
from .test import cmd_test, cmd_test_latest


# --- command line ---------------------------------------------------------------------------
def parser(groups=()):
    p = argparse.ArgumentParser(
        prog="course.py", description="Set up and run the course (any OS, stdlib only).",
        epilog="Examples: python3 tools/course.py lab  |  py tools\\course.py test")
    p.add_argument("--venv", help="the virtual environment to use (default .venv, or "
                   "COURSE_VENV)")
    p.add_argument("--no-venv", action="store_true",
                   help="use the Python running this file as it is, install nothing (conda)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    def add(name, func, help_text):
        s = sub.add_parser(name, help=help_text, description=help_text)
        s.set_defaults(func=func)
        return s

    s = add("lab", cmd_lab, "set up (first time only) and open JupyterLab on notebooks/")
    s.add_argument("--port", type=int, default=DEFAULT_PORT, help="first port to try (8888)")
    s.add_argument("--no-browser", action="store_true", help="do not open a browser tab")
    s.add_argument("jupyter_args", nargs=argparse.REMAINDER,
                   help="more options for JupyterLab, after --")
    s = add("test", cmd_test, "set up (with the test tools) and run every test: ruff, pytest")
    s.add_argument("--cpus", action="store_true",
                   help="then again the notebooks that train and the stored results, under "
                   "other CPUs' kernels (OPENBLAS_CORETYPE, NPY_DISABLE_CPU_FEATURES)")
    s.add_argument("pytest_args", nargs=argparse.REMAINDER,
                   help="run pytest with these instead of everything, after --")
    s = add("test-latest", cmd_test_latest,
            "the whole suite with the newest releases (in .venv-latest, no lock)")
    s.add_argument("pytest_args", nargs=argparse.REMAINDER)
    s = add("setup", cmd_setup, "only set up .venv (requirements.txt, exact versions)")
    s.add_argument("--dev", action="store_true", help="also the test tools (requirements-dev)")
    s = add("lock", cmd_lock, "re-resolve tools/locks/py3.X.txt for every supported Python")
    s.add_argument("--upgrade", action="store_true",
                   help="the newest releases everywhere (then: make notebooks, commit both)")
    s.add_argument("--pins", help="a `pip freeze` file whose versions to keep where they install")
    s.add_argument("--python", action="append", help="only this minor version, e.g. 3.12")
    s.add_argument("--jobs", type=int, default=3, help="resolutions at once (3)")
    s = add("notebooks", cmd_notebooks,
            "re-execute notebooks in a fresh kernel, store their outputs, rebuild zh/")
    s.add_argument("paths", nargs="*", help="notebooks (default: notebooks/*.ipynb)")
    for name, func, text in (
            ("zh", cmd_zh, "build the Chinese edition notebooks/zh/"),
            ("html", cmd_html, "render the notebooks to build/html/"),
            ("bench", cmd_bench, "benchmarks (installs torch, scikit-learn into .venv-bench)"),
            ("determinism", cmd_determinism, "stored outputs == a fresh run, 3 times")):
        s = add(name, func, text)
        s.add_argument("tool_args", nargs=argparse.REMAINDER, help="passed on to the tool")
    add("info", cmd_info, "print what a teacher needs to help (Python, venv, versions, pip)")
    for group in groups:  # more command groups (see the docstring)
        group.add_commands(add)
    return p


def main(argv=None, groups=()):
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["_pip_for_target"]:  # internal: `lock` runs this inside .venv-lock
        return pip_for_target(argv[1], argv[2:])
    args = parser(groups).parse_args(argv)
    for name in ("jupyter_args", "pytest_args", "tool_args"):
        value = getattr(args, name, None)
        if value and value[0] == "--":
            setattr(args, name, value[1:])
    return args.func(args)
