@testable import Interpretation
import KinerjaModel
import Testing

/// A scanned PK read line by line: each indicator's wrapped lines became rows of their own,
/// its target set beside the last line.
@Suite("Interpretation: a row cut from the one above at a wrapped line")
struct ContinuationRowsTests {
    private func table(_ rows: [[String]]) -> Table {
        let cols = ["No", "Sasaran Strategis", "", "Indikator Kinerja", "Target"].map { Column(header: $0) }
        return Table(id: "t2", pages: [2], caption: nil, columns: cols, rows: rows.map { $0.map { Cell(text: $0) } },
                     rowPages: rows.map { _ in 2 })
    }

    @Test func theRestOfAWrappedIndicatorAndItsValueJoinTheRowAbove() {
        let t = table([["1.1", "Meningkatnya produksi", "1.1.1.1", "Prosentase pencapaian sasaran target", ""],
                       ["", "populasi ternak", "", "pembangunan peternakan (%)", "100"],
                       ["", "", "1.1.1.2", "Jumlah konten website yang terupdate", ""],
                       ["", "", "", "(konten)", "6"]])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.indikator) == ["Prosentase pencapaian sasaran target pembangunan peternakan (%)",
                                          "Jumlah konten website yang terupdate (konten)"])
        #expect(recs.map { $0.target?.number } == [100, 6])
        #expect(recs.allSatisfy { $0.sasaran == "Meningkatnya produksi populasi ternak" })
    }

    @Test func itemsNumbersAndSecondValuesStayRowsOfTheirOwn() {
        let t = table([["1", "Meningkatnya produksi", "", "Jumlah produksi :", ""],
                       ["", "", "", "a. Teh", "110"],                       // a lettered item
                       ["", "", "1.2", "persentase benih bersertifikat", "5"], // a number of its own
                       ["", "", "", "jumlah kebun sumber benih", "3"]])     // a value beside a value
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.count == 4)
    }
}

/// A rule-less (zebra-shaded) table whose rows the grid cut inside a wrapped cell: the cell
/// above stops on a word no sasaran or indikator ends with (`di`, `dan`), so what the row
/// below holds in that column is its rest, even when it opens with a capital (`Jawa Barat`).
@Suite("Interpretation: a cell cut after a word no phrase ends with")
struct OpenEndedCellsTests {
    private func table(_ rows: [[String]], pages: [Int] = [29], segmentStarts: [Int] = [], rowPages: [Int]? = nil) -> Table {
        var t = Table.onePage("t12", page: pages[0], headers: ["Sasaran", "Indikator Kinerja", "Target 2016"],
                              rows: rows.map { $0.map { Cell(text: $0) } })
        t.pages = pages
        if let rowPages { t.rowPages = rowPages }
        t.segmentStarts = segmentStarts
        return t
    }

    @Test func aSasaranCutAfterDiEndsInTheRowBelow() {
        let t = table([["Meningkatnya Ketersediaan Rencana Penataan Ruang di", "Jumlah Kajian Perda RTR KSP", "1 Dokumen"],
                       ["Jawa Barat", "Jumlah Kajian Perda RRTR Kabupaten Kota", "3 Dokumen"],
                       ["Terselenggaranya pemanfaatan ruang", "Persentase kesesuaian pemanfaatan ruang", "70 %"]])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.sasaran) == ["Meningkatnya Ketersediaan Rencana Penataan Ruang di Jawa Barat",
                                        "Meningkatnya Ketersediaan Rencana Penataan Ruang di Jawa Barat",
                                        "Terselenggaranya pemanfaatan ruang"])
        #expect(recs.map { $0.target?.number } == [1, 3, 70])
    }

    @Test func aSasaranEndingOnAWholeWordIsNotJoined() {
        let t = table([["Meningkatnya kinerja pengelolaan gedung negara", "Kepuasan instansi", "80 %"],
                       ["Pelayanan Prima Dinas", "Kepuasan masyarakat", "85 %"]])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.sasaran) == ["Meningkatnya kinerja pengelolaan gedung negara", "Pelayanan Prima Dinas"])
    }

    @Test func wrappedLinesAfterAnOpenWordJoinTheirRow() {
        let t = table([["Mewujudkan SDM", "Jumlah SDM Aparatur", "40 Orang"],
                       ["aparatur, sarana dan", "yang bersertifikat di", ""],
                       ["prasarana yang handal", "Bidang Pelayanan", ""],
                       ["Pelayanan Prima Dinas", "Kepuasan masyarakat", "85 %"]])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.indikator) == ["Jumlah SDM Aparatur yang bersertifikat di Bidang Pelayanan", "Kepuasan masyarakat"])
        #expect(recs.first?.sasaran == "Mewujudkan SDM aparatur, sarana dan prasarana yang handal")
    }

    @Test func aMeKanSasaranAtTheTopOfAPageOpensItsOwnGroup() {
        // Page 30 opens with a new sasaran beside a new indicator: not the rest of page 29's.
        let t = table([["Meningkatnya kinerja pengelolaan bangunan", "Kepuasan instansi", "80 %"],
                       ["Mewujudkan SDM aparatur yang handal", "Jumlah SDM Aparatur bersertifikat", "40 Orang"]],
                      pages: [29, 30], segmentStarts: [1], rowPages: [29, 30])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.sasaran) == ["Meningkatnya kinerja pengelolaan bangunan", "Mewujudkan SDM aparatur yang handal"])
    }
}

extension OpenEndedCellsTests {
    @Test func aSasaranGoingOnInLowerCaseBesideANewIndicatorEndsAbove() {
        let t = Table.onePage("t1", page: 7, headers: ["Sasaran Strategis", "Indikator Sasaran", "Target"], rows: [
            ["Meningkatnya pelayanan berbasis komunitas", "Persentase peningkatan cakupan", "10 %"],
            ["Meningkatnya kualitas", "Indek Kepuasan Masyarakat", "80"],
            ["pelayanan", "BOR (Bed Occupancy Rate)", "75%"],
            ["Meningkatnya keselamatan pasien", "Tidak adanya Insiden keselamatan pasien", "100 %"],
        ].map { $0.map { Cell(text: $0) } })
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.sasaran) == ["Meningkatnya pelayanan berbasis komunitas", "Meningkatnya kualitas pelayanan",
                                        "Meningkatnya kualitas pelayanan", "Meningkatnya keselamatan pasien"])
    }
}

/// `Sasaran Pada Renstra OPD Kabupaten/Kota` over figures (`30,400`, `-`): a sasaran in the
/// sense of the quantity aimed at, not the goal's text.
@Suite("Interpretation: a sasaran column of figures")
struct FigureSasaranTests {
    @Test func figuresUnderASasaranHeaderAreNoSasaran() {
        let t = Table.onePage("t25", page: 53, headers: ["NO", "Indikator Kinerja", "Target", "Sasaran Pada Renstra OPD Kabupaten/Kota"], rows: [
            ["1", "Jumlah penggunaan benih unggul", "", ""],
            ["", "a. Aren", "30,400", "30,400"],
            ["", "b. Kemiri sunan", "51,724", "-"],
            ["2", "Jumlah benih bermutu", "169,680,000", "169,680,000"],
        ].map { $0.map { Cell(text: $0) } })
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.allSatisfy { $0.sasaran == nil })
        let named = Table.onePage("t1", page: 1, headers: ["Sasaran", "Indikator Kinerja", "Target"], rows: [
            ["Meningkatnya produksi", "Produksi daging", "100"], ["Meningkatnya mutu", "Jumlah sertifikat", "5"],
        ].map { $0.map { Cell(text: $0) } })
        #expect(IndicatorReader().read([named]).indicators.map(\.sasaran) == ["Meningkatnya produksi", "Meningkatnya mutu"])
    }
}
