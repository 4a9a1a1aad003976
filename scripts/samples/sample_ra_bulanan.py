"""Sample: Rencana Aksi Kinerja 2025, Sekretariat KPU Kabupaten Bengkulu Tengah (seed 000).

Landscape; a monthly schedule B1..B12 of √/-; programme heading rows (I, II) that
span the whole row and give no record; KEGIATAN cells spanning several indicator
rows; targets 12 Kali, 1 perkara, B, 74.55 %."""
from __future__ import annotations

import data_ra_bulanan as D
from fodt import C, Doc, Table
from model import G, measure, record

NAME = "ra-bulanan-bengkulu-tengah-2025"
DOCUMENT = {"type": "rencana_aksi_kinerja", "instansi": "KPU Kabupaten Bengkulu Tengah", "tahun": 2025}


def plan_table() -> Table:
    months = [f"B{i}" for i in range(1, 13)]
    header = [
        [C("NO", rs=2), C("SASARAN STRATEGIS", rs=2), C("INDIKATOR KINERJA", rs=2), C("TARGET", rs=2),
         C("KEGIATAN", rs=2), C("RENCANA PELAKSANAAN", cs=12), C("PELAKSANA", rs=2)],
        [C(m) for m in months],
    ]
    body, records, probes = [], [], []
    for item in D.PLAN:
        if not isinstance(item, G):
            roman, text = item
            body.append([C(roman, align="C", bold=True), C(text, cs=17, bold=True)])
            probes.append(text)
            continue
        n = len(item.rows)
        for k, r in enumerate(item.rows):
            row = [C(item.no, rs=n, align="C"), C(item.sasaran, rs=n)] if k == 0 else []
            row += [C(r.indikator), C(r.measures[0], align="C")]
            keg = r.extra["keg"]
            if keg:
                span = 1
                while k + span < n and not item.rows[k + span].extra["keg"]:
                    span += 1
                row.append(C(keg, rs=span))
            row += [C(x, align="C") for x in r.extra["jadwal"]]
            row.append(C(D.PELAKSANA))
            rec = record(item.no, item.sasaran, r.indikator, target=measure(r.measures[0], True))
            rec["_row"] = len(body)
            records.append(rec)
            probes.append(r.indikator)
            body.append(row)
    t = Table(widths=[0.8, 3.9, 5.1, 1.6, 3.5] + [0.7] * 12 + [2.4], header=header, body=body,
              size=8, head_size=7)
    t.records, t.probes = records, probes
    return t


def build() -> Doc:
    d = Doc(landscape=True, margins=(1.5, 1.5, 2.0, 2.0))
    d.title("RENCANA AKSI KINERJA", size=13, after=0.3)
    d.p("NAMA/UNIT ORGANISASI : SEKRETARIAT KPU KABUPATEN BENGKULU TENGAH", align="L", size=11, bold=True, after=0.05)
    d.p("TAHUN : 2025", align="L", size=11, bold=True, after=0.2)
    d.table(plan_table())
    for i, ln in enumerate(["Karang Tinggi, 06 Januari 2025", "Sekretaris Komisi Pemilihan Umum",
                            "Kabupaten Bengkulu Tengah,", "", "", "Surya Ofiana"]):
        d.p(ln, align="L", left=18.0, size=11, after=0.0, before=0.4 if i == 0 else 0.0)
    return d
