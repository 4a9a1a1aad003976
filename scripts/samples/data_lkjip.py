"""Seed 001 (LKjIP KPU Kabupaten Bengkulu Utara 2024): the tables' data, typed from
the seed's extracted text. Typos are the seed's own and are kept. Where the
seed's extraction had broken a table (the executive-summary table lost its
row alignment from sasaran 6 on), the rows were re-aligned with Tabel 9."""
from model import G, O, R

RINGKASAN = [
    G('1', 'Terwujudnya Perencanaan Program dan Anggaran Pemilu', [
        R('Penyusunan Program, Kegiatan, dan Anggaran KPU, Pengelolaan Revisi Anggaran, Kajian/Analisa, Prosedur dan Mekanisme Penganggaran', '96,7 %'),
        R('Persentase Penyusunan Prosedur dan Kebijakan Penganggaran, Supervisi dan Monitoring Pelaksanaan Anggaran', '85,58%'),
        R('Konsolidasi Nasional Program Kerja dan Anggaran, Penguatan Kelembagaan dan Organisasi', '99,42 %'),
        R('Diklat Teknis, Pengelolaan Pelatihan Teknis, Monitoring dan Supervisi, Evaluasi', '87,22 %'),
        R('Fasilitasi Kehumasan, Sosialisasi, Kerjasama Hubungan Lembaga, Fasilitasi Layanan Pers, PPID', '85,51%'),
    ]),
    G('2', 'Meningkatnya kompetensi SDM KPU Kabupaten Bengkulu Utara', [
        R('Persentase keikutsertaan pegawai yang telah mengikuti pendidikan dan pelatihan dalam rangka peningkatan kompetensi SDM', '100,00%'),
    ]),
    G('3', 'Terwujudnya dukungan sarana dan prasarana guna meningkatkan kelancaran tugas KPU Kabupaten Bengkulu Utara', [
        R('Persentase sarana transportasi dan perangkat kerja untuk mendukung kinerja pegawai yang berfungsi dengan baik', '100,00%'),
        R('Sarana Bidang Teknologi dan Informasi', '99,87%'),
        R('Pengelolaan Sarana IT Pemilu', '99,85%'),
        R('Persentase dukungan layanan operasional perkantoran', '97,10%'),
    ]),
    G('4', 'Meningkatnya akuntabilitas kinerja di lingkungan KPU Kabupaten Bengkulu Utara', [
        R('Akuntabilitas kinerja KPU Kabupaten Bengkulu Utara berpredikat BB', '88'),
        R('Opini BPK atas Laporan Keuangan KPU', 'WTP'),
        R('Nilai evaluasi atas pelaksanaan reformasi birokrasi', ''),
    ]),
    G('5', 'Terlaksananya Tahapan Pemilu Presiden dan Wakil Presiden, Pemilu DPR, DPD, DPRD Provinsi dan DPRD Kabupaten/Kota', [
        R('Terwujudnya penetapan hasil pemilu 2024', '100%'),
        R('Persentase pelaksanaan persiapan pengambilan sumpah dan janji Pemilu 2024', '100%'),
        R('Persentase Fasilitasi tahapan pemungutan suara dan penghitungan suara', '100%'),
        R('Persentase Penetapan hasil pemilu', '98%'),
        R('Persentase Penyelesaian Sengketa Pemilu', '100%'),
    ]),
    G('6', 'Terwujudnya penyelenggaraan Pemilihan sesuai jadwal', [
        R('Persentase Belanja Hibah Pilkada 2024', '87%'),
        R('Pembentukan Badan Adhoc', '90%'),
        R('Persentase Pemutakhiran Data Pemilih Pilkada 2024', '100%'),
        R('Persentase Belanja Tahapan Pilkada 2024', '87%'),
        R('Pengadaan dan Pendistribusian Perlengkapan Pemungutan dan Penghitungan Suara', '73%'),
        R('Persentase Kegiatan Kampanye', '88%'),
        R('Persentase Kegiatan pencalonan', '67%'),
        R('Persentase Kegiatan Penghitungan Suara', '90%'),
    ]),
    G('7', 'Terlaksananya penyusunan dan penetapan rancangan keputusan KPU Kabupaten Bengkulu Utara sesuai perundang-undangan dan pendokumentasian produk hukum KPU Bengkulu Utara', [
        R('Persentase produk hukum yang dikelola dan didokumentasikan sesuai peraturan perundang-undangan.', '100%'),
        R('Persentase publikasi produk hukum KPU Bengkulu Utara', '90%'),
    ]),
    G('8', 'Terlaksananya fasilitas pengelolaan data kebutuhan, pengadaan serta pendistribusian dan pemeliharaan logistik pemilu/pemilihan', [
        R('Persentase Penyediaan dan Pengelolaan Logistik Pemilu', '100%'),
        R('Persentase Pengelolaan Barang dan Jasa', '95%'),
        R('Persentase Pengelolaan Dokumentasi Logistik', '100%'),
        R('Persentase pengadaan dan distribusi logistik pemilu/pemilihan yang tepat jenis, tepat jumlah dan tepat waktu', '98%'),
    ]),
    G('9', 'Terlaksananya pengelolaan keuangan dan barang milik negara', [
        R('Persentase pembayaran gaji dan tunjangan pegawai dilingkungan KPU Bengkulu Utara', '100%'),
        R('Persentase laporan sistem akuntansi dan pelaporan keuangan yang diselesaikan tepat waktu', '100%'),
        R('Persentase BMN yang dikelola sesuai dengan peraturan perundang-undangan', '97%'),
    ]),
]

RENSTRA = [
    G('1', 'Terwujudnya Perencanaan Program dan Anggaran Pemilu', [
        R('Penyusunan Program, Kegiatan, dan Anggaran KPU, Pengelolaan Revisi Anggaran, Kajian/Analisa, Prosedur dan Mekanisme Penganggaran', '100%', '100%', '100%', '100%', '100%'),
    ]),
    G('2', 'Meningkatnya kompetensi SDM KPU Kabupaten Bengkulu Utara', [
        R('Persentase keikutsertaan pegawai yang telah mengikuti pendidikan dan pelatihan dalam rangka peningkatan kompetensi SDM', '90%', '95%', '95%', '100%', '100%'),
    ]),
    G('3', 'Terwujudnya dukungan sarana dan prasarana guna meningkatkan kelancaran tugas KPU Kabupaten Bengkulu Utara', [
        R('Persentase sarana transportasi dan perangkat kerja untuk mendukung kinerja pegawai yang berfungsi dengan baik', '100%', '100%', '100%', '100%', '100%'),
        R('Sarana Bidang Teknologi dan Informasi', '100%', '100%', '100%', '100%', '100%'),
        R('Pengelolaan Sarana IT Pemilu', '100%', '100%', '100%', '100%', '100%'),
        R('Persentase dukungan layanan operasional perkantoran', '100%', '100%', '100%', '100%', '100%'),
    ]),
    G('4', 'Meningkatnya akuntabilitas kinerja di lingkungan KPU Kabupaten Bengkulu Utara', [
        R('Akuntabilitas kinerja KPU Kabupaten Bengkulu Utara berpredikat BB', 'B', 'B', 'B', 'B', 'B'),
        R('Opini BPK atas Laporan Keuangan KPU', 'WTP', 'WTP', 'WTP', 'WTP', 'WTP'),
        R('Nilai evaluasi atas pelaksanaan reformasi birokrasi', '76', '77', '78', '79', '80'),
    ]),
    G('5', 'Terlaksannya Tahapan Pemilu Presiden dan Wakil Presiden, Pemilu DPR, DPD, DPRD Provinsi dan DPRD Kabupaten/Kota', [
        R('Terwujudnya penetapan hasil pemilu 2024', '0%', '0%', '0%', '100%', '100%'),
        R('Persentase pelaksanaan persiapan pengambilan sumpah dan janji Pemilu 2024', '0%', '0%', '0%', '100%', '100%'),
        R('Persentase Fasilitas tahapan pemungutan suara dan penghitungan suara', '0%', '0%', '0%', '100%', '100%'),
        R('Persentase Penetapan hasil pemilu', '0%', '0%', '0%', '100%', '100%'),
        R('Persentase Penyelesaian Sengketa Pemilu', '0%', '0%', '0%', '100%', '100%'),
    ]),
    G('6', 'Terwujudnya penyelenggaraan Pemilihan sesuai jadwal', [
        R('Persentase Belanja Hibah Pilkada 2024', '0', '0', '0', '0%', '100%'),
        R('Pembentukan Badan Adhoc', '0', '0', '0%', '100%', '100%'),
        R('Persentase Pemutakhiran Data Pilih Pilkada 2024', '100%', '100%', '100%', '100%', '100%'),
        R('Persentase Belanja Tahapan Pilkada 2024', '0%', '0%', '0%', '0%', '100%'),
        R('Pengadaan dan Pendistribusian Perlengkapan Pemungutan dan Penghitugan Suara', '0%', '0%', '0%', '100%', '100%'),
        R('Persentase Kegiatan Kampanye', '0%', '0%', '0%', '100%', '100%'),
        R('Persentase Kegiatan pencalonan', '0%', '0%', '0%', '100%', '100%'),
        R('Persentase Kegiatan Penghitungan Suara', '0%', '0%', '0%', '100%', '100%'),
    ]),
    G('7', 'Terlaksananya penyusunan dan penetapan rancangan keputusan KPU Kabupaten Bengkulu Utara sesuai perundang-undangan dan pendokumentasian produk hukum KPU Bengkulu Utara', [
        R('Persentase produk hukum yang dikelola dan didokumentasikan sesuai peraturan perundang-undangan.', '100%', '100%', '100%', '100%', '100%'),
        R('Persentase publikasi produk hukum KPU Bengkulu Utara', '100%', '100%', '100%', '100%', '100%'),
    ]),
    G('8', 'Terlaksananya fasilitas pengelolaan data kebutuhan, pengadaan serta pendistribusian dan pemeliharaan logistik pemilu/pemilihan', [
        R('Persentase Penyiapan dan Pengelolaan Logistik Pemilu', '0%', '0%', '100%', '100%', '100%'),
        R('Persentase Pengelolaan Barang dan Jasa', '100%', '100%', '100%', '100%', '100%'),
        R('Persentase Pengelolaan Dokumentasi Logistik', '100%', '100%', '100%', '100%', '100%'),
        R('Persentase pengadaan dan distribusi logistik pemilu/pemilihan yang tepat jenis, tepat jumlah dan tepat waktu', '0%', '0%', '0%', '100%', '100%'),
    ]),
    G('9', 'Terlaksannanya pengelolaan keuangan dan barang milik negara', [
        R('Persentase pembayaran gaji dan tunjangan pegawai dilingkungan KPU Bengkulu Utara', '100%', '100%', '100%', '100%', '100%'),
        R('Persentase laporan sistem akuntansi dan pelaporan keuangan yang diselesaikan tepat waktu', '100%', '100%', '100%', '100%', '100%'),
        R('Persentase BMN yang dikelola sesuai dengan peraturan perundang-undangan', '100%', '100%', '100%', '100%', '100%'),
    ]),
]

PK = [
    G('1', 'Terwujudnya Perencanaan Program dan Anggaran Pemilu', [
        R('Penyusunan Program, Kegiatan, dan Anggaran KPU, Pengelolaan Revisi Anggaran, Kajian/Analisa, Prosedur dan Mekanisme Penganggaran', '100%'),
        R('Persentase Penyusunan Prosedur dan Kebijakan Penganggaran, Supervisi dan Monitoring Pelaksanaan Anggaran', '100%'),
        R('Diklat Teknis, Pengelolaan Pelatihan Teknis, Monitoring dan Supervisi, Evaluasi', '100%'),
        R('Fasilitasi Kehumasan, Sosialisasi, Kerjasama Hubungan Lembaga, Fasilitasi Layanan Pers, PPID', '100%'),
    ]),
    G('2', 'Meningkatnya kompetensi SDM KPU Kabupaten Bengkulu Utara', [
        R('Persentase keikutsertaan pegawai yang telah mengikuti pendidikan dan pelatihan dalam rangka peningkatan kompetensi SDM', '100%'),
    ]),
    G('3', 'Terwujudnya dukungan sarana dan prasarana guna meningkatkan kelancaran tugas KPU Kabupaten Bengkulu Utara', [
        R('Persentase sarana transportasi dan perangkat kerja untuk mendukung kinerja pegawai yang berfungsi dengan baik', '100%'),
        R('Sarana Bidang Teknologi dan Informasi', '100%'),
        R('Persentase dukungan operasional perkantoran', '100%'),
    ]),
    G('4', 'Meningkatnya akuntabilitas kinerja di lingkungan KPU Kabupaten Bengkulu Utara', [
        R('Akuntabilitas kinerja KPU Kabupaten Bengkulu Utara berpredikat BB', 'BB'),
        R('Opini BPK atas Laporan Keuangan KPU', 'WTP'),
        R('Nilai evaluasi atas pelaksanaan reformasi birokrasi', '80'),
    ]),
    G('5', 'Terlaksannya Tahapann Pemilu Presiden dan Wakil Presiden, Pemilu DPR, DPD, DPRD Provinsi dan DPRD Kabupaten/Kota', [
        R('Terwujudnya penetapan hasil pemilu 2024', '100%'),
        R('Persentase pelaksanaan persiapan pengambilan sumpah dan janji Pemilu 2024', '100%'),
        R('Persentase Fasilitas tahapan pemungutan suara dan penghitungan suara', '100%'),
        R('Persentase Pelaksanaan Pemungutan dan Penghitungan Suara', '100%'),
        R('Persentase Penetapan hasil pemilu', '100%'),
        R('Persentase Penyelesaian Sengketa Pemilu', '100%'),
    ]),
    G('6', 'Terwujudnya penyelenggaraan Pemilihan sesuai jadwal', [
        R('Persentase Belanja Hibah Pilkada 2024', '100%'),
        R('Pembentukan Badan Adhoc', '100%'),
        R('Persentase Pemutakhiran Data Pemilih Pilkada 2024', '100%'),
        R('Persentase Belanja Tahapan Pilkada 2024', '100%'),
        R('Pengadaan dan Pendistribusian Perlengkapan Pemungutan dan Penghitugan Suara', '100%'),
        R('Persentase Kegiatan Kampanye', '100%'),
        R('Persentase Kegiatan pencalonan', '100%'),
        R('Persentase Kegiatan Penghitungan Suara', '100%'),
    ]),
    G('7', 'Terlaksananya penyusunan dan penetapan rancangan keputusan KPU Kabupaten Bengkulu Utara sesuai perundang-undangan dan pendokumentasian produk hukum KPU Bengkulu Utara', [
        R('Persentase produk hukum yang dikelola dan didokumentasikan sesuai peraturan perundang-undangan.', '100%'),
        R('Persentase publikasi produk hukum KPU Bengkulu Utara', '100%'),
    ]),
    G('8', 'Terlaksananya fasilitas pengelolaan data kebutuhan, pengadaan serta pendistribusian dan pemeliharaan logistik pemilu/pemilihan', [
        R('Persentase Penyiapan dan Pengelolaan Logistik Pemilu', '100%'),
        R('Persentase Pengelolaan Barang dan Jasa', '100%'),
        R('Persentase Pengelolaan Dokumentasi Logistik', '100%'),
        R('Persentase pengadaan dan distribusi logisti pemilu/pemilihan yang tepat jenis, tepat jumlah dan tepat waktu', '100%'),
    ]),
    G('9', 'Terlaksanannya pengelolaan keuangan dan barang milik negara', [
        R('Persentase pembayaran gaji dan tunjangan pegawai dilingkungan KPU Bengkulu Utara', '100%'),
        R('Persentase laporan sistem akuntansi dan pelaporan keuangan yang diselesaikan tepat waktu', '100%'),
        R('Persentase BMN yang dikelola sesuai dengan peraturan perundang-undangan', '100%'),
    ]),
]

TABEL9 = [
    G('1', 'Terwujudnya Perencanaan Program dan Anggaran Pemilu', [
        R('Penyusunan Program, Kegiatan, dan Anggaran KPU, Pengelolaan Revisi Anggaran, Kajian/Analisa, Prosedur dan Mekanisme Penganggaran', '100%', '96, 7 %', '96, 7 %'),
        R('Persentase Penyusunan Prosedur dan Kebijakan Penganggaran, Supervisi dan Monitoring Pelaksanaan Anggaran', '100%', '85,58%', '85,58%'),
        R('Konsolidasi Nasional Program Kerja dan Anggaran, Penguatan Kelembagaan dan Organisasi', '100%', '99.42 %', '99.42 %'),
        R('Diklat Teknis, Pengelolaan Pelatihan Teknis, Monitoring dan Supervisi, Evaluasi', '100%', '87.22 %', '87.22 %'),
        R('Fasilitasi Kehumasan, Sosialisasi, Kerjasama Hubungan Lembaga, Fasilitasi Layanan Pers, PPID', '100%', '85,51%', '85,51%'),
    ]),
    G('2', 'Meningkatnya kompetensi SDM KPU Kabupaten Bengkulu Utara', [
        R('Persentase keikutsertaan pegawai yang telah mengikuti pendidikan dan pelatihan dalam rangka peningkatan kompetensi SDM', '100%', '100%', '100,00%'),
    ]),
    G('3', 'Terwujudnya dukungan sarana dan prasarana guna meningkatkan kelancaran tugas KPU Kabupaten Bengkulu Utara', [
        R('Persentase sarana transportasi dan perangkat kerja untuk mendukung kinerja pegawai yang berfungsi dengan baik', '100%', '100%', '100,00%'),
        R('Sarana Bidang Teknologi dan Informasi', '100%', '99,87%', '99,87%'),
        R('Pengelolaan Sarana IT Pemilu', '100%', '99,85%', '99,85%'),
        R('Persentase dukungan layanan operasional perkantoran', '100%', '97,10%', '97,10%'),
    ]),
    G('4', 'Meningkatnya akuntabilitas kinerja di lingkungan KPU Kabupaten Bengkulu Utara', [
        R('Akuntabilitas kinerja KPU Kabupaten Bengkulu Utara berpredikat BB', 'BB', 'BB', 'BB'),
        R('Opini BPK atas Laporan Keuangan KPU', 'WTP', 'WTP', 'WTP'),
        R('Nilai evaluasi atas pelaksanaan reformasi birokrasi', '80', '', ''),
    ]),
    G('5', 'Terlaksannnya Tahapann Pemilu Presiden dan Wakil Presiden, Pemilu DPR, DPD, DPRD Provinsi dan DPRD Kabupaten/Kota', [
        R('Terwujudnya penetapan hasil pemilu 2024', '100%', '100%', '100%'),
        R('Persentase pelaksanaan persiapan pengambilan sumpah dan janji Pemilu 2024', '100%', '100%', '100%'),
        R('Persentase Fasilitasi tahapan pemungutan suara dan penghitungan suara', '100%', '100%', '100%'),
        R('Persentase Penetapan hasil pemilu', '100%', '97,70%', '98%'),
        R('Persentase Penyelesaian Sengketa Pemilu', '100%', '100%', '100%'),
    ]),
    G('6', 'Terwujudnya penyelenggaraan Pemilihan sesuai jadwal', [
        R('Persentase Belanja Hibah Pilkada 2024', '100%', '86,76%', '87%'),
        R('Pembentukan Badan Adhoc', '100%', '90%', '90%'),
        R('Persentase Pemutakhiran Data Pemilih Pilkada 2024', '100%', '100%', '100%'),
        R('Persentase Belanja Tahapan Pilkada 2024', '100%', '86,57%', '87%'),
        R('Pengadaan dan Pendistribusian Perlengkapan Pemungutan dan Penghitugan Suara', '100%', '73,1', '73,1 %'),
        R('Persentase Kegiatan Kampanye', '100%', '88,24%', '88%'),
        R('Persentase Kegiatan pencalonan', '100%', '67,13%', '67%'),
        R('Persentase Kegiatan Penghitungan Suara', '100%', '90%', '90%'),
    ]),
    G('7', 'Terlaksananya penyusunan dan penetapan rancangan keputusan KPU Kabupaten Bengkulu Utara sesuai perundang-undangan dan pendokumentasian produk hukum KPU Bengkulu Utara', [
        R('Persentase produk hukum yang dikelola dan didokumentasikan sesuai peraturan perundang-undangan.', '100%', '100%', '100%'),
        R('Persentase publikasi produk hukum KPU Bengkulu Utara', '100%', '90%', '90%'),
    ]),
    G('8', 'Terlaksananya fasilitas pengelolaan data kebutuhan, pengadaan serta pendistribusian dan pemeliharaan logistik pemilu/pemilihan', [
        R('Persentase Penyiapan dan Pengelolaan Logistik Pemilu', '100%', '99,98%', '100%'),
        R('Persentase Pengelolaan Barang dan Jasa', '100%', '95,26%', '95%'),
        R('Persentase Pengelolaan Dokumentasi Logistik', '100%', '99,98%', '100%'),
        R('Persentase pengadaan dan distribusi logistik pemilu/pemilihan yang tepat jenis, tepat jumlah dan tepat waktu', '100%', '97,76%', '98%'),
    ]),
    G('9', 'Terlaksannanya pengelolaan keuangan dan barang milik negara', [
        R('Persentase pembayaran gaji dan tunjangan pegawai dilingkungan KPU Bengkulu Utara', '100%', '100%', '100%'),
        R('Persentase laporan sistem akuntansi dan pelaporan keuangan yang diselesaikan tepat waktu', '100%', '100%', '100%'),
        R('Persentase BMN yang dikelola sesuai dengan peraturan perundang-undangan', '100%', '97%', '97%'),
    ]),
]

TABEL10 = [
    G('1', 'Terwujudnya Perencanaan Program dan Anggaran Pemilu', [
        R('Penyusunan Program, Kegiatan, dan Anggaran KPU, Pengelolaan Revisi Anggaran, Kajian/Analisa, Prosedur dan Mekanisme Penganggaran', '100%', '96, 7 %', '96, 7 %'),
        R('Persentase Penyusunan Prosedur dan Kebijakan Penganggaran, Supervisi dan Monitoring Pelaksanaan Anggaran', '100%', '85,58%', '85,58%'),
        R('Konsolidasi Nasional Program Kerja dan Anggaran, Penguatan Kelembagaan dan Organisasi', '100%', '99.42 %', '99.42 %'),
        R('Diklat Teknis, Pengelolaan Pelatihan Teknis, Monitoring dan Supervisi, Evaluasi', '100%', '87.22 %', '87.22 %'),
        R('Fasilitasi Kehumasan, Sosialisasi, Kerjasama Hubungan Lembaga, Fasilitasi Layanan Pers, PPID', '100%', '85,51%', '85,51%'),
    ]),
]

TABEL11 = [
    G('2', 'Meningkatnya kompetensi SDM KPU Kabupaten Bengkulu Utara', [
        R('Persentase keikutsertaan pegawai yang telah mengikuti pendidikan dan pelatihan dalam rangka peningkatan kompetensi SDM', '100%', '100%', '100,00%'),
    ]),
]

TABEL14 = [
    G('3', 'Terwujudnya dukungan sarana dan prasarana guna meningkatkan kelancaran tugas KPU Kabupaten Bengkulu Utara', [
        R('Persentase sarana transportasi dan perangkat kerja untuk mendukung kinerja pegawai yang berfungsi dengan baik', '100%', '100%', '100,00%'),
        R('Sarana Bidang Teknologi dan Informasi', '100%', '99,87%', '99,87%'),
        R('Pengelolaan Sarana IT Pemilu', '100%', '99,85%', '99,85%'),
        R('Persentase dukungan layanan operasional perkantoran', '100%', '97,10%', '97,10%'),
    ]),
]

TABEL16 = [
    G('4', 'Meningkatnya akuntabilitas kinerja di lingkungan KPU Kabupaten Bengkulu Utara', [
        R('Akuntabilitas kinerja KPU Kabupaten Bengkulu Utara berpredikat BB', 'BB', 'BB', 'BB'),
        R('Opini BPK atas Laporan Keuangan KPU', 'WTP', 'WTP', 'WTP'),
        R('Nilai evaluasi atas pelaksanaan reformasi birokrasi', '80', '', ''),
    ]),
]

TABEL19 = [
    G('5', 'Terlaksannya Tahapan Pemilu Presiden dan Wakil Presiden, Pemilu DPR, DPD, DPRD Provinsi dan DPRD Kabupaten/Kota', [
        R('Terwujudnya penetapan hasil pemilu 2024', '100%', '100%', '100%'),
        R('Persentase pelaksanaan persiapan pengambilan sumpah dan janji Pemilu 2024', '100%', '100%', '100%'),
        R('Persentase Fasilitasi tahapan pemungutan suara dan penghitungan suara', '100%', '100%', '100%'),
        R('Persentase Penetapan hasil pemilu', '100%', '97,70%', '98%'),
        R('Persentase Penyelesaian Sengketa Pemilu', '100%', '100%', '100%'),
    ]),
]

TABEL20 = [
    G('6', 'Terwujudnya penyelenggaraan Pemilihan sesuai jadwal', [
        R('Persentase Belanja Hibah Pilkada 2024', '100%', '86,76%', '87%'),
        R('Pembentukan Badan Adhoc', '100%', '90%', '90%'),
        R('Persentase Pemutakhiran Data Pemilih Pilkada 2024', '100%', '100%', '100%'),
        R('Persentase Belanja Tahapan Pilkada 2024', '100%', '86,57%', '87%'),
        R('Pengadaan dan Pendistribusian Perlengkapan Pemungutan dan Penghitugan Suara', '100%', '73,1', '73%'),
        R('Persentase Kegiatan Kampanye', '100%', '88,24%', '88%'),
        R('Persentase Kegiatan pencalonan', '100%', '67,13%', '67%'),
        R('Persentase Kegiatan Penghitungan Suara', '100%', '90%', '90%'),
    ]),
]

TABEL21 = [
    G('7', 'Terlaksananya penyusunan dan penetapan rancangan keputusan KPU Kabupaten Bengkulu Utara sesuai perundang-undangan dan pendokumentasian produk', [
        R('Persentase produk hukum yang dikelola dan didokumentasikan sesuai peraturan perundang-undangan.', '100%', '100%', '100%'),
        R('Persentase publikasi produk hukum KPU Bengkulu Utara', '100%', '90%', '90%'),
    ]),
]

TABEL25 = [
    G('8', 'Terlaksananya fasilitas pengelolaan data kebutuhan, pengadaan serta pendistribusian dan pemeliharaan logistik pemilu/pemilihan', [
        R('Persentase Penyiapan dan Pengelolaan Logistik Pemilu', '100%', '99,98%', '100%'),
        R('Persentase Pengelolaan Barang dan Jasa', '100%', '95,26%', '95%'),
        R('Persentase Pengelolaan Dokumentasi Logistik', '100%', '99,98%', '100%'),
        R('Persentase pengadaan dan distribusi logistik pemilu/pemilihan yang tepat jenis, tepat jumlah dan tepat waktu', '100%', '97,76%', '98%'),
    ]),
]

TABEL28 = [
    G('9', 'Terlaksanannya pengelolaan keuangan dan barang milik negara', [
        R('Persentase pembayaran gaji dan tunjangan pegawai dilingkungan KPU Bengkulu Utara', '100%', '100%', '100%'),
        R('Persentase laporan sistem akuntansi dan pelaporan keuangan yang diselesaikan tepat waktu', '100%', '100%', '100%'),
        R('Persentase BMN yang dikelola sesuai dengan peraturan perundang-undangan', '100%', '97%', '97%'),
    ]),
]

TABEL12 = [
    G('2', 'Meningkatnya kompetensi SDM KPU Kabupaten Bengkulu Utara', [
        R('Persentase keikutsertaan pegawai yang telah mengikuti pendidikan dan pelatihan dalam rangka peningkatan kompetensi SDM', '100%', '100%', '100,00%', '100%', '100%', '100,00%'),
    ]),
]

TABEL14B = [
    G('3', 'Terwujudnya dukungan sarana dan prasarana guna meningkatkan kelancaran tugas KPU Kabupaten Bengkulu Utara', [
        R('Persentase sarana transportasi dan perangkat kerja untuk mendukung kinerja pegawai yang berfungsi dengan baik', '100%', '100%', '100%', '100%', '100%', '100,00%'),
        R('Sarana Bidang Teknologi dan Informasi', '100%', '100,00%', '100,00%', '100%', '99,87%', '99,87%'),
        R('Pengelolaan Sarana IT Pemilu', '100%', '100,00%', '100,00%', '100%', '99,85%', '99,85%'),
        R('Persentase dukungan layanan operasional perkantoran', '100%', '98,00%', '98,00%', '100%', '97,10%', '97,10%'),
    ]),
]

TABEL23 = [
    G('7', 'Terlaksananya Penetapan Keputusan KPU Kabupaten Bengkulu Utara sesuai dengan Ketentuan Peraturan Perundang-Undangan, serta Perdokumentasian Informasi Hukum dan penyuluhannya', [
        R('Persentase Rancangan Keputusan KPU Kabupaten Bengkulu Utara yang disusun dan diharmonisasi dengan tepat Waktu sesuai dengan kerangka regulasi KPU', '100%', '100%', '100%', '100%', '100%', '100%'),
    ]),
]

TABEL30 = [
    G('9', 'Terlaksanannya pengelolaan keuangan dan barang milik negara', [
        R('Persentase pembayaran gaji dan tunjangan pegawai dilingkungan KPU Bengkulu Utara', '100%', '99%', '99%', '100%', '100%', '100%'),
        R('Persentase laporan sistem akuntansi dan pelaporan keuangan yang diselesaikan tepat waktu', '100%', '100%', '100%', '100%', '100%', '100%'),
        R('Persentase BMN yang dikelola sesuai dengan peraturan perundang-undangan', '100%', '99%', '99%', '100%', '97%', '97%'),
    ]),
]

TABEL13 = [
    O('Meningkatkan Kapasitas SDM yang berkompeten', 'Persentase kesesuaian pegawai terhadap standar kompetensi penugasannya', ['90%', '95%', '95%', '100%', '100%'], ['100%', '100%']),
]

TABEL15 = [
    O('Terwujudnya Dukungan Saranan dan Prasarana Guna Meningkatkan Kelancaran Tugas KPU', 'Persentase Tersedianya Saranan dan Prasarana Untuk Memenuhi Kebutuhan Kerja Pegawai yang berfungsi dengan baik', ['100%', '100%', '100%', '100%', '100%'], ['100%', '100%']),
]

TABEL17 = [
    O('Meningkatnya akuntabilitas kinerja di lingkungan KPU Kabupaten Bengkulu Utara', 'Akuntabilitas kinerja KPU Kabupaten Bengkulu Utara berpredikat BB', ['B', 'B', 'B', 'B', 'B'], ['BB', '']),
    O('', 'Opini BPK atas Laporan Keuangan KPU', ['WTP', 'WTP', 'WTP', 'WTP', 'WTP'], ['WTP', '']),
    O('', 'Nilai evaluasi atas pelaksanaan reformasi birokrasi', ['76', '77', '78', '79', '80'], ['', '']),
]

TABEL24 = [
    O('Terlaksananya Penetapan Keputusan KPU Kabupaten Bengkulu Utara sesuai dengan Ketentuan Peraturan Perundang-Undangan, serta Perdokumentasian Informasi Hukum dan penyuluhannya', 'Persentase Rancangan Keputusan KPU Kabupaten Bengkulu Utara yang disusun dan diharmonisasi dengan tepat Waktu sesuai dengan kerangka regulasi KPU', ['100%', '100%', '100%', '100%', '100%'], ['100%', '100%']),
]

TABEL26 = [
    O('Terwujudnya Dukungan Logistik dalam Penyelenggaraan Pemilu / Pemilihan', 'Persentase Pendistribusian Logistik Pemilu / Pemilihan secara tepat sasaran ,tepat jumlah,tepat jenis,tepat mutu dan tepat waktu', ['100%', '100%', '100%', '100%', '100%'], ['97%', '98%']),
]

PK_KEU = [
    G('3', 'Terwujudnya dukungan sarana dan prasarana guna meningkatkan kelancaran tugas KPU Kabupaten Bengkulu Utara', [
        R('Persentase sarana transportasi dan perangkat kerja untuk mendukung kinerja pegawai yang berfungsi dengan baik', '100%'),
        R('Sarana Bidang Teknologi dan Informasi', '100%'),
        R('Persentase dukungan operasional perkantoran', '100%'),
    ]),
    G('8', 'Terlaksananya fasilitas pengelolaan data kebutuhan, pengadaan serta pendistribusian dan pemeliharaan logistik pemilu/pemilihan', [
        R('Persentase Penyiapan dan Pengelolaan Logistik Pemilu', '100%'),
        R('Persentase Pengelolaan Barang dan Jasa', '100%'),
        R('Persentase Pengelolaan Dokumentasi Logistik', '100%'),
        R('Persentase pengadaan dan distribusi logistik pemilu/pemilihan yang tepat jenis, tepat jumlah dan tepat waktu', '100%'),
    ]),
    G('9', 'Terlaksanannya pengelolaan keuangan dan barang milik negara', [
        R('Persentase pembayaran gaji dan tunjangan pegawai dilingkungan KPU Bengkulu Utara', '100%'),
        R('Persentase laporan sistem akuntansi dan pelaporan keuangan yang diselesaikan tepat waktu', '100%'),
        R('Persentase BMN yang dikelola sesuai dengan peraturan perundang-undangan', '100%'),
    ]),
]

PK_TEKNIS = [
    G('5', 'Terlaksannya Tahapann Pemilu Presiden dan Wakil Presiden, Pemilu DPR, DPD, DPRD Provinsi dan DPRD Kabupaten/Kota', [
        R('Terwujudnya penetapan hasil pemilu', '100%'),
        R('Persentase pelaksanaan persiapan pengambilan sumpah dan janji Pemilu 2024', '100%'),
        R('Persentase Fasilitasi tahapan pemungutan suara dan penghitungan suara', '100%'),
        R('Persentase Pelaksanaan Pemungutan dan Penghitungan Suara', '100%'),
        R('Persentase Penetapan hasil pemilu', '100%'),
        R('Persentase Penyelesaian Sengketa Pemilu', '100%'),
    ]),
    G('6', 'Terwujudnya penyelenggaraan Pemilihan sesuai jadwal', [
        R('Persentase Belanja Hibah Pilkada 2024', '100%'),
        R('Pembentukan Badan Adhoc', '100%'),
        R('Persentase Pemutakhiran Data Pemilih Pilkada 2024', '100%'),
        R('Persentase Belanja Tahapan Pilkada 2024', '100%'),
        R('Pengadaan dan Pendistribusian Perlengkapan Pemungutan dan Penghitugan Suara', '100%'),
        R('Persentase Kegiatan Kampanye', '100%'),
        R('Persentase Kegiatan pencalonan', '100%'),
    ]),
    G('7', 'Terlaksananya penyusunan dan penetapan rancangan keputusan KPU Kabupaten Bengkulu Utara sesuai perundang-undangan dan pendokumentasian produk hukum KPU', [
        R('Persentase produk hukum yang dikelola dan didokumentasikan sesuai peraturan perundang-undangan.', '100%'),
        R('Persentase publikasi produk hukum KPU Bengkulu Utara', '100%'),
    ]),
]

PK_REN = [
    G('1', 'Terwujudnya Perencanaan Program dan Anggaran Pemilu', [
        R('Penyusunan Program, Kegiatan, dan Anggaran KPU, Pengelolaan Revisi', '100%'),
        R('Persentase Penyusunan Prosedur dan Kebijakan Penganggaran, Supervisi dan Monitoring Pelaksanaan Anggaran', '100%'),
        R('Diklat Teknis, Pengelolaan Pelatihan Teknis, Monitoring dan Supervisi, Evaluasi', '100%'),
    ]),
    G('2', 'Meningkatnya akuntabilitas kinerja di lingkungan KPU Kabupaten Bengkulu Utara', [
        R('Akuntabilitas kinerja KPU Kabupaten Bengkulu Utara berpredikat BB', 'BB'),
        R('Opini BPK atas Laporan Keuangan KPU', 'WTP'),
        R('Nilai evaluasi atas pelaksanaan reformasi birokrasi', '80'),
    ]),
    G('3', 'Terwujudnya penyelenggaraan Pemilihan sesuai jadwal', [
        R('Persentase Pemutakhiran Data Pemilih Pilkada 2024', '100%'),
    ]),
]

PK_PARMAS = [
    G('1', 'Terwujudnya perencanaan program dan anggaran', [
        R('Fasilitasi Kehumasan, Sosialisasi, Kerjasama Hubungan Lembaga, Fasilitasi Layanan Pers, PPID', '100%'),
    ]),
    G('2', 'Meningkatnya kompetensi SDM KPU Kabupaten Bengkulu Utara', [
        R('Persentase keikutsertaan pegawai yang telah mengikuti pendidikan dan pelatihan dalam rangka peningkatan kompetensi SDM', '100%'),
    ]),
    G('3', 'Terlaksannya Tahapann Pemilu Presiden dan Wakil Presiden, Pemilu DPR, DPD, DPRD Provinsi dan DPRD Kabupaten/Kota', [
        R('Persentase pembentukan Badan Adhoc Pemilu 2024', '100%'),
    ]),
    G('4', 'Terwujudnya penyelenggaraan Pemilihan sesuai jadwal', [
        R('Pembentukan Badan Adhoc', '100%'),
    ]),
]


# ---------------------------------------------------------------- tables without indicator records
TUGAS_FUNGSI = [
    ("Tugas", [
        "1. membantu penyusunan program dan anggaran Pemilu; memberikan dukungan teknis administratif;",
        "2. membantu pelaksanaan tugas KPU Kabupaten/Kota dalam menyelenggarakan Pemilu;",
        "3. membantu pendistribusian perlengkapan penyelenggaraan Pemilu anggota Dewan Perwakilan Rakyat, anggota Dewan Perwakilan Daerah, Presiden dan Wakil Presiden, dan anggota Dewan Perwakilan Rakyat Daerah;",
        "4. membantu perumusan dan penyusunan Rancangan Keputusan KPU Kabupaten/Kota; membantu penyusunan laporan penyelenggaraan kegiatan dan pertanggungjawaban KPU Kabupaten/Kota;",
        "5. dan membantu pelaksanaan tugas lainnya sesuai dengan ketentuan peraturan perundang-undangan.",
    ]),
    ("Fungsi", [
        "1. membantu penyusunan program dan anggaran Pemilu; memberikan dukungan teknis administratif; membantu pelaksanaan tugas KPU Kabupaten/Kota dalam menyelenggarakan Pemilu;",
        "2. membantu pendistribusian perlengkapan penyelenggaraan Pemilu anggota Dewan Perwakilan Rakyat, anggota Dewan Perwakilan Daerah, Presiden dan Wakil Presiden, dan anggota Dewan Perwakilan Rakyat Daerah;",
        "3. membantu perumusan dan penyusunan Rancangan Keputusan KPU Kabupaten/Kota;",
        "4. membantu penyusunan laporan penyelenggaraan kegiatan dan pertanggungjawaban KPU Kabupaten/Kota;",
        "5. dan membantu pelaksanaan tugas lainnya sesuai dengan ketentuan peraturan perundang-undangan.",
    ]),
    ("Wewenang", [
        "1. mengadakan dan mendistribusikan perlengkapan penyelenggaraan Pemilu berdasarkan norma, standar, prosedur, dan kebutuhan yang ditetapkan oleh KPU;",
        "2. mengadakan perlengkapan penyelenggaraan Pemilu sebagaimana dimaksud dalam huruf a sesuai dengan ketentuan peraturan perundang-undangan; dan c. memberikan layanan administrasi, ketatausahaan, dan kepegawaian sesuai dengan ketentuan peraturan perundang-undangan.",
    ]),
]

URAIAN_SUBBAG = [
    ("1", "melakukan analisis dan penyiapan pelaksanaan pengelolaan keuangan, perlengkapan dan rumah tangga, umum, dan logistik Pemilu dan Pemilihan di lingkungan KPU Kabupaten/Kota.", "Subbagian Keuangan, Umum dan Logisti"),
    ("2", "melakukan analisis dan penyiapan koordinasi dan penyusunan rancangan keputusan dan surat perjanjian, dokumentasi informasi hukum di lingkungan KPU Provinsi, penyiapan pelaksanaan advokasi dan penelaahan hukum serta fasilitasi penyelesaian sengketa pemilihan dan nonpemilihan.", "Subbagian Teknis dan Hukum"),
    ("3", "melakukan analisis dan penyiapan penyusunan rencana, program dan anggaran, serta pengelolaan data dan informasi di lingkungan KPU Kabupaten/Kota.", "Subbagian Perencanaan, Data dan Informasi"),
    ("4", "melakukan analisis dan penyiapan sosialisasi, partisipasi pemilih, dan hubungan masyarakat, serta pengelolaan sumber daya manusia di lingkungan KPU Kabupaten/Kota", "Subbagian SDM"),
]

PEGAWAI = [("1.", "PNS", "11 Orang"), ("2.", "PPPK", "5 Orang"), ("3.", "Tenaga Administrasi", "8 Orang")]
PEGAWAI_JUMLAH = "24 Orang"

TUJUAN = [
    ("1", "Mewujudkan Komisi Pemilihan Umum yang mandiri, profesional dan berintegritas", [
        "1. Tersedianya peraturan perundangan bidang politik yang kuat;",
        "2. Tersedianya Sistem Informasi Partai Politik yang andal dan berkualitas; dan",
        "3. Terwujudnya sumber daya manusia di KPU yang berkualitas"]),
    ("2", "Menyelenggarakan Pemilu Serentak yang demokratis, tepat waktu, efisien dan efektif", [
        "1. Terwujudnya Pendidikan Pemilih Kepemiluan dan Demokrasi untuk seluruh lapisan masyarakat;",
        "2. Terwujudnya koordinasi penyelenggaraan kepemiluan yang sesuai dengan Standar Pelayanan Publik, disertai pengelolaan data dan informasi serta dokumentasi pelaksanaan Pemilu berbasis teknologi informasi yang terintegrasi."]),
    ("3", "Mewujudkan Pemilu Serentak yang Langsung, Umum, Bebas, Rahasia, Jujur dan Adil", [
        "Terwujudnya Pemilu Serentak dengan tingkat partisipasi yang tinggi disertai penyelesaian sengketa hukum yang baik"]),
]

ANGGARAN_PROGRAM = [
    ("CQ", "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", "54.559.031.000"),
    ("CQ.6639", "Teknis Penyelenggaraan Pemilu/Pemilihan", "28.829.406.000"),
    ("CQ.6709", "Perencanaan Program dan Anggaran, serta Penyusunan Peraturan Pelaksanaan Penyelenggaraan Pemilu", "1.258.160.000"),
    ("CQ.6867", "Pembentukan Badan Adhoc", "19.650.212.000"),
    ("CQ.6870", "Masa Kampanye Pemilu", "53.579.000"),
    ("CQ.6871", "Pengelolaan, Pengadaan, Laporan, dan Dokumentasi Logistik", "1.981.161.000"),
    ("CQ.6872", "Pemungutan dan Penghitungan Suara", "2.753.403.000"),
    ("CQ.6981", "Pengucapan Sumpah/Janji Presiden dan Wakil Presiden serta Anggota DPR, DPD, DPRD Provinsi, dan DPRD Kabupaten/Kota", "10.152.000"),
    ("CQ.6982", "Penetapan Hasil Pemilu", "22.958.000"),
    ("WA", "Program Dukungan Manajemen", "2.928.042.000"),
    ("WA.3355", "Pengelolaan Keuangan dan Barang Milik Negara", "2.764.680.000"),
    ("WA.3360", "Operasional Perkantoran dan Dukungan Sarana Prasarana", "163.362.000"),
]

KLASIFIKASI = [
    ("1", ">100", "Sangat Berhasil", "Kegiatan yang dilaksanakan telah melampaui target indikator kinerja"),
    ("2", "91 \u2013 100", "Berhasil", "Kegiatan yang dilaksanakan telah mencapai target indikator kinerja"),
    ("3", "71 \u2013 90", "Cukup Berhasil", "Kegiatan yang dilaksanakan telah mendekati target indikator kinerja"),
    ("4", "51 \u2013 70", "Kurang Berhasil", "Kegiatan yang dilaksanakan tidak sesuai dengan target indikator kinerja"),
    ("5", "0 \u2013 50", "Tidak Berhasil", "Kegiatan yang dilaksanakan sangat tidak sesuai dengan target indikator kinerja"),
]

SAKIP = [
    ("Perencanaan Kinerja", "30", "5,40", "6,30", "12,00", "23,70"),
    ("Pengukuran Kinerja", "30", "4,80", "7,20", "10,50", "22,50"),
    ("Pelaporan Kinerja", "15", "1,80", "2,70", "4,50", "9,00"),
    ("Evaluasi Internal", "25", "4,00", "5,25", "6,25", "15,50"),
    ("Nilai Akuntabilitas Kinerja", "100", "14,00", "23,45", "33,25", "70,70"),
]
SAKIP_KATEGORI = "BB"

DOKUMEN_HUKUM = [("Keputusan Komisi Pemilihan Umum Kabupaten Bengkulu Utara", "1.680 SK", "1.680 SK")]

LOGISTIK = [
    ("1", "kotak suara", "buah", "503"),
    ("2", "surat suara", "lembar", "226560"),
    ("3", "tinta", "botol", "1006"),
    ("4", "bilik pemungutan suara", "buah", "2012"),
    ("5", "segel", "keping", "10885"),
    ("6", "alat bantu tunanetra", "buah", "503"),
    ("7", "sampul kubus", "buah", "3238"),
    ("8", "sampul biasa", "buah", "3581"),
    ("9", "sampul biasa Formulir Model C.Hasil-KWK", "buah", "503"),
    ("10", "formulir Model C. Hasil-KWK", "rangkap", "503"),
    ("11", "formulir Model C. Hasil Salinan-KWK", "rangkap", "7199"),
    ("12", "segel plastik", "buah", "3018"),
    ("13", "daftar pasangan calon", "buah", "503"),
]

KINERJA_ANGGARAN = [
    ("Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", "54.559.031.000", "49.792.963.636", "91.57 %"),
    ("Program Dukungan Manajemen", "2.928.042.000", "2.848.973.746", "97.16"),
]

# the seed's "➤ 100 %" is a ">" that the extraction turned into an arrow; the
# last row lost its "<". Liberation fonts have no arrow glyph, so ">" / "<".
KRITERIA = [("> 100 %", "Sangat Efektif"), ("100 %", "Efektif"), ("90 %-99%", "Cukup Efektif"),
            ("75%-89%", "Kurang Efektif"), ("< 75 %", "Tidak Efektif")]

LAMPIRAN_PROGRAM = [
    ("CQ", "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", "54.559.031.000"),
    ("WA", "Program Dukungan Manajemen", "2.928.042.000"),
]

KEGIATAN_KEU = [
    ("1", "Pengelolaan Barang dan Jasa", "Rp19.599.520.000"),
    ("2", "Pengelolaan Dokumen Logistik", "Rp15.283.000,00"),
    ("3", "Layanan Perkantoran", "Rp2.764.680.000,00"),
    ("4", "Pengadaan dan Pendistribusian Logistik Pilkada 2024", "Rp1.948.085.000,00"),
]
KEGIATAN_TEKNIS = [
    ("1", "Kegiatan Kampanye pilkada 2024", "Rp 680.000.000,00"),
    ("2", "Kegiatan pencalonan pilkada 2024", "Rp 599.500.000,00"),
    ("3", "Kegiatan Penghitungan Suara", "Rp 480.363.000,00"),
    ("4", "Diklat Teknis, Pengelolaan Pelatihan Teknis, Monitoring dan Supervisi, Evaluasi", "Rp 83.061.000,00"),
    ("5", "Masa Kampanye Pemilu", "Rp 53.579.000,00"),
    ("6", "Pemungutan dan Penghitungan Suara", "Rp 2.753.403.000,00"),
]
KEGIATAN_REN = [
    ("1", "Perencanaan, Program dan Anggaran Pemilu", "Rp748.855.000"),
    ("2", "Pemutakhiran Data Pemilih", "Rp320.000.000"),
    ("3", "Penyusunan Prosedur dan Kebijakan Penganggaran, Supervisi dan Monitoring Pelaksanaan Anggaran", "Rp121.997.000"),
    ("4", "Konsolidasi Nasional Program Kerja dan Anggaran, Penguatan Kelembagaan dan Organisasi", "Rp48.792.000"),
    ("5", "Sarana Bidang Teknologi dan Informasi Pemilu", "Rp87.025.000"),
]
KEGIATAN_PARMAS = [
    ("1", "Badan Adhoc Pemilihan Serentak Tahun 2024", "Rp 20.099.550.000,00"),
    ("2", "Fasilitasi Kehumasan, Sosialisasi, Kerjasama Hubungan Lembaga, Fasilitasi Layanan Pers, PPID", "Rp 168.430.000,00"),
    ("3", "Pembentukan/Seleksi Badan Adhoc Pemilu", "Rp 19.650.212.000,00"),
]

# ---------------------------------------------------------------- narrative (trimmed from the seed)
KATA_PENGANTAR = [
    'Segala puji dan syukur kita panjatkan kepada Allah SWT, Tuhan Yang Maha Esa karena berkat rahmat-Nya KPU Kabupaten Bengkulu Utara dapat menyelesaikan "Laporan Tahunan KPU Kabupaten Bengkulu Utara Tahun 2024" secara baik dan transparan.',
    "Laporan Tahunan Tahun 2024 disusun berdasarkan Surat Sekretaris Jenderal Komisi Pemilihan Umum Republik Indonesia Nomor 95 / PR.03-SD/01/2025 tanggal 8 Januari 2024 tentang Laporan Tahunan Tahun 2024. Laporan Tahunan merupakan wujud pertanggung jawaban atas pelaksanaan perencanaan dan pelaksanaan program kerja sesuai visi dan misi yang dibebankan kepada Sekretariat KPU Kabupaten Bengkulu Utara dalam kurun waktu tahun 2024. Selain itu, laporan ini disusun sebagai sarana pengendalian dan penilaian kinerja dalam rangka mewujudkan penyelenggaraan Pemerintah yang baik dan bersih (good governance and clean government) serta sebagai umpan balik dalam perencanaan dan pelaksanaan kegiatan pada tahun berikutnya.",
    "KPU Bengkulu Utara memiliki komitmen dan terus berupaya agar pelaksanaan kinerja berorientasi pada hasil, baik hasil output maupun outcome. Melalui analisis program kerja, capaian dan evaluasi dari Laporan Tahunan Tahun 2024 ini diharapkan dapat menjadi masukan/bahan evaluasi dan perbaikan sehingga kinerja dan akuntabilitas KPU Kabupaten Bengkulu Utara lebih baik lagi di masa mendatang.",
]
RINGKASAN_EKSEKUTIF = [
    "Sekretariat KPU Kabupaten Bengkulu Utara memiliki peran sebagai pelaksana kebijakan, unit pendukung teknis dan administrasi layanan KPU Kabupaten Bengkulu Utara sehingga memiliki peran penting dalam mendukung implementasi kebijakan yang diambil oleh anggota KPU Kabupaten Bengkulu Utara dalam mencapai tujuan yang telah ditetapkan oleh organisasi KPU.",
    "Seluruh jajaran sekretariat KPU Kabupaten Bengkulu Utara tetap berupaya untuk mencapai kinerja yang maksimal, hal ini ditunjukkan dengan capaian kinerja terhadap target-target yang telah ditetapkan sebagaimana diuraikan pada laporan kinerja tahun 2024 ini disusun sebagai wujud pertanggungjawaban KPU Kabupaten Bengkulu Utara kepada publik dalam mencapai sasaran strategis, visi dan misi.",
    "KPU Kabupaten Bengkulu Utara telah menetapkan sasaran strategis sesuai dengan rencana strategis (Renstra) Tahun 2020-2024 sebagai berikut:",
]
SASARAN_LIST = [
    "1. Terwujudnya perencanaan program dan anggaran pemilu",
    "2. Meningkatnya kompetensi SDM KPU Kabupaten Bengkulu Utara",
    "3. Terwujudnya dukungan sarana dan prasarana guna meningkatkan kelancaran tugas KPU Kabupaten Bengkulu Utara.",
    "4. Meningkatnya akuntabilitas kinerja di lingkungan KPU Kabupaten Bengkulu Utara",
    "5. Terlaksannya Tahapan Pemilu Presiden dan Wakil Presiden, Pemilu DPR, DPD, DPRD Provinsi dan DPRD Kabupaten/Kota.",
    "6. Terwujudnya penyelenggaraan Pemilihan sesuai jadwal.",
    "7. Terlaksananya penyusunan dan penetapan rancangan keputusan KPU Kabupaten Bengkulu Utara sesuai perundang-undangan dan pendokumentasian produk hukum KPU Bengkulu Utara.",
    "8. Terlaksananya fasilitas pengelolaan data kebutuhan, pengadaan serta pendistribusian dan pemeliharaan logistik pemilu/pemilihan.",
    "9. Terlaksananya pengelolaan keuangan dan barang milik negara",
]
LATAR_BELAKANG = [
    "KPU Kabupaten Bengkulu Utara merupakan lembaga penyelenggara pemilihan umum di Kabupaten/Kota yang secara yuridis diatur didalam Undang-undang Nomor 7 Tahun 2017 tentang Penyelenggaraan Pemilihan Umum.",
    "KPU Kabupaten Bengkulu Utara mempunyai tugas dan fungsi KPU menyelenggarakan Pemilu untuk memilih Anggota Dewan Perwakilan Rakyat (DPR), Dewan Perwakilan Daerah (DPD), Dewan Perwakilan Rakyat Daerah (DPRD), Presiden dan Wakil Presiden secara langsung oleh rakyat, serta untuk memilih Gubernur dan Wakil Gubernur Bengkulu dan Bupati dan Wakil Bupati Bengkulu Utara secara demokratis, transparan, jujur dan adil.",
    "Dalam rangka mewujudkan good governance dan accountability untuk terciptanya budaya kerja yang profesional, transparan, efisien dan efektif, maka setiap program dan kegiatan yang telah dilaksanakan harus dilaporkan sebagaimana tertuang dalam Pasal 193 huruf (f) dan Pasal 228 huruf (f) pada Peraturan Komisi Pemilihan Umum Republik Indonesia Nomor 14 Tahun 2020 tentang Tugas, Fungsi, Susunan Organisasi dan Tata Kerja Sekretariat Jenderal Komisi Pemilihan Umum, Sekretariat Komisi Pemilihan Umum Provinsi dan Kabupaten/Kota.",
    "Laporan Kinerja KPU Kabupaten Bengkulu Utara Tahun 2024 merupakan wujud pertanggungjawaban atas pelaksanaan tugas dan fungsinya, serta sebagai bahan analisis dalam membuat kebijakan untuk meningkatkan kinerja di masa yang akan datang.",
    "Pembuatan laporan tersebut didasarkan pada Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Pemerintah dan Peraturan Menteri Pemberdayaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu Atas Laporan Kinerja Instansi Pemerintah.",
]
PK_PEMBUKA = "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"
PK_JANJI = [
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.",
    "Pihak kedua akan memberikan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.",
]
