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
# A page that is one image covering at least half of it is a scanned page, also when the
# scanner put an OCR text layer over it: such files are not born-digital (kinerja reads the
# page image for its rules) and are reported on their own line.
has_page_image() {
  python3 - "$1" <<'PY'
import re, subprocess, sys
f = sys.argv[1]
info = subprocess.run(["pdfinfo", f], capture_output=True, text=True).stdout
m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
if not m: sys.exit(1)
area = float(m.group(1)) * float(m.group(2))
for line in subprocess.run(["pdfimages", "-list", f], capture_output=True, text=True).stdout.splitlines()[2:]:
    p = line.split()
    try: w, h, xp, yp = int(p[3]), int(p[4]), float(p[12]), float(p[13])
    except (IndexError, ValueError): continue
    if p[2] == "image" and xp > 0 and yp > 0 and (w / xp * 72) * (h / yp * 72) >= 0.5 * area: sys.exit(0)
sys.exit(1)
PY
}

native=(); scans=(); layered=()
for d in "${dirs[@]}"; do
  for f in "$d"/*.pdf; do
    [ -e "$f" ] || continue
    if is_scan "$f"; then scans+=("$f"); elif has_page_image "$f"; then layered+=("$f"); else native+=("$f"); fi
  done
done

bench_throughput() {  # bench_throughput LABEL FILE...: alternating runs, pages/s against pdftotext
  # Runs alternate tool and floor, so a machine whose speed drifts hurts both alike; the
  # median run is reported. Peak RSS is the largest of any one document.
  local label=$1; shift
  local pages=0 floor_runs ours_runs rss k t0 t1 t2; for f in "$@"; do pages=$((pages + $(pages_of "$f"))); done
  floor_runs=(); ours_runs=()
  for _ in $(seq "$reps"); do
    t0=$(now); for f in "$@"; do pdftotext -bbox-layout "$f" "$tmp/x.html"; done; t1=$(now)
    for f in "$@"; do "$bin" extract "$f" -o "$tmp/x.json"; done; t2=$(now)
    floor_runs+=($((t1 - t0))); ours_runs+=($((t2 - t1)))
  done
  rss=0
  if [ -x /usr/bin/time ]; then
    for f in "$@"; do
      k=$( { /usr/bin/time -f '%M' "$bin" extract "$f" -o "$tmp/x.json" >/dev/null; } 2>&1 | tail -1 )
      [ "$k" -gt "$rss" ] 2>/dev/null && rss=$k
    done
  fi
  python3 - "$label" "$pages" "$reps" "$#" "$rss" "${floor_runs[*]}" "${ours_runs[*]}" <<'PY'
import statistics, sys
label = sys.argv[1]
pages, reps, files, rss = map(int, sys.argv[2:6])
floor = [pages / (int(t) / 1e9) for t in sys.argv[6].split()]
ours = [pages / (int(t) / 1e9) for t in sys.argv[7].split()]
ratios = [f / o for o, f in zip(ours, floor)]  # kinerja's time / the floor's time
print(f"{label}: {files} files, {pages} pages, {reps} runs, median (one process per file, startup included)")
print(f"  pdftotext -bbox-layout  {statistics.median(floor):8.1f} pages/s")
print(f"  kinerja extract         {statistics.median(ours):8.1f} pages/s   ratio to floor {statistics.median(ratios):.2f}"
      f"  (runs {min(ratios):.2f}-{max(ratios):.2f})" + (f"   peak RSS {rss / 1024:.0f} MB" if rss else ""))
PY
}

[ ${#native[@]} -gt 0 ] && bench_throughput "born-digital" "${native[@]}"
[ ${#layered[@]} -gt 0 ] && bench_throughput "scans with a text layer (page image read for its rules)" "${layered[@]}"

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
