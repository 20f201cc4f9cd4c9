#!/bin/sh
# Renders the parity report of a pair in headless Chromium and saves a PNG, to look at the page
# as a reader would (layout, fonts, highlights). Needs: apt-get install -y chromium fonts-noto-cjk
#
#   Tools/screenshot-report.sh [SOURCE [TARGET]] [-- OUT.png]
#   Tools/screenshot-report.sh                                  # the seed submission
#   Tools/screenshot-report.sh corpus/unpc-synth-edits/en.txt corpus/unpc-synth-edits/zh.txt
#
# Environment: WIDTH, HEIGHT (window, default 1400x2000), PRINT=1 to also print to PDF.
set -eu
cd "$(dirname "$0")/.."
out=/tmp/diptych-report.png
inputs=""
while [ $# -gt 0 ]; do
  case "$1" in
    --) shift; out="$1"; shift ;;
    *) inputs="$inputs $1"; shift ;;
  esac
done
[ -n "$inputs" ] || inputs="corpus/seed-copuos-space-resources/bilingual.txt"
command -v chromium >/dev/null || { echo "screenshot-report: chromium is not installed (apt-get install -y chromium fonts-noto-cjk)" >&2; exit 2; }
swift build --product diptych >/dev/null
html="${out%.png}.html"
# shellcheck disable=SC2086  # the inputs are paths split on purpose
.build/debug/diptych report $inputs -o "$html" || [ $? -eq 1 ]   # exit 1 only means findings
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
  --screenshot="$out" --window-size="${WIDTH:-1400},${HEIGHT:-2000}" "file://$(realpath "$html")" 2>/dev/null
if [ "${PRINT:-0}" = 1 ]; then
  chromium --headless --no-sandbox --disable-gpu --print-to-pdf="${out%.png}.pdf" --no-pdf-header-footer \
    "file://$(realpath "$html")" 2>/dev/null
  echo "${out%.png}.pdf"
fi
echo "$out"
