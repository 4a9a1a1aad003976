import Foundation
import Kinerja
import KinerjaModel
import Testing

/// Issue 10 leftover: `--page-timeout` was a budget for the whole document (pages × limit),
/// so one page whose content takes seconds used up everyone's time and the document failed.
/// Now a page's content stops at the limit: the page keeps what was read, gets a
/// `page_timeout` warning, and the document goes on.
@Suite("Pipeline: a per-page time limit")
struct PageTimeoutTests {
    static func pdf() throws -> String {
        var slow = TinyPDF.PageSpec()
        for i in 0..<1500 { slow.text("kata\(i)", x: 40 + Double(i % 10) * 50, y: 40 + Double(i / 10) * 5, size: 4) }
        var next = TinyPDF.PageSpec()
        next.text("Halaman berikutnya", x: 50, y: 50, size: 10)
        return try TinyPDF(pages: [slow, next]).write(named: "slow-page.pdf")
    }

    @Test func aSlowPageIsCutOffWithAWarningAndTheDocumentGoesOn() throws {
        let path = try Self.pdf()
        var limited = ExtractOptions(ocr: .never, workers: 1)
        limited.pageTimeout = 1e-6
        let doc = try Extractor(options: limited).extract(path: path)
        #expect(doc.source.pages == 2)
        #expect(doc.warnings.contains { $0.code == "page_timeout" && $0.page == 1 })
        // Without a limit the same pages read whole, with no such warning.
        let whole = try Extractor(options: .init(ocr: .never, workers: 1)).extract(path: path)
        #expect(!whole.warnings.contains { $0.code == "page_timeout" })
    }
}
