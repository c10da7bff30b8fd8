"""The small commands: setup, notebooks, zh, html, bench, determinism, info.

Each one makes sure the venv it needs is there, then runs a tool of tools/ (or benchmarks/)
with it; `info` prints what a teacher asks for when something does not start.
"""

import os
import platform
import shutil
import struct
import subprocess
import sys
from pathlib import Path

from .core import BENCH_REQ, ROOT, fail, run, say, venv_python
from .install import (
    default_venv,
    digest_for,
    ensure_venv,
    environment,
    installed_versions,
    python_info,
    read_stamp,
)
from .lockfile import lock_file


# --- the teachers' commands -----------------------------------------------------------------
def cmd_setup(args):
    python = ensure_venv(args.venv, dev=args.dev)
    say("Ready: {0} ({1}).".format(python, "tests too" if args.dev else "the notebooks"))
    return 0


def cmd_notebooks(args):
    python = environment(args, dev=True)
    targets = args.paths or sorted(str(p.relative_to(ROOT)) for p in
                                   (ROOT / "notebooks").glob("*.ipynb"))
    code = run([python, "tools/execute_notebooks.py"] + targets)
    code = code or run([python, "tools/build_zh.py"])
    # The Chinese twins are built from the English ones (translated markdown, language="zh"
    # in the setup cell), then run too: their outputs are Chinese.
    twins = [str(Path("notebooks", "zh", Path(t).name)) for t in targets
             if (ROOT / "notebooks" / "zh" / Path(t).name).exists()]
    return code or (run([python, "tools/execute_notebooks.py"] + twins) if twins else 0)


def cmd_zh(args):
    return run([environment(args), "tools/build_zh.py"] + args.tool_args)


def cmd_html(args):
    return run([environment(args), "tools/render_html.py"] + (args.tool_args or ["notebooks"]))


def cmd_bench(args):
    python = ensure_venv(ROOT / ".venv-bench", extra=BENCH_REQ)
    return run([python, "benchmarks/run.py"] + args.tool_args)


def cmd_determinism(args):
    ensure_venv(args.venv, dev=True)
    bash = shutil.which("bash")
    if bash is None:
        fail("`determinism` runs tools/check_determinism.sh: it needs bash (Git Bash or WSL on "
             "Windows).")
    venv = os.path.relpath(str(args.venv or default_venv()), str(ROOT))
    return run([bash, "tools/check_determinism.sh", venv] + args.tool_args)


def cmd_info(args):
    """What a teacher asks a learner for when something does not start."""
    venv = Path(args.venv or default_venv())
    python = venv_python(venv)
    say("launcher Python: {0} ({1}, {2}-bit, {3})".format(
        platform.python_version(), sys.executable, struct.calcsize("P") * 8, platform.platform()))
    say("course folder:   {0}".format(ROOT))
    info = python_info(python) if Path(python).exists() else None
    say("venv:            {0} ({1})".format(venv, "Python " + info[0] if info else "not made yet"))
    if info:
        stamp = read_stamp(venv)
        lock = lock_file(info[0])
        say("installed:       {0}; lock {1}".format(
            ", ".join(k for k in ("runtime", "dev") if stamp.get(k) == digest_for(k, lock))
            or "out of date (the next lab/test reinstalls)", lock.name if lock else "none"))
        found = installed_versions(python)
        say("versions:        " + ", ".join("{0} {1}".format(n, found.get(n, "-")) for n in (
            "jupyterlab", "ipywidgets", "numpy", "pandas", "matplotlib")))
    pip_cfg = subprocess.run([sys.executable, "-m", "pip", "config", "list"],
                             capture_output=True, text=True)
    keys = sorted({line.split("=")[0] for line in pip_cfg.stdout.splitlines() if "=" in line})
    env_keys = sorted(k for k in os.environ if k.startswith("PIP_") or k.lower() in (
        "http_proxy", "https_proxy", "all_proxy", "no_proxy"))
    say("pip settings:    {0}".format(", ".join(keys + env_keys) or "none (pip's defaults)"))
    return 0
