import Foundation
import Testing

/// The whole extraction's time limit (`--page-timeout` × pages) is a timer that fires on
/// time, also in a process started from a thread that blocks its signal (as this test's
/// threads may), and ends with one line, status 1 and no output file.
@Suite("kinerja extract: the extraction's deadline")
struct DeadlineTimerTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples/lkjip-bengkulu-utara-2024.pdf").path

    func run(_ args: [String], blockingTheSignal: Bool) throws -> (status: Int32, stderr: String) {
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGVTALRM)
        if blockingTheSignal { pthread_sigmask(SIG_BLOCK, &blocked, &previous) }
        defer { if blockingTheSignal { pthread_sigmask(SIG_SETMASK, &previous, nil) } }
        let p = Process()
        p.executableURL = try kinerjaBinary()
        p.arguments = args
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: e, as: UTF8.self))
    }

    @Test(arguments: [false, true])
    func firesOnTime(blockingTheSignal: Bool) throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-deadline-\(UUID().uuidString).json").path
        // 26 pages × 0.1 ms: far less than reading them takes.
        let r = try run(["extract", Self.sample, "-o", out, "--page-timeout", "0.0001"], blockingTheSignal: blockingTheSignal)
        #expect(r.status == 1)
        #expect(r.stderr.hasSuffix("26 pages) [page_timeout]\n") && r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        // A limit the document stays within changes nothing.
        let ok = try run(["extract", Self.sample, "-o", out, "--page-timeout", "60"], blockingTheSignal: blockingTheSignal)
        #expect(ok.status == 0 && ok.stderr.isEmpty && FileManager.default.fileExists(atPath: out))
        try? FileManager.default.removeItem(atPath: out)
    }
}
