import Foundation
import KinerjaModel
import Layout
import PDFReading

/// Reads every page into words and rules: the native text layer where there is one,
/// OCR where there is none (or when asked).
struct PageReader {
    var options: ExtractOptions

    struct Result {
        var pages: [Page]
        var warnings: [Warning]
    }

    /// Rules are found on a render at this scale (72 dpi): enough for rules ≥ 0.25 pt, and
    /// cheap (a few ms a page), so born-digital pages stay far above 100 pages/s.
    static let rulingScale = 1.0

    /// A page with fewer words than this has no usable text layer.
    static let minimumWords = 3

    func read(_ document: PDFDocument) -> Result {
        var pages: [Page] = []
        var warnings: [Warning] = []
        var timing = (words: UInt64(0), render: UInt64(0), rules: UInt64(0))
        defer {
            if ProcessInfo.processInfo.environment["KINERJA_TRACE"] != nil {
                FileHandle.standardError.write(Data("trace words \(timing.words / 1_000_000) ms, render \(timing.render / 1_000_000) ms, rules \(timing.rules / 1_000_000) ms\n".utf8))
            }
        }
        for i in 0..<document.pageCount {
            guard let pdfPage = document.page(at: i) else { continue }
            let (w, h) = pdfPage.size
            let t0 = DispatchTime.now().uptimeNanoseconds
            let words = options.ocr == .always ? [] : pdfPage.words()
            let t1 = DispatchTime.now().uptimeNanoseconds
            timing.words += t1 - t0
            let hasText = words.count >= Self.minimumWords
            if hasText || options.ocr == .never {
                let t2 = DispatchTime.now().uptimeNanoseconds
                let image = pdfPage.renderGray(scale: Self.rulingScale)
                let t3 = DispatchTime.now().uptimeNanoseconds
                let rulings = RasterRulings.removingGlyphStrokes(
                    RasterRulings().find(in: image, scale: Self.rulingScale), words: words)
                timing.render += t3 - t2
                timing.rules += DispatchTime.now().uptimeNanoseconds - t3
                pages.append(Page(number: i + 1, width: w, height: h, words: words, rulings: rulings, source: .native))
                if !hasText {
                    warnings.append(Warning(code: "no_text_layer",
                                            message: "page has no text layer and OCR is off (--ocr never)",
                                            page: i + 1))
                }
            } else {
                pages.append(Page(number: i + 1, width: w, height: h, words: [], rulings: [], source: .ocr))
                warnings.append(Warning(code: "ocr_unavailable", message: "page has no text layer; OCR not yet wired", page: i + 1))
            }
        }
        return Result(pages: pages, warnings: warnings)
    }
}
