# -*- coding: utf-8 -*-
"""The course's launcher: set up, open JupyterLab, run the tests, on Windows, macOS and Linux.

    python3 tools/course.py lab      Linux / macOS: set up (first time only), open JupyterLab
    py tools\\course.py lab           Windows (PowerShell or cmd); `python` works too
    python3 tools/course.py test     set up the test tools too, then run every test

Other commands (`python3 tools/course.py --help` lists them all): setup [--dev], test-latest,
lock, notebooks, zh, html, bench, determinism, info. `make lab`, `make test`, ... call this
file: there is one implementation of "make the venv, install, run".

What it does: makes a virtual environment `.venv` next to this repo's notebooks with the
Python that runs this file (`--venv PATH` or COURSE_VENV put it elsewhere), installs
`requirements.txt` (`requirements-dev.txt` for the tests) with the exact versions of
`tools/locks/py3.X.txt` (the versions the stored outputs were made with), and reinstalls
only when one of those files changes. It calls pip plainly, so pip's own settings apply:
PIP_INDEX_URL, `pip config set global.index-url ...`, proxies (README: "slow network").

Standard library only. This file checks the Python version first, and must still *parse* on
old Pythons (2.7, 3.6-3.9: no f-strings, no keyword-only arguments, no `*` unpacking in
literals, no annotations), so that they get the clear "install Python 3.X" message below
instead of a SyntaxError; so must launcher/__init__.py and launcher/versions.py, the only
files imported before that check. The commands themselves live in tools/launcher/, a module
per job:

    launcher/core.py       paths, printing, the platform (Windows or not), running a program
    launcher/install.py    the venv: make it, install into it once, the install stamp
    launcher/lockfile.py   which lock file, and reading it for this machine
    launcher/lab.py        `lab`: JupyterLab on notebooks/ with a token
    launcher/test.py       `test`, `test-latest`: ruff and pytest, under other CPUs too
    launcher/lock.py       `lock`: resolving tools/locks/py3.X.txt for every Python and OS
    launcher/commands.py   setup, notebooks, zh, html, bench, determinism, info
    launcher/cli.py        the command line: every command and option, `--help`
"""

from __future__ import print_function

import os
import sys

if __package__:  # imported as tools.course (the tests)
    from .launcher.versions import RECOMMENDED, REFERENCE, SUPPORTED  # noqa: F401
else:  # run as a file: import tools/launcher/ (also under PYTHONSAFEPATH)
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from launcher.versions import RECOMMENDED, REFERENCE, SUPPORTED  # noqa: F401


def _refuse_old_python():
    """Python older than 3.10: say so in English and Chinese, name the version to install."""
    here = "{0}.{1}.{2}".format(*sys.version_info[:3])
    args = " ".join(sys.argv[1:]) or "lab"
    lines = [
        "",
        "This course needs Python {0}.{1} or newer ({0}.{1} to {2}.{3} are tested); this is "
        "Python {4}".format(SUPPORTED[0][0], SUPPORTED[0][1], SUPPORTED[1][0], SUPPORTED[1][1],
                            here),
        "  ({0}).".format(sys.executable),
        "Install Python {0} from https://www.python.org/downloads/ (on Windows tick "
        "\"Add python.exe to PATH\"), then run the same command with it:".format(RECOMMENDED),
        "    Windows:      py -{0} tools\\course.py {1}".format(RECOMMENDED, args),
        "    macOS/Linux:  python{0} tools/course.py {1}".format(RECOMMENDED, args),
        "Anaconda: conda create -n dl-course python={0}, then conda activate dl-course and "
        "python tools/course.py {1}".format(RECOMMENDED, args),
        "",
        "本课程需要 Python {0}.{1} 或更新的版本（已测试 {0}.{1} 至 {2}.{3}），当前是 Python {4}。"
        .format(SUPPORTED[0][0], SUPPORTED[0][1], SUPPORTED[1][0], SUPPORTED[1][1], here),
        "请从 https://www.python.org/downloads/ 安装 Python {0}（Windows 安装时勾选 "
        "\"Add python.exe to PATH\"），然后用它重新运行上面的命令。".format(RECOMMENDED),
        "",
    ]
    text = "\n".join(lines)
    stream = getattr(sys.stderr, "buffer", None)
    if sys.version_info[0] < 3:  # Python 2: the literals above are already UTF-8 bytes
        sys.stderr.write(text)
    elif stream is not None:
        stream.write(text.encode(sys.stderr.encoding or "utf-8", "replace"))
        stream.flush()
    else:
        sys.stderr.write(text)
    sys.exit(3)


if sys.version_info[:2] < SUPPORTED[0]:
    _refuse_old_python()

# --- from here on: Python 3.10+ (the modules of tools/launcher/ may use its syntax) --------
if __package__:
    from . import house
    from .launcher import cli
else:
    import house
    from launcher import cli


def main(argv=None):
    return cli.main(argv, groups=(house,))


if __name__ == "__main__":
    sys.exit(main())
