"""`lock`: resolve tools/locks/py3.X.txt for every supported Python, on Linux, Windows, macOS.

For each Python 3.X and platform, pip resolves requirements-dev.txt in a dry run (wheels
only, `--report`) as if it ran on that machine; the reference lock's versions are upper
bounds, so the other Pythons keep them where they install. The resolutions are merged into
one file per Python, a line per name and version with the marker of the machines it holds on.
"""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from .core import DEV_REQ, LOCKS, ROOT, canonical, fail, say, venv_python
from .install import create_venv
from .lockfile import parse_freeze, parse_lock, supported_versions, version_tuple
from .versions import REFERENCE

LOCK_PIP = "pip==26.3"  # the pip that `lock` resolves with (it reads pip's report format)


# --- lock files: writing (`lock`) -----------------------------------------------------------
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
        for version in sorted(versions, key=version_tuple):
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


# --- resolving with pip ---------------------------------------------------------------------
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
            code = subprocess.run([python, str(ROOT / "tools" / "course.py"), "_pip_for_target",
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


def pip_for_target(job_json, pip_args):
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
