@testable import Interpretation
import KinerjaModel
import Testing

/// Sub-items stacked in one ruled row (no rule between them), each opened by a bullet or a
/// list number of its own, beside their targets stacked line by line in the value cell: one
/// record per item, each value paired with the item it stands beside (its head or its foot).
@Suite("Interpretation: stacked items in one row split by vertical position")
struct StackedItemRowsTests {
    private func line(_ t: String, _ top: Double) -> CellLine { CellLine(text: t, top: top, page: 2) }
    private func table(_ ind: Cell, _ tgt: Cell) -> Table {
        .onePage("t1", page: 2, headers: ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"],
                 rows: [[Cell(text: "1.1"), Cell(text: "Meningkatnya produksi"), ind, tgt]])
    }

    @Test func bulletsWithoutParentAndAnItemOfAnotherMarkEachTakeTheirValue() {
        // `- Ayam Buras 80`, `- Itik Lokal 50`, then `➢ Jumlah rekomendasi …` over four
        // lines with its `4` at its foot; the ➢ extracted as `»`.
        let ind = Cell.of([line("- Ayam Buras", 100), line("- Itik Lokal", 112),
                           line("» Jumlah rekomendasi kaji", 124), line("terap teknologi pakan", 136),
                           line("ternak unggas", 148), line("(rekomendasi)", 160)])
        let tgt = Cell.of([line("80", 100), line("50", 112), line("4", 160)])
        let recs = IndicatorReader().read([table(ind, tgt)]).indicators
        #expect(recs.map(\.indikator) == ["Ayam Buras", "Itik Lokal",
                                          "Jumlah rekomendasi kaji terap teknologi pakan ternak unggas (rekomendasi)"])
        #expect(recs.map { $0.target?.number } == [80, 50, 4])
    }

    @Test func anItemWithoutValueAfterAValuedItemOfAnotherMarkIsARecordOfItsOwn() {
        // `- Itik 34` then `➢ Jumlah bibit …` (no target: its sub-items follow in later rows).
        let ind = Cell.of([line("- Itik", 100), line("» Jumlah bibit ternak", 112), line("unggas yang berkualitas", 124)])
        let recs = IndicatorReader().read([table(ind, Cell.of([line("34", 100)]))]).indicators
        #expect(recs.map(\.indikator) == ["Itik", "Jumlah bibit ternak unggas yang berkualitas"])
        #expect(recs[0].target?.number == 34 && recs[1].target == nil)
    }

    @Test func siblingNumbersOfFiveLevelsTakeTheValuesAtTheirFoot() {
        let ind = Cell.of([line("2.1.1.1.1 Jumlah kabupaten/kota yang", 100), line("dapat mengakses sumber-", 112),
                           line("sumber permodalan (kabupaten/kota)", 124),
                           line("2.1.1.1.2 Jumlah dokumen kajian", 136), line("fasilitasi usaha peternakan", 148)])
        let tgt = Cell.of([line("27", 124), line("1", 148)])
        let recs = IndicatorReader().read([table(ind, tgt)]).indicators
        #expect(recs.map(\.no) == ["2.1.1.1.1", "2.1.1.1.2"])
        #expect(recs.map { $0.target?.number } == [27, 1])
        // One value at the first sibling's foot: the second sibling has none of its own.
        let one = IndicatorReader().read([table(ind, Cell.of([line("27", 124)]))]).indicators
        #expect(one.map(\.no) == ["2.1.1.1.1", "2.1.1.1.2"])
        #expect(one.map { $0.target?.number } == [27, nil])
    }

    @Test func aMisreadValueIsCutWithTheOthersAndKeptRaw() {
        // `≤ 8` read `s8` by the scan's text layer: its item gets the raw text, no value, a warning.
        let ind = Cell.of([line("1.1.2.2 Prosentase anak domba yang", 100), line("lahir hidup (persen)", 112),
                           line("1.1.2.3 Prosentase kematian ternak", 124), line("domba di UPTD (persen)", 136)])
        let out = IndicatorReader().read([table(ind, Cell.of([line("110", 112), line("s8", 136)]))])
        #expect(out.indicators.map(\.no) == ["1.1.2.2", "1.1.2.3"])
        #expect(out.indicators[0].target?.number == 110)
        #expect(out.indicators[1].target?.raw == "s8" && out.indicators[1].target?.number == nil)
        #expect(out.warnings.contains { $0.code == "unreadable_value" && $0.message.contains("s8") })
    }

    @Test func letteredIndicatorsWithTheirFieldListsSplitAtTheLetters() {
        // `a. Jumlah kesepakatan dalam bidang :` and `b. Jumlah rekomendasi …`, each listing its
        // fields as bullets, one target each beside its second line: two records, bullets kept.
        let ind = Cell.of([line("a. Jumlah Kesepakatan dalam", 100), line("bidang :", 112), line("- Pemerintahan", 124),
                           line("- Pembangunan", 136), line("b. Jumlah rekomendasi dalam", 160), line("bidang :", 172),
                           line("- Pemerintahan", 184), line("- Pembangunan", 196)])
        let recs = IndicatorReader().read([table(ind, Cell.of([line("4", 112), line("30", 172)]))]).indicators
        #expect(recs.count == 2)
        #expect(recs.map { $0.target?.number } == [4, 30])
        #expect(recs[0].indikator.contains("Kesepakatan") && recs[0].indikator.contains("Pembangunan"))
        #expect(recs[1].indikator.contains("rekomendasi"))
    }

    @Test func wrappedLinesAndValuesBesideNoItemAreNotCut() {
        // One indicator wrapped over three lines, two values: nothing opens an item, so the
        // row is not cut; the stacked text stays raw with no value.
        let wrapped = Cell.of([line("Jumlah kabupaten/kota yang menerapkan", 100), line("standar mutu bibit dan", 112),
                               line("penggunaan bibit unggul", 124)])
        let recs = IndicatorReader().read([table(wrapped, Cell.of([line("5", 100), line("7", 124)]))]).indicators
        #expect(recs.count == 1 && recs[0].target?.number == nil)
        // A wrapped line opening with a count (`10 Kabupaten/Kota`) is no sibling of `1.1`:
        // one value does not cut the indicator there.
        let count = Cell.of([line("1.1 Jumlah bibit yang disebar di", 100), line("10 Kabupaten/Kota terpilih", 112)])
        #expect(IndicatorReader().read([table(count, Cell.of([line("5", 112)]))]).indicators.count == 1)
        // A value between two items (level with neither) is not paired by guess.
        let items = Cell.of([line("- Ayam", 100), line("- Itik", 124)])
        let between = IndicatorReader().read([table(items, Cell.of([line("8", 100), line("5", 112)]))]).indicators
        #expect(between.count == 1 && between[0].target?.number == nil)
    }

    @Test func aCleanPieceOfALowConfidenceStackCarriesNoConfidenceWarning() {
        // The stack's confidence is its worst word's: each value read cleanly on its own line
        // does not carry it; the stack left whole (values level with no item) does.
        var tgt = Cell.of([line("80", 100), line("50", 112)])
        tgt.confidence = 41
        let ind = Cell.of([line("Jumlah produksi (ton) :", 88), line("- Daging", 100), line("- Telur", 112)])
        let out = IndicatorReader().read([table(ind, tgt)])
        #expect(out.indicators.map(\.indikator) == ["Jumlah produksi (ton) :", "Daging", "Telur"])
        #expect(!out.warnings.contains { $0.code == "low_confidence" })
        var whole = Cell.of([line("80", 94), line("50", 106)])
        whole.confidence = 41
        let kept = IndicatorReader().read([table(ind, whole)])
        #expect(kept.indicators.count == 1 && kept.warnings.contains { $0.code == "low_confidence" })
    }
}
