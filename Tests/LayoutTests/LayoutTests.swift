import KinerjaModel
import Layout
import Testing

private func word(_ t: String, _ x: Double, _ y: Double, size: Double = 10) -> Word {
    Word(text: t, box: Rect(x0: x, y0: y, x1: x + Double(t.count) * size * 0.5, y1: y + size), fontSize: size)
}

@Suite("Layout: lines and rules")
struct LayoutTests {
    @Test func wordsGroupIntoLinesLeftToRight() {
        let words = [word("kinerja", 60, 101), word("Target", 10, 100), word("100%", 10, 120), word("B", 60, 119.5)]
        let lines = TextLines.lines(of: words)
        #expect(lines.map(\.text) == ["Target kinerja", "100% B"])
    }

    @Test func slantedLettersBelongToNoLine() {
        // A watermark's letters on a slant (PDFReading marks them) cross the lines they overlap.
        var p = word("P", 40, 100.5); p.slanted = true
        var d = word("D", 48, 96); d.slanted = true
        let words = [word("Target", 10, 100), word("2016", 60, 100), p, d]
        #expect(TextLines.lines(of: words).map(\.text) == ["Target 2016"])
        #expect(TextLines.lines(of: [p, d]).isEmpty)
    }

    @Test func aDashBetweenTwoLinesDoesNotChainThem() {
        // A list dash centred on a wrapped item overlaps both of its lines by just over
        // half: it joins one, but the other line's words stay on their own line.
        let words = [word("Ayam", 20, 100), word("Ras", 45, 100), word("-", 10, 104.8),
                     word("Pedaging", 21, 109.6)]
        #expect(TextLines.lines(of: words).map(\.text) == ["- Ayam Ras", "Pedaging"])
        // The same when the mark sorts first (centred above the first line's centre).
        let raised = [word("•", 10, 95.2), word("Ayam", 20, 100), word("Ras", 45, 100),
                      word("Pedaging", 21, 104.8 + 0.4)]
        #expect(TextLines.lines(of: raised).map(\.text) == ["• Ayam Ras", "Pedaging"])
        // Marks alone still form their own line.
        #expect(TextLines.lines(of: [word("-", 10, 100), word("*", 30, 101)]).map(\.text) == ["- *"])
    }

    @Test func aMarkLeaningIntoTheSecondLineOfItsItemOpensTheItem() {
        // The dash is centred between `Ayam Ras` and `Petelur`, a little nearer the
        // second line: it still opens the item on the first.
        let words = [word("Ayam", 20, 100), word("Ras", 45, 100), word("-", 10, 106),
                     word("Petelur", 20, 110), word("Ekor", 100, 100)]
        #expect(TextLines.lines(of: words).map(\.text) == ["- Ayam Ras Ekor", "Petelur"])
        // Marks of one-line items, each centred on its own line, stay there.
        let list = [word("-", 10, 100), word("Sapi", 20, 100), word("Perah", 45, 100),
                    word("-", 10, 109.6), word("Sapi", 20, 110), word("Potong", 45, 110)]
        #expect(TextLines.lines(of: list).map(\.text) == ["- Sapi Perah", "- Sapi Potong"])
    }

    @Test func cellLinesJoinWithSpaceButKeepBrokenCompounds() {
        #expect(TextLines.joinCellLines(["Persentase produk", "hukum  yang"]) == "Persentase produk hukum yang")
        #expect(TextLines.joinCellLines(["sesuai perundang-", "undangan"]) == "sesuai perundang-undangan")
        #expect(TextLines.joinCellLines(["Peraturan Perundang-", "Undangan"]) == "Peraturan Perundang-Undangan")
        // A dash standing alone, or before a number, is not a broken compound.
        #expect(TextLines.joinCellLines(["Pemilu -", "Pemilihan"]) == "Pemilu - Pemilihan")
        #expect(TextLines.joinCellLines(["periode 2020-", "2024"]) == "periode 2020- 2024")
    }

    @Test func joinCollapsesWhitespaceAndNormalisesToNFC() {
        #expect(TextLines.join(["  a\t", "b  c "]) == "a b c")
        #expect(TextLines.join(["e\u{301}"]) == "\u{e9}")
        // The ASCII fast path gives what the Character path gives.
        for parts in [["  a\t", "b  c "], ["\r\n x", "\u{0B}y\u{0C}"], ["", " "], ["a\u{1F}b", "c"]] {
            let joined = parts.joined(separator: " ")
            #expect(TextLines.join(parts) == joined.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
    }

    /// Draws rules into a white raster, with text-like specks and a broken line.
    @Test func rulesAreFoundAndTextIsNot() {
        let w = 200, h = 100
        var px = [UInt8](repeating: 255, count: w * h)
        for x in 10..<190 { px[20 * w + x] = 0 }                       // horizontal rule, y = 20
        for x in 10..<190 where x != 100 { px[80 * w + x] = 60 }       // broken at one pixel, y = 80
        for y in 20...80 { px[y * w + 10] = 0; px[y * w + 189] = 0 }   // verticals
        for x in stride(from: 30, to: 150, by: 4) {                    // "text": short strokes
            for y in 40..<47 { px[y * w + x] = 0; px[y * w + x + 1] = 0 }
        }
        for y in 55..<70 { for x in 40..<120 { px[y * w + x] = 0 } }   // a filled box: not a rule
        let rules = RasterRulings().find(in: GrayImage(width: w, height: h, pixels: px), scale: 1)
        let hs = rules.filter { $0.orientation == .horizontal }
        let vs = rules.filter { $0.orientation == .vertical }
        #expect(hs.count == 2)
        #expect(hs.allSatisfy { $0.length > 170 })
        #expect(Set(hs.map { Int($0.position) }) == [20, 80])
        #expect(vs.count == 2)
        #expect(vs.allSatisfy { $0.length > 55 })
    }

    /// A thin rule that falls between two pixel lines (a scan's line, downsampled) shows as
    /// two light lines, neither dark enough alone: it is still one rule, where it lies
    /// (within half a pixel). A rule on one pixel line keeps its place and its thickness
    /// (its light fringe does not make it a thick blob), apart from its neighbours.
    @Test func aRuleSplitBetweenTwoPixelLinesIsFound() {
        let w = 200, h = 100
        var px = [UInt8](repeating: 255, count: w * h)
        for x in 10..<190 { px[30 * w + x] = 195; px[31 * w + x] = 195 }   // horizontal, between rows 30 and 31
        for y in 40..<95 { px[y * w + 60] = 190; px[y * w + 61] = 190 }   // vertical, between columns 60 and 61
        for x in 10..<190 { px[70 * w + x] = 0 }                           // a crisp rule on row 70
        for x in 10..<190 { px[74 * w + x] = 0 }                           // and one four rows below
        for y in 5..<95 {                                                  // a 3-pixel rule with light fringes
            px[y * w + 149] = 200; px[y * w + 153] = 200
            for x in 150...152 { px[y * w + x] = 0 }
        }
        let rules = RasterRulings().find(in: GrayImage(width: w, height: h, pixels: px), scale: 1)
        let hs = rules.filter { $0.orientation == .horizontal }.sorted { $0.position < $1.position }
        let vs = rules.filter { $0.orientation == .vertical }
        #expect(hs.count == 3)
        #expect(hs.allSatisfy { $0.length > 170 })
        #expect(hs.count == 3 && abs(hs[0].position - 31) <= 0.5)
        #expect(hs.dropFirst().map(\.position) == [70.5, 74.5])
        let split = vs.filter { abs($0.position - 61) <= 0.5 }
        #expect(split.count == 1 && (split.first?.length ?? 0) > 50)
        #expect(vs.contains { $0.position == 151.5 && $0.length > 85 })
        #expect(vs.count == 2)
    }

    /// A scan's thick border (three dark pixels and a light fringe two pixels wide) reads a
    /// pixel thicker where neighbouring pixels are paired, past the thickest rule: the image
    /// as rendered still shows it, so it is still a rule (the table is not cut apart).
    @Test func aThickBorderWithAWideFringeStaysARule() {
        let w = 120, h = 120
        var px = [UInt8](repeating: 255, count: w * h)
        for y in 10..<110 {
            for x in 50...52 { px[y * w + x] = 0 }
            px[y * w + 53] = 200; px[y * w + 54] = 200
        }
        let rules = RasterRulings().find(in: GrayImage(width: w, height: h, pixels: px), scale: 1)
        let vs = rules.filter { $0.orientation == .vertical }
        #expect(vs.count == 1)
        #expect(vs.first.map { abs($0.position - 51.5) <= 0.5 && $0.length > 95 } == true)
    }
}
