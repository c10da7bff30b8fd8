"""Serve the browser edition (build/lite) to a classroom: `make serve-lite`.

    python tools/serve_lite.py                  # every network of this computer, port 8000
    python tools/serve_lite.py --port 9000 --dir build/lite
    python tools/serve_lite.py --local          # this computer only (127.0.0.1)

Only the Python standard library: it works the same on Windows, macOS and Linux. It prints the
addresses to give learners (http://<this computer's address>:8000/). Every learner's browser
downloads the site once (about 60 MB) and then runs the notebooks itself: the laptop only hands
out files, so one laptop serves a whole class. Pages opened from a LAN address run without a
service worker (browsers allow those only on https or localhost); the course does not need one.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import socket
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "build" / "lite"

# What browsers insist on: WebAssembly must be application/wasm, ES modules a JavaScript type.
MIME_TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".whl": "application/zip",
    ".zip": "application/zip",
    ".ipynb": "application/json",
    ".svg": "image/svg+xml",
    ".css": "text/css",
    ".html": "text/html; charset=utf-8",
    ".webmanifest": "application/manifest+json",
    ".woff2": "font/woff2",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files with the right types; quiet unless `verbose`; counts what it served."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}
    verbose = False

    def end_headers(self):
        # Revalidate every time: after a rebuild nobody gets a stale notebook or wheel.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        self.server.served.append(self.path)
        if self.verbose:
            super().log_message(format, *args)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, handler):
        self.served: list[str] = []
        super().__init__(address, handler)

    def handle_error(self, request, client_address):
        """A browser that closes a connection early (page left, tab closed) is no error."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def make_server(site: Path = SITE, host: str = "0.0.0.0", port: int = 8000,
                verbose: bool = False) -> Server:
    """A server for `site` on host:port (port 0: any free one); call .serve_forever()."""
    if not (site / "index.html").exists():
        sys.exit(f"serve_lite: no site in {site}: build it first with `make lite` "
                 "(python tools/build_lite.py).")
    handler = functools.partial(type("SiteHandler", (Handler,), {"verbose": verbose}),
                                directory=str(site))
    return Server((host, port), handler)


def serve_in_background(site: Path = SITE, host: str = "127.0.0.1") -> tuple[Server, str]:
    """Start a server on a free port in a thread (tests, benchmarks); returns it and its URL."""
    server = make_server(site, host, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://{host}:{server.server_address[1]}"


def lan_addresses() -> list[str]:
    """This computer's IPv4 addresses that other computers on the network can reach."""
    found = set()
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.add(info[4][0])
    except OSError:
        pass
    try:  # the address of the default route's interface (no packet is sent by connect on UDP)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed, nothing is sent
            found.add(s.getsockname()[0])
    except OSError:
        pass
    return sorted(a for a in found if not a.startswith("127."))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Serve the browser edition to a classroom.")
    parser.add_argument("--dir", type=Path, default=SITE, help="the site (default build/lite)")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--local", action="store_true",
                        help="only this computer (127.0.0.1), not the network")
    parser.add_argument("--verbose", action="store_true", help="print every request")
    args = parser.parse_args(argv)
    host = "127.0.0.1" if args.local else "0.0.0.0"
    try:
        server = make_server(args.dir, host, args.port, args.verbose)
    except OSError as err:
        sys.exit(f"serve_lite: cannot use port {args.port} ({err.strerror}); "
                 "try another: --port 9000")
    port = server.server_address[1]
    print(f"Serving the browser edition from {args.dir} (Ctrl+C to stop).")
    print(f"正在提供浏览器版：{args.dir}（按 Ctrl+C 停止）。")
    print(f"  On this computer / 本机:      http://localhost:{port}/")
    if not args.local:
        addresses = lan_addresses()
        for a in addresses:
            print(f"  Give learners / 发给学员:   http://{a}:{port}/")
        if not addresses:
            print("  (no network address found: is this computer on the classroom network?)\n"
                  "  （没有找到网络地址：这台电脑连上教室的网络了吗？）")
        print("  If learners cannot connect, allow Python through this computer's firewall "
              "(Windows asks the first time: tick 'Private networks').\n"
              "  如果学员连不上，请允许 Python 通过本机防火墙"
              "（Windows 第一次会询问：勾选“专用网络”）。")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("\nstopped.")
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
