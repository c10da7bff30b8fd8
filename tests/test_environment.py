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


def test_lower_bounds_are_the_oldest_versions_tested():
    """numpy, pandas, matplotlib: the bound is what tests/test_colab_env.py runs the helpers
    with (Colab's versions), so `pip install -r requirements.txt` never picks untested ones."""
    req = requirements(ROOT / "requirements.txt")
    colab = {name: spec.lstrip("=") for name, spec in
             requirements(ROOT / "tests" / "colab-requirements.txt").items()}
    for name in ("numpy", "pandas", "matplotlib"):
        bound = re.match(r">=(\d+\.\d+)", req[name]).group(1)
        assert colab[name].startswith(bound + "."), (name, req[name], colab[name])


def test_readme_gives_the_three_conda_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    name = re.search(r"^name:\s*(\S+)", (ROOT / "environment.yml").read_text(), re.M).group(1)
    for command in ("conda env create -f environment.yml", f"conda activate {name}",
                    "python tools/course.py --no-venv lab"):
        assert command in readme, command
