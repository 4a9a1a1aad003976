#!/usr/bin/env bash
# make fuzz: libFuzzer on the value tokenizer, the table reconstructor and whole PDFs.
# Each target runs FUZZ_SECONDS (default 60); crashing inputs land in Fuzz/Corpus/<target>/crash-*
# and are kept as regression inputs (Fuzz/Regressions/<target>/, replayed by `make fuzz-replay`).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-"FuzzValues FuzzTables FuzzReader"}
SCRATCH=.build-fuzz
export KINERJA_FUZZ=1 SWIFT_BACKTRACE=enable=no
for t in $TARGETS; do
  swift build -c release --scratch-path "$SCRATCH" --product "$t" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld >&2
done
BIN="$SCRATCH/release"
for t in $TARGETS; do
  corpus="Fuzz/Corpus/$t"; keep="Fuzz/Regressions/$t"
  mkdir -p "$corpus" "$keep"
  seeds=()
  [ "$t" = FuzzReader ] && seeds+=(Samples Tests/PDFReadingTests/Fixtures)
  if [ "${FUZZ_REPLAY:-0}" = 1 ]; then
    files=("$keep"/*); [ -e "${files[0]}" ] || { echo "$t: no regression inputs"; continue; }
    "$BIN/$t" -runs=0 "${files[@]}" 2>&1 | tail -1
    continue
  fi
  echo "== $t for ${SECONDS_EACH}s"
  log=$(mktemp)
  set +e
  ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
    "$BIN/$t" -max_total_time="$SECONDS_EACH" -rss_limit_mb=3072 -timeout=20 -max_len=65536 \
      -artifact_prefix="$keep/" -print_final_stats=1 "$corpus" "${seeds[@]}" >"$log" 2>&1
  status=$?
  set -e
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+.*(DONE|pulse)" "$log" | tail -3
  grep -E "ERROR: (AddressSanitizer|libFuzzer)|Fatal error|SUMMARY" "$log" | head -5 || true
  echo "$t: exit $status; regression inputs: $(ls "$keep" | wc -l)"
  rm -f "$log"
done
