import KinerjaModel
import Layout
import Testing

@Suite("Layout: rules drawn as pictures")
struct PictureRulingsTests {
    private func rules(_ g: PageGraphics) -> (h: [Ruling], v: [Ruling]) {
        let r = VectorRulings().find(in: g, words: [], width: 595, height: 842)
        return (r.filter { $0.orientation == .horizontal }, r.filter { $0.orientation == .vertical })
    }

    /// A dotted rule as some converters draw it: a row of tiny pictures (0.97 × 0.48 pt each).
    private func dottedRow(y: Double, from x0: Double, to x1: Double) -> [Rect] {
        stride(from: x0, to: x1, by: 0.97).map { Rect(x0: $0, y0: y, x1: $0 + 0.97, y1: y + 0.48) }
    }

    @Test func aRowOfTinyPicturesIsOneRule() {
        let (h, v) = rules(PageGraphics(images: dottedRow(y: 200, from: 291, to: 524)))
        #expect(h.count == 1)
        #expect(h.first.map { abs($0.start - 291) < 0.5 && abs($0.end - 524) < 1.5 && abs($0.position - 200.24) < 0.5 } == true)
        #expect(v.isEmpty)
    }

    @Test func aStretchedHairlinePictureIsARule() {
        let (h, v) = rules(PageGraphics(images: [Rect(x0: 100, y0: 300, x1: 100.5, y1: 420)]))
        #expect(h.isEmpty)
        #expect(v.count == 1 && v.first?.position == 100.25)
    }

    @Test func picturesThatAreNotThinAreNoRules() {
        // A logo, a photo, a lone dot.
        let images = [Rect(x0: 50, y0: 50, x1: 120, y1: 110), Rect(x0: 200, y0: 60, x1: 400, y1: 64),
                      Rect(x0: 300, y0: 300, x1: 301, y1: 301)]
        let (h, v) = rules(PageGraphics(images: images))
        #expect(h.isEmpty && v.isEmpty)
    }
}
