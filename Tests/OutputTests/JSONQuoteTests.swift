import Foundation
import Testing
@testable import Output

/// `JSON.quote` copies runs of plain bytes at once: it must give what escaping byte by byte
/// gives (the reference below is the former writer), on every kind of byte and at every
/// position in the string.
@Suite("Output: JSON strings escaped as byte by byte")
struct JSONQuoteTests {
    static func reference(_ s: String) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        let b = Array(s.utf8)
        var i = 0
        while i < b.count {
            let c = b[i]
            switch c {
            case UInt8(ascii: "\""): out += Array("\\\"".utf8)
            case UInt8(ascii: "\\"): out += Array("\\\\".utf8)
            case 0x0A: out += Array("\\n".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9):
                out += Array((b[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                i += 2
            default:
                if c < 0x20 {
                    out += Array("\\u00".utf8)
                    for d in [c >> 4, c & 0xF] { out.append(d < 10 ? 0x30 + d : 0x57 + d) }
                } else {
                    out.append(c)
                }
            }
            i += 1
        }
        out.append(UInt8(ascii: "\""))
        return out
    }

    @Test func sameBytesAsByteByByte() {
        let pieces = ["", "a", "Dinas Kesehatan", "\"", "\\", "\n", "\r\n", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}",
                      "\u{2026}", "–", "\u{2027}", "é", "€", "𝄞", "\u{E2}", "Rp 1.234,5", "x\u{2028}", "\u{202F}"]
        var count = 0
        for a in pieces {
            for b in pieces {
                for c in ["", "z", "\""] {
                    let s = a + c + b
                    var out: [UInt8] = []
                    JSON.quote(s, into: &out)
                    #expect(out == Self.reference(s), "\(s.debugDescription)")
                    count += 1
                }
            }
        }
        #expect(count == pieces.count * pieces.count * 3)
    }
}
