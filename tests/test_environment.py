"""requirements.txt (local, Colab) and environment.yml (Binder) name the same packages."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = {"jupyterlab", "ipywidgets", "numpy", "pandas", "matplotlib"}


def requirements(path):
    """{name: specifier} from a requirements file (comments and options skipped)."""
    found = {}
    for line in path.read_text().splitlines():
        line = line.split("#")[0].strip()
        if line and not line.startswith("-"):
            name, spec = re.match(r"([A-Za-z0-9_.\-]+)\s*(.*)", line).groups()
            found[name.lower()] = spec.replace(" ", "")
    return found


def environment_pip_section(path):
    lines = path.read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "- pip:")
    found = {}
    for line in lines[start + 1:]:
        m = re.match(r"\s+-\s+([A-Za-z0-9_.\-]+)\s*(.*)", line)
        if not m:
            break
        found[m.group(1).lower()] = m.group(2).split("#")[0].strip().replace(" ", "")
    return found


def test_environment_yml_matches_requirements():
    req = requirements(ROOT / "requirements.txt")
    env = environment_pip_section(ROOT / "environment.yml")
    assert env == req


def test_runtime_dependencies_stay_lean():
    assert set(requirements(ROOT / "requirements.txt")) == RUNTIME


def test_dev_requirements_include_runtime():
    text = (ROOT / "requirements-dev.txt").read_text()
    assert "-r requirements.txt" in text
