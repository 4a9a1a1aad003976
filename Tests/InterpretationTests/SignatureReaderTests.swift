import KinerjaModel
import Layout
import Testing
@testable import Interpretation

/// Words of one line of text starting at x, top y (5.5 points per character, size 11).
private func words(_ text: String, x: Double, y: Double, size: Double = 11) -> [Word] {
    var out: [Word] = []
    var cx = x
    for part in text.split(separator: " ") {
        let w = Double(part.count) * size * 0.5
        out.append(Word(text: String(part), box: Rect(x0: cx, y0: y, x1: cx + w, y1: y + size), fontSize: size))
        cx += w + size * 0.3
    }
    return out
}

private func page(_ number: Int, _ lines: [(String, Double, Double)]) -> (number: Int, lines: [TextLine]) {
    (number, TextLines.lines(of: lines.flatMap { words($0.0, x: $0.1, y: $0.2) }))
}

/// The opening of a Perjanjian Kinerja as a page sets it, six lines at x 60 from `y`, 13
/// points apart: the first party (who promises), then its superior, each named, with a
/// jabatan and the role the text gives them (`Nama : …` when `colon`, as typed; without, as
/// a scan often reads it).
private func partiesOpening(first: (nama: String, jabatan: String), second: (nama: String, jabatan: String),
                            roles: (String, String), colon: Bool, y: Double = 120) -> [(String, Double, Double)] {
    let sep = colon ? " : " : " "
    let texts = ["Nama\(sep)\(first.nama)", "Jabatan\(sep)\(first.jabatan)", "Selanjutnya disebut \(roles.0)",
                 "Nama\(sep)\(second.nama)", "Jabatan\(sep)\(second.jabatan)",
                 "Selaku atasan \(roles.0), selanjutnya disebut \(roles.1)"]
    return texts.enumerated().map { ($0.element, 60, y + 13 * Double($0.offset)) }
}

@Suite("Interpretation: signatures, decree number, parties")
struct SignatureReaderTests {
    @Test func indonesianDates() {
        #expect(SignatureReader.isoDate(day: 17, month: "Januari", year: 2025) == "2025-01-17")
        #expect(SignatureReader.isoDate(day: 3, month: "Agt", year: 2024) == "2024-08-03")
        #expect(SignatureReader.isoDate(day: 9, month: "Nopember", year: 2016) == "2016-11-09")
        #expect(SignatureReader.isoDate(day: 31, month: "Februari", year: 2024) == nil)
        #expect(SignatureReader.isoDate(day: 1, month: "Foo", year: 2024) == nil)
        #expect(SignatureReader.dateLine("Arga Makmur 17 Januari 2025")! == ("Arga Makmur", "2025-01-17"))
        #expect(SignatureReader.dateLine("Serang, 28 Januari 2021")! == ("Serang", "2021-01-28"))
        #expect(SignatureReader.dateLine("pada tanggal 10 Januari 2022")! == (nil, "2022-01-10"))
        #expect(SignatureReader.dateLine("Undang-Undang Nomor 7 Tahun 2017") == nil)
    }

    @Test func blockWithNIPAndDate() {
        let p = page(5, [
            ("Serang, 28 Januari 2021", 400, 600),
            ("KOMISI PEMILIHAN UMUM PROVINSI BANTEN", 380, 613),
            ("Pt. Sekretaris,", 400, 626),
            ("ANNISA ROSPA.P", 400, 680),
            ("NIP. 19710703 199903 2 007", 390, 693),
        ])
        let r = SignatureReader.read(pages: [p])
        #expect(r.signed == [Signature(page: 5, place: "Serang", date: "2021-01-28", name: "ANNISA ROSPA.P",
                                       nip: "197107031999032007", jabatan: "KOMISI PEMILIHAN UMUM PROVINSI BANTEN Pt. Sekretaris")])
    }

    @Test func sideBySidePartiesAndTheDecreeNumber() {
        let p = page(1, [
            ("NOMOR 02/ORT.07-Kpts/KPU-Kab/1709/I/2022", 150, 60),
            ("Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum", 60, 90),
        ] + partiesOpening(first: ("Martin Luther Manao, S.H.", "Kepala Sub Bagian Perencanaan"),
                           second: ("Samsul Bahri, S.Sos", "Sekretaris KPU Kab. Bengkulu Utara"),
                           roles: ("pihak pertama", "pihak kedua"), colon: true) + [
            ("Arga Makmur, 3 Januari 2024", 330, 400),
            ("Pihak Kedua,", 60, 420), ("Pihak Pertama,", 330, 420),
            ("SEKRETARIS", 60, 433), ("KEPALA SUB BAGIAN", 330, 433),
            ("SAMSUL BAHRI, S.Sos", 60, 490), ("MARTIN LUTHER MANAO", 330, 490),
            ("NIP. 196810011989031005", 60, 503), ("NIP. 198210082009121004", 330, 503),
        ])
        let r = SignatureReader.read(pages: [p])
        #expect(r.nomor == "02/ORT.07-Kpts/KPU-Kab/1709/I/2022")
        #expect(r.signed.count == 2)
        #expect(r.signed.map(\.name) == ["SAMSUL BAHRI, S.Sos", "MARTIN LUTHER MANAO"])
        #expect(r.signed.map(\.nip) == ["196810011989031005", "198210082009121004"])
        #expect(r.signed.map(\.jabatan) == ["SEKRETARIS", "KEPALA SUB BAGIAN"])
        #expect(r.signed.allSatisfy { $0.date == "2024-01-03" && $0.place == "Arga Makmur" })
        #expect(r.parties == [Party(role: .pertama, name: "Martin Luther Manao, S.H.", jabatan: "Kepala Sub Bagian Perencanaan"),
                              Party(role: .kedua, name: "Samsul Bahri, S.Sos", jabatan: "Sekretaris KPU Kab. Bengkulu Utara")])
    }

    @Test func decreeBlockWithoutNIP() {
        let p = page(2, [
            ("Ditetapkan di Bengkulu Tengah", 300, 500),
            ("pada tanggal 10 Januari 2022", 300, 513),
            ("KETUA KOMISI PEMILIHAN UMUM", 300, 540),
            ("KABUPATEN BENGKULU TENGAH,", 300, 553),
            ("ttd.", 300, 566),
            ("BROTOSENO", 300, 600),
            ("Salinan sesuai dengan aslinya", 60, 640),
        ])
        let r = SignatureReader.read(pages: [p])
        #expect(r.signed == [Signature(page: 2, place: "Bengkulu Tengah", date: "2022-01-10", name: "BROTOSENO", nip: nil,
                                       jabatan: "KETUA KOMISI PEMILIHAN UMUM KABUPATEN BENGKULU TENGAH")])
        #expect(r.nomor == nil && r.parties.isEmpty)
    }

    @Test func partiesFromAScannedOpeningWithoutColonsAndAWrappedJabatan() {
        let lines = [
            "Nama : Ir. Hj. RINA FAJARWATI, MM",
            "Jabatan : Kepala Seksi Data dan Informasi",
            "Selanjutnya disebut PIHAK KESATU",
            "Nama Ir. ANDRI ARFIANA",
            "Jabatan Kepala Bidang Prasarana dan Sarana pada Dinas Peternakan",
            "Provinsi Jawa Barat",
            "Selaku atasan PIHAK KESATU, selanjutnya disebut PIHAK KEDUA",
            "PIHAK KESATU berjanji akan mewujudkan target kinerja",
            "Nama kegiatan ini tidak disebut pihak mana pun",
        ]
        #expect(SignatureReader.narrativeParties(lines) == [
            Party(role: .pertama, name: "Ir. Hj. RINA FAJARWATI, MM", jabatan: "Kepala Seksi Data dan Informasi"),
            Party(role: .kedua, name: "Ir. ANDRI ARFIANA",
                  jabatan: "Kepala Bidang Prasarana dan Sarana pada Dinas Peternakan Provinsi Jawa Barat"),
        ])
    }

    @Test func dayLeftBlankKeepsThePlaceOnly() {
        let p = page(3, [
            ("Bandung,", 330, 400), ("2017", 440, 400),
            ("KEPALA DINAS KESEHATAN", 330, 413),
            ("PROPINSI JAWA BARAT,", 330, 426),
            ("dr.H. DODO SUHENDAR, MM.", 330, 480),
            ("Pembina Utama Muda", 335, 493),
            ("NIP 19650928 199010 1 001", 330, 506),
        ])
        let r = SignatureReader.read(pages: [p])
        #expect(r.signed == [Signature(page: 3, place: "Bandung", date: nil, name: "dr.H. DODO SUHENDAR, MM.",
                                       nip: "196509281990101001", jabatan: "KEPALA DINAS KESEHATAN PROPINSI JAWA BARAT")])
    }

    @Test func rankBetweenNameAndNIP() {
        let p = page(1, [
            ("Ir. H. KOESMAYADIE TATANG P.", 330, 490),
            ("Pembina Utama Madya", 340, 503),
            ("NIP. 19590920 198303 1 013", 335, 516),
        ])
        let r = SignatureReader.read(pages: [p])
        #expect(r.signed.first?.name == "Ir. H. KOESMAYADIE TATANG P." && r.signed.first?.nip == "195909201983031013")
    }
}

/// A Perjanjian Kinerja of a technical unit: its head promises (PIHAK KESATU), the kepala dinas
/// above it countersigns (PIHAK KEDUA) — the dinas is named more often, the document is the unit's.
@Suite("Interpretation: the agency of an agreement")
struct AgreementAgencyTests {
    /// The opening of an agreement whose first party holds `jabatan`.
    private func opening(promisedBy jabatan: String = "Kepala Balai Pengembangan Perbibitan Ternak Domba Margawati")
        -> [(String, Double, Double)] {
        [("PERJANJIAN KINERJA TAHUN 2016", 200, 80)]
            + partiesOpening(first: ("Ir. SUHARSONO", jabatan),
                             second: ("Ir. DODY FIRMAN NUGRAHA", "Kepala Dinas Peternakan Provinsi Jawa Barat"),
                             roles: ("PIHAK KESATU", "PIHAK KEDUA"), colon: false)
    }

    @Test func theUnitWhoseHeadPromisesIsTheAgency() {
        var info = DocumentInfo(type: .perjanjianKinerja, instansi: "Dinas Peternakan Provinsi Jawa Barat", tahun: 2016)
        info = DocumentExtras.documentInfo(info, pages: [page(1, opening())])
        #expect(info.instansi == "Balai Pengembangan Perbibitan Ternak Domba Margawati")
    }

    @Test func aSeksiOrAnotherTypeKeepsTheAgencyFound() {
        let lines = opening(promisedBy: "Kepala Seksi Teknologi dan Alsin")
        let pk = DocumentExtras.documentInfo(DocumentInfo(type: .perjanjianKinerja, instansi: "Dinas Peternakan Provinsi Jawa Barat", tahun: 2016),
                                             pages: [page(1, lines)])
        #expect(pk.instansi == "Dinas Peternakan Provinsi Jawa Barat")
        let report = DocumentExtras.documentInfo(DocumentInfo(type: .lkjip, instansi: "Dinas Peternakan Provinsi Jawa Barat", tahun: 2016),
                                                 pages: [page(1, opening())])
        #expect(report.instansi == "Dinas Peternakan Provinsi Jawa Barat")
    }
}
