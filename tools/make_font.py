"""Make helpers/language/fonts/DLCourseSansSC-Regular.otf, the course's Chinese font (`make font`).

    python tools/make_font.py [--source FONT]    write the font
    python tools/make_font.py --check            exit 1, naming them, if characters are missing

The font is a subset of Noto Sans CJK SC Regular (SIL Open Font License 1.1) holding exactly
the characters the course draws in figures:
- every character of the Chinese texts of the message catalogue (helpers/language/catalogue/*.py and
  helpers/course/nbXX/texts.py),
- notebook 00's glossary (the table in translations/zh/00_start_here.md),
- any non-ASCII character in the notebooks' code (figure text written in a notebook),
- Latin letters, digits, punctuation and the math signs the course uses (η, θ, σ, ·, ², ±, …),
so it stays small (a full CJK font is 16–20 MB). Run it after adding Chinese text to the
catalogue; tests/test_fonts.py fails, naming the characters, until you do.

Needs fontTools (`requirements-font.txt`; `make font` installs it into .venv-font) and the
source font: Debian/Ubuntu `apt-get install fonts-noto-cjk` gives
/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc (the SC face is taken from it); or
pass `--source NotoSansCJKsc-Regular.otf` / `NotoSansSC-Regular.otf` downloaded from the
Noto CJK project. The output is byte-for-byte the same on every run with the same inputs.

`--check` needs neither: it reads the stored font's character map (with fontTools, which
matplotlib installs, so the course's .venv has it) and lists the characters of the texts
above that neither it nor DejaVu Sans (matplotlib's own font, drawn first; the course's font
is its fallback) has a glyph for. It takes well under a second, so a tool can run it to
decide whether the font must be remade; tests/test_fonts.py checks the same.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from helpers.language.fonts import FAMILY, FONT_FILE  # noqa: E402  (no matplotlib needed here)

SOURCES = [Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
           Path("/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf"),
           Path("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc")]
POSTSCRIPT_NAME = "DLCourseSansSC-Regular"
GLOSSARY = ROOT / "translations" / "zh" / "00_start_here.md"

# Latin, digits, punctuation and math signs: always in the font (where the source has them).
BASE_RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x370, 0x3FF), (0x1D2C, 0x1D6A), (0x2010, 0x205E),
               (0x2070, 0x209F), (0x2190, 0x21FF), (0x2200, 0x22FF), (0x3000, 0x303F),
               (0xFF01, 0xFF5E)]


def catalogue_texts() -> list[str]:
    """Every Chinese text of the message catalogue."""
    from helpers.language.catalogue import MESSAGES

    return [entry["zh"] for entry in MESSAGES.values()]


def glossary_text(path: Path = GLOSSARY) -> str:
    """The glossary table of notebook 00's translation (its rows, from the `| English |` line)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| English |"))
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append(line)
    return "\n".join(rows)


def notebook_code_text() -> str:
    """Non-ASCII text in the code cells of the English notebooks (the zh ones have the same)."""
    found = []
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "code":
                found.append(re.sub(r"[\x00-\x7f]", "", "".join(cell["source"])))
    return "".join(found)


def text_characters() -> set[str]:
    """The characters of the texts the font serves (catalogue, glossary, notebooks' code)."""
    text = "".join(catalogue_texts()) + glossary_text() + notebook_code_text()
    return {ch for ch in text if ch.isprintable() and not ch.isspace()}


def wanted_characters() -> set[str]:
    return text_characters() | {chr(c) for lo, hi in BASE_RANGES for c in range(lo, hi + 1)}


def charmap(font_file: Path) -> set[int]:
    """The code points a font file has glyphs for."""
    from fontTools.ttLib import TTFont

    with TTFont(str(font_file), lazy=True) as font:
        return set(font.getBestCmap())


def dejavu_file() -> Path:
    """DejaVu Sans as matplotlib ships it (matplotlib's default font)."""
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"


def missing_characters(font_file: Path = FONT_FILE, chars: set[str] | None = None) -> list[str]:
    """The characters of `chars` (default: the texts') that neither `font_file` nor DejaVu
    Sans has a glyph for: those a figure would draw as boxes."""
    chars = text_characters() if chars is None else chars
    have = charmap(font_file) | charmap(dejavu_file())
    return sorted(ch for ch in chars if ord(ch) not in have)


def check(font_file: Path = FONT_FILE) -> int:
    """0 if the font has every character of the texts; else 1, and say which are missing."""
    if not font_file.exists():
        print(f"{font_file} does not exist: run `make font` (python tools/make_font.py).")
        return 1
    missing = missing_characters(font_file)
    if missing:
        print(f"The course's font lacks {len(missing)} character(s) the texts use: "
              f"{''.join(missing)}\nRemake it: `make font` (python tools/make_font.py).")
        return 1
    print(f"{font_file.name} has every character the texts use ({len(text_characters())}).")
    return 0


def open_source(path: Path | None):
    """The Simplified Chinese face of the source font (a .ttc collection or a single font)."""
    from fontTools.ttLib import TTCollection, TTFont

    candidates = [path] if path else SOURCES
    found = next((p for p in candidates if p and p.exists()), None)
    if found is None:
        sys.exit("No source font found (looked for " + ", ".join(map(str, candidates)) + "). "
                 "Install it (apt-get install fonts-noto-cjk) or pass --source with a Noto "
                 "Sans CJK SC / Noto Sans SC Regular file.")
    if found.suffix.lower() == ".ttc":
        for font in TTCollection(str(found)).fonts:
            if font["name"].getDebugName(6).endswith("CJKsc-Regular"):
                return found, font
        sys.exit(f"{found} has no Noto Sans CJK SC Regular face.")
    return found, TTFont(str(found))


def subset(font, chars: set[str]):
    """Keep only `chars` (and .notdef); no hinting, no layout tables matplotlib does not use."""
    from fontTools import subset as ft_subset

    options = ft_subset.Options()
    options.layout_features = ["kern"]     # matplotlib lays text out itself: kerning only
    options.hinting = False                # matplotlib's renderer does not need the hints
    options.notdef_outline = True
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 10, 13, 14]
    options.name_languages = [0x409]
    options.drop_tables += ["VORG", "vhea", "vmtx", "DSIG"]
    cmap = font.getBestCmap()
    keep = sorted(ord(ch) for ch in chars if ord(ch) in cmap)
    subsetter = ft_subset.Subsetter(options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(font)
    return keep


def rename(font) -> None:
    """A subset is a Modified Version under the OFL: give it its own name, say what it is."""
    name = font["name"]
    source = name.getDebugName(4)
    for nid, text in [(1, FAMILY), (2, "Regular"), (3, f"{POSTSCRIPT_NAME};subset"),
                      (4, FAMILY), (6, POSTSCRIPT_NAME),
                      (10, f"A subset of {source} for the course's figures "
                           "(tools/make_font.py): only the characters the course draws.")]:
        name.setName(text, nid, 3, 1, 0x409)
    name.names = [n for n in name.names if n.nameID not in (16, 17, 21, 22)]
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [POSTSCRIPT_NAME]
        top = cff.topDictIndex[0]
        for key, value in [("FullName", FAMILY), ("FamilyName", FAMILY)]:
            setattr(top, key, value)


def build(source: Path | None, out: Path = FONT_FILE) -> tuple[Path, int, int]:
    """Write the subset to `out`; return (source path, characters kept, size in bytes)."""
    found, font = open_source(source)
    kept = subset(font, wanted_characters())
    rename(font)
    font.recalcTimestamp = False           # the same bytes on every run
    out.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(out))
    return found, len(kept), out.stat().st_size


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, help="a Noto Sans CJK (SC) font file or .ttc")
    parser.add_argument("--out", type=Path, default=FONT_FILE)
    parser.add_argument("--check", action="store_true",
                        help="only check that the font (--out) has every character; 1 if not")
    args = parser.parse_args(argv)
    if args.check:
        return check(args.out)
    found, n, size = build(args.source, args.out)
    cjk = sum(1 for ch in wanted_characters() if unicodedata_wide(ch))
    print(f"{args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}: "
          f"{n} characters ({cjk} wide/CJK) from {found}, {size / 1e6:.2f} MB")
    return 0


def unicodedata_wide(ch: str) -> bool:
    import unicodedata

    return unicodedata.east_asian_width(ch) in "WF"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
