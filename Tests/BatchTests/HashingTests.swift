import Foundation
import Testing
@testable import Batch

@Suite struct HashingTests {
    @Test func sha256KnownVectors() {
        #expect(SHA256.hex(of: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(of: Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func sha256StreamingEqualsOneShotAcrossChunkBoundaries() throws {
        let bytes = Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        let whole = SHA256.hex(of: bytes)
        for split in [1, 55, 56, 63, 64, 65, 127, 128, 4999] {
            var s = SHA256()
            s.update(bytes.prefix(split)); s.update(bytes.dropFirst(split))
            #expect(SHA256.hexString(s.finalize()) == whole)
        }
        let dir = TempDir("sha")
        defer { dir.cleanup() }
        let p = dir.write("f.bin", bytes)
        #expect(try SHA256.hex(ofFileAt: p) == whole)
        // Cross-check with the system's sha256sum when present.
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum") {
            let (_, out, _) = try runProcess("/usr/bin/sha256sum", [p])
            #expect(out.hasPrefix(whole))
        }
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
