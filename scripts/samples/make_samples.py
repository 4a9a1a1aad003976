#!/usr/bin/env python3
"""Regenerate Samples/*.pdf and Samples/*.expected.json (run by `make samples`).

Each sample module (sample_*.py) types a seed's tables as Python data and
builds a Flat ODT document from it; LibreOffice turns that into a PDF. The
expected JSON is derived from the same data: the records come from the
tables' data, and only the page each row landed on is read back from the
PDF with poppler's `pdftotext -raw` (locate.py). The kinerja tool itself is
never run here.

Needs: LibreOffice (soffice), poppler-utils (pdftotext, pdfinfo, pdffonts,
pdftoppm), Liberation fonts, Python packages pypdf, pillow, numpy,
img2pdf (the last three for the scans only). Usage:

    python3 scripts/samples/make_samples.py [NAME ...] [--keep DIR] [--check]

--keep DIR keeps the .fodt files; --check only prints where rows landed.
"""
from __future__ import annotations

import argparse
import copy
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
REPO = os.path.dirname(os.path.dirname(HERE))
SAMPLES = os.path.join(REPO, "Samples")

import fodt  # noqa: E402
import locate  # noqa: E402

MODULES = ["sample_lkjip", "sample_ra_bulanan", "sample_ra_triwulan", "sample_rkt", "sample_rarb",
           "sample_pk_borderless"]
SCHEMA_VERSION = "1.0"


def pdf_pages(pdf: str) -> int:
    out = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def check_fonts(pdf: str) -> list[str]:
    out = subprocess.run(["pdffonts", pdf], check=True, capture_output=True, text=True).stdout
    bad = []
    for ln in out.splitlines()[2:]:
        name = ln.split()[0] if ln.split() else ""
        if name and "Liberation" not in name:
            bad.append(name)
    return bad


def wrap_warnings(pt: locate.PageText) -> list[str]:
    """Lines that end inside a word at '-' or '/': a reader could join them with or without a space."""
    out = []
    for pi, page in enumerate(pt.pages_raw):
        lines = page.split("\n")
        for a, b in zip(lines, lines[1:]):
            if re.search(r"\w[-/]$", a) and re.match(r"^\w", b):
                out.append(f"p{pi + 1}: {a[-25:]!r} | {b[:20]!r}")
    return out


def normalize_pdf(path: str) -> None:
    """Make a regenerated PDF byte-stable: fixed creation/modification dates and a
    document /ID derived from the content (same-length substitutions, xref stays valid)."""
    import hashlib
    with open(path, "rb") as f:
        data = f.read()

    def fix_date(m):
        inner = m.group(2)
        fixed = b"D:20250101000000"
        return m.group(1) + (fixed + inner[len(fixed):] if len(inner) >= len(fixed) else inner) + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)\)", fix_date, data)
    ids = re.findall(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]", data)
    checks = re.findall(rb"/DocChecksum\s*/([0-9A-Fa-f]+)", data)   # LibreOffice's, over the dated file
    body = re.sub(rb"/ID\s*\[[^\]]*\]|/DocChecksum\s*/[0-9A-Fa-f]+", b"", data)
    digest = hashlib.md5(body).hexdigest().upper().encode()
    for a, b in ids:
        for old in (a, b):
            new = (digest * 4)[:len(old)]
            data = data.replace(b"<" + old + b">", b"<" + new + b">")
    for old in checks:
        data = data.replace(b"/" + old, b"/" + (digest * 4)[:len(old)])
    with open(path, "wb") as f:
        f.write(data)


def ordered(rec: dict) -> dict:
    keys = ["table", "page", "no", "sasaran", "indikator", "target", "realisasi", "capaian", "periods"]
    return {k: rec[k] for k in keys}


def expected_json(name: str, document: dict, pages: int, text_source: str, tables, table_pages, row_pages):
    out_tables, records = [], []
    for ti, t in enumerate(tables):
        tid = f"t{ti + 1}"
        out_tables.append({"id": tid, "pages": table_pages[ti]})
        offset = 0
        for part in [t] + list(getattr(t, "continued_by", [])):
            for rec in part.records:
                r = dict(rec)
                row = r.pop("_row")
                r["table"] = tid
                r["page"] = row_pages[ti][offset + row]
                records.append(ordered(r))
            offset += len(part.body)
    return {
        "schema_version": SCHEMA_VERSION,
        "source": {"file": f"{name}.pdf", "pages": pages, "text_source": text_source},
        "document": document,
        "tables": out_tables,
        "indicators": records,
    }


EXTENSION_KEYS = ("kegiatan", "sub_kegiatan", "output", "program", "jadwal")


def carry_extensions(path: str, new: dict) -> list[str]:
    """The extension fields were added to the expected files by hand-checking (README):
    the data here does not produce them. Carry them from the expected file at `path` into
    `new` — the decree number, signatures, parties, budget rows, each record's activity
    and schedule, matched by (table, indikator, occurrence), and whole records of a table
    the data makes none of (Rencana Aksi RB). A field carried is carried as it was: when
    the data of a record changes, its extension fields are reported, not guessed. Returns what could not be
    carried (a record whose extensions have no match any more); the caller then refuses
    to overwrite the file."""
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        old = json.load(f)
    od = old.get("document") or {}
    for k in ("nomor", "signed", "parties"):
        if k in od:
            new["document"][k] = od[k]
    if "budget" in old:
        new["budget"] = old["budget"]
    seen: dict = {}
    index = {}
    for r in old.get("indicators") or []:
        key = (r.get("table"), " ".join((r.get("indikator") or "").split()))
        n = seen.get(key, 0)
        seen[key] = n + 1
        index[key + (n,)] = r
    # Records the data does not make (the Rencana Aksi RB records, added by hand) are carried
    # whole, in their place, for a table the data makes no record of.
    made = {r.get("table") for r in new["indicators"]}
    tables = {t.get("id") for t in new.get("tables") or []}
    hand = [r for r in old.get("indicators") or [] if r.get("table") not in made and r.get("table") in tables]
    if hand:
        order = {t.get("id"): i for i, t in enumerate(new.get("tables") or [])}
        new["indicators"] = sorted(new["indicators"] + hand, key=lambda r: order.get(r.get("table"), len(order)))
    used, lost = set(), []
    seen = {}
    for i, r in enumerate(new["indicators"]):
        key = (r.get("table"), " ".join((r.get("indikator") or "").split()))
        n = seen.get(key, 0)
        seen[key] = n + 1
        o = index.get(key + (n,))
        if o is None:
            continue
        used.add(key + (n,))
        new["indicators"][i] = {**r, **{k: o[k] for k in EXTENSION_KEYS if k in o}}
    for k, o in index.items():
        if k not in used and any(x in o for x in EXTENSION_KEYS):
            lost.append(f"{k[0]} {k[1][:60]!r}: {', '.join(x for x in EXTENSION_KEYS if x in o)}")
    return lost


def write_json(path: str, obj) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def straddles(tables, row_pages) -> list[str]:
    """Sasaran groups whose rows land on more than one page (a spanning cell cut by a page break)."""
    out = []
    for ti, t in enumerate(tables):
        recs = [r for part in [t] + list(getattr(t, "continued_by", [])) for r in part.records]
        if not recs:
            continue
        offset, idx = 0, []
        for part in [t] + list(getattr(t, "continued_by", [])):
            idx += [offset + r["_row"] for r in part.records]
            offset += len(part.body)
        groups: dict = {}
        for r, i in zip(recs, idx):
            groups.setdefault((r["no"], r["sasaran"]), set()).add(row_pages[ti][i])
        for (no, sas), pg in groups.items():
            if len(pg) > 1:
                out.append(f"t{ti + 1} no={no} {str(sas)[:40]!r} pages {sorted(pg)}")
    return out


def build_one(modname: str, work: str, check: bool, force: bool = False) -> dict:
    mod = importlib.import_module(modname)
    doc = mod.build()
    fodt_path = os.path.join(work, mod.NAME + ".fodt")
    with open(fodt_path, "w", encoding="utf-8") as f:
        f.write(doc.fodt())
    pdf = fodt.convert(fodt_path, work)
    table_pages, row_pages, notes = locate.locate_tables(pdf, doc.tables)
    pt = locate.PageText(pdf)
    info = {
        "name": mod.NAME, "pages": pdf_pages(pdf), "tables": len(doc.tables),
        "notes": notes, "wraps": wrap_warnings(pt), "straddles": straddles(doc.tables, row_pages),
        "bad_fonts": check_fonts(pdf),
    }
    if hasattr(mod, "post_process"):
        mod.post_process(pdf)          # e.g. turn one page into a /Rotate 90 page
    exp = expected_json(mod.NAME, mod.DOCUMENT, info["pages"], "native", doc.tables, table_pages, row_pages)
    info["records"] = len(exp["indicators"])
    normalize_pdf(pdf)
    exp_path = os.path.join(SAMPLES, mod.NAME + ".expected.json")
    info["lost"] = carry_extensions(exp_path, copy.deepcopy(exp))
    scans = []
    for scan in getattr(mod, "SCANS", []):
        sexp = copy.deepcopy(exp)
        sexp["source"] = {"file": scan["name"] + ".pdf", "pages": info["pages"], "text_source": "ocr"}
        spath = os.path.join(SAMPLES, scan["name"] + ".expected.json")
        info["lost"] += [f"{scan['name']}: {x}" for x in carry_extensions(spath, copy.deepcopy(sexp))]
        scans.append((scan, sexp, spath))
    if info["lost"] and not force:
        # Hand-checked fields would be dropped: write nothing for this sample.
        return info
    carry_extensions(exp_path, exp)
    if not check:
        shutil.copyfile(pdf, os.path.join(SAMPLES, mod.NAME + ".pdf"))
        write_json(exp_path, exp)
        for scan, sexp, spath in scans:
            import scan as scanmod
            out_pdf = os.path.join(SAMPLES, scan["name"] + ".pdf")
            scanmod.make_scan(pdf, out_pdf, **scan.get("options", {}))
            normalize_pdf(out_pdf)
            carry_extensions(spath, sexp)
            write_json(spath, sexp)
            info.setdefault("scans", []).append(scan["name"])
    return info


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", help="sample module names or sample names (default: all)")
    ap.add_argument("--keep", help="keep the .fodt/.pdf work files in this directory")
    ap.add_argument("--check", action="store_true", help="do not write Samples/, only report")
    ap.add_argument("--drop-extensions", action="store_true",
                    help="write even when hand-checked extension fields of a record cannot be carried over")
    a = ap.parse_args()
    mods = MODULES
    if a.names:
        def wanted(m):
            if m in a.names:
                return True
            try:
                return importlib.import_module(m).NAME in a.names
            except ModuleNotFoundError:
                return False
        mods = [m for m in MODULES if wanted(m)]
    os.makedirs(SAMPLES, exist_ok=True)
    status = 0
    work = a.keep or tempfile.mkdtemp(prefix="kinerja-samples-")
    os.makedirs(work, exist_ok=True)
    try:
        for m in mods:
            info = build_one(m, work, a.check, a.drop_extensions)
            print(f"{info['name']}: {info['pages']} pages, {info['tables']} tables, {info['records']} records"
                  + (f", scans {info['scans']}" if info.get("scans") else ""))
            for s in info["straddles"]:
                print(f"  straddle   {s}")
            for n in info["notes"]:
                print(f"  note       {n}")
            if info["wraps"]:
                print(f"  wraps      {len(info['wraps'])} lines end in '-' or '/' inside a word "
                      f"(expected text joins them without a space), e.g. {info['wraps'][0]}")
            for x in info["lost"]:
                print(f"  LOST       hand-checked fields of {x}")
            if info["lost"] and not a.drop_extensions:
                print("  NOT WRITTEN: the records above changed; re-check their extension fields by hand "
                      "(or re-run with --drop-extensions and re-add them)")
                status = 1
            if info["bad_fonts"]:
                print(f"  FONTS      not Liberation: {info['bad_fonts']}")
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
