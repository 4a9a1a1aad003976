import Foundation
import KinerjaModel
import PDFFixtures
import PDFReading
import Testing

/// Letters set on a slant (a demo printer's watermark drawn across the page, one letter at a
/// time) line up like a table's cells; the reader marks their words `slanted` from each
/// glyph's text matrix, so that no line or table takes them. Upright text, text a quarter
/// turn round (vertical headers) and a scan's small skew are not slanted.
@Suite struct SlantedTextTests {
    private static func pdf(_ content: String) -> Data {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 300] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
        ]
        return PDFFile.data(objects: objects)
    }

    private static func words(_ content: String) throws -> [Word] {
        let page = try #require(try PDFDocument(data: pdf(content)).page(at: 0))
        return page.words()
    }

    @Test func lettersOnASlantAreMarkedAndUprightTextIsNot() throws {
        // "DEMO" at 30°, letter by letter; "Target 2016" upright; "Vertikal" a quarter turn
        // round; "Sedikit miring" 1° off (a scan's skew).
        var content = "BT /F1 12 Tf 40 260 Td (Target 2016) Tj ET\n"
        for (i, letter) in ["D", "E", "M", "O"].enumerated() {
            let x = 120 + Double(i) * 12, y = 100 + Double(i) * 7
            content += "BT /F1 20 Tf 0.866 0.5 -0.5 0.866 \(x) \(y) Tm (\(letter)) Tj ET\n"
        }
        content += "BT /F1 12 Tf 0 1 -1 0 350 60 Tm (Vertikal) Tj ET\n"
        content += "BT /F1 12 Tf 0.99985 0.01745 -0.01745 0.99985 40 220 Tm (Sedikit miring) Tj ET\n"
        let ws = try Self.words(content)
        // (The quarter-turned letters are words of their own here: none is slanted.)
        #expect(ws.filter(\.slanted).map(\.text).joined().sorted() == Array("DEMO"))
        for text in ["Target", "2016", "Sedikit", "miring"] {
            let w = try #require(ws.first { $0.text == text })
            #expect(!w.slanted, "\(text)")
        }
    }

    @Test func uprightPagesHaveNoSlantedWords() throws {
        let ws = try Self.words("BT /F1 12 Tf 40 260 Td (Sasaran Indikator Target) Tj ET")
        #expect(ws.count == 3)
        #expect(!ws.contains { $0.slanted })
    }
}
