"""A real browser moves the sliders: JupyterLab + headless chromium (Debian's) + Playwright.

What a learner does: open the sigmoid notebook in JupyterLab, Run All, move the c, b and w
sliders, and see the picture change. The test does exactly that on a private copy of the
notebook (JupyterLab autosaves: the repo's stored outputs must not change) and saves a
screenshot to `test-artifacts/`: for `notebooks/04_sigmoid.ipynb` and for its Chinese twin
`notebooks/zh/04_sigmoid.ipynb` (whose controls must show Chinese; the screenshot needs a
Chinese font for the browser's own text, which `.ci/run` installs).

It runs on `notebooks/04_sigmoid.ipynb`, or on `tests/fixtures/sliders.ipynb` (the same three
sliders, the same widget plumbing) while that notebook does not exist yet. A second test
presses *train* in the training playground (`tests/fixtures/playground.ipynb`), watches the
progress bar and the picture move while it trains, presses *stop* and checks that the kernel
handled the click mid-run (training yields between epochs). Skipped, loudly,
when chromium is not installed (`apt-get install chromium`); fails instead when
REQUIRE_BROWSER is set, as `.ci/run` does after installing chromium.
"""

from __future__ import annotations

import base64
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.tooling

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = ROOT / "test-artifacts"
SIGMOID = ROOT / "notebooks" / "04_sigmoid.ipynb"
SIGMOID_ZH = ROOT / "notebooks" / "zh" / "04_sigmoid.ipynb"
FIXTURE = ROOT / "tests" / "fixtures" / "sliders.ipynb"
PLAYGROUND = ROOT / "tests" / "fixtures" / "playground.ipynb"
SKIP_REASON = (f"BROWSER TEST SKIPPED: chromium not found at {CHROMIUM}. "
               "Install it (apt-get install chromium) to test the sliders in a real browser.")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
TIMEOUT_MS = 60_000  # generous for a 2-core CI machine; a passing run takes ~20 s in all


def notebooks_under_test() -> list[Path]:
    if not SIGMOID.exists():
        return [FIXTURE]
    return [SIGMOID, SIGMOID_ZH] if SIGMOID_ZH.exists() else [SIGMOID]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A quiet JupyterLab on localhost serving a private copy of the repo's notebook."""
    if not CHROMIUM.exists():
        if os.environ.get("REQUIRE_BROWSER"):  # CI (.ci/run): the browser test must run
            pytest.fail(SKIP_REASON.replace("SKIPPED", "FAILED (REQUIRE_BROWSER is set)"))
        pytest.skip(SKIP_REASON)
    pytest.importorskip("playwright", reason="BROWSER TEST SKIPPED: pip install playwright")
    root = tmp_path_factory.mktemp("lab")
    for notebook in [*notebooks_under_test(), PLAYGROUND]:
        rel = notebook.relative_to(ROOT)
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(notebook, root / rel)
    for name in ("helpers", "data"):  # the setup cell finds these in a parent folder
        (root / name).symlink_to(ROOT / name, target_is_directory=True)
    port = free_port()
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root",
           "--ip", "127.0.0.1", "--port", str(port), "--ServerApp.port_retries=0",
           "--IdentityProvider.token=", "--ServerApp.password=",
           "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
           f"--LabApp.workspaces_dir={tempfile.mkdtemp(dir=root.parent)}",
           f"--ServerApp.root_dir={root}"]
    # A config folder of its own: no user settings, and no "Jupyter news?" toast over the page.
    config = root.parent / "jupyter-config"
    (config / "labconfig").mkdir(parents=True)
    (config / "labconfig" / "page_config.json").write_text(
        '{"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": true}}')
    env = {**os.environ, "JUPYTER_PLATFORM_DIRS": "1", "JUPYTER_CONFIG_DIR": str(config)}
    log = open(root.parent / "jupyterlab.log", "w")  # closed in the finally below
    server = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=root)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status", timeout=2)
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail("JupyterLab did not start:\n"
                                + (root.parent / "jupyterlab.log").read_text()[-3000:])
                time.sleep(0.25)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def new_page(playwright, width: int, height: int):
    """Headless Debian chromium and one page of the given size: (browser, page)."""
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                         args=CHROMIUM_ARGS)
    page = browser.new_page(viewport={"width": width, "height": height})
    page.set_default_timeout(TIMEOUT_MS)
    return browser, page


def image_png(explorer) -> bytes:
    """The PNG the Image widget shows now (its `src` is a blob: URL of the widget's bytes)."""
    data = explorer.locator(".widget-image").first.evaluate(
        """async img => {
            const buf = await (await fetch(img.src)).arrayBuffer();
            let s = ""; for (const b of new Uint8Array(buf)) s += String.fromCharCode(b);
            return btoa(s);
        }""")
    return base64.b64decode(data)


def slider(page, name: str, scope=None):
    """The ipywidgets 8 slider labelled `name` (e.g. "c", or "c (height)"), inside `scope`."""
    label = page.locator(".widget-label", has_text=re.compile(rf"^\s*{re.escape(name)}(\W|$)"))
    return (scope or page).locator(".widget-slider").filter(has=label)


def wait_for_new_image(page, explorer, before: bytes, what: str) -> bytes:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        now = image_png(explorer)
        if now != before and now[:8] == b"\x89PNG\r\n\x1a\n":
            return now
        page.wait_for_timeout(100)
    pytest.fail(f"{what}: the plot did not change within 30 s")


@pytest.mark.parametrize("rel", [p.relative_to(ROOT).as_posix() for p in notebooks_under_test()])
def test_sliders_redraw_the_plot_in_jupyterlab(lab, rel):
    from playwright.sync_api import expect, sync_playwright

    base = lab
    chinese = rel.startswith("notebooks/zh/")
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"browser-{'zh-' if chinese else ''}{Path(rel).stem}.png"
    with sync_playwright() as p:
        browser, page = new_page(p, 1280, 1000)
        try:
            page.goto(f"{base}/lab/tree/{rel}?reset")
            # Run All only once the kernel is idle (earlier, Run All silently does nothing).
            idle = page.locator(".jp-StatusBar-TextItem", has_text=re.compile(r"\|\s*Idle"))
            expect(idle.first).to_be_visible(timeout=TIMEOUT_MS)
            # before running: the stored static pictures show (no widget state is stored)
            expect(page.locator(".jp-RenderedImage img").first).to_be_visible()
            page.locator(".jp-NotebookPanel .jp-Notebook").first.click()
            page.get_by_role("menuitem", name="Run", exact=True).click()
            page.get_by_role("menuitem", name=re.compile(r"^Run All Cells")).click()

            # the first output that holds the c, b and w sliders (and the picture they redraw)
            explorer = page.locator(".jp-OutputArea-output")
            for name in "cbw":
                explorer = explorer.filter(has=slider(page, name))
            explorer = explorer.first
            sliders = {name: slider(page, name, explorer).first for name in "cbw"}
            for s in sliders.values():
                expect(s).to_be_visible(timeout=TIMEOUT_MS)
            expect(explorer.locator(".widget-image").first).to_be_visible()
            if chinese:  # the caption and the live readout speak Chinese
                expect(explorer.locator(".widget-html", has_text="高度").first).to_be_visible()
                expect(explorer.locator(".widget-html", has_text="中点").first).to_be_visible()
            page.wait_for_timeout(300)
            expect(idle.first).to_be_visible(timeout=TIMEOUT_MS)  # Run All done: kernel free
            image = image_png(explorer)

            for name, s in sliders.items():  # keyboard: one step right
                handle = s.locator(".noUi-handle")
                value = handle.get_attribute("aria-valuenow")
                handle.focus()
                handle.press("ArrowRight")
                expect(handle).not_to_have_attribute("aria-valuenow", value)
                image = wait_for_new_image(page, explorer, image, f"slider {name} (ArrowRight)")

            # mouse: drag w's handle a fifth of the track to the left
            handle = sliders["w"].locator(".noUi-handle")
            track = sliders["w"].locator(".noUi-target").bounding_box()
            box = handle.bounding_box()
            value = float(handle.get_attribute("aria-valuenow"))
            page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            page.mouse.down()
            page.mouse.move(box["x"] - track["width"] / 5, box["y"] + box["height"] / 2,
                            steps=8)
            page.mouse.up()
            deadline = time.monotonic() + 10
            while float(handle.get_attribute("aria-valuenow")) >= value:
                assert time.monotonic() < deadline, "dragging w did not move the slider"
                page.wait_for_timeout(100)
            wait_for_new_image(page, explorer, image, "slider w (mouse drag)")
            page.wait_for_timeout(500)  # let the last redraw of the drag land before the shot
            explorer.locator(".widget-image").first.scroll_into_view_if_needed()
        finally:
            page.screenshot(path=str(shot), full_page=True)
            browser.close()
    assert shot.stat().st_size > 0


def open_and_run_all(page, base: str, rel: str):
    """Open a notebook in JupyterLab, wait for the kernel, Run All; returns the Idle locator."""
    from playwright.sync_api import expect

    page.goto(f"{base}/lab/tree/{rel}?reset")
    idle = page.locator(".jp-StatusBar-TextItem", has_text=re.compile(r"\|\s*Idle"))
    expect(idle.first).to_be_visible(timeout=TIMEOUT_MS)
    page.locator(".jp-NotebookPanel .jp-Notebook").first.click()
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name=re.compile(r"^Run All Cells")).click()
    return idle


def test_playground_trains_live_and_stops_in_jupyterlab(lab):
    """Press train: the progress bar and the picture move while the network trains (the
    kernel stays responsive, so the browser gets each update); press stop mid-run: training
    ends at once with the status saying so, not after its 500 epochs."""
    from playwright.sync_api import expect, sync_playwright

    base = lab
    rel = PLAYGROUND.relative_to(ROOT).as_posix()
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "browser-playground.png"
    with sync_playwright() as p:
        browser, page = new_page(p, 1400, 1100)
        try:
            idle = open_and_run_all(page, base, rel)
            output = page.locator(".jp-OutputArea-output").filter(
                has=page.locator(".widget-button", has_text="train")).first
            train = output.locator(".widget-button", has_text="train").first
            stop = output.locator(".widget-button", has_text="stop").first
            progress = output.locator(".widget-hprogress .widget-label").first  # ipywidgets 8
            status = output.locator(".widget-html-content").first
            expect(train).to_be_enabled(timeout=TIMEOUT_MS)
            expect(idle.first).to_be_visible(timeout=TIMEOUT_MS)   # Run All done
            expect(stop).to_be_disabled()
            before = image_png(output)

            train.click()
            expect(stop).to_be_enabled(timeout=TIMEOUT_MS)
            expect(progress).to_have_text(re.compile(r"epoch ([3-9]|\d\d+)/500"),
                                          timeout=TIMEOUT_MS)    # epochs arrive while training
            # the picture is redrawn while training, not only at the end
            live = wait_for_new_image(page, output, before, "playground while training")
            assert live != before
            stop.click()
            expect(status).to_contain_text(re.compile(r"Stopped after epoch \d+ of 500"),
                                           timeout=TIMEOUT_MS)
            stopped = int(re.search(r"after epoch (\d+)", status.inner_text()).group(1))
            assert 3 <= stopped < 500
            assert progress.inner_text() == f"epoch {stopped}/500"
            expect(train).to_be_enabled()
            expect(stop).to_be_disabled()
            page.wait_for_timeout(500)
            output.locator(".widget-image").first.scroll_into_view_if_needed()
        finally:
            page.screenshot(path=str(shot), full_page=True)
            browser.close()
    assert shot.stat().st_size > 0
