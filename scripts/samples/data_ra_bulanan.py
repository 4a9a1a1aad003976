"""Seed 000 (Rencana Aksi Kinerja, Sekretariat KPU Kabupaten Bengkulu Tengah 2025): the
monthly plan, typed from the seed. Cleaned where the extraction had shifted cells:
every row has twelve month cells (B1..B12); a row whose KEGIATAN cell is empty in
the seed is covered by the KEGIATAN cell above it (a row span); the two truncated
PELAKSANA cells ("KPU Kabupaten Bengkulu") are completed; no 17's sasaran, cut by
the page break in the seed, is one cell again."""
from model import G, R

SOS = "Sosialisasi/Penyuluhan/ Bimbingan Teknis Tahapan (6709.QGE)"
SOS2 = "Sosialisasi/Penyuluhan/Bimbingan Teknis Tahapan (6709.QGE)"
OPS = "Persentase Operasional Perkantoran dan Dukungan Sarana dan Prasarana (3360.EBA)"
ALL = "√" * 12


def r(ind, tgt, keg="", jadwal=ALL):
    """keg '' = covered by the KEGIATAN cell above (row span)."""
    return R(ind, tgt, keg=keg, jadwal=jadwal)


PLAN = [
    ("I", "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi (076.01.CQ)"),
    G("1", "Tersusunnya Keputusan KPU Kabupaten Bengkulu Tengah sesuai dengan kerangka regulasi KPU", [
        r("Persentase Keputusan KPU Kabupaten Bengkulu Tengah yang disusun dan sesuai dengan kerangka regulasi KPU", "100 %", SOS)]),
    G("2", "Terlaksananya pengelolaan dan pelayanan informasi hukum", [
        r("Persentase produk hukum yang dikelola, dokumentasikan dan disajikan sesuai Peraturan Perundang-undangan", "100 %", SOS)]),
    G("3", "Terlaksananya penyelesaian sengketa dan pelayanan pertimbangan umum", [
        r("Jumlah sengketa hukum dalam perkara perselisihan di Bawaslu, Peradilan Umum, Peradilan Tata Usaha Negara dan Mahkamah Konstitusi yang dihadapi oleh KPU Kabupaten Bengkulu Tengah", "1 perkara", SOS, "√√----------")]),
    G("4", "Terlaksananya Pemutakhiran data Partai Politik di Tingkat Kabupaten Bengkulu Tengah", [
        r("Persentase Pelaksanaan Pemutakhiran Partai Politik Tingkat Kabupaten Bengkulu Tengah", "100 %", SOS)]),
    G("5", "Terlaksananya layanan administrasi PAW tepat waktu dan sesuai aturan", [
        r("Persentase proses PAW Anggota DPRD Kabupaten Bengkulu Tengah diselesaikan dalam waktu 5 hari kerja", "100 %", SOS)]),
    G("6", "Pengelolaan Rumah Pintar Pemilu", [
        r("Persentase Pemanfaatan RPP Pusat Pendidikan Pemilih di KPU Kabupaten Bengkulu Tengah", "85 %", SOS, "--√--√--√--√")]),
    G("7", "Pendidikan Pemilih Kepada Masyarakat Umum", [
        r('Jumlah kegiatan "Pendidikan Pemilih dan Kepemiluan dan Demokrasi" untuk masyarakat umum yang dilaksanakan oleh KPU Kabupaten Bengkulu Tengah', "4 kegiatan", SOS)]),
    G("8", "Meningkatnya kualitas layanan informasi dan data yang cepat serta akurat", [
        r("Persentase Permohonan informasi yang ditindaklanjuti melalui PPID sesuai dengan SOP", "100 %", SOS),
        r("Persentase informasi dan publikasi tahapan dan non tahapan Pemilu/Pemilihan yang dimuat di laman atau media sosial KPU Kabupaten Bengkulu Tengah serta media massa", "100 %", SOS)]),
    G("9", "Tersedianya data, informasi, sarana dan prasarana teknologi informasi serta penerapan egovernment KPU", [
        r("Persentase pelaksanaan pemutakhiran data pemilih secara berkelanjutan", "96%", "Pendataan DPT Berkelanjutan (7018.QDB)"),
        r("Persentase Sarana dan Prasarana Teknologi Informasi untuk Sistem Informasi yang aman, handal dan lancar", "96%"),
        r("Persentase Aplikasi KPU yang diterapkan secara terintegrasi di KPU Kabupaten Bengkulu Tengah", "96%")]),
    ("II", "Program Dukungan Manajemen (076.01.WA)"),
    G("10", "Terwujudnya rencana kerja dan anggaran KPU Kabupaten Bengkulu Tengah yang efektif dan efisien", [
        r("Jumlah revisi yang dilakukan terhadap rencana kerja yang telah ditetapkan", "12 Kali", SOS)]),
    G("11", "Terwujudnya sistem administrasi penyelenggaraan Pemilu yang tertib, efektif dan efisien", [
        r("Persentase laporan monitoring dan evaluasi yang akuntabel dan tepat waktu", "96%", SOS),
        r("Persentase target kinerja KPU Kabupaten Bengkulu Tengah yang tercapai sesuai dengan perjanjian kinerja", "96%"),
        r("Persentase Dokumen RDP yang Tersedia dengan Tepat Waktu", "96%")]),
    G("12", "Terwujudnya Reformasi Birokrasi di KPU Kabupaten Bengkulu Tengah", [
        r("Persentase nilai minimal B untuk penilaian mandiri RB", "96%", SOS)]),
    G("13", "Meningkatnya tertib administrasi dan pengelolaan sumber daya manusia", [
        r("Persentase pegawai yang mendapatkan layanan kepegawaian secara tepat waktu dan akurat", "100%", SOS),
        r("Persentase Penegakkan Disiplin Pegawai", "96%")]),
    G("14", "Tersedianya data dan informasi kepegawaian", [
        r("Persentase Pegawai yang Tercatat secara akurat dalam Data Base Kepegawaian berbasis teknologi informasi", "100%", SOS)]),
    G("15", "Tersedianya Pedoman Bidang Kepegawaian", [
        r("Jumlah Rancangan Kebijakan Bidang Kepegawaian", "1 Laporan", SOS)]),
    G("16", "Terlaksananya layanan peningkatan kinerja, pembinaan disiplin dan kesejahteraan pegawai", [
        r("Persentase pegawai yang dijatuhi hukuman disiplin Pegawai Set. KPU Kabupaten Bengkulu Tengah", "80 %", SOS),
        r("Persentase Dokumen pengukuran kinerja Pegawai Set. KPU Kabupaten Bengkulu Tengah", "100 %"),
        r("Presentasi pegawai yang mendapatkan layanan kesejahteraan di lingkungan Set KPU Kabupaten Bengkulu Tengah", "100%")]),
    G("17", "Terwujudnya Reformasi Birokrasi di KPU Kabupaten Bengkulu Tengah", [
        r('Indeks Reformasi Birokrasi di KPU Kabupaten "BAIK"', "B", SOS),
        r('Persentase KPU Kabupaten Bengkulu Tengah mendapat Indeks Reformasi Birokrasi "BAIK".', "85 %")]),
    G("18", "Terlaksananya Uji Kompetensi melalui proses Penyetaraan/ Inpassing/Perpindahan Jabatan Fungsional sesuai dengan Peraturan Perundang-undangan", [
        r("Persentase PNS yang menduduki Jabatan Fungsional", "1 orang", SOS)]),
    G("19", "Meningkatnya penyelesaian pertanggungjawaban penggunaan anggaran sesuai ketentuan", [
        r("Persentase penyelesaian pertanggungjawaban penggunaan anggaran sesuai ketentuan oleh KPU Kabupaten Bengkulu Tengah", "96 %", SOS)]),
    G("20", "Terlaksananya sistem akuntansi dan pelaporan keuangan", [
        r("Jumlah laporan sistem akuntansi dan pelaporan keuangan yang diselesaikan tepat waktu oleh KPU Kabupaten Bengkulu Tengah", "2 Laporan", SOS2)]),
    G("21", "Tersusunnya laporan pertanggungjawaban penggunaan anggaran", [
        r("Jumlah Laporan Pertanggungjawaban Penggunaan Anggaran berbasis aplikasi yang Tepat Waktu dan Valid", "12 Laporan", SOS2)]),
    G("22", "Terwujudnya Pengelolaan Barang Milik Negara sesuai dengan Peraturan dan Perundangan yang berlaku", [
        r("Persentase Barang Milik Negara (BMN) yang dikelola KPU Kabupaten Bengkulu Tengah sesuai dengan peraturan perundang-undangan yang berlaku", "2 Laporan",
          "Persentase Pengelolaan Keuangan dan Barang Milik Negara (3355.EBA)", "-----√-----√")]),
    G("23", "Meningkatnya Kualitas Tata Kelola Administrasi Persuratan dan Pengelolaan Arsip", [
        r("Jumlah rancangan Keputusan KPU Kabupaten/Kota tentang kearsipan yang telah disusun", "1 rancangan", OPS),
        r("Persentase arsip yang dikelola sesuai jadwal retensi arsip (JRA) oleh KPU Kabupaten/Kota", "100 %")]),
    G("24", "Terwujudnya Dukungan Sarana dan Prasarana guna Meningkatkan Kelancaran Tugas KPU Kabupaten Bengkulu Tengah", [
        r("Persentase sarana transportasi untuk mendukung kinerja Satker KPU Kabupaten Bengkulu Tengah yang berfungsi dengan baik", "100 %", OPS),
        r("Persentase fasilitas perkantoran untuk mendukung kinerja Satker KPU Kabupaten Bengkulu Tengah yang berfungsi dengan baik", "95 %"),
        r("Persentase Gedung KPU Kabupaten Bengkulu Tengah yang berfungsi dengan baik", "100 %")]),
    G("25", "Meningkatnya Kualitas Layanan Persidangan dan Protokol", [
        r("Persentase Hasil Notulensi/Dokumentasi Rapat Pleno rutin yang diselesaikan paling lambat 2 hari kerja oleh KPU Kabupaten Bengkulu Tengah", "100 %", OPS)]),
    G("26", "Terwujudnya Keamanan dan Ketertiban di lingkungan KPU Kabupaten Bengkulu Tengah", [
        r("Persentase gangguan keamanan dalam lingkungan KPU Kabupaten Bengkulu Tengah yang dapat ditanggulangi", "100 %", OPS)]),
    G("27", "Terwujudnya penyelenggaraan pemerintahan yang bersih dan berwibawa (clean governance)", [
        r("Persentase pengaduan masyarakat yang ditindaklanjuti KPU Kabupaten Bengkulu Tengah", "100 %", SOS)]),
    G("28", "Meningkatnya manfaat hasil pengawasan BPK, BPKP dan APIP KPU dalam pencapaian tujuan KPU Kabupaten Bengkulu Tengah", [
        r("Persentase penyelesaian rekomendasi BPK, BPKP dan APIP yang ditindaklanjuti KPU Kabupaten Bengkulu Tengah", "97 %", SOS)]),
    G("29", "Meningkatnya akuntabilitas kinerja di lingkungan KPU Kabupaten Bengkulu Tengah", [
        r("Persentase ketaatan KPU Kabupaten Bengkulu Tengah dalam pengisian dan penyampaian kartu kendali SPIP secara lengkap dan tepat waktu", "100 %", SOS),
        r("Nilai Akuntabilitas Kinerja (SAKIP) KPU Kabupaten Bengkulu Tengah", "74.55 %")]),
    G("30", "Peningkatan kompetensi SDM KPU Kabupaten Bengkulu Tengah", [
        r("Persentase Pegawai yang Telah Mengikuti Pendidikan dan Pelatihan dalam Rangka Peningkatan Kompetensi SDM", "80 %", SOS)]),
]

PELAKSANA = "KPU Kabupaten Bengkulu Tengah"
