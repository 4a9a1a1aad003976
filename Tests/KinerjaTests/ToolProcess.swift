import Foundation
import Testing

/// The `kinerja` executable built beside the test bundle (`swift build` builds both): the
/// one lookup for every test here that runs the tool as a user does.
func kinerjaBinary() throws -> URL {
    let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [bundleDir.appendingPathComponent("kinerja"),
                      bundleDir.deletingLastPathComponent().appendingPathComponent("kinerja")]
    return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
                        "build the tool first (make test does)")
}

/// A PDF of the PDFReading suite's fixtures, by name (shared with these tests, not copied).
func readingFixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PDFReadingTests/Fixtures/\(name)").path
}

/// What one run of the tool gave: its exit status and both streams, byte for byte.
struct ToolRun: Equatable {
    var status: Int32
    var stdout: Data
    var stderr: Data
    var out: String { String(decoding: stdout, as: UTF8.self) }
    var err: String { String(decoding: stderr, as: UTF8.self) }
}

/// Runs the tool to its end with `args`; `environment` sets (or, with nil, removes) variables
/// of this process's environment. For commands that finish at once: the bad-input suite,
/// which must catch hangs, has its own runner with a time limit.
func runKinerja(_ args: [String], environment: [String: String?] = [:]) throws -> ToolRun {
    let p = Process()
    p.executableURL = try kinerjaBinary()
    p.arguments = args
    if !environment.isEmpty {
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
    }
    let out = Pipe(), err = Pipe()
    p.standardOutput = out; p.standardError = err
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return ToolRun(status: p.terminationStatus, stdout: o, stderr: e)
}
