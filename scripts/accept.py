#!/usr/bin/env python3
"""Deliberately accept the tool's current output for one golden sample.

    python3 scripts/accept.py RELEASE_BINARY SAMPLE [--yes]      (make accept SAMPLE=name)

Runs `RELEASE_BINARY extract Samples/SAMPLE.pdf`, prints the differences against
Samples/SAMPLE.expected.json (the same fields the golden tests compare), asks for
confirmation on a terminal (or needs --yes), then rewrites the expected file keeping
only the compared fields. Nothing is ever accepted automatically.

Note: the expected files are normally derived from the seeds' data by
scripts/samples/make_samples.py; `make samples` rewrites them. Accept only a change
you have checked against the PDF, and if the generator's data was wrong, fix the data
in scripts/samples/ too.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(REPO, "Samples")
MEASURES = ("target", "realisasi", "capaian")
NUM_TOL, CUR_TOL = 0.005, 0.5


# ------------------------------------------------------------------ keep only the compared fields
def slim_measure(m):
    if not isinstance(m, dict):
        return None
    out = {"raw": m.get("raw"), "kind": m.get("kind"), "value": m.get("value")}
    if m.get("unit") is not None:
        out["unit"] = m["unit"]
    return out


EXTENSION_KEYS = ("kegiatan", "sub_kegiatan", "output", "program", "jadwal")


def slim_record(r: dict) -> dict:
    out = {
        "table": r.get("table"), "page": r.get("page"), "no": r.get("no"),
        "sasaran": r.get("sasaran"), "indikator": r.get("indikator"),
        **{m: slim_measure(r.get(m)) for m in MEASURES},
        "periods": [{"tahun": p.get("tahun"), **({"triwulan": p["triwulan"]} if p.get("triwulan") is not None else {}),
                     **{m: slim_measure(p.get(m)) for m in MEASURES}}
                    for p in r.get("periods") or []],
    }
    for k in EXTENSION_KEYS:
        if r.get(k) is not None:
            out[k] = r[k]
    return out


def slim_budget(b: dict) -> dict:
    out = {k: b.get(k) for k in ("table", "page", "kode", "uraian")}
    out.update({m: slim_measure(b.get(m)) for m in ("anggaran", "realisasi", "capaian")})
    out.update({"total": b.get("total"), "indicator": b.get("indicator")})
    if b.get("periods"):
        out["periods"] = [{"tahun": p.get("tahun"), **({"triwulan": p["triwulan"]} if p.get("triwulan") is not None else {}),
                           "anggaran": slim_measure(p.get("anggaran")), "realisasi": slim_measure(p.get("realisasi"))}
                          for p in b["periods"]]
    return out


def slim(doc: dict, name: str, extended: bool = True, budget: bool = True) -> dict:
    """The compared fields; with `extended` (the expected file holds the extensions, as the
    golden test decides) also the decree number, signatures, parties, budget rows and each
    record's activity and schedule, so accepting never drops hand-checked fields."""
    src = doc.get("source") or {}
    d = doc.get("document") or {}
    out = {
        "schema_version": doc.get("schema_version", "1.0"),
        "source": {"file": f"{name}.pdf", "pages": src.get("pages"), "text_source": src.get("text_source")},
        "document": {"type": d.get("type"), "instansi": d.get("instansi"), "tahun": d.get("tahun")},
        "tables": [{"id": t.get("id"), "pages": t.get("pages")} for t in doc.get("tables") or []],
        "indicators": [slim_record(r) if extended else slim_record_plain(r) for r in doc.get("indicators") or []],
    }
    if extended:
        out["document"].update({k: d.get(k) for k in ("nomor", "signed", "parties")})
        if budget:   # (as GoldenTests: budget rows only where the expected file has them)
            out["budget"] = [slim_budget(b) for b in doc.get("budget") or []]
    return out


def slim_record_plain(r: dict) -> dict:
    out = slim_record(r)
    for k in EXTENSION_KEYS:
        out.pop(k, None)
    return out


# ------------------------------------------------------------------ differences (as GoldenTests.swift)
def show(x) -> str:
    return json.dumps(x, ensure_ascii=False)


def same(a, b) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= NUM_TOL
    return a == b


def blank_none(x):
    return None if isinstance(x, str) and not x.strip() else x


def measure_diffs(a, b):
    if a is None and b is None:
        return []
    if a is None or b is None:
        return [("", a, b)]
    out = [(f".{k}", a.get(k), b.get(k)) for k in ("raw", "kind", "unit") if a.get(k) != b.get(k)]
    tol = CUR_TOL if a.get("kind") == "currency" else NUM_TOL
    u, v = a.get("value"), b.get("value")
    if isinstance(u, (int, float)) and isinstance(v, (int, float)) and not isinstance(u, bool):
        if abs(u - v) > tol + 1e-12:
            out.append((".value", u, v))
    elif u != v:
        out.append((".value", u, v))
    return out


def key(r) -> str:
    s = unicodedata.normalize("NFKC", r.get("indikator") or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def align(e, g):
    a, b = [key(r) for r in e], [key(r) for r in g]
    n, m = len(a), len(b)
    lcs = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            lcs[i][j] = lcs[i + 1][j + 1] + 1 if a[i] == b[j] else max(lcs[i + 1][j], lcs[i][j + 1])
    steps, i, j = [], 0, 0
    while i < n or j < m:
        if i < n and j < m and a[i] == b[j]:
            steps.append(("pair", i, j)); i += 1; j += 1
        elif j < m and (i == n or lcs[i][j + 1] >= lcs[i + 1][j]):
            steps.append(("extra", None, j)); j += 1
        else:
            steps.append(("missing", i, None)); i += 1
    # a missing and an extra record side by side are one record whose fields differ
    out, k = [], 0
    while k < len(steps):
        miss, extra = [], []
        while k < len(steps) and steps[k][0] != "pair":
            (miss if steps[k][0] == "missing" else extra).append(steps[k]); k += 1
        n2 = min(len(miss), len(extra))
        out += [("pair", miss[t][1], extra[t][2]) for t in range(n2)] + miss[n2:] + extra[n2:]
        if k < len(steps):
            out.append(steps[k]); k += 1
    return out


def where(r, idx, got=False) -> str:
    no = f" no {r['no']}" if r.get("no") else ""
    return f"{r.get('table')} {'got ' if got else ''}row {idx}{no} p{r.get('page')}"


def differences(exp: dict, got: dict) -> list[str]:
    out = []
    for k in ("type", "instansi", "tahun"):
        a, b = (exp.get("document") or {}).get(k), (got.get("document") or {}).get(k)
        if not same(a, b):
            out.append(f"document.{k}: expected {show(a)}, got {show(b)}")
    for k in ("pages", "text_source"):
        a, b = (exp.get("source") or {}).get(k), (got.get("source") or {}).get(k)
        if not same(a, b):
            out.append(f"source.{k}: expected {show(a)}, got {show(b)}")
    et, gt = exp.get("tables") or [], got.get("tables") or []
    if len(et) != len(gt):
        out.append(f"tables: expected {len(et)}, got {len(gt)}")
    for i in range(max(len(et), len(gt))):
        x = et[i] if i < len(et) else None
        y = gt[i] if i < len(gt) else None
        if x is None:
            out.append(f"table #{i + 1}: extra {y.get('id')} pages {y.get('pages')}")
        elif y is None:
            out.append(f"table #{i + 1}: missing {x.get('id')} pages {x.get('pages')}")
        elif x.get("id") != y.get("id") or x.get("pages") != y.get("pages"):
            out.append(f"table #{i + 1}: expected {x.get('id')} pages {x.get('pages')}, got {y.get('id')} pages {y.get('pages')}")
    er, gr = exp.get("indicators") or [], got.get("indicators") or []
    for kind, i, j in align(er, gr):
        if kind == "missing":
            out.append(f"{where(er[i], i)}: missing record {show(er[i].get('indikator'))[:80]}")
        elif kind == "extra":
            out.append(f"{where(gr[j], j, True)}: extra record {show(gr[j].get('indikator'))[:80]}")
        else:
            x, y, w = er[i], gr[j], where(er[i], i)
            for k in ("table", "page", "indikator"):
                if not same(x.get(k), y.get(k)):
                    out.append(f"{w}: {k}: expected {show(x.get(k))}, got {show(y.get(k))}")
            for k in ("no", "sasaran"):
                if blank_none(x.get(k)) != blank_none(y.get(k)):
                    out.append(f"{w}: {k}: expected {show(x.get(k))}, got {show(y.get(k))}")
            for m in MEASURES:
                for f, a, b in measure_diffs(x.get(m), y.get(m)):
                    out.append(f"{w}: {m}{f}: expected {show(a)}, got {show(b)}")
            xp, yp = x.get("periods") or [], y.get("periods") or []
            if [p.get("tahun") for p in xp] != [p.get("tahun") for p in yp]:
                out.append(f"{w}: periods.tahun: expected {[p.get('tahun') for p in xp]}, got {[p.get('tahun') for p in yp]}")
            for a, b in zip(xp, yp):
                if a.get("tahun") != b.get("tahun"):
                    continue
                for m in MEASURES:
                    for f, u, v in measure_diffs(a.get(m), b.get(m)):
                        out.append(f"{w}: periods[{a.get('tahun')}].{m}{f}: expected {show(u)}, got {show(v)}")
    return out


def extension_differences(exp: dict, got: dict) -> list[str]:
    """Decree number, signatures, parties, budget rows and each record's activity and schedule."""
    out = []
    ed, gd = exp.get("document") or {}, got.get("document") or {}
    for k in ("nomor", "signed", "parties"):
        if ed.get(k) != gd.get(k):
            out.append(f"document.{k}: expected {show(ed.get(k))[:160]}, got {show(gd.get(k))[:160]}")
    eb, gb = exp.get("budget") or [], got.get("budget") or []
    if "budget" in exp and len(eb) != len(gb):
        out.append(f"budget: expected {len(eb)} rows, got {len(gb)}")
    for i, (x, y) in enumerate(zip(eb, gb)):
        if x != y:
            out.append(f"budget[{i}] {x.get('table')} p{x.get('page')}: expected {show(x)[:160]}, got {show(y)[:160]}")
    er, gr = exp.get("indicators") or [], got.get("indicators") or []
    for kind, i, j in align(er, gr):
        if kind != "pair":
            continue
        for k in EXTENSION_KEYS:
            if er[i].get(k) != gr[j].get(k):
                out.append(f"{where(er[i], i)}: {k}: expected {show(er[i].get(k))}, got {show(gr[j].get(k))}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary", help="the release kinerja binary, e.g. .build/release/kinerja")
    ap.add_argument("sample", help="sample name (Samples/<sample>.pdf), with or without .pdf")
    ap.add_argument("--yes", action="store_true", help="accept without asking (for non-interactive use)")
    a = ap.parse_args()
    name = a.sample[:-4] if a.sample.endswith(".pdf") else a.sample
    pdf = os.path.join(SAMPLES, name + ".pdf")
    exp_path = os.path.join(SAMPLES, name + ".expected.json")
    if not os.path.exists(pdf):
        print(f"accept: no such sample: {pdf}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, name + ".json")
        run = subprocess.run([a.binary, "extract", pdf, "-o", out], capture_output=True, text=True)
        if run.returncode != 0:
            print(f"accept: {a.binary} extract failed ({run.returncode}): {run.stderr.strip()}", file=sys.stderr)
            return 1
        with open(out, encoding="utf-8") as f:
            raw = json.load(f)
    expected = None
    if os.path.exists(exp_path):
        with open(exp_path, encoding="utf-8") as f:
            expected = json.load(f)
    # As GoldenTests: the extensions are compared (and kept) when the expected file has them.
    extended = expected is None or "budget" in expected or "signed" in (expected.get("document") or {})
    got = slim(raw, name, extended, budget=expected is None or "budget" in expected)
    if expected is None:
        print(f"{name}: no expected file yet; the tool found {len(got['tables'])} tables and "
              f"{len(got['indicators'])} indicator records")
    else:
        diffs = differences(expected, got) + (extension_differences(expected, got) if extended else [])
        if not diffs:
            print(f"{name}: no differences in the compared fields; nothing to accept")
            return 0
        print(f"{name}: {len(diffs)} difference(s) (expected -> what the tool prints now):")
        for d in diffs:
            print("  " + d)
    if not a.yes:
        if not sys.stdin.isatty():
            print("accept: not a terminal; re-run with --yes to accept", file=sys.stderr)
            return 1
        answer = input(f"Rewrite Samples/{name}.expected.json with the tool's output? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("not accepted")
            return 1
    with open(exp_path, "w", encoding="utf-8") as f:
        json.dump(got, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"accepted: wrote Samples/{name}.expected.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
