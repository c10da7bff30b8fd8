"""Reading the lock files tools/locks/py3.X.txt: which one, and its versions for this machine.

A lock line is `name==version` or `name==version ; marker`, where the marker is one of the few
that `lock` writes (sys_platform, platform_machine, os_name, python_full_version, joined by
and/or): `eval_marker` understands exactly those, so the launcher needs no `packaging`.
"""

import json
import re
import subprocess

from .core import LOCKS, canonical
from .versions import SUPPORTED


# --- which lock -----------------------------------------------------------------------------
def minor_of(version):
    return ".".join(str(version).split(".")[:2])


def lock_file(python_version):
    """tools/locks/py3.X.txt for that Python, or None (a Python we have no lock for)."""
    path = LOCKS / ("py" + minor_of(python_version) + ".txt")
    return path if path.exists() else None


def supported_versions():
    return ["3.{0}".format(m) for m in range(SUPPORTED[0][1], SUPPORTED[1][1] + 1)]


# --- a lock file's lines --------------------------------------------------------------------
LOCK_LINE = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;]+)\s*(?:;\s*(.+))?$")


def parse_lock(text, env):
    """{name: version} of a lock file for one machine (env: sys_platform, platform_machine,
    python_full_version, os_name). Only the markers that `lock` writes are understood."""
    found = {}
    for line in text.splitlines():
        line = line.split("#")[0].strip()
        m = LOCK_LINE.match(line)
        if m and (not m.group(3) or eval_marker(m.group(3), env)):
            found[canonical(m.group(1))] = m.group(2)
    return found


def version_tuple(v):
    return tuple(int(x) for x in re.findall(r"\d+", v)[:3])


def eval_marker(marker, env):
    """Evaluate `a == "x" and (b == "y" or c < "1.2.3")` for the keys `lock` writes."""
    def atom(m):
        key, op, value = m.group(1), m.group(2), m.group(3)
        have = env[key]
        if key == "python_full_version":
            a, b = version_tuple(have), version_tuple(value)
        else:
            a, b = have, value
        result = {"==": a == b, "!=": a != b, "<": a < b, ">=": a >= b}[op]
        return " True " if result else " False "
    expr = re.sub(r'(\w+)\s*(==|!=|<|>=)\s*"([^"]*)"', atom, marker)
    if not re.fullmatch(r"[\s()]*((True|False|and|or)[\s()]*)*", expr):
        raise ValueError("unexpected marker in a lock file: " + marker)
    return bool(eval(expr, {"__builtins__": {}}))  # only True/False/and/or/() remain


def parse_freeze(text):
    found = {}
    for line in text.splitlines():
        m = LOCK_LINE.match(line.split("#")[0].strip())
        if m and not m.group(3):
            found[canonical(m.group(1))] = m.group(2)
    return found


def marker_env_of(python):
    out = subprocess.run([str(python), "-c", (
        "import json, os, sys, platform; print(json.dumps({'sys_platform': sys.platform, "
        "'platform_machine': platform.machine(), 'python_full_version': "
        "platform.python_version(), 'os_name': os.name}))")],
        capture_output=True, text=True, check=True).stdout
    return json.loads(out)
