"""Drive the browser edition in a real browser (headless chromium + Playwright).

Shared by the browser edition's test (tests/test_lite.py) and its benchmark (benchmarks/run.py):

    with open_site(base_url) as site:            # a fresh browser profile, outside blocked
        page, ready = site.open_notebook("04_sigmoid.ipynb")   # seconds to a ready kernel
        seconds, problems = site.run_all(page)    # Run All; problems: errors, unrun cells
    site.outside                                  # every request that left the server: []

Every request whose address is not on the site's server is blocked and recorded (the page,
its web workers and the service worker alike); chromium also resolves no host name but the
site's own (`--host-resolver-rules`), so nothing can slip out another way. JupyterLab is
driven through `window.jupyterapp` (the site sets `exposeAppInBrowser`).
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-default-apps",
                 "--disable-domain-reliability", "--disable-client-side-phishing-detection"]


class Site:
    """One browser profile on the site at `base` (e.g. http://127.0.0.1:8000)."""

    def __init__(self, browser, base: str, timeout_s: float):
        self.base = base.rstrip("/")
        self.origin = "{0.scheme}://{0.netloc}".format(urlsplit(self.base))
        self.timeout_ms = timeout_s * 1000
        self.outside: list[str] = []     # blocked requests (full URLs)
        self.inside = 0                  # requests the site's server was asked for
        self.browser, self.context = browser, None
        self.fresh_profile()

    def fresh_profile(self):
        """A new, empty browser profile (no cache, storage or saved tabs), all routes blocked
        but the site's. Each notebook gets one: JupyterLab would otherwise reopen the tabs of
        the last visit, each with a kernel of its own."""
        if self.context is not None:
            self.context.close()
        self.context = self.browser.new_context(viewport={"width": 1280, "height": 1000})
        self.context.set_default_timeout(self.timeout_ms)
        self.context.route("**/*", self._route)
        return self.context

    def _route(self, route):
        url = route.request.url
        if url.startswith(self.origin + "/"):
            self.inside += 1
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def open_notebook(self, rel: str):
        """Open `rel` (a path in the site's file list) in JupyterLab, in a fresh profile; wait
        for a kernel that has run a first statement. Returns (page, seconds from opening the
        page: the site's files come from the server again, as on a learner's first visit)."""
        page = self.fresh_profile().new_page()
        page.on("pageerror", lambda err: print(f"page error: {err}"))
        start = time.monotonic()
        page.goto(f"{self.base}/lab/index.html?path={rel}")
        page.wait_for_function(
            """rel => { const app = window.jupyterapp; if (!app) return false;
                        for (const w of app.shell.widgets("main")) {
                            const s = w.sessionContext && w.sessionContext.session;
                            if (w.context && w.context.path === rel && s && s.kernel) {
                                window.__notebook = w;      // the panel every step drives
                                app.shell.activateById(w.id);
                                return true;
                            }
                        }
                        return false; }""",
            arg=rel, timeout=self.timeout_ms, polling=250)
        page.evaluate(
            """async () => { const kernel = window.__notebook.sessionContext.session.kernel;
                             await kernel.requestExecute({code: "pass", silent: true}).done; }""")
        return page, time.monotonic() - start

    def run_all(self, page, timeout_s: float | None = None):
        """Run every cell of the open notebook; returns (seconds, problems). A problem is a
        cell with an error output (its ename: evalue), a code cell left unrun, or the cell
        still running when `timeout_s` (default: the site's timeout) ran out."""
        from playwright.sync_api import TimeoutError as PlaywrightTimeout

        start = time.monotonic()
        page.evaluate("""() => { window.__runAllDone = false;
            window.jupyterapp.shell.activateById(window.__notebook.id);
            window.jupyterapp.commands.execute("notebook:run-all-cells").finally(
                () => { window.__runAllDone = true; }); }""")
        problems = []
        try:
            # run-all resolves when the last cell is done; then the kernel must be idle too
            page.wait_for_function(
                """() => window.__runAllDone && window.__notebook
                         .sessionContext.session.kernel.status === "idle" """,
                timeout=(timeout_s or self.timeout_ms / 1000) * 1000, polling=250)
        except PlaywrightTimeout:
            running = page.evaluate("""() => {
                const cells = window.__notebook.content.model.cells;
                for (let i = 0; i < cells.length; i++) {
                    const c = cells.get(i);
                    if (c.type === "code" && c.executionState === "running")
                        return `cell ${i} (${c.sharedModel.getSource().split("\\n")[0]})`;
                }
                return "no cell"; }""")
            problems.append(f"timed out after {time.monotonic() - start:.0f} s; running: "
                            f"{running}")
        seconds = time.monotonic() - start
        problems += page.evaluate("""() => {
            const out = [];
            const cells = window.__notebook.content.model.cells;
            for (let i = 0; i < cells.length; i++) {
                const c = cells.get(i);
                if (c.type !== "code") continue;
                const data = c.toJSON();
                if (data.execution_count === null && data.source.trim())
                    out.push(`cell ${i}: not run`);
                for (const o of data.outputs)
                    if (o.output_type === "error")
                        out.push(`cell ${i}: ${o.ename}: ${o.evalue}`);
            }
            return out; }""")
        return seconds, problems

    def printed(self, page) -> str:
        """Every stream and text output of the open notebook, joined (for checks of wording)."""
        return page.evaluate("""() => {
            const parts = [];
            const cells = window.__notebook.content.model.cells;
            for (let i = 0; i < cells.length; i++) {
                const c = cells.get(i).toJSON();
                for (const o of (c.outputs || [])) {
                    if (o.text) parts.push([].concat(o.text).join(""));
                    if (o.data && o.data["text/plain"])
                        parts.push([].concat(o.data["text/plain"]).join(""));
                }
            }
            return parts.join("\\n"); }""")


@contextlib.contextmanager
def open_site(base: str, *, lan_name: str | None = None, timeout_s: float = 240):
    """A headless chromium on the site at `base`. `lan_name`: a host name chromium maps to
    127.0.0.1 (the site is then opened at http://<lan_name>:<port>, not localhost: no service
    worker, as for a learner on a classroom LAN)."""
    from playwright.sync_api import sync_playwright

    port = urlsplit(base).port
    host = lan_name or urlsplit(base).hostname
    # resolve no name at all, except the LAN name -> 127.0.0.1
    rules = "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
    if lan_name:
        rules = f"MAP {lan_name} 127.0.0.1, {rules}"
    # let routing see the service worker's own requests too (Playwright's switch for it)
    os.environ.setdefault("PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS", "1")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                    args=[*CHROMIUM_ARGS, f"--host-resolver-rules={rules}"])
        try:
            yield Site(browser, f"http://{host}:{port}", timeout_s)
        finally:
            browser.close()
