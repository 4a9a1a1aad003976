#!/usr/bin/env bash
# make demo: extract every PDF in Samples/ into out/demo/ and print a short summary.
set -euo pipefail
bin=${1:-.build/release/kinerja}
out=out/demo
mkdir -p "$out"
printf '%-40s %5s %-7s %-24s %5s %6s %6s %5s %7s\n' sample pages source type tahun tables records warn seconds
for pdf in Samples/*.pdf; do
  name=$(basename "$pdf" .pdf)
  start=$(date +%s%N)
  if "$bin" extract "$pdf" -o "$out/$name.json" 2>"$out/$name.err"; then
    secs=$(( ($(date +%s%N) - start) / 1000000 ))
    python3 - "$out/$name.json" "$name" "$secs" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
s, doc = d["source"], d["document"]
print(f'{sys.argv[2][:40]:<40} {s["pages"]:>5} {s["text_source"]:<7} {doc["type"]:<24} {str(doc["tahun"]):>5} '
      f'{len(d["tables"]):>6} {len(d["indicators"]):>6} {len(d["warnings"]):>5} {int(sys.argv[3]) / 1000:>7.2f}')
PY
  else
    echo "$name: FAILED: $(cat "$out/$name.err")"
  fi
done
echo "JSON written to $out/ (one file per sample)."
