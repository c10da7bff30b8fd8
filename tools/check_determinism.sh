#!/usr/bin/env bash
# The notebooks' stored outputs equal a fresh run, 3 times in a row (nbval, strict mode).
#
# Usage: tools/check_determinism.sh [VENV] [NOTEBOOK_OR_FOLDER ...]
#   VENV      the environment the notebooks' kernel runs in (default .venv), e.g. .venv-colab
#             for the Colab-like versions. It needs ipykernel (and the course's packages). If
#             it has no pytest/nbval, the checker itself runs from .venv and only the kernel
#             runs in VENV (through a temporary kernelspec).
#   NOTEBOOK  notebooks or folders to check (default notebooks/).
# `make determinism` runs it on .venv. RUNS=5 tools/check_determinism.sh ... for more runs.
# Exit status 0 only if every run passes; each run's result is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${1:-.venv}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(notebooks)
RUNS="${RUNS:-3}"

if [ ! -x "$VENV/bin/python" ]; then
  echo "$VENV/bin/python not found: give a virtual environment (make setup-dev makes .venv)." >&2
  exit 2
fi
VENV_ABS="$(cd "$VENV" && pwd)"
if "$VENV/bin/python" -c "import nbval" 2>/dev/null; then
  CHECKER=("$VENV/bin/pytest" --nbval-current-env)
else  # e.g. .venv-colab: pytest + nbval from .venv, the kernel from VENV
  if [ ! -x .venv/bin/pytest ]; then
    echo "$VENV has no nbval and .venv has no pytest: run make setup-dev first." >&2
    exit 2
  fi
  KERNELS="$(mktemp -d)"
  trap 'rm -rf "$KERNELS"' EXIT
  mkdir -p "$KERNELS/kernels/determinism-check"
  cat > "$KERNELS/kernels/determinism-check/kernel.json" <<EOF
{"argv": ["$VENV_ABS/bin/python", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
 "display_name": "determinism check ($VENV)", "language": "python"}
EOF
  export JUPYTER_PATH="$KERNELS${JUPYTER_PATH:+:$JUPYTER_PATH}"
  CHECKER=(.venv/bin/pytest --nbval-kernel-name determinism-check)
fi
echo "Kernel environment: $VENV ($("$VENV/bin/python" -c 'import ipywidgets, numpy, pandas, matplotlib as m; print(f"ipywidgets {ipywidgets.__version__}, numpy {numpy.__version__}, pandas {pandas.__version__}, matplotlib {m.__version__}")'))"
failed=0
for run in $(seq 1 "$RUNS"); do
  start=$(date +%s)
  log="$(mktemp)"
  if "${CHECKER[@]}" -q -p no:cacheprovider --nbval \
       --nbval-sanitize-with tests/nbval_sanitize.cfg "${TARGETS[@]}" > "$log" 2>&1; then
    echo "run $run/$RUNS: stored outputs match a fresh run ($(tail -n 1 "$log" | tr -d '='); $(( $(date +%s) - start )) s)"
  else
    failed=1
    echo "run $run/$RUNS: MISMATCH (log below)"
    tail -n 60 "$log"
  fi
  rm -f "$log"
done
if [ "$failed" = 0 ]; then
  echo "Deterministic: $RUNS fresh runs in a row equal the stored outputs."
else
  echo "NOT deterministic: see the mismatches above (seed everything; print rounded numbers)." >&2
fi
exit "$failed"
