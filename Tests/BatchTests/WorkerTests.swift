import Foundation
import Testing
@testable import Batch

@Suite struct WorkerTests {
    func run(_ name: String, contents: Data?, timeout: Double? = 5) -> (WorkerOutcome, TempDir) {
        let d = TempDir("worker")
        let fake = FakeExtractor.install(in: d)
        let input = contents.map { d.write("in/" + name, $0) } ?? d.sub("in/" + name)
        let w = ExtractWorker(executable: fake, timeout: timeout)
        return (w.run(input: input, output: d.sub("out.json"), stderrPath: d.sub("err.txt")), d)
    }

    @Test func successReadsTheCounts() {
        let (o, d) = run("ok-warn.pdf", contents: Data("%PDF-1.4".utf8))
        defer { d.cleanup() }
        var expected = OutputSummary(pages: 2, textSource: "native", tables: 1, indicators: 1, warnings: 1)
        expected.sha256 = sha256sum("%PDF-1.4")
        #expect(o.result == .success(expected))
        #expect(d.exists("out.json"))
        #expect(!d.exists("err.txt"))  // scratch removed
    }

    @Test func extractorErrorLinesMapToStableCodes() {
        let cases: [(String, Data?, String, String)] = [
            ("empty.pdf", Data(), "empty", "the file is empty"),
            ("text.pdf", Data("hello".utf8), "not_pdf", "not a PDF file"),
            ("locked.pdf", Data("%PDF /Encrypt".utf8), "encrypted", "the PDF is encrypted (password protected)"),
            ("gone.pdf", nil, "missing", "no such file"),
        ]
        for (name, data, code, message) in cases {
            let (o, d) = run(name, contents: data)
            defer { d.cleanup() }
            #expect(o.result == .failure(code: code, message: message), "\(name)")
            #expect(!d.exists("out.json"))
        }
    }

    @Test func aCrashInTheExtractorIsContained() {
        let (o, d) = run("segv.pdf", contents: Data("%PDF".utf8))
        defer { d.cleanup() }
        guard case .failure(let code, let message) = o.result else { Issue.record("\(o.result)"); return }
        #expect(code == "crashed")
        #expect(message.contains("SIGSEGV"))

        let (o2, d2) = run("abort.pdf", contents: Data("%PDF".utf8))
        defer { d2.cleanup() }
        guard case .failure(let code2, let message2) = o2.result else { Issue.record("\(o2.result)"); return }
        #expect(code2 == "crashed")
        #expect(message2.contains("SIGABRT"))
        #expect(message2.contains("Fatal error: Index out of range"))
    }

    @Test func aHangIsKilledAtTheTimeout() {
        let start = Date()
        let (o, d) = run("hang.pdf", contents: Data("%PDF".utf8), timeout: 0.5)
        defer { d.cleanup() }
        guard case .failure(let code, _) = o.result else { Issue.record("\(o.result)"); return }
        #expect(code == "timeout")
        #expect(Date().timeIntervalSince(start) < 10)  // the sleeping grandchild was killed too
    }

    @Test func exitZeroWithoutJSONIsBadOutput() {
        let (o, d) = run("silent.pdf", contents: Data("%PDF".utf8))
        defer { d.cleanup() }
        guard case .failure(let code, _) = o.result else { Issue.record("\(o.result)"); return }
        #expect(code == "bad_output")
    }

    @Test func aMissingExecutableFailsCleanly() {
        let d = TempDir("worker")
        defer { d.cleanup() }
        let w = ExtractWorker(executable: d.sub("no-such-exe"))
        let o = w.run(input: d.write("a.pdf", "%PDF"), output: d.sub("o.json"), stderrPath: d.sub("e"))
        guard case .failure(let code, _) = o.result else { Issue.record("\(o.result)"); return }
        #expect(code == "error")
    }

    @Test func messageParsing() {
        let (code, msg) = ExtractWorker.parseError("warning: something\nkinerja: /a/b: c.pdf: the PDF is damaged (no xref)\n",
                                                   input: "/a/b: c.pdf", status: 1)
        #expect(code == "damaged")
        #expect(msg == "the PDF is damaged (no xref)")
        #expect(ExtractWorker.parseError("", input: "x", status: 3).0 == "error")
        // The code in brackets, as `kinerja extract` prints it, wins over the wording.
        let (c2, m2) = ExtractWorker.parseError("kinerja: /x.pdf: the PDF is damaged (bad [xref]) [damaged]\n", input: "/x.pdf", status: 1)
        #expect(c2 == "damaged" && m2 == "the PDF is damaged (bad [xref])")
        #expect(ExtractWorker.parseError("kinerja: /x.pdf: odd thing [future_code]", input: "/x.pdf", status: 1).0 == "future_code")
        #expect(ExtractWorker.classify("the file is empty") == "empty")
        #expect(ExtractWorker.classify("not a PDF file") == "not_pdf")
    }
}
