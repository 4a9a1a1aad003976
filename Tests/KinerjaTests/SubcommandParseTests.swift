import Foundation
import Testing

/// `kinerja extract …` is parsed with the extract command's type alone when it stands as the
/// command accepts it, else from the root (KinerjaCommand.subcommandParse). Each command line
/// here runs both ways (`KINERJA_PARSE_FROM_ROOT` set: the root parse only) and must print the
/// same bytes on both streams and exit with the same status.
@Suite("kinerja extract: the subcommand parse answers as the root parse")
struct SubcommandParseTests {
    struct Run: Equatable { var status: Int32; var stdout: Data; var stderr: Data }

    static func binary() throws -> URL {
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundleDir.appendingPathComponent("kinerja"),
                          bundleDir.deletingLastPathComponent().appendingPathComponent("kinerja")]
        return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
                            "build the tool first (make test does)")
    }

    static func run(_ args: [String], fromRoot: Bool) throws -> Run {
        let p = Process()
        p.executableURL = try binary()
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["KINERJA_PARSE_FROM_ROOT"] = fromRoot ? "1" : nil
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: o, stderr: e)
    }

    static let pdf: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PDFReadingTests/Fixtures/table.pdf").path

    @Test(arguments: [
        ["extract", "--help"], ["extract", "-h"], ["extract", pdf, "--help"], ["extract"], ["extract", "--bogus", pdf],
        ["extract", pdf, "--ocr", "maybe"], ["extract", pdf, "--ocr-dpi", "5"], ["extract", pdf, "--workers", "0"],
        ["extract", pdf, "-o"], ["extract", pdf, "extra"], ["extract", "--version"], ["extract", pdf, "--version"],
        ["extract", "help"], ["extract", "--generate-completion-script", "bash"], ["extract", "--experimental-dump-help"],
        ["extract", "--", "--help"], ["extract", pdf], ["extract", pdf, "--ocr", "never", "--workers", "1"],
        ["extract", "/nonexistent/x.pdf"], ["extract", pdf, "-o", "/"], ["extract", "--generate-completion-script"],
        ["extract", pdf, "--generate-completion-script", "zsh"], ["extract", "---completion", "--", "file", "0", "0"],
    ])
    func sameAnswer(args: [String]) throws {
        let fast = try Self.run(args, fromRoot: false), root = try Self.run(args, fromRoot: true)
        #expect(fast.status == root.status, "\(args)")
        #expect(fast.stdout == root.stdout, "\(args)")
        #expect(fast.stderr == root.stderr, "\(args)")
    }

    /// The cases that matter say what they should: help exits 0 on stdout; a bad option and a
    /// missing argument exit 2 with the usage on stderr.
    @Test func helpAndUsageErrors() throws {
        let help = try Self.run(["extract", "--help"], fromRoot: false)
        #expect(help.status == 0 && String(decoding: help.stdout, as: UTF8.self).contains("USAGE: kinerja extract"))
        for args in [["extract", "--bogus", Self.pdf], ["extract"]] {
            let r = try Self.run(args, fromRoot: false)
            #expect(r.status == 2 && r.stdout.isEmpty)
            #expect(String(decoding: r.stderr, as: UTF8.self).contains("Usage: kinerja extract"), "\(args)")
        }
    }
}
