#!/usr/bin/env bash
# make bench: kinerja's speed as ratios against the floor.
#  - born-digital PDFs: against poppler's own `pdftotext -bbox-layout` on the same files;
#  - scanned PDFs: against the `tesseract` CLI on the same page images (same dpi, one thread).
# Usage: scripts/bench.sh [KINERJA_BINARY] [DIR_WITH_PDFS...]   (default: Samples/)
set -euo pipefail
bin=${1:-.build/release/kinerja}; shift || true
dirs=("$@"); [ ${#dirs[@]} -gt 0 ] || dirs=(Samples)
reps=${BENCH_REPS:-5}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
now() { date +%s%N; }
pages_of() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
is_scan() { [ "$(pdffonts "$1" 2>/dev/null | tail -n +3 | wc -l)" -eq 0 ]; }

native=(); scans=()
for d in "${dirs[@]}"; do
  for f in "$d"/*.pdf; do [ -e "$f" ] || continue; if is_scan "$f"; then scans+=("$f"); else native+=("$f"); fi; done
done

if [ ${#native[@]} -gt 0 ]; then
  pages=0; for f in "${native[@]}"; do pages=$((pages + $(pages_of "$f"))); done
  t0=$(now); for _ in $(seq "$reps"); do for f in "${native[@]}"; do pdftotext -bbox-layout "$f" "$tmp/x.html"; done; done; t1=$(now)
  for _ in $(seq "$reps"); do for f in "${native[@]}"; do "$bin" extract "$f" -o "$tmp/x.json"; done; done; t2=$(now)
  python3 - "$pages" "$reps" "$((t1 - t0))" "$((t2 - t1))" "${#native[@]}" <<'PY'
import sys
pages, reps, floor_ns, ours_ns, files = map(int, sys.argv[1:])
n = pages * reps
floor, ours = n / (floor_ns / 1e9), n / (ours_ns / 1e9)
print(f"born-digital: {files} files, {pages} pages x {reps} runs (one process per file, startup included)")
print(f"  pdftotext -bbox-layout  {floor:8.1f} pages/s")
print(f"  kinerja extract         {ours:8.1f} pages/s   ratio to floor {ours / floor:.2f}")
PY
fi

if [ ${#scans[@]} -gt 0 ] && command -v tesseract >/dev/null; then
  pages=0; for f in "${scans[@]}"; do pages=$((pages + $(pages_of "$f"))); done
  i=0; for f in "${scans[@]}"; do pdfimages -png "$f" "$tmp/scan$i"; i=$((i + 1)); done
  t0=$(now)
  for img in "$tmp"/scan*.png; do OMP_THREAD_LIMIT=1 tesseract "$img" "$tmp/ocr" -l ind+eng >/dev/null 2>&1; done
  t1=$(now)
  for f in "${scans[@]}"; do OMP_THREAD_LIMIT=1 KINERJA_JOBS=1 "$bin" extract "$f" -o "$tmp/s.json"; done
  t2=$(now)
  for f in "${scans[@]}"; do "$bin" extract "$f" -o "$tmp/s.json"; done
  t3=$(now)
  python3 - "$pages" "$((t1 - t0))" "$((t2 - t1))" "$((t3 - t2))" "$(nproc)" <<'PY'
import sys
pages, cli, one, all_, cores = map(int, sys.argv[1:])
print(f"scanned: {pages} pages (embedded images at their own resolution)")
print(f"  tesseract CLI, 1 thread       {cli / 1e9 / pages:6.2f} s/page")
print(f"  kinerja extract, 1 worker     {one / 1e9 / pages:6.2f} s/page   ratio to CLI {one / cli:.2f}")
print(f"  kinerja extract, {cores} workers    {all_ / 1e9 / pages:6.2f} s/page wall   ratio to CLI {all_ / cli:.2f}")
PY
fi
