"""The venv and what is installed into it: made once, reinstalled only when an input changes.

`ensure_venv` makes `.venv` with the Python running the launcher, installs requirements.txt
(requirements-dev.txt for the tests) with the exact versions of tools/locks/py3.X.txt, and
writes a stamp (course-stamp.json in the venv): a digest of those files. The next run compares
digests and installs nothing when they match. pip is called plainly, so pip's own settings
(PIP_INDEX_URL, pip.conf, proxies) apply.
"""

import hashlib
import json
import os
import platform
import shutil
import struct
import subprocess
import sys
from pathlib import Path

from .core import (
    BENCH_REQ,
    DEV_REQ,
    ROOT,
    RUNTIME_REQ,
    canonical,
    fail,
    is_windows,
    say,
    venv_python,
)
from .lockfile import lock_file, minor_of
from .versions import RECOMMENDED, SUPPORTED

STAMP = "course-stamp.json"         # in the venv: what was installed, from which files
INSTALL_SCHEME = 1                  # bump when the way we install changes: every venv redoes it


# The longest path pip writes inside a venv, relative to it, Windows layout (Lib\site-packages\
# ...), measured on the locked JupyterLab; tests/test_launcher.py keeps it honest. Windows
# without long-path support fails an install whose paths pass 260 characters.
LONGEST_INSTALLED_PATH = 160


# --- the venv -------------------------------------------------------------------------------
def default_venv():
    """.venv in the course folder, or COURSE_VENV (e.g. a short path on Windows)."""
    return Path(os.path.abspath(os.environ.get("COURSE_VENV") or str(ROOT / ".venv")))


def python_info(python):
    """(version 'X.Y.Z', bits) of an interpreter, or None if it does not run."""
    try:
        out = subprocess.run(
            [str(python), "-c", "import sys, struct; print('%d.%d.%d %d' % "
             "(sys.version_info[:3] + (struct.calcsize('P') * 8,)))"],
            capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    version, bits = out.stdout.split()
    return version, int(bits)


def check_interpreter_for_install():
    """Warn about interpreters whose wheels the lock does not cover."""
    if struct.calcsize("P") == 4:
        fail("This is a 32-bit Python ({0}): numpy, pandas and JupyterLab publish no 32-bit "
             "wheels.\nInstall the 64-bit Python {1} from https://www.python.org/downloads/ "
             "and run this again with it.\n这是 32 位的 Python，请安装 64 位的 Python {1}。"
             .format(sys.executable, RECOMMENDED))
    if sys.version_info[:2] > SUPPORTED[1]:
        say("Note: Python {0}.{1} is newer than the course has been tested with ({2}.{3} is the "
            "newest); there is no lock for it, so the newest releases are installed.".format(
                sys.version_info[0], sys.version_info[1], *SUPPORTED[1]))


def windows_long_path_warning(venv):
    """On Windows without long-path support, installs into deep folders fail: say it first."""
    if not is_windows():
        return
    longest = len(str(venv)) + 1 + LONGEST_INSTALLED_PATH
    if longest < 260:
        return
    enabled = False
    try:
        import winreg
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE,
                             r"SYSTEM\CurrentControlSet\Control\FileSystem")
        enabled = winreg.QueryValueEx(key, "LongPathsEnabled")[0] == 1
    except OSError:
        pass
    if not enabled:
        say("Warning: {0} is a deep folder: some installed files would get paths of about {1} "
            "characters, over Windows' 260-character limit.\n"
            "  Either move the course to a short folder (e.g. C:\\course), or keep the venv "
            "there:  set COURSE_VENV=C:\\course-venv  (PowerShell: $env:COURSE_VENV=\"C:\\"
            "course-venv\"),\n  or enable long paths (python.org installer: \"Disable path "
            "length limit\").\n"
            "  警告：文件夹路径太长，安装可能失败。请把课程移到较短的路径（如 C:\\course），"
            "或用 COURSE_VENV 把虚拟环境放到短路径。".format(venv, longest))


def create_venv(venv):
    say("Creating the virtual environment {0} with Python {1} ...".format(
        venv, platform.python_version()))
    windows_long_path_warning(venv)
    if venv.exists():
        shutil.rmtree(str(venv))
    done = subprocess.run([sys.executable, "-m", "venv", str(venv)],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if done.returncode != 0 or not Path(venv_python(venv)).exists():
        shutil.rmtree(str(venv), ignore_errors=True)
        hint = ""
        if "ensurepip" in done.stdout or "venv" in done.stdout:
            hint = ("\nOn Debian/Ubuntu the venv module is a separate package: sudo apt install "
                    "python3-venv (or python{0}.{1}-venv), then run this again.\n"
                    "Debian/Ubuntu 上需要先安装 python3-venv。".format(*sys.version_info[:2]))
        fail("Could not create the virtual environment {0} with {1}:\n{2}{3}".format(
            venv, sys.executable, done.stdout.strip(), hint))


# --- installing, once -----------------------------------------------------------------------
def file_digest(paths):
    h = hashlib.sha256(str(INSTALL_SCHEME).encode())
    for p in paths:
        h.update(str(p.name).encode())
        h.update(p.read_bytes() if p and p.exists() else b"-")
    return h.hexdigest()


def digest_for(level, lock):
    inputs = {"runtime": [RUNTIME_REQ], "dev": [RUNTIME_REQ, DEV_REQ],
              "extra": [RUNTIME_REQ, BENCH_REQ]}[level]
    return file_digest(inputs + ([lock] if lock else []))


def read_stamp(venv):
    try:
        return json.loads((Path(venv) / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def pip_install(python, requirements, constraints=None, upgrade=False, quiet=None):
    """`python -m pip install -r ... [-c lock]`: pip's own settings (env, pip.conf) apply.

    Never --isolated, never --index-url: a mirror set with PIP_INDEX_URL or `pip config`
    is what a learner on a slow network relies on.
    """
    quiet = (not sys.stdout.isatty()) if quiet is None else quiet
    cmd = [str(python), "-m", "pip", "install", "--disable-pip-version-check"]
    if quiet:
        cmd.append("--quiet")
    if upgrade:
        cmd += ["--upgrade", "--upgrade-strategy", "eager"]
    for req in requirements:
        cmd += ["-r", str(req)]
    if constraints is not None:
        cmd += ["-c", str(constraints)]
    try:
        done = subprocess.run(cmd, cwd=str(ROOT))
    except KeyboardInterrupt:
        fail("Interrupted: nothing is lost, run the same command again to finish the install.", 130)
    if done.returncode != 0:
        fail("pip could not install the course's packages (see pip's message above).\n"
             "  Slow or blocked network? Set a PyPI mirror with pip's own settings, e.g.\n"
             "    pip config set global.index-url <your mirror's simple/ address>\n"
             "  or the PIP_INDEX_URL environment variable; README section \"Slow network\".\n"
             "  网络慢或无法连接？请用 pip 自己的设置配置 PyPI 镜像（pip config set "
             "global.index-url ... 或环境变量 PIP_INDEX_URL），见 README 的“网络慢”一节。",
             done.returncode)


def environment(args, dev=False):
    """The Python to run the course with: the venv (made and installed as needed), or, with
    --no-venv, the Python running this file as it is (a conda environment, your own venv)."""
    if not getattr(args, "no_venv", False):
        return ensure_venv(args.venv, dev=dev)
    needed = ["jupyterlab", "ipywidgets", "numpy", "pandas", "matplotlib"]
    if dev:
        needed += ["pytest", "nbval", "ruff", "hypothesis"]
    missing = []
    for name in needed:
        try:
            __import__(name)
        except ImportError:
            missing.append(name)
    if missing:
        fail("--no-venv: this Python ({0}) has no {1}.\n  Install them into it (conda: conda env "
             "update -f environment.yml; pip: pip install -r {2}),\n  or leave out --no-venv "
             "and the launcher makes its own .venv.".format(
                 sys.executable, ", ".join(missing),
                 "requirements-dev.txt" if dev else "requirements.txt"))
    return sys.executable


def ensure_venv(venv=None, dev=False, latest=False, extra=None):
    """The venv's python, with the course's packages installed; reinstall only on change.

    dev: requirements-dev.txt (tests) instead of requirements.txt. latest: no lock, the newest
    releases (`test-latest`). extra: another requirements file (benchmarks).
    """
    venv = Path(os.path.abspath(str(venv or default_venv())))
    python = venv_python(venv)
    info = python_info(python) if Path(python).exists() else None
    if info is None:
        check_interpreter_for_install()
        create_venv(venv)
        info = python_info(python)
        if info is None:
            fail("The new virtual environment's Python does not run: {0}".format(python))
    version = info[0]
    lock = None if latest else lock_file(version)
    reqs = [extra] if extra else [DEV_REQ if dev else RUNTIME_REQ]
    level = "extra" if extra else ("dev" if dev else "runtime")
    digest = digest_for(level, lock)
    stamp = read_stamp(venv)
    covered = {"runtime": ["runtime", "dev"], "dev": ["dev"], "extra": ["extra"]}[level]
    if not latest and stamp.get("latest") and any(stamp.get(k) for k in covered):
        return python  # test-latest's venv, used as it is (e.g. --venv .venv-latest lab)
    if not latest and any(stamp.get(k) == digest_for(k, lock) for k in covered):
        return python
    if latest:
        say("Installing the newest releases of {0} into {1} ...".format(
            ", ".join(r.name for r in reqs), venv))
    elif lock is None:
        say("No lock for Python {0} in tools/locks/: installing the newest releases.".format(
            minor_of(version)))
    else:
        say("Installing {0} into {1} (exact versions: {2}; the first time takes a few minutes)"
            " ...".format(", ".join(r.name for r in reqs), venv, lock.relative_to(ROOT).as_posix()))
    pip_install(python, reqs, constraints=lock, upgrade=latest)
    new = {} if latest else dict(stamp)
    if level == "runtime":
        new = {"runtime": digest}  # a dev install made with other files no longer holds
    else:
        new[level] = digest
        if level == "dev":
            new["runtime"] = digest_for("runtime", lock)
    new.update({"python": version, "latest": latest, "lock": lock.name if lock else None})
    (venv / STAMP).write_text(json.dumps(new, indent=1, sort_keys=True), encoding="utf-8")
    return python


def installed_versions(python):
    out = subprocess.run([str(python), "-c", (
        "import json, importlib.metadata as m; print(json.dumps({d.metadata['Name']: d.version "
        "for d in m.distributions()}))")], capture_output=True, text=True, check=True).stdout
    return {canonical(k): v for k, v in json.loads(out).items()}
