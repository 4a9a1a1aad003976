import Foundation
import Testing

/// `kinerja extract …` is parsed with the extract command's type alone when it stands as the
/// command accepts it, else from the root (KinerjaCommand.subcommandParse). Each command line
/// here runs both ways (`KINERJA_PARSE_FROM_ROOT` set: the root parse only) and must print the
/// same bytes on both streams and exit with the same status.
@Suite("kinerja extract: the subcommand parse answers as the root parse")
struct SubcommandParseTests {
    static func run(_ args: [String], fromRoot: Bool) throws -> ToolRun {
        try runKinerja(args, environment: ["KINERJA_PARSE_FROM_ROOT": fromRoot ? "1" : nil])
    }

    static let pdf = readingFixture("table.pdf")

    @Test(arguments: [
        ["extract", "--help"], ["extract", "-h"], ["extract", pdf, "--help"], ["extract"], ["extract", "--bogus", pdf],
        ["extract", pdf, "--ocr", "maybe"], ["extract", pdf, "--ocr-dpi", "5"], ["extract", pdf, "--workers", "0"],
        ["extract", pdf, "-o"], ["extract", pdf, "extra"], ["extract", "--version"], ["extract", pdf, "--version"],
        ["extract", "help"], ["extract", "--generate-completion-script", "bash"], ["extract", "--experimental-dump-help"],
        ["extract", "--", "--help"], ["extract", pdf], ["extract", pdf, "--ocr", "never", "--workers", "1"],
        ["extract", "/nonexistent/x.pdf"], ["extract", pdf, "-o", "/"], ["extract", "--generate-completion-script"],
        ["extract", pdf, "--generate-completion-script", "zsh"], ["extract", "---completion", "--", "file", "0", "0"],
        // Output paths in either order, and near misses (a missing, repeated or empty argument).
        ["extract", pdf, "-o", "/nonexistent/dir/out.json"], ["extract", "-o", "/nonexistent/dir/out.json", pdf],
        ["extract", pdf, "--output", "/nonexistent/dir/out.json"], ["extract", pdf, "-o", "/"], ["extract", "-o", "/", pdf],
        ["extract", pdf, "-o"], ["extract", "-o", "/", "-o", "/", pdf], ["extract", pdf, pdf],
        ["extract", "", "-o", "/"], ["extract", "-o", "/"], ["extract", pdf, "-o", ""],
        ["extract", "/nonexistent/x.pdf", "-o", "/nonexistent/dir/out.json"], ["extract", pdf, "-o=/"],
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
