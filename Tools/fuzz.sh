#!/usr/bin/env bash
# Builds the libFuzzer targets and runs one for a set time.
#   Tools/fuzz.sh text|docx [SECONDS]        (default 300 s)
# Seeds come from the corpus and the format fixtures; new inputs go to .fuzz/<target>/corpus and
# crashes to .fuzz/<target>/ (crash-*, timeout-*, oom-*). Replay one with a normal build:
#   swift build --product diptych-fuzz-docx && .build/debug/diptych-fuzz-docx .fuzz/docx/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: Tools/fuzz.sh text|docx [seconds]}
seconds=${2:-300}
product=diptych-fuzz-$target
work=.fuzz/$target
mkdir -p "$work/corpus" "$work/seeds"
case $target in
  text) seeds=(corpus/*/*.txt Tests/DiptychTests/Read/Fixtures/*/*.txt) ;;
  docx) seeds=(Tests/DiptychTests/Read/Fixtures/*/*.docx) ;;
  *) echo "unknown target: $target" >&2; exit 2 ;;
esac
# Seed files keep their path in their name: several entries have an en.txt.
for seed in "${seeds[@]}"; do cp "$seed" "$work/seeds/${seed//\//_}"; done
# A separate build folder: sanitizer builds must not mix with the normal one.
swift build --scratch-path .build-fuzz -c debug --product "$product" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DDIPTYCH_FUZZING -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
binary=$(swift build --scratch-path .build-fuzz -c debug --show-bin-path)/$product
# Inputs up to 256 KB, 10 s and 2 GB each: a hang or a memory blow-up is a finding too. Leak
# detection is off: Foundation leaks 56 bytes per fileSystemRepresentation that ZIPFoundation asks for.
ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no "$binary" "$work/corpus" "$work/seeds" -max_total_time="$seconds" -max_len=262144 -timeout=10 \
  -rss_limit_mb=2048 -detect_leaks=0 -artifact_prefix="$work/" -print_final_stats=1 2>&1 | tee "$work/last-run.log" | grep -E "^#[0-9]+.*(DONE|pulse)|stat::|ERROR|SUMMARY|crash-|timeout-|oom-" || true
ls "$work" | grep -E "^(crash|timeout|oom|leak)-" && exit 1 || echo "no crash, timeout or out-of-memory input found"
