"""The course's Chinese font, so Chinese figure text draws everywhere (Colab has no CJK font).

`DLCourseSansSC-Regular.otf` (beside this file) is a subset of Noto Sans CJK SC Regular (SIL
Open Font License 1.1, see `OFL.txt`): exactly the characters of the message catalogue's
Chinese texts and notebook 00's glossary, plus Latin, digits and math signs, so it stays
small. `make font` (tools/make_font.py) makes it again after the catalogue changes;
tests/test_fonts.py fails, naming the characters, when a Chinese text has one it lacks.

`register()` (called when `helpers.plots` is imported) adds it to matplotlib as the *last*
family of `font.family`, a fallback: every character the usual font (DejaVu Sans) has is
drawn by it exactly as before, so English figures do not change by a single pixel; only the
characters it lacks (Chinese) come from this font.
"""

from __future__ import annotations

from pathlib import Path

FONT_FILE = Path(__file__).resolve().parent / "DLCourseSansSC-Regular.otf"
FAMILY = "DL Course Sans SC"  # the family name written into the subset (not "Noto": a subset)


def register() -> None:
    """Make matplotlib draw the characters its default font lacks (Chinese) with our font.

    Adds the font file to matplotlib's font list (once) and appends FAMILY to
    rcParams["font.family"] (once). Safe to call again, e.g. after `plt.rcdefaults()`.
    """
    import matplotlib as mpl
    from matplotlib import font_manager

    if not FONT_FILE.exists():  # a copy of the course without the font: figures still work
        return
    if not any(f.name == FAMILY for f in font_manager.fontManager.ttflist):
        font_manager.fontManager.addfont(str(FONT_FILE))
    families = list(mpl.rcParams["font.family"])
    if FAMILY not in families:
        mpl.rcParams["font.family"] = [*families, FAMILY]
