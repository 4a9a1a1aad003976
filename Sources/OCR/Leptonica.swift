import CTesseract
import KinerjaModel

/// Tesseract and Leptonica are loaded on first use (CTesseract/lazy.c), never at start-up.
enum OCRLibraries {
    /// nil when the libraries are loaded; else why not.
    static func load() -> String? {
        kinerja_ocr_load() == 0 ? nil : String(cString: kinerja_ocr_load_error())
    }
}

/// An owned leptonica `Pix*` (8 bpp gray or 1 bpp), destroyed with the value.
///
/// Confined to the thread that made it: never shared, never `Sendable`.
final class OwnedPix {
    private(set) var pointer: UnsafeMutablePointer<Pix>

    /// Takes ownership of `pointer` (a fresh reference from a leptonica constructor).
    init(taking pointer: UnsafeMutablePointer<Pix>) { self.pointer = pointer }

    deinit {
        var p: UnsafeMutablePointer<Pix>? = pointer
        pixDestroy(&p)
    }

    var width: Int { Int(pixGetWidth(pointer)) }
    var height: Int { Int(pixGetHeight(pointer)) }

    /// An 8 bpp pix holding `image` (leptonica packs 4 pixels per 32-bit word, the first
    /// pixel in the most significant byte).
    convenience init?(_ image: GrayImage) {
        let w = image.width, h = image.height
        guard OCRLibraries.load() == nil, w > 0, h > 0, let pix = pixCreate(Int32(w), Int32(h), 8) else { return nil }
        self.init(taking: pix)
        let wpl = Int(pixGetWpl(pix))
        guard let data = pixGetData(pix) else { return nil }
        image.pixels.withUnsafeBufferPointer { src in
            for y in 0..<h {
                let row = data + y * wpl
                let s = y * w
                var x = 0
                var word = 0
                while x + 4 <= w {
                    row[word] = UInt32(src[s + x]) << 24 | UInt32(src[s + x + 1]) << 16
                        | UInt32(src[s + x + 2]) << 8 | UInt32(src[s + x + 3])
                    x += 4; word += 1
                }
                if x < w {
                    var v: UInt32 = 0
                    for k in 0..<4 {
                        let b: UInt32 = x + k < w ? UInt32(src[s + x + k]) : 255
                        v |= b << UInt32(24 - 8 * k)
                    }
                    row[word] = v
                }
            }
        }
    }

    /// Decodes an image file held in memory (any format leptonica reads: PNG, PNM, TIFF,
    /// JPEG) to 8 bpp gray.
    convenience init?(decoding data: [UInt8]) {
        guard OCRLibraries.load() == nil, !data.isEmpty,
              let raw = data.withUnsafeBufferPointer({ pixReadMem($0.baseAddress, $0.count) }) else { return nil }
        if pixGetDepth(raw) == 8 && pixGetColormap(raw) == nil {
            self.init(taking: raw)
            return
        }
        var r: UnsafeMutablePointer<Pix>? = raw
        defer { pixDestroy(&r) }
        guard let gray = pixConvertTo8(raw, 0) else { return nil }
        self.init(taking: gray)
    }

    /// The pixels of an 8 bpp pix as a `GrayImage`.
    func grayImage() -> GrayImage? {
        guard pixGetDepth(pointer) == 8, let data = pixGetData(pointer) else { return nil }
        let w = width, h = height, wpl = Int(pixGetWpl(pointer))
        var pixels = [UInt8](repeating: 255, count: w * h)
        pixels.withUnsafeMutableBufferPointer { dst in
            for y in 0..<h {
                let row = data + y * wpl
                let o = y * w
                for x in 0..<w {
                    let word = row[x >> 2]
                    dst[o + x] = UInt8(truncatingIfNeeded: word >> UInt32(24 - 8 * (x & 3)))
                }
            }
        }
        return GrayImage(width: w, height: h, pixels: pixels)
    }

    /// Rotated clockwise by `quads` quarter turns.
    func rotatedOrth(_ quads: Int) -> OwnedPix? {
        let q = ((quads % 4) + 4) % 4
        guard q != 0 else { return nil }
        return pixRotateOrth(pointer, Int32(q)).map { OwnedPix(taking: $0) }
    }

    /// Rotated by `degrees` clockwise about the centre, same size, white brought in.
    func rotated(degrees: Double) -> OwnedPix? {
        let radians = Float(degrees * .pi / 180)
        return pixRotate(pointer, radians, Int32(L_ROTATE_AREA_MAP), Int32(L_BRING_IN_WHITE), 0, 0)
            .map { OwnedPix(taking: $0) }
    }

    /// 1 bpp: pixels darker than `threshold` become foreground.
    func binarized(threshold: Int) -> OwnedPix? {
        pixThresholdToBinary(pointer, Int32(max(1, min(255, threshold)))).map { OwnedPix(taking: $0) }
    }
}

enum Leptonica {
    /// Text orientation of a binarised page from ascender/descender statistics
    /// (leptonica's flipdetect): the clockwise quarter turn that makes it upright, or nil
    /// when leptonica is not sure. `up` and `left` are its two confidences.
    static func orientation(_ binary: OwnedPix, minUpConfidence: Double = 8, minRatio: Double = 5)
        -> (rotation: Int?, up: Double, left: Double)? {
        var up: Float = 0, left: Float = 0
        guard pixOrientDetect(binary.pointer, &up, &left, 0, 0) == 0 else { return nil }
        var orient: Int32 = 0
        guard makeOrientDecision(up, left, Float(minUpConfidence), Float(minRatio), &orient, 0) == 0 else { return nil }
        let rotation: Int?
        switch Int(orient) {
        case Int(L_TEXT_ORIENT_UP): rotation = 0
        case Int(L_TEXT_ORIENT_LEFT): rotation = 90
        case Int(L_TEXT_ORIENT_DOWN): rotation = 180
        case Int(L_TEXT_ORIENT_RIGHT): rotation = 270
        default: rotation = nil
        }
        return (rotation, Double(up), Double(left))
    }

    /// Half-size 1 bpp copy (rank 1: a pixel is ink if any of its four was).
    static func reduced2(_ binary: OwnedPix) -> OwnedPix? {
        pixReduceRankBinary2(binary.pointer, 1, nil).map { OwnedPix(taking: $0) }
    }

    /// Leptonica writes warnings to stderr by default; a library must stay quiet.
    static let quiet: Void = {
        _ = setMsgSeverity(Int32(L_SEVERITY_NONE))
    }()

    /// Skew of a binarised page: the clockwise angle (degrees) that straightens it, and
    /// leptonica's confidence (its score ratio; below ~3 the angle is not trustworthy).
    static func findSkew(_ binary: OwnedPix) -> (degrees: Double, confidence: Double)? {
        var angle: Float = 0, conf: Float = 0
        // Sweep ±7° at 4x reduction then binary search at 2x: leptonica's defaults.
        guard pixFindSkewSweepAndSearch(binary.pointer, &angle, &conf, 4, 2, 7.0, 1.0, 0.01) == 0 else { return nil }
        return (Double(angle), Double(conf))
    }
}
