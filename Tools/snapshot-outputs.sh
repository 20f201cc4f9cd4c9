#!/usr/bin/env bash
# Writes every output the CLI makes for the corpus (and, when ../shared is present, for the
# devset as one document) into OUTDIR, so two builds can be compared byte for byte:
#   Tools/snapshot-outputs.sh .build/release/diptych /tmp/before
#   ... change, rebuild ...
#   Tools/snapshot-outputs.sh .build/release/diptych /tmp/after && diff -r /tmp/before /tmp/after
set -uo pipefail
bin=${1:?usage: snapshot-outputs.sh DIPTYCH_BINARY OUTDIR}
out=${2:?usage: snapshot-outputs.sh DIPTYCH_BINARY OUTDIR}
cd "$(dirname "$0")/.."
mkdir -p "$out"

run() {  # name, then the arguments; records stdout, stderr and the exit status
  local name=$1; shift
  "$bin" "$@" >"$out/$name.out" 2>"$out/$name.err"
  echo "exit $?" >>"$out/$name.err"
}

inputs=()
for entry in corpus/*/; do
  name=$(basename "$entry")
  if [ -f "$entry/bilingual.txt" ]; then inputs+=("$name|$entry/bilingual.txt")
  elif [ -f "$entry/en.txt" ]; then inputs+=("$name|$entry/en.txt $entry/zh.txt"); fi
done
if [ -d ../shared/data/unpc-devset ]; then
  tmp=$(mktemp -d)
  awk '{print NR ". " $0 "\n"}' ../shared/data/unpc-devset/devset.en >"$tmp/devset-en.txt"
  awk '{print NR ". " $0 "\n"}' ../shared/data/unpc-devset/devset.zh >"$tmp/devset-zh.txt"
  inputs+=("devset|$tmp/devset-en.txt $tmp/devset-zh.txt")
fi

for item in "${inputs[@]}"; do
  name=${item%%|*}; read -r -a files <<<"${item#*|}"
  for f in "${files[@]}"; do run "$name.segment.$(basename "$f" .txt)" segment "$f" --format json; done
  for fmt in json tmx xml tsv; do run "$name.align.$fmt" align "${files[@]}" --format "$fmt"; done
  run "$name.align.paragraph.tmx" align "${files[@]}" --format tmx --segtype paragraph
  run "$name.check.text" check "${files[@]}" --fail-on info
  run "$name.check.json" check "${files[@]}" --format json
done
# Paths differ between checkouts and the TMX header carries the time: name them the same way.
sed -i -E "s|$(pwd)|REPO|g; s|${tmp:-/nonexistent}|TMP|g; s|creationdate=\"[0-9TZ]+\"|creationdate=\"DATE\"|" "$out"/* 2>/dev/null
echo "snapshot: $(ls "$out" | wc -l) files in $out"
