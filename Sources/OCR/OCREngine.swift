import CTesseract
import Foundation
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
    /// Detect pages scanned sideways or upside down (Tesseract OSD) and turn them upright.
    public var detectOrientation: Bool
    /// Turn the page only when OSD is at least this confident.
    public var minOrientationConfidence: Double
    /// Measure the skew (leptonica) and straighten the image.
    public var deskew: Bool
    /// Skews smaller than this (degrees) are left alone.
    public var minSkew: Double
    /// Skews larger than this are not believed.
    public var maxSkew: Double
    /// Below this leptonica confidence the skew is not believed.
    public var minSkewConfidence: Double
    /// Paint the table rules white before recognition (they otherwise come back as `|`
    /// and glue onto the cell text next to them).
    public var eraseRulings: Bool
    public var rulingOptions: ImageRulings.Options
    /// Take a second, English-only look at words that look like a misread `%`
    /// (`Yo`, `Y6`, `96`, ... right after a number) and correct them when English reads `%`.
    public var rereadPercent: Bool
    /// Extra Tesseract variables, set after initialisation.
    public var variables: [String: String]

    public init(languages: String = "ind+eng", tessdataPath: String? = nil, segmentation: Segmentation = .auto,
                detectOrientation: Bool = true, minOrientationConfidence: Double = 2.0,
                deskew: Bool = true, minSkew: Double = 0.05, maxSkew: Double = 5.0, minSkewConfidence: Double = 2.0,
                eraseRulings: Bool = true, rulingOptions: ImageRulings.Options = ImageRulings.Options(),
                rereadPercent: Bool = true, variables: [String: String] = [:]) {
        self.languages = languages; self.tessdataPath = tessdataPath; self.segmentation = segmentation
        self.detectOrientation = detectOrientation; self.minOrientationConfidence = minOrientationConfidence
        self.deskew = deskew; self.minSkew = minSkew; self.maxSkew = maxSkew; self.minSkewConfidence = minSkewConfidence
        self.eraseRulings = eraseRulings; self.rulingOptions = rulingOptions
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

    public var description: String {
        switch self {
        case let .initFailed(languages, tessdata):
            return "Tesseract could not load '\(languages)' from \(tessdata ?? "its default tessdata folder")"
        case let .badInput(why): return "OCR input: \(why)"
        case .recognitionFailed: return "Tesseract recognition failed"
        }
    }
}

/// One Tesseract engine (plus, lazily, an orientation engine and an English-only engine
/// for second looks). Not thread-safe: use it from one thread at a time — `OCRPool`
/// keeps one per worker thread.
public final class OCREngine {
    public let options: OCROptions
    private let api: OpaquePointer  // TessBaseAPI*
    private var osdAPI: OpaquePointer?
    private var osdUnavailable = false
    private var englishAPI: OpaquePointer?
    private var englishUnavailable = false

    /// `OMP_THREAD_LIMIT=1` for Tesseract's OpenMP loops (one engine per thread is the
    /// parallelism we want). See `openMPThreadLimit` for whether it took.
    private static let environment: Void = {
        setenv("OMP_THREAD_LIMIT", "1", 0)
        Leptonica.quiet
    }()

    public init(options: OCROptions = OCROptions()) throws {
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
        if let osdAPI { TessBaseAPIEnd(osdAPI); TessBaseAPIDelete(osdAPI) }
        if let englishAPI { TessBaseAPIEnd(englishAPI); TessBaseAPIDelete(englishAPI) }
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
    /// without OpenMP). libgomp reads `OMP_THREAD_LIMIT` when it is loaded, i.e. at
    /// process start: if this is not 1, set the variable before launching the program.
    public static var openMPThreadLimit: Int? {
        guard let handle = dlopen(nil, RTLD_NOW),
              let sym = dlsym(handle, "omp_get_thread_limit") else { return nil }
        typealias Fn = @convention(c) () -> Int32
        return Int(unsafeBitCast(sym, to: Fn.self)())
    }

    /// Reads one page image.
    ///
    /// - Parameters:
    ///   - image: the page as scanned (8-bit gray), covering the whole page.
    ///   - pageWidth, pageHeight: the page's size in points as the PDF states it (the
    ///     image's own orientation); the result's size is the upright page's.
    public func recognize(image: GrayImage, pageWidth: Double, pageHeight: Double) throws -> OCRPage {
        guard image.width > 0, image.height > 0 else { throw OCRError.badInput("empty image") }
        guard pageWidth > 0, pageHeight > 0 else { throw OCRError.badInput("page size \(pageWidth)x\(pageHeight)") }
        let ppi = Double(image.width) / pageWidth * 72
        guard var pix = OwnedPix(image) else { throw OCRError.badInput("could not allocate the image") }

        // 1. Orientation: quarter turns.
        var rotation = 0
        var orientationConfidence: Double?
        if options.detectOrientation, let osd = detectOrientation(pix, ppi: ppi) {
            orientationConfidence = osd.confidence
            if osd.rotation != 0, osd.confidence >= options.minOrientationConfidence,
               let turned = pix.rotatedOrth(osd.rotation / 90) {
                pix = turned
                rotation = osd.rotation
            }
        }
        let (uprightW, uprightH) = rotation % 180 == 0 ? (pageWidth, pageHeight) : (pageHeight, pageWidth)

        // 2. Skew: small rotation about the centre, same size.
        var skew = 0.0
        var skewConfidence: Double?
        var gray: GrayImage
        if options.deskew {
            let threshold = ImageRulings.otsuThreshold(image)
            if let binary = pix.binarized(threshold: threshold), let found = Leptonica.findSkew(binary) {
                skewConfidence = found.confidence
                if found.confidence >= options.minSkewConfidence, abs(found.degrees) >= options.minSkew,
                   abs(found.degrees) <= options.maxSkew, let straight = pix.rotated(degrees: found.degrees) {
                    pix = straight
                    skew = found.degrees
                }
            }
        }
        if rotation == 0 && skew == 0 {
            gray = image
        } else {
            guard let g = pix.grayImage() else { throw OCRError.badInput("could not convert the image") }
            gray = g
        }
        pix = OwnedPix(taking: pixCreate(1, 1, 8))  // release the big pix early

        // 3. Rules, then erase them for the recogniser.
        let pixelsPerPoint = Double(gray.width) / uprightW
        let rules = ImageRulings.detect(in: gray, pixelsPerPoint: pixelsPerPoint, options: options.rulingOptions)
        let sx = uprightW / Double(gray.width), sy = uprightH / Double(gray.height)
        let rulings = rules.map { ImageRulings.toPoints($0, sx: sx, sy: sy) }
        if options.eraseRulings { ImageRulings.erase(rules, from: &gray) }

        // 4. Recognition.
        let dpi = Int32(ppi.rounded())
        var words: [Word] = []
        gray.pixels.withUnsafeBufferPointer { buf in
            TessBaseAPISetImage(api, buf.baseAddress, Int32(gray.width), Int32(gray.height), 1, Int32(gray.width))
        }
        TessBaseAPISetSourceResolution(api, dpi)
        defer { TessBaseAPIClear(api) }
        guard TessBaseAPIRecognize(api, nil) == 0 else { throw OCRError.recognitionFailed }
        words = Self.words(of: api, sx: sx, sy: sy)

        // 5. Second look at misread percent signs.
        var corrections: [OCRPage.Correction] = []
        if options.rereadPercent {
            corrections = rereadPercent(&words, in: gray, dpi: dpi, sx: sx, sy: sy)
        }

        return OCRPage(words: words, rulings: rulings, width: uprightW, height: uprightH, rotation: rotation,
                       orientationConfidence: orientationConfidence, skew: skew, skewConfidence: skewConfidence,
                       resolution: ppi, corrections: corrections)
    }

    /// Word boxes and texts of the last recognition, in points.
    private static func words(of api: OpaquePointer, sx: Double, sy: Double) -> [Word] {
        guard let it = TessBaseAPIGetIterator(api) else { return [] }
        defer { TessResultIteratorDelete(it) }
        let page = TessResultIteratorGetPageIterator(it)
        var out: [Word] = []
        repeat {
            guard let ctext = TessResultIteratorGetUTF8Text(it, RIL_WORD) else { continue }
            let text = String(cString: ctext).trimmingCharacters(in: .whitespacesAndNewlines)
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

    // MARK: Orientation

    /// Tesseract OSD on the page: the clockwise quarter turn that makes it upright.
    private func detectOrientation(_ pix: OwnedPix, ppi: Double) -> (rotation: Int, confidence: Double)? {
        if osdAPI == nil && !osdUnavailable {
            osdAPI = Self.makeAPI(languages: "osd", tessdata: options.tessdataPath)
            if let osdAPI {
                TessBaseAPISetPageSegMode(osdAPI, PSM_OSD_ONLY)
                Self.setDefaults(osdAPI)
            } else {
                osdUnavailable = true
            }
        }
        guard let osd = osdAPI else { return nil }
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
        // Tesseract reports the counter-clockwise rotation of the text; turning the image
        // clockwise by the same amount makes it upright.
        return ((Int(degrees) % 360 + 360) % 360, Double(confidence))
    }

    // MARK: Percent signs

    /// Texts the Indonesian model makes of a `%` standing on its own.
    static let percentMisreads: Set<String> = ["Yo", "Y6", "96", "%o", "Yo.", "yo", "Vo", "Y%", "9%", "0/0", "o/o", "Jo", "Fo", "%6", "Y", "6"]

    private func rereadPercent(_ words: inout [Word], in gray: GrayImage, dpi: Int32,
                               sx: Double, sy: Double) -> [OCRPage.Correction] {
        var candidates: [Int] = []
        for (i, w) in words.enumerated() where i > 0 {
            let prev = words[i - 1]
            guard Self.percentMisreads.contains(w.text),
                  prev.text.last?.isNumber == true,
                  abs(prev.box.midY - w.box.midY) < max(prev.box.height, w.box.height) * 0.5,
                  w.box.x0 - prev.box.x1 < max(prev.box.height, w.box.height) * 1.2,
                  w.box.x0 >= prev.box.x1 - 1 else { continue }
            candidates.append(i)
        }
        guard !candidates.isEmpty else { return [] }
        if englishAPI == nil && !englishUnavailable {
            englishAPI = Self.makeAPI(languages: "eng", tessdata: options.tessdataPath)
            if let englishAPI {
                TessBaseAPISetPageSegMode(englishAPI, PSM_SINGLE_WORD)
                Self.setDefaults(englishAPI)
            } else {
                englishUnavailable = true
            }
        }
        guard let eng = englishAPI else { return [] }
        gray.pixels.withUnsafeBufferPointer { buf in
            TessBaseAPISetImage(eng, buf.baseAddress, Int32(gray.width), Int32(gray.height), 1, Int32(gray.width))
        }
        TessBaseAPISetSourceResolution(eng, dpi)
        defer { TessBaseAPIClear(eng) }
        var corrections: [OCRPage.Correction] = []
        for i in candidates {
            let b = words[i].box
            let pad = 0.15 * b.height
            let l = max(0, Int(((b.x0 - pad) / sx).rounded(.down)))
            let t = max(0, Int(((b.y0 - pad) / sy).rounded(.down)))
            let r = min(gray.width, Int(((b.x1 + pad) / sx).rounded(.up)))
            let btm = min(gray.height, Int(((b.y1 + pad) / sy).rounded(.up)))
            guard r > l, btm > t else { continue }
            TessBaseAPISetRectangle(eng, Int32(l), Int32(t), Int32(r - l), Int32(btm - t))
            guard let ctext = TessBaseAPIGetUTF8Text(eng) else { continue }
            let text = String(cString: ctext).trimmingCharacters(in: .whitespacesAndNewlines)
            TessDeleteText(ctext)
            if text == "%" {
                corrections.append(OCRPage.Correction(wordIndex: i, original: words[i].text, corrected: text))
                words[i].text = text
            }
        }
        return corrections
    }
}
