import KinerjaModel
@testable import Tables
import Testing

/// A layout of scanned Perjanjian Kinerja tables: bulleted indicators stacked in one ruled
/// cell beside one target each, no rule between them.
@Suite("Tables: scanned Perjanjian Kinerja layouts")
struct ScannedPKLayoutTests {
    private let xs: [Double] = [40, 70, 200, 330, 380]
    private let header: [(Int, Int, Int, Int, [String])] = [
        (0, 0, 1, 1, ["No"]), (0, 1, 1, 1, ["Sasaran Strategis"]), (0, 2, 1, 1, ["Indikator Kinerja"]), (0, 3, 1, 1, ["Target"]),
    ]

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
