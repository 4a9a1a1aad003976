#!/usr/bin/env bash
# The OCR floor: seconds per page of the `tesseract` CLI on the page images of scanned
# PDFs, taken out at their own resolution (pdfimages, no re-render) and read at their
# own dpi with one thread, the way kinerja's OCR stage reads them.
#
# Usage: scripts/bench_ocr.sh [PDF...]     (default: the corpus scans)
#   BENCH_PSM=3          page segmentation mode given to the CLI (kinerja uses 3)
#   BENCH_LANG=ind+eng   languages
#   KINERJA=path         also time `$KINERJA extract PDF -o out.json` (one worker and all)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
pdfs=("$@")
if [ ${#pdfs[@]} -eq 0 ]; then
  for d in "$here/../shared/corpus" /work/shared/corpus; do
    for f in "$d"/*-scan300.pdf; do [ -e "$f" ] && pdfs+=("$f"); done
    [ ${#pdfs[@]} -gt 0 ] && break
  done
fi
[ ${#pdfs[@]} -gt 0 ] || { echo "bench_ocr: no PDFs given and no corpus scans found" >&2; exit 2; }
command -v tesseract >/dev/null || { echo "bench_ocr: tesseract CLI not installed" >&2; exit 2; }
psm=${BENCH_PSM:-3}
lang=${BENCH_LANG:-ind+eng}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
now() { date +%s%N; }

total_pages=0; total_ns=0; total_cpu=0
for pdf in "${pdfs[@]}"; do
  name=$(basename "$pdf" .pdf)
  mkdir -p "$tmp/$name"
  # Gray images come out as PGM; the dpi is the image's own (x-ppi column).
  pdfimages "$pdf" "$tmp/$name/p"
  dpi=$(pdfimages -list "$pdf" | awk 'NR > 2 { print $13; exit }')
  n=0; t0=$(now); cpu0=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
  for img in "$tmp/$name"/p-*; do
    OMP_THREAD_LIMIT=1 tesseract "$img" "$tmp/$name/out" -l "$lang" --dpi "$dpi" --psm "$psm" tsv >/dev/null 2>&1
    n=$((n + 1))
  done
  t1=$(now); cpu1=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
  ns=$((t1 - t0)); ticks=$((cpu1 - cpu0))
  python3 - "$name" "$n" "$ns" "$ticks" "$dpi" "$(getconf CLK_TCK)" <<'PY'
import sys
name, n, ns, ticks, dpi, hz = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], int(sys.argv[6])
print(f"{name}: {n} pages at {dpi} dpi, tesseract CLI {ns / 1e9 / n:.2f} s/page wall, {ticks / hz / n:.2f} s/page CPU")
PY
  total_pages=$((total_pages + n)); total_ns=$((total_ns + ns)); total_cpu=$((total_cpu + ticks))
  if [ -n "${KINERJA:-}" ]; then
    t0=$(now); KINERJA_JOBS=1 "$KINERJA" extract "$pdf" -o "$tmp/$name.json" >/dev/null 2>&1 || true; t1=$(now)
    "$KINERJA" extract "$pdf" -o "$tmp/$name.json" >/dev/null 2>&1 || true; t2=$(now)
    python3 -c "import sys; n=$n; print(f'  kinerja extract: 1 worker {($t1-$t0)/1e9/n:.2f} s/page, all workers {($t2-$t1)/1e9/n:.2f} s/page wall')"
  fi
done
python3 -c "print(f'all: $total_pages pages, tesseract CLI {$total_ns/1e9/$total_pages:.2f} s/page wall, {$total_cpu/$(getconf CLK_TCK)/$total_pages:.2f} s/page CPU (one process per page: model load included)')"
