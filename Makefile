# The course's commands. Everything installs itself into .venv on first use.
#   make lab        set up, then open JupyterLab on notebooks/
#   make test       set up, then run every test (ruff, unit tests, nbval, browser)
#   make notebooks  re-execute every notebook in a fresh kernel and store its outputs
#   make zh         build the Chinese edition notebooks/zh/ from the English + translations/zh/
#   make html       render every notebook to build/html (for projecting or printing)
#   make bench      benchmarks (installs torch and scikit-learn into .venv-bench)
#   make determinism  stored outputs == a fresh run, 3 times in a row
#   make lite       build the browser edition (JupyterLite, no install) into build/lite
#   make serve-lite serve build/lite to a classroom (prints the address for learners)

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 8888
ROOT_FLAG := $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)

.PHONY: lab test lint unit nbval browser notebooks zh html bench determinism setup setup-dev clean \
	lite serve-lite

# --- setup: a venv from requirements*.txt, redone only when they change ---------------------
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt $(VENV)/.runtime
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

setup: $(VENV)/.runtime
setup-dev: $(VENV)/.dev

# --- the two commands -----------------------------------------------------------------------
lab: $(VENV)/.runtime
	@echo "Starting JupyterLab on notebooks/ -- open the http://127.0.0.1:$(PORT)/lab?token=... URL it prints below."
	$(BIN)/jupyter lab --ServerApp.root_dir=notebooks --ip=127.0.0.1 --port=$(PORT) $(ROOT_FLAG)

test: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/pytest -rs --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg tests notebooks

# --- pieces of `make test`, handy while working ---------------------------------------------
lint: $(VENV)/.dev
	$(BIN)/ruff check .

unit: $(VENV)/.dev
	$(BIN)/pytest -q -rs tests

nbval: $(VENV)/.dev
	$(BIN)/pytest -q --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg notebooks

# --- stored outputs come from here, never from hand edits ------------------------------------
# The English notebooks run; the Chinese ones (notebooks/zh/) are built from them, outputs and all.
notebooks: $(VENV)/.dev
	$(BIN)/python tools/execute_notebooks.py notebooks/*.ipynb
	$(BIN)/python tools/build_zh.py

zh: $(VENV)/.runtime
	$(BIN)/python tools/build_zh.py

html: $(VENV)/.runtime
	$(BIN)/python tools/render_html.py notebooks

# --- benchmarks: torch and scikit-learn go into their own venv, never into .venv --------------
BENCH_VENV ?= .venv-bench

$(BENCH_VENV)/.bench: requirements.txt requirements-bench.txt
	[ -x $(BENCH_VENV)/bin/python ] || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	touch $@

bench: $(BENCH_VENV)/.bench
	$(BENCH_VENV)/bin/python benchmarks/run.py

# --- the notebooks' stored outputs equal a fresh run, 3 times in a row (any venv) ------------
determinism: $(VENV)/.dev
	tools/check_determinism.sh $(VENV) notebooks

# --- the browser edition: its build tools go into their own .venv-lite (made by the tool) -----
lite:
	$(PYTHON) tools/build_lite.py

serve-lite:
	$(PYTHON) tools/serve_lite.py --port $(or $(LITE_PORT),8000)

clean:
	rm -rf $(VENV) $(BENCH_VENV) .venv-colab .venv-lite build test-artifacts
