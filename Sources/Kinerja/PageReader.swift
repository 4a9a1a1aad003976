import Dispatch
import FoundationEssentials
import Glibc
import KinerjaModel
import Layout
import OCR
import PDFReading

/// Reads every page into words and rules: the native text layer where there is one,
/// OCR where there is none (or when asked).
struct PageReader {
    var options: ExtractOptions
    /// Keep each native page's vector drawing on its `Page` (for `inspect`; extraction drops
    /// it once the rules are found, so a long document's drawing is never all in memory).
    var keepGraphics = false

    struct Result {
        var pages: [Page]
        var warnings: [Warning]
    }

    /// Rules of a page whose only drawing is an image (a scan with a text layer) are found
    /// on a render at this scale (72 dpi): enough for rules ≥ 0.25 pt.
    static let rulingScale = 1.0

    /// The rule render's pixel budget: every page up to A0 (8 Mpx at 72 dpi) fits whole.
    static let rulingPixels = 16_000_000.0

    /// An image covering this much of a page may hold the table's rules (a scanned page
    /// with an OCR text layer): only then is a native page rendered.
    static let imageRulesCoverage = 0.5

    /// `KINERJA_RULES=raster` finds the rules of native pages on a 72-dpi render, as before
    /// the vector drawing was read (for comparison only).
    static let rasterRules = getenv("KINERJA_RULES").map { String(cString: $0) } == "raster"

    /// A page with fewer words than this has no usable text layer.
    static let minimumWords = 3

    /// An embedded image covering this much of the page is the page (a scan).
    static let scanCoverage = 0.85

    /// What reading one page gave: a native page, or the need to OCR it.
    private enum Native: Sendable {
        case page(Page, Warning?)
        case needsOCR
        /// Native text with its garble tally: kept, unless it lies over a full-page scan and
        /// the document's such pages do not read as words. `images`: whether it may paint one.
        case judged(Page, TextLayerQuality.Tally, images: Bool)
        /// A text layer that is not words (a broken encoding): OCR'd, with this warning.
        case unreadable(Warning)

        /// The page read, if it may be kept.
        var page: Page? {
            switch self {
            case .page(let p, _), .judged(let p, _, _): return p
            case .needsOCR, .unreadable: return nil
            }
        }
    }

    /// Below this many pages one thread reads the document (opening it again costs more).
    static let parallelFrom = 8

    /// `onPage`: given each born-digital page of a document read by one thread, as soon as
    /// it is read (page index, page), on another thread than the one reading the next page
    /// (with more than one worker): the caller's work on a page then runs while poppler reads
    /// the next. A page may be given that is OCR'd after all (a text layer over a scan that
    /// does not read as words; the final page's `source` says), and a page may not be given
    /// (a document read by several threads): the caller does the work on the pages after.
    func read(_ document: PDFDocument, data: Data, onPage: (@Sendable (Int, Page) -> Void)? = nil) -> Result {
        let count = document.pageCount
        document.contentTimeLimit = options.pageTimeout
        var native = Array(repeating: Native.needsOCR, count: count)
        // (The worker count is asked only for a document long enough to share out.)
        let threads = count >= Self.parallelFrom ? min(options.workers, max(1, count / (Self.parallelFrom / 2))) : 1
        if threads > 1 && count >= Self.parallelFrom {
            // Each thread opens its own poppler document (poppler objects are not shared
            // across threads) and reads every n-th page; results go by page index, so the
            // output does not depend on the scheduling. (`onPage` is not called: the caller's
            // work done by the reading threads between pages cost 5–8 % more CPU than done on
            // two threads after the reading, for no measurable gain in wall time.)
            let results = LockedArray<Native>(count: count, filler: .needsOCR)
            DispatchQueue.concurrentPerform(iterations: threads) { t in
                guard let doc = try? PDFDocument(data: data, password: options.password) else { return }
                doc.contentTimeLimit = options.pageTimeout
                for i in stride(from: t, to: count, by: threads) { results[i] = readNative(doc, i) }
            }
            native = results.values
        } else if let onPage, options.workers > 1, count > 1 {
            // This thread reads the pages (a second poppler document would parse the fonts
            // again); another does the caller's work on each page as soon as it is read. What
            // is left when the reading ends is shared by both (so a helper the busy machine
            // is slow to wake up delays nothing).
            let handOff = PageHandOff()
            Threads.start {
                while let (i, page) = handOff.take(waiting: true) { onPage(i, page); handOff.done() }
            }
            for i in 0..<count {
                native[i] = readNative(document, i)
                if let page = native[i].page { handOff.put(i, page) }
            }
            handOff.finish()
            while let (i, page) = handOff.take(waiting: false) { onPage(i, page); handOff.done() }
            handOff.waitUntilDone()
        } else {
            for i in 0..<count {
                native[i] = readNative(document, i)
                if let onPage, let page = native[i].page { onPage(i, page) }
            }
        }
        var pages: [Page?] = Array(repeating: nil, count: count)
        var warnings: [Warning] = []
        var toOCR: [Int] = []
        var judged: [(Int, TextLayerQuality.Tally)] = []
        var imageFree = Set<Int>()   // judged pages that paint no image: never over a scan
        for (i, n) in native.enumerated() {
            switch n {
            case .page(let p, let w):
                pages[i] = p
                if let w { warnings.append(w) }
            case .needsOCR:
                toOCR.append(i)
            case .judged(let p, let tally, let images):
                pages[i] = p
                judged.append((i, tally))
                if !images { imageFree.insert(i) }
            case .unreadable(let w):
                toOCR.append(i)
                warnings.append(w)
            }
        }
        // Which pages lie over a scan is asked first of the pages with garbled words, and of
        // the others only when those hold enough (poppler's image list costs ~2 ms a page).
        // A page that paints no image is over no scan: poppler-glib (loaded for the question)
        // is asked only about the others.
        let overScanPage = { (i: Int) in !imageFree.contains(i) && isOverScan(document, i) }
        let slips = judged.filter { $0.1.garbled > 0 && overScanPage($0.0) }
        let overScan = slips.reduce(0) { $0 + $1.1.garbled } < TextLayerQuality.scanLayerMinimumGarbled
            ? [] : judged.filter { page in page.1.garbled > 0 ? slips.contains { $0.0 == page.0 } : overScanPage(page.0) }
        if TextLayerQuality.replacesScanLayer(overScan.map(\.1)) {
            let pooled = overScan.map(\.1).reduce(TextLayerQuality.Tally(), +)
            for (i, tally) in overScan {
                pages[i] = nil
                toOCR.append(i)
                warnings.append(Warning(code: "text_layer_replaced", message: "the text layer over the scan does not read as words (\(pooled.garbled) of \(pooled.judged) words garbled in the document's scanned pages, e.g. \(pooled.examples.map { "\"\($0)\"" }.joined(separator: ", ")); this page: \(tally.garbled) of \(tally.judged)); OCR'd instead", page: i + 1))
            }
            toOCR.sort()
        }
        if !toOCR.isEmpty {
            warnings += ocr(toOCR, of: document, into: &pages)
        }
        return Result(pages: pages.compactMap { $0 }, warnings: warnings)
    }

    /// Words and rules of one born-digital page, or `.needsOCR`.
    private func readNative(_ document: PDFDocument, _ i: Int) -> Native {
        guard options.ocr != .always, let pdfPage = document.page(at: i) else { return .needsOCR }
        let (w, h) = pdfPage.size
        let words = pdfPage.words()
        let hasText = words.count >= Self.minimumWords
        // A page cut off by the time limit is not rendered for OCR or rules either (a render
        // reads the same content again).
        if !hasText && options.ocr == .auto && !pdfPage.contentTimedOut { return .needsOCR }
        // Rules come from the vector drawing: no render (issue 10: the render was 2.6 ms of
        // a page's 6). Only a scan with an OCR text layer (a big image over or with invisible
        // text; any vector lines the OCR software drew are partial) is rendered for its rules.
        let graphics = Self.rasterRules ? PageGraphics() : pdfPage.graphics()
        let scanned = !pdfPage.contentTimedOut && graphics.isScanUnderText(pageArea: w * h, coverage: Self.imageRulesCoverage)
        var rulings = Self.rasterRules || scanned ? [] : VectorRulings().find(in: graphics, words: words, width: w, height: h)
        if Self.rasterRules || scanned {
            // A page beyond the pixel budget (larger than PDF's 14400-pt limit) is rendered smaller.
            let scale = pdfPage.boundedScale(Self.rulingScale, maxPixels: Self.rulingPixels)
            let image = pdfPage.renderGray(scale: scale)
            rulings = scale > 0 ? RasterRulings.removingGlyphStrokes(
                RasterRulings().find(in: image, scale: scale), words: words) : []
        }
        var page = Page(number: i + 1, width: w, height: h, words: words, rulings: rulings, source: .native,
                        graphics: keepGraphics ? graphics : PageGraphics())
        page.shading = Self.shading(graphics.fills, pageArea: w * h)
        if !scanned { page.charts = ChartAreas.find(in: graphics, words: words, pageArea: w * h) }
        var warning = hasText ? nil : Warning(code: "no_text_layer",
                                              message: "page has no text layer and OCR is off (--ocr never)", page: i + 1)
        if pdfPage.contentTimedOut {
            warning = Warning(code: "page_timeout", message: "reading the page's content took longer than --page-timeout (\(Int(options.pageTimeout)) s): what was read by then is kept, the rest of the page is not read", page: i + 1)
        }
        if max(w, h) > PDFPage.maxPageSide || !(w * h).isFinite {
            warning = Warning(code: "page_too_large", message: "page is \(Int(clampingFinite: min(w, 1e15))) × \(Int(clampingFinite: min(h, 1e15))) pt, beyond PDF's \(Int(PDFPage.maxPageSide))-pt limit; its text and drawing are read, and it is never rendered beyond the pixel budget", page: i + 1)
        }
        if hasText && options.ocr == .auto && warning == nil { return judgeTextLayer(page, images: pdfPage.mayPaintImages) }
        return .page(page, warning)
    }

    /// What of the page's fills Tables needs to see shaded cells: the coloured rectangles
    /// smaller than a quarter of the page (a page-wide background is not a cell). Strokes and
    /// the rest are dropped, so a long document's pages stay small.
    static func shading(_ fills: [Fill], pageArea: Double) -> [Fill] {
        fills.filter { f in
            f.isRect && f.color.distance(to: .white) > 0.02 && f.box.width > 0.5 && f.box.height > 0.5
                && f.box.width * f.box.height < pageArea / 4
        }
    }

    /// A native page with its garble tally (`.judged`), or `.unreadable` when its text
    /// plainly is not words (a broken font encoding).
    private func judgeTextLayer(_ page: Page, images: Bool) -> Native {
        let tally = TextLayerQuality.tally(page.words)
        if TextLayerQuality.isUnreadable(tally) {
            return .unreadable(Warning(code: "text_layer_replaced", message: "the text layer does not read as words (\(tally.garbled) of \(tally.judged) garbled, e.g. \(tally.examples.map { "\"\($0)\"" }.joined(separator: ", "))); OCR'd instead", page: page.number))
        }
        return .judged(page, tally, images: images)
    }

    /// Whether an embedded image covers the page (its text then lies over a scan).
    private func isOverScan(_ document: PDFDocument, _ i: Int) -> Bool {
        guard let page = document.page(at: i) else { return false }
        let (w, h) = page.size
        return page.imagePlacements().contains { $0.area.width * $0.area.height >= w * h * Self.scanCoverage }
    }

    /// Where a page's image goes: the whole page, or the area an embedded scan covers.
    private struct Placement { var area: Rect; var rendered: Bool }

    /// OCRs the pages in parallel (one Tesseract engine per worker). Images are fetched
    /// from poppler on this thread as workers free up, so at most `workers` page images
    /// are in memory at once.
    private func ocr(_ indices: [Int], of document: PDFDocument, into pages: inout [Page?]) -> [Warning] {
        var warnings: [Warning] = []
        var placements: [Placement] = []
        var next = indices.makeIterator()
        let jobs = AnyIterator<OCRJob> {
            guard let i = next.next(), let page = document.page(at: i) else { return nil }
            let (w, h) = page.size
            let (image, placement) = self.image(of: page, width: w, height: h)
            if placement.rendered, page.boundedScale(self.options.ocrDPI / 72) < self.options.ocrDPI / 72 {
                let dpi = Int(page.boundedScale(self.options.ocrDPI / 72) * 72)
                warnings.append(Warning(code: "ocr_scaled_down", message: "page rendered for OCR at \(dpi) dpi instead of \(Int(self.options.ocrDPI)): \(Int(PDFPage.maxPixels / 1e6)) Mpx is the most one page image may take", page: i + 1))
            }
            placements.append(placement)
            return OCRJob(image: image, pageWidth: placement.area.width, pageHeight: placement.area.height)
        }
        let pool = OCRPool(workers: max(1, options.workers))
        pool.recognize(jobs) { k, result in
            let i = indices[k]
            let pdfSize = document.page(at: i)?.size ?? (0, 0)
            switch result {
            case .success(let o):
                let p = placements[k]
                // Words and rules come in the image's upright space; shift them to where the
                // image sits on the page (a full-page scan sits at the origin).
                let dx = p.rendered ? 0 : p.area.x0, dy = p.rendered ? 0 : p.area.y0
                let shift = { (r: Rect) in Rect(x0: r.x0 + dx, y0: r.y0 + dy, x1: r.x1 + dx, y1: r.y1 + dy) }
                let words = o.words.map { w -> Word in var w = w; w.box = shift(w.box); return w }
                let rulings = o.rulings.map { r -> Ruling in
                    var r = r
                    if r.orientation == .horizontal { r.position += dy; r.start += dx; r.end += dx }
                    else { r.position += dx; r.start += dy; r.end += dy }
                    return r
                }
                let turned = o.rotation == 90 || o.rotation == 270
                let width = p.rendered || p.area.width >= pdfSize.0 * 0.99 ? o.width : (turned ? pdfSize.1 : pdfSize.0)
                let height = p.rendered || p.area.height >= pdfSize.1 * 0.99 ? o.height : (turned ? pdfSize.0 : pdfSize.1)
                pages[i] = Page(number: i + 1, width: width, height: height, words: words, rulings: rulings, source: .ocr)
                if o.rotation != 0 {
                    warnings.append(Warning(code: "ocr_rotated", message: "page was scanned turned; rotated by \(o.rotation)° before OCR", page: i + 1))
                }
                if !(o.corrections + o.rereads).isEmpty {
                    let examples = (o.rereads + o.corrections).prefix(3).map { "\"\($0.original)\" → \"\($0.corrected)\"" }.joined(separator: ", ")
                    warnings.append(Warning(code: "ocr_reread",
                                            message: "\(o.corrections.count + o.rereads.count) word(s) read again on their own, enlarged or with the English model (\(examples))", page: i + 1))
                }
                if words.isEmpty {
                    warnings.append(Warning(code: "ocr_no_text", message: "OCR found no text on the page", page: i + 1))
                }
            case .failure(let error):
                pages[i] = Page(number: i + 1, width: pdfSize.0, height: pdfSize.1, words: [], rulings: [], source: .ocr)
                warnings.append(Warning(code: "ocr_failed", message: "OCR failed: \(error)", page: i + 1))
            }
        }
        return warnings
    }

    /// The page's single embedded scan at its own resolution (no re-rendering, which costs
    /// as much as the OCR); otherwise a render at the OCR resolution.
    private func image(of page: PDFPage, width: Double, height: Double) -> (GrayImage, Placement) {
        let images = page.imagePlacements()
        if images.count == 1, let only = images.first,
           only.area.width * only.area.height >= width * height * Self.scanCoverage,
           let image = page.image(id: only.id) {
            return (image, Placement(area: only.area, rendered: false))
        }
        let image = page.renderGray(scale: options.ocrDPI / 72)
        return (image, Placement(area: Rect(x0: 0, y0: 0, x1: width, y1: height), rendered: true))
    }
}

/// Pages handed from the thread reading them to the threads working on them, in order.
private final class PageHandOff: @unchecked Sendable {
    private let condition = Condition()
    private var queue: [(Int, Page)?] = []
    private var next = 0
    private var finished = false
    /// Pages taken and not yet done.
    private var working = 0

    func put(_ index: Int, _ page: Page) {
        condition.lock(); defer { condition.unlock() }
        queue.append((index, page))
        condition.broadcast()
    }
    /// No more pages.
    func finish() {
        condition.lock(); defer { condition.unlock() }
        finished = true
        condition.broadcast()
    }
    /// The next page to work on (`done()` once worked on); nil when none is left, or none is
    /// waiting and `waiting` is false. With `waiting`, waits for the next page while the
    /// reading goes on.
    func take(waiting: Bool) -> (Int, Page)? {
        condition.lock(); defer { condition.unlock() }
        while waiting && next == queue.count && !finished { condition.wait() }
        guard next < queue.count else { return nil }
        defer { queue[next] = nil; next += 1 }
        working += 1
        return queue[next]
    }
    func done() {
        condition.lock(); defer { condition.unlock() }
        working -= 1
        if working == 0 { condition.broadcast() }
    }
    /// Waits until every page taken is done.
    func waitUntilDone() {
        condition.lock(); defer { condition.unlock() }
        while working > 0 { condition.wait() }
    }
}

/// A fixed-size array that threads fill at distinct indices.
final class LockedArray<Element: Sendable>: @unchecked Sendable {
    private var storage: [Element]
    private let lock = Lock()
    init(count: Int, filler: Element) { storage = Array(repeating: filler, count: count) }
    var indices: Range<Int> { 0..<storage.count }
    subscript(i: Int) -> Element {
        get { lock.withLock { storage[i] } }
        set { lock.withLock { storage[i] = newValue } }
    }
    var values: [Element] { lock.withLock { storage } }
}
