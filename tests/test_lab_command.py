"""The README's first command, `python3 tools/course.py lab`, serves the notebooks.

It prints an address with a token; that token opens `/api/status`, the server's root is
notebooks/, the course's settings turn off JupyterLab's "get Jupyter news?" question (asked
through the running server's settings API), and Ctrl+C stops it cleanly. The same for the
conda route (`--no-venv`: the Python that runs the launcher, as it is) and for Binder (no
launcher there: the repo is the home folder, so `.jupyter/` is the user's config folder).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tools.launcher import core, install

pytestmark = pytest.mark.tooling

ROOT = Path(__file__).resolve().parent.parent
NEWS = "@jupyterlab/apputils-extension:notification"
URL_RE = re.compile(r"(http://127\.0\.0\.1:(\d+)/)lab\?token=([0-9A-Za-z]+)")
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # localhost: no proxy


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def launcher_venv_ready() -> bool:
    """The venv these tests run in was made by the launcher and is up to date (no install)."""
    stamp = install.read_stamp(sys.prefix)
    return bool(stamp.get("runtime") or stamp.get("dev"))


def get(url: str, token: str | None = None):
    headers = {"Authorization": f"token {token}"} if token else {}
    with OPENER.open(urllib.request.Request(url, headers=headers), timeout=5) as r:
        return json.load(r)


def news_settings(base: str, token: str) -> dict:
    """fetchNews and checkForUpdates as the server gives them to JupyterLab's page.

    The settings API returns the plugin's schema, whose defaults carry the overrides, and the
    user's own settings (none here): the page uses the user's value, else the default.
    """
    data = get(base + "lab/api/settings/" + NEWS, token)
    defaults = {k: v.get("default") for k, v in data["schema"]["properties"].items()}
    return {k: (data.get("settings") or {}).get(k, defaults[k])
            for k in ("fetchNews", "checkForUpdates")}


def quiet_env(tmp_path: Path) -> dict:
    """No user settings, workspaces or token from this machine's ~/.jupyter or environment."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("JUPYTER_TOKEN", "JUPYTER_CONFIG_PATH", "PYTHONPATH")}
    env.update(JUPYTER_CONFIG_DIR=str(tmp_path / "config"),
               JUPYTERLAB_SETTINGS_DIR=str(tmp_path / "settings"),
               JUPYTERLAB_WORKSPACES_DIR=str(tmp_path / "workspaces"),
               JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"))
    return env


class Output:
    """Collects a process's output in a thread; waits for a pattern."""

    def __init__(self, proc):
        self.text, self.proc = "", proc
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self):
        for line in self.proc.stdout:
            self.text += line

    def wait_for(self, pattern, seconds=300):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            m = pattern.search(self.text)
            if m:
                return m
            if self.proc.poll() is not None:
                break
            time.sleep(0.2)
        pytest.fail(f"no {pattern.pattern!r} in the launcher's output:\n{self.text[-4000:]}")


def stop_with_ctrl_c(proc, output) -> int:
    """What Ctrl+C in the terminal does: SIGINT to the whole foreground process group, twice
    as the launcher says (the second a second after the first), then once more if needed."""
    for wait in (1, 30, 30):
        try:
            os.killpg(proc.pid, signal.SIGINT)
        except ProcessLookupError:      # the group is gone: the launcher has stopped
            return proc.wait(timeout=30)
        try:
            return proc.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            continue
    os.killpg(proc.pid, signal.SIGKILL)
    pytest.fail(f"Ctrl+C did not stop the launcher:\n{output.text[-3000:]}")


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals (Windows: tests/test_launcher.py)")
@pytest.mark.parametrize("how", ["readme", "no-venv"])
def test_lab_serves_the_notebooks_with_the_printed_token(how, tmp_path):
    if how == "readme" and not launcher_venv_ready():
        pytest.skip("LAB COMMAND TEST SKIPPED: these tests do not run in a venv made by "
                    "tools/course.py (run them with `python3 tools/course.py test`)")
    args = [sys.executable, "tools/course.py"]
    if how == "no-venv":  # the conda route: this Python, as it is
        args.append("--no-venv")
    elif Path(sys.prefix).resolve() != (ROOT / ".venv").resolve():
        args += ["--venv", sys.prefix]  # e.g. test-latest's .venv-latest
    args += ["lab", "--no-browser", "--port", str(free_port())]
    proc = subprocess.Popen(args, cwd=ROOT, env=quiet_env(tmp_path), stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    output = Output(proc)
    try:
        base, _port, token = output.wait_for(URL_RE).groups()
        status = get(base + "api/status", token)
        assert "started" in status
        with pytest.raises(urllib.error.HTTPError) as refused:
            get(base + "api/contents")  # no token, no entry
        assert refused.value.code == 403
        names = {item["name"] for item in get(base + "api/contents", token)["content"]}
        assert "00_start_here.ipynb" in names and "zh" in names  # the root is notebooks/
        settings = news_settings(base, token)  # no "Jupyter news?" question (stock: "none")
        assert settings == {"fetchNews": "false", "checkForUpdates": False}, settings
    finally:
        code = stop_with_ctrl_c(proc, output)
        output.thread.join(timeout=5)
    assert code == 0, output.text[-3000:]
    launcher_lines = output.text.split("JupyterLab is running")[0]
    assert "Traceback" not in launcher_lines, output.text[-3000:]


def test_binder_reads_the_course_settings_from_the_repo(tmp_path):
    """Binder copies the repo into the home folder: .jupyter/ there is the config folder.

    Without the launcher, as repo2docker starts it: `jupyter lab` with HOME = a copy of the
    repo's .jupyter, nothing else set.
    """
    home = tmp_path / "home"
    shutil.copytree(ROOT / ".jupyter", home / ".jupyter")
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUPYTER")}
    env.update(HOME=str(home), JUPYTER_TOKEN="binder-test")
    port = free_port()
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1",
           f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
           f"--ServerApp.root_dir={ROOT / 'notebooks'}"]
    if core.running_as_root():
        cmd.append("--allow-root")
    log = open(tmp_path / "lab.log", "w")  # noqa: SIM115 (closed below)
    proc = subprocess.Popen(cmd, cwd=home, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                get(base + "api/status", "binder-test")
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, (
                    (tmp_path / "lab.log").read_text()[-3000:])
                time.sleep(0.3)
        settings = news_settings(base, "binder-test")
        assert settings == {"fetchNews": "false", "checkForUpdates": False}, settings
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
