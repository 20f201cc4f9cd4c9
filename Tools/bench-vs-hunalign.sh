#!/usr/bin/env bash
# diptych align and hunalign side by side on issue 14's benchmark shape: the devset's sentence
# pairs repeated, English as numbered paragraphs of four sentences, Chinese unnumbered. Prints
# CPU seconds (user + system), wall seconds and peak memory of each, end to end, one process per
# size, and the speed-up in both: hunalign runs on one thread, Diptych uses both cores on a large
# pair, so CPU compares the work and wall what a user waits.
#   Tools/bench-vs-hunalign.sh [SIZES]       (default 4000,20000; needs ../shared)
# hunalign is built from ../shared/tools/hunalign into a temporary folder when it is there (its
# code is not part of this repository); without it, only Diptych's figures are printed.
set -euo pipefail
sizes=${1:-4000,20000}
cd "$(dirname "$0")/.."
devset=../shared/data/unpc-devset
bin=.build/release/diptych
[ -x "$bin" ] || swift build -c release --product diptych >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

hunalign=""
if [ -f ../shared/tools/hunalign/hunalign-2fbcbc9-src.tar.gz ]; then
  tar xzf ../shared/tools/hunalign/hunalign-2fbcbc9-src.tar.gz -C "$work"
  if make -C "$work/hunalign/src/hunalign" >/dev/null 2>&1; then hunalign="$work/hunalign/src/hunalign/hunalign"; fi
fi

# The inputs: Diptych's plain texts, and hunalign's one sentence a line with <p> between
# paragraphs, English lower-cased, Chinese with a space between characters (its README's recipe).
make_inputs() {
  python3 - "$devset" "$1" "$work" <<'PY'
import sys
devset, size, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
en = open(devset + "/devset.en", encoding="utf-8").read().split("\n")[:4000]
zh = open(devset + "/devset.zh", encoding="utf-8").read().split("\n")[:4000]
E, Z, HE, HZ = [], [], [], []
for start in range(0, size, 4):
    k = range(start, min(start + 4, size))
    E.append(f"{len(E) + 1}. " + " ".join(en[i % 4000] for i in k))
    Z.append("".join(zh[i % 4000] for i in k))
    HE += [en[i % 4000].lower() for i in k] + ["<p>"]
    HZ += [" ".join(zh[i % 4000].replace(" ", "")) for i in k] + ["<p>"]
open(out + "/en.txt", "w", encoding="utf-8").write("\n\n".join(E) + "\n")
open(out + "/zh.txt", "w", encoding="utf-8").write("\n\n".join(Z) + "\n")
open(out + "/hen.txt", "w", encoding="utf-8").write("\n".join(HE[:-1]) + "\n")
open(out + "/hzh.txt", "w", encoding="utf-8").write("\n".join(HZ[:-1]) + "\n")
PY
}

measure() {  # prints "CPU-seconds wall-seconds MB" of the command, or "failed - -"
  if /usr/bin/time -f "%U %S %e %M" -o "$work/time" "$@" >/dev/null 2>&1; then
    awk '{printf "%.2f %.2f %.0f", $1 + $2, $3, $4 / 1024}' "$work/time"
  else
    echo "failed - -"
  fi
}

printf "%9s  %9s  %9s  %6s  %9s  %9s  %6s  %9s  %9s\n" sentences diptych-cpu diptych-wall MB \
  hunalign-cpu hunalign-wall MB speedup-cpu speedup-wall
for size in ${sizes//,/ }; do
  make_inputs "$size"
  read -r ds dw dm <<<"$(measure "$bin" align "$work/en.txt" "$work/zh.txt" --format json -o "$work/out.json")"
  hs=-; hw=-; hm=-; speedup=-; speedup_wall=-
  if [ -n "$hunalign" ]; then
    : >"$work/empty.dic"
    read -r hs hw hm <<<"$(cd "$work" && measure "$hunalign" -text empty.dic hzh.txt hen.txt)"
    if [ "$hs" != failed ] && [ "$ds" != failed ]; then
      speedup=$(awk -v h="$hs" -v d="$ds" 'BEGIN { printf "%.1f", h / d }')
      speedup_wall=$(awk -v h="$hw" -v d="$dw" 'BEGIN { printf "%.1f", h / d }')
    fi
  fi
  printf "%9d  %9s  %9s  %6s  %9s  %9s  %6s  %9s  %9s\n" "$size" "$ds" "$dw" "$dm" "$hs" "$hw" "$hm" \
    "$speedup" "$speedup_wall"
done
