"""Sample: Perjanjian Kinerja 2024 of two Kasubbag of KPU Kabupaten Bengkulu Utara
(seed 001's appendix), with borderless tables: no rules at all except one line under
the header rows. Each agreement has a NO/Sasaran/Indikator/Target table (records)
and a NO/KEGIATAN/ANGGARAN table (no records)."""
from __future__ import annotations

import data_lkjip as D
from families import indicator_table, pk_agreement, plain_table
from fodt import C, Doc

NAME = "pk-borderless-bengkulu-utara-2024"
DOCUMENT = {"type": "perjanjian_kinerja", "instansi": "KPU Kabupaten Bengkulu Utara", "tahun": 2024}
SCANS = [{"name": "pk-borderless-bengkulu-utara-2024-scan",
          "options": {"dpi": 300, "skew": [-0.7, 1.1, 0.4], "rotate": {2: 90}, "seed": 7, "quality": 50}}]


def agreement(d: Doc, judul, nama, jabatan, nama_ttd, nip):
    pk_agreement(d, judul, nama, jabatan, "Pihak Kedua.", (jabatan.upper(), "", "", nama_ttd, nip))


def lampiran(d: Doc, title, groups, kegiatan, sign):
    for i, t in enumerate(title):
        d.title(t, size=12, after=0.05 if i < len(title) - 1 else 0.5)
    d.table(indicator_table(groups, [("TARGET KINERJA", "target")], [1.2, 5.0, 7.3, 3.0],
                            numbers=["1", "2", "3", "4"], style="borderless", header_shade=None, size=10.5))
    d.blank()
    d.table(plain_table([["NO", "KEGIATAN", "ANGGARAN"]],
                        [[C(a, align="C"), b, C(c, align="R")] for a, b, c in kegiatan], [1.2, 10.3, 5.0],
                        style="borderless", header_shade=None, size=10.5))
    for i, ln in enumerate(sign):
        d.p(ln, align="L", left=9.5, after=0.0, before=0.6 if i == 0 else 0.0)


def build() -> Doc:
    d = Doc()
    agreement(d, "PERJANJIAN KINERJA KASUBBAG PERENCANAAN, DATA DAN INFORMASI KOMISI PEMILIHAN UMUM KABUPATEN BENGKULU UTARA TAHUN 2024",
              "Martin Luther Manao, S.H., M.H.", "Kepala Sub Bagian Perencanaan, Data dan Informasi",
              "MARTIN LUTHER MANAO, S.H., MH", "NIP. 198210082009121004")
    d.page_break()
    lampiran(d, ["PERJANJIAN KINERJA", "SUB BAGIAN PERENCANAAN, DATA DAN INFORMASI",
                 "SEKRETARIAT KPU KABUPATEN BENGKULU UTARA TAHUN 2024"], D.PK_REN, D.KEGIATAN_REN,
             ["Arga Makmur, 3 Maret 2024", "Kepala Sub Bagian Perencanaan", "Data dan Informasi,", "", "",
              "Martin Luther Manao, S.H., M.H"])
    d.page_break()
    lampiran(d, ["PERJANJIAN KINERJA", "SUB BAGIAN PARMAS DAN SDM", "SEKRETARIAT KPU KABUPATEN BENGKULU UTARA TAHUN 2024"],
             D.PK_PARMAS, D.KEGIATAN_PARMAS,
             ["Arga Makmur, 3 Januari 2024", "Kepala Sub Bagian Parmas dan SDM", "", "", "Aderianko, S.H., M.H",
              "NIP. 198607162010121003"])
    return d
