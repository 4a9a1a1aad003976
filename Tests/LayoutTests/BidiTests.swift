import KinerjaModel
import Layout
import Testing

/// Right-to-left text is put in reading order from the script of its characters.
@Suite("Layout: right-to-left lines")
struct BidiTests {
    private func word(_ text: String, _ x: Double) -> Word {
        Word(text: text, box: Rect(x0: x, y0: 100, x1: x + 30, y1: 109), fontSize: 9)
    }

    @Test func aWordDrawnLeftToRightIsReadBack() {
        // Glyphs as drawn, left to right: the visual form of שלום, and of (ללא with its bracket.
        #expect(Bidi.logicalWord(visual: Array("םולש".unicodeScalars)) == "שלום")
        #expect(Bidi.logicalWord(visual: Array("אלל)".unicodeScalars)) == "(ללא")
        // Numbers and Latin words are left alone.
        #expect(Bidi.logicalWord(visual: Array("-4.3".unicodeScalars)) == "-4.3")
        #expect(Bidi.logicalWord(visual: Array("Jeremy".unicodeScalars)) == "Jeremy")
    }

    @Test func aHebrewLineReadsFromItsRightEnd() {
        // On the page, left to right: גולמי מקומי תוצר — read: תוצר מקומי גולמי.
        let line = TextLine(words: [word("גולמי", 10), word("מקומי", 50), word("תוצר", 90)])
        #expect(line.text == "תוצר מקומי גולמי")
        #expect(line.words.map(\.box.x0) == [10, 50, 90])   // geometry stays left to right
    }

    @Test func numbersAndLatinInsideRightToLeftKeepTheirOrder() {
        // Arabic "I have 47 cats": drawn قطط 47 عندي.
        let line = TextLine(words: [word("قطط", 10), word("47", 50), word("عندي", 90)])
        #expect(line.text == "عندي 47 قطط")
        // A left-to-right line with one Arabic word keeps its order.
        let mixed = TextLine(words: [word("Jeremy", 10), word("is", 50), word("جرمي", 90), word("in", 130), word("Arabic", 170)])
        #expect(mixed.text == "Jeremy is جرمي in Arabic")
    }
}
