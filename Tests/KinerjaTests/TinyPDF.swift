import Foundation
import PDFFixtures
import Kinerja
import KinerjaModel

/// A minimal PDF writer for tests: pages with Helvetica text, stroked lines and filled
/// rectangles, in top-left page coordinates (points), so a test can build exactly the
/// drawing it needs — a hairline grid, light-grey rules, white rules on a fill, zebra rows,
/// a table with only a header rule, a chart — and run the whole pipeline on it.
struct TinyPDF {
    /// A colour as RGB in 0...1.
    struct RGB { var r, g, b: Double
        static let black = RGB(r: 0, g: 0, b: 0), white = RGB(r: 1, g: 1, b: 1)
        static func gray(_ v: Double) -> RGB { RGB(r: v, g: v, b: v) }
    }

    struct PageSpec {
        var width: Double = 595
        var height: Double = 842
        var ops: [String] = []

        /// Text with its top-left at (x, y) (the baseline is `size * 0.8` below the top).
        mutating func text(_ s: String, x: Double, y: Double, size: Double = 9, bold: Bool = false,
                           color: RGB = .black) {
            let escaped = s.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
            let font = bold ? "/F2" : "/F1"
            ops.append("BT \(Self.rgb(color, fill: true)) \(font) \(n(size)) Tf \(n(x)) \(n(height - y - size * 0.8)) Td (\(escaped)) Tj ET")
        }

        /// 8-bit gray images drawn on the page (XObject dictionaries with their streams).
        var images: [String] = []

        /// Text in render mode 3 (invisible), as a scanner lays its OCR layer over the scan.
        mutating func invisibleText(_ s: String, x: Double, y: Double, size: Double = 9) {
            let escaped = s.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
            ops.append("BT 3 Tr /F1 \(n(size)) Tf \(n(x)) \(n(height - y - size * 0.8)) Td (\(escaped)) Tj ET")
        }

        /// An 8-bit gray image (`pixels` row by row, top row first) drawn into the box with
        /// its top-left at (x, y), `w` x `h` points.
        mutating func image(pixelsWide: Int, pixelsHigh: Int, pixels: [UInt8], x: Double, y: Double, w: Double, h: Double) {
            let hex = pixels.map { String(format: "%02x", $0) }.joined() + ">"
            images.append("<< /Type /XObject /Subtype /Image /Width \(pixelsWide) /Height \(pixelsHigh) /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode /Length \(hex.utf8.count) >>\nstream\n\(hex)\nendstream")
            ops.append("q \(n(w)) 0 0 \(n(h)) \(n(x)) \(n(height - y - h)) cm /Im\(images.count) Do Q")
        }

        /// A stroked straight line.
        mutating func line(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, width: Double = 0.5,
                           color: RGB = .black) {
            ops.append("q \(Self.rgb(color, fill: false)) \(n(width)) w \(n(x0)) \(n(height - y0)) m \(n(x1)) \(n(height - y1)) l S Q")
        }

        /// A filled rectangle (top-left x, y; width, height).
        mutating func fill(x: Double, y: Double, w: Double, h: Double, color: RGB) {
            ops.append("q \(Self.rgb(color, fill: true)) \(n(x)) \(n(height - y - h)) \(n(w)) \(n(h)) re f Q")
        }

        /// A stroked rectangle outline.
        mutating func rect(x: Double, y: Double, w: Double, h: Double, width: Double = 0.5, color: RGB = .black) {
            ops.append("q \(Self.rgb(color, fill: false)) \(n(width)) w \(n(x)) \(n(height - y - h)) \(n(w)) \(n(h)) re S Q")
        }

        /// A stroked Bézier curve (charts, decorations).
        mutating func curve(from p0: (Double, Double), _ c1: (Double, Double), _ c2: (Double, Double),
                            to p3: (Double, Double), width: Double = 1, color: RGB = .black) {
            let h = height
            ops.append("q \(Self.rgb(color, fill: false)) \(n(width)) w \(n(p0.0)) \(n(h - p0.1)) m \(n(c1.0)) \(n(h - c1.1)) \(n(c2.0)) \(n(h - c2.1)) \(n(p3.0)) \(n(h - p3.1)) c S Q")
        }

        private static func rgb(_ c: RGB, fill: Bool) -> String {
            "\(n(c.r)) \(n(c.g)) \(n(c.b)) \(fill ? "rg" : "RG")"
        }
    }

    var pages: [PageSpec] = []

    /// The PDF bytes (objects, cross-reference table and trailer, all offsets exact).
    func data() -> Data {
        var objects: [String] = []
        // 1: catalog, 2: pages, 3: Helvetica, 4: Helvetica-Bold, then (page, content) pairs.
        let pageIDs = pages.indices.map { 5 + 2 * $0 }
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        objects.append("<< /Type /Pages /Kids [\(pageIDs.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        // Images go after all pages, so pages without them are written as before.
        var nextImageID = 5 + 2 * pages.count
        for (i, p) in pages.enumerated() {
            let content = p.ops.joined(separator: "\n")
            var xobjects = ""
            if !p.images.isEmpty {
                xobjects = " /XObject << " + p.images.indices.map { "/Im\($0 + 1) \(nextImageID + $0) 0 R" }.joined(separator: " ") + " >>"
                nextImageID += p.images.count
            }
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(n(p.width)) \(n(p.height))] /Resources << /Font << /F1 3 0 R /F2 4 0 R >>\(xobjects) >> /Contents \(pageIDs[i] + 1) 0 R >>")
            objects.append("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream")
        }
        for p in pages { objects += p.images }
        return PDFFile.data(objects: objects)
    }

    /// Writes the PDF to a fresh temporary file and returns its path.
    func write(named name: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-tinypdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try data().write(to: url)
        return url.path
    }
}

/// A number as PDF writes it: no exponent, at most 3 decimals.
private func n(_ v: Double) -> String {
    let s = String(format: "%.3f", v)
    var t = Substring(s)
    while t.hasSuffix("0") { t = t.dropLast() }
    if t.hasSuffix(".") { t = t.dropLast() }
    return t == "-0" ? "0" : String(t)
}

extension TinyPDF {
    /// One page built by `build`, written as `name` and run through the whole pipeline
    /// (no OCR, one page thread); the file is removed afterwards.
    static func extract(named name: String, _ build: (inout PageSpec) -> Void) throws -> ExtractedDocument {
        var page = PageSpec()
        build(&page)
        let path = try TinyPDF(pages: [page]).write(named: name)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        return try Extractor(options: ExtractOptions(ocr: .never, workers: 1)).extract(path: path)
    }
}
