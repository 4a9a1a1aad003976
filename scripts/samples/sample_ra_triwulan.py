"""Sample: Rencana Aksi Kinerja 2021, Sekretaris KPU Provinsi Banten (seed 003).

Landscape; Pelaksanaan Kegiatan Triwulan I..IV (shaded quarters); a (1)..(12)
column-number row; Pagu Anggaran in comma thousands (1,159,691,000); an indicator
spanning several kegiatan rows (one record per indicator); 2 lap, 8 Kali, WTP.
Page ROTATED_PAGE is stored as a portrait page whose content is drawn sideways,
with /Rotate 90, so that it displays upright landscape."""
from __future__ import annotations

import data_ra_triwulan as D
from families import span_table
from fodt import C, Doc

NAME = "ra-triwulan-banten-2021"
DOCUMENT = {"type": "rencana_aksi_kinerja", "instansi": "KPU Provinsi Banten", "tahun": 2021}
ROTATED_PAGE = 3


def build() -> Doc:
    d = Doc(landscape=True, margins=(1.5, 1.5, 1.8, 1.8))
    d.title("RENCANA AKSI KINERJA TAHUN 2021", size=12, after=0.05)
    d.title("KOMISI PEMILIHAN UMUM PROVINSI BANTEN", size=12, after=0.05)
    d.title("SEKRETARIS", size=12, after=0.3)
    header = [
        [C("No", rs=2), C("Sasaran Program/Kegiatan", rs=2), C("Indikator Kinerja", rs=2),
         C("Target Indikator Kinerja", rs=2), C("Nama Kegiatan/Aksi", rs=2), C("Target Kegiatan/Aksi", rs=2),
         C("Pelaksanaan Kegiatan Triwulan", cs=4), C("Pagu Anggaran", rs=2),
         C("Pelaksana Tingkat Pejabat Eselon IV", rs=2)],
        [C("I"), C("II"), C("III"), C("IV")],
        [C(f"({i})", align="C") for i in range(1, 13)],
    ]
    rows = []
    for r in D.ROWS:
        r = list(r)
        if r[10] not in ("^",):
            r[10] = C(r[10], align="R")
        for j in (3, 5):
            if r[j] != "^":
                r[j] = C(r[j], align="C")
        r[0] = C(r[0], align="C") if r[0] != "^" else r[0]
        rows.append(r)
    t = span_table(header, rows, [0.8, 3.4, 4.4, 1.6, 4.2, 1.9, 1.35, 1.35, 1.35, 1.35, 2.0, 2.3],
                   rec_cols={"no": 0, "sasaran": 1, "indikator": 2, "target": 3}, size=8, head_size=7,
                   head_min_height=1.0)
    d.table(t)
    for i, ln in enumerate(["Serang, 28 Januari 2021", "KOMISI PEMILIHAN UMUM PROVINSI BANTEN", "Pt. Sekretaris,",
                            "", "", "ANNISA ROSPA.P", "NIP. 19710703 199903 2 007"]):
        d.p(ln, align="C", left=16.0, size=10, after=0.0, before=0.4 if i == 0 else 0.0)
    return d


def post_process(pdf: str) -> None:
    """Store page ROTATED_PAGE as portrait + sideways content + /Rotate 90."""
    from pypdf import PdfWriter
    w = PdfWriter(clone_from=pdf)
    p = w.pages[ROTATED_PAGE - 1]
    p.rotate(270)
    p.transfer_rotation_to_content()
    p.rotate(90)
    w.add_metadata({"/Producer": "LibreOffice (kinerja make_samples, one page re-rotated with pypdf)",
                    "/CreationDate": "D:20250101000000Z"})
    with open(pdf, "wb") as f:
        w.write(f)
