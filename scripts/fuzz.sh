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
  # Small seeds keep the reader at many executions a second (Samples/ are megabytes).
  [ "$t" = FuzzReader ] && seeds+=(Tests/PDFReadingTests/Fixtures Tests/KinerjaTests/Fixtures)
  if [ "${FUZZ_REPLAY:-0}" = 1 ]; then
    files=("$keep"/*); [ -e "${files[0]}" ] || { echo "$t: no regression inputs"; continue; }
    ASAN_OPTIONS=detect_leaks=0 "$BIN/$t" -timeout=20 -detect_leaks=0 -runs=0 "${files[@]}" 2>&1 | grep -E "ERROR|SUMMARY|Executed" | tail -3 || true
    continue
  fi
  echo "== $t for ${SECONDS_EACH}s"
  logs="$SCRATCH/logs"; mkdir -p "$logs"; rm -f "$logs/$t".*.log
  # A finding (crash, timeout, out of memory) ends a libFuzzer run: it is saved under
  # Fuzz/Regressions/<target>/ and fuzzing resumes from the corpus until the time is up.
  # (Fork mode, which would do this itself, reports a spurious crash per job here.)
  start=$(date +%s); execs=0; runs=0
  while :; do
    left=$((SECONDS_EACH - ($(date +%s) - start)))
    [ "$left" -gt 2 ] || break
    log="$logs/$t.$((runs + 1)).log"   # kept: the final stats and any report are read from it
    set +e
    ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
      "$BIN/$t" -detect_leaks=0 -max_total_time="$left" -rss_limit_mb=3072 -timeout=20 -max_len=65536 \
        -artifact_prefix="$keep/" -print_final_stats=1 "$corpus" "${seeds[@]}" >"$log" 2>&1
    status=$?
    set -e
    runs=$((runs + 1))
    n=$(grep -E "^stat::number_of_executed_units" "$log" | awk '{print $2}' | tail -1)
    [ -z "$n" ] && n=$(grep -oE "^#[0-9]+" "$log" | tail -1 | tr -d '#')
    execs=$((execs + ${n:-0}))
    grep -E "ERROR: (AddressSanitizer|libFuzzer)|Fatal error|SUMMARY" "$log" | sort -u | head -3 || true
  done
  cov=$(grep -ohE "cov: [0-9]+" "$logs/$t".*.log | awk '{print $2}' | sort -n | tail -1)
  echo "$t: $execs executions in ${SECONDS_EACH}s ($((execs / SECONDS_EACH))/s, $runs run(s)), cov $cov; regression inputs: $(ls "$keep" | wc -l); logs $logs/$t.*.log"
done
