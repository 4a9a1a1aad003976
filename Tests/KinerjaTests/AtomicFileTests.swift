import Foundation
import Kinerja
import Testing

/// The stale-temporary sweep lists a directory once per process (a batch worker writing
/// thousands of JSONs into one folder listed it for every one of them) and so removes every
/// dead writer's temporary of our naming there, whatever file it was for.
@Suite("Atomic writes: stale temporaries")
struct AtomicFileTests {
    @Test func oneListingSweepsEveryDeadWritersTemporary() throws {
        let dir = NSTemporaryDirectory() + "kinerja-atomic-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let staleSame = dir + "/.a.json.999999999.1.tmp"        // no such process
        let staleOther = dir + "/.b.json.999999999.2.tmp"       // another file's, writer gone too
        let live = dir + "/.c.json.\(getpid()).3.tmp"           // a running process: left alone
        let foreign = dir + "/.notes.tmp"                       // not our naming: left alone
        for p in [staleSame, staleOther, live, foreign] { FileManager.default.createFile(atPath: p, contents: Data("{".utf8)) }
        try AtomicFile.write(Data("{}".utf8), to: dir + "/a.json")
        #expect(!FileManager.default.fileExists(atPath: staleSame))
        #expect(!FileManager.default.fileExists(atPath: staleOther))
        #expect(FileManager.default.fileExists(atPath: live))
        #expect(FileManager.default.fileExists(atPath: foreign))
        #expect(FileManager.default.contents(atPath: dir + "/a.json") == Data("{}".utf8))
    }
}
