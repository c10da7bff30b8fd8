"""What every command needs: the course's paths, printing, the platform, running a program.

Everything that differs on Windows is decided here (is_windows, venv_python, display_command),
with a `windows=` argument so that the tests play Windows on Linux.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent  # the course folder: tools/launcher/../..
LOCKS = ROOT / "tools" / "locks"
RUNTIME_REQ = ROOT / "requirements.txt"
DEV_REQ = ROOT / "requirements-dev.txt"
BENCH_REQ = ROOT / "requirements-bench.txt"


# --- printing: never crash on a console that cannot show Chinese ----------------------------
def say(*parts, **kwargs):
    stream = kwargs.get("file") or sys.stdout
    text = " ".join(str(p) for p in parts) + "\n"
    try:
        stream.write(text)
    except UnicodeEncodeError:
        enc = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(enc, "replace").decode(enc, "replace"))
    stream.flush()


def fail(message, code=1):
    say("", file=sys.stderr)
    say(message, file=sys.stderr)
    sys.exit(code)


# --- platforms: everything that differs on Windows is decided here --------------------------
def is_windows():
    return os.name == "nt"


def venv_python(venv, windows=None):
    """The venv's interpreter: .venv\\Scripts\\python.exe on Windows, .venv/bin/python elsewhere."""
    windows = is_windows() if windows is None else windows
    venv = str(venv)
    if windows:
        return venv.rstrip("\\/") + "\\Scripts\\python.exe"
    return venv.rstrip("/") + "/bin/python"


def display_command(args, windows=None):
    """One command line a person can paste into their shell (cmd/PowerShell or a POSIX one)."""
    windows = is_windows() if windows is None else windows
    if windows:
        return subprocess.list2cmdline([str(a) for a in args])
    import shlex
    return " ".join(shlex.quote(str(a)) for a in args)


def launcher_command(command, windows=None):
    """How to run this launcher again, as the README says it for this platform."""
    windows = is_windows() if windows is None else windows
    return ("py tools\\course.py " if windows else "python3 tools/course.py ") + command


def running_as_root():
    """True only for root on POSIX (Windows has no os.geteuid: never root there)."""
    geteuid = getattr(os, "geteuid", None)
    return bool(geteuid) and geteuid() == 0


# --- running programs -----------------------------------------------------------------------
def run(cmd, env=None, cwd=None):
    """Run a command to its end; Ctrl+C reaches it (same console), and we wait for it."""
    proc = subprocess.Popen([str(c) for c in cmd], cwd=str(cwd or ROOT), env=env)
    while True:
        try:
            return proc.wait()
        except KeyboardInterrupt:
            continue  # the child got the Ctrl+C too and decides when to stop


def canonical(name):
    return re.sub(r"[-_.]+", "-", name).lower()
