"""Sample: LKjIP of KPU Kabupaten Bengkulu Utara 2024 (seed 001), with its PK appendix."""
from __future__ import annotations

import data_lkjip as D
from families import compare_table, indicator_table, outcome_table, pk_agreement, plain_table, renstra_table
from fodt import C, Doc

NAME = "lkjip-bengkulu-utara-2024"
DOCUMENT = {"type": "lkjip", "instansi": "KPU Kabupaten Bengkulu Utara", "tahun": 2024}

TRC = [("TARGET KINERJA", "target"), ("REALISASI", "realisasi"), ("CAPAIAN", "capaian")]
W_TRC = [0.9, 3.8, 5.8, 2.0, 2.0, 2.0]


def signature(d: Doc, lines, left=9.0):
    for i, ln in enumerate(lines):
        d.p(ln, align="L", left=left, after=0.0, before=0.2 if i == 0 else 0.0)


def trc(groups, caption):
    return indicator_table(groups, TRC, W_TRC, caption=caption, numbers=["1", "2", "3", "4", "5", "6"])


def outcome(rows, caption):
    return outcome_table(rows, [2020, 2021, 2022, 2023, 2024], [2023, 2024],
                         [3.5, 4.4, 1.15, 1.15, 1.15, 1.15, 1.15, 1.2, 1.2], caption=caption, size=8.5)


def compare(groups, caption):
    return compare_table(groups, [2023, 2024], [0.8, 2.9, 3.8] + [1.5] * 6, caption=caption, size=8.5,
                         head_size=7.5)


def build() -> Doc:
    d = Doc(footer="Halaman {n}")
    # ------------------------------------------------------------------ cover
    d.blank(3)
    d.title("KOMISI PEMILIHAN UMUM KABUPATEN BENGKULU UTARA", size=16, after=2.0)
    d.title("LAPORAN", size=22, after=0.2)
    d.title("AKUNTABILITAS KINERJA", size=22, after=0.2)
    d.title("PEMERINTAH", size=22, after=1.0)
    d.title("SEKRETARIAT KPU", size=18, after=0.2)
    d.title("KABUPATEN BENGKULU UTARA", size=18, after=0.2)
    d.title("TAHUN 2024", size=18, after=3.0)
    d.p("BerAKHLAK", align="C", size=14, bold=True)
    d.p("Berorientasi Pelayanan Akuntabel Kompeten", align="C", size=11)
    d.p("Harmonis Loyal Adaptif Kolaboratif", align="C", size=11)
    # ------------------------------------------------------------------ kata pengantar
    d.page_break()
    d.title("Kata Pengantar")
    for t in D.KATA_PENGANTAR:
        d.body(t)
    signature(d, ["Arga Makmur 17 Januari 2025", "Sekretaris Komisi Pemilihan Umum", "Kabupaten Bengkulu Utara",
                  "", "", "Samsul Bahri, S.Sos"])
    # ------------------------------------------------------------------ ringkasan eksekutif
    d.page_break()
    d.title("RINGKASAN EKSEKUTIF")
    for t in D.RINGKASAN_EKSEKUTIF:
        d.body(t)
    for t in D.SASARAN_LIST:
        d.p(t, left=0.6, after=0.05)
    d.body("Adapun capaian indikator kinerja pada tahun 2024 sebagai berikut:", before=0.2)
    d.table(indicator_table(D.RINGKASAN, [("CAPAIAN", "capaian")], [1.0, 4.6, 8.0, 2.9],
                            numbers=["1", "2", "3", "6"]))
    # ------------------------------------------------------------------ BAB I
    d.page_break()
    d.title("BAB I")
    d.title("PENDAHULUAN", after=0.5)
    d.heading("A. Latar Belakang")
    for t in D.LATAR_BELAKANG:
        d.body(t)
    d.heading("B. Kedudukan, Tugas dan Fungsi")
    d.body("Dalam menjalankan Tugas dan Fungsi serta wewenang yang diamanatkan oleh UU Nomor 17 Tahun 2017 maka KPU "
           "menetapkan Peraturan KPU Nomor 14 Tahun 2021 tentang Tugas, Fungsi, Struktur Organisasi dan Tata Kerja "
           "Sekretariat Jenderal KPU, KPU Provinsi, KPU Kabupaten/Kota dengan uraian tugas sebagai berikut:")
    d.table(plain_table([], [[C(k, bold=True), C(v)] for k, v in D.TUGAS_FUNGSI], [3.0, 13.5],
                        caption="Tabel 1: Uraian Tugas dan Fungsi serta Wewenang"))
    d.heading("C. Struktur Organisasi")
    d.body("Untuk mendukung pelaksanaan tugas pada 4 (empat) subbagian tersebut maka diberikan uraian tugas sebagai berikut.")
    d.table(plain_table([["No", "Uraian Tugas", "Subbagian Yang Membidangi"]],
                        [[C(a, align="C"), b, c] for a, b, c in D.URAIAN_SUBBAG], [1.0, 10.0, 5.5],
                        caption="Tabel 2: Uraian Tugas Sub Bagian"))
    d.body("Dalam rangka menyelenggarakan tugas dan fungsinya, Sekretariat KPU Kabupaten Bengkulu Utara sampai akhir "
           "tahun 2024 didukung oleh Sumber Daya Manusia yang terdiri dari ASN, Pegawai Pegawai Pemerintah dengan "
           "Perjanjian Kerja (PPPK), Tenaga Administrasi.")
    d.table(plain_table([["NO.", "STATUS KEPEGAWAIAN", "JUMLAH PEGAWAI"]],
                        [[C(a, align="C"), b, C(c, align="C")] for a, b, c in D.PEGAWAI]
                        + [[C("Jumlah", cs=2, bold=True), C(D.PEGAWAI_JUMLAH, align="C", bold=True)]],
                        [1.5, 9.0, 6.0], caption="Tabel 3: Jumlah Data Pegawai"))
    # ------------------------------------------------------------------ BAB II
    d.page_break()
    d.title("BAB II")
    d.title("PERENCANAAN KINERJA", after=0.5)
    d.heading("A. Rencana Strategis KPU Kabupaten Bengkulu Utara")
    d.body("Untuk mewujudkan pencapaian tujuan agar terukur dan dapat dicapai secara nyata maka KPU Kabupaten Bengkulu "
           "Utara telah menetapkan sasaran strategis yang merupakan gambaran kondisi riil yang ingin dicapai oleh KPU "
           "Kabupaten Bengkulu Utara pada tahun 2024. Adapun tujuan, sasaran strategis serta indikator kinerja KPU "
           "Kabupaten Bengkulu Utara tahun 2024 sebagai berikut:")
    d.table(plain_table([["No", "Tujuan", "Sasaran Strategis"]],
                        [[C(a, align="C"), b, C(c)] for a, b, c in D.TUJUAN], [1.0, 6.0, 9.5],
                        caption="Tabel 4: Tujuan dan Sasaran Strategis"))
    d.body("Untuk mendukung pencapaian tujuan agar terukur dan dapat dicapai secara nyata, telah ditetapkan sasaran "
           "strategis pada periode akhir 2024 yang diharapkan dapat dicapai oleh KPU Kabupaten Bengkulu Utara. Adapun "
           "sasaran strategis dan indikator serta target yang ditetapkan sebagai berikut:")
    d.table(renstra_table(D.RENSTRA, [2020, 2021, 2022, 2023, 2024], [0.9, 3.6, 5.5] + [1.3] * 5,
                          caption="Tabel 5: Rencana Strategis Jangka Menengah",
                          numbers=[str(i) for i in range(1, 9)]))
    d.heading("B. Perjanjian Kinerja")
    d.body("Sebagai bentuk upaya dalam mewujudkan kinerja yang tertuang didalam rencana strategis KPU Kabupaten "
           "Bengkulu Utara Tahun 2020-2024 maka target kinerja tahunan yang tertuang didalam rencana strategis tersebut "
           "dituangkan didalam Perjanjian Kinerja Tahunan. Adapun rencana kinerja tahunan Sekretariat KPU Kabupaten "
           "Bengkulu Utara adalah sebagai berikut:")
    d.table(indicator_table(D.PK, [("TARGET KINERJA", "target")], [1.0, 4.6, 8.0, 2.9],
                            caption="Tabel 6: Rencana Kinerja Tahunan", numbers=["1", "2", "3", "4"]))
    d.heading("C. Program Rencana Kerja Anggaran Tahun 2024")
    d.body("Dalam rangka upaya mewujudkan kinerja yang telah diperjanjikan pada Perjanjian Kinerja 2024, ditetapkan "
           "Rencana Kerja dan Anggaran Tahun 2024, yang terdiri dari 2 (dua) program kegiatan. KPU Kabupaten Bengkulu "
           "Utara mendapatkan alokasi anggaran sebesar Rp. 57.487.073.000 terdiri dari sumber APBN dan APBD dalam rangka "
           "menyelenggarakan pilkada serentak tahun 2024. dengan penyerapan anggaran sebesar Rp. 52.641.937.382 atau "
           "sebesar 91.57 Persen. (Data Periode Desember 2024)")
    d.table(plain_table([[C("PROGRAM KEGIATAN", cs=2), C("Anggaran")]],
                        [[C(a, bold="." not in a), C(b, bold="." not in a), C(c, align="R", bold="." not in a)]
                         for a, b, c in D.ANGGARAN_PROGRAM],
                        [2.2, 10.3, 4.0], caption="Tabel 7: Program Kegiatan dan Anggaran Tahun 2024"))
    # ------------------------------------------------------------------ BAB III
    d.page_break()
    d.title("BAB III")
    d.title("AKUNTABILITAS KINERJA", after=0.5)
    d.heading("A. Target dan Realiasi Kinerja Tahun 2024")
    d.body("Hasil pengukuran capaian indikator kinerja dimaksud digunakan untuk menilai keberhasilan dan kegagalan "
           "pencapaian tujuan dan sasaran strategis dalam rangka mewujudkan visi dan misi KPU Kabupaten Bengkulu Utara, "
           "dengan klasifikasi penilaian capaian indikator kinerja sebagaimana tercantum pada tabel dibawah ini:")
    d.table(plain_table([["No.", "Rentang Nilai", "Kategori", "Keterangan"]],
                        [[C(a, align="C"), C(b, align="C"), c, e] for a, b, c, e in D.KLASIFIKASI],
                        [1.2, 2.8, 3.5, 9.0], caption="Tabel 8: Klasifikasi Penilaian"))
    d.heading("B. Hasil Pengukuran Indikator Capaian Kinerja KPU Bengkulu Utara Tahun 2024")
    d.body("Untuk mendukung pelaksanaan pencapaian kinerja KPU Kabupaten Bengkulu Utara Tahun Anggaran 2024 tidak dapat "
           "dilepaskan dari ketersediaan anggaran. Berdasarkan pagu anggaran 2024 dan realisasi anggaran pada akhir tahun "
           "2024 maka dapat dipaparkan capaian kinerja KPU Kabupaten Bengkulu Utara sebagai berikut:")
    d.table(trc(D.TABEL9, "Tabel 9: Capaian Kinerja Tahun 2024"))
    d.body("Berdasarkan hasil pengukuran kinerja diatas diketahui bahwa dari 9 (Sembilan) sasaran strategis yang "
           "ditargetkan oleh Sekretaris KPU Kabupaten Bengkulu Utara pada tahun anggaran 2024 dengan 35 (Tiga Puluh "
           "Lima) indikator, Terdapat 11 (sebelas) Indikator dengan rata-rata nilai 70-90 Persen dengan kategori "
           "penilaian cukup berhasil mencapai target kinerja, sedangkan sisanya rata-rata nilai diatas 91-100 Persen.")
    d.heading("C. Analisis Capaian Kinerja")
    d.heading("1. Terwujudnya Perencanaan Program dan Anggaran Pemilu", before=0.1)
    d.body("Pada sasaran strategis pertama yakni terwujudnya perencanaan program dan anggaran pemilu dengan 5 (lima) "
           "indikator dengan capaian sebagai berikut:")
    d.table(trc(D.TABEL10, "Tabel 10: Analisis Capaian Kinerja pada sasaran Strategis Pertama"))
    d.heading("2. Meningkatnya Kapasitas SDM Yang Kompeten", before=0.1)
    d.body("Pada sasaran strategis pertama yakni Meningkatnya Kapasitas SDM KPU Bengkulu Utara Yang Kompeten dengan "
           "indikator yakni kesesuaian terhadap standar kompetensi dalam melaksanakan tugas dengan capaian sebagai berikut:")
    d.table(trc(D.TABEL11, "Tabel 11: Analisis Capaian Kinerja pada sasaran Strategis Kedua"))
    d.body("Pada tahun 2024, KPU Kabupaten Bengkulu Utara menugaskan 5 (lima) Orang Pegawai untuk mengikuti pendidikan "
           "dan pelatihan pengadaan barang dan jasa yang diselenggarakan oleh KPU RI.")
    d.table(compare(D.TABEL12, "Tabel 12: Perbandingan capaian kinerja pada tahun anggaran 2023 dan 2024"))
    d.body("Jika dibandingkan dengan capaian kinerja tahun 2023 maka sasaran strategis kedua yakni meningkatnya "
           "kompetensi SDM KPU Kabupaten Bengkulu Utara sama pada capaian kinerja tahun 2024.")
    d.table(outcome(D.TABEL13, "Tabel 13: Perbandingan capaian kinerja 2024 dengan rencana jangka menengah"))
    d.heading("3. Terwujudnya Dukungan Sarana dan Prasarana Guna Meningkatkan Kelancaran Tugas KPU Kabupaten Bengkulu Utara.", before=0.1)
    d.body("Capaian indikator dari sasaran kegiatan ini adalah sebagai berikut:")
    d.table(trc(D.TABEL14, "Tabel 14: Capaian Kinerja pada Sasaran Strategis Ketiga"))
    d.body("Dari 4 (empat) indikator capaian kinerja bernilai diatas 90-100 menunjukkan bahwa kinerja Sekretariat KPU "
           "Bengkulu Utara telah tercapai dengan baik.")
    d.table(compare(D.TABEL14B, "Tabel 14: Perbandingan capaian kinerja pada tahun 2023 dan tahun 2024"))
    d.table(outcome(D.TABEL15, "Tabel 15: Perbandingan capaian kinerja 2024 dengan rencana jangka menengah"))
    d.heading("4. Meningkatnya Akuntabilitas Keuangan dan Kinerja", before=0.1)
    d.body("Capaian indikator atas sasaran strategis ketiga yakni meningkatnya akuntabilitas keuangan dan kinerja sebagai berikut:")
    d.table(trc(D.TABEL16, "Tabel 16: Capaian Kinerja pada sasaran strategis ke empat"))
    d.body("Sedangkan untuk indikator Opini BPK atas Laporan Keuangan KPU Bengkulu Utara menggunakan opini BPK atas LPJ "
           "KPU RI oleh karena belum adanya opini BPK atas LPJ KPU Bengkulu Utara pada tahun anggaran 2024.")
    d.table(outcome(D.TABEL17, "Tabel 17: Perbandingan capaian kinerja 2024 dengan rencana jangka menengah"))
    d.body("Berdasarkan hasil evaluasi AKIP yang diterbitkan oleh Inspektorat KPU RI untuk KPU Kabupaten Bengkulu Utara "
           "memperoleh hasil sebagai berikut:")
    d.table(plain_table(
        [[C("Komponen", rs=2), C("Bobot Komponen", rs=2), C("Bobot Sub Komponen", cs=3), C("Total Nilai", rs=2)],
         [C("1 (20%) Keberadaan"), C("2 (30%) Kualitas"), C("3 (50%) Pemanfaatan")]],
        [[C(r[0])] + [C(x, align="C") for x in r[1:]] for r in D.SAKIP]
        + [[C("Kategori", cs=5, bold=True), C(D.SAKIP_KATEGORI, align="C", bold=True)]],
        [4.5, 2.2, 2.5, 2.5, 2.5, 2.3], caption="Tabel 18: Hasil Evaluasi SAKIP"))
    d.heading("5. Terlaksananya Tahapan Pemilu Presiden dan Wakil Presiden, Pemilu DPR, DPD dan DPRD Prov/DPRD Kabupaten Kota", before=0.1)
    d.body("Indikator kinerja pada sasaran strategis keempat ini sebagai berikut:")
    d.table(trc(D.TABEL19, "Tabel 19: Capaian kinerja pada sasaran strategis kelima"))
    d.heading("6. Terwujudnya Penyelenggaraan Pemilihan sesuai jadwal", before=0.1)
    d.body("Indikator kinerja pada sasaran strategis kelima yakni terwujudnya penyelenggaraan pemilihan sesuai jadwal sebagai berikut:")
    d.table(trc(D.TABEL20, "Tabel 20: Capaian kinerja pada sasaran strategi keenam"))
    d.body("Target kinerja pada sasaran strategis ini tidak dapat dibandingkan dengan tahun 2023 oleh karena belum "
           "dimulainya tahapan pemilihan serentak tahun 2024.")
    d.heading("7. Terlaksanannya Penetapan Keputusan dan Pendokumentasian Produk Hukum KPU Bengkulu Utara.", before=0.1)
    d.table(trc(D.TABEL21, "Tabel 21: Hasil kinerja pada sasaran strategis ketujuh"))
    d.body("KPU Bengkulu Utara menetapkan 1680 produk hukum berupa Surat Keputusan KPU Bengkulu Utara pada tahun 2024 "
           "dan melakukan publikasi produk hukum tersebut melalui jaringan dokumentasi informasi hukum kpu bengkulu utara.")
    d.table(plain_table([["Jenis Dokumen", "Hardcopy", "Softcopy"]],
                        [[a, C(b, align="C"), C(c, align="C")] for a, b, c in D.DOKUMEN_HUKUM],
                        [9.5, 3.5, 3.5], caption="Tabel 22: Rekap Dokumen Produk Hukum Tahun 2024"))
    d.table(compare(D.TABEL23, "Tabel 23: Perbandingan capaian kinerja 2024 dengan tahun 2023"))
    d.table(outcome(D.TABEL24, "Tabel 24: Perbandingan capaian kinerja 2024 dengan rencana jangka menengah"))
    d.heading("8. Terlaksannanya fasilitas pengelolaan kebutuhan, pengadaan pendistribusian serta pemeliharaan dan inventarisasi logistik pemilu/pemilihan.", before=0.1)
    d.table(trc(D.TABEL25, "Tabel 25: Capaian kinerja pada sasaran strategis kedelapan"))
    d.table(outcome(D.TABEL26, "Tabel 26: Perbandingan capaian kinerja 2024 tahun 2023"))
    d.body("Berikut pengelolaan logisti pada pemilihan kepala daerah dan wakil kepala daerah yang memenuhi prinsip tepat "
           "jenis, tepat jumlah dan tepat waktu:")
    d.table(plain_table(
        [[C("No", rs=2), C("Jenis Logistik", rs=2), C("Satuan", rs=2), C("Jumlah yang Dipesan", rs=2),
          C("Jumlah yang Diterima", rs=2), C("Jumlah Hasil Penyortiran", cs=2), C("Permintaan Kurang/Rusak", cs=2)],
         [C("Baik"), C("Rusak"), C("(n)"), C("(%)")]],
        [[C(a, align="C"), b, C(s, align="C"), C(n, align="R"), C(n, align="R"), C(n, align="R"),
          C("-", align="C"), C("-", align="C"), C("0,00%", align="C")] for a, b, s, n in D.LOGISTIK],
        [0.9, 4.4, 1.6, 1.8, 1.8, 1.6, 1.3, 1.3, 1.8], size=8.5,
        caption="Tabel 27: Rekap Pengadaan dan Distribusi Logistik Pilkada yang tepat jenis, jumlah dan waktu"))
    d.heading("9. Terlaksanannya Pengelolaan Keuangan dan Barang Milik Negara", before=0.1)
    d.table(trc(D.TABEL28, "Tabel 28: Capaian Kinerja pada sasaran strategis kesembilan"))
    d.table(compare(D.TABEL30, "Tabel 30: Perbandingan capaian kinerja 2024 dengan tahun 2023"))
    d.heading("E. Kinerja Anggaran")
    d.body("KPU Kabupaten Bengkulu Utara melaksanakan 2 (dua) program utama yang merupakan penjabaran rencana kerja dan "
           "anggaran KPU dalam menjalankan tugas dan fungsi sebagai penyelenggara pemilu dengan realisasi sebagai berikut:")
    d.table(plain_table([[C("Program/Kegiatan", rs=2), C("Tahun 2022", cs=3)], ["Anggaran", "Realisasi", "Capaian"]],
                        [[a, C(b, align="R"), C(c, align="R"), C(e, align="C")] for a, b, c, e in D.KINERJA_ANGGARAN],
                        [7.0, 3.4, 3.4, 2.7], caption="Tabel 31: Kinerja Anggaran Tahun 2024"))
    d.table(plain_table([["Kinerja Keuangan", "Kriteria"]], [[C(a, align="C"), b] for a, b in D.KRITERIA],
                        [6.0, 6.0], caption="Tabel 32: Ukuran Efektif Kinerja Anggaran"))
    d.body("Capaian kinerja anggaran KPU Kabupaten Bengkulu Utara pada 2 (dua) program dimana memperoleh nilai "
           "realisasi antara 91,57 % s/d 97,16 % masuk kategori cukup efektif.")
    # ------------------------------------------------------------------ BAB IV
    d.page_break()
    d.title("BAB IV PENUTUP", after=0.5)
    d.heading("A. KESIMPULAN")
    d.body("Dari uraian pengukuran capaian kinerja KPU Kabupaten Bengkulu Utara Tahun 2024 maka dapat disimpulkan "
           "bahwa capaian kinerja untuk seluruh sasaran strategis telah tercapai dengan baik sesuai dengan target yang "
           "di harapkan pada tahun 2024.")
    d.heading("B. Rencana Tindaklanjut")
    d.body("KPU Kabupaten Bengkulu Utara akan melakukan program dan kegiatan untuk menghasilkan perbaikan kinerja.")
    d.table(plain_table([[C("PROGRAM", cs=2), C("Anggaran")]],
                        [[C(a, bold=True), C(b), C(c, align="R")] for a, b, c in D.LAMPIRAN_PROGRAM],
                        [2.2, 10.3, 4.0]))
    signature(d, ["SEKRETARIS KOMISI PEMILIHAN UMUM", "KABUPATEN BENGKULU UTARA", "", "", "SAMSUL BAHRI, S.Sos",
                  "NIP. 196810011989031005"])
    # ------------------------------------------------------------------ PK appendix
    d.page_break()
    d.blank(4)
    d.title("KOMISI PEMILIHAN UMUM", size=16)
    d.title("KABUPATEN BENGKULU UTARA", size=16, after=1.5)
    for t in ("Perjanjian Kinerja", "Komisi Pemilihan Umum", "Kabupaten Bengkulu Utara", "Tahun 2024"):
        d.title(t, size=20, after=0.1)
    d.blank(2)
    d.p("Jl. PROF. M. YAMIN, SH. NO. 12", align="C", size=10, after=0)
    d.p("ARGA MAKMUR - BENGKULU UTARA 38612", align="C", size=10, after=0)
    pk_section(d, "KASUBBAG KEUANGAN, UMUM DAN LOGISTIK", "Umar Yasin, SH", "Kepala Sub Bagian Keuangan, Umum dan Logistik",
               ["PERJANJIAN KINERJA", "SUB BAGIAN KEUANGAN, UMUM DAN LOGISTIK", "SEKRETARIAT KPU KABUPATEN BENGKULU UTARA", "TAHUN 2024"],
               D.PK_KEU, D.KEGIATAN_KEU, ["Arga Makmur, 3 Maret 2024", "Kepala Sub Bagian Keuangan", "Umum dan Logistik",
                                          "", "", "Umar Yasin, SH.", "NIP. 197112291993031002"])
    pk_section(d, "KASUBBAG TEKNIS PENYELENGGARA PEMILU DAN HUKUM", "Nova Afrizan, SKM., MM",
               "Kepala Sub Bagian Teknis Penyelenggara Pemilu dan Hukum",
               ["PERJANJIAN KINERJA", "SUB TEKNIS PENYELENGGARA PEMILU DAN HUKUM", "SEKRETARIAT KPU KABUPATEN BENGKULU UTARA"],
               D.PK_TEKNIS, D.KEGIATAN_TEKNIS, None)
    return d


def pk_section(d: Doc, jabatan_judul, nama, jabatan, lampiran_title, groups, kegiatan, sign):
    d.page_break()
    pk_agreement(d, f"PERJANJIAN KINERJA {jabatan_judul} KOMISI PEMILIHAN UMUM KABUPATEN BENGKULU UTARA TAHUN 2024",
                 nama, jabatan, "Pihak Kedua,", (jabatan.upper(), "", "", nama.upper()))
    d.page_break()
    for i, t in enumerate(lampiran_title):
        d.title(t, size=12, after=0.05 if i < len(lampiran_title) - 1 else 0.4)
    d.table(indicator_table(groups, [("TARGET KINERJA", "target")], [1.0, 4.8, 8.0, 2.7],
                            numbers=["1", "2", "3", "4"]))
    d.blank()
    d.table(plain_table([["NO", "KEGIATAN", "ANGGARAN"]],
                        [[C(a, align="C"), b, C(c, align="R")] for a, b, c in kegiatan], [1.0, 10.5, 5.0]))
    if sign:
        signature(d, sign)
