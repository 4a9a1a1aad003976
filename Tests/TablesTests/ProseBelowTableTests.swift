import KinerjaModel
import Testing
@testable import Tables

/// A rule-less table found by its header's words, followed (after a normal paragraph gap)
/// by running text: the paragraph's lines run across the column gutters the table's rows
/// leave free, so they end the table instead of becoming rows.
@Suite("Tables: running text under a rule-less table")
struct ProseBelowTableTests {
    static let prose = [
        "Dalam rangka mewujudkan pencapaian pembangunan di bidang permukiman dan perumahan pada tahun ini",
        "ditekankan pada empat belas program dengan tujuh puluh enam kegiatan yang menyangkut aspek teknis",
        "penyelenggaraan pembangunan fisik dan non fisik serta aspek non teknis penyelenggaraan pemerintahan",
    ]

    static func page(narrowProse: Bool) -> Page {
        var extra = RulelessTableFixture.placed
        let top = RulelessTableFixture.bottom + 14
        for (l, line) in prose.enumerated() {
            // Prose set wider than the table, or (narrowProse) inside its outer columns.
            extra.append((line, narrowProse ? 90 : 30, top + Double(l) * 16))
        }
        return PageFixture.page(1, grid: nil, extra: extra, width: 595)
    }

    @Test("prose under the table is not read as rows", arguments: [false, true])
    func proseEndsTable(narrowProse: Bool) throws {
        let tables = TableReader(hints: .testWords).tables(in: [Self.page(narrowProse: narrowProse)])
        let table = try #require(tables.first { $0.rows.contains { $0.first?.text.hasPrefix("Meningkatnya akses") == true } })
        #expect(table.rows.count == 3)
        #expect(!table.rows.flatMap { $0 }.contains { $0.text.contains("rangka") || $0.text.contains("ditekankan") })
        #expect(table.rows.last?.last?.text == "85 %")
    }
}
