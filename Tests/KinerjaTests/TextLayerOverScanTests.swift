import Foundation
import Kinerja
import KinerjaModel
import Testing

/// A pale "scan": white with a few gray bars, small (OCR finds nothing to read, quickly).
private func paleScan() -> (Int, Int, [UInt8]) {
    let w = 150, h = 212
    var px = [UInt8](repeating: 250, count: w * h)
    for y in stride(from: 30, to: 180, by: 12) { for x in 20..<130 { px[y * w + x] = 200 } }
    return (w, h, px)
}

/// One page: a full-page image with text lines over it (invisible, as a scanner lays its
/// OCR layer, or visible, as a born-digital page over a background picture).
private func page(_ lines: [String], image: Bool, invisible: Bool) -> TinyPDF.PageSpec {
    var p = TinyPDF.PageSpec()
    if image {
        let (w, h, px) = paleScan()
        p.image(pixelsWide: w, pixelsHigh: h, pixels: px, x: 0, y: 0, w: p.width, h: p.height)
    }
    for (i, line) in lines.enumerated() {
        if invisible { p.invisibleText(line, x: 60, y: 80 + Double(i) * 14, size: 10) }
        else { p.text(line, x: 60, y: 80 + Double(i) * 14, size: 10) }
    }
    return p
}

private let letter = [
    "PIHAK KESATU be~anji akan mewujudkan target kine~a yang seharusnya sesuai lampiran",
    "pe~anjian ini, dalam rangka mencapai target kine~a jangka menengah seperti yang telah",
    "ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target",
]
private let table = [
    "No Sasaran Strategis Indikator Kinerja Target",
    "1 Meningkatnya Produksi dan populasi ternak Jumlah produksi yang dihasilkan",
    "Daging 768.495 Telur 217.235 Susu 268.797",
]
private let cleanLetter = letter.map {
    $0.replacingOccurrences(of: "be~anji", with: "berjanji").replacingOccurrences(of: "kine~a", with: "kinerja")
        .replacingOccurrences(of: "pe~anjian", with: "perjanjian")
}

@Suite("Pipeline: a text layer over a scan")
struct TextLayerOverScanTests {
    func extract(_ pages: [TinyPDF.PageSpec]) throws -> ExtractedDocument {
        let path = try TinyPDF(pages: pages).write(named: "layer.pdf")
        return try Extractor(options: ExtractOptions(workers: 1)).extract(path: path)
    }

    @Test func garbledLayerOverScansIsReplacedOnEveryScannedPage() throws {
        // The letter page shows the scanner's slips; its table page has none of its own.
        let doc = try extract([page(letter, image: true, invisible: true), page(table, image: true, invisible: true)])
        let replaced = doc.warnings.filter { $0.code == "text_layer_replaced" }
        #expect(replaced.map(\.page) == [1, 2], "\(doc.warnings)")
        #expect(replaced.first?.message.contains("be~anji") == true)
        #expect(doc.source.textSource == .ocr)
    }

    @Test func cleanTextOverABackgroundPictureIsKept() throws {
        let doc = try extract([page(cleanLetter, image: true, invisible: false), page(table, image: true, invisible: false)])
        #expect(!doc.warnings.contains { $0.code == "text_layer_replaced" }, "\(doc.warnings)")
        #expect(doc.source.textSource == .native)
    }

    @Test func bornDigitalSlipsWithoutAScanAreKept() throws {
        // The same slips typed into a born-digital page: no scan under them, so they are
        // the document's own text (a page is replaced only when it plainly is not words).
        let doc = try extract([page(letter, image: false, invisible: false)])
        #expect(!doc.warnings.contains { $0.code == "text_layer_replaced" })
        #expect(doc.source.textSource == .native)
    }

    @Test func ocrNeverKeepsTheLayer() throws {
        let path = try TinyPDF(pages: [page(letter, image: true, invisible: true)]).write(named: "layer.pdf")
        let doc = try Extractor(options: ExtractOptions(ocr: .never, workers: 1)).extract(path: path)
        #expect(!doc.warnings.contains { $0.code == "text_layer_replaced" })
        #expect(doc.source.textSource == .native)
    }
}
