"""The course's Chinese font (helpers/fonts): small, licensed, complete, invisible in English.

- it holds every character the Chinese texts need (else: `make font`);
- English figures are the same PNG bytes with and without it registered (a fallback only);
- on a machine without any CJK font (Colab: only DejaVu and Liberation), a Chinese figure
  draws with no "Glyph … missing" warning and differs from the boxes drawn without it.

Runs in the Colab-like venv too (tests/test_colab_env.py), with matplotlib 3.8.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib import font_manager, ft2font

from helpers.language import fonts
from helpers.language.catalogue import MESSAGES
from tools import make_font

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "translations" / "zh" / "00_start_here.md"
FIX = ("run `make font` (python tools/make_font.py) to remake helpers/language/fonts/ from the "
       "catalogue")


def charmap(path) -> set[int]:
    return set(ft2font.FT2Font(str(path)).get_charmap())


def dejavu() -> set[int]:
    return charmap(font_manager.findfont("DejaVu Sans", fallback_to_default=False))


def glossary() -> str:
    lines = GLOSSARY.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| English |"))
    end = next((i for i in range(start, len(lines)) if not lines[i].startswith("|")), len(lines))
    return "\n".join(lines[start:end])


def test_the_font_is_small_licensed_and_named_as_a_subset():
    assert fonts.FONT_FILE.exists(), f"no {fonts.FONT_FILE.name}: {FIX}"
    size = fonts.FONT_FILE.stat().st_size
    assert size <= 2_000_000, f"the font is {size / 1e6:.2f} MB, more than 2 MB"
    licence = (fonts.FONT_FILE.parent / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and "Adobe" in licence
    assert font_manager.FontProperties(fname=fonts.FONT_FILE).get_name() == fonts.FAMILY


@pytest.mark.parametrize("what, text", [
    ("the catalogue's Chinese texts", "".join(e["zh"] for e in MESSAGES.values())),
    ("notebook 00's glossary", glossary()),
], ids=["catalogue", "glossary"])
def test_the_font_has_every_character_the_chinese_texts_need(what, text):
    """Every character DejaVu Sans (matplotlib's font) lacks must be in the course's font."""
    have = charmap(fonts.FONT_FILE) | dejavu()
    missing = sorted({ch for ch in text if ch.isprintable() and not ch.isspace()
                      and ord(ch) not in have})
    assert not missing, (f"{what} use characters the course's font lacks: "
                         f"{''.join(missing)!r}: {FIX}")


def test_make_font_check_passes_and_names_what_is_missing(monkeypatch, capsys):
    """`python tools/make_font.py --check`: 0 for the stored font; 1 naming the characters
    (none of the font's, none of DejaVu's) once a text uses one the font lacks."""
    assert make_font.main(["--check"]) == 0, capsys.readouterr().out
    assert "has every character" in capsys.readouterr().out
    rare = "龘"  # U+9F98: in Noto Sans CJK, in no course text, so not in the subset
    assert ord(rare) not in charmap(fonts.FONT_FILE) | dejavu()
    assert make_font.missing_characters(chars={rare, "的", "ŷ"}) == [rare]  # ŷ: DejaVu has it
    texts = make_font.text_characters()
    monkeypatch.setattr(make_font, "text_characters", lambda: texts | {rare})
    assert make_font.main(["--check"]) == 1
    out = capsys.readouterr().out
    assert "lacks 1 character(s)" in out and rare in out and "make font" in out


def test_importing_helpers_plots_registers_the_font_as_the_last_fallback():
    import helpers.frontend.plots  # noqa: F401

    families = list(mpl.rcParams["font.family"])
    assert families[-1] == fonts.FAMILY and families[0] != fonts.FAMILY
    fonts.register()
    assert list(mpl.rcParams["font.family"]).count(fonts.FAMILY) == 1  # once only


def _english_figure_png(families) -> bytes:
    """A figure with every kind of English text: title, labels, legend, ticks, dates, math."""
    from helpers.frontend.plots import draw_network, plot_views

    with mpl.rc_context({"font.family": families}):
        fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 3))
        days = pd.date_range("2020-11-01", "2021-02-28", freq="D")
        views = pd.Series(1000 + 200 * np.sin(np.arange(len(days))), index=days)
        plot_views(views, ax1, split="2021-01-01")
        draw_network(56, 10, ax=ax2)
        ax2.text(0, 0, "η = 0.1, ŷ, θ → ∇L(θ), −1, 10³ ± 0.5, L'", fontsize=9)
        fig.suptitle("Loss vs updates ($w_{ij}$, σ)")
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
        plt.close(fig)
    return buf.getvalue()


def test_english_figures_are_the_same_pixels_with_the_course_font_registered():
    import helpers.frontend.plots  # noqa: F401  (registers the font)

    without = [f for f in mpl.rcParams["font.family"] if f != fonts.FAMILY]
    assert _english_figure_png(without) == _english_figure_png([*without, fonts.FAMILY])


# --- a machine with no CJK font at all (Colab) ----------------------------------------------------

NO_SYSTEM_FONTS = """
import sys
from pathlib import Path
from matplotlib import font_manager as fm               # (loads this machine's usual font list)
system = fm.findSystemFonts                             # matplotlib's own fonts only:
fm.findSystemFonts = lambda fontpaths=None, fontext="ttf": (
    system(fontpaths, fontext) if fontpaths else [])   # no folder of this machine
fm.json_dump(fm.FontManager(), Path(sys.argv[1], f"fontlist-v{fm.FontManager.__version__}.json"))
"""

RENDER = """
import io, json, sys, warnings
import matplotlib
matplotlib.use("Agg")
import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib import font_manager

before = sorted({f.name for f in font_manager.fontManager.ttflist})
sys.path.insert(0, sys.argv[1])
from helpers.language.fonts import FAMILY
from helpers.language.messages import set_language, t
from helpers.frontend.plots import plot_views                   # registers the course's font
set_language("zh")

def png(families):
    with mpl.rc_context({"font.family": families}), warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        fig, ax = plt.subplots()
        days = pd.date_range("2020-12-01", "2021-01-31", freq="D")
        plot_views(pd.Series(np.arange(len(days)) * 10.0, index=days), ax, split="2021-01-01")
        ax.set_title(t("nb02.weekday_title") + "（损失、学习率、回合）")
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
        plt.close(fig)
    return buf.getvalue(), [str(w.message) for w in seen if "missing from" in str(w.message)
                            or "does not have a glyph" in str(w.message)]

ours, warned = png(list(mpl.rcParams["font.family"]))
tofu, warned_tofu = png([f for f in mpl.rcParams["font.family"] if f != FAMILY])
print(json.dumps({"fonts": before, "warned": warned, "warned_tofu": warned_tofu,
                  "same": ours == tofu, "families": list(mpl.rcParams["font.family"])}))
"""


def test_chinese_figure_draws_on_a_machine_without_any_cjk_font(tmp_path):
    """A fresh matplotlib config whose font list holds matplotlib's own fonts only (as on
    Colab, whatever this machine has installed): the course's font alone draws the Chinese."""
    config = tmp_path / "mplconfig"
    config.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MPLCONFIGDIR")}
    env["MPLBACKEND"] = "Agg"
    made = subprocess.run([sys.executable, "-c", NO_SYSTEM_FONTS, str(config)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert made.returncode == 0, made.stderr[-3000:]
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(RENDER), str(ROOT)],
                          env={**env, "MPLCONFIGDIR": str(config)}, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    cjk = [f for f in result["fonts"] if re.search(r"CJK|Hei|Song|Ming|Gothic|WenQuanYi|Droid",
                                                   f)]
    assert not cjk, f"the test machine's fonts leaked into the font list: {cjk}"
    assert result["warned_tofu"], "without the course's font, Chinese should draw as boxes"
    assert result["warned"] == [], f"missing glyphs with the course's font: {result['warned']}"
    assert not result["same"], "the Chinese figure is the same PNG as the one with boxes"
