"""`make lab` (the README's first command) ends with JupyterLab serving notebooks/."""

import json
import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.skipif(not (ROOT / ".venv" / "bin" / "jupyter").exists(),
                    reason="needs the .venv that `make lab` / `make test` create")
def test_make_lab_serves_the_notebooks():
    port = free_port()
    env = {**os.environ, "JUPYTER_TOKEN": "course-test"}
    proc = subprocess.Popen(["make", "--no-print-directory", "lab", f"PORT={port}"], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True, text=True)
    try:
        status = None
        for _ in range(120):
            time.sleep(0.5)
            try:
                url = f"http://127.0.0.1:{port}/api/contents?token=course-test"
                with urllib.request.urlopen(url, timeout=2) as r:
                    status = json.load(r)
                break
            except OSError:
                if proc.poll() is not None:
                    break
        assert status is not None, f"JupyterLab did not answer:\n{proc.stdout.read()}"
        names = {item["name"] for item in status["content"]}
        assert "00_start_here.ipynb" in names  # the server's root is notebooks/
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)

