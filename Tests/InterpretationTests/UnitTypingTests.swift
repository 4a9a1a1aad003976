@testable import Interpretation
import KinerjaModel
import Testing

/// What a row's unit says about its bare numbers, in the forms the documents write it:
/// `(persen)` spelled out after the indicator, Satuan cells of several rows run together,
/// and counts (`Jumlah produksi padi`) whose figures are large enough to look like rupiah.
@Suite("Interpretation: values typed by the row's unit")
struct UnitTypingTests {
    private func table(_ headers: [String], _ rows: [[String]]) -> Table {
        .onePage("t1", page: 2, headers: headers, texts: rows)
    }

    /// `Prosentase … (persen)`: the percent sign written as a word is a percent, not a unit
    /// `persen` of a quantity.
    @Test func persenSpelledOutAfterTheIndicatorIsPercent() throws {
        let recs = IndicatorReader().read([table(["No", "Indikator Kinerja", "Target"], [
            ["1", "Prosentase kelahiran ternak domba di UPTD (persen)", "110"],
            ["2", "Prosentase kematian ternak (Persen)", "1,5"],
            ["3", "Jumlah alat laboratorium yang dikalibrasi (unit)", "24"],
        ])]).indicators
        #expect(recs.count == 3)
        let a = try #require(recs[0].target)
        #expect(a.kind == .percent && a.number == 110 && a.unit == nil)
        let b = try #require(recs[1].target)
        #expect(b.kind == .percent && b.number == 1.5 && b.unit == nil)
        #expect(recs[2].target?.kind == .quantity && recs[2].target?.unit == "unit")
    }

    /// A count (`Jumlah …`) is not money because its figure has two thousands marks; an
    /// indicator that counts money (`Jumlah pendapatan …`) or a figure written with `Rp` is.
    @Test func aCountIsNotMoneyForItsSize() throws {
        let recs = IndicatorReader().read([table(["No", "Indikator Kinerja", "Target", "Realisasi"], [
            ["1", "Jumlah produksi padi", "12.317.066", "12.540.550 *)"],
            ["2", "Jumlah pendapatan asli daerah", "1.500.000.000", "1.450.000.000"],
            ["3", "Jumlah bantuan yang disalurkan", "Rp 2.500.000", "2.400.000"],
            ["4", "Nilai investasi", "57.487.073.000", "50.000.000.000"],
        ])]).indicators
        #expect(recs.count == 4)
        let padi = try #require(recs[0].target)
        #expect(padi.kind == .number && padi.number == 12_317_066)
        #expect(recs[0].realisasi?.kind == .number && recs[0].realisasi?.number == 12_540_550)
        #expect(recs[1].target?.kind == .currency && recs[1].realisasi?.kind == .currency)
        #expect(recs[2].target?.kind == .currency && recs[2].realisasi?.kind == .currency)
        // Not a count: the size rule stands.
        #expect(recs[3].target?.kind == .currency)
    }

    /// A capaian column is not typed by the row's unit, but a count's figure there is no money either.
    @Test func aCountsCapaianIsNotMoneyForItsSize() throws {
        let recs = IndicatorReader().read([table(["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"], [
            ["1", "Jumlah produksi padi", "12.317.066", "12.540.550", "79.347.116"],
            ["2", "Nilai investasi", "57.487.073.000", "50.000.000.000", "1.500.000.000"],
        ])]).indicators
        let c = try #require(recs[0].capaian)
        #expect(c.kind == .number && c.number == 79_347_116)
        // Not a count: the size rule stands.
        #expect(recs[1].capaian?.kind == .currency)
    }

    /// `Ton Ton Ton`: the Satuan cells of stacked rows run together; one word repeated is the
    /// row's unit, different words (`Ton Ton Tangkai`) name none but still a count.
    @Test func satuanCellsRunTogether() throws {
        let recs = IndicatorReader().read([table(["No", "Indikator Kinerja", "Satuan", "Target"], [
            ["1", "Jumlah produksi padi", "Ton Ton Ton", "12.317.066"],
            ["2", "Jumlah produksi buah-buahan", "Ton Ton Tangkai", "2.884.752"],
            ["3", "Luas areal", "Ha", "1.230"],
        ])]).indicators
        #expect(recs.count == 3)
        let padi = try #require(recs[0].target)
        #expect(padi.kind == .quantity && padi.unit == "ton" && padi.number == 12_317_066)
        let buah = try #require(recs[1].target)
        #expect(buah.kind == .number && buah.unit == nil && buah.number == 2_884_752)
        #expect(recs[2].target?.unit == "ha")
    }
}

/// Lettered parts (`a. Teh`) of a count that has a figure of its own count too: their large
/// figures are no money. Parts under an indicator that names money keep the size rule.
@Suite("Interpretation: lettered parts of a count")
struct LetteredPartsTests {
    @Test func partsOfACountAreNotMoney() throws {
        let table = Table(id: "t1", pages: [3], caption: nil,
                          columns: ["Indikator Kinerja", "Target"].map { Column(header: $0) },
                          rows: [["Jumlah ketersediaan benih unggul (pohon/batang)", "28.500.000"],
                                 ["a. Teh", "4.500.000"], ["b. Kopi", "3.500.000"],
                                 ["Jumlah pendapatan daerah", "9.000.000.000"], ["a. Pajak daerah", "4.500.000.000"]]
                            .map { $0.map { Cell(text: $0) } },
                          rowPages: [3, 3, 3, 3, 3])
        let recs = IndicatorReader().read([table]).indicators
        #expect(recs.count == 5)
        #expect(recs[0].target?.kind == .quantity && recs[0].target?.unit == "pohon/batang")
        let teh = try #require(recs[1].target)
        #expect(teh.kind == .number && teh.number == 4_500_000)
        #expect(recs[2].target?.kind == .number)
        #expect(recs[3].target?.kind == .currency && recs[4].target?.kind == .currency)
    }

    @Test(arguments: [("a. Teh", true), ("b) Kopi", true), ("a.", false), ("A. Program", false), ("ab. x", false), ("Teh", false)])
    func letteredPart(_ text: String, _ expected: Bool) {
        #expect(UnitTyping.isLetteredPart(text) == expected)
    }
}
