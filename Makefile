# Shortcuts for the course's launcher, tools/course.py (stdlib Python: it works without make,
# on Windows too: `py tools\course.py lab`). Everything installs itself into .venv on first use.
#   make lab          set up, then open JupyterLab on notebooks/ (make lab PORT=9000)
#   make test         set up, then run every test (ruff, unit tests, nbval, browser)
#   make test-latest  the same suite with the newest releases (.venv-latest, no lock)
#   make lock         re-resolve tools/locks/py3.X.txt (exact versions) for Python 3.10-3.14
#   make notebooks    re-execute every notebook in a fresh kernel and store its outputs
#   make zh           build the Chinese edition notebooks/zh/ from the English + translations/zh/
#   make font         regenerate helpers/language/fonts/ (the Chinese font) after adding Chinese text
#   make html         render every notebook to build/html (for projecting or printing)
#   make bench        benchmarks (installs torch and scikit-learn into .venv-bench)
#   make determinism  stored outputs == a fresh run, 3 times in a row
#   make lite         build the browser edition (JupyterLite, no install) into build/lite
#   make serve-lite   serve build/lite to a classroom (prints the address for learners)

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 8888
# VENV=... given on the command line or in the environment goes to the launcher too.
COURSE := $(PYTHON) tools/course.py $(if $(filter command line environment,$(origin VENV)),--venv $(VENV))

.PHONY: lab test test-latest lock lint unit nbval browser notebooks zh font html bench determinism \
        setup setup-dev info clean $(VENV)/.runtime $(VENV)/.dev \
        lite serve-lite

# --- setup: the launcher makes .venv and installs the locked versions, only when needed ------
# ($(VENV)/.runtime and $(VENV)/.dev stay as prerequisites other targets can name.)
$(VENV)/.runtime:
	@$(COURSE) setup
$(VENV)/.dev:
	@$(COURSE) setup --dev
setup: $(VENV)/.runtime
setup-dev: $(VENV)/.dev

# --- the two commands -----------------------------------------------------------------------
lab:
	$(COURSE) lab --port $(PORT)

test:
	$(COURSE) test

test-latest:
	$(PYTHON) tools/course.py test-latest

lock:
	$(PYTHON) tools/course.py lock

# --- pieces of `make test`, handy while working ---------------------------------------------
lint: $(VENV)/.dev
	$(BIN)/python -m ruff check .

unit: $(VENV)/.dev
	$(BIN)/python -m pytest -q -rs tests

nbval: $(VENV)/.dev
	$(BIN)/python -m pytest -q --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg notebooks

# --- stored outputs come from here, never from hand edits ------------------------------------
# The English notebooks run; the Chinese ones (notebooks/zh/) are built from them (translated
# markdown, language="zh" in the setup cell), then run too: their outputs are Chinese.
notebooks:
	$(COURSE) notebooks

zh:
	$(COURSE) zh

# --- the course's Chinese font: a subset of Noto Sans CJK SC (fontTools in .venv-font) -------
FONT_VENV ?= .venv-font

$(FONT_VENV)/.font: requirements-font.txt
	[ -x $(FONT_VENV)/bin/python ] || $(PYTHON) -m venv $(FONT_VENV)
	$(FONT_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-font.txt
	touch $@

font: $(FONT_VENV)/.font
	$(FONT_VENV)/bin/python tools/make_font.py

html:
	$(COURSE) html

# --- benchmarks: torch and scikit-learn go into their own venv, never into .venv --------------
bench:
	$(PYTHON) tools/course.py bench

# --- the notebooks' stored outputs equal a fresh run, 3 times in a row (any venv) ------------
determinism:
	$(COURSE) determinism

info:
	$(COURSE) info

# --- the browser edition: its build tools go into their own .venv-lite (made by the tool) -----
lite:
	$(PYTHON) tools/build_lite.py

serve-lite:
	$(PYTHON) tools/serve_lite.py --port $(or $(LITE_PORT),8000)

clean:
	rm -rf $(VENV) .venv-bench .venv-latest .venv-lock .venv-colab .venv-font .venv-lite build test-artifacts
