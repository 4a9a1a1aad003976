@testable import Interpretation
import KinerjaModel
import Testing

/// Numbered sub-indicators (`1.4.1.1 …`, `1.4.1.2 …`) stacked in one ruled cell, evenly
/// pitched (no blank line between them), beside their targets stacked in one cell, each
/// printed level with its item's last line (bottom-aligned).
@Suite("Interpretation: stacked numbered items paired with values at their foot")
struct NumberedStackedItemsTests {
    private func line(_ t: String, _ top: Double) -> CellLine { CellLine(text: t, top: top, page: 2) }
    private func table(_ rows: [[Cell]]) -> Table {
        .onePage("t1", page: 2, headers: ["No", "Sasaran Program/Kegiatan", "Indikator Kinerja", "Target"], rows: rows)
    }
    private let sasaran = Cell(text: "Meningkatnya kinerja sumber daya dan kelembagaan peternakan",
                               lines: [CellLine(text: "Meningkatnya kinerja sumber daya", top: 100, page: 2),
                                       CellLine(text: "dan kelembagaan peternakan", top: 112, page: 2)])
    private let items = [("1.4.1.1 Jumlah jenis pelatihan bidang", 100.0), ("peternakan (jenis)", 112),
                         ("1.4.1.2 Jumlah kerjasama pelatihan (kali)", 124),
                         ("1.4.1.3 Prosentase kebutuhan jenis", 136), ("pelatihan yang dapat", 148),
                         ("diselenggarakan (persen)", 160)]

    @Test func eachItemTakesTheValueLevelWithItsLastLine() {
        let ind = Cell.of(items.map { line($0.0, $0.1) })
        let tgt = Cell.of([line("8", 112), line("2", 124), line("100", 160)])
        let recs = IndicatorReader().read([table([[Cell(text: "1.4"), sasaran, ind, tgt]])]).indicators
        #expect(recs.map(\.no) == ["1.4.1.1", "1.4.1.2", "1.4.1.3"])
        #expect(recs.map(\.indikator) == ["Jumlah jenis pelatihan bidang peternakan (jenis)",
                                          "Jumlah kerjasama pelatihan (kali)",
                                          "Prosentase kebutuhan jenis pelatihan yang dapat diselenggarakan (persen)"])
        #expect(recs.map { $0.target?.number } == [8, 2, 100])
    }

    @Test func valuesLevelWithNoItsEdgeAreNotPaired() {
        // `2` stands beside the middle of the third item: which value is whose cannot be told.
        let ind = Cell.of(items.map { line($0.0, $0.1) })
        let tgt = Cell.of([line("8", 112), line("2", 148), line("100", 160)])
        let recs = IndicatorReader().read([table([[Cell(text: "1.4"), sasaran, ind, tgt]])]).indicators
        #expect(recs.count == 1)
        #expect(recs.first?.target?.number == nil)
    }

    @Test func aWrapThatLooksLikeAParagraphEndStaysWithItsItem() {
        // OCR'd words: the second item's first line stops short of the cell's edge, so its
        // wrapped line reads as a paragraph of its own, and the paragraphs glue it to the
        // third item (three paragraphs for three values, paired wrongly). The numbers and
        // the values level with each item's last line pair them.
        func l(_ t: String, _ top: Double, _ x0: Double, _ x1: Double, _ w: Double) -> CellLine {
            CellLine(text: t, top: top, page: 2, x0: x0, x1: x1, firstWordWidth: w)
        }
        let lines = [l("1.1.2.1.1 Angka calving interval sapi", 100, 286, 498, 39), l("potong di UPTD", 112, 339, 400, 31),
                     l("1.1.2.1.2 Jumlah kaji terap teknologi", 124, 286, 465, 39), l("ternak sapi potong (kegiatan)", 136, 339, 478, 27),
                     l("1.1.2.1.3 Jumlah produksi semen beku di", 148, 286, 494, 39), l("UPTD", 160, 339, 366, 27)]
        let ind = Cell(text: lines.map(\.text).joined(separator: " "), lines: lines, left: 283, right: 502)
        #expect(ind.paragraphs.count == 3)
        let tgt = Cell.of([line("16", 112), line("3", 136), line("15.000", 160)])
        let recs = IndicatorReader().read([table([[Cell(text: "1.1"), sasaran, ind, tgt]])]).indicators
        #expect(recs.map(\.no) == ["1.1.2.1.1", "1.1.2.1.2", "1.1.2.1.3"])
        #expect(recs.map(\.indikator) == ["Angka calving interval sapi potong di UPTD",
                                          "Jumlah kaji terap teknologi ternak sapi potong (kegiatan)",
                                          "Jumlah produksi semen beku di UPTD"])
        #expect(recs.map { $0.target?.number } == [16, 3, 15000])
    }
}
