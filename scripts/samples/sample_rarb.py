"""Sample: Keputusan KPU Kabupaten Bengkulu Tengah on its Rencana Aksi Reformasi
Birokrasi 2022 (seed 002): two portrait pages of keputusan text, then the landscape
lampiran: an 18-column table (NO, AREA PERUBAHAN, KEGIATAN, SUB KEGIATAN, INDIKATOR
KEBERHASILAN, PELAKSANAAN (BULAN) 1..12, KET) with a 1..18 column-number row. No
target/realisasi/capaian column: tables, but no indicator records."""
from __future__ import annotations

import data_rarb as D
from families import span_table
from fodt import C, Doc

NAME = "rarb-bengkulu-tengah-2022"
DOCUMENT = {"type": "rencana_aksi_rb", "instansi": "KPU Kabupaten Bengkulu Tengah", "tahun": 2022}


def labelled(d: Doc, label: str, items: list[str]):
    for i, t in enumerate(items):
        d.p((f"{label} : " if i == 0 else "") + t, align="justify", left=3.6, indent=-3.6 if i == 0 else 0.0,
            size=11.5, after=0.1)


def build() -> Doc:
    d = Doc(footer=None)
    d.p(D.KEPUTUSAN_HEAD[0], align="L", bold=True, size=11)
    for t in D.KEPUTUSAN_HEAD[1:]:
        d.title(t, size=12, after=0.0)
    d.blank()
    for t in D.KEPUTUSAN_TITLE:
        d.title(t, size=12, after=0.05)
    d.blank()
    d.title(D.KETUA, size=12, after=0.3)
    labelled(d, "Menimbang", D.MENIMBANG)
    labelled(d, "Mengingat", D.MENGINGAT)
    d.title("MEMUTUSKAN:", size=12, before=0.3)
    labelled(d, "Menetapkan", [D.MENETAPKAN])
    labelled(d, "KESATU", [D.KESATU])
    labelled(d, "KEDUA", [D.KEDUA])
    for i, t in enumerate(["Ditetapkan di Bengkulu Tengah", "pada tanggal 10 Januari 2022", "",
                           "KETUA KOMISI PEMILIHAN UMUM", "KABUPATEN BENGKULU TENGAH,", "ttd.", "", "BROTOSENO"]):
        d.p(t, align="L", left=8.5, size=11.5, after=0.0, before=0.5 if i == 0 else 0.0)
    for i, t in enumerate(["Salinan sesuai dengan aslinya", "SEKRETARIAT KPU KABUPATEN BENGKULU TENGAH", "Sekretaris"]):
        d.p(t, align="L", size=10, after=0.0, before=0.5 if i == 0 else 0.0)
    # lampiran, landscape
    d.master("Landscape")
    for i, t in enumerate(D.LAMPIRAN):
        d.p(t, align="L", left=15.5, size=10, after=0.0)
    d.blank()
    for t in D.LAMPIRAN_TITLE:
        d.title(t, size=12, after=0.0)
    d.blank()
    header = [
        [C("NO", rs=2), C("AREA PERUBAHAN", rs=2), C("KEGIATAN", rs=2), C("SUB KEGIATAN", rs=2),
         C("INDIKATOR KEBERHASILAN", rs=2), C("PELAKSANAAN (BULAN)", cs=12), C("KET", rs=2)],
        [C(str(i)) for i in range(1, 13)],
        [C(str(i), align="C") for i in range(1, 19)],
    ]
    rows = []
    for r in D.ROWS:
        r = list(r)
        r[0] = C(r[0], align="C") if r[0] != "^" else r[0]
        for j in range(5, 17):
            r[j] = C(r[j], align="C")
        rows.append(r)
    d.table(span_table(header, rows, [0.8, 2.6, 3.8, 4.6, 5.6] + [0.6] * 12 + [1.3], size=8, head_size=7.5))
    for i, t in enumerate(["Bengkulu Tengah, 10 Januari 2022", "Komisi Pemilihan Umum", "Kabupaten Bengkulu Tengah",
                           "KETUA", "", "ttd.", "", "Brotoseno"]):
        d.p(t, align="L", left=17.5, size=10, after=0.0, before=0.4 if i == 0 else 0.0)
    return d
