import KinerjaModel
import Testing
@testable import OCR

/// Bullets Tesseract read as letters or marks (`e`, `»`), told from real letters by the
/// scan's pixels. A 300-ppi strip; boxes in points (1 px = 72/300 pt).
@Suite("OCR: bullets")
struct BulletsTests {
    let s = 72.0 / 300.0

    /// A white 1200x400 image with a solid disk, a ring (an `o`/`e`: open middle) and a
    /// small disk on the baseline (a full stop), each drawn left of where a word follows.
    func strip() -> GrayImage {
        let w = 1200, h = 400
        var px = [UInt8](repeating: 250, count: w * h)
        func disk(cx: Int, cy: Int, r: Int, hole: Int = 0) {
            for y in (cy - r)...(cy + r) { for x in (cx - r)...(cx + r) {
                let d = (x - cx) * (x - cx) + (y - cy) * (y - cy)
                if d <= r * r && d >= hole * hole { px[y * w + x] = 40 }
            } }
        }
        disk(cx: 100, cy: 60, r: 12)              // bullet, centred on a 50 px line (35...85)
        disk(cx: 100, cy: 200, r: 12, hole: 7)    // ring: an `o`
        disk(cx: 100, cy: 325, r: 12)             // a dot on the baseline of its line (285...335)
        return GrayImage(width: w, height: h, pixels: px)
    }

    func word(_ text: String, _ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, _ conf: Double = 40) -> Word {
        Word(text: text, box: Rect(x0: Double(x0) * s, y0: Double(y0) * s, x1: Double(x1 + 1) * s, y1: Double(y1 + 1) * s),
             fontSize: Double(y1 - y0) * s, confidence: conf)
    }

    @Test func solidDotBeforeTextIsBullet() {
        let words = [
            word("e", 88, 48, 112, 72), word("Dokumen", 140, 35, 400, 85, 95),
            word("o", 88, 188, 112, 212), word("Dokumen", 140, 175, 400, 225, 95),
            word("»", 88, 313, 112, 337), word("Dokumen", 140, 285, 400, 335, 95),
        ]
        let out = Bullets.reading(words, in: strip(), threshold: 128, sx: s, sy: s)
        #expect(out.map(\.text) == ["•", "Dokumen", "o", "Dokumen", "»", "Dokumen"])
        // Kept by the speckle filter although Tesseract was unsure of it.
        #expect(OCREngine.droppingSpeckles(out).map(\.text).first == "•")
    }

    @Test func dotWithNothingAfterItStays() {
        let out = Bullets.reading([word("e", 88, 48, 112, 72)], in: strip(), threshold: 128, sx: s, sy: s)
        #expect(out.map(\.text) == ["e"])
    }
}
