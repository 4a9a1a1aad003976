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
  # The CLI reads the same page images kinerja reads: taken out at their own resolution
  # (pdfimages, no re-render), at their own dpi, page segmentation 3, one thread.
  pages=0; cli=0; one=0; all=0
  for f in "${scans[@]}"; do
    name=$(basename "$f" .pdf); mkdir -p "$tmp/$name"
    pdfimages "$f" "$tmp/$name/p"
    dpi=$(pdfimages -list "$f" | awk 'NR > 2 { print $13; exit }')
    n=$(pages_of "$f"); pages=$((pages + n))
    t0=$(now)
    for img in "$tmp/$name"/p-*; do
      OMP_THREAD_LIMIT=1 tesseract "$img" "$tmp/$name/out" -l ind+eng --dpi "$dpi" --psm 3 tsv >/dev/null 2>&1
    done
    t1=$(now); "$bin" extract "$f" -o "$tmp/s.json" --workers 1
    t2=$(now); "$bin" extract "$f" -o "$tmp/s.json"
    t3=$(now)
    cli=$((cli + t1 - t0)); one=$((one + t2 - t1)); all=$((all + t3 - t2))
  done
  python3 - "$pages" "$cli" "$one" "$all" "$(nproc)" "${#scans[@]}" <<'PY'
import sys
pages, cli, one, all_, cores, files = map(int, sys.argv[1:])
print(f"scanned: {files} files, {pages} pages (the embedded page images at their own resolution)")
print(f"  tesseract CLI, 1 thread, a process per page   {cli / 1e9 / pages:6.2f} s/page")
print(f"  kinerja extract, 1 OCR worker                {one / 1e9 / pages:6.2f} s/page   ratio to CLI {one / cli:.2f}")
print(f"  kinerja extract, {cores} OCR workers (wall)        {all_ / 1e9 / pages:6.2f} s/page   ratio to CLI {all_ / cli:.2f}")
PY
fi

# ---------------------------------------------------------------------------------------
# Per-document table (issue 10): each file BENCH_DOC_REPS times (default 5), median wall
# time, peak RSS from /usr/bin/time; floor = pdftotext -bbox-layout (native) or the
# tesseract CLI on the page images (scans), same files, same runs. Kept in its own
# functions so other measurements in this script can change independently.
bench_doc_median() {  # bench_doc_median REPS CMD... -> "median_seconds peak_rss_kb"
  local reps=$1; shift
  python3 - "$reps" "$@" <<'PY'
import subprocess, sys, statistics, tempfile, os, time
reps, cmd = int(sys.argv[1]), sys.argv[2:]
times, rss = [], []
for _ in range(reps):
    with tempfile.NamedTemporaryFile(mode="r", suffix=".time") as t:
        # Wall time by perf_counter (/usr/bin/time's %e has 10 ms steps); peak RSS by /usr/bin/time -v.
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-v", "-o", t.name] + cmd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
        m = [l for l in open(t.name) if "Maximum resident set size" in l]
        rss.append(int(m[-1].split(":")[-1]) if m else 0)
print(f"{statistics.median(times):.4f} {max(rss)}")
PY
}

bench_documents() {  # bench_documents KIND FILE...   (KIND: native | ocr)
  local kind=$1; shift
  local reps=${BENCH_DOC_REPS:-5}
  [ "$kind" = ocr ] && reps=${BENCH_OCR_REPS:-1}
  local rows="$tmp/rows-$kind"; : > "$rows"
  for f in "$@"; do
    local n; n=$(pages_of "$f")
    local ours floor
    ours=$(bench_doc_median "$reps" "$bin" extract "$f" -o "$tmp/d.json")
    if [ "$kind" = native ]; then
      floor=$(bench_doc_median "$reps" pdftotext -bbox-layout "$f" "$tmp/d.html")
    else
      # The floor for a scan: the tesseract CLI over the page images at their own dpi.
      local d="$tmp/img-$(basename "$f" .pdf)"; rm -rf "$d"; mkdir -p "$d"; pdfimages "$f" "$d/p"
      local dpi; dpi=$(pdfimages -list "$f" | awk 'NR > 2 { print $13; exit }')
      floor=$(bench_doc_median "$reps" sh -c 'for i in "$0"/p-*; do OMP_THREAD_LIMIT=1 tesseract "$i" - -l ind+eng --dpi "$1" --psm 3 tsv >/dev/null 2>&1; done' "$d" "$dpi")
    fi
    echo "$(basename "$f") $n $ours $floor" >> "$rows"
  done
  python3 - "$kind" "$reps" "$rows" <<'PY'
import sys
kind, reps, rows = sys.argv[1], int(sys.argv[2]), [l.split() for l in open(sys.argv[3]) if l.strip()]
floor_name = "pdftotext -bbox-layout" if kind == "native" else "tesseract CLI"
print(f"\n{kind}: {len(rows)} files, median of {reps} run(s) each, one process per file (start-up included); floor = {floor_name}")
print(f"  {'file':44} {'pages':>5} {'kinerja p/s':>11} {'floor p/s':>9} {'ratio':>6} {'peak RSS':>9}")
tp = tk = tf = 0; peak = 0
for name, n, k, krss, f, frss in rows:
    n, k, f, krss = int(n), float(k), float(f), int(krss)
    tp += n; tk += k; tf += f; peak = max(peak, krss)
    kp, fp = n / max(k, 1e-3), n / max(f, 1e-3)
    print(f"  {name[:44]:44} {n:5d} {kp:11.1f} {fp:9.1f} {k / max(f, 1e-3):6.2f} {krss / 1024:7.1f}MB")
if rows:
    print(f"  {'TOTAL':44} {tp:5d} {tp / max(tk, 1e-3):11.1f} {tp / max(tf, 1e-3):9.1f} {tk / max(tf, 1e-3):6.2f} {peak / 1024:7.1f}MB  (ratio = kinerja time / floor time)")
PY
}

if [ "${BENCH_DOCS:-1}" = 1 ]; then
  [ ${#native[@]} -gt 0 ] && bench_documents native "${native[@]}"
  if [ ${#scans[@]} -gt 0 ] && command -v tesseract >/dev/null; then bench_documents ocr "${scans[@]}"; fi
fi
