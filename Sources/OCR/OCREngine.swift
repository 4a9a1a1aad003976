import CTesseract
import FoundationEssentials
import Glibc
import KinerjaModel

/// How the OCR stage reads a page. The defaults are what measured best on the scanned
/// development corpus (see `Tests/OCRTests` and the report of issue 4).
public struct OCROptions: Sendable, Hashable {
    /// Tesseract page segmentation mode.
    public enum Segmentation: Int32, Sendable, Hashable {
        /// Fully automatic layout analysis (PSM 3).
        case auto = 3
        /// One uniform block of text (PSM 6).
        case singleBlock = 6
        /// As much text as possible in no particular order (PSM 11).
        case sparse = 11
    }

    /// Tesseract language models, `+`-separated.
    public var languages: String
    /// Folder holding the `.traineddata` files; nil = Tesseract's default (or `TESSDATA_PREFIX`).
    public var tessdataPath: String?
    public var segmentation: Segmentation
    /// How pages scanned sideways or upside down are found.
    public enum OrientationDetection: Sendable, Hashable {
        /// Trust the image as it is.
        case off
        /// Leptonica's ascender/descender statistics only (a few milliseconds).
        case leptonica
        /// Tesseract's OSD only (about 0.35 s a page).
        case tesseract
        /// Leptonica first; Tesseract's OSD only when leptonica is unsure (a page with
        /// little text).
        case auto
    }

    /// Detect pages scanned sideways or upside down and turn them upright.
    public var orientation: OrientationDetection
    /// Turn the page on Tesseract's word only when its OSD is at least this confident.
    public var minOrientationConfidence: Double
    /// Measure the skew (leptonica) and straighten the image.
    public var deskew: Bool
    /// Skews smaller than this (degrees) are left alone.
    public var minSkew: Double
    /// Skews larger than this are not believed.
    public var maxSkew: Double
    /// Below this leptonica confidence the skew is not believed.
    public var minSkewConfidence: Double
    /// Paint the table rules white before recognition. Off by default: Tesseract's own
    /// layout analysis uses the rules to separate cells, and without them it drops
    /// lone digits in narrow cells (measured: 79 of 106 numeric cells right instead of 106).
    public var eraseRulings: Bool
    /// Drop the `|` that Tesseract reads where a vertical rule runs (and strip a `|`
    /// glued to the start or end of a word on a rule).
    public var dropRuleArtifacts: Bool
    public var rulingOptions: ImageRulings.Options
    /// Take a second, English-only look at words that look like a misread `%`
    /// (`Yo`, `Y6`, `96`, ... right after a number) and correct them when English reads `%`.
    public var rereadPercent: Bool
    /// Read ruled cells that hold ink but no word on their own, as one line (Tesseract's
    /// page layout drops a lone `0` beside a rule).
    public var readEmptyCells: Bool = true
    /// Turn dark bands (white text on a black header bar) negative before reading.
    public var invertDarkBands: Bool = true
    /// Enlarge images below 200 dpi to about 300 dpi before reading (see `Upscale`).
    public var upscale: Bool = true
    /// Read numbers of low confidence again on their own, enlarged, as one line; the
    /// second reading is taken only when it is a number read with clearly more confidence.
    public var rereadDoubtfulNumbers: Bool = true
    /// Read words the page reading all but gave up on (`eee:` for a clean `1 Dokumen`)
    /// again on their own, enlarged, as one line; taken only when read with high confidence.
    public var rereadGarbledWords: Bool = true
    /// Extra Tesseract variables, set after initialisation.
    public var variables: [String: String]

    public init(languages: String = "ind+eng", tessdataPath: String? = nil, segmentation: Segmentation = .auto,
                orientation: OrientationDetection = .auto, minOrientationConfidence: Double = 2.0,
                deskew: Bool = true, minSkew: Double = 0.05, maxSkew: Double = 5.0, minSkewConfidence: Double = 3.0,
                eraseRulings: Bool = false, dropRuleArtifacts: Bool = true, rulingOptions: ImageRulings.Options = ImageRulings.Options(),
                rereadPercent: Bool = true, variables: [String: String] = [:]) {
        self.languages = languages; self.tessdataPath = tessdataPath; self.segmentation = segmentation
        self.orientation = orientation; self.minOrientationConfidence = minOrientationConfidence
        self.deskew = deskew; self.minSkew = minSkew; self.maxSkew = maxSkew; self.minSkewConfidence = minSkewConfidence
        self.eraseRulings = eraseRulings; self.dropRuleArtifacts = dropRuleArtifacts; self.rulingOptions = rulingOptions
        self.rereadPercent = rereadPercent; self.variables = variables
    }
}

public enum OCRError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Tesseract could not load the language models.
    case initFailed(languages: String, tessdata: String?)
    /// The image is empty or the page size is not positive.
    case badInput(String)
    /// Tesseract's recognition failed.
    case recognitionFailed
    /// libtesseract / libleptonica could not be loaded (not installed?).
    case librariesUnavailable(String)

    public var description: String {
        switch self {
        case let .initFailed(languages, tessdata):
            return "Tesseract could not load '\(languages)' from \(tessdata ?? "its default tessdata folder")"
        case let .badInput(why): return "OCR input: \(why)"
        case .recognitionFailed: return "Tesseract recognition failed"
        case let .librariesUnavailable(why): return why
        }
    }
}

/// One Tesseract engine (plus, lazily, an orientation engine and an English-only engine
/// for second looks). Not thread-safe: use it from one thread at a time — `OCRPool`
/// keeps one per worker thread.
public final class OCREngine {
    public let options: OCROptions
    private let api: OpaquePointer  // TessBaseAPI*
    /// A second engine for one narrow job, made on first use (nil if its model is missing).
    private struct Auxiliary {
        var api: OpaquePointer?
        var unavailable = false
        let languages: String
        let mode: TessPageSegMode
    }
    private var osdEngine = Auxiliary(languages: "osd", mode: PSM_OSD_ONLY)
    private var englishEngine = Auxiliary(languages: "eng", mode: PSM_SINGLE_WORD)

    private func engine(_ aux: inout Auxiliary) -> OpaquePointer? {
        if aux.api == nil && !aux.unavailable {
            aux.api = Self.makeAPI(languages: aux.languages, tessdata: options.tessdataPath)
            if let api = aux.api {
                TessBaseAPISetPageSegMode(api, aux.mode)
                Self.setDefaults(api)
            } else {
                aux.unavailable = true
            }
        }
        return aux.api
    }

    /// `OMP_THREAD_LIMIT=1` for Tesseract's OpenMP loops (one engine per thread is the
    /// parallelism we want). See `openMPThreadLimit` for whether it took.
    private static let environment: Void = {
        setenv("OMP_THREAD_LIMIT", "1", 0)
        Leptonica.quiet
    }()

    public init(options: OCROptions = OCROptions()) throws {
        if let problem = OCRLibraries.load() { throw OCRError.librariesUnavailable(problem) }
        Self.environment
        self.options = options
        guard let api = Self.makeAPI(languages: options.languages, tessdata: options.tessdataPath) else {
            throw OCRError.initFailed(languages: options.languages, tessdata: options.tessdataPath)
        }
        self.api = api
        TessBaseAPISetPageSegMode(api, TessPageSegMode(rawValue: UInt32(options.segmentation.rawValue)))
        Self.setDefaults(api)
        for (k, v) in options.variables { _ = TessBaseAPISetVariable(api, k, v) }
    }

    deinit {
        TessBaseAPIEnd(api)
        TessBaseAPIDelete(api)
        for api in [osdEngine.api, englishEngine.api].compactMap({ $0 }) { TessBaseAPIEnd(api); TessBaseAPIDelete(api) }
    }

    private static func makeAPI(languages: String, tessdata: String?) -> OpaquePointer? {
        guard let api = TessBaseAPICreate() else { return nil }
        if TessBaseAPIInit3(api, tessdata, languages) != 0 {
            TessBaseAPIDelete(api)
            return nil
        }
        return api
    }

    private static func setDefaults(_ api: OpaquePointer) {
        // Black-on-white documents: skip the inverted-text retry (costs time, finds noise).
        _ = TessBaseAPISetVariable(api, "tessedit_do_invert", "0")
        // Do not let Tesseract write debug files or complain about the resolution.
        _ = TessBaseAPISetVariable(api, "debug_file", "/dev/null")
    }

    /// The OpenMP thread limit in force in this process (nil when Tesseract was built
    /// without OpenMP). libgomp reads `OMP_THREAD_LIMIT` when it is loaded, at process
    /// start, so setting it from inside the process is too late; `recognize` makes
    /// Tesseract's parallel regions single-threaded on its own thread instead (see
    /// `OpenMP.serializeCurrentThread`), so this value no longer matters for speed.
    public static var openMPThreadLimit: Int? { OpenMP.threadLimit }

    /// Reads one page image.
    ///
    /// - Parameters:
    ///   - image: the page as scanned (8-bit gray), covering the whole page.
    ///   - pageWidth, pageHeight: the page's size in points. When the image is portrait
    ///     and the page landscape (or the reverse) the size is taken turned to match the
    ///     image. The result's size is the upright page's.
    public func recognize(image: GrayImage, pageWidth: Double, pageHeight: Double) throws -> OCRPage {
        guard image.width > 0, image.height > 0 else { throw OCRError.badInput("empty image") }
        guard pageWidth > 0, pageHeight > 0 else { throw OCRError.badInput("page size \(pageWidth)x\(pageHeight)") }
        // An image placed turned on its page (portrait pixels on a landscape page): take
        // the page size in the image's own orientation; orientation detection does the rest.
        var pageWidth = pageWidth, pageHeight = pageHeight
        if image.width != image.height, pageWidth != pageHeight,
           (image.width > image.height) != (pageWidth > pageHeight) {
            swap(&pageWidth, &pageHeight)
        }
        var ppi = Double(image.width) / pageWidth * 72
        OpenMP.serializeCurrentThread()

        // 0. Low-resolution scans (100-dpi bilevel fax-style pages) enlarged to about 300 dpi.
        var image = image
        let scannedPPI = ppi
        let factor = options.upscale ? Upscale.factor(forPPI: ppi, width: image.width, height: image.height) : 1
        if factor > 1 {
            image = Upscale.image(image, factor: factor)
            ppi *= Double(factor)
        }

        // 1-2. Upright and straight.
        let straight = try straighten(image, ppi: ppi)
        var gray = straight.image
        let rotation = straight.rotation, skew = straight.skew
        let (uprightW, uprightH) = rotation % 180 == 0 ? (pageWidth, pageHeight) : (pageHeight, pageWidth)
        let orientationConfidence = straight.orientationConfidence, skewConfidence = straight.skewConfidence

        // 3. Rules (and, if asked, erase them for the recogniser).
        let pixelsPerPoint = Double(gray.width) / uprightW
        let rules = ImageRulings.detect(in: gray, pixelsPerPoint: pixelsPerPoint, options: options.rulingOptions)
        let sx = uprightW / Double(gray.width), sy = uprightH / Double(gray.height)
        let rulings = rules.map { ImageRulings.toPoints($0, sx: sx, sy: sy) }
        if options.eraseRulings { ImageRulings.erase(rules, from: &gray) }

        // 3b. White text on dark bands turned dark on light.
        if options.invertDarkBands {
            let bands = InvertedBands.find(in: gray, threshold: UInt8(max(1, min(255, ImageRulings.otsuThreshold(gray)))),
                                           pixelsPerPoint: pixelsPerPoint)
            if !bands.isEmpty { InvertedBands.invert(bands, in: &gray) }
        }

        // 4. Recognition.
        let dpi = Int32(ppi.rounded())
        gray.pixels.withUnsafeBufferPointer { buf in
            TessBaseAPISetImage(api, buf.baseAddress, Int32(gray.width), Int32(gray.height), 1, Int32(gray.width))
        }
        TessBaseAPISetSourceResolution(api, dpi)
        defer { TessBaseAPIClear(api) }
        guard TessBaseAPIRecognize(api, nil) == 0 else { throw OCRError.recognitionFailed }
        var words = Self.words(of: api, sx: sx, sy: sy)
        if options.dropRuleArtifacts { words = Self.droppingRuleArtifacts(words, rulings: rulings) }
        if words.contains(where: Bullets.isCandidate) {
            let threshold = UInt8(max(1, min(255, ImageRulings.otsuThreshold(gray))))
            words = Bullets.reading(words, in: gray, threshold: threshold, sx: sx, sy: sy)
        }
        words = Self.droppingSpeckles(words)
        words = Self.droppingGhosts(words)

        // 5. Ruled cells with ink but no word, read alone.
        if options.readEmptyCells {
            words += readEmptyCells(rules, words: words, in: gray, sx: sx, sy: sy, pixelsPerPoint: pixelsPerPoint)
        }

        // 6. Second look at doubtful numbers, then at misread percent signs.
        var corrections: [OCRPage.Correction] = [], rereads: [OCRPage.Correction] = []
        if options.rereadDoubtfulNumbers {
            rereads = rereadDoubtfulNumbers(&words, in: gray, dpi: dpi, sx: sx, sy: sy)
        }
        if options.rereadPercent {
            corrections = rereadPercent(&words, in: gray, dpi: dpi, sx: sx, sy: sy)
        }
        if options.rereadGarbledWords {
            rereads += rereadGarbledWords(&words, in: gray, dpi: dpi, sx: sx, sy: sy)
        }

        return OCRPage(words: words, rulings: rulings, width: uprightW, height: uprightH, rotation: rotation,
                       orientationConfidence: orientationConfidence, skew: skew, skewConfidence: skewConfidence,
                       resolution: scannedPPI, corrections: corrections, rereads: rereads)
    }

    /// The page turned upright (quarter turns) and straightened (small rotation about
    /// the centre, same size), with what was done. The leptonica images live only here.
    private func straighten(_ image: GrayImage, ppi: Double) throws
        -> (image: GrayImage, rotation: Int, orientationConfidence: Double?, skew: Double, skewConfidence: Double?) {
        guard options.orientation != .off || options.deskew else { return (image, 0, nil, 0, nil) }
        guard var pix = OwnedPix(image) else { throw OCRError.badInput("could not allocate the image") }
        let threshold = ImageRulings.otsuThreshold(image)
        var binary: OwnedPix?

        var rotation = 0
        var orientationConfidence: Double?
        if options.orientation != .off {
            binary = pix.binarized(threshold: threshold)
            if let found = detectOrientation(pix, binary: binary, ppi: ppi) {
                orientationConfidence = found.confidence
                if found.rotation != 0, let turned = pix.rotatedOrth(found.rotation / 90) {
                    pix = turned
                    rotation = found.rotation
                    binary = nil
                }
            }
        }

        var skew = 0.0
        var skewConfidence: Double?
        if options.deskew {
            if binary == nil { binary = pix.binarized(threshold: threshold) }
            if let binary, let found = Leptonica.findSkew(binary) {
                skewConfidence = found.confidence
                if found.confidence >= options.minSkewConfidence, abs(found.degrees) >= options.minSkew,
                   abs(found.degrees) <= options.maxSkew, let rotated = pix.rotated(degrees: found.degrees) {
                    pix = rotated
                    skew = found.degrees
                }
            }
        }
        if rotation == 0 && skew == 0 { return (image, 0, orientationConfidence, 0, skewConfidence) }
        guard let out = pix.grayImage() else { throw OCRError.badInput("could not convert the image") }
        return (out, rotation, orientationConfidence, skew, skewConfidence)
    }

    /// Word boxes and texts of the last recognition, in points.
    private static func words(of api: OpaquePointer, sx: Double, sy: Double) -> [Word] {
        guard let it = TessBaseAPIGetIterator(api) else { return [] }
        defer { TessResultIteratorDelete(it) }
        let page = TessResultIteratorGetPageIterator(it)
        var out: [Word] = []
        repeat {
            guard let ctext = TessResultIteratorGetUTF8Text(it, RIL_WORD) else { continue }
            let text = String(cString: ctext).trimming(.whitespacesAndNewlines)
            TessDeleteText(ctext)
            guard !text.isEmpty else { continue }
            var l: Int32 = 0, t: Int32 = 0, r: Int32 = 0, b: Int32 = 0
            guard TessPageIteratorBoundingBox(page, RIL_WORD, &l, &t, &r, &b) != 0 else { continue }
            let conf = Double(TessResultIteratorConfidence(it, RIL_WORD))
            let box = Rect(x0: Double(l) * sx, y0: Double(t) * sy, x1: Double(r) * sx, y1: Double(b) * sy)
            out.append(Word(text: text, box: box, fontSize: box.height, bold: false,
                            confidence: max(0, min(100, conf))))
        } while TessResultIteratorNext(it, RIL_WORD) != 0
        return out
    }

    /// Characters Tesseract makes of a vertical rule.
    static let ruleGlyphs: Set<Character> = ["|", "¦", "‖", "[", "]"]

    /// Removes `|` read from vertical rules: whole words made only of rule glyphs that
    /// lie on a vertical ruling, and such a glyph at either end of a word when the ruling
    /// runs through that end.
    /// Below this confidence a lone letter or mark is scan noise (a speckle read as `z`,
    /// `.`, `=`), not text: real one-letter cells (`B`, a grade) read with high confidence.
    static let speckleConfidence = 50.0

    /// Lone marks that carry no meaning in these documents, whatever the confidence: dust
    /// read as `.` or `'`. (`%` and `√` do mean something and are kept; a lone `-` goes only
    /// below the speckle confidence — harmless either way, as `-` and empty both mean null.)
    static let meaninglessMarks: Set<Character> = [".", ",", "'", "`", "‘", "’", "\"", "“", "”", "~", "=", "_", ":", ";", "°", "^", "*"]

    /// Drops lone, low-confidence non-digit characters and lone meaningless marks: left in,
    /// they glue onto the value beside them (`100% z`, `95 .`) and make it unreadable.
    /// A word this unsure lying on a word read with `ghostOverConfidence` or more is a
    /// second reading of the same ink (Tesseract sometimes reads a line twice, once as
    /// text and once as noise: `yang dapat ditanggulangi` with `Aa Oe Gaung` over it at
    /// confidence 9-18), not more text.
    static let ghostConfidence = 30.0
    static let ghostOverConfidence = 80.0

    static func droppingGhosts(_ words: [Word]) -> [Word] {
        let sure = words.filter { ($0.confidence ?? 100) >= ghostOverConfidence }
        return words.filter { w in
            guard let c = w.confidence, c < ghostConfidence else { return true }
            let area = max(1e-9, w.box.width * w.box.height)
            // Covered (by one sure word or by the words of the line it spans) for a third of its box.
            let covered = sure.reduce(0.0) { sum, o in
                let ix = min(w.box.x1, o.box.x1) - max(w.box.x0, o.box.x0)
                let iy = min(w.box.y1, o.box.y1) - max(w.box.y0, o.box.y0)
                return ix > 0 && iy > 0 ? sum + ix * iy : sum
            }
            return covered < 0.3 * area
        }
    }

    static let dashes: Set<Character> = ["-", "–", "—", "‒"]
    static let uprightDashConfidence = 70.0

    static func droppingSpeckles(_ words: [Word]) -> [Word] {
        words.filter { w in
            // `•`: a bullet the scan shows as a solid dot (`Bullets`), whatever Tesseract's confidence.
            guard w.text.count == 1, let c = w.text.first, !c.isNumber, c != "%", c != "•" else { return true }
            if meaninglessMarks.contains(c) { return false }
            // A dash is wider than tall: an unsure "dash" standing upright is a speck or a
            // stroke (dust beside a stacked target read as `-` at 60).
            if dashes.contains(c) && w.box.height > w.box.width && (w.confidence ?? 100) < uprightDashConfidence { return false }
            return (w.confidence ?? 100) >= speckleConfidence
        }
    }

    static func droppingRuleArtifacts(_ words: [Word], rulings: [Ruling]) -> [Word] {
        let verticals = rulings.filter { $0.orientation == .vertical }
        guard !verticals.isEmpty else { return words }
        func rule(near x: Double, _ w: Word, tolerance: Double) -> Bool {
            verticals.contains { abs($0.position - x) <= tolerance && $0.start <= w.box.y1 && $0.end >= w.box.y0 }
        }
        var out: [Word] = []
        out.reserveCapacity(words.count)
        for var w in words {
            let tol = max(1.5, w.box.height * 0.4)
            if w.text.allSatisfy({ ruleGlyphs.contains($0) }) {
                if verticals.contains(where: { $0.position >= w.box.x0 - tol && $0.position <= w.box.x1 + tol
                    && $0.start <= w.box.y1 && $0.end >= w.box.y0 }) { continue }
                out.append(w)
                continue
            }
            // A glyph glued to an end: its share of the box is about one narrow character.
            let charWidth = w.box.width / Double(max(1, w.text.count))
            if let first = w.text.first, ruleGlyphs.contains(first), rule(near: w.box.x0, w, tolerance: tol) {
                w.text.removeFirst()
                w.box.x0 += charWidth
            }
            if let last = w.text.last, ruleGlyphs.contains(last), rule(near: w.box.x1, w, tolerance: tol) {
                w.text.removeLast()
                w.box.x1 -= charWidth
            }
            if !w.text.isEmpty { out.append(w) }
        }
        return out
    }

    // MARK: Orientation

    /// The clockwise quarter turn that makes the page upright, by `options.orientation`.
    private func detectOrientation(_ pix: OwnedPix, binary: OwnedPix?, ppi: Double) -> (rotation: Int, confidence: Double)? {
        var quick: (rotation: Int?, up: Double, left: Double)?
        if options.orientation == .leptonica || options.orientation == .auto, let binary {
            // Measured on the corpus at 300 ppi: 30-50 ms a page and every turned page
            // right, but a 2x reduction loses too much (confidences fall under the bar).
            let small = ppi >= 450 ? Leptonica.reduced2(binary) : nil
            quick = Leptonica.orientation(small ?? binary, minUpConfidence: 8, minRatio: 3)
        }
        switch options.orientation {
        case .off:
            return nil
        case .leptonica:
            guard let q = quick, let r = q.rotation else { return nil }
            return (r, max(abs(q.up), abs(q.left)))
        case .auto:
            if let q = quick, let r = q.rotation { return (r, max(abs(q.up), abs(q.left))) }
            fallthrough
        case .tesseract:
            guard let osd = tesseractOrientation(pix, ppi: ppi) else { return nil }
            return osd.confidence >= options.minOrientationConfidence ? osd : (0, osd.confidence)
        }
    }

    /// Tesseract OSD on the page: the clockwise quarter turn that makes it upright.
    private func tesseractOrientation(_ pix: OwnedPix, ppi: Double) -> (rotation: Int, confidence: Double)? {
        guard let osd = engine(&osdEngine) else { return nil }
        // Full resolution: on a page with a few lines of text a half-size copy drops
        // OSD's confidence under the bar (measured: 5.1 -> 1.6 on a signature page).
        TessBaseAPISetImage2(osd, pix.pointer)
        TessBaseAPISetSourceResolution(osd, Int32(ppi.rounded()))
        defer { TessBaseAPIClear(osd) }
        var degrees: Int32 = 0
        var confidence: Float = 0
        var script: UnsafePointer<CChar>? = nil  // points into Tesseract's unicharset: not ours to free
        var scriptConfidence: Float = 0
        guard TessBaseAPIDetectOrientationScript(osd, &degrees, &confidence, &script, &scriptConfidence) != 0 else {
            return nil
        }
        // Tesseract reports how far the text is turned clockwise (an image turned a quarter
        // clockwise gives 90); turning it back is the rest of the full turn, clockwise.
        let turned = (Int(degrees) % 360 + 360) % 360
        return ((360 - turned) % 360, Double(confidence))
    }

    // MARK: Empty cells

    /// Below this confidence a cell read alone is not believed (dust, a stroke of a stamp).
    static let emptyCellConfidence = 50.0

    /// Words of the ruled cells that hold ink but no word, each cell read on its own as one
    /// line (the image is still set on the engine). Their confidence is kept, so a doubtful
    /// reading gets its `low_confidence` warning downstream like any other.
    private func readEmptyCells(_ rules: [ImageRulings.Rule], words: [Word], in gray: GrayImage,
                                sx: Double, sy: Double, pixelsPerPoint: Double) -> [Word] {
        let boxes = words.map { Rect(x0: $0.box.x0 / sx, y0: $0.box.y0 / sy, x1: $0.box.x1 / sx, y1: $0.box.y1 / sy) }
        let threshold = UInt8(max(1, min(255, ImageRulings.otsuThreshold(gray))))
        let cells = EmptyCells.find(in: gray, rules: rules, wordBoxes: boxes, threshold: threshold,
                                    minInk: max(4, Int(3 * pixelsPerPoint)), maxInkHeight: Int(20 * pixelsPerPoint))
        guard !cells.isEmpty else { return [] }
        TessBaseAPISetPageSegMode(api, PSM_SINGLE_LINE)
        defer { TessBaseAPISetPageSegMode(api, TessPageSegMode(rawValue: UInt32(options.segmentation.rawValue))) }
        var out: [Word] = []
        for cell in cells {
            let ink = cell.ink, inside = cell.inside
            let pad = max(4, (ink.y1 - ink.y0) / 2)
            let l = max(inside.x0, ink.x0 - pad), t = max(inside.y0, ink.y0 - pad)
            let r = min(inside.x1, ink.x1 + pad), b = min(inside.y1, ink.y1 + pad)
            TessBaseAPISetRectangle(api, Int32(l), Int32(t), Int32(r - l + 1), Int32(b - t + 1))
            guard let ctext = TessBaseAPIGetUTF8Text(api) else { continue }
            let text = String(cString: ctext).trimming(.whitespacesAndNewlines)
            TessDeleteText(ctext)
            let confidence = Double(TessBaseAPIMeanTextConf(api))
            let tokens = text.split(whereSeparator: \.isWhitespace).map(String.init)
            guard !tokens.isEmpty, confidence >= Self.emptyCellConfidence, Self.isNumberLike(text) else { continue }
            // The ink box shared among the tokens by their length.
            let total = Double(tokens.reduce(0) { $0 + $1.count }), width = Double(ink.x1 - ink.x0 + 1)
            var x = Double(ink.x0)
            for token in tokens {
                let w = width * Double(token.count) / max(1, total)
                let box = Rect(x0: x * sx, y0: Double(ink.y0) * sy, x1: (x + w) * sx, y1: Double(ink.y1 + 1) * sy)
                out.append(Word(text: token, box: box, fontSize: box.height, bold: false, confidence: min(100, confidence)))
                x += w
            }
        }
        return out
    }

    // MARK: Doubtful numbers

    /// Numbers read with less confidence than this get a second look.
    static let doubtfulNumberConfidence = 85.0
    /// At most this many numbers are read again on a page.
    static let maxRereads = 60
    /// The second reading replaces the first only with at least this much more confidence.
    static let rereadMargin = 10.0

    /// A number (or a number with one stray mark glued on, `100°`) read with low confidence.
    static func isDoubtfulNumber(_ w: Word) -> Bool {
        guard (w.confidence ?? 100) < doubtfulNumberConfidence else { return false }
        if isNumberLike(w.text) { return true }
        guard let last = w.text.last, w.text.count >= 2, meaninglessMarks.contains(last) else { return false }
        return isNumberLike(String(w.text.dropLast()))
    }

    /// Whether `second` has the digits of `first` with fewer dots and commas: a small dot
    /// is easily missed and hardly ever imagined, so such a reading is not better
    /// (`3.1.1.2` read again as `311.2`), whatever its confidence.
    static func losesSeparators(_ first: String, _ second: String) -> Bool {
        let digits = { (s: String) in s.filter(\.isNumber) }
        let separators = { (s: String) in s.filter { $0 == "." || $0 == "," }.count }
        return digits(first) == digits(second) && separators(second) < separators(first)
    }

    /// Whether `second` has the digits of `first`, in order, with more dots and commas,
    /// each between two digits: the dots the page reading missed (`11.21` for an outline
    /// number `1.1.2.1`, small dots set close). Since a dot is hardly ever imagined, such a
    /// reading needs no confidence margin over the first, only to be as confident and sure.
    static func gainsSeparators(_ first: String, _ second: String) -> Bool {
        let isSeparator = { (c: Character) in c == "." || c == "," }
        guard first.allSatisfy({ $0.isNumber || isSeparator($0) }), second.allSatisfy({ $0.isNumber || isSeparator($0) }),
              first.filter(\.isNumber) == second.filter(\.isNumber),
              second.filter(isSeparator).count > first.filter(isSeparator).count,
              let a = second.first, a.isNumber, let z = second.last, z.isNumber else { return false }
        // No two separators side by side (`1..2` is a speck, not a number).
        return !zip(second, second.dropFirst()).contains { isSeparator($0) && isSeparator($1) }
    }

    /// The heights (pixels) a doubtful number is enlarged to for its second readings, in turn.
    static let rereadHeights: [Double] = [40, 56]

    /// A reading that gains separators is taken from this confidence on.
    static let separatorRereadConfidence = 75.0

    /// The page's digit advance: the median width per digit, over the word's height, of
    /// the plain numbers (digits alone, at least two) read confidently. Box widths are ink
    /// extents, so this is the page's own measure, whatever its font size. Nil with fewer
    /// than 3 such numbers.
    static func digitAdvance(_ words: [Word]) -> Double? {
        let ratios = words.filter { $0.text.count >= 2 && $0.text.allSatisfy({ ("0"..."9").contains($0) }) && ($0.confidence ?? 0) >= 90 && $0.box.height > 0 }
            .map { $0.box.width / $0.box.height / Double($0.text.count) }
            .sorted()
        guard ratios.count >= 3 else { return nil }
        return ratios[ratios.count / 2]
    }

    /// A box this many digit advances wider than its digits holds a separator the reading lost.
    static let missingSeparatorWidth = 0.25

    /// A number (digits, dots and commas, a digit at each end) whose box is wider than its
    /// characters fill: a dot the reading dropped, at any confidence (outline numbers
    /// `1.4.1.1` read `1411` at 95, `1.4` read `14` at 94, `1.1.1.2` read `111.2`, on
    /// 200-dpi PK scans; a dot is half a digit wide). Such a number is read again, and the
    /// reading is taken only when it adds separators between the same digits
    /// (`gainsSeparators`).
    static func isShortOfSeparators(_ w: Word, digitAdvance: Double?) -> Bool {
        let isDigit = { (c: Character) in ("0"..."9").contains(c) }
        guard let advance = digitAdvance, w.box.height > 0, let a = w.text.first, isDigit(a), let z = w.text.last, isDigit(z),
              w.text.allSatisfy({ isDigit($0) || $0 == "." || $0 == "," }) else { return false }
        let digits = w.text.filter(isDigit).count
        guard digits >= 2 else { return false }
        let filled = Double(digits) + 0.5 * Double(w.text.count - digits)
        return w.box.width / w.box.height >= (filled + missingSeparatorWidth) * advance
    }

    /// Whether the second reading of a doubtful number replaces the first.
    static func takesReread(first: String, firstConfidence: Double, second: String, confidence: Double) -> Bool {
        guard !second.contains(" "), isNumberLike(second), second != first, !losesSeparators(first, second) else { return false }
        if gainsSeparators(first, second) {
            return confidence >= max(firstConfidence, separatorRereadConfidence)
        }
        return confidence >= firstConfidence + rereadMargin
    }

    /// Low-confidence numbers (`99` for a `90` on a 200-dpi JPEG) read again: the word's
    /// box cropped with a little white around it, enlarged to about 40 pixels high (the
    /// page reading saw it at 20), as one line. The page's words are final by now, so the
    /// engine's page image can be replaced.
    private func rereadDoubtfulNumbers(_ words: inout [Word], in gray: GrayImage, dpi: Int32,
                                       sx: Double, sy: Double) -> [OCRPage.Correction] {
        // The least sure first, and not more than `maxRereads` a page (each costs a small
        // recognition, ~20 ms; a dense table of doubtful numbers would cost seconds).
        let advance = Self.digitAdvance(words)
        let shortOfDots = Set(words.indices.filter { Self.isShortOfSeparators(words[$0], digitAdvance: advance) })
        let candidates = words.indices.filter { Self.isDoubtfulNumber(words[$0]) || shortOfDots.contains($0) }
            .sorted { (words[$0].confidence ?? 100, $0) < (words[$1].confidence ?? 100, $1) }
            .prefix(Self.maxRereads)
        guard !candidates.isEmpty else { return [] }
        TessBaseAPISetPageSegMode(api, PSM_SINGLE_LINE)
        defer { TessBaseAPISetPageSegMode(api, TessPageSegMode(rawValue: UInt32(options.segmentation.rawValue))) }
        var corrections: [OCRPage.Correction] = []
        for i in candidates {
            // Enlarged to about 40 pixels high first; when that reading is not taken, once
            // more at about 56 (measured on 200-dpi PK scans: outline numbers with close-set
            // dots, `11.21.4` read `11.214` at 40 and `1.1.2.1.4` at 89 there). That larger
            // reading may only add dots: it also changes digits at times (`1.206.250.000,00`
            // → `…006,00`, `1.1.2.1.1` → `14214`), which nothing on the page confirms.
            for (n, height) in Self.rereadHeights.enumerated() {
                guard let (text, confidence) = readAlone(words[i].box, in: gray, dpi: dpi, sx: sx, sy: sy, height: height),
                      (n == 0 && Self.isDoubtfulNumber(words[i])) || Self.gainsSeparators(words[i].text, text),
                      Self.takesReread(first: words[i].text, firstConfidence: words[i].confidence ?? 100,
                                       second: text, confidence: confidence) else { continue }
                corrections.append(OCRPage.Correction(wordIndex: i, original: words[i].text, corrected: text))
                words[i].text = text
                words[i].confidence = min(100, confidence)
                break
            }
        }
        return corrections
    }

    /// The text in `box` (points) read on its own: cropped with a little white around it,
    /// enlarged to about `height` pixels high, as one line (the engine must be in single-line
    /// mode). Rule glyphs at either end are dropped. Nil when the box is too small.
    private func readAlone(_ b: Rect, in gray: GrayImage, dpi: Int32, sx: Double, sy: Double, height: Double = 40) -> (String, Double)? {
        let h = b.height / sy
        guard h >= 4 else { return nil }
        let padX = 0.15 * h, padY = 0.25 * h
        let factor = max(2, min(4, Int((height / h).rounded(.up))))
        guard let crop = Upscale.region(gray, x0: Int((b.x0 / sx - padX).rounded(.down)), y0: Int((b.y0 / sy - padY).rounded(.down)),
                                        x1: Int((b.x1 / sx + padX).rounded(.up)), y1: Int((b.y1 / sy + padY).rounded(.up)),
                                        factor: factor, margin: 12) else { return nil }
        crop.pixels.withUnsafeBufferPointer { buf in
            TessBaseAPISetImage(api, buf.baseAddress, Int32(crop.width), Int32(crop.height), 1, Int32(crop.width))
        }
        TessBaseAPISetSourceResolution(api, dpi * Int32(factor))
        guard let ctext = TessBaseAPIGetUTF8Text(api) else { return nil }
        var text = String(cString: ctext).trimming(.whitespacesAndNewlines)
        TessDeleteText(ctext)
        text = String(text.drop { Self.ruleGlyphs.contains($0) }.reversed().drop { Self.ruleGlyphs.contains($0) }.reversed())
            .trimming(.whitespaces)
        return (text, Double(TessBaseAPIMeanTextConf(api)))
    }

    // MARK: Garbled words

    /// Words read with less confidence than this are garbled: the page reading lost its
    /// way there (seen: a clean `1 Dokumen` in a rule-less cell read `eee:` at 16).
    static let garbledConfidence = 30.0
    /// A second reading of a garbled word is believed from this confidence on.
    static let garbledRereadConfidence = 80.0
    /// At most this many garbled words are read again on a page.
    static let maxGarbledRereads = 20

    /// Whether a word is worth a second look as garbled: a few characters at least (a lone
    /// mark of low confidence is a speck, dropped before), not a bullet, read with very
    /// low confidence.
    static func isGarbled(_ w: Word) -> Bool {
        (w.confidence ?? 100) < garbledConfidence && w.text.count >= 3 && w.text != "•"
    }

    /// A second reading of a garbled word, split into its words, each given a share of the
    /// box by its length. Nil unless it is read with `garbledRereadConfidence` or more and
    /// holds a letter or digit in every token (dust read alone is marks).
    static func garbledReplacement(_ w: Word, reading text: String, confidence: Double) -> [Word]? {
        guard confidence >= garbledRereadConfidence, text != w.text else { return nil }
        let tokens = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !tokens.isEmpty, tokens.count <= 6,
              tokens.allSatisfy({ $0.contains { $0.isLetter || $0.isNumber } }) else { return nil }
        let total = Double(tokens.reduce(0) { $0 + $1.count }), width = w.box.width
        var x = w.box.x0
        return tokens.map { token in
            let share = width * Double(token.count) / max(1, total)
            defer { x += share }
            return Word(text: token, box: Rect(x0: x, y0: w.box.y0, x1: x + share, y1: w.box.y1),
                        fontSize: w.fontSize, bold: w.bold, confidence: min(100, confidence))
        }
    }

    /// Garbled words read again on their own (`readAlone`). The first token takes the word's
    /// place; further tokens go to the end of the list (earlier corrections keep their index).
    private func rereadGarbledWords(_ words: inout [Word], in gray: GrayImage, dpi: Int32,
                                    sx: Double, sy: Double) -> [OCRPage.Correction] {
        let candidates = words.indices.filter { Self.isGarbled(words[$0]) }.prefix(Self.maxGarbledRereads)
        guard !candidates.isEmpty else { return [] }
        TessBaseAPISetPageSegMode(api, PSM_SINGLE_LINE)
        defer { TessBaseAPISetPageSegMode(api, TessPageSegMode(rawValue: UInt32(options.segmentation.rawValue))) }
        var corrections: [OCRPage.Correction] = []
        for i in candidates {
            guard let (text, confidence) = readAlone(words[i].box, in: gray, dpi: dpi, sx: sx, sy: sy),
                  let replacement = Self.garbledReplacement(words[i], reading: text, confidence: confidence) else { continue }
            corrections.append(OCRPage.Correction(wordIndex: i, original: words[i].text, corrected: text))
            words[i] = replacement[0]
            words += replacement.dropFirst()
        }
        return corrections
    }

    /// Only number-like readings are taken from a cell read alone: the cells the page
    /// layout drops are lone figures, while a header cell's lone letters read alone come
    /// out unevenly page to page (`III` as `Ill` on one page, dropped on the next), which
    /// breaks the match of a table's repeated header.
    static func isNumberLike(_ text: String) -> Bool {
        text.contains(where: \.isNumber) && text.allSatisfy { $0.isNumber || " .,%-–+/()*:".contains($0) }
    }

    // MARK: Percent signs

    /// Texts the Indonesian model makes of a `%` standing on its own.
    /// (`Ya` seen on a 200-dpi bilevel scan: `95 %` read `95 Ya`, which English reads `%`.)
    /// (`So` seen on a 200-dpi PK scan: `Palawija (%)` read `(So)` beside `(%)` read right.)
    static let percentMisreads: Set<String> = ["Yo", "Y6", "96", "%o", "Yo.", "yo", "Vo", "Y%", "9%", "0/0", "o/o", "Jo", "Fo", "%6", "Y", "6",
                                               "Ya", "ya", "Y0", "9o", "So"]

    /// What a word would be with its `%` read right: a lone misread (`Yo` after a
    /// number) is `%`; a misread glued to a number (`8596`, `85Yo`) is the number and `%`;
    /// a parenthesised one (`(96)` in a header) is `(%)`. Nil when the word is no such case.
    static func percentReading(_ text: String, afterNumber: Bool) -> String? {
        if afterNumber && percentMisreads.contains(text) { return "%" }
        // `(96)` in a header, or `(96).` closing an indicator's text: the stop is kept.
        let stop = text.last == "." || text.last == "," ? String(text.last!) : ""
        let bracketed = stop.isEmpty ? Substring(text) : text.dropLast()
        if bracketed.hasPrefix("("), bracketed.hasSuffix(")"), bracketed.count > 2,
           percentMisreads.contains(String(bracketed.dropFirst().dropLast())) { return "(%)" + stop }
        // Glued: digits (with separators) then a two-character misread. One-character ones
        // (`6`, `Y`) are too common at the end of real numbers to suspect.
        for suffix in gluedPercentMisreads where text.hasSuffix(suffix) {
            let number = text.dropLast(suffix.count)
            guard let first = number.first, first.isNumber, let last = number.last, last.isNumber,
                  number.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) else { continue }
            return number + "%"
        }
        return nil
    }

    /// Two-character misreads of `%` that are looked for glued to a number.
    static let gluedPercentMisreads = ["96", "Yo", "Y6", "%o", "yo", "Vo", "Jo", "Fo", "%6", "Ya"]

    private func rereadPercent(_ words: inout [Word], in gray: GrayImage, dpi: Int32,
                               sx: Double, sy: Double) -> [OCRPage.Correction] {
        var candidates: [(Int, String)] = []
        for (i, w) in words.enumerated() {
            var afterNumber = false
            if i > 0 {
                let prev = words[i - 1]
                afterNumber = prev.text.last?.isNumber == true
                    && abs(prev.box.midY - w.box.midY) < max(prev.box.height, w.box.height) * 0.5
                    && w.box.x0 - prev.box.x1 < max(prev.box.height, w.box.height) * 1.2
                    && w.box.x0 >= prev.box.x1 - 1
            }
            guard let reading = Self.percentReading(w.text, afterNumber: afterNumber) else { continue }
            candidates.append((i, reading))
        }
        guard !candidates.isEmpty else { return [] }
        guard let eng = engine(&englishEngine) else { return [] }
        gray.pixels.withUnsafeBufferPointer { buf in
            TessBaseAPISetImage(eng, buf.baseAddress, Int32(gray.width), Int32(gray.height), 1, Int32(gray.width))
        }
        TessBaseAPISetSourceResolution(eng, dpi)
        defer { TessBaseAPIClear(eng) }
        var corrections: [OCRPage.Correction] = []
        for (i, reading) in candidates {
            let b = words[i].box
            let pad = 0.15 * b.height
            let l = max(0, Int(((b.x0 - pad) / sx).rounded(.down)))
            let t = max(0, Int(((b.y0 - pad) / sy).rounded(.down)))
            let r = min(gray.width, Int(((b.x1 + pad) / sx).rounded(.up)))
            let btm = min(gray.height, Int(((b.y1 + pad) / sy).rounded(.up)))
            guard r > l, btm > t else { continue }
            TessBaseAPISetRectangle(eng, Int32(l), Int32(t), Int32(r - l), Int32(btm - t))
            guard let ctext = TessBaseAPIGetUTF8Text(eng) else { continue }
            let text = String(cString: ctext).trimming(.whitespacesAndNewlines)
            TessDeleteText(ctext)
            // Taken only when English reads exactly that: a year like `1996` stays `1996`.
            if text == reading {
                corrections.append(OCRPage.Correction(wordIndex: i, original: words[i].text, corrected: text))
                words[i].text = text
            }
        }
        return corrections
    }
}

/// Tesseract (Debian's build) parallelises its LSTM steps with OpenMP, four threads per
/// step. With one engine per core that only adds spinning threads: measured on 2 cores,
/// a page took 6.9 s instead of 1.4 s. `OMP_THREAD_LIMIT=1` fixes it but must be in the
/// environment before the process starts; setting the calling thread's
/// max-active-levels to 0 makes every parallel region it opens run on one thread, which
/// works from inside the process. Looked up with dlsym so that a Tesseract built
/// without OpenMP needs nothing.
enum OpenMP {
    private typealias SetInt = @convention(c) (Int32) -> Void
    private typealias GetInt = @convention(c) () -> Int32

    private static let symbols: (setMaxActiveLevels: SetInt?, threadLimit: GetInt?) = {
        guard let handle = dlopen(nil, RTLD_NOW) else { return (nil, nil) }
        let set = dlsym(handle, "omp_set_max_active_levels").map { unsafeBitCast($0, to: SetInt.self) }
        let get = dlsym(handle, "omp_get_thread_limit").map { unsafeBitCast($0, to: GetInt.self) }
        return (set, get)
    }()

    static var threadLimit: Int? { symbols.threadLimit.map { Int($0()) } }

    /// Parallel regions opened by this thread run on this thread alone. Cheap; call it
    /// before every use of Tesseract on a thread (the setting is per thread).
    static func serializeCurrentThread() {
        symbols.setMaxActiveLevels?(0)
    }
}
