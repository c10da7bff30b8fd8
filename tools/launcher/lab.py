"""`lab`: JupyterLab on notebooks/, on localhost, with a token and the course's settings.

The server runs as `python -m jupyterlab` (no console-script .exe to find on Windows), on the
first free port from 8888, with `.jupyter/` added to its config path (read only). The launcher
waits until the server answers, prints the address with its token, and stays in front until
Ctrl+C stops JupyterLab.
"""

import os
import secrets
import socket
import subprocess
import time
import urllib.error
import urllib.request

from .core import ROOT, fail, is_windows, running_as_root, say
from .install import environment

JUPYTER_CONFIG = ROOT / ".jupyter"  # read-only settings for the course's JupyterLab (and Binder)
DEFAULT_PORT = 8888


def no_proxy_opener():
    """urllib without proxies: a proxy set for pip must not see our localhost checks."""
    return urllib.request.build_opener(urllib.request.ProxyHandler({}))


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
