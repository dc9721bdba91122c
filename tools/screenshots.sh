#!/usr/bin/env bash
# Regenerate docs/screenshots/{start,theme,results,plan}.png with `svmi-desktop --screenshot`,
# on the bundled demo workshop in a throwaway data folder (offscreen when there is no display).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
out=docs/screenshots
mkdir -p "$out"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
for page in start theme results plan; do
  "$PY" -m svmi_desktop --data-dir "$data" --demo --screenshot "$out/$page.png" --page "$page" \
    2> >(grep -v "propagateSizeHints" >&2)
  echo "wrote $out/$page.png"
done
