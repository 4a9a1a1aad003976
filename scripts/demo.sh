#!/usr/bin/env bash
# make demo: convert Samples/ with `kinerja batch` and print a short summary per document.
set -euo pipefail
bin=${1:-.build/release/kinerja}
out=out/demo
rm -rf "$out"
"$bin" batch Samples --out "$out" --quiet || true   # failures are listed below
python3 - "$out/manifest.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
print(f'{"sample":<40} {"pages":>5} {"source":<7} {"type":<24} {"tahun":>5} {"tables":>6} {"records":>7} {"warn":>4} {"s":>6}')
for r in sorted(rows, key=lambda r: r["path"]):
    if r["status"] == "failed":
        print(f'{r["path"][:40]:<40} FAILED {r["error"]}: {r["message"]}')
        continue
    d = json.load(open(sys.argv[1].rsplit("/", 1)[0] + "/" + r["output"], encoding="utf-8"))["document"]
    print(f'{r["path"][:40]:<40} {r["pages"]:>5} {r["text_source"]:<7} {d["type"]:<24} {str(d["tahun"]):>5} '
          f'{r["tables"]:>6} {r["indicators"]:>7} {r["warnings"]:>4} {r["seconds"]:>6.2f}')
ok = sum(r["status"] != "failed" for r in rows)
print(f"{ok} of {len(rows)} converted; JSON and manifest.jsonl in {sys.argv[1].rsplit('/', 1)[0]}/")
PY
