import Foundation
import Kinerja
import Testing

@Suite("kinerja extract: the command line")
struct ExtractCommandTests {
    let dir: URL = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-cli-\(getpid())-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }()

    @Test(arguments: [
        ("missing", "no such file"), ("empty", "the file is empty"), ("text", "not a PDF"),
        ("truncated", "damaged"), ("encrypted", "encrypted"),
    ])
    func badInputGivesOneLineNonZeroAndNoFile(kind: String, message: String) throws {
        let input: String
        switch kind {
        case "missing": input = dir.appendingPathComponent("nope.pdf").path
        case "empty":
            input = dir.appendingPathComponent("empty.pdf").path
            FileManager.default.createFile(atPath: input, contents: Data())
        case "text":
            input = dir.appendingPathComponent("notes.pdf").path
            try Data("just some notes\n".utf8).write(to: URL(fileURLWithPath: input))
        default: input = readingFixture("\(kind).pdf")
        }
        let out = dir.appendingPathComponent("\(kind).json")
        let r = try runKinerja(["extract", input, "-o", out.path])
        #expect(r.status != 0)
        #expect(r.err.split(separator: "\n").count == 1, "one line: \(r.err)")
        #expect(r.err.contains(message))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func goodInputWritesJSONAtomicallyAndToStdout() throws {
        let out = dir.appendingPathComponent("table.json")
        let r = try runKinerja(["extract", readingFixture("table.pdf"), "-o", out.path])
        #expect(r.status == 0 && r.stderr.isEmpty)
        let written = try Data(contentsOf: out)
        let toStdout = try runKinerja(["extract", readingFixture("table.pdf")])
        #expect(toStdout.stdout == written)
        let obj = try #require(try JSONSerialization.jsonObject(with: written) as? [String: Any])
        let recs = try #require(obj["indicators"] as? [[String: Any]])
        #expect(recs.count == 2)
        #expect((recs[0]["realisasi"] as? NSNull) != nil)
        #expect(((recs[0]["target"] as? [String: Any])?["value"] as? Double) == 96.7)
        #expect(((obj["document"] as? [String: Any])?["type"] as? String) == "rencana_kinerja_tahunan")
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try runKinerja(["extract"]).status == 2)
        #expect(try runKinerja(["extract", "a.pdf", "--ocr", "sometimes"]).status == 2)
        #expect(try runKinerja(["frobnicate"]).status == 2)
    }

    @Test func helpExplainsTheCommand() throws {
        let r = try runKinerja(["extract", "--help"])
        #expect(r.status == 0)
        #expect(r.out.contains("--ocr") && r.out.contains("atomically"))
    }

    /// Pages read on several threads (one poppler document each) give the same bytes as
    /// one thread: results are placed by page index, never by finishing order.
    @Test func parallelPageReadingGivesTheSameBytes() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/lkjip-bengkulu-utara-2024.pdf").path
        let one = try Extractor(options: ExtractOptions(workers: 1)).extractJSON(path: sample)
        let two = try Extractor(options: ExtractOptions(workers: 2)).extractJSON(path: sample)
        let four = try Extractor(options: ExtractOptions(workers: 4)).extractJSON(path: sample)
        #expect(one == two && one == four)
    }

    /// A short document's pages are read by one thread while another finds each page's
    /// grids and lines (and a page OCR'd after all is worked on again): the same document
    /// as with one worker, where everything runs on one thread.
    @Test(arguments: ["rarb-bengkulu-tengah-2022.pdf", "ra-triwulan-banten-2021.pdf", "rkt-dishub-jabar-2016.pdf"])
    func overlappedPageWorkGivesTheSameDocument(name: String) throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/\(name)").path
        #expect(try !Extractor(options: ExtractOptions(workers: 2)).extract(path: sample).tables.isEmpty)
        let one = try Extractor(options: ExtractOptions(workers: 1)).extractJSON(path: sample)
        let two = try Extractor(options: ExtractOptions(workers: 2)).extractJSON(path: sample)
        #expect(one == two)
    }

    @Test func overlappedPageWorkRedoesAnOCRdPage() throws {
        let one = try Extractor(options: ExtractOptions(workers: 1)).extractJSON(path: readingFixture("mixed.pdf"))
        let two = try Extractor(options: ExtractOptions(workers: 2)).extractJSON(path: readingFixture("mixed.pdf"))
        #expect(one == two)
    }

    /// A text page and the same page scanned: the second is OCR'd, the document is
    /// "mixed", and both pages give the same records (the scan reads `96,7%`).
    @Test func mixedDocumentOCRsOnlyThePageWithoutText() throws {
        let doc = try Extractor().extract(path: readingFixture("mixed.pdf"))
        #expect(doc.source.textSource == .mixed)
        #expect(doc.indicators.map(\.page) == [1, 1, 2, 2])
        #expect(doc.indicators.map(\.indikator) == ["Persentase layanan", "Opini BPK", "Persentase layanan", "Opini BPK"])
        #expect(doc.indicators.map { $0.target?.number } == [96.7, nil, 96.7, nil])
        #expect(doc.indicators.map { $0.target?.string } == [nil, "WTP", nil, "WTP"])
        // --ocr never leaves the scanned page empty, and says so.
        let never = try Extractor(options: ExtractOptions(ocr: .never)).extract(path: readingFixture("mixed.pdf"))
        #expect(never.source.textSource == .native)
        #expect(never.indicators.count == 2)
        #expect(never.warnings.contains { $0.code == "no_text_layer" && $0.page == 2 })
    }

    @Test func extractorReportsErrorCodes() {
        #expect(throws: ExtractError.self) { try Extractor().extract(path: readingFixture("encrypted.pdf")) }
        do {
            _ = try Extractor().extract(path: readingFixture("truncated.pdf"))
            Issue.record("a truncated PDF must not extract")
        } catch {
            #expect(error.code == "damaged")
        }
    }
}
