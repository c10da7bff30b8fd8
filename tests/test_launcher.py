"""tools/course.py, the launcher behind the README's commands, on every OS it must serve.

- Old Pythons (2.7, 3.6-3.9) get a clear message naming the version to install, not a
  SyntaxError: run for real with every old interpreter found on this machine.
- The Windows branch (venv layout, interpreter name, command-line quoting, no os.geteuid,
  deep folders) is driven here with windows=True, since CI has no Windows.
- A real install into a folder whose path has spaces and Chinese characters, through pip's
  own settings (an index given by PIP_INDEX_URL or by a pip config file, never by us), with
  the versions of the lock, redone only when the lock changes.
- The lock files: every supported Python and platform gets every requirement, inside
  requirements.txt's bounds, and the venv these tests run in holds exactly the locked versions.
"""

from __future__ import annotations

import ast
import glob
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path, PureWindowsPath

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement

from tools import course
from tools.launcher import cli, core, install, lab, lock, lockfile

pytestmark = pytest.mark.tooling

ROOT = Path(__file__).resolve().parent.parent
LAUNCHER = ROOT / "tools" / "course.py"
PACKAGE = ROOT / "tools" / "launcher"  # the commands, a module per job
# What old Pythons read before course.py refuses them: these must parse on Python 2.7.
BEFORE_THE_CHECK = [LAUNCHER, PACKAGE / "__init__.py", PACKAGE / "versions.py"]
LAUNCHER_FILES = [LAUNCHER] + sorted(PACKAGE.glob("*.py"))
RUNTIME = ["jupyterlab", "ipywidgets", "numpy", "pandas", "matplotlib"]
WIN_COURSE = PureWindowsPath(r"C:\Users\张三\OneDrive\桌面\深度学习 课程 (1)\dl-explained-ch1")


# --- old Pythons ------------------------------------------------------------------------------
def old_pythons() -> list[str]:
    """Interpreters older than 3.10 on this machine (pyenv's, or on PATH)."""
    found = glob.glob(os.path.expanduser("~/.pyenv/versions/*/bin/python"))
    found += [p for p in (shutil.which(f"python{v}") for v in
                          ("2", "2.7", "3.6", "3.7", "3.8", "3.9")) if p]
    old = {}
    for exe in found:
        try:
            out = subprocess.run([exe, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                                 capture_output=True, text=True, timeout=30).stdout.strip()
        except OSError:
            continue
        if out and tuple(int(x) for x in out.split(".")) < (3, 10):
            old.setdefault(out, exe)
    return [old[v] for v in sorted(old)]


def test_old_pythons_are_told_which_python_to_install():
    pythons = old_pythons()
    if not pythons:
        pytest.skip("OLD PYTHON TEST SKIPPED: no Python older than 3.10 on this machine "
                    "(pyenv install 3.8 to check the launcher's refusal message)")
    for exe in pythons:
        done = subprocess.run([exe, str(LAUNCHER), "lab"], capture_output=True, cwd=ROOT,
                              timeout=60)
        err = done.stderr.decode("utf-8", "replace")
        assert done.returncode == 3, (exe, done.returncode, err)
        assert "SyntaxError" not in err and "Traceback" not in err, (exe, err)
        assert "needs Python 3.10 or newer" in err, (exe, err)
        assert f"Install Python {course.RECOMMENDED}" in err
        assert f"py -{course.RECOMMENDED} tools\\course.py lab" in err  # their own command
        assert "本课程需要 Python 3.10" in err


def test_the_launcher_uses_no_syntax_newer_than_python_2_7():
    """What the real old interpreters above check, also where none is installed: course.py
    and the two files it imports before it checks the version."""
    for path in BEFORE_THE_CHECK:
        check_python_2_7_syntax(path)


def test_the_launcher_imports_only_versions_before_the_check():
    """course.py imports launcher.versions (constants) before the check, the rest after it."""
    tree = ast.parse(LAUNCHER.read_text(encoding="utf-8"))
    check = next(i for i, node in enumerate(tree.body) if isinstance(node, ast.If)
                 and "_refuse_old_python" in ast.unparse(node))
    before = [ast.unparse(n) for n in tree.body[:check] if isinstance(n, (ast.If, ast.Import,
                                                                           ast.ImportFrom))]
    imported = set(re.findall(r"from (\S+) import", "\n".join(before)))
    assert imported <= {"__future__", ".launcher.versions", "launcher.versions"}, imported
    assert ast.unparse(tree.body[check + 1]).count("launcher import cli") == 2


def check_python_2_7_syntax(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        assert not isinstance(node, ast.JoinedStr), f"f-string at line {node.lineno}"
        assert not isinstance(node, (ast.AnnAssign, ast.Nonlocal, ast.YieldFrom, ast.Await,
                                     ast.AsyncFunctionDef, ast.NamedExpr)), (
            f"{type(node).__name__} at line {node.lineno}")
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):  # [*a], a, *b = ...
            assert not any(isinstance(e, ast.Starred) for e in node.elts), node.lineno
        if isinstance(node, ast.Call):  # Python 2: one *args, after every positional argument
            stars = [i for i, a in enumerate(node.args) if isinstance(a, ast.Starred)]
            assert stars in ([], [len(node.args) - 1]), f"*args at line {node.lineno}"
        if isinstance(node, ast.FunctionDef):
            assert not node.args.kwonlyargs and not node.returns, node.name
            assert all(a.annotation is None for a in node.args.args), node.name
        if isinstance(node, ast.Dict):
            assert None not in node.keys, f"{{**...}} at line {node.lineno}"
        if isinstance(node, ast.Raise):
            assert node.cause is None, f"raise ... from at line {node.lineno}"


# --- the Windows branch, without Windows ------------------------------------------------------
def windows_argv(cmdline: str) -> list[str]:
    """Split a command line as a Windows program's C runtime does (CommandLineToArgvW)."""
    args, i, n = [], 0, len(cmdline)
    while True:
        while i < n and cmdline[i] in " \t":
            i += 1
        if i >= n:
            return args
        arg, quoted = [], False
        while i < n and (quoted or cmdline[i] not in " \t"):
            if cmdline[i] == "\\":
                j = i
                while j < n and cmdline[j] == "\\":
                    j += 1
                if j < n and cmdline[j] == '"':
                    arg.append("\\" * ((j - i) // 2))
                    if (j - i) % 2:
                        arg.append('"')
                        j += 1
                    i = j
                else:
                    arg.append("\\" * (j - i))
                    i = j
            elif cmdline[i] == '"':
                if quoted and i + 1 < n and cmdline[i + 1] == '"':
                    arg.append('"')
                    i += 2
                else:
                    quoted = not quoted
                    i += 1
            else:
                arg.append(cmdline[i])
                i += 1
        args.append("".join(arg))


def test_windows_venv_layout_and_interpreter():
    venv = WIN_COURSE / ".venv"
    assert core.venv_python(venv, windows=True) == str(venv / "Scripts" / "python.exe")
    assert core.venv_python("/home/张三/课程 1/.venv", windows=False) == (
        "/home/张三/课程 1/.venv/bin/python")
    assert core.launcher_command("lab", windows=True) == "py tools\\course.py lab"
    assert core.launcher_command("lab", windows=False) == "python3 tools/course.py lab"


def test_windows_lab_command_survives_the_command_line(monkeypatch):
    """The argument list, quoted by subprocess for CreateProcess, reaches python.exe intact."""
    monkeypatch.setattr(lab, "ROOT", WIN_COURSE)
    python = core.venv_python(WIN_COURSE / ".venv", windows=True)
    cmd = lab.lab_command(python, 8888, open_browser=False, windows=True,
                             extra=['--ServerApp.base_url=/a "quoted" path\\',
                                    "--name=trailing backslash\\"])
    assert cmd[:3] == [python, "-m", "jupyterlab"]  # no jupyter-lab.exe console script
    assert f"--ServerApp.root_dir={WIN_COURSE}\\notebooks" in cmd
    assert "--allow-root" not in cmd  # Windows has no root, whoever runs the tests here
    line = subprocess.list2cmdline(cmd)
    assert windows_argv(line) == cmd
    assert core.display_command(cmd, windows=True) == line


def test_windows_has_no_geteuid(monkeypatch):
    monkeypatch.delattr(os, "geteuid", raising=False)
    assert core.running_as_root() is False
    assert "--allow-root" not in lab.lab_command("python", 8888, windows=False)


def test_windows_deep_folder_warning(monkeypatch, capsys):
    class NoRegistry:  # winreg on a Windows without long-path support
        HKEY_LOCAL_MACHINE = 0

        @staticmethod
        def OpenKey(*args):
            raise OSError("no such value")

    monkeypatch.setattr(install, "is_windows", lambda: True)
    monkeypatch.setitem(sys.modules, "winreg", NoRegistry)
    install.windows_long_path_warning(WIN_COURSE / ".venv")
    assert capsys.readouterr().out == ""  # this one is short enough
    deep = WIN_COURSE / ("很长的文件夹名" * 12) / ".venv"
    install.windows_long_path_warning(deep)
    out = capsys.readouterr().out
    assert "260" in out and "COURSE_VENV" in out and "C:\\course" in out


def test_longest_installed_path_is_measured_honestly():
    """LONGEST_INSTALLED_PATH bounds what pip writes into a venv (Windows layout)."""
    prefix = Path(sys.prefix)
    site = Path(next(p for p in sys.path if p.endswith("site-packages")))
    if not (site / "jupyterlab").exists():
        pytest.skip("needs a venv with jupyterlab installed")
    longest = 0
    for folder, _dirs, files in os.walk(prefix):
        for name in files:
            path = Path(folder, name)
            if path.is_relative_to(site):
                rel = len("Lib\\site-packages\\") + len(str(path.relative_to(site)))
            else:
                rel = len(str(path.relative_to(prefix)))
            longest = max(longest, rel)
    assert longest <= install.LONGEST_INSTALLED_PATH, longest


def test_no_shell_and_no_console_scripts():
    """Every command is an argument list (no shell to quote for), programs run with -m."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in LAUNCHER_FILES)
    tree = ast.parse(text)
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "shell":
            pytest.fail("shell= in the launcher: pass argument lists")
    assert '"-m", "pytest"' in text and '"-m", "ruff"' in text and '"-m", "jupyterlab"' in text
    options = {n.value.split("=")[0] for n in ast.walk(tree)
               if isinstance(n, ast.Constant) and isinstance(n.value, str)
               and n.value.startswith("-")}
    for option in ("--isolated", "--index-url", "-i", "--extra-index-url", "--no-index",
                   "--proxy", "--find-links"):  # pip's own settings decide these
        assert option not in options, option


# --- a real install: pip's settings, the lock, a path with spaces and Chinese ----------------
PROBE = "dl-course-pip-settings-probe"


def make_index(folder: Path, versions) -> str:
    """A file-based package index (PEP 503) with tiny wheels of PROBE."""
    files = folder / "files"
    project = folder / "simple" / PROBE
    files.mkdir(parents=True)
    project.mkdir(parents=True)
    links = []
    for version in versions:
        dist = f"{PROBE.replace('-', '_')}-{version}"
        wheel = files / f"{dist}-py3-none-any.whl"
        content = {
            "dl_course_pip_settings_probe.py": f"VERSION = {version!r}\n",
            f"{dist}.dist-info/METADATA":
                f"Metadata-Version: 2.1\nName: {PROBE}\nVersion: {version}\n",
            f"{dist}.dist-info/WHEEL":
                "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
        }
        content[f"{dist}.dist-info/RECORD"] = "".join(f"{p},,\n" for p in content) + (
            f"{dist}.dist-info/RECORD,,\n")
        with zipfile.ZipFile(wheel, "w") as z:
            for name, text in content.items():
                z.writestr(name, text)
        links.append(f'<a href="{wheel.as_uri()}">{wheel.name}</a><br>')
    (project / "index.html").write_text("<html><body>" + "".join(links) + "</body></html>")
    return (folder / "simple").as_uri()


def fake_course(repo: Path, pinned: str) -> Path:
    """A course folder with the real launcher and a one-package requirements + lock."""
    (repo / "tools" / "locks").mkdir(parents=True)
    shutil.copy(LAUNCHER, repo / "tools" / "course.py")
    shutil.copy(LAUNCHER.parent / "house.py", repo / "tools" / "house.py")  # a command group
    shutil.copytree(PACKAGE, repo / "tools" / "launcher",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (repo / "requirements.txt").write_text(f"{PROBE}>=1.0\n")
    (repo / "requirements-dev.txt").write_text("-r requirements.txt\n")
    lock = repo / "tools" / "locks" / f"py{sys.version_info[0]}.{sys.version_info[1]}.txt"
    lock.write_text(f"{PROBE}=={pinned}\n")
    return lock


def installed_probe(repo: Path) -> str:
    python = core.venv_python(repo / ".venv")
    return subprocess.run([python, "-c", "import importlib.metadata as m; "
                           f"print(m.version('{PROBE}'))"], capture_output=True, text=True,
                          check=True).stdout.strip()


def test_setup_in_a_chinese_path_with_spaces_through_pips_own_settings(tmp_path):
    """First PIP_INDEX_URL, then a pip config file: pip finds the course's packages where the
    learner's own settings say (here a local index; PyPI does not have this package)."""
    repo = tmp_path / "张三的 课程 (副本)" / "dl course"
    lock = fake_course(repo, pinned="1.0")
    index = make_index(tmp_path / "镜像 index", ["1.0", "2.0"])
    clean = {k: v for k, v in os.environ.items()
             if k not in ("PIP_INDEX_URL", "PIP_CONFIG_FILE", "COURSE_VENV", "VIRTUAL_ENV",
                          "PYTHONPATH")}
    conf = tmp_path / "pip.conf"
    conf.write_text(f"[global]\nindex-url = {index}\n")

    def setup(**settings):
        done = subprocess.run([sys.executable, str(repo / "tools" / "course.py"), "setup"],
                              cwd=tmp_path, env={**clean, **settings}, capture_output=True,
                              text=True, timeout=300)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    out = setup(PIP_INDEX_URL=index)
    assert "Creating the virtual environment" in out and "Installing" in out
    assert installed_probe(repo) == "1.0"  # the lock's version, though 2.0 is newer
    assert "Installing" not in setup(PIP_INDEX_URL=index)  # nothing changed: no install
    lock.write_text(f"{PROBE}==2.0\n")
    assert "Installing" in setup(PIP_CONFIG_FILE=str(conf))  # the lock changed: reinstalled
    assert installed_probe(repo) == "2.0"
    stamp = install.read_stamp(repo / ".venv")
    assert stamp["lock"] == lock.name and stamp["latest"] is False
    env = clean

    # --no-venv with a Python that lacks the course's packages: says what to do
    python = core.venv_python(repo / ".venv")
    done = subprocess.run([python, str(repo / "tools" / "course.py"), "--no-venv", "lab"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "has no jupyterlab" in done.stderr and "environment.yml" in done.stderr


# --- the lock files ------------------------------------------------------------------------------
def requirement_specs(path: Path) -> dict[str, Requirement]:
    found = {}
    for line in path.read_text().splitlines():
        line = line.split("#")[0].strip()
        if line.startswith("-r "):
            found.update(requirement_specs(path.parent / line[3:].strip()))
        elif line:
            req = Requirement(line)
            found[core.canonical(req.name)] = req
    return found


def machines(minor: str):
    """(name, marker environment) for each machine a lock covers, old and new micro versions."""
    for name, target in lock.TARGETS.items():
        for micro in (0, 4, 5, 20):
            env = dict(target["env"], python_full_version=f"{minor}.{micro}",
                       python_version=minor, implementation_name="cpython",
                       platform_python_implementation="CPython")
            yield f"{name}, Python {minor}.{micro}", env


@pytest.mark.parametrize("minor", lockfile.supported_versions())
def test_lock_gives_every_requirement_within_its_bounds_everywhere(minor):
    path = core.LOCKS / f"py{minor}.txt"
    assert path.exists(), f"no lock for Python {minor}: python3 tools/course.py lock"
    text = path.read_text(encoding="utf-8")
    for line in text.splitlines():
        assert not line.strip() or line.startswith("#") or lockfile.LOCK_LINE.match(line), line
    reqs = requirement_specs(ROOT / "requirements-dev.txt")
    for where, env in machines(minor):
        pins = lockfile.parse_lock(text, env)
        for name, req in reqs.items():
            assert name in pins, f"{path.name}: no {name} for {where}"
            assert req.specifier.contains(pins[name], prereleases=True), (
                f"{path.name}: {name}=={pins[name]} for {where} is outside {req}")


@pytest.mark.parametrize("minor", lockfile.supported_versions())
def test_lock_markers_mean_what_pip_reads(minor):
    """The launcher's small marker reader agrees with packaging's (what pip evaluates)."""
    text = (core.LOCKS / f"py{minor}.txt").read_text(encoding="utf-8")
    markers = {m.group(3) for m in map(lockfile.LOCK_LINE.match, text.splitlines())
               if m and m.group(3)}
    for _where, env in machines(minor):
        for marker in markers:
            assert lockfile.eval_marker(marker, env) == Marker(marker).evaluate(env), marker


def test_lock_lines_merge_platforms_and_micro_versions():
    everywhere = [(p, "high") for p in lock.TARGETS]
    results = {t: {"numpy": "2.4.6", "appnope": "1.0"} for t in everywhere}
    results[("windows", "high")] = {"numpy": "2.4.6", "pywinpty": "3.1"}
    results[("linux", "high")] = {"numpy": "2.4.6"}
    assert lock.merge_resolutions(results) == [
        'appnope==1.0 ; sys_platform == "darwin"', "numpy==2.4.6",
        'pywinpty==3.1 ; sys_platform == "win32"']
    split = {(p, v): {"soupsieve": "4.1" if v == "high" else "2.1"}
             for p in lock.TARGETS for v in ("high", "low")}
    assert lock.merge_resolutions(split, "3.11.5") == [
        'soupsieve==2.1 ; python_full_version < "3.11.5"',
        'soupsieve==4.1 ; python_full_version >= "3.11.5"']


def test_the_venv_holds_exactly_the_locked_versions():
    """`pip freeze` of the launcher's venv == the lock, for every locked package it has."""
    stamp = install.read_stamp(sys.prefix)
    if not stamp.get("lock") or stamp.get("latest"):
        pytest.skip("these tests do not run in a venv the launcher installed from a lock "
                    "(test-latest, or a venv made by hand)")
    lock = core.LOCKS / stamp["lock"]
    env = {"sys_platform": sys.platform, "platform_machine": __import__("platform").machine(),
           "os_name": os.name, "python_full_version": ".".join(map(str, sys.version_info[:3]))}
    locked = lockfile.parse_lock(lock.read_text(encoding="utf-8"), env)
    installed = {core.canonical(d.metadata["Name"]): d.version
                 for d in importlib.metadata.distributions()}
    for name in RUNTIME + ["ipykernel", "ipython", "pytest", "nbval"]:
        assert name in locked and name in installed, name
    differ = {n: (v, installed[n]) for n, v in locked.items() if n in installed
              and installed[n] != v}
    assert not differ, f"installed versions differ from {lock.name} (locked, installed): {differ}"


def test_reference_lock_is_the_one_binder_and_the_outputs_use():
    text = (core.LOCKS / f"py{course.REFERENCE}.txt").read_text(encoding="utf-8")
    assert "stored notebook outputs were made with these versions" in text
    assert re.search(rf"^\s*-\s*python\s*=\s*{re.escape(course.REFERENCE)}\s*$",
                     (ROOT / "environment.yml").read_text(), flags=re.M)


# --- the other commands ----------------------------------------------------------------------
def test_info_says_what_a_teacher_needs(tmp_path):
    done = subprocess.run([sys.executable, str(LAUNCHER), "--venv", sys.prefix, "info"],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    for word in ("launcher Python", "course folder", "venv:", "jupyterlab", "pip settings"):
        assert word in done.stdout, done.stdout


def test_help_lists_the_commands():
    done = subprocess.run([sys.executable, str(LAUNCHER), "--help"], capture_output=True,
                          text=True, timeout=60)
    for command in ("lab", "test", "test-latest", "setup", "lock", "notebooks", "zh", "html",
                    "bench", "determinism", "info"):
        assert command in done.stdout


def test_a_command_group_plugs_in_with_add_commands():
    """A new group of commands (a module with `add_commands(add)`) needs no change in cli.py:
    tools/course.py passes it to `main(argv, groups=...)`; its commands follow the others."""
    seen = []

    class Group:  # what e.g. tools/house.py defines
        @staticmethod
        def add_commands(add):
            s = add("hello", lambda args: seen.append(args.tool_args) or 7, "say hello")
            s.add_argument("tool_args", nargs="...", help="passed on")

    assert cli.main(["hello", "--", "-x", "y"], groups=[Group]) == 7
    assert seen == [["-x", "y"]]  # the leading -- dropped, as for the other pass-through options
    help_text = cli.parser([Group]).format_help()
    assert help_text.index("info") < help_text.index("hello") and "say hello" in help_text
