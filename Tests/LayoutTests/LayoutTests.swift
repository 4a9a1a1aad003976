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
}
