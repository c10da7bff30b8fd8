# -*- coding: utf-8 -*-
"""The course's launcher: set up, open JupyterLab, run the tests, on Windows, macOS and Linux.

    python3 tools/course.py lab      Linux / macOS: set up (first time only), open JupyterLab
    py tools\\course.py lab           Windows (PowerShell or cmd); `python` works too
    python3 tools/course.py test     set up the test tools too, then run every test

Other commands (`python3 tools/course.py --help` lists them all): setup [--dev], test-latest,
lock, notebooks, zh, html, bench, determinism, info. `make lab`, `make test`, ... call this
file: there is one implementation of "make the venv, install, run".

What it does: makes a virtual environment `.venv` next to this repo's notebooks with the
Python that runs this file (`--venv PATH` or COURSE_VENV put it elsewhere), installs
`requirements.txt` (`requirements-dev.txt` for the tests) with the exact versions of
`tools/locks/py3.X.txt` (the versions the stored outputs were made with), and reinstalls
only when one of those files changes. It calls pip plainly, so pip's own settings apply:
PIP_INDEX_URL, `pip config set global.index-url ...`, proxies (README: "slow network").

Standard library only, and this file must still *parse* on old Pythons (2.7, 3.6-3.9: no
f-strings, no keyword-only arguments, no `*` unpacking in literals, no annotations), so that
they get the clear "install Python 3.X" message below instead of a SyntaxError.
"""

from __future__ import print_function

import os
import sys

SUPPORTED = ((3, 10), (3, 14))  # oldest and newest Python the course is tested and locked for
RECOMMENDED = "3.13"            # what the refusal message tells people to install
REFERENCE = "3.11"              # the stored outputs were made with this Python and its lock


def _refuse_old_python():
    """Python older than 3.10: say so in English and Chinese, name the version to install."""
    here = "{0}.{1}.{2}".format(*sys.version_info[:3])
    args = " ".join(sys.argv[1:]) or "lab"
    lines = [
        "",
        "This course needs Python {0}.{1} or newer ({0}.{1} to {2}.{3} are tested); this is "
        "Python {4}".format(SUPPORTED[0][0], SUPPORTED[0][1], SUPPORTED[1][0], SUPPORTED[1][1],
                            here),
        "  ({0}).".format(sys.executable),
        "Install Python {0} from https://www.python.org/downloads/ (on Windows tick "
        "\"Add python.exe to PATH\"), then run the same command with it:".format(RECOMMENDED),
        "    Windows:      py -{0} tools\\course.py {1}".format(RECOMMENDED, args),
        "    macOS/Linux:  python{0} tools/course.py {1}".format(RECOMMENDED, args),
        "Anaconda: conda create -n dl-course python={0}, then conda activate dl-course and "
        "python tools/course.py {1}".format(RECOMMENDED, args),
        "",
        "本课程需要 Python {0}.{1} 或更新的版本（已测试 {0}.{1} 至 {2}.{3}），当前是 Python {4}。"
        .format(SUPPORTED[0][0], SUPPORTED[0][1], SUPPORTED[1][0], SUPPORTED[1][1], here),
        "请从 https://www.python.org/downloads/ 安装 Python {0}（Windows 安装时勾选 "
        "\"Add python.exe to PATH\"），然后用它重新运行上面的命令。".format(RECOMMENDED),
        "",
    ]
    text = "\n".join(lines)
    stream = getattr(sys.stderr, "buffer", None)
    if sys.version_info[0] < 3:  # Python 2: the literals above are already UTF-8 bytes
        sys.stderr.write(text)
    elif stream is not None:
        stream.write(text.encode(sys.stderr.encoding or "utf-8", "replace"))
        stream.flush()
    else:
        sys.stderr.write(text)
    sys.exit(3)


if sys.version_info[:2] < SUPPORTED[0]:
    _refuse_old_python()

# --- from here on: Python 3.10+ (still no syntax newer than 2.7, see the docstring) ---------
import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import re  # noqa: E402
import secrets  # noqa: E402
import shutil  # noqa: E402
import socket  # noqa: E402
import struct  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import urllib.error  # noqa: E402
import urllib.request  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LOCKS = ROOT / "tools" / "locks"
RUNTIME_REQ = ROOT / "requirements.txt"
DEV_REQ = ROOT / "requirements-dev.txt"
BENCH_REQ = ROOT / "requirements-bench.txt"
JUPYTER_CONFIG = ROOT / ".jupyter"  # read-only settings for the course's JupyterLab (and Binder)
STAMP = "course-stamp.json"         # in the venv: what was installed, from which files
INSTALL_SCHEME = 1                  # bump when the way we install changes: every venv redoes it
DEFAULT_PORT = 8888
# The longest path pip writes inside a venv, relative to it, Windows layout (Lib\site-packages\
# ...), measured on the locked JupyterLab; tests/test_launcher.py keeps it honest. Windows
# without long-path support fails an install whose paths pass 260 characters.
LONGEST_INSTALLED_PATH = 160
LOCK_PIP = "pip==26.3"  # the pip that `lock` resolves with (it reads pip's report format)


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


def no_proxy_opener():
    """urllib without proxies: a proxy set for pip must not see our localhost checks."""
    return urllib.request.build_opener(urllib.request.ProxyHandler({}))


# --- which lock ------------------------------------------------------------------------------
def minor_of(version):
    return ".".join(str(version).split(".")[:2])


def lock_file(python_version):
    """tools/locks/py3.X.txt for that Python, or None (a Python we have no lock for)."""
    path = LOCKS / ("py" + minor_of(python_version) + ".txt")
    return path if path.exists() else None


def supported_versions():
    return ["3.{0}".format(m) for m in range(SUPPORTED[0][1], SUPPORTED[1][1] + 1)]


# --- the venv --------------------------------------------------------------------------------
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


def file_digest(paths):
    h = hashlib.sha256(str(INSTALL_SCHEME).encode())
    for p in paths:
        h.update(str(p.name).encode())
        h.update(p.read_bytes() if p and p.exists() else b"-")
    return h.hexdigest()


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


def digest_for(level, lock):
    inputs = {"runtime": [RUNTIME_REQ], "dev": [RUNTIME_REQ, DEV_REQ],
              "extra": [RUNTIME_REQ, BENCH_REQ]}[level]
    return file_digest(inputs + ([lock] if lock else []))


def run(cmd, env=None, cwd=None):
    """Run a command to its end; Ctrl+C reaches it (same console), and we wait for it."""
    proc = subprocess.Popen([str(c) for c in cmd], cwd=str(cwd or ROOT), env=env)
    while True:
        try:
            return proc.wait()
        except KeyboardInterrupt:
            continue  # the child got the Ctrl+C too and decides when to stop


# --- lab ---------------------------------------------------------------------------------------
def free_port(start):
    for port in range(start, start + 50):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    fail("No free port between {0} and {1}: give one with --port.".format(start, start + 49))


def lab_command(python, port, open_browser=True, extra=(), windows=None):
    """`python -m jupyterlab ...` serving notebooks/ on localhost (no console-script .exe)."""
    cmd = [str(python), "-m", "jupyterlab", "--ServerApp.root_dir=" + str(ROOT / "notebooks"),
           "--ServerApp.ip=127.0.0.1", "--ServerApp.port={0}".format(port),
           "--ServerApp.port_retries=0"]
    windows = is_windows() if windows is None else windows
    if not windows and running_as_root():
        cmd.append("--allow-root")
    if not open_browser:
        cmd.append("--no-browser")
    return cmd + list(extra)


def lab_environment(token, base=None):
    """The server's environment: its token, and the course's JupyterLab settings folder.

    JUPYTER_CONFIG_PATH adds `.jupyter/` (read only; nothing is written there): its
    labconfig/default_setting_overrides.json turns off the "Jupyter news?" question.
    """
    env = dict(os.environ if base is None else base)
    env["JUPYTER_TOKEN"] = token
    paths = [str(JUPYTER_CONFIG)] + [p for p in env.get("JUPYTER_CONFIG_PATH", "").split(
        os.pathsep) if p]
    env["JUPYTER_CONFIG_PATH"] = os.pathsep.join(paths)
    return env


def wait_for_server(proc, url, token, timeout=300):
    opener = no_proxy_opener()
    deadline = time.time() + timeout
    while time.time() < deadline and proc.poll() is None:
        try:
            req = urllib.request.Request(url + "api/status",
                                         headers={"Authorization": "token " + token})
            with opener.open(req, timeout=2):
                return True
        except (urllib.error.URLError, OSError, ValueError):
            time.sleep(0.3)
    return False


def cmd_lab(args):
    python = environment(args)
    port = free_port(args.port)
    token = os.environ.get("JUPYTER_TOKEN") or secrets.token_hex(24)
    base = "http://127.0.0.1:{0}/".format(port)
    say("Starting JupyterLab on notebooks/ ...")
    proc = subprocess.Popen(lab_command(python, port, not args.no_browser, args.jupyter_args),
                            cwd=str(ROOT), env=lab_environment(token))
    try:
        if wait_for_server(proc, base, token):
            say("")
            say("=" * 78)
            say("  JupyterLab is running. Open this address in your browser / 在浏览器中打开:")
            say("    {0}lab?token={1}".format(base, token))
            say("  Notebooks: 00_start_here.ipynb (English), zh/ (中文版).")
            say("  Stop: Ctrl+C twice in this window / 停止：在本窗口按两次 Ctrl+C")
            say("=" * 78)
            say("")
    except KeyboardInterrupt:
        pass
    while True:
        try:
            code = proc.wait()
            break
        except KeyboardInterrupt:
            continue  # JupyterLab got it too: its second Ctrl+C stops it
    return 0 if code in (0, -2, 130, 3221225786) else code  # Ctrl+C is a normal way to stop


# --- test --------------------------------------------------------------------------------------
# --durations: the slowest tests, so a CI log shows where its minutes go.
PYTEST_ALL = ["-rs", "--durations=12", "--nbval", "--nbval-sanitize-with",
              "tests/nbval_sanitize.cfg", "tests", "notebooks"]


def run_suite(python, pytest_args):
    """ruff, then pytest (everything, or what pytest_args name). Exit status: 0 if both pass."""
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if pytest_args:
        return run([python, "-m", "pytest"] + list(pytest_args), env=env)
    say("ruff check .")
    lint = run([python, "-m", "ruff", "check", "."], env=env)
    say("pytest " + " ".join(PYTEST_ALL))
    tests = run([python, "-m", "pytest"] + PYTEST_ALL, env=env)
    if lint != 0:
        say("ruff found problems (above); pytest's result: {0}".format(
            "passed" if tests == 0 else "failed"))
    return tests or lint


def cmd_test(args):
    return run_suite(environment(args, dev=True), args.pytest_args)


def cmd_test_latest(args):
    venv = Path(args.venv) if args.venv else ROOT / ".venv-latest"
    python = ensure_venv(venv, dev=True, latest=True)
    say(version_report(python))
    code = run_suite(python, args.pytest_args)
    if code != 0:
        say("\nThe suite FAILED with the newest releases (it passes with the locked versions?\n"
            "Then a coming release breaks the course: see README, \"When only test-latest "
            "fails\").")
    return code


def version_report(python):
    """Installed versions that differ from this Python's lock (what test-latest tests anew)."""
    info = python_info(python)
    lock = lock_file(info[0]) if info else None
    frozen = installed_versions(python)
    if lock is None:
        return "No lock to compare with."
    locked = parse_lock(lock.read_text(encoding="utf-8"), marker_env_of(python))
    newer = ["{0} {1} -> {2}".format(n, locked[n], frozen[n]) for n in sorted(frozen)
             if n in locked and locked[n] != frozen[n]]
    return ("Newest releases vs {0}: {1}".format(lock.name, ", ".join(newer)) if newer
            else "The newest releases are the locked versions ({0}).".format(lock.name))


def installed_versions(python):
    out = subprocess.run([str(python), "-c", (
        "import json, importlib.metadata as m; print(json.dumps({d.metadata['Name']: d.version "
        "for d in m.distributions()}))")], capture_output=True, text=True, check=True).stdout
    return {canonical(k): v for k, v in json.loads(out).items()}


def marker_env_of(python):
    out = subprocess.run([str(python), "-c", (
        "import json, os, sys, platform; print(json.dumps({'sys_platform': sys.platform, "
        "'platform_machine': platform.machine(), 'python_full_version': "
        "platform.python_version(), 'os_name': os.name}))")],
        capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def canonical(name):
    return re.sub(r"[-_.]+", "-", name).lower()


# --- lock files: reading (the launcher) ------------------------------------------------------
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


def _version_tuple(v):
    return tuple(int(x) for x in re.findall(r"\d+", v)[:3])


def eval_marker(marker, env):
    """Evaluate `a == "x" and (b == "y" or c < "1.2.3")` for the keys `lock` writes."""
    def atom(m):
        key, op, value = m.group(1), m.group(2), m.group(3)
        have = env[key]
        if key == "python_full_version":
            a, b = _version_tuple(have), _version_tuple(value)
        else:
            a, b = have, value
        result = {"==": a == b, "!=": a != b, "<": a < b, ">=": a >= b}[op]
        return " True " if result else " False "
    expr = re.sub(r'(\w+)\s*(==|!=|<|>=)\s*"([^"]*)"', atom, marker)
    if not re.fullmatch(r"[\s()]*((True|False|and|or)[\s()]*)*", expr):
        raise ValueError("unexpected marker in a lock file: " + marker)
    return bool(eval(expr, {"__builtins__": {}}))  # only True/False/and/or/() remain


# --- lock files: writing (`lock`) ------------------------------------------------------------
# The machines each lock covers: pip resolves for each one (wheels only), with the markers
# of that machine (pip evaluates dependency markers for the machine it runs on, so the helper
# below tells it the target's). Linux: glibc 2.17-2.28 wheels; macOS 12 or newer.
TARGETS = {
    "linux": {"env": {"sys_platform": "linux", "os_name": "posix", "platform_system": "Linux",
                      "platform_machine": "x86_64"},
              "tags": ["manylinux_2_{0}_x86_64".format(g) for g in range(28, 16, -1)]
              + ["manylinux2014_x86_64"],
              "marker": 'sys_platform == "linux"'},
    "windows": {"env": {"sys_platform": "win32", "os_name": "nt", "platform_system": "Windows",
                        "platform_machine": "AMD64"},
                "tags": ["win_amd64"], "marker": 'sys_platform == "win32"'},
    "macos-arm64": {"env": {"sys_platform": "darwin", "os_name": "posix",
                            "platform_system": "Darwin", "platform_machine": "arm64"},
                    "tags": ["macosx_12_0_arm64"],
                    "marker": 'sys_platform == "darwin" and platform_machine == "arm64"'},
    "macos-x86_64": {"env": {"sys_platform": "darwin", "os_name": "posix",
                             "platform_system": "Darwin", "platform_machine": "x86_64"},
                     "tags": ["macosx_12_0_x86_64"],
                     "marker": 'sys_platform == "darwin" and platform_machine == "x86_64"'},
}
HIGH_MICRO = 99  # "any recent 3.X.Y"; a separate resolution at 3.X.0 when a package needs more


def platform_marker(platforms):
    platforms = set(platforms)
    if platforms == set(TARGETS):
        return ""
    parts = []
    if {"macos-arm64", "macos-x86_64"} <= platforms:
        platforms -= {"macos-arm64", "macos-x86_64"}
        parts.append('sys_platform == "darwin"')
    parts = [TARGETS[p]["marker"] for p in sorted(platforms)] + parts
    if len(parts) == 1:
        return parts[0]
    return " or ".join("(" + p + ")" if " and " in p else p for p in parts)


def marker_for(targets, everywhere, boundary=None):
    """The marker of a lock line that holds on `targets`, a subset of `everywhere`.

    A target is (platform, variant): variant "high" (Python 3.X.boundary or newer) or "low"
    (older micro versions, resolved at 3.X.0); boundary is None when one variant suffices.
    """
    targets, everywhere = set(targets), set(everywhere)
    if targets == everywhere:
        return ""
    variants = sorted({v for _, v in everywhere})
    by_variant = {v: {p for p, w in targets if w == v} for v in variants}
    if len({frozenset(s) for s in by_variant.values()}) == 1:  # the same for every variant
        return platform_marker(by_variant[variants[0]])
    clauses = []
    for v in variants:
        if not by_variant[v]:
            continue
        pm = platform_marker(by_variant[v])
        vm = 'python_full_version {0} "{1}"'.format(">=" if v == "high" else "<", boundary)
        if pm and " or " in pm:
            pm = "(" + pm + ")"
        clauses.append(vm + (" and " + pm if pm else ""))
    return " or ".join("(" + c + ")" for c in clauses) if len(clauses) > 1 else clauses[0]


def merge_resolutions(results, boundary=None):
    """Lock lines from {(platform, variant): {name: version}}: one line per name and version."""
    everywhere = set(results)
    names = sorted({n for pins in results.values() for n in pins})
    lines = []
    for name in names:
        versions = {}
        for target, pins in results.items():
            if name in pins:
                versions.setdefault(pins[name], set()).add(target)
        for version in sorted(versions, key=_version_tuple):
            marker = marker_for(versions[version], everywhere, boundary)
            lines.append("{0}=={1}{2}".format(name, version, " ; " + marker if marker else ""))
    return lines


def lock_header(minor, platforms, boundary):
    ref = ("# The course's reference Python: the stored notebook outputs were made with these "
           "versions." if minor == REFERENCE else
           "# The reference lock's versions (py{0}.txt) wherever they install on Python {1},\n"
           "# the newest releases that do where they do not.".format(REFERENCE, minor))
    return "\n".join([
        "# Exact versions for Python {0}.".format(minor), ref,
        "# Made by `python tools/course.py lock` from requirements-dev.txt (which includes",
        "# requirements.txt), wheels only, for: " + ", ".join(platforms) + ".",
        "# The launcher installs with `pip install -r requirements[-dev].txt -c <this file>`.",
        "# Micro versions: {0}.".format(
            "lines marked python_full_version split at {0}".format(boundary) if boundary
            else "any {0}.x".format(minor)),
        "# Do not edit by hand: `python tools/course.py lock` (see its --help).",
        ""])


def lock_venv():
    """A small venv with a known pip for `lock` (its report format and internals)."""
    venv = ROOT / ".venv-lock"
    python = venv_python(venv)
    want = LOCK_PIP.split("==")[1]
    if Path(python).exists():
        out = subprocess.run([python, "-m", "pip", "--version"], capture_output=True, text=True)
        if out.returncode == 0 and out.stdout.split()[1] == want:
            return python
    create_venv(venv)
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    LOCK_PIP], check=True)
    return python


def resolve(python, minor, platform_name, micro, pins, workdir):
    """One pip resolution for Python minor.micro on a platform, pins kept where they install.

    Returns ({name: version}, requires_python {name: spec}). Pins are upper bounds: the pinned
    version, or the newest older one that installs there; where none does (a new Python),
    the newest release (the helper drops the bound); a pin pip still cannot satisfy is dropped
    and the resolution redone.
    """
    pins = dict(pins)
    tag = "{0}-{1}-{2}".format(minor, micro, platform_name)
    for _attempt in range(40):
        job = {"pins": pins, "env": dict(TARGETS[platform_name]["env"],
                           python_version=minor, python_full_version="{0}.{1}".format(
                               minor, micro),
                           implementation_name="cpython", platform_python_implementation="CPython",
                           implementation_version="{0}.{1}".format(minor, micro),
                           platform_release="", platform_version=""),
               "constraints": str(workdir / (tag + "-constraints.txt")),
               "report": str(workdir / (tag + "-report.json")),
               "empty": str(workdir / (tag + "-empty.json"))}
        # Upper bounds, not ==: pip then takes the pinned version where it installs, an older
        # one where it does not (an older Python), and never backtracks into a dead end.
        Path(job["constraints"]).write_text(
            "".join("{0}<={1}\n".format(n, v) for n, v in sorted(pins.items())), encoding="utf-8")
        pip_args = ["install", "--dry-run", "--ignore-installed", "--quiet",
                    "--disable-pip-version-check", "--only-binary=:all:",
                    "--python-version", "{0}.{1}".format(minor, micro),
                    "--report", job["report"], "-r", str(DEV_REQ), "-c", job["constraints"]]
        for t in TARGETS[platform_name]["tags"]:
            pip_args += ["--platform", t]
        log = workdir / (tag + ".log")
        with open(str(log), "w") as out:
            code = subprocess.run([python, str(Path(__file__).resolve()), "_pip_for_target",
                                   json.dumps(job)] + pip_args, stdout=out,
                                  stderr=subprocess.STDOUT, cwd=str(ROOT)).returncode
        notes = json.loads(Path(job["empty"]).read_text()) if Path(job["empty"]).exists() else {}
        if code == 0:
            report = json.loads(Path(job["report"]).read_text(encoding="utf-8"))
            got, needs = {}, {}
            for item in report["install"]:
                name = canonical(item["metadata"]["name"])
                got[name] = item["metadata"]["version"]
                needs[name] = item["metadata"].get("requires_python") or ""
            moved = ["{0} {1}->{2}".format(n, pins[n], got[n]) for n in sorted(got)
                     if n in pins and got[n] != pins[n]]
            if moved:
                say("  {0}: where the pinned version does not install: {1}".format(
                    tag, ", ".join(moved)))
            return got, needs
        culprits = [n for n in notes.get("empty", []) + notes.get("relaxed", []) if n in pins]
        if not culprits:
            fail("pip could not resolve for {0} (log: {1}):\n{2}".format(
                tag, log, log.read_text()[-3000:]))
        for name in culprits:
            pins.pop(name)
    fail("gave up resolving " + tag)


def _pip_for_target(job_json, pip_args):
    """(Runs inside .venv-lock.) pip, but with the target's markers, noting empty projects."""
    job = json.loads(job_json)
    import pip._vendor.packaging.markers as markers
    from pip._internal.index.package_finder import PackageFinder
    from pip._vendor.packaging.specifiers import SpecifierSet

    real_environment = markers.default_environment

    def target_environment():
        env = real_environment()
        env.update(job["env"])
        return env

    markers.default_environment = target_environment
    empty, relaxed, pins = [], [], job["pins"]
    real_find = PackageFinder.find_best_candidate

    def find_best_candidate(self, project_name, specifier=None, hashes=None):
        result = real_find(self, project_name, specifier, hashes)
        name = canonical(project_name)
        if specifier is not None and not list(result.applicable_candidates):
            if name in pins:  # nothing up to the pinned version installs here: the newest
                kept = [s for s in specifier
                        if not (s.operator == "<=" and s.version == pins[name])]
                result = real_find(self, project_name, SpecifierSet(",".join(
                    str(s) for s in kept)), hashes)
                relaxed.append(name)
            else:
                empty.append(name)
        return result

    PackageFinder.find_best_candidate = find_best_candidate
    from pip._internal.cli.main import main as pip_main
    try:
        code = pip_main(pip_args)
    finally:
        with open(job["empty"], "w") as f:
            json.dump({"empty": sorted(set(empty)), "relaxed": sorted(set(relaxed))}, f)
    return code


def boundary_micro(python, minor, needs):
    """The lowest micro 3.X.m that every package's Requires-Python admits (0 if none care)."""
    code = ("import json, sys\nfrom pip._vendor.packaging.specifiers import SpecifierSet\n"
            "needs = json.loads(sys.argv[1])\nfor m in range(100):\n"
            "    v = sys.argv[2] + '.' + str(m)\n"
            "    if all(SpecifierSet(s).contains(v, prereleases=True) for s in needs if s):\n"
            "        print(m); break\n")
    out = subprocess.run([python, "-c", code, json.dumps(sorted(set(needs.values()))), minor],
                         capture_output=True, text=True, check=True).stdout.strip()
    return int(out or 0)


def cmd_lock(args):
    """Write tools/locks/py3.X.txt for every supported Python (or those given)."""
    import concurrent.futures
    python = lock_venv()
    minors = args.python or supported_versions()
    reference = {}
    ref_lock = LOCKS / "py{0}.txt".format(REFERENCE)
    if args.pins:
        reference = parse_freeze(Path(args.pins).read_text(encoding="utf-8"))
    elif ref_lock.exists() and not args.upgrade:
        reference = parse_lock(ref_lock.read_text(encoding="utf-8"), {
            "sys_platform": "linux", "platform_machine": "x86_64", "os_name": "posix",
            "python_full_version": "{0}.{1}".format(REFERENCE, HIGH_MICRO)})
    LOCKS.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="course-lock-"))
    say("Resolving {0} for Python {1} on {2} (pip logs in {3}) ...".format(
        DEV_REQ.name, ", ".join(minors), ", ".join(TARGETS), workdir))

    def pins_for(minor, platform_name, micro):
        if args.upgrade:
            return {}
        pins = dict(reference)
        own = LOCKS / "py{0}.txt".format(minor)
        if own.exists() and not args.pins:
            env = dict(TARGETS[platform_name]["env"], python_full_version="{0}.{1}".format(
                minor, micro))
            pins.update(parse_lock(own.read_text(encoding="utf-8"), env))
        return pins

    def job(minor, platform_name, micro):
        return resolve(python, minor, platform_name, micro, pins_for(minor, platform_name, micro),
                       workdir)

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        high = {(m, p): pool.submit(job, m, p, HIGH_MICRO) for m in minors for p in TARGETS}
        high = {k: f.result() for k, f in high.items()}
        boundaries = {m: max(boundary_micro(python, m, high[(m, p)][1]) for p in TARGETS)
                      for m in minors}
        low = {(m, p): pool.submit(job, m, p, 0) for m in minors for p in TARGETS
               if boundaries[m] > 0}
        low = {k: f.result() for k, f in low.items()}
    for minor in minors:
        b = boundaries[minor]
        results = {(p, "high"): high[(minor, p)][0] for p in TARGETS}
        if b:
            results.update({(p, "low"): low[(minor, p)][0] for p in TARGETS})
        boundary = "{0}.{1}".format(minor, b) if b else None
        text = lock_header(minor, list(TARGETS), boundary) + "\n".join(
            merge_resolutions(results, boundary)) + "\n"
        path = LOCKS / "py{0}.txt".format(minor)
        changed = not path.exists() or path.read_text(encoding="utf-8") != text
        path.write_text(text, encoding="utf-8")
        say("{0} {1}".format(path.relative_to(ROOT).as_posix(),
                             "written" if changed else "unchanged"))
    shutil.rmtree(str(workdir), ignore_errors=True)
    return 0


def parse_freeze(text):
    found = {}
    for line in text.splitlines():
        m = LOCK_LINE.match(line.split("#")[0].strip())
        if m and not m.group(3):
            found[canonical(m.group(1))] = m.group(2)
    return found


# --- the teachers' commands ------------------------------------------------------------------
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


# --- command line ----------------------------------------------------------------------------
def parser():
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
    return p


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["_pip_for_target"]:  # internal: `lock` runs this inside .venv-lock
        return _pip_for_target(argv[1], argv[2:])
    args = parser().parse_args(argv)
    for name in ("jupyter_args", "pytest_args", "tool_args"):
        value = getattr(args, name, None)
        if value and value[0] == "--":
            setattr(args, name, value[1:])
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
