import Foundation
import Testing
@testable import Batch

@Suite struct HashingTests {
    func hash(_ data: Data) throws -> String {
        let dir = TempDir("sha")
        defer { dir.cleanup() }
        let p = dir.write("f.bin", data)
        guard case .success(let h) = BatchRunner.hashInput(Array(p.utf8)) else { throw BatchError.io(p, "hash failed") }
        return h
    }

    /// Inputs are hashed by PDFReading's GLib checksum (the extractor's own), streamed from the file.
    @Test func sha256KnownVectors() throws {
        #expect(try hash(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(try hash(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(try hash(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // Larger than one 1 MiB read, cross-checked with sha256sum.
        let bytes = Data((0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        let dir = TempDir("sha")
        defer { dir.cleanup() }
        let p = dir.write("big.bin", bytes)
        guard case .success(let h) = BatchRunner.hashInput(Array(p.utf8)) else { Issue.record("hash failed"); return }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum") {
            let (_, out, _) = try runProcess("/usr/bin/sha256sum", [p])
            #expect(out.hasPrefix(h))
        }
    }

    /// Defect 4: hashing a FIFO blocked forever in open(); it is refused from fstat.
    @Test func nonRegularFilesAreRefusedWithoutBlocking() {
        let dir = TempDir("fifo")
        defer { dir.cleanup() }
        let fifo = dir.sub("pipe.pdf")
        #expect(mkfifo(fifo, 0o644) == 0)
        guard case .failure(let m) = BatchRunner.hashInput(Array(fifo.utf8)) else { Issue.record("a FIFO was hashed"); return }
        #expect(m.contains("FIFO"))
        guard case .failure(let d) = BatchRunner.hashInput(Array(dir.path.utf8)) else { Issue.record("a directory was hashed"); return }
        #expect(d.contains("directory"))
    }

    @Test func fnv1aKnownVectors() {
        #expect(FNV1a.hash("") == 0xcbf2_9ce4_8422_2325)
        #expect(FNV1a.hash("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(FNV1a.hash("foobar") == 0x8594_4171_f739_67e8)
    }

    @Test func fnvHashesComposedAndDecomposedNamesAlike() {
        let composed = "laporan-\u{00E9}.json", decomposed = "laporan-e\u{0301}.json"
        #expect(Array(composed.utf8) != Array(decomposed.utf8))
        #expect(FNV1a.hash(composed) == FNV1a.hash(decomposed))
    }
}
