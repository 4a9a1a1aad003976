@testable import Interpretation
import KinerjaModel
import Testing

@Suite("Interpretation: composite indicators with bulleted sub-items")
struct SubIndicatorTests {
    private func line(_ t: String, _ top: Double) -> CellLine { CellLine(text: t, top: top, page: 2, x0: 60, x1: 200) }
    private func table(_ rows: [[Cell]]) -> Table {
        Table(id: "t1", pages: [2], caption: nil,
              columns: [Column(header: "No"), Column(header: "Sasaran Strategis"), Column(header: "Indikator Kinerja"),
                        Column(header: "Target")],
              rows: rows, rowPages: rows.map { _ in 2 })
    }

    @Test func parentAndItemsGiveOneRecordEachWithTheParentsUnit() {
        // A scanned PK: `1.1. Jumlah produksi (ton) :` over `- Daging`, `- Telur`, `- Susu`, the
        // targets level with the items, none beside the parent.
        let ind = Cell(text: "1.1. Jumlah produksi yang dihasilkan (ton) : - Daging - Telur - Susu",
                       lines: [line("1.1. Jumlah produksi yang dihasilkan (ton) :", 100), line("- Daging", 112),
                               line("- Telur", 124), line("- Susu", 136)])
        let tgt = Cell(text: "768.495 217.235 268.797",
                       lines: [line("768.495", 113), line("217.235", 125), line("268.797", 137)])
        let t = table([[Cell(text: "1."), Cell(text: "Meningkatnya produksi"), ind, tgt]])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.indikator) == ["Jumlah produksi yang dihasilkan (ton) :", "Daging", "Telur", "Susu"])
        #expect(recs[0].target == nil && recs.allSatisfy { $0.no == "1" })
        #expect(recs.dropFirst().map { $0.target?.number } == [768495, 217235, 268797])
        #expect(recs.dropFirst().allSatisfy { $0.target?.kind == .quantity && $0.target?.unit == "ton" })
        #expect(recs.allSatisfy { $0.sasaran == "Meningkatnya produksi" })
    }

    @Test func itemsInTheirOwnRowsTakeTheParentsUnit() {
        let t = table([
            [Cell(text: "2."), Cell(text: "Meningkatnya kualitas"), Cell(text: "2.1. Prosentase produk yang sesuai SNI (%)"), Cell(text: "")],
            [Cell(text: ""), Cell(text: ""), Cell(text: "- Daging"), Cell(text: "65")],
            [Cell(text: ""), Cell(text: ""), Cell(text: "- Telur"), Cell(text: "52")],
        ])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.indikator) == ["Prosentase produk yang sesuai SNI (%)", "Daging", "Telur"])
        #expect(recs.dropFirst().allSatisfy { $0.target?.kind == .percent })
    }

    /// A PK: `Prosentase produksi telur harian … (%).` over `- Ayam Buras 33`, `- Itik 34`, then
    /// `➢ Jumlah bibit ternak unggas … yang berkualitas` (no value) over `• Ayam buras 11.500`,
    /// `• Itik 5.500`: those counts are bibit, not percentages.
    @Test func anItemWithoutValuesHeadsTheItemsBelowIt() {
        let t = table([
            [Cell(text: "1."), Cell(text: "Meningkatnya populasi"), Cell(text: "1.1.2.1 Prosentase produksi telur harian ternak unggas di UPTD (%)."), Cell(text: "")],
            [Cell(text: ""), Cell(text: ""), Cell(text: "- Ayam Buras"), Cell(text: "33")],
            [Cell(text: ""), Cell(text: ""), Cell(text: "- Itik"), Cell(text: "34")],
            [Cell(text: ""), Cell(text: ""), Cell(text: "➢ Jumlah bibit ternak unggas di UPTD yang berkualitas"), Cell(text: "")],
            [Cell(text: ""), Cell(text: ""), Cell(text: "• Ayam buras"), Cell(text: "11.500")],
            [Cell(text: ""), Cell(text: ""), Cell(text: "• Itik"), Cell(text: "5.500")],
        ])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.count == 6)
        #expect(recs.map { $0.target?.kind } == [nil, .percent, .percent, nil, .number, .number])
        #expect(recs.map { $0.target?.number } == [nil, 33, 34, nil, 11500, 5500])
    }

    @Test func valuesThatDoNotLineUpWithTheItemsLeaveTheCellWhole() {
        // Two values beside one item: not one value per item, so nothing is cut.
        let ind = Cell(text: "Jumlah kasus : - Anthrax - Rabies",
                       lines: [line("Jumlah kasus :", 100), line("- Anthrax", 112), line("- Rabies", 124)])
        let tgt = Cell(text: "0 2", lines: [line("0", 112), line("2", 114)])
        let recs = IndicatorReader().read([table([[Cell(text: "7"), Cell(text: "Terkendalinya"), ind, tgt]])]).indicators
        #expect(recs.count == 1)
        // Bullets naming the fields of one indicator, its one target beside the parent line.
        let fields = Cell(text: "Jumlah kesepakatan dalam bidang : - Pemerintahan - Pembangunan - Perekonomian", lines: [line("Jumlah kesepakatan dalam bidang :", 100), line("- Pemerintahan", 112),
                                            line("- Pembangunan", 124), line("- Perekonomian", 136)])
        let one = Cell(text: "4", lines: [line("4", 101)])
        #expect(IndicatorReader().read([table([[Cell(text: "1"), Cell(text: "Meningkatnya sinergi"), fields, one]])]).indicators.count == 1)
        #expect(IndicatorReader.bulletItem("- Daging") == "Daging" && IndicatorReader.bulletItem("-5 %") == nil)
        #expect(IndicatorReader.bulletItem("\u{F0D8} Padi") == "Padi" && IndicatorReader.bulletItem("➢ Palawija") == "Palawija")
    }

    @Test func aSecondMeasureLineUnderAnIndicatorIsARecordOfItsOwn() {
        let cols = ["No", "Indikator Kinerja", "Sat", "Target", "Realisasi", "Capaian Kinerja (%)"].map { Column(header: $0) }
        func row(_ cells: [String]) -> [Cell] { cells.map { Cell(text: $0) } }
        let rows = [row(["2", "Jumlah UTTP dan BDKT", "Buah", "6,831,222", "4,341,614", "63.46"]),
                    row(["", "", "Buah", "3,900", "928", "23.79"]),
                    row(["", "", "RATA-RATA", "", "", "91,76"])]
        let t = Table(id: "t1", pages: [35], caption: nil, columns: cols, rows: rows, rowPages: [35, 35, 35])
        let recs = IndicatorReader().read([t]).indicators
        // The summary row (`RATA-RATA`) is no record.
        #expect(recs.map(\.indikator) == ["Jumlah UTTP dan BDKT", "Jumlah UTTP dan BDKT"])
        #expect(recs[1].target?.number == 3900 && recs[1].target?.unit == "buah" && recs[1].capaian?.number == 23.79)
    }

    @Test func aSasaranSpanGoesOnPastRowsOfKegiatanOnly() {
        // Rencana Aksi: sasaran indicators with kegiatan rows (no indikator) between them; the
        // spanning sasaran is printed once, on the first row.
        let cols = [Column(header: "SASARAN STRATEGIS"), Column(header: "INDIKATOR KINERJA SASARAN"), Column(header: "Target"),
                    Column(header: "Kegiatan")]
        func row(_ cells: [String]) -> [Cell] { cells.map { Cell(text: $0) } }
        let rows = [row(["Meningkatnya ketertiban lalu lintas", "Prosentase kendaraan tidak melanggar muatan", "79,00 %", "Program A"]),
                    row(["", "", "", "Pengawasan sarana"]),
                    row(["", "Prosentase kendaraan umum laik jalan", "100%", "Program B"])]
        var t = Table(id: "t1", pages: [1, 2], caption: nil, columns: cols, rows: rows, rowPages: [1, 1, 2])
        t.borderless = true
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.count == 2)
        #expect(recs.allSatisfy { $0.sasaran == "Meningkatnya ketertiban lalu lintas" })
    }
}
