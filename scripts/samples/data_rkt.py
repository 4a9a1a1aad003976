"""Seed 004 (Rencana Kinerja Tahunan 2024, Sekretariat KPU Kabupaten OKU Selatan), typed
from the seed as grid rows, one list per printed page (the seed's table restarts on
every page with its header and a 1..8 column-number row). Columns: No, Program,
Sasaran strategis, Indikator Kinerja strategis, Target, Kegiatan, Anggaran, Pelaksana.
"^" = covered by the cell above (row span); a list = paragraphs stacked in one cell.
Cleaned like the corpus truth: where the seed's cell ran two indicators together under
one target, the first is kept (no 4, no 5); no 1's three indicators, stacked over one
target in the seed, are three rows; the page-4 jumble of no 9 is one stacked row of four
indicators with four targets plus five plain rows; the header says "Pelaksana" on
every page (the seed's first page says "Pelaksanaan")."""

U = "^"
PROG1 = "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi"
PROG2 = "Program Dukungan Manajemen"
TEKNIS = "Subbagian Teknis Penyelenggaraan, Partisipasi dan Hubungan Masyarakat"
KUL = "Subbagian Keuangan, Umum dan Logistik"
HSDM = "Subbagian Hukum dan SDM"

PAGE1 = [
    ["1", PROG1, "Perencanaan Program dan Anggaran, serta Penyusunan Peraturan Pelaksanaan Penyelenggara Pemilu (6709)",
     "Persentase KPU Kabupaten OKU Selatan yang mampu memfasilitasi pengelolaan perencanaan program dan anggaran Pemilu", "97",
     "Bimtek perencanaan program dan anggaran, revisi anggaran, pencermatan belanja pegawai dan operasional perkantoran",
     "840.977.000", "Subbagian Rendah dan SDM"],
    [U, U, U, "Persentase KPU Kabupaten OKU Selatan yang mampu memfasilitasi penyusunan dan penyusunan peraturan pelaksanaan Penyelenggaraan Pemilu", "97",
     "Penyusunan Keputusan Ketua dan Sekretaris KPU Kabupaten OKU Selatan, Surat Dinas dan SOP", U, U],
    [U, U, U, "Persentase KPU Kota Kabupaten OKU Selatan yang mampu merencanakan, membangun, dan mengembangkan sarana dan prasarana IT Pemilu", "97",
     "Rencana pengadaan sarana prasarana IT, optimalisasi aplikasi dari KPU RI, penggunaan sarana prasarana IT Pemilu Tahun 2024", U, U],
    ["2", PROG1, "Pembentukan Badan Adhoc (6867)", "Persentase pelantikan PPK sesuai jadwal", "100",
     "Pelantikan dan Pengambilan Sumpah/Janji Anggota PPK Pemilu Tahun 2024", "27.835.310.000", HSDM],
    [U, U, U, "Persentase pembentukan PPS sesuai jadwal", "100", "Pelantikan dan Pengambilan Sumpah/Janji Anggota PPS Pemilu Tahun 2024", U, U],
    [U, U, U, "Persentase pembentukan Pantarlih sesuai jadwal", "100", "Pelantikan dan Pengambilan Sumpah/Janji Pantarlih Pemilu Tahun 2024", U, U],
    [U, U, U, "Persentase Pembentukan KPPS sesuai jadwal", "100", "Sosialisasi pendaftaran KPPS Pemilu Tahun 2024", U, U],
]

PAGE2 = [
    ["3", PROG1, "Masa Kampanye Pemilu (6870)",
     ["Persentase tersusunnya lokasi pemasangan APK dan lokasi kampanye",
      "Persentase jadwal pelaksanaan kampanye Pemilu Tahun 2024 tepat waktu",
      "Persentase pelaporan dana kampanye tepat waktu"],
     ["95", "100", "100"],
     ["Rapat dengan Parpol, Bawastu Kabupaten OKU Selatan dan dinas/instansi terkait lokasi pemasangan APK yang pengadaannya difasilitasi oleh KPU Kabupaten OKU Selatan, serta lokasi kampanye Pemilu Tahun 2024",
      "Rapat dengan Parpol dan Bawastu Kabupaten OKU Selatan terkait jadwal kampanye Pemilu Tahun 2024",
      "Sosialisasi pelaporan dana kampanye meliputi (Laporan Awal Dana Kampanye, Laporan Penerimaan Sumbangan Dana kampanye, dan Laporan Akhir Dana Kampanye"],
     "1.720.000", TEKNIS],
    ["4", PROG1, "Pengelolaan, Pengadaan, Laporan, dan Dokumentasi Logistik (6871)",
     "Persentase pengadaan logistik tepat waktu dan sesuai prosedur", "100",
     "Perencanaan pengadaan logistik, rapat koordinasi oleh KPU RI dan KPU Provinsi, dan penggunaan aplikasi SIRUP dan LPSE KPU",
     "5.463.310.000", KUL],
]

PAGE3 = [   # no 4 continues from page 2: its No/Program/Sasaran/Anggaran/Pelaksana cells are empty here
    ["", "", "", "Persentase pendistribusian logistik Pemilu tepat waktu, tepat mutu, tepat jenis dan tepat sasaran", "95",
     "Laporan pendokumentasian pengadaan, pengelolaan dan pendistribusian logistik Pemilu Tahun 2024", "", ""],
    [U, U, U, "Persentase pendokumentasian logistik Pemilu dengan baik", "95",
     "laporan pendokumentasian pengadaan, pengelolaan dan pendistribusian logistik Pemilu Tahun 2024", U, U],
    [U, U, U, "Persentase sosialisasi dan simulasi pemungutan dan penghitungan suara Pemilu", "90",
     "Sosialisasi dan simulasi pemungutan dan penghitungan suara Pemilu Tahun 2024", U, U],
    ["5", PROG1, "Pemungutan dan Penghitungan Suara (6872)",
     "Persentase Bimbingan Teknis (Bimtek) pemungutan suara kepada KPPS yang terlaksana", "95",
     "Bimbingan Teknis (Bimtek) pemungutan suara kepada KPPS", "5.516.984.000", TEKNIS],
    [U, U, U, "Pengucapan Sumpah/Janji Presiden dan Wakil Presiden", "95", "Pengucapan Sumpah/Janji Presiden dan Wakil Presiden", U, U],
    [U, U, U, "Acara Pengucapan Sumpah/Janji DPD sesuai jadwal tahapan", "95", "Acara Pengucapan Sumpah/Janji DPD sesuai jadwal tahapan", U, U],
    [U, U, U, "Acara Pengucapan Sumpah/Janji DPR RI sesuai jadwal tahapan", "95", "Acara Pengucapan Sumpah/Janji DPR RI sesuai jadwal tahapan", U, U],
    ["6", PROG1, "Pengucapan Sumpah/Janji Presiden dan Wakil Presiden serta Anggota DPR, DPD, DPRD Provinsi, dan DPRD Kabupaten/Kota (6981)",
     "Acara Pengucapan Sumpah/Janji DPRD Provinsi Sumatera Selatan sesuai jadwal tahapan", "95",
     "Acara Pengucapan Sumpah/Janji DPRD Provinsi Sumatera Selatan sesuai jadwal tahapan", "15.182.000", TEKNIS],
    [U, U, U, "Acara Pengucapan Sumpah/Janji DPRD Kabupaten OKU Selatan sesuai jadwal tahapan", "100",
     "Acara Pengucapan Sumpah/Janji DPRD Kota Prabumulih sesuai jadwal tahapan", U, U],
]

PAGE4 = [
    ["7", PROG1, "Penetapan Hasil Pemilu (6982)", "Persentase sosialisasi dan simulasi pemungutan dan penghitungan suara Pemilu", "100",
     "Penyusunan Laporan Pemilu Tahun 2024", "22.538.000", "Semua Subbagian"],
    ["8", PROG2, "Pengelolaan Keuangan dan Barang Milik Negara (3355)",
     "Jumlah draft juklak/juknis pengelolaan keuangan di lingkungan KPU", "90",
     "Penghimpunan regulasi pengelolaan keuangan Satker KPU Kabupaten OKU Selatan", "2.485.138.000", KUL],
    [U, U, U, "Jumlah laporan sistem akuntansi dan pelaporan keuangan", "95", "Pelaporan sistem akuntansi dan pelaporan keuangan", U, U],
    [U, U, U, "Persentase permasalahan dalam pengelolaan keuangan yang dapat diselesaikan", "100",
     "Penyusunan Daftar Inventarisasi Masalah (DIM) potensi pengelolaan keuangan", U, U],
    [U, U, U, "Persentase KPU Kota Prabumulih yang menyampaikan Laporan Pertanggungjawaban Penggunaan Anggaran berbasis SIMONIKA yang tepat waktu dan valid", "95",
     "Penyusunan Laporan Pertanggungjawaban Penggunaan Anggaran berbasis SIMONIKA", U, U],
    [U, U, U, "Persentase Pejabat Perbendaharaan yang menyelesaikan pertanggungjawaban penggunaan anggaran sesuai ketentuan", "100",
     "Laporan Pertanggungjawaban Pejabat Perbendaharaan", U, U],
    [U, U, U, "Persentase Satker yang menyelesaikan pembayaran gaji dan tunjangan pegawai tepat waktu tahun anggaran 2024 untuk Aparatur Sipil Negara meliputi PNS, PPNPN dan PPPK. Termasuk juga Uang Kehormatan Komisioner KPU Kabupaten OKU Selatan sebanyak 5 orang", "100",
     "Penyusunan Daftar Slip Gaji Pegawai dan Uang Kehormatan KPU Kabupaten OKU Selatan (ASN dan Komisioner KPU Kabupaten OKU Selatan)", U, U],
    ["9", PROG2, "Operasional Perkantoran dan Dukungan Sarana Prasarana (3360)",
     "Jumlah rancangan Peraturan KPU/Keputusan KPU tentang kearsipan yang telah disusun", "95",
     "Perancangan Keputusan Ketua dan Sekretaris KPU Kabupaten OKU Selatan tentang kearsipan", "2.57.212.000", HSDM],
]

PAGE5 = [   # no 9 continues from page 4
    ["", "", "",
     ["Persentase KPU Kabupaten OKU Selatan yang patuh dan tertib dalam pengelolaan Barang Milik Negara",
      "Persentase gangguan keamanan dalam lingkungan KPU Kabupaten OKU Selatan yang dapat ditanggulangi",
      "Persentase ruangan rapat yang digunakan tidak ada yang bersamaan dalam waktu dan tempat",
      "Persentase sarana transportasi untuk mendukung kinerja pegawai yang berfungsi dengan baik"],
     ["95", "100", "80", "90"],
     ["Laporan pengelolaan Barang Milik Negara",
      "Laporan gangguan keamanan dari Jagat Saksana KPU Kabupaten OKU Selatan",
      "Pemeliharaan dan renovasi ruangan rapat yang representatif",
      "Pemeliharaan kendaraan bermotor roda 2 dan 4, pendataan kendaraan operasional yang layak jalan dan rusak"],
     "", KUL],
    [U, U, U, "Jumlah laporan Barang Milik Negara (BMN) berdasarkan SIMAK BMN yang datanya sesuai dengan data SAK", "100",
     "Laporan BMN oleh operator SIMAK BMN", U, KUL],
    [U, U, U, "Persentase hasil rapat pleno yang ditindaklanjuti paling lambat 4 (empat) hari kerja", "90",
     "Notulensi dan Berita Acara Rapat Pleno Mingguan dan Khusus", U, HSDM],
    [U, U, U, "Persentase KPU Kabupaten OKU Selatan yang mengelola arsip inaktif sesuai aturan kearsipan", "90",
     "Pengelolaan surat menyurat dan arsip inaktif", U, U],
    [U, U, U, "Persentase fasilitas perkantoran untuk mendukung kinerja pegawai yang berfungsi dengan baik", "90",
     "Penghimpunan fasilitas perkantoran berupa sarana prasarana dan fasilitas lainnya", U, KUL],
    [U, U, U, "Persentase gedung dan gudang KPU Kabupaten OKU Selatan yang berfungsi dengan baik", "85",
     "Pemeliharaan dan renovasi gedung dan gudang KPU Kabupaten OKU Selatan", U, U],
]

PAGES = [PAGE1, PAGE2, PAGE3, PAGE4, PAGE5]

INTRO = ("Perencanaan Kinerja merupakan proses Penyusunan Rencana Kinerja sebagai penjabaran dari program dan sasaran "
         "yang telah ditetapkan dalam Rencana Strategis yang akan dilaksanakan oleh Instansi Pemerintah melalui berbagai "
         "kegiatan tahunan. Di dalam Rencana Kinerja ditetapkan rencana capaian kinerja tahunan untuk seluruh indikator "
         "kinerja yang ada pada tingkat sasaran dan kegiatan. Penyusunan Rencana Kinerja dilakukan seiring dengan agenda "
         "penyusunan dan kebijakan anggaran serta merupakan komitmen bagi instansi untuk mencapainya dalam tahun tertentu. "
         "Adapun Rencana Kinerja Tahunan (RKT) Sekretariat KPU Kabupaten OKU Selatan adalah sebagai berikut:")
