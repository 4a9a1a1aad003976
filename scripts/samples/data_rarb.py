"""Seed 002 (Keputusan KPU Kabupaten Bengkulu Tengah 02/ORT.07-Kpts/KPU-Kab/1709/I/2022,
Rencana Aksi Reformasi Birokrasi 2022): the keputusan text and a cleaned part of its
18-column lampiran table, typed from the seed. The seed's extraction scattered the
month ticks and the row spans; here every row has twelve month cells and AREA /
KEGIATAN / SUB KEGIATAN cells span their rows ("^" = covered by the cell above).
Areas 1, 3, 4, 5 are complete as far as the seed shows them; 6, 7 and 8 are
shortened. The table has no target, realisasi or capaian column: no indicator records."""

U = "^"
ALL = "√" * 12
JAN = "√" + "-" * 11


def m(pattern: str) -> list[str]:
    """Twelve month cells from a pattern: '√' planned, anything else empty."""
    return ["√" if ch == "√" else "" for ch in pattern]


def row(no, area, keg, sub, ind, months=ALL, ket=""):
    return [no, area, keg, sub, ind] + m(months) + [ket]


MONTH_1_7 = "√-----√-----"
MONTH_1_12 = "√----------√"

ROWS = [
    # 1. Manajemen Perubahan
    row("1", "Manajemen Perubahan", "1. Perencanaan Reformasi Birokrasi",
        "1. Pembentukan tim Reformasi Birokrasi Di lingkungan KPU Kabupaten Bengkulu Tengah Tim terdiri dari: 1. Tim Pengarah 2. Tim Pelaksana 3. Tim Agen Perubahan 4. Tim Assesor",
        "Surat Keputusan Tim Reformasi Birokrasi di lingkungan KPU Kabupaten Bengkulu Tengah", "-√----------"),
    row(U, U, U, "2. Pembangunan Komitmen Bersama seluruh jajaran pegawai dan Pejabat untuk melaksanakan reformasi birokrasi secara konsisten dan melakukan perubahan mental;",
        "Kegiatan Pembangunan Komitmen pelaksanaan reformasi Birokrasi di lingkungan KPU Kabupaten Bengkulu Tengah", "-√----------"),
    row(U, U, U, "3. focus group discussion (FGD) Penyusunan Rencana Aksi Reformasi Birokrasi tahunan di lingkungan KPU Kabupaten Bengkulu Tengah",
        "Rencana Aksi Tahunan di lingkungan KPU Kabupaten Bengkulu Tengah.", JAN),
    row(U, U, "2. Pelaksanaan Manajemen Perubahan", "1. Sosialisasi Reformasi Birokrasi Melalui Berbagai Media",
        "1. tersedianya Media Sosialisasi dilingkungan kerja yang bisa di akses stakeholder internal dan eksternal"),
    row(U, U, U, U, "2. pembangunan kolom reformasi birokrasi di KPU Kabupaten Bengkulu Tengah", "-" + "√" * 11),
    row(U, U, U, "2. Sosialisasi Nilai-nilai untuk menegakkan integritas penyelenggara pemilu dan ASN",
        "1. pemberian Pegawai teladan minimal 1 kali dalam satu tahun disiplin ASN.", "-----------√"),
    row(U, U, U, U, "2. menurunnya angka pelanggaran disiplin pegawai ASN"),
    row(U, U, U, "3. Penyelenggaraan Integritas Di lingkungan Kerja a. penandatanganan fakta integritas penyelenggara Pemilu",
        "persentase penandatanganan fakta integritas baik anggota maupun ASN", JAN),
    row(U, U, U, "b. pelaporan LHKPN dan LHKASN setiap Tahun", "persentase pelaporan LHKPN", "√√√---------"),
    row(U, U, U, "c. pelaksanaan manajemen benturan kepentingan", "Persentase Pelaporan LHKASN"),
    row(U, U, U, "d. pembangunan zona integritas",
        "dokumen laporan penanganan benturan kepentingan berikut dokumentasi a. surat pernyataan potensi benturan Kepentingan b. surat pernyataan bebas benturan kepentingan c. deklarasi pencaanangan zona integritas KPU Kabupaten Bengkulu Tengah", JAN),
    row(U, U, U, "4. internalisasi nilai-nilai dasar organisasi dan menciptakan budaya kerja positif di lingkungan KPU Kabupaten Bengkulu Tengah",
        "1. tersedianya Media Sosialisasi nilai-nilai dasar organisasi dan menciptakan budaya kerja positif di lingkungan KPU Kabupaten Bengkulu Tengah"),
    row(U, U, U, U, "2. diterapkannya budaya kerja positif yang dituangkan dalam standar operasional pelaksanaan kegiatan tugas keseharian"),
    row(U, U, U, "5. pembangunan Instrumen reward dan punishment yang mendorong motivasi perubahan terutama yang terkait dengan pelayanan kepada publik",
        "1. tersedianya instrument reward dan punishment di lingkungan KPU Kabupaten Bengkulu Tengah", "---√--------"),
    row(U, U, U, U, "2. pembangunan survei kepuasan layanan sebagai indikator perbaikan pelayanan di lingkungan KPU Kabupaten Bengkulu Tengah", "-----√-----√"),
    row(U, U, "3. Monitoring dan evaluasi", "1. melaksanakan monitoring pelaksanaan rencana aksi reformasi birokrasi",
        "tersedianya dokumen monitoring dan evaluasi rencana aksi reformasi birokrasi", "-----√-----√"),
    # 3. Penguatan Kelembagaan
    row("3", "Penguatan Kelembagaan", "1. Evaluasi organisasi", "1. FGD Evaluasi organisadilingkungan KPU Kabupaten Bengkulu Tengah",
        "1. Dokumen Laporan FGD Evaluasi Organisasi", "√-------√---"),
    row(U, U, U, "2. Pengisian kuisisioner evaluasi organisasi", "2. pelaporan kuisisioner evaluasi organisasi kepada KPU Provinsi", "√---------√-"),
    row(U, U, "2. Penyesuaian SOTK", "1. dilaksanakannya SOTK dilingkungan kerja Kpu Kabupaten Bengkulu Tengah", "1. SOTK satuan kerja sesuai mandat", "√-----√-----"),
    row(U, U, U, "2.Pembuatan dokumen Struktur organisasi di lingkungan Kerja", "2. Struktur organisasi Satuan Kerja", JAN),
    # 4. Penguatan Tatalaksana
    row("4", "Penguatan Tatalaksana", "1. Peningkatan tatalaksana proses serta SOP dilingkungan Kpu Kabupaten Bengkulu Tengah",
        "1. penyusunan peta proses dan SOP dilingkungan Kpu Kabupaten Bengkulu Tengah", "1. seluruh peta proses telah disusun sesuai pedoman", "√-------√---"),
    row(U, U, U, U, "2. tersedia peta proses sesuai tugas dan fungsi", "√---------√-"),
    row(U, U, U, U, "3. peta proses telah sesuai dengan dokumen rencana strategis dan rencana kerja organisasi", "√----------√"),
    row(U, U, U, U, "4. setiap jenjang organisasi telah memiliki peta prosesyang selaras dengan kinerja", "√----------√"),
    row(U, U, U, "2. evaluasi proses dilingkungan satuan kerja",
        "Telah dilakukan evaluasi terhadap seluruh peta proses yang sesuai dengan efektifitas hubungan kerja antar unit organisasi untuk menghasilkan kinerja yang sesuai dengan tujuan satuan kerja", "√---------√-"),
    row(U, U, U, "3. penyusunan SOP dilingkungan Kpu Kabupaten Bengkulu Tengah", "1. telah dilakukan penjabaran seluruh peta lintas fungsi ke dalam SOP", JAN),
    row(U, U, U, U, "2. Seluruh peta proses telah dijabarkan dalam SOP", JAN),
    row(U, U, U, U, "3. SOP sudah dilegalkan", JAN),
    row(U, U, U, U, "4. seluruh prosedur operasional telah diterapkan", JAN),
    row(U, U, U, "4. evaluasi SOP di unit satuan kerja", "terdapat evaluasi efisiensi dan efektifitas peta proses dan SOP secara berkala", MONTH_1_12),
    row(U, U, "2. Penyelenggaraan keterbukaan informasi publik", "1. menyampaikan kebijakan / standar pelayanan", "1. adanya kebijakan pendukung PPID"),
    row(U, U, U, U, "2. dapat diakses maklumat pelayan PPID"),
    row(U, U, U, "2. pengelolaan PPID", "3. meningkatnya kepuasan layanan", MONTH_1_7),
    row(U, U, U, "3. Monitoring evaluasi pengelolaan PPID", "4. jumlah permohonan masuk, sedang diproses dan sedang ditindaklanjuti"),
    row(U, U, U, U, "5. jumlah sengketa informasi"),
    row(U, U, U, "4. survei kepuasan pelayanan PPID", "6. indek kepuasan pemohon informasi", MONTH_1_7),
    row(U, U, "3. Tata kelola dan implementasi sistem pemerintahan berbasis elektronik di lingkungan Kpu Kabupaten Bengkulu Tengah",
        "1. tata kelola SPBE dilingkungan satuan kerja", "1. kebijakan internal tatakelola SPBE", MONTH_1_7),
    row(U, U, U, "a. penmbangunan aflikasi inovatif transpormasi proses", "2. Pemanfaatan aflikasi", MONTH_1_7),
    row(U, U, U, "b. strategi dan perencanaan anggaran dan belanja TIK", "3. besaran Anggaran belanja TIK dilingkungan KPU Kabupaten Bengkulu Tengah", MONTH_1_7),
    row(U, U, U, "c. pemanfaatan aflikasi terintegrasi", "4. jumlah Aflikasi terintegrasi", MONTH_1_7),
    row(U, U, U, "d. pemanfaatan berbagai aflikasi", "5. jumlah aflikasi berbagai pakai yang dimanfaatkan"),
    row(U, U, "4. Penerapan sistem kearsipan yang handal", "1. penerapan sistem arsip", "1. terkelolanya arsip statis dinamis di satuan kerja"),
    row(U, U, U, "2. kerjasama dengan arsip daerah", "2. terdokumentasinya arsip vital", MONTH_1_7),
    # 5. Penguatan sistem manajemen ASN
    row("5", "Penguatan sistem manajemen ASN", "1. Pembangunan sistem manajemen ASN", "1. Penerapan pengukuran kinerja individu",
        "1. seluruh pegawai memiliki sasaran kinerja", MONTH_1_12),
    row(U, U, U, U, "2. seluruh pegawai memahami indikator keberhasilan dari tugas", MONTH_1_12),
    row(U, U, U, U, "3. sasaran kinerja pegawai mendukung sasaran strategis dan pencapaian kinerja", MONTH_1_12),
    row(U, U, U, U, "4. pengukuran periodik sasaran kinerja individu", MONTH_1_12),
    row(U, U, U, U, "5. adanya evaluasi dan pelaksanaan hasil evaluasi SKP", MONTH_1_12),
    row(U, U, U, U, "6. penilaian kerja individu telah dijadikan dasar untuk pengembangan karir individu", JAN),
    row(U, U, U, "2. penerapan assesment untuk pertimbangan pengembangan karir dan mutasi pegawai", "1. data mutasi"),
    row(U, U, U, U, "2. data promosi"),
    row(U, U, U, U, "3. data peserta assesment"),
    row(U, U, U, "3. perencanaan kebutuhan/ penambahan pegawai", "tersedianya dokumen analisis beban kerja", MONTH_1_12),
    row(U, U, U, "4. pengembangan pegawai berbasis kompetensi", "1. adanya identifikasi kebutuhan kompetensi dilingkungan unit kerja"),
    row(U, U, U, U, "2. jumlah pegawai yang mengikuti pengembangan kompetensi"),
    row(U, U, U, "5. pengisian sistem informasi kepegawaian", "data kepegawaian yang mutakhir dilingkungan kerja"),
    row(U, U, "2. Profesionalisme ASN", "pembangunan jabatan fungsional dilingkungan satuan kerja", "jumlah dan jenis jabatan fungsional disatuan kerja"),
    # 6. Penguatan akuntabilitas kinerja (shortened)
    row("6", "Penguatan akuntabilitas kinerja", "1. Penguatan akuntabilitas kinerja instansi pemerintah", "1. penetapan renstra satuan kerja",
        "1. adanya dokumen penetapan kinerja", MONTH_1_12),
    row(U, U, U, "2. review renstra satuan kerja", "2. capaian kinerja merupakan unsur pemberian reward dan punishment", MONTH_1_12),
    row(U, U, U, "3. penetapan kinerja dengan menerapkan reward dan punishment", "3. peta strategis yang mengacu pada kinerja utama", MONTH_1_12),
    row(U, U, U, "6. pengukuran capaian kinerja satuan kerja", "persentase capaian kinerja satuan kerja", MONTH_1_12),
    row(U, U, U, "7. evaluasi capaian kinerja", "1. adanya rencana tindak lanjut atas evaluasi kinerja", MONTH_1_12),
    row(U, U, U, U, "2. review lakip satuan kinerja", MONTH_1_12),
    row(U, U, U, "8. pelaporan capaian kinerja di satuan kerja", "pelaporan kinerja tepat waktu", MONTH_1_12),
    row(U, U, "2. Pengelolaan akuntabilitas kinerja", "1. pemuktahiran data kinerja di aflikasi E-Lapkin", "1. terisinya aflikasi E-Lapkin"),
    row(U, U, U, U, "2. data E-Lapkin termuktahir"),
    # 7. Penguatan Pengawasan (shortened)
    row("7", "Penguatan Pengawasan", "6. Peningkatan integritas individu", "1. penyampaian LHKPN",
        "100 % seluruh wajib lapor LHKPN dilingkungan KPU Kabupaten Bengkulu Tengah", JAN),
    row(U, U, U, "2. penyampaian LHKASN", "100 % seluruh wajib lapor LHKASN dilingkungan KPU Kabupaten Bengkulu Tengah", "--√---------"),
    row(U, U, "7. Peningkatan akuntabilitas pengadaan barang dan jasa", "1. pembangunan unit kerja pengadaan barang dan jasa",
        "adanya struktur pengelola pengadaan barang dan jasa di lingkungan kerja KPU Kabupaten Bengkulu Tengah"),
    row(U, U, U, "2. pengelolaan Barang dan Jasa", "persentase pelaksanaan pengadaan Barang dan jasa"),
    row(U, U, U, "3. monitoring evaluasi pelaporan dan tindak lanjut pengelolaan atas barang dan jasa", "laporan pengadaan barang dan jasa", "------√-----"),
    # 8. Peningkatan Kualitas Pelayanan Publik (shortened)
    row("8", "Peningkatan Kualitas Pelayanan Publik", "4. penerapan partisipasi publik dalam pelayanan publik", "1. pembangunan kerja sama", "", ALL),
    row(U, U, U, "2. Melibatkan masyarakat dalam kegiatan pemilu", "", "√-------√-√-"),
    row(U, U, "5. penerapan reward dan punishment dalam penyelenggaraan pelayanan publik",
        "pembangunan dan pelaksanaan reward dan punishment dalam pelayanan internal maupun eksternal",
        "adanya pemberian reward dan punishment dalam pelayanan", MONTH_1_12),
]

KEPUTUSAN_HEAD = [
    "SALINAN",
    "KOMISI PEMILIHAN UMUM",
    "KABUPATEN BENGKULU TENGAH",
]
KEPUTUSAN_TITLE = [
    "KEPUTUSAN KOMISI PEMILIHAN UMUM",
    "KABUPATEN BENGKULU TENGAH",
    "NOMOR 02/ORT.07-Kpts/KPU-Kab/1709/I/2022",
    "TENTANG",
    "RENCANA AKSI REFORMASI BIROKRASI",
    "KOMISI PEMILIHAN UMUM KABUPATEN BENGKULU TENGAH",
    "TAHUN 2022",
]
KETUA = "KETUA KOMISI PEMILIHAN UMUM KABUPATEN BENGKULU TENGAH,"
MENIMBANG = [
    "a. bahwa untuk melaksanakan tugas dan tanggung jawab Tim Reformasi Birokrasi, Komisi Pemilihan Umum Kabupaten Bengkulu Tengah berkewajiban menyusun Rencana Aksi Reformasi Birokrasi Tahun 2022;",
    "b. bahwa berdasarkan pertimbangan sebagaimana bahwa dalam hurup a, perlu menetapkan keputusan Komisi Pemilihan Umum Kabupaten Bengkulu Tengah tentang Rencana Aksi Reformasi Birokrasi di Lingkungan Komisi Pemilihan Umum Kabupaten Bengkulu Tengah Tahun 2022;",
]
MENGINGAT = [
    "1. Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 182, Tambahan Lembaran Negara Republik Indonesia Nomor 6109);",
    "2. Peraturan Presiden Nomor 81 Tahun 2010 Tentang Grand Design Reformasi Birokrasi 2010-2025;",
    "3. Peraturan Presiden Nomor 105 Tahun 2018 tentang kedudukan, tugas, fungsi, wewenang, organisasi dan tata kerja Sekretariat Jendral Komisi Pemilihan Umum, Sekretariat Komisi Pemilihan Umum Provinsi, dan Sekretariat Komisi Pemilihan Umum Kabupaten/Kota (Lembaga Negara Republik Indonesia Tahun 2018 Nomor 196);",
    "4. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 25 Tahun 2020 tentang Road Map Reformasi Birokrasi Tahun 2020-2024 (Berita Negara Republik Indonesia Tahun 2020 Nomor 441);",
    "5. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 26 Tahun 2020 tentang Pedoman Evaluasi Pelaksanaan Reformasi Birokrasi (Berita Negara Republik Indonesia Tahun 2020 Nomor 442);",
    "6. Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019 tentang Tata Kerja Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi dan Komisi Pemilihan Umum Kabupaten/Kota (Berita Negara Republik Indonesia Tahun 2019 Nomor 320), sebagaimana telah diubah dengan Peraturan Komisi Pemilihan Umum Nomor 3 Tahun 2020 tentang Perubahan atas Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019 tentang Tata Kerja Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi dan Komisi Pemilihan Umum Kabupaten/Kota (Berita Negara Republik Indonesia Tahun 2020 Nomor 201);",
    "7. Peraturan Komisi Pemilihan Umum Nomor 14 Tahun 2020 tentang Tugas, Fungsi, Susunan Organisasi dan Tata Kerja Sekretariat Jenderal Komisi Pemilihan Umum, Sekretariat Komisi Pemilihan Umum Provinsi, dan Sekretariat Komisi Pemilihan Umum Kabupaten/Kota (Berita Negara Republik Indonesia Tahun 2020 Nomor 1236);",
    "8. Keputusan Komisi Pemilihan Umum Nomor 612/ORT.04- Kpt/05/KPU/XII/2020 tentang Road Map Reformasi Birokrasi Komisi Pemilihan Umum Tahun 2020-2024;",
    "9. Keputusan Komisi Pemilihan Umum Nomor 314/ORT.07-Kpt/01/KPU/V/2021 Tentang Petunjuk Teknis Pelaksanaan Reformasi Birokrasi Di Lingkungan Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi, dan Komisi Pemilihan Umum Kabupaten/Kota;",
    "10. Keputusan Komisi Pemilihan Umum Kabupaten BENGKULU TENGAH Nomor 06/ORT/.07-Kpt/1707/KPU-Kab/2022 tentang pembentukan tim reformasi birokrasi di lingkungan Komisi Pemilihan Umum Kabupaten Bengkulu Tengah Tahun 2022;",
]
MENETAPKAN = ("KEPUTUSAN KETUA KOMISI PEMILIHAN UMUM KABUPATEN BENGKULU TENGAH TENTANG RENCANA AKSI REFORMASI "
              "BIROKRASI DI LINGKUNGAN KOMISI PEMILIHAN UMUM KABUPATEN BENGKULU TENGAH TAHUN 2022.")
KESATU = ("Menetapkan Rencana Aksi Reformasi Birokrasi di Lingkungan Komisi Pemilihan Umum Kabupaten Bengkulu Tengah "
          "2022 sebagaimana tercantum dalam lampiran keputusan yang merupakan bagian yang tidak terpisahkan dari keputusan ini.")
KEDUA = "Keputusan ini mulai berlaku pada tanggal ditetapkan sampai dengan bulan Januari tahun 2022."
LAMPIRAN = [
    "Lampiran",
    "Keputusan Komisi Pemilihan Umum Kabupaten Bengkulu Tengah",
    "Nomor : 02 /ORT.07-Kpt/KPU-Kab/1707/1/2022",
    "Tentang : Rencana Aksi Reformasi Birokrasi",
    "di Lingkungan Komisi Pemilihan Umum",
    "Kabupaten Bengkulu Tengah tahun 2022",
]
LAMPIRAN_TITLE = ["RENCANA AKSI REFORMASI BIROKRASI", "DI LINGKUNGAN KOMISI PEMILIHAN UMUM",
                  "KABUPATEN Bengkulu Tengah TAHUN 2022"]
