import Foundation
import KinerjaModel
import Testing
@testable import OCR

// The fixture is a 958x312 crop (300 ppi) of page 1 of ra-banten-2021-triwulan-scan300.pdf,
// straightened: the header row "(4) (5) (6)" and two rows with "100 %" targets and the
// kegiatan "Evaluasi dan Dokumentasi Pendistribusian Logistik Pemilihan Tahun 2020".
// Its top-left corner is at (300, 140) pt on the page, so the native twin's word
// "Evaluasi" (356.7, 158.8) sits at about (56.7, 18.8) pt in the crop.

enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func image(_ name: String = "ra-table-crop.png") throws -> GrayImage {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        let pix = try #require(OwnedPix(decoding: [UInt8](data)))
        return try #require(pix.grayImage())
    }

    /// Points per pixel at 300 ppi.
    static let scale = 72.0 / 300.0

    static func pageSize(_ image: GrayImage) -> (Double, Double) {
        (Double(image.width) * scale, Double(image.height) * scale)
    }
}

/// Clockwise quarter turns, in Swift (independent of the code under test).
func rotatedClockwise(_ image: GrayImage, quarterTurns: Int) -> GrayImage {
    var img = image
    for _ in 0..<(((quarterTurns % 4) + 4) % 4) {
        let w = img.width, h = img.height
        var out = [UInt8](repeating: 255, count: w * h)
        for y in 0..<h { for x in 0..<w { out[x * h + (h - 1 - y)] = img.pixels[y * w + x] } }
        img = GrayImage(width: h, height: w, pixels: out)
    }
    return img
}

/// The fixture stacked `n` times: more text for orientation detection.
func stacked(_ image: GrayImage, _ n: Int) -> GrayImage {
    var pixels: [UInt8] = []
    for _ in 0..<n { pixels += image.pixels }
    return GrayImage(width: image.width, height: image.height * n, pixels: pixels)
}

func residentMegabytes() -> Double {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = statm.split(separator: " ")
    guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

@Suite("OCR engine", .serialized)
struct OCREngineTests {
    @Test func fixtureRecognisedInPagePoints() throws {
        let image = try Fixture.image()
        let (w, h) = Fixture.pageSize(image)
        let engine = try OCREngine()
        let page = try engine.recognize(image: image, pageWidth: w, pageHeight: h)

        #expect(page.rotation == 0)
        #expect(page.width == w && page.height == h)
        #expect(abs(page.resolution - 300) < 0.5)
        let texts = page.words.map(\.text)
        for expected in ["Evaluasi", "Dokumentasi", "Pendistribusian", "Logistik", "Pemilihan", "2020", "Penyusunan", "Laporan"] {
            #expect(texts.contains(expected), "missing \(expected) in \(texts)")
        }
        // Boxes are in points, inside the page, and where the native twin puts them.
        for word in page.words {
            #expect(word.box.x0 >= 0 && word.box.y0 >= 0 && word.box.x1 <= w + 0.01 && word.box.y1 <= h + 0.01)
            #expect(word.box.width > 0 && word.box.height > 0)
            #expect((0...100).contains(word.confidence ?? -1))
            #expect(word.fontSize == word.box.height)
        }
        let evaluasi = try #require(page.words.first { $0.text == "Evaluasi" })
        #expect(abs(evaluasi.box.x0 - 56.7) < 4 && abs(evaluasi.box.y0 - 18.8) < 4, "\(evaluasi.box)")
        #expect(abs(evaluasi.box.width - 29.2) < 4 && abs(evaluasi.box.height - 8.5) < 3, "\(evaluasi.box)")
        #expect((evaluasi.confidence ?? 0) > 80)

        // Three "100 %" cells; the % is read as % (after the English second look if needed).
        let hundreds = page.words.indices.filter { page.words[$0].text.hasPrefix("100") }
        #expect(hundreds.count == 3, "\(texts)")
        for i in hundreds {
            let glued = page.words[i].text == "100%"
            let next = i + 1 < page.words.count ? page.words[i + 1].text : ""
            #expect(glued || next == "%", "\(page.words[i].text) \(next)")
        }
        for c in page.corrections {
            #expect(page.words[c.wordIndex].text == c.corrected && c.corrected == "%" && c.original != "%")
        }
        // No "|" left from the vertical rules.
        #expect(!texts.contains("|"))

        // Rules: the row lines and column lines of the crop.
        let horizontal = page.rulings.filter { $0.orientation == .horizontal }
        let vertical = page.rulings.filter { $0.orientation == .vertical }
        #expect(horizontal.count >= 3 && vertical.count >= 3, "\(page.rulings)")
        for r in page.rulings {
            #expect(r.start >= 0 && r.end <= (r.orientation == .horizontal ? w : h) + 0.5)
        }
    }

    @Test func lifecycleRepeatedWithoutGrowth() throws {
        let image = try Fixture.image()
        let (w, h) = Fixture.pageSize(image)
        var options = OCROptions()
        options.orientation = .tesseract  // exercise the OSD engine too
        func round() throws {
            let engine = try OCREngine(options: options)
            let page = try engine.recognize(image: image, pageWidth: w, pageHeight: h)
            #expect(page.words.count > 10)
            _ = try engine.recognize(image: image, pageWidth: w, pageHeight: h)
        }
        try round(); try round()  // warm up allocator and caches
        let before = residentMegabytes()
        for _ in 0..<5 { try round() }
        let grown = residentMegabytes() - before
        // One leaked engine with its models would be tens of MB per round.
        #expect(grown < 40, "resident memory grew by \(grown) MB over 5 engines")
    }

    @Test func badLanguageThrows() {
        #expect(throws: OCRError.self) { try OCREngine(options: OCROptions(languages: "xx_no_such_model")) }
    }

    @Test func badInputThrows() throws {
        let engine = try OCREngine()
        let image = GrayImage(width: 10, height: 10, pixels: [UInt8](repeating: 255, count: 100))
        #expect(throws: OCRError.self) { try engine.recognize(image: image, pageWidth: 0, pageHeight: 10) }
        // A blank page is not an error: no words.
        let page = try engine.recognize(image: GrayImage(width: 300, height: 400, pixels: [UInt8](repeating: 255, count: 120_000)),
                                        pageWidth: 72, pageHeight: 96)
        #expect(page.words.isEmpty && page.rulings.isEmpty)
    }

    @Test(arguments: [1, 2, 3])
    func orientationDetected(quarterTurns: Int) throws {
        let upright = stacked(try Fixture.image(), 3)
        let turned = rotatedClockwise(upright, quarterTurns: quarterTurns)
        let (w, h) = Fixture.pageSize(turned)
        let engine = try OCREngine()
        let page = try engine.recognize(image: turned, pageWidth: w, pageHeight: h)

        #expect(page.rotation == (360 - 90 * quarterTurns) % 360)
        let (uw, uh) = Fixture.pageSize(upright)
        #expect(abs(page.width - uw) < 0.01 && abs(page.height - uh) < 0.01)
        // Words are read and boxed on the upright page: the first "Evaluasi" is where it
        // is in the upright fixture.
        let evaluasi = page.words.filter { $0.text == "Evaluasi" }.min { $0.box.y0 < $1.box.y0 }
        let box = try #require(evaluasi?.box, "\(page.words.map(\.text))")
        #expect(abs(box.x0 - 56.7) < 4 && abs(box.y0 - 18.8) < 4, "\(box)")
    }

    @Test func orientationByTesseractOSD() throws {
        let upright = stacked(try Fixture.image(), 3)
        let engine = try OCREngine(options: OCROptions(orientation: .tesseract))
        for q in [0, 2] {
            let turned = rotatedClockwise(upright, quarterTurns: q)
            let (w, h) = Fixture.pageSize(turned)
            let page = try engine.recognize(image: turned, pageWidth: w, pageHeight: h)
            #expect(page.rotation == (360 - 90 * q) % 360)
            #expect(page.words.contains { $0.text == "Pendistribusian" })
        }
    }

    @Test func skewOfTwoDegreesIsStraightened() throws {
        let image = try Fixture.image()
        let pix = try #require(OwnedPix(image))
        let skewed = try #require(pix.rotated(degrees: 2.0)?.grayImage())  // clockwise
        let (w, h) = Fixture.pageSize(skewed)
        let engine = try OCREngine()
        let page = try engine.recognize(image: skewed, pageWidth: w, pageHeight: h)

        #expect(abs(page.skew + 2.0) < 0.25, "skew \(page.skew) conf \(String(describing: page.skewConfidence))")
        #expect(page.rotation == 0)
        // Straight again: the long row rules are level, so they are found as rules.
        let horizontal = page.rulings.filter { $0.orientation == .horizontal && $0.length > w * 0.5 }
        #expect(horizontal.count >= 2, "\(page.rulings)")
        let texts = Set(page.words.map(\.text))
        #expect(texts.isSuperset(of: ["Evaluasi", "Dokumentasi", "Pendistribusian", "Penyusunan"]), "\(texts)")
    }

    @Test func pageSizeGivenTurnedIsMatchedToTheImage() throws {
        let image = try Fixture.image()
        let (w, h) = Fixture.pageSize(image)
        let engine = try OCREngine(options: OCROptions(rereadPercent: false))
        let a = try engine.recognize(image: image, pageWidth: w, pageHeight: h)
        let b = try engine.recognize(image: image, pageWidth: h, pageHeight: w)
        #expect(b.width == w && b.height == h && abs(b.resolution - 300) < 0.5)
        #expect(a.words == b.words)
    }

    @Test func deskewOffLeavesImageAlone() throws {
        let image = try Fixture.image()
        let (w, h) = Fixture.pageSize(image)
        let engine = try OCREngine(options: OCROptions(orientation: .off, deskew: false, rereadPercent: false))
        let page = try engine.recognize(image: image, pageWidth: w, pageHeight: h)
        #expect(page.skew == 0 && page.skewConfidence == nil && page.orientationConfidence == nil)
        #expect(page.corrections.isEmpty)
        #expect(page.words.contains { $0.text == "Evaluasi" })
    }
}

@Suite("OCR pool")
struct OCRPoolTests {
    @Test func resultsInOrderWithBoundedInFlight() throws {
        let image = try Fixture.image()
        let (w, h) = Fixture.pageSize(image)
        // Three different pages: the fixture, its top half, and the fixture upside down.
        let half = GrayImage(width: image.width, height: image.height / 2,
                             pixels: Array(image.pixels[0..<(image.width * (image.height / 2))]))
        let jobs = [
            OCRJob(image: image, pageWidth: w, pageHeight: h),
            OCRJob(image: half, pageWidth: w, pageHeight: Double(half.height) * Fixture.scale),
            OCRJob(image: rotatedClockwise(stacked(image, 2), quarterTurns: 2), pageWidth: w, pageHeight: 2 * h),
            OCRJob(image: image, pageWidth: w, pageHeight: h),
        ]
        let pool = OCRPool(workers: 2)
        var pulled = 0, delivered: [Int] = [], maxInFlight = 0
        var pages: [OCRPage] = []
        var source = jobs.makeIterator()
        let counting = AnyIterator<OCRJob> {
            guard let job = source.next() else { return nil }
            pulled += 1
            maxInFlight = max(maxInFlight, pulled - delivered.count)
            return job
        }
        try pool.recognize(counting) { index, result in
            delivered.append(index)
            pages.append(try result.get())
        }
        #expect(delivered == [0, 1, 2, 3])
        #expect(maxInFlight <= 2)
        #expect(pages[0].words.contains { $0.text == "Pendistribusian" })
        #expect(!pages[1].words.contains { $0.text == "Penyusunan" })  // bottom half cut off
        #expect(pages[2].rotation == 180)
        #expect(pages[3].words.map(\.text) == pages[0].words.map(\.text))

        // The same engine work as one engine on its own.
        let single = try OCREngine().recognize(image: image, pageWidth: w, pageHeight: h)
        #expect(single.words == pages[0].words)

        // The pool serves a second document with the same workers.
        let again = pool.recognize([jobs[0]])
        #expect(try again.first?.get().words == pages[0].words)
    }

    @Test func failuresComeBackAsResults() {
        let pool = OCRPool(workers: 1, options: OCROptions(languages: "xx_no_such_model"))
        let image = GrayImage(width: 8, height: 8, pixels: [UInt8](repeating: 255, count: 64))
        let results = pool.recognize([OCRJob(image: image, pageWidth: 8, pageHeight: 8)])
        #expect(results.count == 1)
        if case .failure(.initFailed) = results[0] {} else { Issue.record("expected initFailed, got \(results[0])") }
    }

    @Test func delivererErrorStopsTheBatch() throws {
        struct Stop: Error {}
        let image = try Fixture.image()
        let (w, h) = Fixture.pageSize(image)
        let pool = OCRPool(workers: 1)
        var seen = 0
        #expect(throws: Stop.self) {
            try pool.recognize(Array(repeating: OCRJob(image: image, pageWidth: w, pageHeight: h), count: 3).makeIterator()) { _, _ in
                seen += 1
                throw Stop()
            }
        }
        #expect(seen == 1)
    }
}
