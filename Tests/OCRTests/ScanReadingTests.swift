import Foundation
import KinerjaModel
import Testing
@testable import OCR

/// A white image with black rectangles (x0, y0, x1, y1 inclusive, pixels).
private func drawing(_ w: Int, _ h: Int, _ rects: [(Int, Int, Int, Int)]) -> GrayImage {
    var px = [UInt8](repeating: 255, count: w * h)
    for (x0, y0, x1, y1) in rects { for y in y0...y1 { for x in x0...x1 { px[y * w + x] = 0 } } }
    return GrayImage(width: w, height: h, pixels: px)
}

private func rule(_ o: Ruling.Orientation, at p: Int, from a: Int, to b: Int) -> ImageRulings.Rule {
    ImageRulings.Rule(orientation: o, position: Double(p), start: a, end: b, thickness: 1, across: p...p)
}

/// The fixture taken down to a 100-dpi bilevel scan (3x3 box average, then a threshold),
/// as an archive's fax-quality scanner makes it.
private func bilevel100(_ image: GrayImage, threshold: Int = 160, by k: Int = 3) -> GrayImage {
    let w = image.width / k, h = image.height / k
    var px = [UInt8](repeating: 255, count: w * h)
    for y in 0..<h {
        for x in 0..<w {
            var sum = 0
            for dy in 0..<k { for dx in 0..<k { sum += Int(image[k * x + dx, k * y + dy]) } }
            px[y * w + x] = sum / (k * k) < threshold ? 0 : 255
        }
    }
    return GrayImage(width: w, height: h, pixels: px)
}

@Suite("OCR: scans as published")
struct ScanReadingTests {
    @Test func lowResolutionIsEnlargedToAbout300dpi() {
        #expect(Upscale.factor(forPPI: 100) == 3)
        #expect(Upscale.factor(forPPI: 150) == 2)
        #expect(Upscale.factor(forPPI: 200) == 1)
        #expect(Upscale.factor(forPPI: 300) == 1)
        #expect(Upscale.factor(forPPI: 36) == 4)
        // Within the pixel budget: an A4 page at 100 dpi triples, a poster does not.
        #expect(Upscale.factor(forPPI: 100, width: 827, height: 1170) == 3)
        #expect(Upscale.factor(forPPI: 100, width: 4000, height: 3000) == 1)
        #expect(Upscale.factor(forPPI: 100, width: 2000, height: 2000) == 3)
        #expect(Upscale.factor(forPPI: 100, width: 2500, height: 2500) == 2)
    }

    @Test func regionEnlargedSmoothlyWithAMargin() throws {
        // A black pixel beside a white one, doubled with a 1-pixel margin.
        let image = GrayImage(width: 2, height: 1, pixels: [0, 255])
        let big = try #require(Upscale.region(image, x0: 0, y0: 0, x1: 1, y1: 0, factor: 2, margin: 1))
        #expect(big.width == 6 && big.height == 4)
        #expect(big[0, 0] == 255 && big[5, 3] == 255)           // the margin
        let row = (1...4).map { big[$0, 1] }
        #expect(row.first == 0 && row.last == 255)              // the ends keep their value
        #expect(row[1] > 0 && row[1] < 255 && row[2] > row[1])  // the edge in between is graded
    }

    @Test func emptyCellWithInkIsFoundAndCellsWithWordsAreNot() {
        // Two cells side by side; a "0"-sized blob in the right one, a word over the left one.
        let image = drawing(200, 60, [(10, 10, 190, 10), (10, 50, 190, 50), (10, 10, 10, 50), (100, 10, 100, 50),
                                      (190, 10, 190, 50), (170, 24, 176, 36), (30, 24, 60, 36)])
        let rules = [rule(.horizontal, at: 10, from: 10, to: 190), rule(.horizontal, at: 50, from: 10, to: 190),
                     rule(.vertical, at: 10, from: 10, to: 50), rule(.vertical, at: 100, from: 10, to: 50),
                     rule(.vertical, at: 190, from: 10, to: 50)]
        let cells = EmptyCells.find(in: image, rules: rules, wordBoxes: [Rect(x0: 29, y0: 23, x1: 61, y1: 37)],
                                    threshold: 128, minInk: 4, maxInkHeight: 30)
        #expect(cells.count == 1)
        #expect(cells.first?.ink.x0 == 170 && cells.first?.ink.x1 == 176 && cells.first?.ink.y0 == 24 && cells.first?.ink.y1 == 36)
        // Without the word, both cells hold ink.
        #expect(EmptyCells.find(in: image, rules: rules, wordBoxes: [], threshold: 128, minInk: 4, maxInkHeight: 30).count == 2)
        // Dust (one pixel) is no ink; a signature taller than a line is not a cell's figure.
        let dust = drawing(200, 60, [(10, 10, 190, 10), (10, 50, 190, 50), (10, 10, 10, 50), (100, 10, 100, 50),
                                     (190, 10, 190, 50), (150, 30, 150, 30)])
        #expect(EmptyCells.find(in: dust, rules: rules, wordBoxes: [], threshold: 128, minInk: 4, maxInkHeight: 30).isEmpty)
        #expect(EmptyCells.find(in: image, rules: rules, wordBoxes: [], threshold: 128, minInk: 4, maxInkHeight: 8).isEmpty)
    }

    @Test func stackedValueLostBesideAKeptOneIsFound() {
        // One ruled cell holding two values stacked a few lines apart (two entries, no rule
        // between them): the page reading kept the upper one and lost the lower one.
        let image = drawing(120, 200, [(10, 10, 110, 10), (10, 190, 110, 190), (10, 10, 10, 190), (110, 10, 110, 190),
                                       (80, 40, 90, 52), (84, 120, 90, 132)])
        let rules = [rule(.horizontal, at: 10, from: 10, to: 110), rule(.horizontal, at: 190, from: 10, to: 110),
                     rule(.vertical, at: 10, from: 10, to: 190), rule(.vertical, at: 110, from: 10, to: 190)]
        let upperWord = Rect(x0: 79, y0: 39, x1: 91, y1: 53)
        let cells = EmptyCells.find(in: image, rules: rules, wordBoxes: [upperWord], threshold: 128, minInk: 4, maxInkHeight: 30)
        #expect(cells.count == 1)
        let cell = try? #require(cells.first)
        #expect(cell?.ink.x0 == 84 && cell?.ink.y0 == 120 && cell?.ink.y1 == 132)
        // It is read on its own stretch of the cell, clear of the value above.
        #expect((cell?.inside.y0 ?? 0) > 52 && (cell?.inside.y1 ?? 999) < 190)
        // Both lost: each is read alone (the two together are taller than a line).
        let both = EmptyCells.find(in: image, rules: rules, wordBoxes: [], threshold: 128, minInk: 4, maxInkHeight: 30)
        #expect(both.map(\.ink.y0) == [40, 120])
    }

    @Test func garbledWordReadAgainIsSplitIntoItsWords() throws {
        let garbled = Word(text: "eee:", box: Rect(x0: 100, y0: 10, x1: 190, y1: 20), fontSize: 10, confidence: 16)
        #expect(OCREngine.isGarbled(garbled))
        #expect(!OCREngine.isGarbled(Word(text: "Dokumen", box: garbled.box, fontSize: 10, confidence: 90)))
        #expect(!OCREngine.isGarbled(Word(text: "•", box: garbled.box, fontSize: 10, confidence: 10)))
        let words = try #require(OCREngine.garbledReplacement(garbled, reading: "1 Dokumen", confidence: 91))
        #expect(words.map(\.text) == ["1", "Dokumen"])
        // The box shared by length: one part in eight, seven in eight.
        #expect(abs(words[0].box.x1 - 111.25) < 0.01 && words[1].box.x0 == words[0].box.x1 && words[1].box.x1 == 190)
        #expect(words.allSatisfy { $0.confidence == 91 })
        // An unsure second reading, or one made of marks, is not taken.
        #expect(OCREngine.garbledReplacement(garbled, reading: "1 Dokumen", confidence: 60) == nil)
        #expect(OCREngine.garbledReplacement(garbled, reading: "- .", confidence: 95) == nil)
    }

    @Test func onlyNumberLikeCellReadingsAreTaken() {
        for t in ["0", "55", "85%", "1.250,5", "(3,14)", "-5"] { #expect(OCREngine.isNumberLike(t), "\(t)") }
        for t in ["Ill", "IV", "O", "-", "%", "Rp"] { #expect(!OCREngine.isNumberLike(t), "\(t)") }
    }

    @Test func percentMisreadsGluedOrInParenthesesAreSuspected() {
        #expect(OCREngine.percentReading("8596", afterNumber: false) == "85%")
        #expect(OCREngine.percentReading("10096", afterNumber: false) == "100%")
        #expect(OCREngine.percentReading("72,05Yo", afterNumber: false) == "72,05%")
        #expect(OCREngine.percentReading("(96)", afterNumber: false) == "(%)")
        #expect(OCREngine.percentReading("Yo", afterNumber: true) == "%")
        // Only a suspicion: the English second look must read exactly that to change it.
        #expect(OCREngine.percentReading("Yo", afterNumber: false) == nil)
        #expect(OCREngine.percentReading("96", afterNumber: false) == nil)
        #expect(OCREngine.percentReading("2016", afterNumber: false) == nil)
        #expect(OCREngine.percentReading("Rp96", afterNumber: false) == nil)
    }

    @Test func percentReadAsYaOrClosingAnIndicatorIsSuspected() {
        // `95 %` on a 200-dpi bilevel scan read `95 Ya`; `(%)` closing a sentence read `(96).`.
        #expect(OCREngine.percentReading("Ya", afterNumber: true) == "%")
        #expect(OCREngine.percentReading("95Ya", afterNumber: false) == "95%")
        #expect(OCREngine.percentReading("(96).", afterNumber: false) == "(%).")
        // `Ya` (yes) standing alone, and a stop without the brackets, are no suspicion.
        #expect(OCREngine.percentReading("Ya", afterNumber: false) == nil)
        #expect(OCREngine.percentReading("96.", afterNumber: false) == nil)
        #expect(OCREngine.percentReading("(96", afterNumber: false) == nil)
    }

    @Test func percentReadAsSoIsSuspected() {
        // `b. Palawija (%)` on a 200-dpi PK scan read `(So)` between `(%)` read right.
        #expect(OCREngine.percentReading("(So)", afterNumber: false) == "(%)")
        #expect(OCREngine.percentReading("So", afterNumber: true) == "%")
        // Only a suspicion the English reading must confirm; alone it is a word.
        #expect(OCREngine.percentReading("So", afterNumber: false) == nil)
    }

    @Test func aSecondReadingThatFindsDotsIsTakenWhenAsSure() {
        // Outline numbers with small, close-set dots: `1.1.2.1` read `11.21` at 84.
        #expect(OCREngine.gainsSeparators("11.21", "1.1.2.1"))
        #expect(OCREngine.gainsSeparators("21112", "2.1.1.1.2"))
        #expect(OCREngine.gainsSeparators("11.21.4", "1.1.2.1.4"))
        #expect(OCREngine.takesReread(first: "1224.2", firstConfidence: 65, second: "1.2.2.1.2", confidence: 75))
        #expect(!OCREngine.gainsSeparators("11.21", "1.1.2.7"))   // another digit
        #expect(!OCREngine.gainsSeparators("1121", "1..121"))     // dots side by side
        #expect(!OCREngine.gainsSeparators("1121", "1121."))      // a trailing dot
        #expect(!OCREngine.gainsSeparators("1.121", "1121"))
        #expect(OCREngine.takesReread(first: "11.21", firstConfidence: 84, second: "1.1.2.1", confidence: 86))
        #expect(!OCREngine.takesReread(first: "11.21", firstConfidence: 84, second: "1.1.2.1", confidence: 80))
        #expect(!OCREngine.takesReread(first: "1121", firstConfidence: 50, second: "1.1.2.1", confidence: 70))
        // Other changes still need the margin; dropping dots is never taken.
        #expect(!OCREngine.takesReread(first: "99", firstConfidence: 80, second: "90", confidence: 85))
        #expect(OCREngine.takesReread(first: "99", firstConfidence: 70, second: "90", confidence: 85))
        #expect(!OCREngine.takesReread(first: "3.1.1.2", firstConfidence: 60, second: "311.2", confidence: 95))
    }

    @Test func doubtfulNumbersAreTheUnsureOnes() {
        func w(_ t: String, _ c: Double) -> Word { Word(text: t, box: Rect(x0: 0, y0: 0, x1: 10, y1: 8), fontSize: 8, confidence: c) }
        #expect(OCREngine.isDoubtfulNumber(w("99", 60)))
        #expect(OCREngine.isDoubtfulNumber(w("100°", 84)))     // a speck glued on
        #expect(!OCREngine.isDoubtfulNumber(w("99", 96)))
        #expect(!OCREngine.isDoubtfulNumber(w("Target", 40)))
        #expect(!OCREngine.isDoubtfulNumber(w("100°C", 40)))
    }

    @Test func aConfidentNumberWiderThanItsDigitsIsShortOfDots() {
        // Measured on a 200-dpi PK scan (pixels, 22-23 high): values `10` 31 wide, `750` 50,
        // `20` 33, `2016` 67 read at 96; outline numbers `1.4.1.1` read `1411` at 95 in a box
        // 86 wide, `1.4` read `14` at 94 in 38, `2.2` read `22` at 90 in 41.
        func w(_ t: String, _ width: Double, _ c: Double = 96) -> Word {
            Word(text: t, box: Rect(x0: 100, y0: 0, x1: 100 + width, y1: 22), fontSize: 10, confidence: c)
        }
        let page = [w("10", 31), w("750", 50), w("20", 33), w("2016", 67), w("18", 30), w("27", 32), w("198903", 99), w("002", 49),
                    w("1411", 86, 95), w("14", 38, 94), w("22", 41, 90)]
        let advance = OCREngine.digitAdvance(page)
        #expect(advance != nil)
        #expect(OCREngine.isShortOfSeparators(w("1411", 86, 95), digitAdvance: advance))
        #expect(OCREngine.isShortOfSeparators(w("14", 38, 94), digitAdvance: advance))
        #expect(OCREngine.isShortOfSeparators(w("22", 41, 90), digitAdvance: advance))
        // With a dot read but others lost: `1.1.1.2` read `111.2` (four digits, three dots).
        #expect(OCREngine.isShortOfSeparators(w("111.2", 86, 95), digitAdvance: advance))
        // The values themselves, a one-digit number, a number whose dots are all read and
        // anything not a number are not.
        for v in [w("10", 31), w("750", 50), w("20", 33), w("2016", 67), w("6", 15), w("1.4", 38), w("1.4.1.1", 86),
                  w("1.100", 61), w("1a4", 60), w("1.", 20)] {
            #expect(!OCREngine.isShortOfSeparators(v, digitAdvance: advance))
        }
        // Without enough confident plain numbers on the page there is no measure.
        #expect(OCREngine.digitAdvance([w("10", 31), w("1411", 86, 80)]) == nil)
        #expect(!OCREngine.isShortOfSeparators(w("1411", 86, 95), digitAdvance: nil))
    }

    @Test func aSecondReadingThatDropsDotsIsNotTaken() {
        #expect(OCREngine.losesSeparators("3.1.1.2", "311.2"))
        #expect(!OCREngine.losesSeparators("2211", "2.2.1.1"))
        #expect(!OCREngine.losesSeparators("99", "90"))
        #expect(!OCREngine.losesSeparators("100°", "100"))
    }

    @Test func ghostReadingOverASureWordIsDropped() {
        func w(_ t: String, _ c: Double, _ x0: Double, _ x1: Double, y: Double = 140) -> Word {
            Word(text: t, box: Rect(x0: x0, y0: y, x1: x1, y1: y + 7), fontSize: 7, confidence: c)
        }
        // Measured on a 200-dpi scan: "Aa" (9) over "Selatan yang", "Oe" (18) over "dapat".
        let words = [w("Selatan", 96, 293, 324), w("yang", 96, 332, 342), w("dapat", 96, 350, 374),
                     w("Aa", 9, 314, 347, y: 141), w("Oe", 18, 361, 366, y: 140),
                     w("7", 20, 500, 505),                               // unsure but alone: kept
                     w("Kab", 60, 300, 320, y: 141)]                    // over sure words, not unsure enough: kept
        #expect(OCREngine.droppingGhosts(words).map(\.text) == ["Selatan", "yang", "dapat", "7", "Kab"])
    }

    @Test func unsureUprightDashIsASpeck() {
        let upright = Word(text: "-", box: Rect(x0: 465, y0: 76, x1: 468, y1: 88), fontSize: 12, confidence: 60)
        let flat = Word(text: "-", box: Rect(x0: 465, y0: 80, x1: 471, y1: 82), fontSize: 2, confidence: 60)
        let sure = Word(text: "-", box: Rect(x0: 465, y0: 76, x1: 468, y1: 88), fontSize: 12, confidence: 90)
        #expect(OCREngine.droppingSpeckles([upright, flat, sure]).map(\.box.width) == [6, 3])
    }

    @Test func bilevel100dpiScanIsReadAfterEnlarging() throws {
        let small = bilevel100(try Fixture.image())
        let (w, h) = (Double(small.width) * 72 / 100, Double(small.height) * 72 / 100)
        let engine = try OCREngine()
        let page = try engine.recognize(image: small, pageWidth: w, pageHeight: h)
        #expect(abs(page.resolution - 100) < 1)
        let texts = page.words.map(\.text)
        for expected in ["Evaluasi", "Dokumentasi", "Pendistribusian", "Logistik", "Pemilihan", "2020"] {
            #expect(texts.contains(expected), "missing \(expected) in \(texts)")
        }
        // Boxes stay in page points.
        let evaluasi = try #require(page.words.first { $0.text == "Evaluasi" })
        #expect(abs(evaluasi.box.x0 - 56.7) < 4 && abs(evaluasi.box.y0 - 18.8) < 4, "\(evaluasi.box)")
    }
}

@Suite("OCR: white text on dark bands", .serialized)
struct InvertedBandTests {
    /// The fixture with its middle row (80...215 px: "Evaluasi dan Dokumentasi /
    /// Pendistribusian Logistik Pemilihan / Tahun 2020") printed white on black.
    static func banded() throws -> GrayImage {
        var image = try Fixture.image()
        for y in 80...215 { for x in 0..<image.width { image.pixels[y * image.width + x] = 255 - image.pixels[y * image.width + x] } }
        return image
    }

    @Test func darkBandFoundAndTextLinesAreNot() throws {
        let image = try Self.banded()
        let ppp = 300.0 / 72
        let bands = InvertedBands.find(in: image, threshold: 128, pixelsPerPoint: ppp)
        #expect(bands.count == 1, "\(bands)")
        if let b = bands.first {
            #expect(abs(b.y0 - 80) <= 13 && abs(b.y1 - 215) <= 13 && b.x1 - b.x0 > 800, "\(b)")
        }
        #expect(InvertedBands.find(in: try Fixture.image(), threshold: 128, pixelsPerPoint: ppp).isEmpty)
    }

    @Test func whiteOnBlackRowIsRead() throws {
        // At 150 dpi bilevel.
        let image = bilevel100(try Self.banded(), threshold: 128, by: 2)
        let (w, h) = (Double(image.width) * 72 / 150, Double(image.height) * 72 / 150)
        let page = try OCREngine().recognize(image: image, pageWidth: w, pageHeight: h)
        let texts = page.words.map(\.text)
        for expected in ["Evaluasi", "Dokumentasi", "Pendistribusian", "Logistik", "2020"] {
            #expect(texts.contains(expected), "missing \(expected) in \(texts)")
        }
    }
}
