"""Seed 003 (Rencana Aksi Kinerja 2021, Sekretaris KPU Provinsi Banten): typed from the
seed as grid rows. Columns: No, Sasaran, Indikator, Target Indikator, Nama Kegiatan/Aksi,
Target Kegiatan/Aksi, Triwulan I..IV, Pagu Anggaran, Pelaksana. "^" = covered by the
cell above (a row span). Cleaned: the seed's cell that held two indicators with one
target (no 20) keeps only the first of them; quarter cells hold what the seed shows
(mostly nothing; "36 Pegawai", ...), the quarters planned are shaded grey."""
from fodt import C

U = "^"
G = "#bfbfbf"


def q(plan="1111", texts=("", "", "", "")):
    """Four quarter cells; '1' = shaded (planned)."""
    return [C(t, align="C", shade=G if p == "1" else None) for p, t in zip(plan, texts)]


def k(nama, tk, plan="1111", pagu=U, texts=("", "", "", "")):
    """A kegiatan row continuing the indicator above: No/Sasaran/Indikator/Target covered."""
    return [U, U, U, U, nama, tk] + q(plan, texts) + [pagu, U]


SUB_UL = "Subbag Umum dan Logistik"
SUB_PD = "Subbag Program dan Data"
SUB_SDM = "Subbag SDM"
SUB_KEU = "Subbag Keuangan"
SUB_HK = "Subbag Hukum"
SUB_TH = "Subbag Teknis dan Hupmas"
DIK = '"Pendidikan Pemilih Kepemiluan dan Demokrasi"'
PERJ = "Perjalanan dinas dalam rangka supervisi dan monitoring pilot project desa melek politik"

ROWS = [
    ["1", "Terwujudnya Dukungan Logistik dalam Penyelenggaraan Pemilu/Pemilihan",
     "Terlaksananya fasilitasi pengelolaan data kebutuhan, pengadaan, pendistribusian, serta pemeliharaan dan inventarisasi logistik Pemilu/pemilihan",
     "100 %", "Evaluasi dan Dokumentasi Pendistribusian Logistik Pemilihan Tahun 2020", "100 %", *q("1100"), "29,295,000", SUB_UL],
    k("Penyusunan Laporan dan Evaluasi Pelaksanaan Pengelolaan Pemeliharaan dan Inventarisasi Pemilihan", "100 %", "0110"),
    ["2", "Terwujudnya Tahapan Pemilu/Pemilihan Sesuai Jadwal", "Persentase penyelenggaraan Pemilu/ Pemilihan sesuai dengan jadwal",
     "100 %", "Supervisi dan Monitoring Pelaksanaan Akhir Tahapan dan Jadwal pemiliha serentak Tahun 2020", "100 %", *q("1000"), "23,134,000", SUB_PD],
    k("Supervisi Pengelolaan program dan Anggaran Tahun Anggaran 2020", "100 %", "1100"),
    ["3", "Meningkatnya Kapasitas SDM yang Berkompeten", "Persentase kesesuaian kompetensi pegawai terhadap standar kompetensi penugasannya",
     "95 %", "Penyelenggaraan tes Kompetensi/Alih Status PNS dan Ujian Dinas di Lingkungan KPU Provinsi dan KPU kabupaten/Kota", "100 %", *q("0110"), "4,600,000", SUB_SDM],
    k("Penyeleenggaraan tes assesmenet di Lingkungan KPU provinsi dan KPU KabupatenKota", "100 %", "0011", "2,100,000"),
    ["4", "Terwujudnya Dukungan Sarana dan Prasarana Guna Meningkatkan Kelancaran Tugas KPU",
     "Persentase Tersedianya Sarana dan Prasarana untuk Memenuhi Kebutuhan Kerja Pegawai yang Berfungsi dengan Baik",
     "70 %", "Operasional Kantor", "100 %", *q(), "1,159,691,000", SUB_UL],
    k("Penatausahaan BMN", "100 %"),
    k("Pengelolaan dan Penerapan Kearsipan", "100 %"),
    ["5", "Meningkatnya Akuntabilitas Keuangan dan Kinerja KPU", "Nilai Evaluasi atas Akuntabilitas Kinerja KPU", "B",
     "Penilaian akuntabilitas kinerja instansi pemerintah oleh Inspektorat KPU RI.", "B", *q("0010"), "2,190,000", SUB_PD],
    [U, U, "Persentase Opini BPK Atas Laporan Keuangan KPU", "WTP", "Reviu atas lapoan keuangan triwulan", "4 lap", *q(), "43,934,000", SUB_KEU],
    [U, U, U, U, "Reviu atas lapoan keuangan semester", "2 lap", *q("0101"), U, U],
    ["6", "Terwujudnya Data Pemilih secara Berkelanjutan", "Persentase Pemutakhirkan Data Pemilih Tepat Waktu", "100 %",
     "Pleno Daftar Pemilih Berkelanjutan Triwulan I", "100 %", *q("1000"), "39,044,000", SUB_PD],
    k("Pleno Daftar Pemilih Berkelanjutan Triwulan II", "100 %", "0100"),
    k("Pleno Daftar Pemilih Berkelanjutan Triwulan III", "100 %", "0010"),
    k("Pleno Daftar Pemilih Berkelanjutan Triwulan IV", "100 %", "0001"),
    ["7", "Terwujudnya Rencana Kerja dan anggaran yang efektif dan efisien",
     "Jumlah Revisi yang dilakukan Terhadap Rencana kerja yang telah ditetapkan", "8 Kali", "Revisi ke 1", "2 kali", *q("1000"), "14,548,000", SUB_PD],
    k("Revisi ke 2", "2 kali", "0100"),
    k("Revisi ke 3", "2 kali", "0010"),
    k("Revisi ke 4", "2 kali", "0001"),
    ["8", "Terwujudnya Sistem Adminstrasi penyelenggara Pemilu yang tertib, efektif dan efisien",
     "Persentase target Kinerja tercapai sesuai dengan Perjanjian Kinerja", "90 %",
     "Penyusunan Laporan Kinerja Tahun 2020 dan Perjanjian Kinerja Tahun 2021", "100 %", *q("1000"), "7,084,000", SUB_PD],
    k("Evaluasi SAKIP", "100 %", "0011"),
    ["9", "Terwujudnya Reformasi Birokrasi di KPU Provinsi Banten", "Mendapat Nilai B untuk penilaian Mandiri RB", "B",
     "Reformasi Birokrasi (RB)", "B", *q(), "8,204,000", SUB_SDM],
    k("Zona Integritas (ZI)", "B"),
    ["10", "Meningkatnya tertib administrasi dan pengelolaan sumber daya manusia",
     "Persentase Pegawai yang mendapatkan layanan kepegawaian secara tepat waktu dan akurat", "97.5 %",
     "Kenaikan Pangkat", "100 %", *q("1000", ("36 Pegawai", "", "", "")), "14,180,000", SUB_SDM],
    k("Rapat Tim Penilai Kinerja (TPK) Sekretariat KPU Provinsi Banten", "100 %", "0010", texts=("", "", "3 Orang", "")),
    ["11", "Tersedianya Data dan Informasi Kepegawaian",
     "Persentase Pegawai yang Tercatat secara akurat dalam Data Base Kepegawaian berbasis teknologi informasi", "70 %",
     "Sistem Aplikasi Pelayanan Kepegawaian (SAPK)", "100 %", *q("1010", ("36 Pegawai", "", "89 Pegawai", "")), "6,080,000", SUB_SDM],
    k("Bimbingan teknis Operator SAPK dalam rangka Sistem Terpadu Kenaikan pangkat dan Penegakan Disiplin PNS", "100 %", "0100"),
    k("Sistem Informasi Presensi dan Kinerja (Siprenja)", "100 %", "0110", texts=("", "34 Pegawai", "34 Pegawai", "")),
    ["12", "Terlaksananya sistem akuntansi dan pelaporan keuangan", "Jumlah laporan sistem akuntansi dan pelaporan keuangan", "2 lap",
     "laporan Keuangan rekonsiliasi Tingkat Uakpa", "12 lap", *q(), "58,001,000", SUB_KEU],
    k("laporan Keuangan rekonsiliasi Tingkat Uakpa dan Uappa-w", "4 lap"),
    ["13", "Terselesaikannya permasalahan pengelolaan keuangan",
     "Persentase permasalahan dalam pengelolaan keuangan yang dapat diselesaikan", "85 %",
     "Supervisi Reviu Laporan Keuangan dengan cara melakukan tanya jawab, pencocokan data, verifikasi data kepada Penyusun Laporan Keuangan dan menyelenggarakan pengawasan SPIP di KPU Provinsi",
     "100%", *q("0101"), "", SUB_KEU],
    ["14", "Tersusunnya laporan pertanggungjawaban penggunaan anggaran",
     "Laporan Pertanggungjawaban Penggunaan Anggaran berbasis SIMONIKA yang Tepat Waktu dan Valid", "95 %",
     "Penerapan Laporan Pertanggungjawaban Penggunaan Anggaran (LPPA) berbasis Aplikasi SIMONIKA", "12 lap", *q(), "27,258,000", SUB_KEU],
    ["15", "Terwujudnya Pengelolaan Barang Milik Negara sesuai dengan Peraturan dan Perundangan yang berlaku",
     "Pengelolaan Barang Milik Negara yang Material dengan patuh dan tertib", "5 Lap",
     "Penatausahaan BMN, laporan SIMAK BMN", "14 lap", *q(), "4,600,000", SUB_UL],
    ["16", "Meningkatnya Kualitas Tata Kelola Administrasi Persuratan dan Pengelolaan Arsip",
     "Persentase Mengelola Arsip Inaktif Sesuai Aturan Kearsipan", "87.5 %",
     "Pengelolaan dan Penerapan Kearsipan", "100 %", *q(), "30,398,000", SUB_UL],
    k("Rapat Koordinasi dan Konsultasi pengelolaan dan penerapan kearsipan ke KPU RI", "100 %", "0100"),
    ["17", "Terwujudnya Dukungan Sarana dan Prasarana guna Meningkatkan Kelancaran Tugas KPU",
     "Persentase sarana transportasi untuk mendukung kinerja pegawai yang berfungsi dengan baik", "70 %",
     "Pemeliharaan Peralatan dan Mesin", "100 %", *q(), "191,955,000", SUB_UL],
    [U, U, "Persentase fasilitas perkantoran untuk mendukung kinerja pegawai yang berfungsi dengan baik", "70 %",
     "Belanja Operasional Perkantoran", "100 %", *q(), "886,388,000", U],
    [U, U, "Persentase Gedung dan Gudang yang berfungsi dengan baik", "72 %",
     "Pemeliharaan Gedung dan Bangunan", "100 %", *q(), "81,348,000", U],
    ["18", "Terwujudnya Keamanan dan Ketertiban di lingkungan KPU Provinsi",
     "Persentase gangguan keamanan dalam lingkungan KPU Provinsi/ yang dapat ditanggulangi", "100 %",
     "Honor Satpam", "100 %", *q(), "250,152,000", SUB_UL],
    ["19", "Terlaksananya pengelolaan dan pelayanan informasi hukum",
     "Persentase produk hukum yang dikelola dan didokumentasikan sesuai peraturan perundang-undangan", "100 %",
     "Pengelolaan JDIH", "100 %", *q(), "6,514,000", SUB_HK],
    ["20", "Terlaksananya penyelesaian sengketa dan pelayanan pertimbangan hukum",
     "Penurunan jumlah sengketa hukum dalam perkara perselisihan sengketa hukum", "3 Perkara",
     "Sengketa DKPP terkait Kode Etik, Sengketa di Bawaslu pada Pilkada 2020", "2 perkara", *q("1100"), "", SUB_HK],
    [U, U, "Penurunan jumlah sengketa hukum yang diajukan ke Mahkamah Konstitusi", "3 perkara",
     "Kasus Sengketa Pilkada Serentak 2020", "2 perkara", *q("1100"), "", U],
    ["21", "Terlaksananya layanan administrasi PAW tepat waktu dan sesuai aturan",
     "Persentase proses PAW anggota DPRD Provinsi dapat diselesaikan dalam waktu 5 hari kerja", "100 %",
     "Rakor Produk Hukum di Malang Jawa Timur", "100 %", *q("0010"), "12,389,000", "Subbag Teknis dan Hupmas"],
    ["22", "Pengelolaan Calon Peserta Pemilu", "Persentase Calon Peserta Pemilu yang dapat difasilitasi", "100 %",
     "Layanan Administrasi Kepemiluan terkait Verifikasi Perseorangan Peserta Pemilu dan dana Kampanye", "100 %", *q(), "42,220,000", SUB_HK],
    k("Pembentukan Tim Kerja Pelayanan dan fasilitasi Pemutakhiran Data Partai Politik melalui Sipol", "100 %", "0011"),
    k("Sosialisasi kegiatan terkait substansi materi pemutakhiran data partai politik, pendaftaran, verifikasi dan penetapan partai Politik", "100 %", "0001"),
    ["23", "Pengelolaan Rumah Pintar Pemilu", "Persentase Melaksanakan digitalisasi Rumah Pintar Pemilu (RPP)", "100 %",
     "Digitalisasi Data Penunjang Rumah Pintar Pemilu", "100 %", *q("0110"), "", SUB_TH],
    k("Fasilitasi Layanan Rumah Pintar Pemilu", "100 %"),
    ["24", "Pendidikan Pemilih Kepada Masyarakat Umum",
     f"Persentase Melaksanakan {DIK} untuk masyarakat umum", "100 %",
     "Kegiatan Pilot Project Desa Melek Politik I", "100 %", *q("0100"), "22,000,000", SUB_TH],
    k("Kegiatan Pilot Project Desa Melek Politik II", "100 %", "0010"),
    k("Kegiatan Pilot Project Desa Melek Politik III", "100 %", "0001"),
    ["25", "Pendidikan Pemilih Kepada Pemilih Pemula, Perempuan, dan Disabilitas",
     f"Persentase Melaksanakan {DIK} untuk pemilih perempuan", "90 %",
     "Sosialisasi Peningkatan partisipasi pemilih perempuan dalam pelaksanaan pemilu/pemilihan", "100 %", *q("0100"), "", SUB_TH],
    [U, U, f"Persentase Melaksanakan {DIK} untuk pemilih pemula", "90 %",
     "Sosialisasi Peningkatan partisipasi pemilih pemula dalam pelaksanaan pemilu/pemilihan", "100 %", *q("0010"), "", U],
    [U, U, f"Persentase Melaksanakan {DIK} untuk pemilih disabilitas", "90 %",
     "Sosialisasi Peningkatan partisipasi pemilih disabilitas dalam pelaksanaan pemilu/pemilihan", "100 %", *q("0001"), "", U],
    ["26", "Pendidikan Pemilih Kepada Daerah Partisipasi Rendah, Daerah Potensi Pelanggaran Pemilu Tinggi, dan Daerah Rawan Konflik/bencana",
     f"Persentase satker KPU di Daerah Potensi Pelanggaran Pemilu Tinggi, Daerah Rawan Konflik/Bencana, dan atau Daerah dengan Partisipasi Masyarakat Rendah yang mendapatkan {DIK}",
     "90 %", PERJ, "100 %", *q("0100"), "9,000,000", SUB_TH],
    k(PERJ, "100 %", "0010"),
    k(PERJ, "100 %", "0001"),
    ["27", "Meningkatnya kualitas layanan informasi dan data yang cepat serta akurat",
     "Persentase Permohonan informasi yang ditindaklanjuti melalui PPID sesuai dengan SOP", "100 %",
     "Fasilitasi Pelayanan PPID", "100 %", *q(), "6,800,000", SUB_TH],
    [U, U, "Persentase informasi dan publikasi tahapan Pemilu/Pemilihan yang dimuat di 10 media massa Nasional", "100 %",
     "Pelayanan pers KPU Provinsi", "100 %", *q(), U, U],
    [U, U, "Persentase informasi dan publikasi tahapan Pemilu/Pemilihan yang ditampilkan di media publikasi KPU paling lambat 1 (satu) hari kerja", "100 %",
     "Penerbitan Bahan Informasi dan kliping kepemiluan dan Pilkada KPU Provinsi", "100 %", *q(), U, U],
    ["28", "Terlaksananya fasilitasi pengelolaan data kebutuhan, pengadaan, pendistribusian, serta pemeliharaan dan inventarisasi logistik Pemilu/pemilihan",
     "Persentase Penyelenggaraan Pemilu/Pemilihan tanpa ada permasalahan anggaran dalam pemenuhan kebutuhan logistik", "100 %",
     "Evaluasi dan Dokumentasi Pendistribusian Logistik Pemilihan Tahun 2020", "100 %", *q("1100"), "29,295,000", "Subbag Logistik"],
    [U, U, "Persentase Pelaksanaan pengadaan logistik keperluan Pemilu/Pemilihan dengan tanpa ada kasus terhadap proses pengadaan yang mengakibatkan kerugian negara atau pemborosan uang negara",
     "100 %", "Penyusunan Laporan dan Evaluasi Pelaksanaan Pengelolaan Pemeliharaan dan Inventarisasi Pemilihan", "100 %", *q("0110"), U, U],
    ["29", "Tersedianya data, informasi, sarana dan prasarana teknologi informasi serta penerapan e-government KPU",
     "Persentase Pelaksanaan Pemutakhiran data pemilih secara berkelanjutan", "100 %",
     "Pleno Daftar Pemilih Berkelanjutan Triwulan I", "100 %", *q("1000"), "39,044,000", SUB_PD],
    k("Pleno Daftar Pemilih Berkelanjutan Triwulan II", "100 %", "0100"),
    k("Pleno Daftar Pemilih Berkelanjutan Triwulan III", "100 %", "0010"),
    k("Pleno Daftar Pemilih Berkelanjutan Triwulan IV", "100 %", "0001"),
    k("Rapat Koordinasi Pemutakhira data pemilih berkelanjutan", "100 %", "1111"),
]
