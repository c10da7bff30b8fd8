"""Point every Colab/Binder badge and every setup cell at the published repo, in one command.

Usage: python tools/set_repo_url.py OWNER/NAME [--ref REF]

The repo's public address is one setting, `GITHUB_REPO` in `tools/nbbuild.py`, with `BRANCH`
(what the badges open and what the setup cell fetches: a branch, or a tag to pin a release).
This rewrites that setting, then everything made from it: the badges and the setup cell of
every notebook (notebooks/, recursively, and tests/fixtures/) and the badges in README.md
(`python tools/nbbuild.py sync` does that last part alone). Stored outputs do not change.
`tests/test_notebooks_meta.py` checks every badge and setup cell against the setting.
"""

from __future__ import annotations

import argparse
import re
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPO_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$")
REF_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("repo", help="OWNER/NAME on GitHub, e.g. datawhalechina/dl-explained-ch1")
    parser.add_argument("--ref", help="branch or tag the badges open and the setup cell fetches")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)  # tests
    args = parser.parse_args(argv)
    if not REPO_RE.match(args.repo):
        parser.error(f"expected OWNER/NAME as on GitHub (e.g. datawhalechina/dl-explained-ch1),"
                     f" got {args.repo!r}")
    if args.ref is not None and not REF_RE.match(args.ref):
        parser.error(f"expected a branch or tag name such as main or v1.0 (no '/'), "
                     f"got {args.ref!r}")

    nbbuild = args.root.resolve() / "tools" / "nbbuild.py"
    text = re.sub(r'^GITHUB_REPO = ".*"$', f'GITHUB_REPO = "{args.repo}"', nbbuild.read_text(),
                  count=1, flags=re.M)
    if args.ref is not None:
        text = re.sub(r'^BRANCH = ".*"$', f'BRANCH = "{args.ref}"', text, count=1, flags=re.M)
    nbbuild.write_text(text)
    print(f"rewrote {nbbuild}")

    new = runpy.run_path(str(nbbuild))  # the settings just written, and the functions using them
    for path in new["all_notebooks"]():
        if new["sync"](path):
            print(f"rewrote {path}")
    if new["sync_readme"](new["ROOT"] / "README.md"):
        print("rewrote README.md")
    print(f"Badges and setup cells now point at https://github.com/{new['GITHUB_REPO']} "
          f"({new['BRANCH']}). Run `make test` to check them.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
