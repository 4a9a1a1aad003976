import Foundation
@testable import Kinerja
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

    /// A writer killed before its rename leaves the target's own `.NAME.kinerja.tmp`; the next
    /// write of that target takes it over without listing the directory, even one too large
    /// to list (where another target's old-style leftover is therefore left alone).
    @Test func targetsOwnTemporaryIsTakenOverWithoutListing() throws {
        let dir = NSTemporaryDirectory() + "kinerja-atomic-big-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for i in 0..<5000 {
            FileManager.default.createFile(atPath: dir + "/document-number-\(i)-of-a-long-archive.json", contents: nil)
        }
        var st = stat()
        try #require(stat(dir, &st) == 0 && st.st_size > AtomicFile.sweepListingLimit)
        let own = dir + "/.a.json.kinerja.tmp"
        let otherStale = dir + "/.b.json.999999999.2.tmp"
        FileManager.default.createFile(atPath: own, contents: Data("{ half written".utf8))
        FileManager.default.createFile(atPath: otherStale, contents: Data("{".utf8))
        try AtomicFile.write(Data("{}".utf8), to: dir + "/a.json")
        #expect(FileManager.default.contents(atPath: dir + "/a.json") == Data("{}".utf8))
        #expect(!FileManager.default.fileExists(atPath: own))
        #expect(FileManager.default.fileExists(atPath: otherStale))   // not listed: too large
    }

    /// A live writer's temporary (its lock held) is neither emptied nor removed: a second
    /// writer of the same target uses a name of its own, and both leave whole files.
    @Test func liveWritersTemporaryIsLeftAlone() throws {
        let dir = NSTemporaryDirectory() + "kinerja-atomic-live-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let own = dir + "/.a.json.kinerja.tmp"
        let other = dir + "/.c.json.kinerja.tmp"
        for p in [own, other] { FileManager.default.createFile(atPath: p, contents: Data("{ being written".utf8)) }
        let fds: [Int32] = [open(own, O_RDWR), open(other, O_RDWR)]
        defer { fds.forEach { close($0) } }
        for fd in fds { try #require(fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) == 0) }
        try AtomicFile.write(Data("{}".utf8), to: dir + "/a.json")
        #expect(FileManager.default.contents(atPath: dir + "/a.json") == Data("{}".utf8))
        #expect(FileManager.default.contents(atPath: own) == Data("{ being written".utf8))
        #expect(FileManager.default.contents(atPath: other) == Data("{ being written".utf8))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".tmp") }.sorted()
        #expect(leftovers == [".a.json.kinerja.tmp", ".c.json.kinerja.tmp"])
    }

    /// The sweep of a small directory removes another target's own temporary once no
    /// writer holds it.
    @Test func sweepRemovesAnotherTargetsDeadTemporary() throws {
        let dir = NSTemporaryDirectory() + "kinerja-atomic-dead-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let dead = dir + "/.b.json.kinerja.tmp"
        FileManager.default.createFile(atPath: dead, contents: Data("{".utf8))
        try AtomicFile.write(Data("{}".utf8), to: dir + "/a.json")
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["a.json"])
    }
}
