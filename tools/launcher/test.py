"""`test` and `test-latest`: ruff, then pytest over the tests and the notebooks' stored outputs.

`test --cpus` runs the notebooks that train and the stored results again under other CPUs'
kernels (OPENBLAS_CORETYPE, NPY_DISABLE_CPU_FEATURES); `test-latest` runs the suite in
.venv-latest with the newest releases instead of the lock.
"""

import os
import subprocess
from pathlib import Path

from .core import ROOT, run, say
from .install import ensure_venv, environment, installed_versions, python_info
from .lockfile import lock_file, marker_env_of, parse_lock

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


# Other CPUs, played on this one: OpenBLAS kernels (OPENBLAS_CORETYPE) and numpy's SIMD paths
# (NPY_DISABLE_CPU_FEATURES). A learner's laptop, Colab and CI differ in both; what the
# notebooks print must not. A kernel this CPU cannot run (SkylakeX needs AVX-512) is skipped.
CPU_VARIANTS = (("OPENBLAS_CORETYPE", "Haswell"), ("OPENBLAS_CORETYPE", "SkylakeX"),
                ("OPENBLAS_CORETYPE", "Sandybridge"), ("NPY_DISABLE_CPU_FEATURES", "X86_V3"))
# What can move with the CPU: the notebooks that train, the stored results, the verdicts.
CPU_TESTS = ["tests/test_results.py", "tests/test_verdicts.py",
             "--nbval", "--nbval-sanitize-with",
             "tests/nbval_sanitize.cfg", "notebooks/05_training_the_network.ipynb",
             "notebooks/06_deeper_and_overfitting.ipynb", "notebooks/07_real_data.ipynb",
             "notebooks/zh/07_real_data.ipynb"]
PROBE = ("import numpy as np; a = np.random.default_rng(0).normal(size=(64, 64)); "
         "print(float((a.astype(np.float32) @ a.astype(np.float32)).sum()))")


def cpu_variants(python):
    """The variants this machine can run: (name, value, env) for each of CPU_VARIANTS."""
    found = []
    for name, value in CPU_VARIANTS:
        env = dict(os.environ)
        env.pop("PYTHONPATH", None)
        env.pop("OPENBLAS_CORETYPE", None)
        env[name] = value
        probe = subprocess.run([str(python), "-c", PROBE], env=env, capture_output=True,
                               text=True)
        if probe.returncode != 0:
            say("{0}={1}: this CPU cannot run it (exit {2}), skipped.".format(
                name, value, probe.returncode))
            continue
        found.append((name, value, env))
    return found


def run_cpus(python):
    """The notebooks that train and the stored results, under every CPU variant (`--cpus`)."""
    failed = []
    for name, value, env in cpu_variants(python):
        say("pytest under {0}={1}".format(name, value))
        if run([python, "-m", "pytest", "-q"] + CPU_TESTS, env=env) != 0:
            failed.append("{0}={1}".format(name, value))
    if failed:
        say("Stored outputs differ under: {0}".format(", ".join(failed)))
    return 1 if failed else 0


def cmd_test(args):
    python = environment(args, dev=True)
    code = run_suite(python, args.pytest_args)
    if getattr(args, "cpus", False):
        code = run_cpus(python) or code
    return code


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
