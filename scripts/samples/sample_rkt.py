"""Sample: Rencana Kinerja Tahunan 2024, Sekretariat KPU Kabupaten OKU Selatan (seed 004).

Landscape; the table restarts on each page (header, and from page 2 on a 1..8
column-number row) - one logical table; row spans; bare targets (97 -> number);
stacked paragraphs (one cell, several indicators and their targets: one record
each); a sasaran that continues on the next page with empty cells; the malformed
anggaran 2.57.212.000 (a warning, not a record)."""
from __future__ import annotations

import data_rkt as D
from families import span_table
from fodt import C, Doc

NAME = "rkt-oku-selatan-2024"
DOCUMENT = {"type": "rencana_kinerja_tahunan", "instansi": "KPU Kabupaten OKU Selatan", "tahun": 2024}
SCANS = [{"name": "rkt-oku-selatan-2024-scan",
          "options": {"dpi": 200, "skew": [0.8, -1.2, 0.5, 1.5, -0.6], "rotate": {3: 180}, "seed": 4}}]

HEAD = ["No", "Program", "Sasaran strategis", "Indikator Kinerja strategis", "Target", "Kegiatan", "Anggaran", "Pelaksana"]
WIDTHS = [0.8, 3.0, 3.6, 6.0, 1.3, 5.2, 2.9, 2.9]


def cells(row):
    out = []
    for j, v in enumerate(row):
        if v == "^":
            out.append(v)
        elif j in (0, 4):
            out.append(C(v, align="C", gap=0.25))
        elif j == 6:
            out.append(C(v, align="R"))
        else:
            out.append(C(v, gap=0.25))
    return out


def build() -> Doc:
    d = Doc(landscape=True, margins=(1.5, 1.5, 2.0, 2.0))
    d.title("RENCANA KINERJA TAHUNAN TAHUN 2024", size=13, after=0.3)
    d.body(D.INTRO, size=11)
    carry = None
    for i, page in enumerate(D.PAGES):
        header = [[C(h) for h in HEAD]]
        if i:
            header.append([C(str(k), align="C") for k in range(1, 9)])
        t = span_table(header, [cells(r) for r in page], WIDTHS, carry=carry,
                       rec_cols={"no": 0, "sasaran": 2, "indikator": 3, "target": 4}, size=9.5,
                       continues=i > 0, page_break_before=i > 0, repeat_header=False)
        carry = t.last_carry
        d.table(t)
    for k, ln in enumerate(["Mubaradiah, 11 Januari 2024", "SEKRETARIS,", "", "", "M. YUDHIE KRESNA"]):
        d.p(ln, align="L", left=18.5, size=11, after=0.0, before=0.4 if k == 0 else 0.0)
    return d
