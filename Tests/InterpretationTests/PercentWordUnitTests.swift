@testable import Interpretation
import KinerjaModel
import Testing

/// `Prosentase … (persen)`: the unit in brackets at the indicator's end is the word for `%`,
/// so its bare numbers are percentages (as a Satuan cell `Persen` makes them), not a quantity
/// counted in "persen".
@Suite("Interpretation: (persen) at an indicator's end types its numbers as percentages")
struct PercentWordUnitTests {
    @Test func persenInBracketsIsPercent() throws {
        let t = Table(id: "t1", pages: [2], caption: nil,
                      columns: ["No", "Indikator Kinerja", "Target"].map { Column(header: $0) },
                      rows: [["1.1", "Prosentase peningkatan Nilai Kondisi Tubuh (persen)", "10.0"],
                             ["1.2", "Prosentase pelaku usaha yang berdaya saing (Prosen)", "10"],
                             ["1.3", "Jumlah kelompok yang meningkatkan usahanya (kelompok)", "10"],
                             ["1.4", "Prosentase anak domba/kambing yang lahir hidup/lamb crop (%).", "105"]]
                        .map { $0.map { Cell(text: $0) } },
                      rowPages: [2, 2, 2, 2])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.count == 4)
        let a = try #require(recs[0].target)
        #expect(a.kind == .percent && a.number == 10 && a.unit == nil && a.raw == "10.0")
        #expect(recs[1].target?.kind == .percent && recs[1].target?.number == 10)
        // A unit that counts things stays a quantity.
        #expect(recs[2].target?.kind == .quantity && recs[2].target?.unit == "kelompok")
        // A full stop after the bracket does not hide the unit.
        #expect(recs[3].target?.kind == .percent && recs[3].target?.number == 105)
    }

    /// `Jumlah produksi telur yang dihasilkan (Ton)`: a capitalised unit after a count is its
    /// unit as `(ton)` is; an acronym (`(WTN)`) or a name after a percentage is none.
    @Test func capitalisedUnitAfterACount() throws {
        let t = Table(id: "t1", pages: [2], caption: nil,
                      columns: ["No", "Indikator Kinerja", "Target"].map { Column(header: $0) },
                      rows: [["1", "Jumlah produksi telur yang dihasilkan (Ton)", "20,24"],
                             ["2", "Jumlah Kabupaten/Kota yang menerapkan Good Farming Practice (Kabupaten/Kota)", "5"],
                             ["3", "Jumlah kabupaten/kota dalam Wahana Tata Nugraha (WTN)", "9"],
                             ["4", "Prosentase anak domba yang lahir hidup (Lamb Crop)", "110"],
                             ["5", "Jumlah tenaga kerja yang diseleksi dan dimagangkan (Jabar)", "500"]]
                        .map { $0.map { Cell(text: $0) } },
                      rowPages: [2, 2, 2, 2, 2])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map { $0.target?.kind } == [.quantity, .quantity, .number, .number, .number])
        #expect(recs.map { $0.target?.unit } == ["ton", "kabupaten/kota", nil, nil, nil])
        #expect(recs[0].target?.number == 20.24)
    }
}
