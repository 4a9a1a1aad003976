@testable import Interpretation
import KinerjaModel
import Testing

/// A bound (`≥ 80`, `<10`), a scale word (`11 juta ekor`) and a unit phrase (`25 karya Iptek`)
/// read through a table with the units its Satuan column and headers give.
@Suite("Interpretation: bounded and scaled measures in their columns")
struct BoundedMeasuresTests {
    private func row(_ cells: [String]) -> [Cell] { cells.map { Cell(text: $0) } }

    private func table(_ rows: [[String]]) -> Table {
        let cols = ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"].map { Column(header: $0) }
        return Table(id: "t1", pages: [7], caption: nil, columns: cols, rows: rows.map(row), rowPages: rows.map { _ in 7 })
    }

    @Test func aSatuanTypesTheBoundAndKeepsItsComparator() {
        let recs = IndicatorReader().read([table([
            ["1", "Persentase kepuasan pasien", "%", "≥ 80", "85,2", "106,5"],
            ["2", "Waktu tanggap pelayanan gawat darurat", "menit", "≤5", "4", "120"],
            ["3", "Angka kematian pasien", "per mil", "<10", "8", "120"],
        ])]).indicators
        #expect(recs.count == 3)
        #expect(recs[0].target?.kind == .percent && recs[0].target?.number == 80 && recs[0].target?.comparator == .atLeast)
        #expect(recs[0].realisasi?.comparator == nil)
        #expect(recs[1].target?.kind == .quantity && recs[1].target?.unit == "menit"
                && recs[1].target?.number == 5 && recs[1].target?.comparator == .atMost)
        #expect(recs[2].target?.number == 10 && recs[2].target?.comparator == .lessThan)
        #expect(recs.allSatisfy { $0.target?.raw != nil })
    }

    @Test func aBoundInAPercentColumnIsAPercentWithItsComparator() {
        let recs = IndicatorReader().read([table([
            ["1", "Persentase kepuasan pasien", "", "80", "85,2", "> 100"],
        ])]).indicators
        #expect(recs.first?.capaian?.kind == .percent)
        #expect(recs.first?.capaian?.number == 100)
        #expect(recs.first?.capaian?.comparator == .greaterThan)
    }

    @Test func scaleWordsAndUnitPhrasesAreQuantities() {
        let recs = IndicatorReader().read([table([
            ["1", "Jumlah produksi benih ikan", "", "11 juta ekor", "12 juta ekor", "109"],
            ["2", "Jumlah karya Iptek yang didaftarkan HaKI", "", "25 karya Iptek", "20 Karya IPTEK yang didaftarkan untuk mendapatkan HAKI", "80"],
        ])]).indicators
        #expect(recs.count == 2)
        #expect(recs[0].target?.kind == .quantity && recs[0].target?.number == 11_000_000 && recs[0].target?.unit == "ekor")
        #expect(recs[0].realisasi?.number == 12_000_000)
        #expect(recs[1].target?.kind == .quantity && recs[1].target?.number == 25 && recs[1].target?.unit == "karya iptek")
        // A sentence in the measure column stays text, with its raw.
        #expect(recs[1].realisasi?.kind == .text && recs[1].realisasi?.number == nil)
        #expect(recs[1].realisasi?.raw.hasPrefix("20 Karya IPTEK") == true)
    }
}
