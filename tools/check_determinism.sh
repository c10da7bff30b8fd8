#!/usr/bin/env bash
# The notebooks' stored outputs equal a fresh run, 3 times in a row (nbval, strict mode).
#
# Usage: tools/check_determinism.sh [VENV] [NOTEBOOK_OR_FOLDER ...]
#   VENV      a virtual environment with pytest and nbval (default .venv); e.g. .venv-colab
#             to check the Colab-like versions. The kernel runs in that same environment.
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

if [ ! -x "$VENV/bin/pytest" ]; then
  echo "$VENV/bin/pytest not found: give a venv with pytest and nbval (make setup-dev makes .venv)." >&2
  exit 2
fi
echo "Environment: $VENV ($("$VENV/bin/python" -c 'import ipywidgets, numpy, pandas, matplotlib as m; print(f"ipywidgets {ipywidgets.__version__}, numpy {numpy.__version__}, pandas {pandas.__version__}, matplotlib {m.__version__}")'))"
failed=0
for run in $(seq 1 "$RUNS"); do
  start=$(date +%s)
  if "$VENV/bin/pytest" -q -p no:cacheprovider --nbval --nbval-current-env \
       --nbval-sanitize-with tests/nbval_sanitize.cfg "${TARGETS[@]}" > "/tmp/determinism-$$-$run.log" 2>&1; then
    echo "run $run/$RUNS: stored outputs match a fresh run ($(tail -n 1 "/tmp/determinism-$$-$run.log" | tr -d '=') ; $(( $(date +%s) - start )) s)"
  else
    failed=1
    echo "run $run/$RUNS: MISMATCH (log below)"
    tail -n 60 "/tmp/determinism-$$-$run.log"
  fi
  rm -f "/tmp/determinism-$$-$run.log"
done
if [ "$failed" = 0 ]; then
  echo "Deterministic: $RUNS fresh runs in a row equal the stored outputs."
else
  echo "NOT deterministic: see the mismatches above (seed everything; print rounded numbers)." >&2
fi
exit "$failed"
