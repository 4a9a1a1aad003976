import KinerjaModel
@testable import Tables
import Testing

/// Two layouts of scanned Perjanjian Kinerja tables: an indicator's code set before its
/// text as a hanging indent inside the ruled Indikator cell (not a column whose rule was
/// lost), and bulleted indicators stacked in one ruled cell beside one target each.
@Suite("Tables: scanned Perjanjian Kinerja layouts")
struct ScannedPKLayoutTests {
    private let xs: [Double] = [40, 70, 200, 330, 380]
    private let header: [(Int, Int, Int, Int, [String])] = [
        (0, 0, 1, 1, ["No"]), (0, 1, 1, 1, ["Sasaran Strategis"]), (0, 2, 1, 1, ["Indikator Kinerja"]), (0, 3, 1, 1, ["Target"]),
    ]

    @Test func aCodeHangingBeforeItsIndicatorIsNoColumnOfItsOwn() throws {
        // Three ruled body rows; in each, the code at the cell's left and the indicator's
        // lines indented past it, under one title that runs across both.
        let ys: [Double] = [100, 115, 145, 175, 205]
        let body: [(Int, Int, Int, Int, [String])] = [
            (1, 0, 1, 1, ["1.1"]), (1, 1, 1, 1, ["Meningkatnya mutu"]), (1, 2, 1, 1, []), (1, 3, 1, 1, ["7"]),
            (2, 0, 1, 1, ["1.2"]), (2, 1, 1, 1, ["Meningkatnya akses"]), (2, 2, 1, 1, []), (2, 3, 1, 1, ["5"]),
            (3, 0, 1, 1, ["1.3"]), (3, 1, 1, 1, ["Meningkatnya kinerja"]), (3, 2, 1, 1, []), (3, 3, 1, 1, ["10"]),
        ]
        var extra: [(String, Double, Double)] = []
        for (k, (code, text)) in [("1.1.1", ["Jumlah unit usaha", "bersertifikat"]), ("1.2.1", ["Jumlah pasar", "regional"]),
                                  ("1.3.1", ["Jumlah kelompok", "mandiri"])].enumerated() {
            let top = ys[k + 1] + 3
            extra.append((code, 203, top))
            for (i, line) in text.enumerated() { extra.append((line, 240, top + Double(i) * PageFixture.pitch)) }
        }
        let page = PageFixture.page(1, grid: GridSpec(xs: xs, ys: ys, cells: header + body), extra: extra)
        let t = try #require(TableReader(hints: .testWords).tables(in: [page]).first)
        #expect(t.columns.count == 4)
        #expect(t.rows.map { $0[2].text } == ["1.1.1 Jumlah unit usaha bersertifikat", "1.2.1 Jumlah pasar regional",
                                              "1.3.1 Jumlah kelompok mandiri"])
        #expect(t.rows.map { $0[0].text } == ["1.1", "1.2", "1.3"])
    }

    @Test func eachBulletedIndicatorBesideItsValueIsARow() throws {
        // One ruled body row: bulleted indicators with a hanging indent, each line but the
        // last filling the cell, one value beside each bullet.
        let ys: [Double] = [100, 115, 200]
        let body: [(Int, Int, Int, Int, [String])] = [
            (1, 0, 1, 1, ["1."]), (1, 1, 1, 1, ["Meningkatnya layanan", "sanitasi"]), (1, 2, 1, 1, []), (1, 3, 1, 1, []),
        ]
        let p = PageFixture.pitch, top = ys[1] + 3
        let extra: [(String, Double, Double)] = [
            ("•", 205, top), ("Dokumen pemantauan dan", 222, top), ("dan pengelolaan sampah", 222, top + p),
            ("•", 205, top + 2 * p), ("Dokumen rencana induk", 222, top + 2 * p), ("drainase kota", 222, top + 3 * p),
            ("1 Dokumen", 333, top), ("1 Dokumen", 333, top + 2 * p),
        ]
        let page = PageFixture.page(1, grid: GridSpec(xs: xs, ys: ys, cells: header + body), extra: extra)
        let t = try #require(TableReader(hints: .testWords).tables(in: [page]).first)
        #expect(t.rows.map { $0[3].text } == ["1 Dokumen", "1 Dokumen"])
        #expect(t.rows.map { $0[2].text } == ["• Dokumen pemantauan dan dan pengelolaan sampah", "• Dokumen rencana induk drainase kota"])
    }
}
