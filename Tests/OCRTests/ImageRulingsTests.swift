import KinerjaModel
import Testing
@testable import OCR

/// A small deterministic generator, so that the noise is the same on every run.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// A 1200x900 page at 150 ppi (8x6 in, 576x432 pt) with table rules drawn the way a scan
/// shows them: dark core, lighter halo, speckle noise, a broken stretch, and things that
/// are not rules (a thick bar, a short dash, a row of capital-like blocks).
func syntheticPage() -> GrayImage {
    let w = 1200, h = 900
    var px = [UInt8](repeating: 245, count: w * h)
    var rng = SplitMix(state: 42)
    func set(_ x: Int, _ y: Int, _ v: UInt8) { if x >= 0 && y >= 0 && x < w && y < h { px[y * w + x] = min(px[y * w + x], v) } }
    func hline(y: Int, x0: Int, x1: Int, thick: Int) {
        for x in x0...x1 {
            for t in 0..<thick { set(x, y + t, UInt8(40 + rng.below(40))) }
            set(x, y - 1, 170); set(x, y + thick, 170)  // JPEG-like halo
        }
    }
    func vline(x: Int, y0: Int, y1: Int, thick: Int) {
        for y in y0...y1 {
            for t in 0..<thick { set(x + t, y, UInt8(40 + rng.below(40))) }
            set(x - 1, y, 170); set(x + thick, y, 170)
        }
    }
    // Gray noise everywhere and dark speckles.
    for i in 0..<(w * h) { px[i] = UInt8(max(0, Int(px[i]) - rng.below(25))) }
    for _ in 0..<3000 { set(rng.below(w), rng.below(h), UInt8(rng.below(90))) }

    hline(y: 100, x0: 100, x1: 1100, thick: 3)          // table top
    hline(y: 300, x0: 100, x1: 1100, thick: 2)          // row rule with a 4 px break
    for x in 600..<604 { for t in -1...2 { px[(300 + t) * w + x] = 245 } }
    hline(y: 800, x0: 100, x1: 1100, thick: 3)          // table bottom
    vline(x: 100, y0: 100, y1: 802, thick: 3)           // left
    vline(x: 700, y0: 100, y1: 802, thick: 2)           // inner column
    vline(x: 1098, y0: 100, y1: 802, thick: 3)          // right

    // Not rules: a solid bar 30 px tall, a 30 px dash, and a row of "capitals" whose tops
    // touch (a long thin dark run with strokes below it).
    for y in 400..<430 { for x in 200..<600 { set(x, y, 30) } }
    hline(y: 500, x0: 800, x1: 830, thick: 2)
    for letter in 0..<12 {
        let x0 = 150 + letter * 26
        for x in x0..<(x0 + 24) { for y in 600..<604 { set(x, y, 30) } }       // top bar
        for y in 604..<624 { for x in x0..<(x0 + 5) { set(x, y, 30) } }         // stem
        for y in 604..<624 { for x in (x0 + 18)..<(x0 + 23) { set(x, y, 30) } } // second stem
    }
    return GrayImage(width: w, height: h, pixels: px)
}

@Suite("Image rulings")
struct ImageRulingsTests {
    let pageWidth = 576.0, pageHeight = 432.0  // 1200x900 px at 150 ppi
    let s = 72.0 / 150.0

    @Test func findsDrawnRulesOnly() {
        let rulings = ImageRulings.rulings(in: syntheticPage(), pageWidth: pageWidth, pageHeight: pageHeight)
        let h = rulings.filter { $0.orientation == .horizontal }.sorted { $0.position < $1.position }
        let v = rulings.filter { $0.orientation == .vertical }.sorted { $0.position < $1.position }
        #expect(h.count == 3, "\(h)")
        #expect(v.count == 3, "\(v)")
        for (r, y) in zip(h, [101.5, 301.0, 801.5]) {
            #expect(abs(r.position - (y + 0.5) * s) < 1.0, "\(r)")
            #expect(abs(r.start - 100 * s) < 1.5 && abs(r.end - 1101 * s) < 1.5, "\(r)")
        }
        for (r, x) in zip(v, [101.0, 700.5, 1099.0]) {
            #expect(abs(r.position - (x + 0.5) * s) < 1.0, "\(r)")
            #expect(abs(r.start - 100 * s) < 1.5 && abs(r.end - 803 * s) < 1.5, "\(r)")
        }
    }

    @Test func breaksAreBridgedAndLongGapsAreNot() {
        var img = syntheticPage()
        // Widen the break in the rule at y=300 to 40 px: two rules now.
        for x in 580..<620 { for y in 298...304 { img.pixels[y * img.width + x] = 245 } }
        let rules = ImageRulings.detect(in: img, pixelsPerPoint: 150.0 / 72.0)
            .filter { $0.orientation == .horizontal && abs($0.position - 300.5) < 2 }
        #expect(rules.count == 2, "\(rules)")
        #expect(rules.map(\.end).min().map { $0 < 585 } == true)
    }

    @Test func slightTiltStillOneRule() {
        let w = 1000, h = 400
        var px = [UInt8](repeating: 250, count: w * h)
        // A 3 px rule falling 9 px over its length (about 0.6 degrees).
        for x in 50..<950 {
            let y0 = 200 + (x - 50) / 100
            for t in 0..<3 { px[(y0 + t) * w + x] = 50 }
        }
        let rules = ImageRulings.detect(in: GrayImage(width: w, height: h, pixels: px), pixelsPerPoint: 300.0 / 72.0)
        #expect(rules.count == 1, "\(rules)")
        #expect(rules.first.map { $0.start == 50 && $0.end == 949 && $0.thickness < 4 } == true, "\(rules)")
    }

    @Test func ruleDriftingSidewaysStaysOneRule() {
        // A scanned vertical rule (300 ppi) that drifts three pixels to the right halfway
        // down, with a short stray piece on the column in between — as on a scanned
        // Perjanjian Kinerja whose rule between Indikator and Target vanished in the
        // header. The stretch after the drift must continue the rule, not lie beside it.
        let w = 400, h = 2400
        var px = [UInt8](repeating: 250, count: w * h)
        func dark(_ x: Int, _ ys: ClosedRange<Int>) { for y in ys { px[y * w + x] = 60 } }
        dark(199, 300...900); dark(200, 300...1300); dark(201, 350...600)
        dark(203, 1000...2100); dark(204, 1000...2100)
        // The plain reading alone (the second, widened one would mend this too).
        let rules = ImageRulings.detect(in: GrayImage(width: w, height: h, pixels: px), pixelsPerPoint: 300.0 / 72.0,
                                        options: ImageRulings.Options(findWanderingRules: false))
        #expect(rules.count == 1, "\(rules)")
        #expect(rules.first.map { $0.orientation == .vertical && $0.start == 300 && $0.end == 2100 } == true, "\(rules)")
    }

    @Test func wanderingThinRuleFound() {
        // A 1 px rule (300 ppi) that steps a pixel left or right every few pixels along its
        // length, as a cheap scanner draws a thin rule: no row or column holds a long
        // enough stretch of it. Drawn vertical, and the same transposed as a horizontal one.
        let n = 1600, a = 200, b = 1199
        var rng = SplitMix(state: 7)
        var offsets: [Int] = []
        var off = 1
        for _ in 0..<n {
            if rng.below(4) == 0 { off = max(0, min(2, off + (rng.below(2) == 0 ? -1 : 1))) }
            offsets.append(off)
        }
        var vertical = [UInt8](repeating: 250, count: n * n), horizontal = vertical
        for t in a...b {
            vertical[t * n + 200 + offsets[t]] = 60
            horizontal[(200 + offsets[t]) * n + t] = 60
        }
        for (px, orientation) in [(vertical, Ruling.Orientation.vertical), (horizontal, .horizontal)] {
            let image = GrayImage(width: n, height: n, pixels: px)
            let plain = ImageRulings.Options(findWanderingRules: false)
            #expect(ImageRulings.detect(in: image, pixelsPerPoint: 300.0 / 72.0, options: plain).isEmpty)
            let rules = ImageRulings.detect(in: image, pixelsPerPoint: 300.0 / 72.0)
            #expect(rules.count == 1, "\(orientation) \(rules)")
            #expect(rules.first.map {
                $0.orientation == orientation && $0.start == a && $0.end == b && abs($0.position - 201) < 1.5
            } == true, "\(rules)")
        }
    }

    @Test func doubleRuleKept() {
        let w = 1000, h = 300
        var px = [UInt8](repeating: 250, count: w * h)
        // Two 3 px rules two rows apart (a double border at 300 ppi).
        for x in 100..<900 { for y in [100, 101, 102, 105, 106, 107] { px[y * w + x] = 40 } }
        let rules = ImageRulings.detect(in: GrayImage(width: w, height: h, pixels: px), pixelsPerPoint: 300.0 / 72.0)
        #expect(rules.count == 2, "\(rules)")
        #expect(rules.allSatisfy { $0.orientation == .horizontal && $0.length == 800 })
    }

    @Test func otsuSplitsInkFromPaper() {
        var px = [UInt8](repeating: 230, count: 1000)
        for i in 0..<200 { px[i] = 40 }
        let t = ImageRulings.otsuThreshold(GrayImage(width: 100, height: 10, pixels: px))
        #expect(t > 40 && t <= 230)
    }

    @Test func eraseWhitensOnlyTheRules() {
        var img = syntheticPage()
        let rules = ImageRulings.detect(in: img, pixelsPerPoint: 150.0 / 72.0)
        ImageRulings.erase(rules, from: &img)
        #expect(ImageRulings.detect(in: img, pixelsPerPoint: 150.0 / 72.0).isEmpty)
        #expect(img.pixels[415 * img.width + 300] == 30)  // the solid bar is untouched
    }

    @Test func ruleArtifactsDropped() {
        let rule = Ruling(.vertical, at: 100, from: 0, to: 500)
        let words = [
            Word(text: "|", box: Rect(x0: 99, y0: 10, x1: 101, y1: 20), fontSize: 10),        // on the rule: dropped
            Word(text: "|", box: Rect(x0: 300, y0: 10, x1: 302, y1: 20), fontSize: 10),       // far from it: kept
            Word(text: "100|", box: Rect(x0: 80, y0: 30, x1: 100.5, y1: 40), fontSize: 10),   // glued: stripped
            Word(text: "Evaluasi", box: Rect(x0: 105, y0: 30, x1: 140, y1: 40), fontSize: 10),
        ]
        let out = OCREngine.droppingRuleArtifacts(words, rulings: [rule])
        #expect(out.map(\.text) == ["|", "100", "Evaluasi"])
        #expect(out[1].box.x1 < 100)
    }

    @Test func specklesDroppedButRealOneLetterCellsKept() {
        func w(_ t: String, _ conf: Double) -> Word {
            Word(text: t, box: Rect(x0: 0, y0: 0, x1: 5, y1: 10), fontSize: 10, confidence: conf)
        }
        let out = OCREngine.droppingSpeckles([w("100%", 90), w("z", 42), w(".", 96), w("B", 91), w("7", 20), w("%", 35),
                                              w("=", 71), w("-", 88), w("-", 42), w("√", 60)])
        #expect(out.map(\.text) == ["100%", "B", "7", "%", "-", "√"])
    }
}
