import Foundation
import KinerjaModel
import Layout
import PDFReading
import Testing

/// Fixtures are hand-written PDFs (see Fixtures/make_fixtures.py): every position is known.
private func fixture(_ name: String) throws -> Data {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent(name)
    return try Data(contentsOf: url)
}

@Suite("PDF reading (poppler-glib)")
struct PDFReadingTests {
    @Test func wordsComeWithBoxesFontSizeAndWeight() throws {
        let doc = try PDFDocument(data: try fixture("table.pdf"))
        #expect(doc.pageCount == 1)
        let page = try #require(doc.page(at: 0))
        #expect(page.size.width == 595 && page.size.height == 842)
        let words = page.words()
        let target = try #require(words.first { $0.text == "TARGET" })
        #expect(target.bold)
        #expect(abs(target.box.x0 - 305) < 1)
        #expect(target.box.y0 > 100 && target.box.y1 < 125)   // top-left origin
        #expect(abs(target.fontSize - 10) < 0.5)
        let title = try #require(words.first { $0.text == "RENCANA" })
        #expect(abs(title.fontSize - 14) < 0.5)
        // "96, 7 %" stays three words; nothing is merged across the gap.
        #expect(words.filter { ["96,", "7", "%"].contains($0.text) }.count == 3)
        #expect(!words.contains { $0.bold && $0.text == "Persentase" })
    }

    @Test func rotatedPageComesOutUpright() throws {
        let doc = try PDFDocument(data: try fixture("rotated.pdf"))
        let page = try #require(doc.page(at: 0))
        #expect(page.size.width == 842 && page.size.height == 595)
        let words = page.words()
        let title = words.filter { $0.box.y0 < 70 }.sorted { $0.box.x0 < $1.box.x0 }.map(\.text)
        #expect(title == ["RENCANA", "KINERJA", "TAHUNAN", "TAHUN", "2024"])
        // Reading order inside a line goes left to right: x grows along the words.
        let row = words.filter { $0.text == "Opini" || $0.text == "BPK" || $0.text == "WTP" }.sorted { $0.box.x0 < $1.box.x0 }
        #expect(row.map(\.text) == ["Opini", "BPK", "WTP"])
        #expect(Set(row.map { Int($0.box.midY) }).count == 1)
    }

    /// The same table drawn sideways on a portrait page with no /Rotate (a landscape
    /// table inside a portrait document): words, size and rules come out upright.
    @Test func sidewaysContentWithoutRotateIsTurnedUpright() throws {
        let doc = try PDFDocument(data: try fixture("sideways.pdf"))
        let page = try #require(doc.page(at: 0))
        let words = page.words()
        #expect(page.sidewaysTurn == 90)
        #expect(page.size.width == 842 && page.size.height == 595)
        let title = words.filter { $0.box.y0 < 70 }.sorted { $0.box.x0 < $1.box.x0 }.map(\.text)
        #expect(title == ["RENCANA", "KINERJA", "TAHUNAN", "TAHUN", "2024"])
        let upright = try PDFDocument(data: try fixture("rotated.pdf")).page(at: 0)!.words()
        let a = try #require(words.first { $0.text == "WTP" }), b = try #require(upright.first { $0.text == "WTP" })
        #expect(abs(a.box.x0 - b.box.x0) < 1 && abs(a.box.y0 - b.box.y0) < 1)
        let image = page.renderGray(scale: 1)
        #expect(image.width == 842 && image.height == 595)
        let rules = RasterRulings().find(in: image, scale: 1)
        #expect(rules.filter { $0.orientation == .horizontal && $0.length > 300 }.count == 4)
    }

    @Test func quarterTurnsOfAnImage() {
        let image = GrayImage(width: 3, height: 2, pixels: [1, 2, 3, 4, 5, 6])
        #expect(image.rotatedQuarter(clockwise: true).pixels == [4, 1, 5, 2, 6, 3])
        #expect(image.rotatedQuarter(clockwise: false).pixels == [3, 6, 2, 5, 1, 4])
        #expect(image.rotatedQuarter(clockwise: true).rotatedQuarter(clockwise: false).pixels == image.pixels)
    }

    @Test func lowResolutionRenderFindsTheTableRules() throws {
        let doc = try PDFDocument(data: try fixture("table.pdf"))
        let page = try #require(doc.page(at: 0))
        let image = page.renderGray(scale: 1)
        #expect(image.width == 595 && image.height == 842)
        let rules = RasterRulings().find(in: image, scale: 1)
        let horizontal = rules.filter { $0.orientation == .horizontal && $0.length > 300 }
        let vertical = rules.filter { $0.orientation == .vertical && $0.length > 50 }
        #expect(horizontal.count == 4)
        #expect(vertical.count == 4)
        #expect(horizontal.allSatisfy { abs($0.start - 50) < 2 && abs($0.end - 400) < 2 })
        // At 72 dpi a rule is located to within a pixel.
        let xs = vertical.map(\.position).sorted()
        #expect(zip(xs, [50.0, 90, 300, 400]).allSatisfy { abs($0 - $1) <= 1 })
    }

    @Test func pageWithoutTextHasNoWords() throws {
        let doc = try PDFDocument(data: try fixture("blank.pdf"))
        #expect(try #require(doc.page(at: 0)).words().isEmpty)
        #expect(doc.page(at: 1) == nil)
    }

    @Test func badInputIsRefusedWithTheRightReason() throws {
        #expect(throws: PDFOpenError.notPDF) { try PDFDocument(data: Data("hello, not a pdf".utf8)) }
        #expect(throws: PDFOpenError.encrypted) { try PDFDocument(data: try fixture("encrypted.pdf")) }
        #expect {
            try PDFDocument(data: try fixture("truncated.pdf"))
        } throws: { error in
            if case PDFOpenError.damaged = error { return true }
            return false
        }
    }

    @Test func sha256MatchesAKnownDigest() {
        #expect(Checksum.sha256Hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Checksum.sha256Hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}

@Suite("PDF reading: the vector drawing (poppler core)")
struct PDFGraphicsTests {
    /// The table fixture's rules as strokes, where the words are: top-left origin, points.
    private func expectTableStrokes(_ g: PageGraphics, sourceLocation: SourceLocation = #_sourceLocation) {
        let h = g.strokes.filter { abs($0.y0 - $0.y1) < 0.01 }.sorted { $0.y0 < $1.y0 }
        let v = g.strokes.filter { abs($0.x0 - $0.x1) < 0.01 }.sorted { $0.x0 < $1.x0 }
        #expect(h.count == 4 && v.count == 4, sourceLocation: sourceLocation)
        #expect(zip(h.map(\.y0), [100.0, 120, 140, 160]).allSatisfy { abs($0 - $1) < 0.01 }, sourceLocation: sourceLocation)
        #expect(h.allSatisfy { abs(min($0.x0, $0.x1) - 50) < 0.01 && abs(max($0.x0, $0.x1) - 400) < 0.01 }, sourceLocation: sourceLocation)
        #expect(zip(v.map(\.x0), [50.0, 90, 300, 400]).allSatisfy { abs($0 - $1) < 0.01 }, sourceLocation: sourceLocation)
        #expect(g.strokes.allSatisfy { $0.color == .black && abs($0.width - 0.5) < 0.01 && !$0.curved }, sourceLocation: sourceLocation)
        #expect(g.fills.isEmpty, sourceLocation: sourceLocation)
    }

    @Test func strokesComeInTheWordsSpace() throws {
        let page = try #require(try PDFDocument(data: try fixture("table.pdf")).page(at: 0))
        let words = page.words()
        let g = page.graphics()
        expectTableStrokes(g)
        // The header word sits between the first two rules, right of the second vertical.
        let target = try #require(words.first { $0.text == "TARGET" })
        #expect(target.box.y0 > 100 && target.box.y1 < 120 && target.box.x0 > 300)
        let rules = VectorRulings().find(in: g, words: words, width: 595, height: 842)
        #expect(rules.count == 8)
    }

    @Test func rotateAndSidewaysTurnApplyToTheDrawingLikeToWords() throws {
        // /Rotate 90, and the same content drawn sideways with no /Rotate: both upright.
        for name in ["rotated.pdf", "sideways.pdf"] {
            let page = try #require(try PDFDocument(data: try fixture(name)).page(at: 0))
            _ = page.words()
            expectTableStrokes(page.graphics())
        }
    }

    @Test func aPageWithoutDrawingHasNone() throws {
        let page = try #require(try PDFDocument(data: try fixture("blank.pdf")).page(at: 0))
        #expect(page.graphics().isEmpty)
    }
}
