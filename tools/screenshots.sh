#!/usr/bin/env bash
# Regenerate docs/screenshots/{start,theme,results,plan}.png with `svmi-desktop --screenshot`,
# and docs/screenshots/grid/ (issue 10),
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
# The layout grid's corners (issue 10): the real window under Xvfb + openbox at each screen size
# (needs xvfb and openbox, as tools/setup-debian installs them).
if command -v Xvfb >/dev/null && command -v openbox >/dev/null; then
  rm -rf "$out/grid"
  SVMI_LAYOUT_SHOTS="$PWD/$out/grid" QT_QPA_PLATFORM=offscreen "$PY" -m pytest -q -p no:cacheprovider \
    tests/gui/test_layout_xvfb.py
  echo "wrote $out/grid/"
fi
